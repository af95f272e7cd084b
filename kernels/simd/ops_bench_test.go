package simd

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// BenchmarkOps times one call of each vectorised O(d) and attention slot
// at a decode step's sizes (Gemma 2 2B-like: ffn 16384, d 2048, head dim
// 256, a 4096-position cache, a 256000-entry vocabulary) on every path
// this CPU runs, generic being the scalar twins: compare with benchstat
// or by eye (op=X/path=generic against op=X/path=avx2).
func BenchmarkOps(b *testing.B) {
	const ffn, d, hd, pos, vocab = 16384, 2048, 256, 4096, 256000
	r := rand.New(rand.NewPCG(1, 2))
	norm := func(n int, s float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(r.NormFloat64() * s)
		}
		return v
	}
	gate, up, y := norm(ffn, 2), norm(ffn, 1), make([]float32, ffn)
	x, w := norm(d, 1), norm(d, 0.2)
	q, k, v := norm(hd, 1), norm(pos*hd, 1), norm(pos*hd, 1)
	kh, vh := make([]uint16, pos*hd), make([]uint16, pos*hd)
	kernels.F32ToBF16Slice(kh, k)
	kernels.F32ToBF16Slice(vh, v)
	sc, o := make([]float32, pos), make([]float32, hd)
	logits := norm(vocab, 3)
	cs, sn := make([]float64, hd/2), make([]float64, hd/2)
	kernels.RoPEAngles(cs, sn, 1234, kernels.RoPEInvFreq(hd, 1e4, 1))
	scores := norm(pos, 3)
	probs := append([]float32(nil), scores...)
	kernels.Softmax(probs)
	scale := float32(1 / math.Sqrt(hd))

	ops := []struct {
		name string
		run  func(s *kernels.Set)
	}{
		{"GeGLU/n=16384", func(s *kernels.Set) { s.GeGLU(y, gate, up) }},
		{"SoftCap/n=16384", func(s *kernels.Set) { s.SoftCap(y, gate, 30) }},
		{"RMSNorm/d=2048", func(s *kernels.Set) { s.RMSNorm(y[:d], x, w, 1e-6, true) }},
		{"Add/n=16384", func(s *kernels.Set) { s.Add(y, gate, up) }},
		{"RoPE/hd=256", func(s *kernels.Set) { s.RoPE(y[:hd], x[:hd], cs, sn) }},
		{"Scores/n=4096/hd=256", func(s *kernels.Set) { s.Scores(sc, q, k, scale, 0) }},
		{"ScoresCap/n=4096/hd=256", func(s *kernels.Set) { s.Scores(sc, q, k, scale, 50) }},
		{"ScoresBF16/n=4096/hd=256", func(s *kernels.Set) { s.ScoresBF16(sc, q, kh, scale, 0) }},
		{"Softmax/n=4096", func(s *kernels.Set) { copy(sc, scores); s.Softmax(sc) }},
		{"WeightedSum/n=4096/hd=256", func(s *kernels.Set) { s.WeightedSum(o, probs, v) }},
		{"WeightedSumBF16/n=4096/hd=256", func(s *kernels.Set) { s.WeightedSumBF16(o, probs, vh) }},
		{"LogSumExp/n=256000", func(s *kernels.Set) { _ = s.LogSumExp(logits) }},
		{"Argmax/n=256000", func(s *kernels.Set) { _ = s.Argmax(logits) }},
		{"StoreBF16/n=2048", func(s *kernels.Set) { s.StoreBF16(kh[:d], x) }},
		{"WidenBF16/n=2048", func(s *kernels.Set) { s.WidenBF16(y[:d], kh[:d]) }},
	}
	for _, op := range ops {
		b.Run("op="+op.name, func(b *testing.B) {
			for _, p := range Paths {
				if Available(p) != nil {
					continue
				}
				s := Set(p)
				b.Run("path="+p, func(b *testing.B) {
					for b.Loop() {
						op.run(&s)
					}
				})
			}
		})
	}
}
