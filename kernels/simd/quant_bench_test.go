package simd

import (
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// BenchmarkMatVecQ8_0 is the Q8-activation decode matvec on one thread at
// a Gemma 2B MLP shape (16384 × 2048, 35.7 MB of Q8_0 weights, far beyond
// cache), in GB/s of weights streamed.
func BenchmarkMatVecQ8_0(b *testing.B) { benchQuant(b, kernels.Q8_0Bytes, 1, 16384, 2048) }

// BenchmarkMatVecQ4_0 is BenchmarkMatVecQ8_0 with Q4_0 weights (18.9 MB).
func BenchmarkMatVecQ4_0(b *testing.B) { benchQuant(b, kernels.Q4_0Bytes, 1, 16384, 2048) }

// BenchmarkMatVecQ8_0L2 and BenchmarkMatVecQ4_0L2 are the decode matvec
// on weights that stay in a core's L2 (about 570 KB, one Gemma 2B row
// width): the kernels' compute rate, which the memory-bound shapes above
// hide, and which a shared machine's memory traffic disturbs far less.
func BenchmarkMatVecQ8_0L2(b *testing.B) { benchQuant(b, kernels.Q8_0Bytes, 1, 256, 2048) }

func BenchmarkMatVecQ4_0L2(b *testing.B) { benchQuant(b, kernels.Q4_0Bytes, 1, 512, 2048) }

// BenchmarkMatVecQ4_0Packed and BenchmarkMatVecQ4_0PackedL2 are the
// two above on the paths' Q4_0×16 layout (q4x16.go), packed before the
// timer starts.
func BenchmarkMatVecQ4_0Packed(b *testing.B) { benchQuantPacked(b, kernels.Q4_0Bytes, 1, 16384, 2048) }

func BenchmarkMatVecQ4_0PackedL2(b *testing.B) { benchQuantPacked(b, kernels.Q4_0Bytes, 1, 512, 2048) }

// BenchmarkPrefillQ4_0Packed is BenchmarkPrefillQ4_0 on the packed layout.
func BenchmarkPrefillQ4_0Packed(b *testing.B) { benchQuantPacked(b, kernels.Q4_0Bytes, 64, 2048, 2048) }

// BenchmarkMatVecQ8_0Packed, BenchmarkMatVecQ8_0PackedL2 and
// BenchmarkPrefillQ8_0Packed: the same for Q8_0.
func BenchmarkMatVecQ8_0Packed(b *testing.B) { benchQuantPacked(b, kernels.Q8_0Bytes, 1, 16384, 2048) }

func BenchmarkMatVecQ8_0PackedL2(b *testing.B) { benchQuantPacked(b, kernels.Q8_0Bytes, 1, 256, 2048) }

func BenchmarkPrefillQ8_0Packed(b *testing.B) { benchQuantPacked(b, kernels.Q8_0Bytes, 64, 2048, 2048) }

// BenchmarkPrefillQ8_0 is one prefill matmul on one thread, 64 tokens ×
// 2048 × 2048 Q8_0 (Gemma 2B's attention projections), in GOP/s (two per
// multiply-add).
func BenchmarkPrefillQ8_0(b *testing.B) { benchQuant(b, kernels.Q8_0Bytes, 64, 2048, 2048) }

// BenchmarkPrefillQ4_0 is BenchmarkPrefillQ8_0 with Q4_0 weights.
func BenchmarkPrefillQ4_0(b *testing.B) { benchQuant(b, kernels.Q4_0Bytes, 64, 2048, 2048) }

func benchQuant(b *testing.B, blockBytes, T, out, in int) {
	benchQuantOn(b, blockBytes, T, out, in, false)
}

func benchQuantPacked(b *testing.B, blockBytes, T, out, in int) {
	benchQuantOn(b, blockBytes, T, out, in, true)
}

func benchQuantOn(b *testing.B, blockBytes, T, out, in int, packed bool) {
	r := rand.New(rand.NewPCG(5, 6))
	nb := in / kernels.QBlock
	w := make([]byte, out*nb*blockBytes)
	wf := make([]float32, out*in)
	for i := range wf {
		wf[i] = float32(r.NormFloat64())
	}
	if blockBytes == kernels.Q8_0Bytes {
		kernels.QuantizeQ8_0(w, wf)
	} else {
		kernels.QuantizeQ4_0(w, wf)
	}
	x := make([]float32, T*in)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	xq := make([]byte, T*nb*kernels.Q8Bytes)
	kernels.QuantizeQ8(xq, x)
	y := make([]float32, T*out)
	for _, p := range Paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		mm, wm := s.MatMulQ8_0Q8, w
		if blockBytes == kernels.Q4_0Bytes {
			mm = s.MatMulQ4_0Q8
		}
		if packed {
			l := s.PackedQ8_0
			if blockBytes == kernels.Q4_0Bytes {
				l = s.PackedQ4_0
			}
			if l == nil {
				continue
			}
			mm, wm = l.MatMul, make([]byte, l.Len(out, in))
			l.Pack(wm, w, out, in)
		}
		b.Run(p, func(b *testing.B) {
			b.SetBytes(int64(len(w)))
			for b.Loop() {
				mm(y, out, xq, wm, T, in, 0, out)
			}
			if T > 1 {
				b.ReportMetric(2*float64(T*out*in)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOP/s")
			}
		})
	}
}

// BenchmarkQuantizeQ8 quantizes one 2048-wide activation row, which every
// quantized matmul does before its workers start, in GB/s of floats read.
func BenchmarkQuantizeQ8(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	x := make([]float32, 2048)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	q := make([]byte, len(x)/kernels.QBlock*kernels.Q8Bytes)
	for _, p := range Paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		b.Run(p, func(b *testing.B) {
			b.SetBytes(int64(4 * len(x)))
			for b.Loop() {
				s.QuantizeQ8(q, x)
			}
		})
	}
}
