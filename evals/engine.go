package evals

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// LM is the model-facing interface: lm-evaluation-harness's three request
// kinds, each answered for a batch of requests. Every task reaches the model
// through these and nothing else, so a second implementation (a reference
// scorer, a remote model) scores the same tasks.
type LM interface {
	Loglikelihood(ctx context.Context, reqs []tasks.Request) ([]Response, error)
	LoglikelihoodRolling(ctx context.Context, reqs []tasks.Request) ([]Response, error)
	GenerateUntil(ctx context.Context, reqs []tasks.Request) ([]Response, error)
}

// Response is the answer to one request plus what it cost.
type Response struct {
	tasks.Result
	// Truncated: the input was cut from the left to fit MaxLength.
	Truncated bool
	// PrefixMismatch: the shared prefix did not tokenize as a token prefix
	// of this request's context, so only the common tokens were reused.
	PrefixMismatch bool
	// PrefillTokens are the rows computed on this request's behalf (rows
	// shared by several requests are charged to the first of them, a shared
	// prefix to the first request that needed it); LMEvalTokens is what
	// lm-eval would compute; ReusedTokens were forked from a cached prefix.
	PrefillTokens, LMEvalTokens, ReusedTokens int
	// TTFT is the time from the start of the call to this request's first
	// generated token; DecodeSteps the wall time of each later step.
	TTFT        time.Duration
	DecodeSteps []time.Duration
}

// Options configure an Engine; zero values take the defaults.
type Options struct {
	// MaxLength is the longest input fed to the model, lm-eval's
	// max_length: longer inputs are cut from the left. 0 means the model's
	// max_position_embeddings.
	MaxLength int
	// CacheLen is how many positions each sequence slot holds; 0 means
	// MaxLength. SizeCache picks a tight value for a set of docs.
	CacheLen int
	// WorkSlots hold docs' contexts and continuations (default 8, at least
	// 2); PrefixSlots hold cached shared prefixes (default 2).
	WorkSlots, PrefixSlots int
	// MaxRows bounds the tokens of one step (default 256) and MaxLogitRows
	// the vocab-sized logit rows it returns (default 32).
	MaxRows, MaxLogitRows int
	// NoPrefixReuse computes every context from BOS, for comparison.
	NoPrefixReuse bool
	// KVDType stores the KV cache (default f32; bf16 halves it).
	KVDType backends.DType
	// StopIDs end generation; nil means the model's EOS ids.
	StopIDs []int
}

// Stats are an Engine's running totals.
type Stats struct {
	Steps          int
	PrefillTokens  int64 // rows computed, padding excluded
	PaddingRows    int64 // rows added to reach a compiled step shape
	LMEvalTokens   int64
	ReusedTokens   int64
	PrefixComputed int // distinct prefixes prefilled
	PrefixMismatch int // contexts whose prefix was not a token prefix
	Truncated      int
	DecodeTokens   int64
	PrefillTime    time.Duration
	DecodeTime     time.Duration
}

// Engine answers LM requests with a model on a backend. It owns a Runner
// whose KV cache is split into sequence slots: first PrefixSlots cached
// prefixes, then WorkSlots for the docs in flight (the runner pads steps
// in a hidden slot of its own).
// An Engine is not safe for concurrent use.
type Engine struct {
	run    *model.Runner // nil for a counter
	cfg    model.Config
	enc    encoder
	o      Options
	maxLen int
	vocab  int

	shapes    map[model.Shape]bool // a counter's record of the step shapes it planned
	perOctave int                  // the runner's bucket density

	prefixes []*prefixEntry
	clock    uint64
	stats    Stats
}

type prefixEntry struct {
	slot   int
	key    string
	tokens []int32
	ready  bool   // its KV is in the slot
	used   uint64 // LRU clock
}

// ErrInput marks a request the model cannot score as asked (e.g. a
// continuation longer than the model's context).
var ErrInput = errors.New("request cannot be scored")

// NewEngine allocates the KV cache and returns an engine.
func NewEngine(m *model.Model, be backends.Backend, tok Tokenizer, o Options) (*Engine, error) {
	e, err := newEngine(m.Config, tok, o)
	if err != nil {
		return nil, err
	}
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{
		Seqs: e.o.PrefixSlots + e.o.WorkSlots, MaxLen: e.o.CacheLen, MaxRows: e.o.MaxRows, MaxLogitRows: e.o.MaxLogitRows,
		KVDType: e.o.KVDType})
	if err != nil {
		return nil, fmt.Errorf("evals: %w", err)
	}
	e.run = r
	e.perOctave = r.BucketsPerOctave()
	return e, nil
}

// NewCounter returns an engine that plans every step exactly as NewEngine's
// would but runs none: its Stats count the tokens a run would compute and
// lm-eval's equivalent, from tokenization alone (log-probs are zero and
// generation stops at once). It needs no weights, only the config.
func NewCounter(c model.Config, tok Tokenizer, o Options) (*Engine, error) {
	return newEngine(c, tok, o)
}

func newEngine(c model.Config, tok Tokenizer, o Options) (*Engine, error) {
	if o.MaxLength <= 0 || o.MaxLength > c.MaxPositions {
		o.MaxLength = c.MaxPositions
	}
	if o.CacheLen <= 0 || o.CacheLen > o.MaxLength {
		o.CacheLen = o.MaxLength
	}
	if o.WorkSlots == 0 {
		o.WorkSlots = 8
	}
	if o.WorkSlots < 2 {
		return nil, fmt.Errorf("evals: %d work slots, need at least 2", o.WorkSlots)
	}
	if o.PrefixSlots <= 0 {
		o.PrefixSlots = 2
	}
	if o.MaxRows <= 0 {
		o.MaxRows = 256
	}
	if o.MaxLogitRows <= 0 {
		o.MaxLogitRows = 32
	}
	o.MaxRows = min(o.MaxRows, o.CacheLen)
	o.MaxLogitRows = min(o.MaxLogitRows, o.MaxRows)
	if o.StopIDs == nil {
		o.StopIDs = c.EOSIDs
	}
	e := &Engine{cfg: c, enc: encoder{tok: tok, bos: int32(c.BOS)}, o: o, maxLen: o.MaxLength, vocab: c.VocabSize,
		perOctave: model.DefaultBucketsPerOctave}
	for i := range o.PrefixSlots {
		e.prefixes = append(e.prefixes, &prefixEntry{slot: i})
	}
	return e, nil
}

// SetProfiler hands every later step's per-op timings, with the graph they
// index, to fn (nil stops): the run's --op-profile. A counter (no
// runner) has nothing to time.
func (e *Engine) SetProfiler(fn func(g *backends.Graph, prof []backends.OpTime)) {
	if e.run != nil {
		e.run.SetProfiler(fn)
	}
}

// Close frees the runner and its cache.
func (e *Engine) Close() error {
	if e.run == nil {
		return nil
	}
	return e.run.Close()
}

// Stats returns the running totals.
func (e *Engine) Stats() Stats { return e.stats }

// MaxLength is the truncation limit in use.
func (e *Engine) MaxLength() int { return e.maxLen }

// workSlot returns the cache slot of work slot i.
func (e *Engine) workSlot(i int) int { return e.o.PrefixSlots + i }

// prefix finds or claims a prefix slot for text; pinned entries (needed by
// the batch being planned) are never evicted. It returns nil when every slot
// is pinned.
func (e *Engine) prefix(text string, pinned map[*prefixEntry]bool) *prefixEntry {
	e.clock++
	var victim *prefixEntry
	for _, p := range e.prefixes {
		if p.key == text && p.tokens != nil {
			p.used = e.clock
			return p
		}
		if !pinned[p] && (victim == nil || p.used < victim.used) {
			victim = p
		}
	}
	if victim == nil {
		return nil
	}
	*victim = prefixEntry{slot: victim.slot, key: text, tokens: e.enc.context(text), used: e.clock}
	return victim
}

// BackendName names the backend the engine runs on.
func (e *Engine) BackendName() string {
	if e.run == nil {
		return "none (counting only)"
	}
	return e.run.Backend.Name()
}

// Precompile compiles every step shape a run of plan will use, before
// anything is timed: a counter with this engine's settings plans the whole
// run from tokenization alone and records the shapes of its steps (its
// prefill steps exactly; for generation, which a counter cannot follow,
// every decode batch up to WorkSlots sequences). Compiling exactly these,
// rather than the whole bucket set, keeps a CPU run's start-up and memory
// at what it uses, and a compiling backend from building programs no step
// needs.
func (e *Engine) Precompile(ctx context.Context, plan *Plan) error {
	if e.run == nil {
		return nil
	}
	cnt, err := newEngine(e.cfg, e.enc.tok, e.o)
	if err != nil {
		return err
	}
	cnt.shapes, cnt.perOctave = map[model.Shape]bool{}, e.perOctave
	if _, err := Count(ctx, cnt, plan); err != nil {
		return err
	}
	for _, t := range plan.Suite.Tasks {
		if t.OutputType() == tasks.Generate {
			for b := 1; b <= e.o.WorkSlots; b++ {
				cnt.shapes[e.run.ShapeOf(b, b, 0)] = true
			}
			break
		}
	}
	shapes := make([]model.Shape, 0, len(cnt.shapes))
	for s := range cnt.shapes {
		shapes = append(shapes, s)
	}
	if err := e.run.Precompile(ctx, shapes); err != nil {
		return fmt.Errorf("evals: %w", err)
	}
	return nil
}

// Compiles is how many step programs the engine's runner has compiled.
func (e *Engine) Compiles() int {
	if e.run == nil {
		return 0
	}
	return e.run.Stats().Compiles
}
