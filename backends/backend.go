package backends

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Backend compiles graphs and owns the memory they run in (weights uploaded
// once, KV caches). Implementations must be safe for one caller at a time;
// the model's Runner serialises steps.
type Backend interface {
	Name() string
	// Compile prepares g for repeated execution. Weights that g shares with
	// earlier graphs (by *Weight identity) are prepared once and reused, so
	// compiling a prefill and a decode graph does not double device memory.
	Compile(g *Graph) (Executable, error)
	// NewKVCache allocates a cache for Seqs independent sequences of up to
	// MaxLen positions each.
	NewKVCache(layout KVLayout) (KVCache, error)
	Close() error
}

// Executable is a compiled Graph.
type Executable interface {
	// Run executes one step: it reads and appends to cache, and writes
	// float32 logits [LogitRows, Vocab] into logits. The call returns once
	// the logits are on the host: that is the step's only sync point.
	Run(ctx context.Context, cache KVCache, step *Step, logits []float32) error
	Close() error
}

// Step is the runtime input of one execution. Every slice has one entry per
// graph row except LogitRows (one per logit row).
type Step struct {
	Tokens    []int32
	Positions []int32 // absolute position of each row in its sequence
	Seqs      []int32 // cache sequence slot of each row
	LogitRows []int32 // rows (indices into Tokens) whose logits are wanted
	// Observe, when set, is called after each op with its wall time.
	// Asynchronous backends may report at the step's sync point instead.
	Observe func(op *Op, d time.Duration)
}

// Check validates a step against the graph it is about to run.
func (s *Step) Check(g *Graph, layout KVLayout) error {
	if len(s.Tokens) != g.Rows || len(s.Positions) != g.Rows || len(s.Seqs) != g.Rows {
		return fmt.Errorf("step has %d tokens, %d positions, %d seqs for a %d-row graph", len(s.Tokens), len(s.Positions), len(s.Seqs), g.Rows)
	}
	if len(s.LogitRows) != g.LogitRows {
		return fmt.Errorf("step asks for %d logit rows, graph computes %d", len(s.LogitRows), g.LogitRows)
	}
	for i := range s.Tokens {
		if s.Tokens[i] < 0 || int(s.Tokens[i]) >= g.Vocab {
			return fmt.Errorf("token %d at row %d is outside the vocabulary [0, %d)", s.Tokens[i], i, g.Vocab)
		}
		if s.Positions[i] < 0 || int(s.Positions[i]) >= layout.MaxLen {
			return fmt.Errorf("position %d at row %d is outside the cache [0, %d)", s.Positions[i], i, layout.MaxLen)
		}
		if s.Seqs[i] < 0 || int(s.Seqs[i]) >= layout.Seqs {
			return fmt.Errorf("sequence %d at row %d is outside the cache's %d slots", s.Seqs[i], i, layout.Seqs)
		}
	}
	for _, r := range s.LogitRows {
		if r < 0 || int(r) >= g.Rows {
			return fmt.Errorf("logit row %d outside [0, %d)", r, g.Rows)
		}
	}
	return nil
}

// KVLayout is the shape of a KV cache. Graph.Cache carries the part a graph
// depends on (Layers, KVHeads, HeadDim); Seqs and MaxLen are chosen by the
// caller when allocating.
type KVLayout struct {
	Layers  int
	KVHeads int
	HeadDim int
	Seqs    int
	MaxLen  int
}

// Bytes is the float32 size of a cache with this layout.
func (l KVLayout) Bytes() int64 {
	return 2 * 4 * int64(l.Layers) * int64(l.KVHeads) * int64(l.HeadDim) * int64(l.Seqs) * int64(l.MaxLen)
}

// KVCache holds keys and values of every layer for several sequences.
type KVCache interface {
	Layout() KVLayout
	// CopyPrefix makes the first n positions of sequence dst equal to those
	// of src: how a shared few-shot prefix is computed once and forked for
	// every continuation.
	CopyPrefix(dst, src, n int) error
	Close() error
}

// Options configure a backend when it is opened.
type Options struct {
	Threads int // CPU worker goroutines; 0 = GOMAXPROCS
	// Extra holds "key=value" settings after the backend name
	// ("cuda:device=1"), for backend-specific knobs.
	Extra map[string]string
}

var (
	// ErrUnknownBackend: no backend of that name is compiled in.
	ErrUnknownBackend = errors.New("unknown backend")
	// ErrUnavailable: compiled in but unusable here (no library, no device).
	ErrUnavailable = errors.New("backend unavailable")
	// ErrNotImplemented: the backend cannot run an op or dtype of the graph.
	ErrNotImplemented = errors.New("not implemented")
)
