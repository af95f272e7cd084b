package backends

import (
	"fmt"
	"strings"
)

// Weight is one parameter tensor exactly as the checkpoint stores it. Data is
// usually a read-only view into an mmap'd file: backends must not write to it
// and should upload or reinterpret it rather than convert the whole model to
// float32 (a 2B bf16 model must stay 5 GB, not become 10).
type Weight struct {
	Name  string
	DType DType
	Shape []int  // [rows, cols] for matrices (row = output feature), [n] for norms
	Data  []byte // little-endian, len = DType.RowBytes(product of Shape)
	// Mapped says Data is a view of a read-only shared file mapping: a
	// backend that keeps its own copy (a packed layout) may drop its
	// pages from the resident set, and a later read faults them back in
	// from the file. A heap slice is never Mapped.
	Mapped bool
}

// Bytes is the stored size of the weight.
func (w *Weight) Bytes() int64 { return int64(len(w.Data)) }

// Value names an activation of a graph: a float32 matrix [Rows, Cols].
type Value int32

// ValueInfo is the static shape of a Value.
type ValueInfo struct {
	Name string
	Rows int
	Cols int
}

// OpKind is one of the coarse operations the forward pass is made of.
type OpKind uint8

const (
	// Embed: Out[r] = W[tokens[r]] · Scale. W [vocab, d].
	Embed OpKind = iota + 1
	// RMSNorm: each Group-wide chunk of each row of In[0] (Group 0 = whole
	// row) becomes x/√(mean(x²)+Eps) · (AddOne ? 1+W : W). W [Group or Cols].
	RMSNorm
	// MatMul: Out = In[0] · Wᵀ, W [out, in] in any DType.
	MatMul
	// RoPE: rotary embedding of each HeadDim-wide head of In[0] at the row's
	// position, HF "rotate half" pairing (i, i+HeadDim/2).
	RoPE
	// Attention: In = q [rows, Heads·HeadDim], k, v [rows, KVHeads·HeadDim].
	// Writes k and v into the cache at (slot, position) of every row first,
	// then each row attends causally to its own slot's cached positions
	// within Window (0 = unlimited; it must equal the cache layout's window
	// for CacheLayer), scores q·k scaled by Scale and soft-capped by Cap
	// (0 = none), softmax, weighted sum of values. Query head h reads kv
	// head h/(Heads/KVHeads). KVLayout states what a cache must keep.
	Attention
	// GeGLU: Out = gelu_tanh(In[0]) · In[1].
	GeGLU
	// Add: Out = In[0] + In[1].
	Add
	// SoftCap: Out = Cap · tanh(In[0] / Cap).
	SoftCap
	// GatherRows: Out[i] = In[0][step.LogitRows[i]]; selects the rows whose
	// outputs the caller asked for, so prefill does not pay for a
	// vocab-sized product at every position. It starts the graph's head.
	GatherRows
)

var opNames = [...]string{
	Embed: "embed", RMSNorm: "rmsnorm", MatMul: "matmul", RoPE: "rope",
	Attention: "attention", GeGLU: "geglu", Add: "add", SoftCap: "softcap",
	GatherRows: "gather",
}

func (k OpKind) String() string {
	if int(k) < len(opNames) && opNames[k] != "" {
		return opNames[k]
	}
	return fmt.Sprintf("OpKind(%d)", uint8(k))
}

// Op is one node of a Graph. Only the fields its Kind documents are used.
type Op struct {
	Kind  OpKind
	Name  string // stable, e.g. "l3.attn.q" — keys per-op profiles and diffs
	Layer int    // -1 outside the transformer blocks
	In    []Value
	Out   Value
	W     *Weight

	Eps    float32 // RMSNorm
	AddOne bool    // RMSNorm: Gemma stores w and multiplies by 1+w
	Group  int     // RMSNorm: chunk width (QK-norm normalises each head)
	Scale  float32 // Embed: multiplier; Attention: score scale
	Cap    float32 // SoftCap, Attention

	Heads, KVHeads, HeadDim int // RoPE (Heads only), Attention
	Window                  int // Attention: positions seen, self included; 0 = all

	// RoPE: angle = (position / PosScale) · Theta^(-2i/HeadDim).
	Theta, PosScale float64
	CacheLayer      int // Attention: which layer of the KVCache
}

// Graph is one forward step with static shapes: Rows tokens in, outputs
// for LogitRows of them (a graph always has at least one: a step that needs
// none says so with Want). Rows and LogitRows are the whole shape key; the
// runner pads steps to a finite set of them (model.Buckets).
//
// Exactly one op is a GatherRows; it and the ops after it form the head,
// which reads only values computed from the gathered rows, writes no cache
// and ends in Output [LogitRows, Vocab]: the logits that Want's outputs are
// computed from.
type Graph struct {
	Rows      int
	LogitRows int
	// MaxTargets bounds len(Step.Targets), so that a static-shape backend
	// can size its target buffers.
	MaxTargets int
	Vocab      int
	Cache      KVLayout
	Values     []ValueInfo
	Ops        []Op
	Output     Value // [LogitRows, Vocab]
}

// Head is the index of the graph's GatherRows op: eager backends skip the
// ops from there on in steps that want no output.
func (g *Graph) Head() int {
	for i := range g.Ops {
		if g.Ops[i].Kind == GatherRows {
			return i
		}
	}
	return len(g.Ops)
}

// NewValue adds an activation and returns its id.
func (g *Graph) NewValue(name string, rows, cols int) Value {
	g.Values = append(g.Values, ValueInfo{Name: name, Rows: rows, Cols: cols})
	return Value(len(g.Values) - 1)
}

// Weights lists each distinct weight the graph reads, in first-use order.
func (g *Graph) Weights() []*Weight {
	seen := map[*Weight]bool{}
	var out []*Weight
	for i := range g.Ops {
		if w := g.Ops[i].W; w != nil && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Validate checks the structural invariants every executor relies on, so
// that backends can trust a graph without re-checking shapes per op.
func (g *Graph) Validate() error {
	if g.Rows <= 0 || g.LogitRows <= 0 || g.LogitRows > g.Rows || g.MaxTargets < 0 || g.Vocab <= 0 {
		return fmt.Errorf("graph: rows %d, logit rows %d, targets %d, vocab %d", g.Rows, g.LogitRows, g.MaxTargets, g.Vocab)
	}
	if err := g.Cache.Validate(); err != nil {
		return fmt.Errorf("graph: %w", err)
	}
	defined := make([]bool, len(g.Values))
	head := -1 // index of the GatherRows op
	inHead := make([]bool, len(g.Values))
	valid := func(v Value) bool { return v >= 0 && int(v) < len(g.Values) }
	for i := range g.Ops {
		op := &g.Ops[i]
		for _, v := range op.In {
			if !valid(v) || !defined[v] {
				return fmt.Errorf("graph: op %d (%s %s) reads undefined value %d", i, op.Kind, op.Name, v)
			}
		}
		if !valid(op.Out) || defined[op.Out] {
			return fmt.Errorf("graph: op %d (%s %s) writes value %d twice or out of range", i, op.Kind, op.Name, op.Out)
		}
		if err := checkOp(g, op); err != nil {
			return fmt.Errorf("graph: op %d (%s %s): %w", i, op.Kind, op.Name, err)
		}
		if op.Kind == GatherRows {
			if head >= 0 {
				return fmt.Errorf("graph: op %d (%s): a second gather (the first is op %d)", i, op.Name, head)
			}
			head = i
		} else if head >= 0 {
			if op.Kind == Attention || op.Kind == Embed {
				return fmt.Errorf("graph: op %d (%s %s) after the gather: the head may not read tokens or the cache", i, op.Kind, op.Name)
			}
			for _, v := range op.In {
				if !inHead[v] {
					return fmt.Errorf("graph: op %d (%s %s) after the gather reads %s, computed before it", i, op.Kind, op.Name, g.Values[v].Name)
				}
			}
		}
		inHead[op.Out] = head >= 0
		defined[op.Out] = true
	}
	if head < 0 {
		return fmt.Errorf("graph: no gather op selects the logit rows")
	}
	if !valid(g.Output) || !defined[g.Output] || !inHead[g.Output] {
		return fmt.Errorf("graph: output value %d is never computed", g.Output)
	}
	if out := g.Values[g.Output]; out.Rows != g.LogitRows || out.Cols != g.Vocab {
		return fmt.Errorf("graph: output is [%d %d], want [%d %d]", out.Rows, out.Cols, g.LogitRows, g.Vocab)
	}
	return nil
}

func checkOp(g *Graph, op *Op) error {
	shape := func(v Value) ValueInfo { return g.Values[v] }
	out := shape(op.Out)
	wantIn := map[OpKind]int{Embed: 0, RMSNorm: 1, MatMul: 1, RoPE: 1, Attention: 3, GeGLU: 2, Add: 2, SoftCap: 1, GatherRows: 1}
	if n, ok := wantIn[op.Kind]; !ok {
		return fmt.Errorf("unknown op kind")
	} else if len(op.In) != n {
		return fmt.Errorf("%d inputs, want %d", len(op.In), n)
	}
	same := func(a, b ValueInfo) error {
		if a.Rows != b.Rows || a.Cols != b.Cols {
			return fmt.Errorf("shape [%d %d] != [%d %d]", a.Rows, a.Cols, b.Rows, b.Cols)
		}
		return nil
	}
	needW := func(shape ...int) error {
		if op.W == nil {
			return fmt.Errorf("missing weight")
		}
		if len(op.W.Shape) != len(shape) {
			return fmt.Errorf("weight %s has shape %v, want %v", op.W.Name, op.W.Shape, shape)
		}
		for i := range shape {
			if op.W.Shape[i] != shape[i] {
				return fmt.Errorf("weight %s has shape %v, want %v", op.W.Name, op.W.Shape, shape)
			}
		}
		if bs := op.W.DType.BlockSize(); shape[len(shape)-1]%bs != 0 {
			return fmt.Errorf("weight %s: rows of %d %s values are not whole blocks of %d", op.W.Name, shape[len(shape)-1], op.W.DType, bs)
		}
		want, err := op.W.DType.Bytes(prod(shape))
		if err != nil {
			return fmt.Errorf("weight %s: %w", op.W.Name, err)
		}
		if int64(len(op.W.Data)) != want {
			return fmt.Errorf("weight %s holds %d bytes, want %d", op.W.Name, len(op.W.Data), want)
		}
		return nil
	}
	switch op.Kind {
	case Embed:
		if out.Rows != g.Rows {
			return fmt.Errorf("embeds %d rows, graph has %d", out.Rows, g.Rows)
		}
		return needW(g.Vocab, out.Cols)
	case RMSNorm:
		in := shape(op.In[0])
		if err := same(in, out); err != nil {
			return err
		}
		n := in.Cols
		if op.Group > 0 {
			if in.Cols%op.Group != 0 {
				return fmt.Errorf("group %d does not divide width %d", op.Group, in.Cols)
			}
			n = op.Group
		}
		if op.W != nil && op.W.DType.BlockSize() != 1 {
			return fmt.Errorf("norm weight %s is %s: norms must be f32, f16 or bf16", op.W.Name, op.W.DType)
		}
		return needW(n)
	case MatMul:
		in := shape(op.In[0])
		if in.Rows != out.Rows {
			return fmt.Errorf("rows %d -> %d", in.Rows, out.Rows)
		}
		return needW(out.Cols, in.Cols)
	case RoPE:
		in := shape(op.In[0])
		if err := same(in, out); err != nil {
			return err
		}
		if op.HeadDim <= 0 || op.HeadDim%2 != 0 || in.Cols != op.Heads*op.HeadDim {
			return fmt.Errorf("width %d is not %d heads × even head dim %d", in.Cols, op.Heads, op.HeadDim)
		}
		if op.Theta <= 0 || op.PosScale <= 0 {
			return fmt.Errorf("theta %g, position scale %g", op.Theta, op.PosScale)
		}
	case Attention:
		q, k, v := shape(op.In[0]), shape(op.In[1]), shape(op.In[2])
		if op.KVHeads <= 0 || op.Heads%op.KVHeads != 0 {
			return fmt.Errorf("%d heads over %d kv heads", op.Heads, op.KVHeads)
		}
		if q.Cols != op.Heads*op.HeadDim || k.Cols != op.KVHeads*op.HeadDim || v.Cols != k.Cols {
			return fmt.Errorf("q/k/v widths %d/%d/%d for %d×%d heads, %d kv", q.Cols, k.Cols, v.Cols, op.Heads, op.HeadDim, op.KVHeads)
		}
		if q.Rows != g.Rows || k.Rows != g.Rows || v.Rows != g.Rows {
			return fmt.Errorf("attention rows must equal graph rows")
		}
		if err := same(q, out); err != nil {
			return err
		}
		c := g.Cache
		if op.CacheLayer < 0 || op.CacheLayer >= c.Layers || op.KVHeads != c.KVHeads || op.HeadDim != c.HeadDim {
			return fmt.Errorf("cache layer %d does not fit cache layout %s", op.CacheLayer, c)
		}
		if op.Window != c.Windows[op.CacheLayer] {
			return fmt.Errorf("window %d, but the cache layout gives layer %d window %d", op.Window, op.CacheLayer, c.Windows[op.CacheLayer])
		}
	case GeGLU, Add:
		if err := same(shape(op.In[0]), shape(op.In[1])); err != nil {
			return err
		}
		return same(shape(op.In[0]), out)
	case SoftCap:
		if op.Cap <= 0 {
			return fmt.Errorf("cap %g", op.Cap)
		}
		return same(shape(op.In[0]), out)
	case GatherRows:
		in := shape(op.In[0])
		if in.Cols != out.Cols || out.Rows != g.LogitRows {
			return fmt.Errorf("gathers [%d %d] from [%d %d]", out.Rows, out.Cols, in.Rows, in.Cols)
		}
	}
	return nil
}

func prod(s []int) int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// String prints the graph one op per line, for debugging and golden tests.
func (g *Graph) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "graph rows=%d logits=%d targets=%d vocab=%d\n", g.Rows, g.LogitRows, g.MaxTargets, g.Vocab)
	for _, op := range g.Ops {
		fmt.Fprintf(&b, "  %%%d = %s %s(", op.Out, op.Name, op.Kind)
		for i, v := range op.In {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%%%d", v)
		}
		b.WriteString(")")
		if op.W != nil {
			fmt.Fprintf(&b, " w=%s%v:%s", op.W.Name, op.W.Shape, op.W.DType)
		}
		o := g.Values[op.Out]
		fmt.Fprintf(&b, " -> [%d %d]\n", o.Rows, o.Cols)
	}
	return b.String()
}
