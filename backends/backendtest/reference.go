package backendtest

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
)

// NewReference returns the suite's reference: a float64 interpreter of the
// graph, written for clarity, not speed, and sharing no code with any
// backend. Weights are decoded exactly; every activation is float64; the
// cache keeps every position and rounds keys and values to the layout's
// dtype (float32, or bfloat16 via float32, ties to even), as a backend
// stores them. Outputs follow the contract: Logits are the float64 logits
// rounded to float32, and the narrow outputs are computed from those
// float32 logits (in float64), so that they agree exactly with the Logits
// the same step returns. It is not registered: the suite and tests use it
// directly.
func NewReference() backends.Backend { return &reference{} }

type reference struct {
	mu     sync.Mutex // serialises Compile, Run and Close
	closed bool
}

func (r *reference) Name() string { return "reference" }

func (r *reference) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	return nil
}

// refCache holds, per layer and slot, MaxLen rows of KVHeads·HeadDim.
type refCache struct {
	owner  *reference
	l      backends.KVLayout
	k, v   [][][]float64 // [layer][slot][position·width]
	closed bool
}

func (r *reference) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	l.Windows = append([]int(nil), l.Windows...)
	c := &refCache{owner: r, l: l, k: make([][][]float64, l.Layers), v: make([][][]float64, l.Layers)}
	width := l.KVHeads * l.HeadDim
	for i := range l.Layers {
		c.k[i], c.v[i] = make([][]float64, l.Seqs), make([][]float64, l.Seqs)
		for s := range l.Seqs {
			c.k[i][s], c.v[i][s] = make([]float64, l.MaxLen*width), make([]float64, l.MaxLen*width)
		}
	}
	return c, nil
}

func (c *refCache) Layout() backends.KVLayout { return c.l }

func (c *refCache) Bytes() int64 {
	return 2 * 8 * int64(c.l.Layers) * int64(c.l.Seqs) * int64(c.l.MaxLen) * int64(c.l.KVHeads*c.l.HeadDim)
}

func (c *refCache) CopyPrefix(dst, src, n int) error {
	c.owner.mu.Lock()
	defer c.owner.mu.Unlock()
	if c.closed {
		return fmt.Errorf("reference: copy prefix: %w", backends.ErrClosed)
	}
	if dst < 0 || dst >= c.l.Seqs || src < 0 || src >= c.l.Seqs || n < 0 || n > c.l.MaxLen {
		return fmt.Errorf("reference: copy prefix %d positions from slot %d to %d: outside %d slots × %d", n, src, dst, c.l.Seqs, c.l.MaxLen)
	}
	width := c.l.KVHeads * c.l.HeadDim
	for i := range c.l.Layers {
		copy(c.k[i][dst][:n*width], c.k[i][src][:n*width])
		copy(c.v[i][dst][:n*width], c.v[i][src][:n*width])
	}
	return nil
}

func (c *refCache) Close() error {
	c.owner.mu.Lock()
	defer c.owner.mu.Unlock()
	c.closed, c.k, c.v = true, nil, nil
	return nil
}

type refExec struct {
	r      *reference
	g      *backends.Graph
	w      map[*backends.Weight][]float64
	closed bool
}

func (r *reference) Compile(g *backends.Graph) (backends.Executable, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, fmt.Errorf("reference: compile: %w", backends.ErrClosed)
	}
	e := &refExec{r: r, g: g, w: map[*backends.Weight][]float64{}}
	for _, w := range g.Weights() {
		f, err := decode(w)
		if err != nil {
			return nil, fmt.Errorf("reference: %w", err)
		}
		e.w[w] = f
	}
	return e, nil
}

func (e *refExec) Close() error {
	e.r.mu.Lock()
	defer e.r.mu.Unlock()
	e.closed, e.w = true, nil
	return nil
}

func (e *refExec) Run(ctx context.Context, kv backends.KVCache, step *backends.Step) (*backends.Output, error) {
	e.r.mu.Lock()
	defer e.r.mu.Unlock()
	if e.closed || e.r.closed {
		return nil, fmt.Errorf("reference: run: %w", backends.ErrClosed)
	}
	c, ok := kv.(*refCache)
	if !ok || c.owner != e.r {
		return nil, fmt.Errorf("reference: KV cache %T is not one of this backend's", kv)
	}
	if c.closed {
		return nil, fmt.Errorf("reference: KV cache: %w", backends.ErrClosed)
	}
	if !c.l.Equal(e.g.Cache) {
		return nil, fmt.Errorf("reference: KV cache layout (%s) is not the graph's (%s)", c.l, e.g.Cache)
	}
	if err := step.CheckBounds(e.g); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g := e.g
	vals := make([][]float64, len(g.Values))
	out := &backends.Output{}
	n := len(g.Ops)
	if step.Want == 0 {
		n = g.Head()
	}
	for i := range g.Ops[:n] {
		t0 := time.Now()
		e.op(&g.Ops[i], vals, c, step)
		if step.Profile {
			out.Profile = append(out.Profile, backends.OpTime{Op: i, D: time.Since(t0)})
		}
	}
	if step.Want == 0 {
		return out, nil
	}
	logits := make([]float32, g.LogitRows*g.Vocab)
	for i, x := range vals[g.Output] {
		logits[i] = float32(x)
	}
	argmax, lse := make([]int32, g.LogitRows), make([]float64, g.LogitRows)
	for r := range g.LogitRows {
		row := logits[r*g.Vocab : (r+1)*g.Vocab]
		argmax[r], lse[r] = int32(argmax32(row)), logSumExp32(row)
		for _, x := range row {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				out.NonFinite++ // the reference scans every element
				break
			}
		}
	}
	if step.Want&backends.WantLogits != 0 {
		out.Logits = logits
	}
	if step.Want&backends.WantArgmax != 0 {
		out.Argmax = argmax
	}
	if step.Want&backends.WantTargets != 0 {
		out.LogProb, out.IsArgmax = make([]float64, len(step.Targets)), make([]bool, len(step.Targets))
		for i, t := range step.Targets {
			out.LogProb[i] = float64(logits[int(t.Row)*g.Vocab+int(t.Token)]) - lse[t.Row]
			out.IsArgmax[i] = t.Token == argmax[t.Row]
		}
	}
	return out, nil
}

// op evaluates one op in float64, exactly as graph.go documents it.
func (e *refExec) op(op *backends.Op, vals [][]float64, c *refCache, step *backends.Step) {
	g := e.g
	info := g.Values[op.Out]
	rows, cols := info.Rows, info.Cols
	y := make([]float64, rows*cols)
	vals[op.Out] = y
	in := func(i int) []float64 { return vals[op.In[i]] }
	switch op.Kind {
	case backends.Embed:
		w, s := e.w[op.W], float64(op.Scale)
		for r := range rows {
			t := int(step.Tokens[r])
			for j := range cols {
				y[r*cols+j] = w[t*cols+j] * s
			}
		}
	case backends.RMSNorm:
		x, w := in(0), e.w[op.W]
		n := cols
		if op.Group > 0 {
			n = op.Group
		}
		for start := 0; start < len(x); start += n {
			ss := 0.0
			for _, v := range x[start : start+n] {
				ss += v * v
			}
			inv := 1 / math.Sqrt(ss/float64(n)+float64(op.Eps))
			for j := range n {
				m := w[j]
				if op.AddOne {
					m = 1 + w[j]
				}
				y[start+j] = x[start+j] * inv * m
			}
		}
	case backends.MatMul:
		x, w := in(0), e.w[op.W]
		k := g.Values[op.In[0]].Cols
		for r := range rows {
			xr := x[r*k : (r+1)*k]
			for o := range cols {
				wo := w[o*k : (o+1)*k]
				s := 0.0
				for i, v := range xr {
					s += v * wo[i]
				}
				y[r*cols+o] = s
			}
		}
	case backends.RoPE:
		x := in(0)
		hd, half := op.HeadDim, op.HeadDim/2
		for r := range rows {
			pos := float64(step.Positions[r]) / op.PosScale
			for h := range op.Heads {
				base := r*cols + h*hd
				for i := range half {
					angle := pos * math.Pow(op.Theta, -float64(2*i)/float64(hd))
					sin, cos := math.Sincos(angle)
					a, b := x[base+i], x[base+i+half]
					y[base+i] = a*cos - b*sin
					y[base+i+half] = b*cos + a*sin
				}
			}
		}
	case backends.Attention:
		e.attention(op, in(0), in(1), in(2), y, c, step)
	case backends.GeGLU:
		a, b := in(0), in(1)
		for i := range y {
			x := a[i]
			gelu := 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
			y[i] = gelu * b[i]
		}
	case backends.Add:
		a, b := in(0), in(1)
		for i := range y {
			y[i] = a[i] + b[i]
		}
	case backends.SoftCap:
		x, cp := in(0), float64(op.Cap)
		for i := range y {
			y[i] = cp * math.Tanh(x[i]/cp)
		}
	case backends.GatherRows:
		x := in(0)
		for i, r := range step.LogitRows {
			copy(y[i*cols:(i+1)*cols], x[int(r)*cols:(int(r)+1)*cols])
		}
	default:
		panic(fmt.Sprintf("reference: op kind %s", op.Kind)) // Validate rejects unknown kinds
	}
}

func (e *refExec) attention(op *backends.Op, q, k, v, y []float64, c *refCache, step *backends.Step) {
	l := c.l
	width := l.KVHeads * l.HeadDim
	hd := op.HeadDim
	store := func(x float64) float64 {
		if l.DType == backends.BF16 {
			return toBF16(x)
		}
		return float64(float32(x))
	}
	kc, vc := c.k[op.CacheLayer], c.v[op.CacheLayer]
	// Every row writes first...
	for r := range step.Tokens {
		s, p := int(step.Seqs[r]), int(step.Positions[r])
		for j := range width {
			kc[s][p*width+j] = store(k[r*width+j])
			vc[s][p*width+j] = store(v[r*width+j])
		}
	}
	// ...then attends to its slot's positions within the window.
	group := op.Heads / op.KVHeads
	scores := make([]float64, l.MaxLen)
	qw := op.Heads * hd
	for r := range step.Tokens {
		s, p := int(step.Seqs[r]), int(step.Positions[r])
		lo := 0
		if op.Window > 0 {
			lo = max(0, p-op.Window+1)
		}
		for h := range op.Heads {
			qh := q[r*qw+h*hd : r*qw+(h+1)*hd]
			kvh := h / group
			best := math.Inf(-1)
			for j := lo; j <= p; j++ {
				kj := kc[s][j*width+kvh*hd : j*width+(kvh+1)*hd]
				d := 0.0
				for i, x := range qh {
					d += x * kj[i]
				}
				d *= float64(op.Scale)
				if op.Cap > 0 {
					d = float64(op.Cap) * math.Tanh(d/float64(op.Cap))
				}
				scores[j] = d
				best = max(best, d)
			}
			sum := 0.0
			for j := lo; j <= p; j++ {
				scores[j] = math.Exp(scores[j] - best)
				sum += scores[j]
			}
			out := y[r*qw+h*hd : r*qw+(h+1)*hd]
			for j := lo; j <= p; j++ {
				vj := vc[s][j*width+kvh*hd : j*width+(kvh+1)*hd]
				pj := scores[j] / sum
				for i, x := range vj {
					out[i] += pj * x
				}
			}
		}
	}
}

// argmax32 is the first index of the maximum (NaNs never win; 0 for a row
// of NaN), as the contract defines WantArgmax.
func argmax32(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] || x[best] != x[best] && v == v {
			best = i
		}
	}
	return best
}

// logSumExp32 is log Σ exp(x) in float64.
func logSumExp32(x []float32) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		m = max(m, float64(v))
	}
	if math.IsInf(m, 0) || math.IsNaN(m) {
		return m
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(float64(v) - m)
	}
	return m + math.Log(s)
}
