package kernels

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
)

// Benchmarks on Gemma 2B shapes: the FFN matrix [16384, 2048] for decode
// (memory bound: GB/s of weights streamed), and a square [2048, 2048]
// projection with 512 tokens for prefill (compute bound: GFLOP/s).

func gaussBF16(n int, seed uint64) []uint16 {
	r := rand.New(rand.NewPCG(seed, 11))
	w := make([]uint16, n)
	for i := range w {
		// Gemma-like magnitudes, so the decode table sees a realistic spread.
		w[i] = F32ToBF16(float32(r.NormFloat64() * 0.02))
	}
	return w
}

// splitRows runs f over [0,out) split into n contiguous ranges on n
// goroutines, as the executor does.
func splitRows(n, out int, f func(o0, o1 int)) {
	if n == 1 {
		f(0, out)
		return
	}
	var wg sync.WaitGroup
	for j := range n {
		o0, o1 := out*j/n, out*(j+1)/n
		wg.Go(func() { f(o0, o1) })
	}
	wg.Wait()
}

func reportGBs(b *testing.B, bytes int64) {
	b.SetBytes(bytes)
	b.ReportMetric(float64(bytes)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
}

func reportGFLOPs(b *testing.B, flops float64) {
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

func BenchmarkMatVec(b *testing.B) {
	const out, in = 16384, 2048
	w16 := gaussBF16(out*in, 1)
	wh := make([]uint16, len(w16))
	for i, h := range w16 {
		wh[i] = F32ToF16(BF16ToF32(h))
	}
	wf := make([]float32, out*in/2) // half the rows: same bytes as bf16
	BF16ToF32Slice(wf, w16)
	x := randF32(rand.New(rand.NewPCG(2, 2)), in, 1)
	y := make([]float32, out)
	for _, th := range []int{1, 2} {
		b.Run(fmt.Sprintf("dtype=bf16/threads=%d", th), func(b *testing.B) {
			for b.Loop() {
				splitRows(th, out, func(o0, o1 int) { MatMulBF16(y, out, x, w16, 1, in, o0, o1) })
			}
			reportGBs(b, out*in*2)
		})
		b.Run(fmt.Sprintf("dtype=f16/threads=%d", th), func(b *testing.B) {
			for b.Loop() {
				splitRows(th, out, func(o0, o1 int) { MatMulF16(y, out, x, wh, 1, in, o0, o1) })
			}
			reportGBs(b, out*in*2)
		})
		b.Run(fmt.Sprintf("dtype=f32/threads=%d", th), func(b *testing.B) {
			for b.Loop() {
				splitRows(th, out/2, func(o0, o1 int) { MatMulF32(y, out, x, wf, 1, in, o0, o1) })
			}
			reportGBs(b, out*in*2)
		})
		b.Run(fmt.Sprintf("dtype=bf16/naive/threads=%d", th), func(b *testing.B) {
			for b.Loop() {
				splitRows(th, out, func(o0, o1 int) { matMulNaiveBF16(y, out, x, w16, 1, in, o0, o1) })
			}
			reportGBs(b, out*in*2)
		})
	}
}

// matMulNaiveBF16 is the textbook triple loop: one accumulator, weights
// widened in the inner loop. It is the baseline the blocked kernel is
// measured against.
func matMulNaiveBF16(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	for t := range T {
		for o := o0; o < o1; o++ {
			var s float32
			for i := range in {
				s += BF16ToF32(w[o*in+i]) * x[t*in+i]
			}
			y[t*ldy+o] = s
		}
	}
}

func BenchmarkMatMulPrefill(b *testing.B) {
	const in, out = 2048, 2048
	w := gaussBF16(out*in, 3)
	wh := make([]uint16, len(w))
	wf := make([]float32, len(w))
	for i, h := range w {
		wf[i] = BF16ToF32(h)
		wh[i] = F32ToF16(wf[i])
	}
	for _, T := range []int{4, 16, 64, 512} {
		x := randF32(rand.New(rand.NewPCG(4, 4)), T*in, 1)
		y := make([]float32, T*out)
		flops := 2 * float64(T) * in * out
		b.Run(fmt.Sprintf("dtype=bf16/T=%d", T), func(b *testing.B) {
			for b.Loop() {
				MatMulBF16(y, out, x, w, T, in, 0, out)
			}
			reportGFLOPs(b, flops)
		})
		if T != 512 {
			continue
		}
		b.Run(fmt.Sprintf("dtype=bf16/naive/T=%d", T), func(b *testing.B) {
			for b.Loop() {
				matMulNaiveBF16(y, out, x, w, T, in, 0, out)
			}
			reportGFLOPs(b, flops)
		})
		b.Run(fmt.Sprintf("dtype=f16/T=%d", T), func(b *testing.B) {
			for b.Loop() {
				MatMulF16(y, out, x, wh, T, in, 0, out)
			}
			reportGFLOPs(b, flops)
		})
		b.Run(fmt.Sprintf("dtype=f32/T=%d", T), func(b *testing.B) {
			for b.Loop() {
				MatMulF32(y, out, x, wf, T, in, 0, out)
			}
			reportGFLOPs(b, flops)
		})
		b.Run(fmt.Sprintf("dtype=bf16/threads=2/T=%d", T), func(b *testing.B) {
			for b.Loop() {
				splitRows(2, out, func(o0, o1 int) { MatMulBF16(y, out, x, w, T, in, o0, o1) })
			}
			reportGFLOPs(b, flops)
		})
	}
}
