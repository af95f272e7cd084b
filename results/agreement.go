package results

import (
	"fmt"
	"math"
)

// Agreement is how closely one backend's logits follow a reference's on
// the same rows: the numbers `logits --compare` prints and cross-backend
// records carry.
type Agreement struct {
	Rows int `json:"rows"`
	// MaxAbs is max |Δlogit| over every row and id; RelErr is MaxAbs over
	// max |reference logit|.
	MaxAbs float64 `json:"max_abs"`
	RelErr float64 `json:"rel_err"`
	// KL and MaxKL are the mean and largest over rows of
	// KL(softmax(reference) ‖ softmax(got)), in nats.
	KL    float64 `json:"kl"`
	MaxKL float64 `json:"max_kl"`
	// Top1 is the fraction of rows whose argmax agrees.
	Top1 float64 `json:"top1"`
	// NonFinite counts got's NaN and ±Inf logits (the other fields then
	// cover the finite rows only).
	NonFinite int `json:"non_finite"`
}

// Agree compares got with ref, both rows × vocab logits.
func Agree(ref, got []float32, vocab int) (Agreement, error) {
	if vocab <= 0 || len(ref) != len(got) || len(ref)%vocab != 0 {
		return Agreement{}, fmt.Errorf("agreement: %d reference and %d logits are not the same rows of %d", len(ref), len(got), vocab)
	}
	a := Agreement{Rows: len(ref) / vocab}
	var maxRef float64
	agree, finiteRows := 0, 0
	for r := range a.Rows {
		pr, qr := ref[r*vocab:(r+1)*vocab], got[r*vocab:(r+1)*vocab]
		bad := 0
		for i := range pr {
			maxRef = max(maxRef, math.Abs(float64(pr[i])))
			if q := float64(qr[i]); math.IsNaN(q) || math.IsInf(q, 0) {
				bad++
				continue
			}
			a.MaxAbs = max(a.MaxAbs, math.Abs(float64(qr[i])-float64(pr[i])))
		}
		a.NonFinite += bad
		if bad > 0 {
			continue
		}
		finiteRows++
		if argmax(pr) == argmax(qr) {
			agree++
		}
		kl := klDivergence(pr, qr)
		a.KL += kl
		a.MaxKL = max(a.MaxKL, kl)
	}
	if finiteRows > 0 {
		a.KL /= float64(finiteRows)
		a.Top1 = float64(agree) / float64(finiteRows)
	}
	if maxRef > 0 {
		a.RelErr = a.MaxAbs / maxRef
	}
	return a, nil
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// klDivergence is KL(softmax(p) ‖ softmax(q)) in float64, from the
// log-softmaxes so that tiny probabilities do not underflow.
func klDivergence(p, q []float32) float64 {
	lp, lq := logNormaliser(p), logNormaliser(q)
	var kl float64
	for i := range p {
		a := float64(p[i]) - lp
		kl += math.Exp(a) * (a - (float64(q[i]) - lq))
	}
	return max(kl, 0) // rounding can leave a tiny negative
}

func logNormaliser(x []float32) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		m = max(m, float64(v))
	}
	var s float64
	for _, v := range x {
		s += math.Exp(float64(v) - m)
	}
	return m + math.Log(s)
}
