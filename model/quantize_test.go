package model_test

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// TestQuantizeOnLoad: --weights q8_0|q4_0 re-encodes every matrix of a
// loaded (mapped) checkpoint, leaves the norms, keeps a tied head tied,
// and the quantized model stays close to the original: Q8_0 within a
// small KL of the bf16 logits; Q4_0 only within a sanity bound (on these
// tiny random models, d = 64, four bits per weight cost up to 0.1 nats;
// a broken encoding costs several).
func TestQuantizeOnLoad(t *testing.T) {
	dir, _ := loadReference(t)
	for _, name := range []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, "models", name)
			ids := []int32{2, 10, 20, 30, 40, 50, 60, 70}
			base, err := model.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			defer base.Close()
			be := openGo(t)
			want := prefillLogits(t, base, be, ids)
			for _, tc := range []struct {
				dt    backends.DType
				maxKL float64
			}{{backends.Q8_0, 1e-3}, {backends.Q4_0, 0.5}} {
				m, err := model.Load(path)
				if err != nil {
					t.Fatal(err)
				}
				defer m.Close()
				if err := model.Quantize(m, tc.dt); err != nil {
					t.Fatal(err)
				}
				for _, s := range m.Config.TensorSpecs() {
					w := *s.Slot(m.Weights)
					if w == nil {
						continue
					}
					if len(s.Shape) == 2 && w.DType != tc.dt || len(s.Shape) == 1 && w.DType != backends.BF16 {
						t.Errorf("%s: %s after quantizing to %s", s.Name, w.DType, tc.dt)
					}
				}
				if m.Weights.LMHead != nil {
					t.Error("a tied head became untied")
				}
				got := prefillLogits(t, m, be, ids)
				a, err := results.Agree(want, got, m.Config.VocabSize)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s: KL(bf16 ‖ %s) mean %.3g max %.3g, top-1 %.2f, rel err %.3g", tc.dt, tc.dt, a.KL, a.MaxKL, a.Top1, a.RelErr)
				if a.KL > tc.maxKL || math.IsNaN(a.KL) {
					t.Errorf("%s: mean KL %.3g > %g", tc.dt, a.KL, tc.maxKL)
				}
			}
		})
	}
	m, err := model.Load(filepath.Join(dir, "models", "gemma2-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := model.Quantize(m, backends.BF16); err == nil {
		t.Error("quantize to bf16 accepted")
	}
}

// TestQuantizeRealShapeKL is the acceptance bound on a model of a real
// Gemma shape (gemma3-270m's widths and vocabulary, two layers to keep CI
// short): Q8_0 weights give KL ≤ 1e-3 against the f32 computation on the
// stored weights; Q4_0 is reported.
func TestQuantizeRealShapeKL(t *testing.T) {
	if testing.Short() {
		t.Skip("synthesises a 0.3 GB checkpoint")
	}
	c, err := model.ByName("gemma3-270m")
	if err != nil {
		t.Fatal(err)
	}
	c.Layers, c.LayerKinds = 2, c.LayerKinds[:2]
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 3, DType: backends.BF16, NoTokenizer: true}); err != nil {
		t.Fatal(err)
	}
	ids := []int32{2, 1000, 20000, 3, 777, 150000, 42, 9}
	base, err := model.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	be := openGo(t)
	want := prefillLogits(t, base, be, ids)
	for _, tc := range []struct {
		dt    backends.DType
		maxKL float64
	}{{backends.Q8_0, 1e-3}, {backends.Q4_0, 0.5}} {
		m, err := model.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		if err := model.Quantize(m, tc.dt); err != nil {
			t.Fatal(err)
		}
		a, err := results.Agree(want, prefillLogits(t, m, be, ids), c.VocabSize)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s against f32: KL mean %.3g max %.3g, top-1 %.2f, rel err %.3g", tc.dt, a.KL, a.MaxKL, a.Top1, a.RelErr)
		if a.KL > tc.maxKL {
			t.Errorf("%s: mean KL %.3g > %g", tc.dt, a.KL, tc.maxKL)
		}
	}
}
