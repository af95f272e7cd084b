package results

import (
	"math"
	"testing"
)

func TestAgree(t *testing.T) {
	ref := []float32{1, 2, 3, 0, 0, 5}
	same, err := Agree(ref, ref, 3)
	if err != nil {
		t.Fatal(err)
	}
	if same.MaxAbs != 0 || same.KL != 0 || same.Top1 != 1 || same.Rows != 2 {
		t.Errorf("identical logits: %+v", same)
	}
	// A constant shift of a row changes no probability.
	shift := []float32{2, 3, 4, 0, 0, 5}
	a, _ := Agree(ref, shift, 3)
	if a.KL > 1e-12 || a.MaxAbs != 1 || math.Abs(a.RelErr-0.2) > 1e-12 || a.Top1 != 1 {
		t.Errorf("shifted row: %+v", a)
	}
	// Swapping the top two of the second row: top-1 half, KL by hand.
	swap := []float32{1, 2, 3, 0, 5, 0}
	a, _ = Agree(ref, swap, 3)
	p := []float64{1 / (2 + math.Exp(5)), 1 / (2 + math.Exp(5)), math.Exp(5) / (2 + math.Exp(5))}
	q := []float64{p[0], p[2], p[1]}
	var kl float64
	for i := range p {
		kl += p[i] * math.Log(p[i]/q[i])
	}
	if a.Top1 != 0.5 || math.Abs(a.KL-kl/2) > 1e-9 || math.Abs(a.MaxKL-kl) > 1e-9 {
		t.Errorf("swapped row: %+v, want KL %g", a, kl/2)
	}
	nan := []float32{1, 2, 3, float32(math.NaN()), 0, 5}
	if a, _ = Agree(ref, nan, 3); a.NonFinite != 1 || a.Top1 != 1 {
		t.Errorf("non-finite row: %+v", a)
	}
	if _, err := Agree(ref, ref[:3], 3); err == nil {
		t.Error("rows of different counts accepted")
	}
}
