package pjrt

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/lower"
)

var errForeignBuffer = errors.New("pjrt: a buffer of another device")

// LogEnv, set to 1, prints each compile (shape, seconds, cached or not)
// to stderr: the compile time per shape a GPU check reports.
const LogEnv = "GEMMA_BENCH_PJRT_LOG"

// Backend runs every step as one compiled program on a PJRT device.
type Backend struct {
	dev      device
	opt      options
	settings map[string]string
	log      io.Writer // nil: silent
	// mutation, set only by tests, breaks the lowering on purpose.
	mutation string

	mu      sync.Mutex // serialises everything below and every device call
	closed  bool
	progs   map[[32]byte]*progRef
	weights map[*backends.Weight]*bufRef
	ropes   map[lower.RoPETable]*bufRef
	res     backends.Output
	logits  []float32
	lpF32   []float32
	lp      []float64
	isArg   []bool
	argmax  []int32 // the first half of narrow
	narrow  []int32
	host    []byte // scratch for host copies
}

type progRef struct {
	p    program
	refs int
	key  [32]byte
}

type bufRef struct {
	b    buffer
	refs int
}

func newBackend(dev device, opt options, settings map[string]string) *Backend {
	b := &Backend{dev: dev, opt: opt, settings: settings,
		progs: map[[32]byte]*progRef{}, weights: map[*backends.Weight]*bufRef{}, ropes: map[lower.RoPETable]*bufRef{}}
	if os.Getenv(LogEnv) == "1" {
		b.log = os.Stderr
	}
	return b
}

func (b *Backend) Name() string { return "pjrt" }

// Settings reports the plugin, the device and the math mode.
func (b *Backend) Settings() map[string]string {
	out := map[string]string{"math": b.opt.mathName()}
	if b.opt.attention != "" {
		out["attention"] = b.opt.attention
	}
	for k, v := range b.settings {
		out[k] = v
	}
	return out
}

func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	var errs []error
	for _, p := range b.progs {
		errs = append(errs, p.p.Close())
	}
	for _, w := range b.weights {
		errs = append(errs, w.b.Close())
	}
	for _, r := range b.ropes {
		errs = append(errs, r.b.Close())
	}
	b.progs, b.weights, b.ropes = nil, nil, nil
	errs = append(errs, b.dev.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("pjrt: close: %w", err)
	}
	return nil
}

// compile returns the program for text, compiling it once per distinct
// text: graphs of one shape and cache layout lower to the same text
// whatever their weights (weights are parameters), so they share it.
// Called with b.mu held.
func (b *Backend) compile(text []byte, what string) (*progRef, error) {
	key := sha256.Sum256(text)
	if p, ok := b.progs[key]; ok {
		p.refs++
		if b.log != nil {
			fmt.Fprintf(b.log, "pjrt: %s: compiled program reused\n", what)
		}
		return p, nil
	}
	t0 := time.Now()
	p, err := b.dev.Compile(text)
	if err != nil {
		return nil, fmt.Errorf("pjrt: compile %s: %w", what, err)
	}
	if b.log != nil {
		fmt.Fprintf(b.log, "pjrt: %s: compiled in %.2fs (%d bytes of StableHLO)\n", what, time.Since(t0).Seconds(), len(text))
	}
	r := &progRef{p: p, refs: 1, key: key}
	b.progs[key] = r
	return r, nil
}

func (b *Backend) releaseProg(r *progRef) error {
	if r == nil {
		return nil
	}
	if r.refs--; r.refs > 0 {
		return nil
	}
	delete(b.progs, r.key)
	return r.p.Close()
}

// kvCache holds each layer's keys and values as device buffers
// [Seqs, MaxLen, KVHeads·HeadDim], donated to every step and replaced by
// the step's updated copies.
type kvCache struct {
	b      *Backend
	l      backends.KVLayout
	bufs   []buffer
	copy   *progRef // CopyPrefix, compiled on first use
	closed bool
	// broken is why the buffers are gone: a failed donated run leaves
	// nothing to read.
	broken error
}

func (b *Backend) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("pjrt: %w", err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("pjrt: new cache: %w", backends.ErrClosed)
	}
	l.Windows = append([]int(nil), l.Windows...)
	elem := "f32"
	if l.DType == backends.BF16 {
		elem = "bf16"
	}
	width := l.KVHeads * l.HeadDim
	zero := make([]byte, int64(l.Seqs)*int64(l.MaxLen)*int64(width)*l.DType.Size())
	c := &kvCache{b: b, l: l}
	for range 2 * l.Layers {
		buf, err := b.dev.Upload(elem, []int{l.Seqs, l.MaxLen, width}, zero)
		if err != nil {
			c.freeLocked()
			return nil, fmt.Errorf("pjrt: allocate cache: %w", err)
		}
		c.bufs = append(c.bufs, buf)
	}
	return c, nil
}

func (c *kvCache) Layout() backends.KVLayout { return c.l }

// Bytes is the full cache: this backend keeps no rings.
func (c *kvCache) Bytes() int64 { return c.l.Bytes() }

func (c *kvCache) usable() error {
	switch {
	case c.closed || c.b.closed:
		return backends.ErrClosed
	case c.broken != nil:
		return fmt.Errorf("cache lost by a failed step: %w", c.broken)
	}
	return nil
}

func (c *kvCache) CopyPrefix(dst, src, n int) error {
	l := c.l
	if dst < 0 || dst >= l.Seqs || src < 0 || src >= l.Seqs || n < 0 || n > l.MaxLen {
		return fmt.Errorf("pjrt: copy prefix %d positions from slot %d to %d: outside %d slots × %d", n, src, dst, l.Seqs, l.MaxLen)
	}
	b := c.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := c.usable(); err != nil {
		return fmt.Errorf("pjrt: copy prefix: %w", err)
	}
	if dst == src {
		return nil // a truncation: positions ≥ n are undefined anyway
	}
	if c.copy == nil {
		p, err := lower.CopyPrefix(l)
		if err != nil {
			return err
		}
		if c.copy, err = b.compile(p.Text, "copy prefix"); err != nil {
			return err
		}
	}
	ds, err := b.dev.Upload("i32", []int{}, le32(nil, int32(dst)))
	if err != nil {
		return fmt.Errorf("pjrt: copy prefix: %w", err)
	}
	defer ds.Close()
	ss, err := b.dev.Upload("i32", []int{}, le32(nil, int32(src)))
	if err != nil {
		return fmt.Errorf("pjrt: copy prefix: %w", err)
	}
	defer ss.Close()
	args := append(append([]buffer(nil), c.bufs...), ds, ss)
	out, err := c.copy.p.Execute(args, seq(0, len(c.bufs)))
	if err != nil {
		c.broken = err
		return fmt.Errorf("pjrt: copy prefix: %w", err)
	}
	copy(c.bufs, out)
	return nil
}

func (c *kvCache) freeLocked() error {
	var errs []error
	for _, buf := range c.bufs {
		errs = append(errs, buf.Close())
	}
	c.bufs = nil
	if err := c.b.releaseProg(c.copy); err != nil {
		errs = append(errs, err)
	}
	c.copy = nil
	return errors.Join(errs...)
}

func (c *kvCache) Close() error {
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	if c.closed || c.b.closed {
		c.closed = true
		return nil
	}
	c.closed = true
	if err := c.freeLocked(); err != nil {
		return fmt.Errorf("pjrt: close cache: %w", err)
	}
	return nil
}

func seq(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return out
}

func le32(dst []byte, xs ...int32) []byte {
	for _, x := range xs {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(x))
	}
	return dst
}

type executable struct {
	b      *Backend
	g      *backends.Graph
	prog   *lower.Program
	exe    *progRef
	ws     []*backends.Weight
	tabs   []lower.RoPETable
	closed bool
	// Per-step scratch, sized once: the step inputs, the program's
	// arguments, the cache parameters it donates, buffers to free.
	in     []byte
	args   []buffer
	donate []int
	temps  []buffer
}

var _ backends.Executable = (*executable)(nil)

func (b *Backend) Compile(g *backends.Graph) (backends.Executable, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("pjrt: %w", err)
	}
	prog, err := lower.Step(g, lower.Options{Math: b.opt.math, Attention: b.opt.attention, Mutation: b.mutation})
	if err != nil {
		return nil, fmt.Errorf("pjrt: %w", err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("pjrt: compile: %w", backends.ErrClosed)
	}
	e := &executable{b: b, g: g, prog: prog, args: make([]buffer, len(prog.Params)),
		donate: seq(prog.CacheParams, prog.CacheParams+prog.Caches)}
	what := fmt.Sprintf("step rows=%d logit_rows=%d targets=%d", g.Rows, g.LogitRows, g.MaxTargets)
	if e.exe, err = b.compile(prog.Text, what); err != nil {
		return nil, err
	}
	for _, p := range prog.Params {
		switch p.Kind {
		case lower.KindWeight:
			err = e.acquireWeight(p)
		case lower.KindRoPE:
			err = e.acquireRoPE(p)
		}
		if err != nil {
			e.closeLocked()
			return nil, err
		}
	}
	return e, nil
}

// acquireWeight uploads a weight the first time any executable needs it,
// in its stored dtype: a bf16 checkpoint stays bf16 on the device.
func (e *executable) acquireWeight(p lower.Param) error {
	b := e.b
	if r, ok := b.weights[p.Weight]; ok {
		r.refs++
		e.ws = append(e.ws, p.Weight)
		return nil
	}
	buf, err := b.dev.Upload(string(p.Type), p.Dims, p.Weight.Data)
	if err != nil {
		return fmt.Errorf("pjrt: upload weight %s: %w", p.Weight.Name, err)
	}
	b.weights[p.Weight] = &bufRef{b: buf, refs: 1}
	e.ws = append(e.ws, p.Weight)
	return nil
}

func (e *executable) acquireRoPE(p lower.Param) error {
	b, key := e.b, *p.RoPE
	if r, ok := b.ropes[key]; ok {
		r.refs++
		e.tabs = append(e.tabs, key)
		return nil
	}
	data := p.RoPE.Data()
	raw := make([]byte, 0, 4*len(data))
	for _, x := range data {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(x))
	}
	buf, err := b.dev.Upload("f32", p.Dims, raw)
	if err != nil {
		return fmt.Errorf("pjrt: upload RoPE table: %w", err)
	}
	b.ropes[key] = &bufRef{b: buf, refs: 1}
	e.tabs = append(e.tabs, key)
	return nil
}

func (e *executable) Close() error {
	e.b.mu.Lock()
	defer e.b.mu.Unlock()
	return e.closeLocked()
}

func (e *executable) closeLocked() error {
	if e.closed {
		return nil
	}
	e.closed = true
	b := e.b
	if b.closed {
		return nil
	}
	var errs []error
	for _, w := range e.ws {
		if r := b.weights[w]; r != nil {
			if r.refs--; r.refs == 0 {
				delete(b.weights, w)
				errs = append(errs, r.b.Close())
			}
		}
	}
	for _, k := range e.tabs {
		if r := b.ropes[k]; r != nil {
			if r.refs--; r.refs == 0 {
				delete(b.ropes, k)
				errs = append(errs, r.b.Close())
			}
		}
	}
	errs = append(errs, b.releaseProg(e.exe))
	e.ws, e.tabs, e.exe = nil, nil, nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("pjrt: close executable: %w", err)
	}
	return nil
}

func (e *executable) Run(ctx context.Context, kv backends.KVCache, step *backends.Step) (*backends.Output, error) {
	b, g := e.b, e.g
	c, ok := kv.(*kvCache)
	if !ok || c.b != b {
		return nil, fmt.Errorf("pjrt: KV cache %T was not made by this backend", kv)
	}
	if !c.l.Equal(g.Cache) {
		return nil, fmt.Errorf("pjrt: KV cache layout (%s) is not the graph's (%s)", c.l, g.Cache)
	}
	if err := step.CheckBounds(g); err != nil {
		return nil, fmt.Errorf("pjrt: %w", err)
	}
	if step.Profile {
		return nil, fmt.Errorf("pjrt: per-op profile: %w (a step is one compiled program: its time cannot be attributed to ops)", backends.ErrNotImplemented)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.closed || b.closed {
		return nil, fmt.Errorf("pjrt: run: %w", backends.ErrClosed)
	}
	if err := c.usable(); err != nil {
		return nil, fmt.Errorf("pjrt: run: %w", err)
	}
	p := e.prog
	args := e.args
	e.temps = e.temps[:0]
	defer func() {
		for _, t := range e.temps {
			t.Close()
		}
		e.temps = e.temps[:0]
	}()
	// The step's inputs as one vector (lower.KindInputs); padding targets
	// are row 0, token 0, and never read back.
	in := le32(e.in[:0], step.Tokens...)
	in = le32(in, step.Positions...)
	in = le32(in, step.Seqs...)
	in = le32(in, step.LogitRows...)
	for i := range p.Targets {
		var r int32
		if i < len(step.Targets) {
			r = step.Targets[i].Row
		}
		in = le32(in, r)
	}
	for i := range p.Targets {
		var t int32
		if i < len(step.Targets) {
			t = step.Targets[i].Token
		}
		in = le32(in, t)
	}
	e.in = in
	for i, par := range p.Params {
		switch par.Kind {
		case lower.KindWeight:
			args[i] = b.weights[par.Weight].b
		case lower.KindRoPE:
			args[i] = b.ropes[*par.RoPE].b
		case lower.KindCache:
			args[i] = c.bufs[par.Cache]
		case lower.KindInputs:
			if len(in) != 4*par.Elems() {
				return nil, fmt.Errorf("pjrt: internal error: %d bytes of step inputs for %d values", len(in), par.Elems())
			}
			buf, err := b.dev.Upload("i32", par.Dims, in)
			if err != nil {
				return nil, fmt.Errorf("pjrt: step inputs: %w", err)
			}
			e.temps = append(e.temps, buf)
			args[i] = buf
		default:
			return nil, fmt.Errorf("pjrt: internal error: parameter %s of kind %d", par.Name, par.Kind)
		}
	}
	out, err := e.exe.p.Execute(args, e.donate)
	if err != nil {
		c.broken = err
		return nil, fmt.Errorf("pjrt: run: %w", err)
	}
	copy(c.bufs, out[:p.Caches])
	rest := out[p.Caches:]
	e.temps = append(e.temps, rest...)
	res := &b.res
	*res = backends.Output{}
	if step.Want == 0 {
		return res, nil
	}
	if err := e.outputs(step, rest, res); err != nil {
		return nil, err
	}
	return res, nil
}

// outputs copies to the host what step.Want asks for (argmax and the
// non-finite flags always: a few bytes per row).
func (e *executable) outputs(step *backends.Step, out []buffer, res *backends.Output) error {
	b, g := e.b, e.g
	lr, V := g.LogitRows, g.Vocab
	b.narrow = grow(b.narrow, 2*lr)
	if err := b.fetchI32(out[lower.ResNarrow], b.narrow); err != nil {
		return err
	}
	b.argmax = b.narrow[:lr]
	for _, x := range b.narrow[lr:] {
		if x != 0 {
			res.NonFinite++
		}
	}
	if step.Want&backends.WantArgmax != 0 {
		res.Argmax = b.argmax
	}
	var logits []float32
	if step.Want&backends.WantLogits != 0 {
		b.logits = grow(b.logits, lr*V)
		if err := b.fetchF32(out[lower.ResLogits], b.logits); err != nil {
			return err
		}
		logits = b.logits
		res.Logits = logits
	}
	if step.Want&backends.WantTargets == 0 {
		return nil
	}
	n := len(step.Targets)
	b.lp, b.isArg = grow(b.lp, n), grow(b.isArg, n)
	res.LogProb, res.IsArgmax = b.lp, b.isArg
	if logits != nil {
		// The contract holds LogProb to the returned logits within 1e-6,
		// below the resolution of a float32 normaliser: with the logits
		// on the host anyway, the normaliser is taken in float64 here.
		lse := map[int32]float64{}
		for i, t := range step.Targets {
			row := logits[int(t.Row)*V : (int(t.Row)+1)*V]
			z, ok := lse[t.Row]
			if !ok {
				z = logSumExp(row)
				lse[t.Row] = z
			}
			res.LogProb[i] = float64(row[t.Token]) - z
		}
	} else {
		b.lpF32 = grow(b.lpF32, e.prog.Targets)
		if err := b.fetchF32(out[lower.ResLogProb], b.lpF32); err != nil {
			return err
		}
		for i := range n {
			res.LogProb[i] = float64(b.lpF32[i])
		}
	}
	for i, t := range step.Targets {
		res.IsArgmax[i] = b.argmax[t.Row] == t.Token
	}
	return nil
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (b *Backend) fetch(buf buffer, n int) ([]byte, error) {
	b.host = grow(b.host, n)
	if err := buf.ToHost(b.host); err != nil {
		return nil, fmt.Errorf("pjrt: output to host: %w", err)
	}
	return b.host, nil
}

func (b *Backend) fetchI32(buf buffer, dst []int32) error {
	raw, err := b.fetch(buf, 4*len(dst))
	if err != nil {
		return err
	}
	for i := range dst {
		dst[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	return nil
}

func (b *Backend) fetchF32(buf buffer, dst []float32) error {
	raw, err := b.fetch(buf, 4*len(dst))
	if err != nil {
		return err
	}
	for i := range dst {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	return nil
}

// logSumExp is log Σ exp(x) in float64 (NaN or ±Inf propagate).
func logSumExp(x []float32) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		if f := float64(v); f > m || f != f {
			m = f
			if f != f {
				return f
			}
		}
	}
	if math.IsInf(m, 0) {
		return m
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(float64(v) - m)
	}
	return m + math.Log(s)
}

// settingsOf is what Settings reports for a plugin and client.
func settingsOf(f Found, major, minor int, describe string, client map[string]string) map[string]string {
	s := map[string]string{"plugin": f.Path, "pjrt_api": fmt.Sprintf("%d.%d", major, minor), "device": describe}
	if len(client) > 0 {
		keys := make([]string, 0, len(client))
		for k := range client {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		v := ""
		for i, k := range keys {
			if i > 0 {
				v += ","
			}
			v += k + "=" + client[k]
		}
		s["client"] = v
	}
	return s
}
