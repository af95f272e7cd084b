package evals_test

import (
	"context"
	"math"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	_ "github.com/gemma-bench/gemma-bench/backends/all"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/tokenizer"
)

// tinyConfig is gemma3-270m's structure (QK-norm, sliding and global
// layers, MQA) at test size, with a sliding window shorter than the
// prompts so that windowed attention is exercised through forks too.
func tinyConfig(t testing.TB, vocab int) model.Config {
	t.Helper()
	c, err := model.ByName("gemma3-270m")
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = vocab, 32, 48
	c.Heads, c.KVHeads, c.HeadDim = 4, 1, 8
	c.QueryPreAttnScalar = 8
	c.MaxPositions = 512
	c.SlidingWindow = 24
	n := 4
	kinds := make([]model.LayerKind, n)
	for i := range kinds {
		kinds[i] = c.LayerKinds[(i+3)%len(c.LayerKinds)]
	}
	c.Layers, c.LayerKinds = n, kinds
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	return c
}

// synthDir writes a tiny synthetic checkpoint and returns its directory.
func synthDir(t testing.TB, c model.Config) string {
	t.Helper()
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 7, DType: backends.F32}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func loadModel(t testing.TB, dir string) *model.Model {
	t.Helper()
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

// pieceTok is a test tokenizer: greedy longest match over a few multi-byte
// pieces, else one id per byte. Its pieces straddle the few-shot boundary
// ("\n\nW" merges the delimiter with the next question's first letter), so
// it exercises the runner's prefix mismatch path, which a real tokenizer
// hits only on unusual data.
type pieceTok struct {
	pieces []string // id 260+i
}

func newPieceTok(pieces ...string) *pieceTok {
	p := &pieceTok{pieces: append([]string(nil), pieces...)}
	// Longest first, so the greedy scan takes the longest match.
	sort.SliceStable(p.pieces, func(i, j int) bool { return len(p.pieces[i]) > len(p.pieces[j]) })
	return p
}

func (p *pieceTok) Encode(s string) []int {
	var out []int
	for i := 0; i < len(s); {
		id, n := 4+int(s[i]), 1
		for k, pc := range p.pieces {
			if strings.HasPrefix(s[i:], pc) {
				id, n = 260+k, len(pc)
				break
			}
		}
		out = append(out, id)
		i += n
	}
	return out
}

func (p *pieceTok) Decode(ids []int) string {
	var b strings.Builder
	for _, id := range ids {
		switch {
		case id >= 260 && id-260 < len(p.pieces):
			b.WriteString(p.pieces[id-260])
		case id >= 4 && id < 260:
			b.WriteByte(byte(id - 4))
		}
	}
	return b.String()
}

var (
	synthTokOnce sync.Once
	synthTok     *tokenizer.Tokenizer
	synthTokErr  error
)

// trainedTok is the synthetic BPE tokenizer that synthetic checkpoints ship
// with, at a test-sized vocabulary.
func trainedTok(t testing.TB) *tokenizer.Tokenizer {
	t.Helper()
	synthTokOnce.Do(func() {
		synthTok, synthTokErr = tokenizer.Train(tokenizer.Corpus(1<<17), 512, nil)
	})
	if synthTokErr != nil {
		t.Fatal(synthTokErr)
	}
	return synthTok
}

// close reports |got-want| ≤ atol + rtol·|want|.
func close(got, want, atol, rtol float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return false
	}
	return math.Abs(got-want) <= atol+rtol*math.Abs(want)
}

var bg = context.Background()
