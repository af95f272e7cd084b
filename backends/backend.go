package backends

import (
	"context"
	"errors"
	"time"
)

// Backend compiles graphs and owns the memory they run in (weights uploaded
// once, KV caches, activations, outputs). Implementations serialise Run
// internally, so several runners may share a Backend from one goroutine
// each; but an Output is valid only until the next Run on the backend, so
// such callers must also serialise their use of it (or copy it).
type Backend interface {
	Name() string
	// NewKVCache allocates a cache with the given layout (Layout.Validate
	// must pass). A backend may store less than Bytes() says (a ring per
	// sliding layer, see KVLayout) but never less than the layout's
	// contract needs.
	NewKVCache(layout KVLayout) (KVCache, error)
	// Compile prepares g for repeated execution against caches whose
	// layout equals g.Cache, which is complete (Seqs, MaxLen, MaxRows,
	// windows, dtype): static-shape backends size their programs from it.
	// Weights that g shares with other open executables (by *Weight
	// identity) are prepared once; each executable holds a reference to
	// what it uses, and Executable.Close drops it (reference counts live
	// inside the backend).
	Compile(g *Graph) (Executable, error)
	Close() error
}

// Executable is a compiled Graph.
type Executable interface {
	// Run executes one step: it writes the step's keys and values into
	// cache, which must be a cache of this backend whose Layout equals the
	// graph's Cache, and returns the outputs step.Want asks for. The call
	// returns once those outputs are on the host: that is the step's only
	// sync point. The Output is owned by the backend and stays valid until
	// the next Run of any of its executables.
	//
	// Run validates only what protects memory (Step.CheckBounds); the
	// caller owns the sequence rules (Sequences.Check). A cancelled ctx
	// makes Run return ctx.Err(); the cache may then hold part of the
	// step's keys and values, which the caller must treat as unwritten.
	Run(ctx context.Context, cache KVCache, step *Step) (*Output, error)
	// Close releases what only this executable used. Closing twice is a
	// no-op; running a closed executable is an error.
	Close() error
}

// Want selects the outputs of one step. The zero value asks for none: a
// prefill chunk that only fills the cache. Eager backends then skip the
// head (the ops from the graph's GatherRows on).
type Want uint8

const (
	// WantLogits: the whole [LogitRows, Vocab] float32 logits, for
	// sampling and cross-implementation diffs. Costs a Vocab-wide copy per
	// row; scoring and greedy decoding use the narrow outputs instead.
	WantLogits Want = 1 << iota
	// WantArgmax: the greedy token of each logit row: the first index of
	// the maximum, as torch.argmax on finite rows (NaN never compares
	// larger, so a row of NaN yields 0).
	WantArgmax
	// WantTargets: for each of Step.Targets, log softmax of its row at its
	// token and whether the token is the row's argmax (lm-eval's
	// loglikelihood and is_greedy).
	WantTargets
)

// Output is what one step returns (never nil on success); only the fields
// Step.Want asked for are set, each sized for this step (targets:
// len(Step.Targets)).
type Output struct {
	Logits   []float32 // [LogitRows × Vocab]
	Argmax   []int32   // [LogitRows]
	LogProb  []float64 // per target: logit − log Σ exp(logits of its row)
	IsArgmax []bool    // per target: token == Argmax of its row
	// Profile holds one entry per op the step executed, in graph order,
	// when Step.Profile was set.
	Profile []OpTime
	// NonFinite counts the logit rows found not finite, whatever Want
	// (≠ 0) asked for: a row whose maximum is NaN or ±Inf, or whose
	// normaliser is, when targets were scored. A backend need not scan
	// every element; a checkpoint of NaN weights must be caught.
	NonFinite int
}

// OpTime is the measured time of one op: Op indexes Graph.Ops. Eager
// backends time each op with the device idle before and after it; a
// compiling backend that cannot attribute time to ops returns
// ErrNotImplemented from a profiled Run instead of an empty profile.
type OpTime struct {
	Op int
	D  time.Duration
}

// KVCache holds keys and values of every layer for Seqs sequence slots.
type KVCache interface {
	Layout() KVLayout
	// Bytes is the memory the cache actually holds (a ring cache holds
	// less than Layout().Bytes()).
	Bytes() int64
	// CopyPrefix makes positions [0, n) of slot dst equal to those of src
	// and sets dst's length to n (see KVLayout for the sequence rules):
	// how a shared few-shot prefix is computed once and forked for every
	// continuation. dst == src truncates the slot to n. A slot or n out of
	// range is an error, never a panic.
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
	// ErrNotImplemented: the backend cannot run an op, dtype, layout or
	// request (a per-op profile) of the graph.
	ErrNotImplemented = errors.New("not implemented")
)

// ErrClosed is returned by a closed executable or backend.
var ErrClosed = errors.New("closed")

// SettingsOf is what a backend reports it was opened with, through the
// optional method Settings() map[string]string (the CPU backends: kernel
// path, numerics, threads, KV layout), for bench names, records and the
// roofline cache; nil when it says nothing.
func SettingsOf(be Backend) map[string]string {
	if s, ok := be.(interface{ Settings() map[string]string }); ok {
		return s.Settings()
	}
	return nil
}
