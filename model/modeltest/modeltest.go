// Package modeltest gives backend tests the models they hold a backend to:
// the shared tiny Gemma 1/2/3 checkpoints and small synthetic models in a
// real architecture's shape. It is imported by tests only.
package modeltest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

// Named is a loaded model and the name tests report it by.
type Named struct {
	Name string
	M    *model.Model
}

// TinyNames are the shared tiny checkpoints (bf16), in the order Tiny
// returns them.
var TinyNames = []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"}

// TestdataDir is $GEMMA_BENCH_TESTDATA (where test binaries run away from
// the source tree, as on a GPU machine), else ../shared/testdata beside
// the module root found above the working directory.
func TestdataDir() string {
	if dir := os.Getenv("GEMMA_BENCH_TESTDATA"); dir != "" {
		return dir
	}
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "testdata")
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "..", "shared", "testdata")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "..", "shared", "testdata")
		}
	}
}

// Tiny loads the shared tiny checkpoints, closed when the test ends. It
// skips the test when they are missing, and fails it under CI, which
// always has them.
func Tiny(t testing.TB) []Named {
	t.Helper()
	dir := TestdataDir()
	if _, err := os.Stat(filepath.Join(dir, "models", TinyNames[0])); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test data missing under CI: %v", err)
		}
		t.Skipf("shared test data not found: %v", err)
	}
	var out []Named
	for _, n := range TinyNames {
		m, err := model.Load(filepath.Join(dir, "models", n))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { m.Close() })
		out = append(out, Named{n, m})
	}
	return out
}

// Small synthesises and loads a model in arch's shape (its layer kinds,
// norms, softcaps) shrunk to layers layers of width 32 (4 heads, 2 kv
// heads of 8, window 3, a 320-token vocabulary: room for the synthetic
// tokenizer), with weights of dtype dt from seed.
func Small(t testing.TB, arch string, layers int, seed uint64, dt backends.DType) Named {
	t.Helper()
	c, err := model.ByName(arch)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = 320, 32, 48
	c.Heads, c.KVHeads, c.HeadDim = 4, 2, 8
	c.QueryPreAttnScalar = 8
	c.MaxPositions = 1024
	c.SlidingWindow = 3
	c.Layers, c.LayerKinds = layers, c.LayerKinds[:layers]
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: seed, DType: dt}); err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return Named{"synth-" + dt.String(), m}
}
