package kernels

import "math"

// Attention over a KV cache, split into the three phases every backend
// has: scores against a run of cached keys, one softmax over all of a
// row's scores, and the weighted sum of the matching values. A run is a
// contiguous block of positions ([n, hd] row-major); a ring cache passes
// two runs, so the phases take runs rather than whole windows.

// Scores sets sc[j] = cap(Dot(q, k[j·hd:(j+1)·hd]) · scale) for j < len(sc),
// hd = len(q), where cap(v) = c·tanh(v/c) when c > 0 (Gemma 2) and v
// otherwise.
func Scores(sc, q, k []float32, scale, c float32) {
	hd := len(q)
	k = k[:len(sc)*hd]
	cc := float64(c)
	for j := range sc {
		v := Dot(q, k[j*hd:(j+1)*hd]) * scale
		if c > 0 {
			v = float32(cc * math.Tanh(float64(v)/cc))
		}
		sc[j] = v
	}
}

// ScoresBF16 is Scores over bfloat16 keys, widened exactly.
func ScoresBF16(sc, q []float32, k []uint16, scale, c float32) {
	hd := len(q)
	k = k[:len(sc)*hd]
	tab := bf16Table()
	cc := float64(c)
	for j := range sc {
		v := dot1Tab(q, k[j*hd:(j+1)*hd], tab) * scale
		if c > 0 {
			v = float32(cc * math.Tanh(float64(v)/cc))
		}
		sc[j] = v
	}
}

// WeightedSum adds Σ_j p[j]·v[j·hd:(j+1)·hd] into o, hd = len(o), one
// position after another (the order fixes the rounding).
func WeightedSum(o, p, v []float32) {
	hd := len(o)
	v = v[:len(p)*hd]
	for j, w := range p {
		Axpy(o, w, v[j*hd:(j+1)*hd])
	}
}

// WeightedSumBF16 is WeightedSum over bfloat16 values, widened exactly.
func WeightedSumBF16(o, p []float32, v []uint16) {
	hd := len(o)
	v = v[:len(p)*hd]
	for j, w := range p {
		row := v[j*hd : (j+1)*hd]
		for i := range o {
			o[i] += w * math.Float32frombits(uint32(row[i])<<16)
		}
	}
}

// Argmax is the index of the first largest value, as torch.argmax: the
// greedy token. NaN never compares larger, so a row of NaN yields 0.
func Argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// LogSumExp is log Σ exp(x) over a row in float64, so that a log-probability
// is x[i] − LogSumExp(x) with no float32 rounding in the normaliser: over
// 262,144 entries a float32 sum would lose about 1e-3 relative in the tail,
// more than the differences between multiple-choice answers. A row of −Inf,
// or one holding +Inf or NaN, has no finite normaliser: its maximum is
// returned and propagates.
func LogSumExp(x []float32) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		if f := float64(v); f > m || math.IsNaN(f) {
			m = f
			if math.IsNaN(f) {
				break
			}
		}
	}
	if math.IsInf(m, 0) || math.IsNaN(m) {
		return m
	}
	var s float64
	for _, v := range x {
		s += math.Exp(float64(v) - m)
	}
	return m + math.Log(s)
}
