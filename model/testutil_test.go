package model_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/model"
)

// tinyConfig shrinks a canonical config to test size while keeping its
// family's structure (norms, softcaps, layer pattern, RoPE).
func tinyConfig(t testing.TB, name string, mutate func(*model.Config)) model.Config {
	t.Helper()
	c, err := model.ByName(name)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = 320, 32, 48 // 320: room for a byte-level tokenizer
	c.Heads, c.KVHeads, c.HeadDim = 4, 2, 8
	c.QueryPreAttnScalar = 8
	c.MaxPositions = 256
	if c.SlidingWindow > 0 {
		c.SlidingWindow = 3
	}
	n := 7
	kinds := make([]model.LayerKind, n)
	for i := range kinds {
		kinds[i] = c.LayerKinds[i%len(c.LayerKinds)]
	}
	c.Layers, c.LayerKinds = n, kinds
	if mutate != nil {
		mutate(&c)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	return c
}

// synthModel writes and loads a synthetic checkpoint.
func synthModel(t testing.TB, c model.Config, dt backends.DType, seed uint64) *model.Model {
	t.Helper()
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: seed, DType: dt}); err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// openGo opens the backend the oracle tests run on: $GEMMA_BENCH_TEST_BACKEND,
// by default the go reference (backendtest.Open skips when it is unusable).
func openGo(t testing.TB) backends.Backend {
	t.Helper()
	return backendtest.Open(t)
}
