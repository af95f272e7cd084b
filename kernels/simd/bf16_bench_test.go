package simd

import (
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

func randBF16(r *rand.Rand, n int) []uint16 {
	v := make([]uint16, n)
	for i := range v {
		v[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
	}
	return v
}

// BenchmarkMatVecBF16BF16 is math=fast's decode matvec (bf16 activations)
// on one thread over 64 MB of bf16 weights, against the exact product
// (f32 activations) of the same path, in GB/s of weights streamed.
func BenchmarkMatVecBF16BF16(b *testing.B) {
	const out, in = 16384, 2048
	r := rand.New(rand.NewPCG(1, 2))
	w, xh := randBF16(r, out*in), randBF16(r, in)
	x := make([]float32, in)
	kernels.BF16ToF32Slice(x, xh)
	y := make([]float32, out)
	for _, p := range Paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		b.Run(p+"/fast", func(b *testing.B) {
			b.SetBytes(int64(2 * out * in))
			for b.Loop() {
				s.MatMulBF16BF16(y, out, xh, w, 1, in, 0, out)
			}
		})
		b.Run(p+"/exact", func(b *testing.B) {
			b.SetBytes(int64(2 * out * in))
			for b.Loop() {
				s.MatMulBF16(y, out, x, w, 1, in, 0, out)
			}
		})
	}
}

// BenchmarkPrefillBF16BF16 is BenchmarkPrefillBF16 with bf16 activations.
func BenchmarkPrefillBF16BF16(b *testing.B) {
	const T, out, in = 128, 2048, 2048
	r := rand.New(rand.NewPCG(3, 4))
	w, xh := randBF16(r, out*in), randBF16(r, T*in)
	y := make([]float32, T*out)
	for _, p := range Paths {
		if Available(p) != nil {
			continue
		}
		s := Set(p)
		b.Run(p, func(b *testing.B) {
			for b.Loop() {
				s.MatMulBF16BF16(y, out, xh, w, T, in, 0, out)
			}
			b.ReportMetric(2*T*out*in*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
