package evals

import "math"

// logSumExp is log Σ exp(x) over a vocab row in float64, so that a
// log-probability is x[i] - logSumExp(x) with no float32 rounding in the
// normaliser: over 262,144 entries a float32 sum would lose about 1e-3
// relative in the tail, more than the differences between choices.
func logSumExp(xs []float32) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		if v := float64(x); v > m {
			m = v
		}
	}
	if math.IsInf(m, 0) || math.IsNaN(m) {
		// All -Inf, or a +Inf: the row has no finite normaliser; propagate.
		return m
	}
	var s float64
	for _, x := range xs {
		s += math.Exp(float64(x) - m)
	}
	return m + math.Log(s)
}

// LogSoftmax returns log-probabilities of a logit row in float64.
func LogSoftmax(xs []float32) []float64 {
	lse := logSumExp(xs)
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x) - lse
	}
	return out
}

// argmax is the index of the first largest logit, as torch.argmax: the
// greedy token. A NaN row yields 0 rather than a random index.
func argmax(xs []float32) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}
