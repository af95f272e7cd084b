package model

import (
	"context"
	"fmt"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
)

// Runner drives a Model on a Backend: it compiles one graph per step shape
// on first use, owns the KV cache, and turns "prefill these tokens" or
// "decode one token for each of these sequences" into graph steps.
// A Runner is not safe for concurrent use.
type Runner struct {
	Model   *Model
	Backend backends.Backend
	cache   backends.KVCache
	layout  backends.KVLayout
	progs   map[shape]backends.Executable
	logits  []float32
	step    backends.Step
	rows    []int32
	// MaxChunk bounds the rows of one prefill step (activation memory grows
	// with it); longer prompts are prefilled in several causal chunks.
	MaxChunk int
}

type shape struct {
	kind            backends.StepKind
	rows, logitRows int
}

// NewRunner allocates a KV cache for seqs sequences of up to maxLen
// positions (capped at the model's max_position_embeddings).
func NewRunner(m *Model, be backends.Backend, seqs, maxLen int) (*Runner, error) {
	c := m.Config
	if maxLen <= 0 || maxLen > c.MaxPositions {
		maxLen = c.MaxPositions
	}
	if seqs <= 0 {
		return nil, fmt.Errorf("runner: %d sequences", seqs)
	}
	layout := backends.KVLayout{Layers: c.Layers, KVHeads: c.KVHeads, HeadDim: c.HeadDim, Seqs: seqs, MaxLen: maxLen}
	cache, err := be.NewKVCache(layout)
	if err != nil {
		return nil, err
	}
	return &Runner{Model: m, Backend: be, cache: cache, layout: layout, progs: map[shape]backends.Executable{}, MaxChunk: 512}, nil
}

// Cache exposes the KV cache, e.g. to fork a shared prefix.
func (r *Runner) Cache() backends.KVCache { return r.cache }

// MaxLen is the number of positions each sequence can hold.
func (r *Runner) MaxLen() int { return r.layout.MaxLen }

// Close frees compiled graphs and the cache (not the backend or model).
func (r *Runner) Close() error {
	for _, p := range r.progs {
		p.Close()
	}
	r.progs = nil
	return r.cache.Close()
}

func (r *Runner) program(s shape) (backends.Executable, error) {
	if p, ok := r.progs[s]; ok {
		return p, nil
	}
	g, err := BuildGraph(r.Model.Config, r.Model.Weights, s.kind, s.rows, s.logitRows)
	if err != nil {
		return nil, err
	}
	p, err := r.Backend.Compile(g)
	if err != nil {
		return nil, err
	}
	r.progs[s] = p
	return p, nil
}

// Forward runs one step over arbitrary rows (each its own sequence slot
// and position) and returns the logits of logitRows, [len(logitRows),
// vocab]. The slice is reused by the next call.
func (r *Runner) Forward(ctx context.Context, kind backends.StepKind, tokens, positions, seqs, logitRows []int32) ([]float32, error) {
	p, err := r.program(shape{kind, len(tokens), len(logitRows)})
	if err != nil {
		return nil, err
	}
	n := len(logitRows) * r.Model.Config.VocabSize
	if cap(r.logits) < n {
		r.logits = make([]float32, n)
	}
	r.step = backends.Step{Tokens: tokens, Positions: positions, Seqs: seqs, LogitRows: logitRows, Observe: r.step.Observe}
	if err := p.Run(ctx, r.cache, &r.step, r.logits[:n]); err != nil {
		return nil, err
	}
	return r.logits[:n], nil
}

// SetObserver installs a per-op timing hook for every later step.
func (r *Runner) SetObserver(fn func(op *backends.Op, d time.Duration)) { r.step.Observe = fn }

// Prefill appends tokens to sequence seq starting at position start and
// returns the logits of the last token, or of every token when all is set
// ([len(tokens), vocab]).
func (r *Runner) Prefill(ctx context.Context, seq, start int, tokens []int32, all bool) ([]float32, error) {
	if len(tokens) == 0 {
		return nil, fmt.Errorf("prefill: no tokens")
	}
	if start < 0 || start+len(tokens) > r.layout.MaxLen {
		return nil, fmt.Errorf("prefill: positions %d..%d exceed the cache's %d", start, start+len(tokens)-1, r.layout.MaxLen)
	}
	vocab := r.Model.Config.VocabSize
	var out []float32
	if all {
		out = make([]float32, 0, len(tokens)*vocab)
	}
	chunk := max(r.MaxChunk, 1)
	for lo := 0; lo < len(tokens); lo += chunk {
		hi := min(lo+chunk, len(tokens))
		n := hi - lo
		pos, seqs := make([]int32, n), make([]int32, n)
		for i := range pos {
			pos[i], seqs[i] = int32(start+lo+i), int32(seq)
		}
		var rows []int32
		switch {
		case all:
			rows = make([]int32, n)
			for i := range rows {
				rows[i] = int32(i)
			}
		case hi == len(tokens):
			rows = []int32{int32(n - 1)}
		}
		logits, err := r.Forward(ctx, backends.Prefill, tokens[lo:hi], pos, seqs, rows)
		if err != nil {
			return nil, err
		}
		if all {
			out = append(out, logits...)
		} else if hi == len(tokens) {
			out = logits
		}
	}
	return out, nil
}

// Decode feeds one token to each of several sequences at the given
// positions and returns their logits, [len(tokens), vocab].
func (r *Runner) Decode(ctx context.Context, seqs, positions, tokens []int32) ([]float32, error) {
	rows := r.decodeRows(len(tokens))
	return r.Forward(ctx, backends.Decode, tokens, positions, seqs, rows)
}

// decodeRows is 0..n-1, kept between steps so decoding allocates nothing.
func (r *Runner) decodeRows(n int) []int32 {
	for len(r.rows) < n {
		r.rows = append(r.rows, int32(len(r.rows)))
	}
	return r.rows[:n]
}
