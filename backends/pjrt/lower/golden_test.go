package lower_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/internal/hloeval"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/lower"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden StableHLO files under testdata")

// golden compares text with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, text []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(text, want) {
		a, b := bytes.Split(text, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := range min(len(a), len(b)) {
			if !bytes.Equal(a[i], b[i]) {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run go test -update if the change is meant)", path, i+1, a[i], b[i])
			}
		}
		t.Fatalf("%s: %d lines, golden has %d (run go test -update if the change is meant)", path, len(a), len(b))
	}
}

// TestGoldenTinyModels pins the StableHLO of the tiny models' step shapes
// (an 8-row prefill with one logit row, a 4-row decode batch; gemma2-tiny
// only the decode) and of the
// CopyPrefix program, and checks that the evaluator parses each.
func TestGoldenTinyModels(t *testing.T) {
	dir := modeltest.TestdataDir()
	names := []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"}
	if _, err := os.Stat(filepath.Join(dir, "models", names[0])); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test data missing under CI: %v", err)
		}
		t.Skipf("shared test data not found: %v", err)
	}
	for _, n := range names {
		m, err := model.Load(filepath.Join(dir, "models", n))
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		layout := m.Config.KVLayout(4, 32, 8, backends.BF16)
		shapes := [][2]int{{8, 1}, {4, 4}}
		if n == "gemma2-tiny" {
			shapes = shapes[1:] // 26 layers: 0.7 MB a shape, one is enough
		}
		for _, shape := range shapes {
			g, err := model.BuildGraph(m.Config, m.Weights, layout, shape[0], shape[1])
			if err != nil {
				t.Fatal(err)
			}
			g.MaxTargets = 4
			p, err := lower.Step(g, lower.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := hloeval.Parse(string(p.Text)); err != nil {
				t.Fatalf("%s: %v", n, err)
			}
			golden(t, fmt.Sprintf("%s.r%d.l%d.mlir", n, shape[0], shape[1]), p.Text)
		}
		c, err := lower.CopyPrefix(layout)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := hloeval.Parse(string(c.Text)); err != nil {
			t.Fatal(err)
		}
		golden(t, n+".copy.mlir", c.Text)
	}
}
