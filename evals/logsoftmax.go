package evals

import "github.com/gemma-bench/gemma-bench/kernels"

// LogSoftmax returns log-probabilities of a logit row in float64, with the
// normaliser the backends' narrow outputs use (kernels.LogSumExp), so a
// brute-force scorer built on whole logits agrees with the engine.
func LogSoftmax(xs []float32) []float64 {
	lse := kernels.LogSumExp(xs)
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x) - lse
	}
	return out
}
