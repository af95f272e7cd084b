package model_test

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/model"
)

// TestRealGraphsOnTheSuiteOracle runs the tiny models' real graphs (what
// BuildGraph emits for Gemma 1, 2 and 3) on the conformance suite's float64
// interpreter, which must reproduce the independent reference logits far
// below float32 error, and then holds the test backend's narrow outputs on
// the same steps to that interpreter.
func TestRealGraphsOnTheSuiteOracle(t *testing.T) {
	dir, ref := loadReference(t)
	ctx := context.Background()
	for _, name := range []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"} {
		t.Run(name, func(t *testing.T) {
			m, err := model.Load(filepath.Join(dir, "models", name))
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			oracle := backendtest.NewReference()
			defer oracle.Close()
			ro, err := model.NewRunnerWith(m, oracle, model.RunnerOptions{Seqs: 2, MaxLen: 64, MaxRows: 8})
			if err != nil {
				t.Fatal(err)
			}
			defer ro.Close()
			got, err := ro.PrefillLogits(ctx, 0, 0, ref.IDs) // chunks of 8
			if err != nil {
				t.Fatal(err)
			}
			want := ref.Models[name].Logits["f64"]
			vocab := len(want[0])
			var maxRef, maxDiff float64
			for p, row := range want {
				for i, w := range row {
					maxRef = max(maxRef, math.Abs(w))
					maxDiff = max(maxDiff, math.Abs(float64(got[p*vocab+i])-w))
				}
			}
			// The interpreter rounds its logits to float32 only at the end.
			if maxDiff > 1e-6*maxRef {
				t.Fatalf("suite oracle vs independent reference: max|Δ| %.3g > %.3g", maxDiff, 1e-6*maxRef)
			}

			// The same mixed step (two slots, repeated logit row, targets)
			// on the test backend and on the oracle.
			be := openGo(t)
			rb, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 2, MaxLen: 64, MaxRows: 8})
			if err != nil {
				t.Fatal(err)
			}
			defer rb.Close()
			ids := ref.IDs[:min(6, len(ref.IDs))]
			st := backends.Step{Seqs: []int32{0, 1, 0, 1, 0, 1}, Positions: []int32{0, 0, 1, 1, 2, 2}, LogitRows: []int32{4, 5, 4},
				Want: backends.WantLogits | backends.WantArgmax | backends.WantTargets}
			st.Tokens = []int32{ids[0], ids[0], ids[1], ids[2], ids[3], ids[4]}
			for i := range 6 {
				st.Targets = append(st.Targets, backends.Target{Row: int32(i % 3), Token: int32((i*97 + 5) % vocab)})
			}
			wo, err := ro.Step(ctx, &st) // slot 0 restarts at 0, slot 1 is empty
			if err != nil {
				t.Fatal(err)
			}
			wantLP, wantLogits := append([]float64(nil), wo.LogProb...), append([]float32(nil), wo.Logits...)
			o, err := rb.Step(ctx, &st)
			if err != nil {
				t.Fatal(err)
			}
			rtol := backendtest.OracleRTol(be)
			assertClose(t, "mixed step logits", o.Logits, wantLogits, rtol)
			// A log-softmax moves by at most twice its logits' deviation.
			lpTol := 1e-4
			if rtol > 1e-5 {
				var maxRef float64
				for _, v := range wantLogits {
					maxRef = max(maxRef, math.Abs(float64(v)))
				}
				lpTol = 2 * rtol * maxRef
			}
			for i := range st.Targets {
				if math.Abs(o.LogProb[i]-wantLP[i]) > lpTol {
					t.Errorf("target %d: log p %v, oracle %v", i, o.LogProb[i], wantLP[i])
				}
			}
			for r := range 3 {
				row := o.Logits[r*vocab : (r+1)*vocab]
				if int(o.Argmax[r]) != model.Argmax(row) {
					t.Errorf("row %d argmax %d, its logits say %d", r, o.Argmax[r], model.Argmax(row))
				}
			}
		})
	}
}
