package cpu

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// executable is a graph with its buffers planned and each op bound to a
// loop body, so Run allocates nothing and does no per-op decision making
// beyond the loop itself.
type executable struct {
	b      *Backend
	g      *backends.Graph
	plan   plan
	head   int                         // first op of the head (the gather)
	held   []*backends.Weight          // widened and packed weights this executable holds
	packW  map[*backends.Weight][]byte // packed copies of Q4_0/Q8_0 matrices (Backend.packable)
	invs   map[int][]float64           // RoPE frequencies per op index
	normF  map[int][]float32           // widened norm weights per op index
	gen    int                         // arena generation the views below belong to
	vals   [][]float32                 // value -> its view of the arena
	ops    []boundOp
	closed bool
	// rowStats is rowStatsBody as a func value made once.
	rowStats func(worker, lo, hi int)

	// Per-run state read by the bound loop bodies.
	step  *backends.Step
	cache *kvCache
}

type boundOp struct {
	op     *backends.Op
	serial func() // runs before the loop (cache writes, gathers)
	// pre is a parallel loop over preN items run before the main one:
	// math=fast narrows a matmul's activation rows there, once per step
	// rather than once per worker chunk.
	preN  int
	pre   func(worker, lo, hi int)
	n     int // loop trip count; 0 = no loop
	align int // chunk granularity
	body  func(worker, lo, hi int)
}

var _ backends.Executable = (*executable)(nil)

func (b *Backend) Compile(g *backends.Graph) (backends.Executable, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	if b.ring && g.Cache.DType != backends.F32 && g.Cache.DType != backends.BF16 {
		return nil, fmt.Errorf("%s: kv dtype %s: %w", b.name, g.Cache.DType, backends.ErrNotImplemented)
	}
	e := &executable{b: b, g: g, plan: planBuffers(g), head: g.Head(), invs: map[int][]float64{}, normF: map[int][]float32{}}
	maxHalf := 0
	var toPack []*backends.Weight
	for i := range g.Ops {
		op := &g.Ops[i]
		if err := b.supports(op); err != nil {
			e.Close()
			return nil, fmt.Errorf("%s: op %s (%s): %w", b.name, op.Name, op.Kind, err)
		}
		switch op.Kind {
		case backends.RMSNorm:
			f, err := b.acquire(op.W)
			if err != nil {
				e.Close()
				return nil, err
			}
			e.held = append(e.held, op.W)
			e.normF[i] = f
		case backends.RoPE:
			e.invs[i] = kernels.RoPEInvFreq(op.HeadDim, op.Theta, op.PosScale)
			maxHalf = max(maxHalf, op.HeadDim/2)
		case backends.MatMul:
			if b.packable(op) {
				toPack = append(toPack, op.W)
			}
		}
	}
	if len(toPack) > 0 {
		p, err := b.acquirePacked(toPack)
		if err != nil {
			e.Close()
			return nil, err
		}
		e.packW = p
		for w := range p {
			e.held = append(e.held, w)
		}
	}
	b.run.Lock()
	defer b.run.Unlock()
	if e.plan.size > len(b.arena) {
		b.arena = make([]float32, e.plan.size)
		b.gen++
	}
	if need := b.narrowBytes(g); need > len(b.narrow)*8 {
		b.narrow = make([]uint64, (need+7)/8) // uint64s: 8-byte aligned views
		b.gen++
	}
	for w := range b.threads {
		if len(b.scores[w]) < g.Cache.MaxLen {
			b.scores[w] = make([]float32, g.Cache.MaxLen)
		}
		if len(b.cos[w]) < maxHalf {
			b.cos[w], b.sin[w] = make([]float64, maxHalf), make([]float64, maxHalf)
		}
	}
	buf := &b.buf
	if len(buf.argmax) < g.LogitRows {
		buf.argmax, buf.lse, buf.bad = make([]int32, g.LogitRows), make([]float64, g.LogitRows), make([]bool, g.LogitRows)
	}
	if len(buf.logProb) < g.MaxTargets {
		buf.logProb, buf.isArgmax = make([]float64, g.MaxTargets), make([]bool, g.MaxTargets)
	}
	if cap(buf.profile) < len(g.Ops) {
		buf.profile = make([]backends.OpTime, 0, len(g.Ops))
	}
	e.rowStats = e.rowStatsBody
	e.bindAll()
	return e, nil
}

// supports reports whether the kernel set covers op's dtypes.
func (b *Backend) supports(op *backends.Op) error {
	if op.Kind != backends.MatMul && op.Kind != backends.Embed {
		return nil
	}
	switch op.W.DType {
	case backends.F32, backends.BF16, backends.F16, backends.Q8_0, backends.Q4_0:
		return nil
	}
	return fmt.Errorf("%s weights: %w", op.W.DType, backends.ErrNotImplemented)
}

func (e *executable) Close() error {
	if e.closed {
		return nil
	}
	e.closed = true
	e.b.release(e.held)
	e.held, e.ops, e.vals = nil, nil, nil
	return nil
}

// bindAll (re)binds every op to views of the current arena; called with
// b.run held, at Compile and after the arena grew.
func (e *executable) bindAll() {
	e.vals = e.plan.views(e.g, e.b.arena)
	e.ops = e.ops[:0]
	for i := range e.g.Ops {
		e.ops = append(e.ops, e.bind(i))
	}
	e.gen = e.b.gen
}

func (e *executable) Run(ctx context.Context, c backends.KVCache, step *backends.Step) (*backends.Output, error) {
	b := e.b
	cache, ok := c.(*kvCache)
	if !ok || cache.b != b {
		return nil, fmt.Errorf("%s: KV cache %T was not made by this backend", b.name, c)
	}
	if !cache.l.Equal(e.g.Cache) {
		return nil, fmt.Errorf("%s: KV cache layout (%s) is not the graph's (%s)", b.name, cache.l, e.g.Cache)
	}
	if err := step.CheckBounds(e.g); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.run.Lock()
	defer b.run.Unlock()
	if e.closed || cache.closed() {
		return nil, fmt.Errorf("%s: run: %w", b.name, backends.ErrClosed)
	}
	if err := cache.checkRing(step); err != nil {
		return nil, err
	}
	if e.gen != b.gen {
		e.bindAll()
	}
	e.step, e.cache = step, cache
	defer func() { e.step, e.cache = nil, nil }()
	n := len(e.ops)
	if step.Want == 0 {
		n = e.head // nothing reads the head: skip it
	}
	prof := b.buf.profile[:0]
	for i := range e.ops[:n] {
		if err := ctx.Err(); err != nil {
			cache.commitRing(step) // some layers hold the step's positions
			return nil, err
		}
		bo := &e.ops[i]
		var t0 time.Time
		if step.Profile {
			t0 = time.Now()
		}
		if bo.serial != nil {
			bo.serial()
		}
		if bo.preN > 0 {
			b.pool.parallelFor(bo.preN, 1, bo.pre)
		}
		if bo.n > 0 {
			b.pool.parallelFor(bo.n, bo.align, bo.body)
		}
		if step.Profile {
			prof = append(prof, backends.OpTime{Op: i, D: time.Since(t0)})
		}
	}
	cache.commitRing(step)
	res := &b.res
	*res = backends.Output{}
	if step.Profile {
		res.Profile = prof
	}
	if step.Want != 0 {
		e.outputs(step, res)
	}
	return res, nil
}

// outputs computes the narrow outputs from the logits value, and copies
// the whole logits only when asked.
func (e *executable) outputs(step *backends.Step, res *backends.Output) {
	b := e.b
	logits := e.vals[e.g.Output]
	vocab, rows := e.g.Vocab, e.g.LogitRows
	buf := &b.buf
	if step.Want&backends.WantLogits != 0 {
		if cap(buf.logits) < rows*vocab {
			buf.logits = make([]float32, rows*vocab) // once per size: reused after
		}
		res.Logits = buf.logits[:rows*vocab]
		copy(res.Logits, logits)
	}
	b.pool.parallelFor(rows, 1, e.rowStats)
	am := buf.argmax[:rows]
	for r := range rows {
		if buf.bad[r] {
			res.NonFinite++
		}
	}
	if step.Want&backends.WantArgmax != 0 {
		res.Argmax = am
	}
	if step.Want&backends.WantTargets != 0 {
		n := len(step.Targets)
		res.LogProb, res.IsArgmax = buf.logProb[:n], buf.isArgmax[:n]
		for i, t := range step.Targets {
			res.LogProb[i] = float64(logits[int(t.Row)*vocab+int(t.Token)]) - buf.lse[t.Row]
			res.IsArgmax[i] = am[t.Row] == t.Token
		}
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// rowStats is the loop body of outputs: argmax and, when targets are
// scored, the log-normaliser of logit rows [lo, hi). Bound once, so that a
// step allocates no closure.
func (e *executable) rowStatsBody(_, lo, hi int) {
	k, buf := &e.b.k, &e.b.buf
	logits, vocab := e.vals[e.g.Output], e.g.Vocab
	targets := e.step.Want&backends.WantTargets != 0 && len(e.step.Targets) > 0
	for r := lo; r < hi; r++ {
		row := logits[r*vocab : (r+1)*vocab]
		am := k.Argmax(row)
		buf.argmax[r] = int32(am)
		bad := !finite(float64(row[am]))
		if targets {
			buf.lse[r] = k.LogSumExp(row)
			bad = bad || !finite(buf.lse[r])
		}
		buf.bad[r] = bad
	}
}
