package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireOps sets the vectorised O(d) and attention slots of a path
// (ops_amd64.go; RoPEAngles stays scalar). The paths run the AVX2
// kernels (avxvnni has nothing of its own here), except that avx512 takes ZMM forms where they pay on Zen 4,
// which executes 512-bit operations in two halves: the float64 exp and
// tanh kernels (GeGLU, SoftCap and the scores' cap, Softmax, LogSumExp)
// and the bf16 attention ones (ScoresBF16, WeightedSumBF16), about 1.4×
// the AVX2 speed; float32 attention is bound by the cache's bandwidth and
// the rest is too short to gain (BenchmarkOps).
func wireOps(s *kernels.Set, path string) {
	if avx2Family(path) {
		wireOpsAVX2(s, path == "avx512") // ops_other.go leaves the scalar slots off amd64
	}
}
