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
