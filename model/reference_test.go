package model_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	_ "github.com/gemma-bench/gemma-bench/backends/cpu"
	"github.com/gemma-bench/gemma-bench/model"
)

// sharedTestdata is ../shared/testdata beside the project root, or
// $GEMMA_BENCH_TESTDATA (test binaries carried to a GPU machine).
func sharedTestdata(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("GEMMA_BENCH_TESTDATA")
	if dir == "" {
		dir = "../../shared/testdata"
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test data missing under CI: %v", err)
		}
		t.Skipf("shared test data not found: %v", err)
	}
	return dir
}

type referenceFile struct {
	IDs    []int32 `json:"ids"`
	Models map[string]struct {
		Logits map[string][][]float64 `json:"logits"`
		Argmax []int                  `json:"argmax_per_position"`
	} `json:"models"`
}

func loadReference(t *testing.T) (string, referenceFile) {
	dir := sharedTestdata(t)
	data, err := os.ReadFile(filepath.Join(dir, "reference_logits.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref referenceFile
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	return dir, ref
}

// TestReferenceLogits holds the test backend ($GEMMA_BENCH_TEST_BACKEND,
// default go) to the independent float64
// implementation of HF semantics, at every position, both from one prefill
// and from token-by-token decode: max|Δ| ≤ 1e-5 · max|ref| (2e-2 for a
// math=fast backend: backendtest.OracleRTol).
func TestReferenceLogits(t *testing.T) {
	dir, ref := loadReference(t)
	for _, name := range []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"} {
		t.Run(name, func(t *testing.T) {
			want := ref.Models[name].Logits["f64"]
			if len(want) != len(ref.IDs) {
				t.Fatalf("reference has %d rows for %d ids", len(want), len(ref.IDs))
			}
			m, err := model.Load(filepath.Join(dir, "models", name))
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			be := openGo(t)
			prefill := prefillLogits(t, m, be, ref.IDs)
			decode := decodeLogits(t, m, be, ref.IDs)
			for mode, got := range map[string][]float32{"prefill": prefill, "decode": decode} {
				checkLogits(t, mode, got, want, ref.Models[name].Argmax, backendtest.OracleRTol(be))
			}
		})
	}
}

func prefillLogits(t *testing.T, m *model.Model, be backends.Backend, ids []int32) []float32 {
	r, err := model.NewRunner(m, be, 1, 64)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := r.PrefillLogits(context.Background(), 0, 0, ids)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func decodeLogits(t *testing.T, m *model.Model, be backends.Backend, ids []int32) []float32 {
	r, err := model.NewRunner(m, be, 1, 64)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []float32
	for i, id := range ids {
		o, err := r.Decode(context.Background(), []int32{0}, []int32{int32(i)}, []int32{id}, backends.WantLogits)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o.Logits...)
	}
	return out
}

func checkLogits(t *testing.T, mode string, got []float32, want [][]float64, argmax []int, rtol float64) {
	t.Helper()
	vocab := len(want[0])
	if len(got) != len(want)*vocab {
		t.Fatalf("%s: %d logits, want %d", mode, len(got), len(want)*vocab)
	}
	var maxRef, maxDiff float64
	for _, row := range want {
		for _, w := range row {
			maxRef = max(maxRef, math.Abs(w))
		}
	}
	bound := rtol * maxRef
	for p, row := range want {
		for i, w := range row {
			maxDiff = max(maxDiff, math.Abs(float64(got[p*vocab+i])-w))
		}
		if a := model.Argmax(got[p*vocab : (p+1)*vocab]); argmax != nil && a != argmax[p] {
			// Within the bound, two logits closer than 2·bound may swap.
			if row[argmax[p]]-row[a] > 2*bound {
				t.Errorf("%s: position %d argmax %d, reference %d", mode, p, a, argmax[p])
			} else {
				t.Logf("%s: position %d argmax %d, reference %d: a near tie (%.3g apart) within the bound", mode, p, a, argmax[p], row[argmax[p]]-row[a])
			}
		}
	}
	if maxDiff > bound {
		t.Errorf("%s: max|Δ| = %.3g > %g·max|ref| = %.3g", mode, maxDiff, rtol, bound)
	} else {
		t.Logf("%s: max|Δ| = %.3g = %.2g·max|ref| (bound %.3g)", mode, maxDiff, maxDiff/maxRef, bound)
	}
}
