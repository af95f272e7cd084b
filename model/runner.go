package model

import (
	"context"
	"errors"
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// Runner drives a Model on a Backend: it owns the KV cache, compiles one
// program per step shape from a finite bucket set, pads every step to its
// bucket, checks the sequence rules once (backends.Sequences) and turns
// "prefill these tokens" or "decode one token for each of these slots"
// into graph steps. A Runner is not safe for concurrent use.
type Runner struct {
	Model   *Model
	Backend backends.Backend
	o       RunnerOptions
	cache   backends.KVCache
	layout  backends.KVLayout
	seqs    *backends.Sequences
	pad     int32 // the hidden slot padding rows write to
	// perOctave is the bucket density (DefaultBucketsPerOctave, or what
	// the backend's BucketPolicy asks for).
	perOctave int
	progs     map[Shape]program
	// AllowNonFinite returns NaN or infinite logits as they are instead of
	// failing the step with ErrNonFinite (the logits command prints them).
	AllowNonFinite bool
	// MaxChunk bounds the rows of one prefill step (activation memory grows
	// with it); longer prompts are prefilled in several causal chunks. It
	// is at most RunnerOptions.MaxRows.
	MaxChunk int

	profiler func(g *backends.Graph, prof []backends.OpTime)

	step  backends.Step // the padded step, reused
	rows  []int32       // 0..n-1, for decode
	out   backends.Output
	stats RunnerStats
}

type program struct {
	g  *backends.Graph
	ex backends.Executable
}

// ErrNonFinite marks a step whose logits are NaN or infinite: scoring or
// decoding on them would report chance accuracy or token 0 forever.
var ErrNonFinite = errors.New("non-finite logits")

// Shape is a compiled step shape: the whole key of a program.
type Shape struct{ Rows, LogitRows int }

// RunnerOptions size a Runner; zero values take the defaults.
type RunnerOptions struct {
	Seqs   int // sequence slots callers may use (default 1)
	MaxLen int // positions per slot (default and cap: max_position_embeddings)
	// MaxRows is the largest step (default 512, capped at MaxLen): steps
	// are padded up to Buckets(MaxRows), longer prefills chunked.
	MaxRows int
	// MaxLogitRows bounds the logit rows of one step (default MaxRows).
	MaxLogitRows int
	// KVDType stores keys and values (default F32; BF16 halves the cache).
	KVDType backends.DType
}

// RunnerStats count what the runner has executed.
type RunnerStats struct {
	Steps       int
	Rows        int64 // rows asked for
	PaddingRows int64 // rows added to reach a bucket
	Compiles    int
}

// NewRunner allocates a KV cache for seqs sequences of up to maxLen
// positions (capped at the model's max_position_embeddings), with the
// default options otherwise.
func NewRunner(m *Model, be backends.Backend, seqs, maxLen int) (*Runner, error) {
	return NewRunnerWith(m, be, RunnerOptions{Seqs: seqs, MaxLen: maxLen})
}

// NewRunnerWith allocates the KV cache (one slot more than asked: padding
// rows go there) and returns a runner.
func NewRunnerWith(m *Model, be backends.Backend, o RunnerOptions) (*Runner, error) {
	c := m.Config
	if o.Seqs == 0 {
		o.Seqs = 1
	}
	if o.Seqs < 0 {
		return nil, fmt.Errorf("runner: %d sequences", o.Seqs)
	}
	if o.MaxLen <= 0 || o.MaxLen > c.MaxPositions {
		o.MaxLen = c.MaxPositions
	}
	if o.MaxRows <= 0 {
		o.MaxRows = 512
	}
	o.MaxRows = min(o.MaxRows, o.MaxLen)
	if o.MaxLogitRows <= 0 || o.MaxLogitRows > o.MaxRows {
		o.MaxLogitRows = o.MaxRows
	}
	if o.KVDType == 0 {
		o.KVDType = backends.F32
	}
	layout := c.KVLayout(o.Seqs+1, o.MaxLen, o.MaxRows, o.KVDType)
	cache, err := be.NewKVCache(layout)
	if err != nil {
		return nil, err
	}
	per := DefaultBucketsPerOctave
	if bp, ok := be.(BucketPolicy); ok {
		if n := bp.BucketsPerOctave(); n == 1 || n == 2 || n == 4 || n == 8 {
			per = n
		}
	}
	return &Runner{Model: m, Backend: be, o: o, cache: cache, layout: layout, seqs: backends.NewSequences(layout),
		pad: int32(o.Seqs), perOctave: per, progs: map[Shape]program{}, MaxChunk: o.MaxRows}, nil
}

// Layout is the KV cache layout every program is compiled for.
func (r *Runner) Layout() backends.KVLayout { return r.layout }

// CacheBytes is the memory the backend's cache holds.
func (r *Runner) CacheBytes() int64 { return r.cache.Bytes() }

// MaxLen is the number of positions each sequence can hold.
func (r *Runner) MaxLen() int { return r.layout.MaxLen }

// Stats returns the running totals.
func (r *Runner) Stats() RunnerStats { return r.stats }

// Len is the current length of slot s (see backends.KVLayout).
func (r *Runner) Len(s int) int { return r.seqs.Len(s) }

// CopyPrefix forks the first n positions of slot src into dst.
func (r *Runner) CopyPrefix(dst, src, n int) error {
	if dst < 0 || dst >= r.o.Seqs || src < 0 || src >= r.o.Seqs {
		return fmt.Errorf("runner: copy prefix between slots %d and %d of %d", src, dst, r.o.Seqs)
	}
	if err := r.seqs.Fork(dst, src, n); err != nil {
		return fmt.Errorf("runner: %w", err)
	}
	return r.cache.CopyPrefix(dst, src, n)
}

// Close frees compiled programs and the cache (not the backend or model).
func (r *Runner) Close() error {
	for _, p := range r.progs {
		p.ex.Close()
	}
	r.progs = nil
	return r.cache.Close()
}

// DefaultBucketsPerOctave is the bucket density a runner uses unless its
// backend asks for another (BucketPolicy): eight sizes per power of two
// pad a step by at most 12.5%, which a CPU backend, compiling a shape in
// well under a millisecond, can afford to precompile at every size.
const DefaultBucketsPerOctave = 8

// BucketPolicy is implemented by backends for which a compiled shape is
// expensive (PJRT compiles each in seconds): they trade padding for fewer
// programs by asking for fewer buckets per octave (1, 2, 4 or 8).
type BucketPolicy interface {
	BucketsPerOctave() int
}

// Buckets is the documented, finite set of step row counts up to limit:
// 1–8 exactly (decode batches), then perOctave evenly spaced sizes per
// power of two (for 8: 9, 10, …, 16, 18, 20, …, 32, 36, …), then limit
// itself. A step pads to the smallest bucket that holds it, by at most
// 1/perOctave of its rows, and a runner compiles at most
// len(Buckets(MaxRows)) × len(Buckets(MaxLogitRows)) programs, all of them
// before anything is timed (Precompile).
func Buckets(limit, perOctave int) []int {
	var b []int
	for n := 1; n <= min(limit, 8); n++ {
		b = append(b, n)
	}
	for p := 8; p < limit; p *= 2 {
		step := max(p/perOctave, 1)
		for n := p + step; n <= 2*p && n < limit; n += step {
			b = append(b, n)
		}
	}
	if limit > 8 {
		b = append(b, limit)
	}
	return b
}

// Bucket is the smallest of Buckets(limit, perOctave) holding n (1 ≤ n ≤
// limit), computed without building the list: it runs on every step.
func Bucket(n, limit, perOctave int) int {
	if n <= 8 {
		return max(n, 1)
	}
	for p := 8; p < limit; p *= 2 {
		if n > 2*p {
			continue
		}
		step := max(p/perOctave, 1)
		c := p + (n-p+step-1)/step*step
		if c < limit {
			return c
		}
		break
	}
	return limit
}

// Shapes lists every shape a runner with these limits can run.
func Shapes(maxRows, maxLogitRows, perOctave int) []Shape {
	var out []Shape
	for _, rows := range Buckets(maxRows, perOctave) {
		for _, lr := range Buckets(min(maxLogitRows, maxRows), perOctave) {
			if lr <= rows {
				out = append(out, Shape{rows, lr})
			}
		}
	}
	return out
}

// Precompile compiles the given shapes (nil: every shape of Shapes for the
// runner's limits) so that no compile lands inside a timed step.
func (r *Runner) Precompile(ctx context.Context, shapes []Shape) error {
	if shapes == nil {
		shapes = Shapes(r.o.MaxRows, r.o.MaxLogitRows, r.perOctave)
	}
	for _, s := range shapes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := r.program(s); err != nil {
			return err
		}
	}
	return nil
}

func (r *Runner) program(s Shape) (program, error) {
	if p, ok := r.progs[s]; ok {
		return p, nil
	}
	g, err := BuildGraph(r.Model.Config, r.Model.Weights, r.layout, s.Rows, s.LogitRows)
	if err != nil {
		return program{}, err
	}
	ex, err := r.Backend.Compile(g)
	if err != nil {
		return program{}, err
	}
	p := program{g, ex}
	r.progs[s] = p
	r.stats.Compiles++
	return p, nil
}

// Graph returns the graph of a shape (compiling it if needed), e.g. for a
// profile's cost model.
func (r *Runner) Graph(s Shape) (*backends.Graph, error) {
	p, err := r.program(s)
	return p.g, err
}

// ShapeOf is the bucketed shape a step of rows rows, logitRows logit rows
// and targets targets runs as.
func (r *Runner) ShapeOf(rows, logitRows, targets int) Shape {
	return ShapeFor(rows, logitRows, targets, r.o.MaxRows, r.o.MaxLogitRows, r.perOctave)
}

// ShapeFor is the shape a step runs as under the given limits: rows and
// logit rows rounded up to their buckets, with enough logit rows for the
// targets (TargetsPerLogitRow each). Counting tools use it to predict a
// runner's padding without one.
func ShapeFor(rows, logitRows, targets, maxRows, maxLogitRows, perOctave int) Shape {
	maxLogitRows = min(maxLogitRows, maxRows)
	lr := max(logitRows, (targets+TargetsPerLogitRow-1)/TargetsPerLogitRow, 1)
	rows = max(rows, lr)
	return Shape{Bucket(rows, maxRows, perOctave), Bucket(lr, maxLogitRows, perOctave)}
}

// BucketsPerOctave is the bucket density this runner pads to.
func (r *Runner) BucketsPerOctave() int { return r.perOctave }

// Step runs any rows (each its own slot and position, at most MaxRows,
// slots below the Seqs asked for) and returns what st.Want asks for, for
// st's own logit rows and targets. The step is padded to its bucket first:
// padding rows go to a hidden slot, padding logit rows repeat row 0. The
// Output is the backend's and valid until the next step.
func (r *Runner) Step(ctx context.Context, st *backends.Step) (*backends.Output, error) {
	n, nl := len(st.Tokens), len(st.LogitRows)
	if n == 0 || n > r.o.MaxRows || nl > r.o.MaxLogitRows || len(st.Targets) > r.o.MaxLogitRows*TargetsPerLogitRow {
		return nil, fmt.Errorf("runner: step of %d rows, %d logit rows, %d targets (limits %d, %d, %d)",
			n, nl, len(st.Targets), r.o.MaxRows, r.o.MaxLogitRows, r.o.MaxLogitRows*TargetsPerLogitRow)
	}
	if len(st.Positions) != n || len(st.Seqs) != n {
		return nil, fmt.Errorf("runner: step has %d tokens, %d positions, %d slots", n, len(st.Positions), len(st.Seqs))
	}
	for i, s := range st.Seqs {
		if s < 0 || int(s) >= r.o.Seqs {
			return nil, fmt.Errorf("runner: row %d uses slot %d of %d", i, s, r.o.Seqs)
		}
	}
	for i, t := range st.Targets {
		if t.Row < 0 || int(t.Row) >= nl {
			return nil, fmt.Errorf("runner: target %d is on logit row %d of %d", i, t.Row, nl)
		}
	}
	sh := r.ShapeOf(n, nl, len(st.Targets))
	p, err := r.program(sh)
	if err != nil {
		return nil, err
	}
	ps := &r.step
	ps.Tokens = append(ps.Tokens[:0], st.Tokens...)
	ps.Positions = append(ps.Positions[:0], st.Positions...)
	ps.Seqs = append(ps.Seqs[:0], st.Seqs...)
	for i := n; i < sh.Rows; i++ {
		ps.Tokens = append(ps.Tokens, 0)
		ps.Positions = append(ps.Positions, int32(i-n))
		ps.Seqs = append(ps.Seqs, r.pad)
	}
	ps.LogitRows = append(ps.LogitRows[:0], st.LogitRows...)
	for len(ps.LogitRows) < sh.LogitRows {
		ps.LogitRows = append(ps.LogitRows, 0)
	}
	ps.Targets, ps.Want, ps.Profile = st.Targets, st.Want, st.Profile || r.profiler != nil
	if nl == 0 {
		ps.Want = 0 // only padding rows: nothing to return
	}
	if err := r.seqs.Check(p.g, ps); err != nil {
		return nil, fmt.Errorf("runner: %w", err)
	}
	out, err := p.ex.Run(ctx, r.cache, ps)
	if err != nil {
		return nil, err
	}
	r.seqs.Commit(ps)
	if out.NonFinite > 0 && !r.AllowNonFinite {
		return nil, fmt.Errorf("%w: step %d (%d rows, slot %d from position %d): %d of %d logit rows are NaN or infinite (broken weights, or a backend overflow)",
			ErrNonFinite, r.stats.Steps+1, n, st.Seqs[0], st.Positions[0], out.NonFinite, sh.LogitRows)
	}
	if r.profiler != nil {
		r.profiler(p.g, out.Profile)
	}
	r.stats.Steps++
	r.stats.Rows += int64(n)
	r.stats.PaddingRows += int64(sh.Rows - n)
	// The caller's view: its own logit rows only.
	r.out = *out
	if r.out.Logits != nil {
		r.out.Logits = r.out.Logits[:nl*p.g.Vocab]
	}
	if r.out.Argmax != nil {
		r.out.Argmax = r.out.Argmax[:nl]
	}
	return &r.out, nil
}

// SetProfiler asks every later step for per-op timings and hands them, with
// the graph they index, to fn (nil stops). A backend that cannot time ops
// fails those steps with backends.ErrNotImplemented.
func (r *Runner) SetProfiler(fn func(g *backends.Graph, prof []backends.OpTime)) { r.profiler = fn }

// Prefill appends tokens to slot seq from position start (≤ its length)
// and returns the outputs want asks for at the last token. Prompts longer
// than MaxChunk run in several steps; the earlier ones want nothing.
func (r *Runner) Prefill(ctx context.Context, seq, start int, tokens []int32, want backends.Want) (*backends.Output, error) {
	return r.prefill(ctx, seq, start, tokens, want, nil)
}

// PrefillLogits is Prefill returning every token's logits, [len(tokens),
// vocab], in a new slice.
func (r *Runner) PrefillLogits(ctx context.Context, seq, start int, tokens []int32) ([]float32, error) {
	all := make([]float32, 0, len(tokens)*r.Model.Config.VocabSize)
	_, err := r.prefill(ctx, seq, start, tokens, backends.WantLogits, &all)
	return all, err
}

func (r *Runner) prefill(ctx context.Context, seq, start int, tokens []int32, want backends.Want, all *[]float32) (*backends.Output, error) {
	if len(tokens) == 0 {
		return nil, fmt.Errorf("prefill: no tokens")
	}
	if start < 0 || start+len(tokens) > r.layout.MaxLen {
		return nil, fmt.Errorf("prefill: positions %d..%d exceed the cache's %d", start, start+len(tokens)-1, r.layout.MaxLen)
	}
	chunk := min(max(r.MaxChunk, 1), r.o.MaxRows)
	if all != nil {
		chunk = min(chunk, r.o.MaxLogitRows)
	}
	var out *backends.Output
	for lo := 0; lo < len(tokens); lo += chunk {
		hi := min(lo+chunk, len(tokens))
		n := hi - lo
		st := backends.Step{Tokens: tokens[lo:hi], Positions: make([]int32, n), Seqs: make([]int32, n)}
		for i := range n {
			st.Positions[i], st.Seqs[i] = int32(start+lo+i), int32(seq)
		}
		switch {
		case all != nil:
			st.LogitRows, st.Want = r.decodeRows(n), backends.WantLogits
		case hi == len(tokens):
			st.LogitRows, st.Want = []int32{int32(n - 1)}, want
		}
		o, err := r.Step(ctx, &st)
		if err != nil {
			return nil, err
		}
		if all != nil {
			*all = append(*all, o.Logits...)
		}
		out = o
	}
	return out, nil
}

// Decode feeds one token to each of several slots at the given positions
// and returns what want asks for, one logit row per slot.
func (r *Runner) Decode(ctx context.Context, seqs, positions, tokens []int32, want backends.Want) (*backends.Output, error) {
	st := backends.Step{Tokens: tokens, Positions: positions, Seqs: seqs, LogitRows: r.decodeRows(len(tokens)), Want: want}
	return r.Step(ctx, &st)
}

// decodeRows is 0..n-1, kept between steps so decoding allocates nothing.
func (r *Runner) decodeRows(n int) []int32 {
	for len(r.rows) < n {
		r.rows = append(r.rows, int32(len(r.rows)))
	}
	return r.rows[:n:n]
}
