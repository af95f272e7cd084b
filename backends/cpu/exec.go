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
	b    *Backend
	g    *backends.Graph
	ops  []boundOp
	vals [][]float32 // value -> its view of a planned buffer

	// Per-run state read by the bound loop bodies.
	step  *backends.Step
	cache *kvCache

	scores [][]float32 // per worker, attention scores over positions
	rope   [][]float64 // per worker, cos and sin of one row's angles
}

type boundOp struct {
	op     *backends.Op
	serial func() // runs before the loop (cache writes, gathers)
	n      int    // loop trip count; 0 = no loop
	align  int    // chunk granularity
	body   func(worker, lo, hi int)
}

var _ backends.Executable = (*executable)(nil)

func (b *Backend) Compile(g *backends.Graph) (backends.Executable, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	e := &executable{b: b, g: g}
	e.vals = planBuffers(g)
	maxHead := 0
	for i := range g.Ops {
		op := &g.Ops[i]
		bo, err := e.bind(op)
		if err != nil {
			return nil, fmt.Errorf("%s: op %s (%s): %w", b.name, op.Name, op.Kind, err)
		}
		e.ops = append(e.ops, bo)
		if op.Kind == backends.RoPE {
			maxHead = max(maxHead, op.HeadDim)
		}
	}
	e.scores = make([][]float32, b.threads)
	e.rope = make([][]float64, b.threads)
	for w := range e.rope {
		e.rope[w] = make([]float64, maxHead)
	}
	return e, nil
}

func (e *executable) Close() error { return nil }

func (e *executable) Run(ctx context.Context, c backends.KVCache, step *backends.Step, logits []float32) error {
	cache, ok := c.(*kvCache)
	if !ok {
		return fmt.Errorf("%s: KV cache %T was not made by this backend", e.b.name, c)
	}
	l, want := cache.l, e.g.Cache
	if l.Layers != want.Layers || l.KVHeads != want.KVHeads || l.HeadDim != want.HeadDim {
		return fmt.Errorf("%s: KV cache layout %+v does not fit the graph's %+v", e.b.name, l, want)
	}
	if err := step.Check(e.g, l); err != nil {
		return fmt.Errorf("%s: %w", e.b.name, err)
	}
	out := e.g.Values[e.g.Output]
	if len(logits) < out.Rows*out.Cols {
		return fmt.Errorf("%s: logits buffer holds %d floats, step produces %d", e.b.name, len(logits), out.Rows*out.Cols)
	}
	if len(e.scores[0]) < l.MaxLen {
		for w := range e.scores {
			e.scores[w] = make([]float32, l.MaxLen)
		}
	}
	e.step, e.cache = step, cache
	defer func() { e.step, e.cache = nil, nil }()
	for i := range e.ops {
		if err := ctx.Err(); err != nil {
			return err
		}
		bo := &e.ops[i]
		var t0 time.Time
		if step.Observe != nil {
			t0 = time.Now()
		}
		if bo.serial != nil {
			bo.serial()
		}
		if bo.n > 0 {
			e.b.pool.parallelFor(bo.n, bo.align, bo.body)
		}
		if step.Observe != nil {
			step.Observe(bo.op, time.Since(t0))
		}
	}
	copy(logits, e.vals[e.g.Output])
	return nil
}

func (e *executable) bind(op *backends.Op) (boundOp, error) {
	k := &e.b.k
	bo := boundOp{op: op, align: 1}
	out := e.vals[op.Out]
	oi := e.g.Values[op.Out]
	switch op.Kind {
	case backends.Embed:
		return e.bindEmbed(op, bo)
	case backends.RMSNorm:
		w, err := e.b.widen(op.W)
		if err != nil {
			return bo, err
		}
		x, cols, group := e.vals[op.In[0]], oi.Cols, oi.Cols
		if op.Group > 0 {
			group = op.Group
		}
		bo.n = oi.Rows * cols / group
		bo.body = func(_, lo, hi int) {
			for c := lo; c < hi; c++ {
				k.RMSNorm(out[c*group:(c+1)*group], x[c*group:(c+1)*group], w, op.Eps, op.AddOne)
			}
		}
	case backends.MatMul:
		return e.bindMatMul(op, bo)
	case backends.RoPE:
		return e.bindRoPE(op, bo)
	case backends.Attention:
		return e.bindAttention(op, bo)
	case backends.GeGLU:
		gate, up := e.vals[op.In[0]], e.vals[op.In[1]]
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) { k.GeGLU(out[lo:hi], gate[lo:hi], up[lo:hi]) }
	case backends.Add:
		a, b := e.vals[op.In[0]], e.vals[op.In[1]]
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) {
			o, a, b := out[lo:hi], a[lo:hi], b[lo:hi:hi]
			for i := range o {
				o[i] = a[i] + b[i]
			}
		}
	case backends.SoftCap:
		x, c := e.vals[op.In[0]], float64(op.Cap)
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) {
			for i := lo; i < hi; i++ {
				out[i] = float32(c * math.Tanh(float64(x[i])/c))
			}
		}
	case backends.GatherRows:
		x, cols := e.vals[op.In[0]], oi.Cols
		bo.serial = func() {
			for i, r := range e.step.LogitRows {
				copy(out[i*cols:(i+1)*cols], x[int(r)*cols:(int(r)+1)*cols])
			}
		}
	default:
		return bo, backends.ErrNotImplemented
	}
	return bo, nil
}

func (e *executable) bindEmbed(op *backends.Op, bo boundOp) (boundOp, error) {
	out, d, scale := e.vals[op.Out], e.g.Values[op.Out].Cols, op.Scale
	var row func(dst []float32, tok int)
	switch op.W.DType {
	case backends.BF16:
		w := asU16(op.W.Data)
		row = func(dst []float32, tok int) { kernels.BF16ToF32Slice(dst, w[tok*d:(tok+1)*d]) }
	case backends.F16:
		w := asU16(op.W.Data)
		row = func(dst []float32, tok int) { kernels.F16ToF32Slice(dst, w[tok*d:(tok+1)*d]) }
	case backends.F32:
		w := asF32(op.W.Data)
		row = func(dst []float32, tok int) { copy(dst, w[tok*d:(tok+1)*d]) }
	default:
		return bo, backends.ErrNotImplemented
	}
	bo.n = e.g.Rows
	bo.body = func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			dst := out[r*d : (r+1)*d]
			row(dst, int(e.step.Tokens[r]))
			for i := range dst {
				dst[i] *= scale
			}
		}
	}
	return bo, nil
}

func (e *executable) bindMatMul(op *backends.Op, bo boundOp) (boundOp, error) {
	k := &e.b.k
	y, x := e.vals[op.Out], e.vals[op.In[0]]
	rows, in, outDim := e.g.Values[op.Out].Rows, e.g.Values[op.In[0]].Cols, e.g.Values[op.Out].Cols
	bo.n, bo.align = outDim, max(k.RowAlign, 1)
	switch op.W.DType {
	case backends.BF16:
		w := asU16(op.W.Data)
		bo.body = func(_, lo, hi int) { k.MatMulBF16(y, outDim, x, w, rows, in, lo, hi) }
	case backends.F16:
		w := asU16(op.W.Data)
		bo.body = func(_, lo, hi int) { k.MatMulF16(y, outDim, x, w, rows, in, lo, hi) }
	case backends.F32:
		w := asF32(op.W.Data)
		bo.body = func(_, lo, hi int) { k.MatMulF32(y, outDim, x, w, rows, in, lo, hi) }
	default:
		return bo, fmt.Errorf("%s weights: %w", op.W.DType, backends.ErrNotImplemented)
	}
	return bo, nil
}

func (e *executable) bindRoPE(op *backends.Op, bo boundOp) (boundOp, error) {
	x, out := e.vals[op.In[0]], e.vals[op.Out]
	hd, heads := op.HeadDim, op.Heads
	half := hd / 2
	// Angles in float64: the reference is float64 and positions reach 10⁵,
	// where a float32 angle would already be off in the third digit.
	invFreq := make([]float64, half)
	for i := range invFreq {
		invFreq[i] = math.Pow(op.Theta, -float64(2*i)/float64(hd)) / op.PosScale
	}
	width := heads * hd
	bo.n = e.g.Rows
	bo.body = func(worker, lo, hi int) {
		cs := e.rope[worker][:hd]
		cos, sin := cs[:half], cs[half:]
		for r := lo; r < hi; r++ {
			p := float64(e.step.Positions[r])
			for i, f := range invFreq {
				sin[i], cos[i] = math.Sincos(p * f)
			}
			src, dst := x[r*width:(r+1)*width], out[r*width:(r+1)*width]
			for h := 0; h < heads; h++ {
				s, d := src[h*hd:(h+1)*hd], dst[h*hd:(h+1)*hd]
				for i := 0; i < half; i++ {
					a, b := float64(s[i]), float64(s[i+half])
					d[i] = float32(a*cos[i] - b*sin[i])
					d[i+half] = float32(b*cos[i] + a*sin[i])
				}
			}
		}
	}
	return bo, nil
}

func (e *executable) bindAttention(op *backends.Op, bo boundOp) (boundOp, error) {
	k := &e.b.k
	q, kin, vin, out := e.vals[op.In[0]], e.vals[op.In[1]], e.vals[op.In[2]], e.vals[op.Out]
	hd, heads, kvh := op.HeadDim, op.Heads, op.KVHeads
	group := heads / kvh
	qw, kw := heads*hd, kvh*hd
	layer, window := op.CacheLayer, op.Window
	scale, capv := op.Scale, float64(op.Cap)
	bo.serial = func() {
		c := e.cache
		for r := range e.step.Tokens {
			s, p := int(e.step.Seqs[r]), int(e.step.Positions[r])
			for g := 0; g < kvh; g++ {
				at := c.head(layer, s, g) + p*hd
				copy(c.k[at:at+hd], kin[r*kw+g*hd:r*kw+(g+1)*hd])
				copy(c.v[at:at+hd], vin[r*kw+g*hd:r*kw+(g+1)*hd])
			}
		}
	}
	bo.n = e.g.Rows * heads
	bo.body = func(worker, lo, hi int) {
		c := e.cache
		for idx := lo; idx < hi; idx++ {
			r, h := idx/heads, idx%heads
			s, p := int(e.step.Seqs[r]), int(e.step.Positions[r])
			first := 0
			if window > 0 && p-window+1 > 0 {
				first = p - window + 1
			}
			base := c.head(layer, s, h/group)
			qv := q[r*qw+h*hd : r*qw+(h+1)*hd]
			sc := e.scores[worker][:p-first+1]
			maxv := float32(math.Inf(-1))
			for j := range sc {
				at := base + (first+j)*hd
				v := k.Dot(qv, c.k[at:at+hd]) * scale
				if capv > 0 {
					v = float32(capv * math.Tanh(float64(v)/capv))
				}
				sc[j] = v
				maxv = max(maxv, v)
			}
			var sum float64
			for j, v := range sc {
				ev := math.Exp(float64(v - maxv))
				sc[j] = float32(ev)
				sum += ev
			}
			o := out[r*qw+h*hd : r*qw+(h+1)*hd]
			clear(o)
			inv := 1 / sum
			for j, v := range sc {
				at := base + (first+j)*hd
				k.Axpy(o, float32(float64(v)*inv), c.v[at:at+hd])
			}
		}
	}
	return bo, nil
}
