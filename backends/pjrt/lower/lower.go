// Package lower turns a backends.Graph into one StableHLO module per step
// shape (and the cache's CopyPrefix into another), written with go-xla's
// stablehlo builder. It is pure Go and runs nowhere: backends/pjrt hands
// the text to a PJRT plugin, and the tests interpret the same text
// (internal/hloeval) against the go backend and the float64 reference.
//
// # The step program
//
// Parameters, in order (Program.Params says the same as data):
//
//   - every weight of the graph in first-use order, in its stored dtype
//     (f32, bf16, f16; block formats are ErrNotImplemented);
//   - one RoPE table per distinct (head dim, theta, position scale):
//     f32 [MaxLen, HeadDim], cos of each angle in the first half, sin in
//     the second, computed on the host in float64 as the go backend does
//     (a float32 angle at position 8000 would be off by 1e-3 rad);
//   - the cache: keys then values of layer 0, 1, …, each
//     [Seqs, MaxLen, KVHeads·HeadDim] in the layout's dtype, marked
//     tf.aliasing_output so that a donated buffer is updated in place;
//   - tokens, positions, slots i32[Rows]; logit rows i32[LogitRows];
//     target rows and tokens i32[max(MaxTargets,1)].
//
// Results: the updated cache buffers (same order), logits
// f32[LogitRows, Vocab], argmax i32[LogitRows], log-prob f32 per target,
// non-finite flag i32[LogitRows]. The host copies back only what a step
// wants; everything else stays on the device.
//
// Every row writes its key and value at (slot, position) with one scatter
// per layer, then attends to the whole cache under a mask built from the
// positions: same slot, position ≤ its own, and inside the layer's window.
// Scores against every slot cost Seqs× the arithmetic a per-slot gather
// would for a decode batch; they keep the program one static dot per
// layer, which is what XLA fuses best, and the tiny and benchmark caches
// have few slots.
package lower

import (
	"bytes"
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
	"github.com/gomlx/go-xla/pkg/types/shapes"
)

// Math selects how matmuls against 16-bit weights are lowered.
type Math uint8

const (
	// Exact widens 16-bit weights to float32 and asks for the highest
	// precision products: the go backend's numerics (1e-4 of it).
	Exact Math = iota
	// Fast narrows the activations to the weight's dtype and multiplies
	// at the device's default precision, accumulating in float32: the
	// tensor-core path, as the cuda backend's GEMMs do.
	Fast
)

// Options tune the lowering.
type Options struct {
	Math Math
	// Mutation deliberately breaks one part of the lowering, for the
	// tests that prove the evaluator catches a wrong program. "" in
	// every real use; see Mutations.
	Mutation string
}

// Mutations are the deliberate errors Options.Mutation accepts.
var Mutations = []string{"rope-sign", "no-window", "no-causal", "gqa-swap", "norm-addone", "cache-pos"}

// ElemType is the element type of a parameter or result.
type ElemType string

const (
	F32  ElemType = "f32"
	BF16 ElemType = "bf16"
	F16  ElemType = "f16"
	I32  ElemType = "i32"
)

// Size is the bytes of one element.
func (t ElemType) Size() int {
	if t == BF16 || t == F16 {
		return 2
	}
	return 4
}

// Kind says what a parameter carries.
type Kind uint8

const (
	KindWeight Kind = iota + 1
	KindRoPE
	KindCache
	KindTokens
	KindPositions
	KindSeqs
	KindLogitRows
	KindTargetRows
	KindTargetTokens
	KindDst // CopyPrefix: destination slot (scalar)
	KindSrc // CopyPrefix: source slot (scalar)
)

// Param is one parameter of a program.
type Param struct {
	Kind   Kind
	Name   string
	Type   ElemType
	Dims   []int
	Weight *backends.Weight // KindWeight
	RoPE   *RoPETable       // KindRoPE
	// Cache: which buffer, 2·layer for keys, 2·layer+1 for values.
	Cache int
}

// Elems is the element count.
func (p Param) Elems() int { return prod(p.Dims) }

// Result is one output of a program.
type Result struct {
	Name string
	Type ElemType
	Dims []int
}

// Program is one lowered module.
type Program struct {
	Text    []byte
	Params  []Param
	Results []Result
	// CacheParams is the index of the first cache parameter; there are
	// Caches of them, aliased to results 0…Caches−1.
	CacheParams, Caches int
	// Targets is the size of the target parameters: max(MaxTargets, 1).
	Targets int
}

// Result indices of a step program after its Caches cache results.
const (
	ResLogits = iota
	ResArgmax
	ResLogProb
	ResNonFinite
	numStepResults
)

// RoPETable is the cos/sin table one RoPE op reads.
type RoPETable struct {
	HeadDim         int
	Theta, PosScale float64
	MaxLen          int
}

// Data is the table: row p holds cos(p·f_i) for i < HeadDim/2, then the
// sines, with f the go backend's inverse frequencies.
func (t *RoPETable) Data() []float32 {
	half := t.HeadDim / 2
	inv := kernels.RoPEInvFreq(t.HeadDim, t.Theta, t.PosScale)
	cos, sin := make([]float64, half), make([]float64, half)
	out := make([]float32, t.MaxLen*t.HeadDim)
	for p := range t.MaxLen {
		kernels.RoPEAngles(cos, sin, float64(p), inv)
		row := out[p*t.HeadDim : (p+1)*t.HeadDim]
		for i := range half {
			row[i], row[half+i] = float32(cos[i]), float32(sin[i])
		}
	}
	return out
}

func elemOf(dt backends.DType) (ElemType, error) {
	switch dt {
	case backends.F32:
		return F32, nil
	case backends.BF16:
		return BF16, nil
	case backends.F16:
		return F16, nil
	}
	return "", fmt.Errorf("%s weights: %w", dt, backends.ErrNotImplemented)
}

func xlaType(t ElemType) dtypes.DType {
	switch t {
	case BF16:
		return dtypes.BFloat16
	case F16:
		return dtypes.Float16
	case I32:
		return dtypes.Int32
	}
	return dtypes.Float32
}

func prod(d []int) int {
	n := 1
	for _, x := range d {
		n *= x
	}
	return n
}

type stepLowering struct {
	em
	g    *backends.Graph
	o    Options
	prog *Program
	w    map[*backends.Weight]val
	rope map[RoPETable]val
	kv   []val // current cache values, 2 per layer
	tok  val
	pos  val
	seqs val
	lrow val
	trow val
	ttok val
	idx  val         // [Rows, 2] (slot, position) pairs
	mask map[int]val // per window: allowed [Rows, Seqs·MaxLen]
}

func (s *stepLowering) param(p Param, attrs map[string]any) val {
	if s.err != nil {
		return nil
	}
	s.prog.Params = append(s.prog.Params, p)
	sh := shapes.Make(xlaType(p.Type), p.Dims...)
	if attrs != nil {
		return s.keep(s.fn.InputWithAttributes(sh, attrs))
	}
	return s.keep(s.fn.Input(sh))
}

// Step lowers g to its step program.
func Step(g *backends.Graph, o Options) (*Program, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("lower: %w", err)
	}
	if o.Mutation != "" && !contains(Mutations, o.Mutation) {
		return nil, fmt.Errorf("lower: unknown mutation %q", o.Mutation)
	}
	l := g.Cache
	b := stablehlo.New(fmt.Sprintf("step_r%d_l%d_t%d", g.Rows, g.LogitRows, g.MaxTargets))
	s := &stepLowering{g: g, o: o, prog: &Program{}, w: map[*backends.Weight]val{}, rope: map[RoPETable]val{}, mask: map[int]val{}}
	s.fn = b.Main()
	for _, w := range g.Weights() {
		t, err := elemOf(w.DType)
		if err != nil {
			return nil, fmt.Errorf("lower: weight %s: %w", w.Name, err)
		}
		s.w[w] = s.param(Param{Kind: KindWeight, Name: w.Name, Type: t, Dims: append([]int(nil), w.Shape...), Weight: w}, nil)
	}
	for i := range g.Ops {
		op := &g.Ops[i]
		if op.Kind != backends.RoPE {
			continue
		}
		key := RoPETable{HeadDim: op.HeadDim, Theta: op.Theta, PosScale: op.PosScale, MaxLen: l.MaxLen}
		if _, ok := s.rope[key]; !ok {
			t := key
			s.rope[key] = s.param(Param{Kind: KindRoPE, Name: fmt.Sprintf("rope.hd%d.theta%g.scale%g", op.HeadDim, op.Theta, op.PosScale),
				Type: F32, Dims: []int{l.MaxLen, op.HeadDim}, RoPE: &t}, nil)
		}
	}
	s.prog.CacheParams, s.prog.Caches = len(s.prog.Params), 2*l.Layers
	ct, _ := elemOf(l.DType)
	width := l.KVHeads * l.HeadDim
	for i := range s.prog.Caches {
		kind := "k"
		if i%2 == 1 {
			kind = "v"
		}
		s.kv = append(s.kv, s.param(Param{Kind: KindCache, Name: fmt.Sprintf("cache.l%d.%s", i/2, kind), Type: ct,
			Dims: []int{l.Seqs, l.MaxLen, width}, Cache: i}, map[string]any{"tf.aliasing_output": int32(i)}))
	}
	nt := max(g.MaxTargets, 1)
	s.prog.Targets = nt
	s.tok = s.param(Param{Kind: KindTokens, Name: "tokens", Type: I32, Dims: []int{g.Rows}}, nil)
	s.pos = s.param(Param{Kind: KindPositions, Name: "positions", Type: I32, Dims: []int{g.Rows}}, nil)
	s.seqs = s.param(Param{Kind: KindSeqs, Name: "slots", Type: I32, Dims: []int{g.Rows}}, nil)
	s.lrow = s.param(Param{Kind: KindLogitRows, Name: "logit_rows", Type: I32, Dims: []int{g.LogitRows}}, nil)
	s.trow = s.param(Param{Kind: KindTargetRows, Name: "target_rows", Type: I32, Dims: []int{nt}}, nil)
	s.ttok = s.param(Param{Kind: KindTargetTokens, Name: "target_tokens", Type: I32, Dims: []int{nt}}, nil)
	s.idx = s.concat(1, s.reshape(s.seqs, g.Rows, 1), s.reshape(s.pos, g.Rows, 1))

	vals := make([]val, len(g.Values))
	for i := range g.Ops {
		op := &g.Ops[i]
		in := func(j int) val { return vals[op.In[j]] }
		var y val
		switch op.Kind {
		case backends.Embed:
			y = s.mulC(s.convert(s.rows(s.w[op.W], s.tok), dtypes.Float32), float64(op.Scale))
		case backends.RMSNorm:
			y = s.rmsNorm(op, in(0))
		case backends.MatMul:
			y = s.matmul(op, in(0))
		case backends.RoPE:
			y = s.ropeOp(op, in(0))
		case backends.Attention:
			y = s.attention(op, in(0), in(1), in(2))
		case backends.GeGLU:
			y = s.geglu(in(0), in(1))
		case backends.Add:
			y = s.add(in(0), in(1))
		case backends.SoftCap:
			y = s.mulC(s.tanh(s.mulC(in(0), 1/float64(op.Cap))), float64(op.Cap))
		case backends.GatherRows:
			y = s.rows(in(0), s.lrow)
		default:
			return nil, fmt.Errorf("lower: op %s (%s): %w", op.Name, op.Kind, backends.ErrNotImplemented)
		}
		if s.err != nil {
			return nil, fmt.Errorf("lower: op %d (%s %s): %w", i, op.Kind, op.Name, s.err)
		}
		vals[op.Out] = y
	}
	logits := vals[g.Output]
	argmax, logProb, bad := s.outputs(logits)
	outs := append(append([]val(nil), s.kv...), logits, argmax, logProb, bad)
	if s.err != nil {
		return nil, fmt.Errorf("lower: outputs: %w", s.err)
	}
	if err := s.fn.Return(outs...); err != nil {
		return nil, fmt.Errorf("lower: return: %w", err)
	}
	for i := range s.prog.Caches {
		p := s.prog.Params[s.prog.CacheParams+i]
		s.prog.Results = append(s.prog.Results, Result{Name: p.Name, Type: p.Type, Dims: p.Dims})
	}
	s.prog.Results = append(s.prog.Results,
		Result{Name: "logits", Type: F32, Dims: []int{g.LogitRows, g.Vocab}},
		Result{Name: "argmax", Type: I32, Dims: []int{g.LogitRows}},
		Result{Name: "log_prob", Type: F32, Dims: []int{nt}},
		Result{Name: "non_finite", Type: I32, Dims: []int{g.LogitRows}})
	text, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("lower: %w", err)
	}
	s.prog.Text = text
	return s.prog, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (s *stepLowering) weightF32(w *backends.Weight) val {
	return s.convert(s.w[w], dtypes.Float32)
}

func (s *stepLowering) rmsNorm(op *backends.Op, x val) val {
	if !s.ok(x) {
		return nil
	}
	d := dims(x)
	n := d[1]
	if op.Group > 0 {
		n = op.Group
	}
	groups := d[0] * d[1] / n
	xr := s.reshape(x, groups, n)
	ms := s.mulC(s.sum(s.mul(xr, xr), 1), 1/float64(n))
	inv := s.rsqrt(s.addC(ms, float64(op.Eps)))
	w := s.weightF32(op.W)
	if op.AddOne != (s.o.Mutation == "norm-addone") {
		w = s.addC(w, 1)
	}
	y := s.mul(s.mul(xr, s.bcast(inv, []int{groups, n}, []int{0})), s.bcast(w, []int{groups, n}, []int{1}))
	return s.reshape(y, d...)
}

func (s *stepLowering) matmul(op *backends.Op, x val) val {
	w := s.w[op.W]
	if !s.ok(x, w) {
		return nil
	}
	if op.W.DType == backends.F32 || s.o.Math == Exact {
		return s.dot(x, []int{1}, nil, s.weightF32(op.W), []int{1}, nil, dtypes.Float32, true)
	}
	return s.dot(s.convert(x, w.Shape().DType), []int{1}, nil, w, []int{1}, nil, dtypes.Float32, false)
}

func (s *stepLowering) ropeOp(op *backends.Op, x val) val {
	if !s.ok(x) {
		return nil
	}
	l := s.g.Cache
	key := RoPETable{HeadDim: op.HeadDim, Theta: op.Theta, PosScale: op.PosScale, MaxLen: l.MaxLen}
	rows, hd, half := dims(x)[0], op.HeadDim, op.HeadDim/2
	cs := s.rows(s.rope[key], s.pos) // [rows, hd]
	shape := []int{rows, op.Heads, half}
	cos := s.bcast(s.slice(cs, []int{0, 0}, []int{rows, half}), shape, []int{0, 2})
	sin := s.bcast(s.slice(cs, []int{0, half}, []int{rows, hd}), shape, []int{0, 2})
	if s.o.Mutation == "rope-sign" {
		sin = s.mulC(sin, -1)
	}
	xr := s.reshape(x, rows, op.Heads, hd)
	a := s.slice(xr, []int{0, 0, 0}, []int{rows, op.Heads, half})
	b := s.slice(xr, []int{0, 0, half}, []int{rows, op.Heads, hd})
	lo := s.sub(s.mul(a, cos), s.mul(b, sin))
	hi := s.add(s.mul(b, cos), s.mul(a, sin))
	return s.reshape(s.concat(2, lo, hi), rows, op.Heads*hd)
}

// allowed is the attention mask [Rows, Seqs·MaxLen] for a window: a row
// at (slot s, position p) sees slot s's positions in (p−W, p].
func (s *stepLowering) allowed(window int) val {
	if m, ok := s.mask[window]; ok {
		return m
	}
	l, R := s.g.Cache, s.g.Rows
	cube := []int{R, l.Seqs, l.MaxLen}
	slot := s.iota(dtypes.Int32, 1, cube...)
	at := s.iota(dtypes.Int32, 2, cube...)
	rs := s.bcast(s.seqs, cube, []int{0})
	rp := s.bcast(s.pos, cube, []int{0})
	m := s.cmp(slot, rs, types.CompareEQ)
	if s.o.Mutation != "no-causal" {
		m = s.and(m, s.cmp(at, rp, types.CompareLE))
	}
	if window > 0 && s.o.Mutation != "no-window" {
		m = s.and(m, s.cmp(at, s.sub(rp, s.full(rp, float64(window))), types.CompareGT))
	}
	m = s.reshape(m, R, l.Seqs*l.MaxLen)
	s.mask[window] = m
	return m
}

func (s *stepLowering) attention(op *backends.Op, q, k, v val) val {
	if !s.ok(q, k, v) {
		return nil
	}
	l, R := s.g.Cache, s.g.Rows
	ct := s.kv[0].Shape().DType
	idx := s.idx
	if s.o.Mutation == "cache-pos" {
		// Writes every row one position late: later rows read a stale key.
		one := s.concat(1, s.full(s.reshape(s.seqs, R, 1), 0), s.full(s.reshape(s.pos, R, 1), 1))
		idx = s.add(idx, one)
	}
	ki, vi := 2*op.CacheLayer, 2*op.CacheLayer+1
	s.kv[ki] = s.scatterRows(s.kv[ki], idx, s.convert(k, ct))
	s.kv[vi] = s.scatterRows(s.kv[vi], idx, s.convert(v, ct))
	kvh, hd, g := op.KVHeads, op.HeadDim, op.Heads/op.KVHeads
	n := l.Seqs * l.MaxLen
	keys := s.reshape(s.convert(s.kv[ki], dtypes.Float32), n, kvh, hd)
	values := s.reshape(s.convert(s.kv[vi], dtypes.Float32), n, kvh, hd)
	qr := s.reshape(q, R, kvh, g, hd)
	if s.o.Mutation == "gqa-swap" && g > 1 {
		qr = s.transpose(s.reshape(q, R, g, kvh, hd), 0, 2, 1, 3)
	}
	// [kvh, R, g, n]: batch over kv heads, contract the head dim.
	sc := s.mulC(s.dot(qr, []int{3}, []int{1}, keys, []int{2}, []int{1}, dtypes.Float32, true), float64(op.Scale))
	if op.Cap > 0 {
		sc = s.mulC(s.tanh(s.mulC(sc, 1/float64(op.Cap))), float64(op.Cap))
	}
	full := []int{kvh, R, g, n}
	sc = s.sel(s.bcast(s.allowed(op.Window), full, []int{1, 3}), sc, s.full(sc, math.Inf(-1)))
	m := s.max(sc, 3)
	e := s.exp(s.sub(sc, s.bcast(m, full, []int{0, 1, 2})))
	p := s.div(e, s.bcast(s.sum(e, 3), full, []int{0, 1, 2}))
	o := s.dot(p, []int{3}, []int{0}, values, []int{0}, []int{1}, dtypes.Float32, true) // [kvh, R, g, hd]
	if s.o.Mutation == "gqa-swap" && g > 1 {
		return s.reshape(s.transpose(o, 1, 2, 0, 3), R, op.Heads*hd)
	}
	return s.reshape(s.transpose(o, 1, 0, 2, 3), R, op.Heads*hd)
}

func (s *stepLowering) geglu(a, b val) val {
	u := s.mulC(s.add(a, s.mulC(s.mul(s.mul(a, a), a), 0.044715)), math.Sqrt(2/math.Pi))
	return s.mul(s.mul(s.mulC(a, 0.5), s.addC(s.tanh(u), 1)), b)
}

// outputs computes the narrow outputs from logits [LR, V]: argmax as the
// contract defines it (first maximum, NaN never wins, 0 for a row of
// NaN), log-softmax at each target, and whether a row is not finite
// (its NaN-propagating maximum is NaN or ±Inf).
func (s *stepLowering) outputs(logits val) (argmax, logProb, bad val) {
	if !s.ok(logits) {
		return nil, nil, nil
	}
	d := dims(logits)
	lr, V := d[0], d[1]
	notNaN := s.cmp(logits, logits, types.CompareEQ)
	clean := s.sel(notNaN, logits, s.full(logits, math.Inf(-1)))
	best := s.bcast(s.max(clean, 1), d, []int{0})
	iota := s.iota(dtypes.Int32, 1, d...)
	cand := s.sel(s.cmp(clean, best, types.CompareEQ), iota, s.full(iota, float64(V)))
	am := s.reduce(cand, float64(V), stablehlo.Minimum, 1)
	argmax = s.sel(s.cmp(am, s.full(am, float64(V)), types.CompareEQ), s.full(am, 0), am)

	mx := s.max(logits, 1) // NaN-propagating
	lse := s.add(mx, s.log(s.sum(s.exp(s.sub(logits, s.bcast(mx, d, []int{0}))), 1)))
	bad = s.convert(s.not(s.isFinite(mx)), dtypes.Int32)
	nt := s.prog.Targets
	at := s.concat(1, s.reshape(s.trow, nt, 1), s.reshape(s.ttok, nt, 1))
	logProb = s.sub(s.points(logits, at), s.reshape(s.rows(s.reshape(lse, lr, 1), s.trow), nt))
	return argmax, logProb, bad
}

// CopyPrefix lowers KVCache.CopyPrefix for layout l: parameters the cache
// buffers (donated, aliased to the results) then dst and src i32
// scalars; every buffer's slot dst becomes a copy of slot src. The whole
// slot is copied, not only the first n positions: positions ≥ n of dst
// are undefined after a fork (KVLayout), and a static copy needs no mask.
func CopyPrefix(l backends.KVLayout) (*Program, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("lower: %w", err)
	}
	ct, _ := elemOf(l.DType)
	b := stablehlo.New("copy_prefix")
	s := &stepLowering{prog: &Program{Caches: 2 * l.Layers}}
	s.fn = b.Main()
	width := l.KVHeads * l.HeadDim
	var kv []val
	for i := range s.prog.Caches {
		kv = append(kv, s.param(Param{Kind: KindCache, Name: fmt.Sprintf("cache.%d", i), Type: ct,
			Dims: []int{l.Seqs, l.MaxLen, width}, Cache: i}, map[string]any{"tf.aliasing_output": int32(i)}))
	}
	dst := s.param(Param{Kind: KindDst, Name: "dst", Type: I32}, nil)
	src := s.param(Param{Kind: KindSrc, Name: "src", Type: I32}, nil)
	zero := s.scalar(int32(0))
	for i := range kv {
		row := s.dynSlice(kv[i], []val{src, zero, zero}, []int{1, l.MaxLen, width})
		kv[i] = s.dynUpdate(kv[i], row, []val{dst, zero, zero})
		p := s.prog.Params[i]
		s.prog.Results = append(s.prog.Results, Result{Name: p.Name, Type: p.Type, Dims: p.Dims})
	}
	if s.err != nil {
		return nil, fmt.Errorf("lower: copy prefix: %w", s.err)
	}
	if err := s.fn.Return(kv...); err != nil {
		return nil, fmt.Errorf("lower: copy prefix: %w", err)
	}
	text, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("lower: copy prefix: %w", err)
	}
	s.prog.Text = bytes.Clone(text)
	return s.prog, nil
}
