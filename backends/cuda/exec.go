package cuda

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
)

// Backend is the cuda backend over one device: weights uploaded once and
// shared by every executable that uses them (reference counts per
// *backends.Weight), one activation arena that all executables share
// (Run is serialised, so only one step uses it at a time), and KV caches
// in device memory.
type Backend struct {
	dev      device
	settings map[string]string

	mu      sync.Mutex
	closed  bool
	weights map[*backends.Weight]*devWeight
	caches  map[*kvCache]struct{}
	exes    map[*executable]struct{}
	// The arena grows to the largest plan compiled; each growth bumps
	// gen, and an executable bound to an older arena binds again (and so
	// captures its CUDA graphs again) at its next Run.
	arena      uint64
	arenaBytes int64
	gen        int
}

type devWeight struct {
	addr uint64
	refs int
}

func newBackend(dev device, settings map[string]string) *Backend {
	return &Backend{dev: dev, settings: settings, weights: map[*backends.Weight]*devWeight{}, caches: map[*kvCache]struct{}{}, exes: map[*executable]struct{}{}}
}

func (b *Backend) Name() string { return "cuda" }

// Settings names the device and how steps run, for bench lines and
// records.
func (b *Backend) Settings() map[string]string { return maps.Clone(b.settings) }

// Close frees everything the backend still holds on the device: the
// arena, weights of executables not closed, caches not closed.
func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	var errs []error
	for e := range b.exes {
		if e.prog != nil {
			errs = append(errs, e.prog.Close())
			e.prog = nil
		}
		errs = append(errs, e.release())
		e.closed = true
	}
	clear(b.exes)
	for c := range b.caches {
		errs = append(errs, b.dev.Free(c.base))
		c.closed = true
	}
	for w, dw := range b.weights {
		errs = append(errs, b.dev.Free(dw.addr))
		delete(b.weights, w)
	}
	if b.arena != 0 {
		errs = append(errs, b.dev.Free(b.arena))
		b.arena, b.arenaBytes = 0, 0
	}
	errs = append(errs, b.dev.Close())
	return errors.Join(errs...)
}

// maxCacheBytes bounds one cache at 1 TiB: past that a request is a typo
// in MaxLen or Seqs, and the product could overflow.
const maxCacheBytes = 1 << 40

func (b *Backend) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("cuda: %w", err)
	}
	if l.DType != backends.F32 && l.DType != backends.BF16 {
		return nil, fmt.Errorf("cuda: kv cache dtype %s: %w", l.DType, backends.ErrNotImplemented)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("cuda: %w", backends.ErrClosed)
	}
	// Every slot keeps every position (no ring): [layer][K|V][slot][kv
	// head][position][dim], the kernels' layout.
	elems := float64(l.Seqs) * float64(l.KVHeads) * float64(l.MaxLen) * float64(l.HeadDim)
	if elems*float64(2*l.Layers)*float64(l.DType.Size()) > maxCacheBytes {
		return nil, fmt.Errorf("cuda: KV cache of %.0f GiB is too large (%s)", elems*float64(2*l.Layers)*float64(l.DType.Size())/(1<<30), l)
	}
	per := int64(elems) * l.DType.Size()
	base, err := b.dev.Alloc(2 * int64(l.Layers) * per)
	if err != nil {
		return nil, fmt.Errorf("cuda: KV cache (%s): %w", l, err)
	}
	c := &kvCache{b: b, l: l, base: base, per: per}
	b.caches[c] = struct{}{}
	return c, nil
}

type kvCache struct {
	b      *Backend
	l      backends.KVLayout
	base   uint64
	per    int64 // bytes of one layer's keys (or values)
	closed bool
}

func (c *kvCache) Layout() backends.KVLayout { return c.l }
func (c *kvCache) Bytes() int64              { return 2 * int64(c.l.Layers) * c.per }

// addr is where layer's keys (kv 0) or values (kv 1) start.
func (c *kvCache) addr(layer, kv int) uint64 {
	return c.base + uint64(int64(2*layer+kv)*c.per)
}

// CopyPrefix copies positions [0, n) of slot src to dst in every layer
// and kv head: 2·Layers·KVHeads device copies, done before it returns.
// Lengths are the caller's (Sequences), so dst == src has nothing to do.
func (c *kvCache) CopyPrefix(dst, src, n int) error {
	l := c.l
	if dst < 0 || dst >= l.Seqs || src < 0 || src >= l.Seqs {
		return fmt.Errorf("cuda: CopyPrefix(%d, %d, %d): slot outside [0, %d)", dst, src, n, l.Seqs)
	}
	if n < 0 || n > l.MaxLen {
		return fmt.Errorf("cuda: CopyPrefix(%d, %d, %d): length outside [0, %d]", dst, src, n, l.MaxLen)
	}
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	if c.closed {
		return fmt.Errorf("cuda: CopyPrefix on a closed cache: %w", backends.ErrClosed)
	}
	if dst == src || n == 0 {
		return nil
	}
	row := int64(l.HeadDim) * l.DType.Size()
	head := int64(l.MaxLen) * row
	copies := make([]devCopy, 0, 2*l.Layers*l.KVHeads)
	for layer := range l.Layers {
		for kv := range 2 {
			a := c.addr(layer, kv)
			for g := range l.KVHeads {
				copies = append(copies, devCopy{
					Dst:   a + uint64((int64(dst)*int64(l.KVHeads)+int64(g))*head),
					Src:   a + uint64((int64(src)*int64(l.KVHeads)+int64(g))*head),
					Bytes: int64(n) * row,
				})
			}
		}
	}
	if err := c.b.dev.Copy(copies); err != nil {
		return fmt.Errorf("cuda: CopyPrefix(%d, %d, %d): %w", dst, src, n, err)
	}
	return nil
}

func (c *kvCache) Close() error {
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	delete(c.b.caches, c)
	return c.b.dev.Free(c.base)
}

// Compile lowers g to a launch plan, uploads the weights no open
// executable holds yet and the plan's tables, and grows the shared arena
// when the plan needs more.
func (b *Backend) Compile(g *backends.Graph) (backends.Executable, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("cuda: %w", backends.ErrClosed)
	}
	if err := g.Cache.Validate(); err != nil {
		return nil, fmt.Errorf("cuda: graph's cache layout: %w", err)
	}
	p, err := NewPlan(g, b.dev.Limits())
	if err != nil {
		return nil, err
	}
	e := &executable{b: b, p: p}
	if err := e.acquire(); err != nil {
		e.release()
		return nil, err
	}
	if p.ArenaBytes > b.arenaBytes {
		if b.arena != 0 {
			if err := b.dev.Free(b.arena); err != nil {
				e.release()
				return nil, fmt.Errorf("cuda: freeing the arena to grow it: %w", err)
			}
			b.arena, b.arenaBytes = 0, 0
		}
		a, err := b.dev.Alloc(p.ArenaBytes)
		if err != nil {
			e.release()
			b.gen++ // every binding to the old arena is gone
			return nil, fmt.Errorf("cuda: activation arena of %d MiB: %w", p.ArenaBytes>>20, err)
		}
		b.arena, b.arenaBytes = a, p.ArenaBytes
		b.gen++
	}
	e.table = make([]uint64, 2*g.Cache.Layers)
	e.argmax = make([]int32, g.LogitRows)
	e.logProb = make([]float64, g.MaxTargets)
	e.isArgmax = make([]bool, g.MaxTargets)
	e.times = make([]time.Duration, len(p.Launches))
	b.exes[e] = struct{}{}
	return e, nil
}

type executable struct {
	b      *Backend
	p      *Plan
	tables []uint64
	held   []*backends.Weight // weights this executable holds a reference to
	prog   program
	gen    int // the arena generation prog is bound to
	closed bool

	// Per-step scratch; Output points into it until the next Run.
	table    []uint64
	out      backends.Output
	argmax   []int32
	logProb  []float64
	isArgmax []bool
	logits   []float32
	times    []time.Duration
	prof     []backends.OpTime
}

// acquire takes a reference to every weight of the plan (uploading those
// not yet on the device) and uploads the plan's tables. On error what it
// took stays recorded for release.
func (e *executable) acquire() error {
	b := e.b
	for _, w := range e.p.Weights {
		if dw, ok := b.weights[w]; ok {
			dw.refs++
			e.held = append(e.held, w)
			continue
		}
		a, err := b.dev.Alloc(int64(len(w.Data)))
		if err != nil {
			return fmt.Errorf("cuda: weight %s (%s, %d MiB): %w", w.Name, w.DType, len(w.Data)>>20, err)
		}
		b.weights[w] = &devWeight{addr: a, refs: 1}
		e.held = append(e.held, w)
		if err := b.dev.Upload(a, w.Data); err != nil {
			return fmt.Errorf("cuda: uploading weight %s: %w", w.Name, err)
		}
	}
	for i, t := range e.p.Tables {
		a, err := b.dev.Alloc(int64(len(t)))
		if err != nil {
			return fmt.Errorf("cuda: table %d: %w", i, err)
		}
		e.tables = append(e.tables, a)
		if err := b.dev.Upload(a, t); err != nil {
			return fmt.Errorf("cuda: uploading table %d: %w", i, err)
		}
	}
	return nil
}

// release drops what acquire took; b.mu is held.
func (e *executable) release() error {
	b := e.b
	var errs []error
	for _, w := range e.held {
		dw := b.weights[w]
		if dw == nil {
			continue // the backend was closed and freed it
		}
		if dw.refs--; dw.refs == 0 {
			errs = append(errs, b.dev.Free(dw.addr))
			delete(b.weights, w)
		}
	}
	e.held = nil
	for _, a := range e.tables {
		errs = append(errs, b.dev.Free(a))
	}
	e.tables = nil
	return errors.Join(errs...)
}

// resolve is a Ref's device address under the current arena.
func (e *executable) resolve(r Ref) uint64 {
	switch r.Space {
	case SpaceArena:
		return e.b.arena + uint64(r.Off)
	case SpaceWeight:
		return e.b.weights[e.p.Weights[r.Index]].addr + uint64(r.Off)
	case SpaceTable:
		return e.tables[r.Index] + uint64(r.Off)
	}
	return 0
}

func (e *executable) Run(ctx context.Context, cache backends.KVCache, step *backends.Step) (*backends.Output, error) {
	b := e.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.closed || b.closed {
		return nil, fmt.Errorf("cuda: run: %w", backends.ErrClosed)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g := e.p.Graph
	c, ok := cache.(*kvCache)
	switch {
	case !ok || c.b != b:
		return nil, fmt.Errorf("cuda: run: the cache is not one of this backend's")
	case c.closed:
		return nil, fmt.Errorf("cuda: run on a closed cache: %w", backends.ErrClosed)
	case !c.l.Equal(g.Cache):
		return nil, fmt.Errorf("cuda: run: cache layout %s, graph compiled for %s", c.l, g.Cache)
	}
	if err := step.CheckBounds(g); err != nil {
		return nil, fmt.Errorf("cuda: %w", err)
	}
	if e.prog == nil || e.gen != b.gen {
		if e.prog != nil {
			if err := e.prog.Close(); err != nil {
				return nil, fmt.Errorf("cuda: unbinding from the old arena: %w", err)
			}
			e.prog = nil
		}
		prog, err := b.dev.Bind(e.p, e.resolve)
		if err != nil {
			return nil, fmt.Errorf("cuda: binding the plan: %w", err)
		}
		e.prog, e.gen = prog, b.gen
	}
	for l := range g.Cache.Layers {
		e.table[2*l], e.table[2*l+1] = c.addr(l, 0), c.addr(l, 1)
	}
	if err := e.p.Inputs.Pack(e.prog.In(), step, e.table); err != nil {
		return nil, err
	}
	n := len(e.p.Launches)
	if step.Want == 0 {
		n = e.p.Head
		if n < 0 {
			n = e.p.Stats
		}
	}
	var logits []float32
	if step.Want&backends.WantLogits != 0 {
		if e.logits == nil {
			e.logits = make([]float32, g.LogitRows*g.Vocab)
		}
		logits = e.logits
	}
	var times []time.Duration
	if step.Profile {
		times = e.times
	}
	if err := e.prog.Run(n, logits, times); err != nil {
		return nil, fmt.Errorf("cuda: step of %d rows: %w", g.Rows, err)
	}
	res := &e.out
	*res = backends.Output{}
	if step.Want != 0 {
		if err := e.p.Outputs.Unpack(e.prog.Out(), step, res, e.argmax, e.logProb, e.isArgmax); err != nil {
			return nil, err
		}
	}
	if logits != nil {
		res.Logits = logits
	}
	if step.Profile {
		res.Profile = e.profile(n)
	}
	return res, nil
}

// profile sums the launches' times per graph op, in graph order. The
// narrow outputs (row statistics, target log-probabilities) belong to no
// op: they are counted with the op whose result they read, the graph's
// last.
func (e *executable) profile(n int) []backends.OpTime {
	e.prof = e.prof[:0]
	last := len(e.p.Graph.Ops) - 1
	for i := range n {
		op := e.p.Launches[i].Op
		if op < 0 {
			op = last
		}
		if k := len(e.prof); k > 0 && e.prof[k-1].Op == op {
			e.prof[k-1].D += e.times[i]
			continue
		}
		e.prof = append(e.prof, backends.OpTime{Op: op, D: e.times[i]})
	}
	return e.prof
}

func (e *executable) Close() error {
	b := e.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	delete(b.exes, e)
	var errs []error
	if e.prog != nil {
		errs = append(errs, e.prog.Close())
		e.prog = nil
	}
	if !b.closed {
		errs = append(errs, e.release())
	}
	return errors.Join(errs...)
}
