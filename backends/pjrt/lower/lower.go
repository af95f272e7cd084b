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
//   - the step inputs as one i32 vector (KindInputs): tokens, positions,
//     slots, logit rows, target rows, target tokens.
//
// Results: the updated cache buffers (same order), logits
// f32[LogitRows, Vocab], argmax and non-finite flags i32[2·LogitRows],
// log-prob f32 per target. The host copies back only what a step wants;
// everything else stays on the device.
//
// Every row writes its key and value at (slot, position) with one scatter
// per layer, then attends under a mask built from the positions (position
// ≤ its own and inside the layer's window). Two forms, chosen by shape: a
// step with no more rows than slots (a decode batch) gathers each row's
// own slot, [Rows, MaxLen] scores, the reads a decode needs; a longer step
// (a prefill chunk, the eval runner's mixed steps) scores every row
// against every slot, [Rows, Seqs·MaxLen], masked to its own: gathering a
// slot per row would copy it Rows times, and such steps have few slots.
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
	// Attention forces one form of attention ("masked": every row against
	// every slot; "gathered": each row's own slot); "" chooses by shape.
	Attention string
	// Mutation deliberately breaks one part of the lowering, for the
	// tests that prove the evaluator catches a wrong program. "" in
	// every real use; see Mutations.
	Mutation string
}

// Mutations are the deliberate errors Options.Mutation accepts.
var Mutations = []string{"rope-sign", "no-window", "no-causal", "no-slot", "gqa-swap", "norm-addone", "cache-pos"}

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
	// KindInputs is the step's one i32 input vector: tokens, positions
	// and slots (Rows each), logit rows (LogitRows), target rows and
	// target tokens (Targets each), in that order: one host-to-device
	// copy per step instead of six.
	KindInputs
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
// ResNarrow is i32 [2·LogitRows]: the argmax of each logit row, then its
// non-finite flag, so that the outputs every step reads come back in one
// copy.
const (
	ResLogits = iota
	ResNarrow
	ResLogProb
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
	mask map[int]val // per window: allowed [Rows, Seqs·MaxLen] or [Rows, MaxLen]
	// gathered: each row attends to its own slot, gathered (Rows ≤ Seqs).
	gathered bool
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
	switch o.Attention {
	case "":
		s.gathered = g.Rows <= l.Seqs
	case "gathered", "masked":
		s.gathered = o.Attention == "gathered"
	default:
		return nil, fmt.Errorf("lower: attention form %q (want masked or gathered)", o.Attention)
	}
	in := s.param(Param{Kind: KindInputs, Name: "inputs", Type: I32, Dims: []int{3*g.Rows + g.LogitRows + 2*nt}}, nil)
	at := 0
	part := func(n int) val {
		v := s.slice(in, []int{at}, []int{at + n})
		at += n
		return v
	}
	s.tok, s.pos, s.seqs = part(g.Rows), part(g.Rows), part(g.Rows)
	s.lrow, s.trow, s.ttok = part(g.LogitRows), part(nt), part(nt)
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
	outs := append(append([]val(nil), s.kv...), logits, s.concat(0, argmax, bad), logProb)
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
		Result{Name: "argmax_non_finite", Type: I32, Dims: []int{2 * g.LogitRows}},
		Result{Name: "log_prob", Type: F32, Dims: []int{nt}})
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

// allowed is the attention mask for a window: a row at (slot s, position
// p) sees slot s's positions in (p−W, p]. [Rows, Seqs·MaxLen] over every
// slot, or [Rows, MaxLen] over the row's own when gathered.
func (s *stepLowering) allowed(window int) val {
	if m, ok := s.mask[window]; ok {
		return m
	}
	l, R := s.g.Cache, s.g.Rows
	cube := []int{R, l.Seqs, l.MaxLen}
	if s.gathered {
		cube = []int{R, 1, l.MaxLen}
	}
	slot := s.iota(dtypes.Int32, 1, cube...)
	at := s.iota(dtypes.Int32, 2, cube...)
	rs := s.bcast(s.seqs, cube, []int{0})
	rp := s.bcast(s.pos, cube, []int{0})
	var m val
	if s.gathered || s.o.Mutation == "no-slot" {
		m = s.cmp(slot, slot, types.CompareEQ) // all true (gathered: the slot is the row's)
	} else {
		m = s.cmp(slot, rs, types.CompareEQ)
	}
	if s.o.Mutation != "no-causal" {
		m = s.and(m, s.cmp(at, rp, types.CompareLE))
	}
	if window > 0 && s.o.Mutation != "no-window" {
		m = s.and(m, s.cmp(at, s.sub(rp, s.full(rp, float64(window))), types.CompareGT))
	}
	m = s.reshape(m, R, cube[1]*l.MaxLen)
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
	qr := s.reshape(q, R, kvh, g, hd)
	if s.o.Mutation == "gqa-swap" && g > 1 {
		qr = s.transpose(s.reshape(q, R, g, kvh, hd), 0, 2, 1, 3)
	}
	var sc, values val
	var full []int
	if s.gathered {
		// Each row's own slot: keys [R, MaxLen, kvh, hd]; scores
		// [R, kvh, g, MaxLen], batched over rows and kv heads.
		own := s.seqs
		if s.o.Mutation == "no-slot" {
			own = s.full(own, 0) // every row reads slot 0
		}
		keys := s.reshape(s.convert(s.rows(s.kv[ki], own), dtypes.Float32), R, l.MaxLen, kvh, hd)
		values = s.reshape(s.convert(s.rows(s.kv[vi], own), dtypes.Float32), R, l.MaxLen, kvh, hd)
		sc = s.dot(qr, []int{3}, []int{0, 1}, keys, []int{3}, []int{0, 2}, dtypes.Float32, true)
		full = []int{R, kvh, g, l.MaxLen}
	} else {
		// Every slot: keys [Seqs·MaxLen, kvh, hd]; scores [kvh, R, g, n].
		n := l.Seqs * l.MaxLen
		keys := s.reshape(s.convert(s.kv[ki], dtypes.Float32), n, kvh, hd)
		values = s.reshape(s.convert(s.kv[vi], dtypes.Float32), n, kvh, hd)
		sc = s.dot(qr, []int{3}, []int{1}, keys, []int{2}, []int{1}, dtypes.Float32, true)
		full = []int{kvh, R, g, n}
	}
	sc = s.mulC(sc, float64(op.Scale))
	if op.Cap > 0 {
		sc = s.mulC(s.tanh(s.mulC(sc, 1/float64(op.Cap))), float64(op.Cap))
	}
	rowAxis := 1
	if s.gathered {
		rowAxis = 0
	}
	sc = s.sel(s.bcast(s.allowed(op.Window), full, []int{rowAxis, 3}), sc, s.full(sc, math.Inf(-1)))
	m := s.max(sc, 3)
	e := s.exp(s.sub(sc, s.bcast(m, full, []int{0, 1, 2})))
	p := s.div(e, s.bcast(s.sum(e, 3), full, []int{0, 1, 2}))
	var o val
	if s.gathered {
		o = s.dot(p, []int{3}, []int{0, 1}, values, []int{1}, []int{0, 2}, dtypes.Float32, true) // [R, kvh, g, hd]
	} else {
		o = s.transpose(s.dot(p, []int{3}, []int{0}, values, []int{0}, []int{1}, dtypes.Float32, true), 1, 0, 2, 3)
	}
	// o is [R, kvh, g, hd].
	if s.o.Mutation == "gqa-swap" && g > 1 {
		return s.reshape(s.transpose(o, 0, 2, 1, 3), R, op.Heads*hd)
	}
	return s.reshape(o, R, op.Heads*hd)
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
