package simd

import (
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// BenchmarkMatVecBF16 is the decode matvec on one thread over 64 MB of
// bf16 weights (far beyond cache), in GB/s of weights streamed.
func BenchmarkMatVecBF16(b *testing.B) {
	benchMatVec(b, 16384, 2048)
}

// BenchmarkMatVecBF16Logits is Gemma 3's output head: 262144 × 640, 335 MB.
func BenchmarkMatVecBF16Logits(b *testing.B) {
	benchMatVec(b, 262144, 640)
}

func benchMatVec(b *testing.B, out, in int) {
	w := make([]uint16, out*in)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range w {
		w[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
	}
	x := make([]float32, in)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	runMatVec(b, w, x, out, in)
}

// runMatVec times the one-token product on every path this CPU runs.
func runMatVec(b *testing.B, w []uint16, x []float32, out, in int) {
	y := make([]float32, out)
	for _, p := range Paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		b.Run(p, func(b *testing.B) {
			b.SetBytes(int64(2 * out * in))
			for b.Loop() {
				s.MatMulBF16(y, out, x, w, 1, in, 0, out)
			}
		})
	}
}

// BenchmarkPrefillBF16 is one prefill matmul on one thread: 128 tokens ×
// 2048×2048 bf16, reported in GFLOP/s.
func BenchmarkPrefillBF16(b *testing.B) { benchPrefillBF16(b, 128, 2048, 2048, Paths) }

// BenchmarkPrefillBF16FFN is BenchmarkPrefillBF16 at gemma-2b's ffn_gate
// shape, 512 tokens × 16384×2048 on one thread: a y (32 MiB) and a W
// (64 MiB) past the caches, as in a real prefill, which the 2048² case
// keeps in L3.
func BenchmarkPrefillBF16FFN(b *testing.B) {
	benchPrefillBF16(b, 512, 16384, 2048, []string{"avx512", "avx2"})
}

func benchPrefillBF16(b *testing.B, T, out, in int, paths []string) {
	r := rand.New(rand.NewPCG(3, 4))
	w := make([]uint16, out*in)
	for i := range w {
		w[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
	}
	x := make([]float32, T*in)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	y := make([]float32, T*out)
	for _, p := range paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		b.Run(p, func(b *testing.B) {
			for b.Loop() {
				s.MatMulBF16(y, out, x, w, T, in, 0, out)
			}
			b.ReportMetric(2*float64(T*out*in)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
