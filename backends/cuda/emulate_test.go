package cuda_test

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/cuda"
	"github.com/gemma-bench/gemma-bench/kernels"
	kc "github.com/gemma-bench/gemma-bench/kernels/cuda"
)

// emulator runs a Plan on the CPU: every launch by what its kernel's
// source says it computes (and, for attention, by the same division into
// pairs, slots and key splits), every GEMM by cuBLAS's column-major
// definition. It checks the plan — offsets, buffer reuse, argument
// order, the GEMM's transposes, the input and output blocks — not the
// CUDA code itself, which only a GPU runs.
type emulator struct {
	p      *cuda.Plan
	arena  []byte
	tables [][]byte
	// The cache: per layer keys and values, [slot][kv head][position][dim]
	// in the layout's dtype.
	cacheK, cacheV [][]byte
	// exact makes a GEMM over narrowed activations read the float32 ones
	// they were narrowed from: the bf16 rounding, which the hardware does
	// too, then drops out, and the plan's wiring can be held to float32's
	// tolerance.
	exact     bool
	narrowSrc cuda.Ref
	// On an emulated device (the executor's tests) every Ref is resolved
	// to a device address and memory is the device's: the executor's
	// addresses are then what the kernels read and write.
	dev     *fakeDevice
	resolve func(cuda.Ref) uint64
}

// cacheAddr is the fake device address of layer l's keys (kv 0) or
// values (kv 1): what the host would write in the cache table.
func cacheAddr(l, kv int) uint64 { return 0xC0DE<<32 | uint64(2*l+kv) }

func newEmulator(p *cuda.Plan, l backends.KVLayout) *emulator {
	e := &emulator{p: p, arena: make([]byte, p.ArenaBytes), tables: p.Tables}
	per := int64(l.Seqs) * int64(l.KVHeads) * int64(l.MaxLen) * int64(l.HeadDim) * l.DType.Size()
	for range l.Layers {
		e.cacheK = append(e.cacheK, make([]byte, per))
		e.cacheV = append(e.cacheV, make([]byte, per))
	}
	return e
}

// rebind points the emulator at another plan's launches over the same
// arena contents and cache (a backend shares one arena between shapes).
func (e *emulator) rebind(p *cuda.Plan) {
	e.p, e.tables = p, p.Tables
	if int64(len(e.arena)) < p.ArenaBytes {
		e.arena = append(e.arena, make([]byte, p.ArenaBytes-int64(len(e.arena)))...)
	}
}

func (e *emulator) mem(r cuda.Ref) []byte {
	if e.dev != nil {
		return e.dev.mem(e.resolve(r))
	}
	switch r.Space {
	case cuda.SpaceArena:
		return e.arena[r.Off:]
	case cuda.SpaceWeight:
		return e.p.Weights[r.Index].Data[r.Off:]
	case cuda.SpaceTable:
		return e.tables[r.Index][r.Off:]
	}
	panic(fmt.Sprintf("bad ref %v", r))
}

func (e *emulator) cacheMem(tablePtr cuda.Ref, layer, kv int) []byte {
	a := binary.LittleEndian.Uint64(e.mem(tablePtr)[8*(2*layer+kv):])
	if e.dev != nil {
		return e.dev.mem(a)
	}
	if a>>32 != 0xC0DE {
		panic(fmt.Sprintf("cache table entry %#x is not a cache address", a))
	}
	idx := int(a & 0xffffffff)
	if idx%2 == 0 {
		return e.cacheK[idx/2]
	}
	return e.cacheV[idx/2]
}

var le = binary.LittleEndian

func getF(b []byte, i int64) float32    { return math.Float32frombits(le.Uint32(b[4*i:])) }
func setF(b []byte, i int64, v float32) { le.PutUint32(b[4*i:], math.Float32bits(v)) }
func getI(b []byte, i int64) int32      { return int32(le.Uint32(b[4*i:])) }
func setI(b []byte, i int64, v int32)   { le.PutUint32(b[4*i:], uint32(v)) }
func getD(b []byte, i int64) float64    { return math.Float64frombits(le.Uint64(b[8*i:])) }
func setD(b []byte, i int64, v float64) { le.PutUint64(b[8*i:], math.Float64bits(v)) }
func getH(b []byte, i int64) uint16     { return le.Uint16(b[2*i:]) }
func setH(b []byte, i int64, v uint16)  { le.PutUint16(b[2*i:], v) }

// load reads element i of a float array stored as dt.
func load(b []byte, dt backends.DType, i int64) float32 {
	switch dt {
	case backends.BF16:
		return kernels.BF16ToF32(getH(b, i))
	case backends.F16:
		return kernels.F16ToF32(getH(b, i))
	}
	return getF(b, i)
}

func kernelDType(name string) backends.DType {
	switch name {
	case kc.EmbedBF16, kc.RMSNormBF16, kc.KVWriteBF16, kc.AttentionBF16:
		return backends.BF16
	case kc.EmbedF16, kc.RMSNormF16:
		return backends.F16
	}
	return backends.F32
}

func dataDType(t cuda.DataType) backends.DType {
	switch t {
	case cuda.R16BF:
		return backends.BF16
	case cuda.R16F:
		return backends.F16
	}
	return backends.F32
}

// run executes launches [from, to).
func (e *emulator) run(from, to int) {
	for i := from; i < to; i++ {
		l := &e.p.Launches[i]
		if l.Gemm != nil {
			e.gemm(l.Gemm)
			continue
		}
		e.launch(l)
	}
}

func (e *emulator) gemm(g *cuda.Gemm) {
	a, b, c := e.mem(g.A), e.mem(g.B), e.mem(g.C)
	at, bt := dataDType(g.AType), dataDType(g.BType)
	if e.exact && g.B == e.p.Narrow {
		b, bt = e.mem(e.narrowSrc), backends.F32
	}
	for j := range g.N {
		for i := range g.M {
			var s float64
			for k := range g.K {
				ai := int64(i) + int64(k)*int64(g.LDA) // op(A)(i, k)
				if g.TransA {
					ai = int64(k) + int64(i)*int64(g.LDA)
				}
				bi := int64(k) + int64(j)*int64(g.LDB) // op(B)(k, j)
				if g.TransB {
					bi = int64(j) + int64(k)*int64(g.LDB)
				}
				s += float64(load(a, at, ai)) * float64(load(b, bt, bi))
			}
			ci := int64(i) + int64(j)*int64(g.LDC)
			old := 0.0
			if g.Beta != 0 {
				old = float64(g.Beta) * float64(getF(c, ci))
			}
			setF(c, ci, float32(float64(g.Alpha)*s+old))
		}
	}
}

func (e *emulator) launch(l *cuda.Launch) {
	a := l.Args
	m := func(i int) []byte { return e.mem(a[i].Ref) }
	n := func(i int) int64 { return a[i].I }
	gx, gy := int64(l.Grid[0]), int64(l.Grid[1])
	switch l.Kernel {
	case kc.EmbedF32, kc.EmbedBF16, kc.EmbedF16:
		out, w, tok, d, scale := m(0), m(1), m(2), n(3), a[4].F
		for r := range gy {
			t := int64(getI(tok, r))
			for c := range d {
				setF(out, r*d+c, load(w, kernelDType(l.Kernel), t*d+c)*scale)
			}
		}
	case kc.RMSNormF32, kc.RMSNormBF16, kc.RMSNormF16:
		out, x, w, g, eps, addOne := m(0), m(1), m(2), n(3), a[4].F, n(5)
		for c := range gx {
			var ss float64
			for i := range g {
				v := float64(getF(x, c*g+i))
				ss += v * v
			}
			r := 1 / math.Sqrt(ss/float64(g)+float64(eps))
			for i := range g {
				setF(out, c*g+i, float32(float64(getF(x, c*g+i))*r*(float64(addOne)+float64(load(w, kernelDType(l.Kernel), i)))))
			}
		}
	case kc.RoPE:
		out, x, pos, inv, heads, hd := m(0), m(1), m(2), m(3), n(4), n(5)
		half := hd / 2
		for r := range gx {
			for i := range half {
				s, c := math.Sincos(float64(getI(pos, r)) * getD(inv, i))
				for h := range heads {
					at := r*heads*hd + h*hd + i
					x0, x1 := float64(getF(x, at)), float64(getF(x, at+half))
					setF(out, at, float32(x0*c-x1*s))
					setF(out, at+half, float32(x1*c+x0*s))
				}
			}
		}
	case kc.AddF32, kc.GeGLUF32:
		out, x, y, cnt := m(0), m(1), m(2), n(3)
		for i := range cnt {
			if l.Kernel == kc.AddF32 {
				setF(out, i, getF(x, i)+getF(y, i))
			} else {
				setF(out, i, kernels.GeluTanh(getF(x, i))*getF(y, i))
			}
		}
	case kc.SoftCapF32:
		out, x, c, cnt := m(0), m(1), a[2].F, n(3)
		for i := range cnt {
			setF(out, i, c*float32(math.Tanh(float64(getF(x, i)/c))))
		}
	case kc.GatherRows:
		out, in, rows, cols := m(0), m(1), m(2), n(3)
		for i := range gy {
			src := int64(getI(rows, i))
			for c := range cols {
				setF(out, i*cols+c, getF(in, src*cols+c))
			}
		}
	case kc.ConvertBF16, kc.ConvertF16:
		out, in, cnt := m(0), m(1), n(2)
		e.narrowSrc = a[1].Ref
		for i := range cnt {
			if l.Kernel == kc.ConvertBF16 {
				setH(out, i, kernels.F32ToBF16(getF(in, i)))
			} else {
				setH(out, i, kernels.F32ToF16(getF(in, i)))
			}
		}
	case kc.KVWriteF32, kc.KVWriteBF16:
		layer, k, v, seqs, pos, kvh, hd, sp := int(n(1)), m(2), m(3), m(4), m(5), n(6), n(7), n(8)
		kcache, vcache := e.cacheMem(a[0].Ref, layer, 0), e.cacheMem(a[0].Ref, layer, 1)
		for r := range gx {
			for g := range kvh {
				p := int64(getI(pos, r)) % sp
				base := ((int64(getI(seqs, r))*kvh+g)*sp + p) * hd
				for d := range hd {
					src := (r*kvh+g)*hd + d
					if l.Kernel == kc.KVWriteF32 {
						setF(kcache, base+d, getF(k, src))
						setF(vcache, base+d, getF(v, src))
					} else {
						setH(kcache, base+d, kernels.F32ToBF16(getF(k, src)))
						setH(vcache, base+d, kernels.F32ToBF16(getF(v, src)))
					}
				}
			}
		}
	case kc.AttentionF32, kc.AttentionBF16:
		e.attention(l)
	case kc.AttentionCombine:
		out, part, heads, hd, ns := m(0), m(1), n(2), n(3), n(4)
		for r := range gx {
			for h := range heads {
				base := (r*heads + h) * ns * (hd + 2)
				mx := math.Inf(-1)
				for s := range ns {
					mx = math.Max(mx, float64(getF(part, base+s*(hd+2))))
				}
				for d := range hd {
					var lsum, acc float64
					for s := range ns {
						ms := float64(getF(part, base+s*(hd+2)))
						if math.IsInf(ms, -1) {
							continue
						}
						w := math.Exp(ms - mx)
						lsum += float64(getF(part, base+s*(hd+2)+1)) * w
						acc += float64(getF(part, base+s*(hd+2)+2+d)) * w
					}
					v := 0.0
					if lsum > 0 {
						v = acc / lsum
					}
					setF(out, (r*heads+h)*hd+d, float32(v))
				}
			}
		}
	case kc.RowStats:
		logits, vocab, am, lse, flags := m(0), n(1), m(2), m(3), m(4)
		for r := range gx {
			row := make([]float32, vocab)
			for i := range vocab {
				row[i] = getF(logits, r*vocab+i)
			}
			best := kernels.Argmax(row)
			z := kernels.LogSumExp(row)
			f := int32(0)
			if v := float64(row[best]); math.IsNaN(v) || math.IsInf(v, 0) {
				f |= 1
			}
			if math.IsNaN(z) || math.IsInf(z, 0) {
				f |= 2
			}
			setI(am, r, int32(best))
			setD(lse, r, z)
			setI(flags, r, f)
		}
	case kc.TargetLogProb:
		logits, vocab, targets, count, am, lse, lp, isAm, maxT := m(0), n(1), m(2), m(3), m(4), m(5), m(6), m(7), n(8)
		for t := range min(int64(getI(count, 0)), maxT) {
			row, tok := int64(getI(targets, 2*t)), int64(getI(targets, 2*t+1))
			setD(lp, t, float64(getF(logits, row*vocab+tok))-getD(lse, row))
			is := int32(0)
			if int64(getI(am, row)) == tok {
				is = 1
			}
			setI(isAm, t, is)
		}
	default:
		panic("emulator: no kernel " + l.Kernel)
	}
}

// attention follows the kernel's own division of the work: per block
// (split, kv head g, pair group z) the pairs (row, query head), served
// one slot at a time over the union of that slot's key ranges in the
// block, which the split cuts into equal chunks.
func (e *emulator) attention(l *cuda.Launch) {
	a := l.Args
	m := func(i int) []byte { return e.mem(a[i].Ref) }
	n := func(i int) int64 { return a[i].I }
	out, part, q := m(0), m(1), m(2)
	layer := int(n(4))
	seqs, pos := m(5), m(6)
	rows, heads, kvh, hd, sp, window := n(7), n(8), n(9), n(10), n(11), n(12)
	scale, cap := float64(a[13].F), float64(a[14].F)
	dt := kernelDType(l.Kernel)
	kcache, vcache := e.cacheMem(a[3].Ref, layer, 0), e.cacheMem(a[3].Ref, layer, 1)
	group := heads / kvh
	ns := int64(l.Grid[0])
	for z := range int64(l.Grid[2]) {
		for g := range int64(l.Grid[1]) {
			type pair struct{ row, head, seq, first, last int64 }
			var ps []pair
			for p := range int64(kc.AttPairs) {
				gp := z*kc.AttPairs + p
				if gp >= rows*group {
					break
				}
				r := gp / group
				pp := int64(getI(pos, r))
				first := int64(0)
				if window > 0 {
					first = max(0, pp-window+1)
				}
				ps = append(ps, pair{r, g*group + gp%group, int64(getI(seqs, r)), first, pp})
			}
			for _, pr := range ps {
				lo, hi := int64(math.MaxInt64), int64(-1)
				for _, o := range ps {
					if o.seq == pr.seq {
						lo, hi = min(lo, o.first), max(hi, o.last)
					}
				}
				chunk := (hi - lo + 1 + ns - 1) / ns
				for s := range ns {
					start := lo + s*chunk
					end := min(hi+1, start+chunk)
					mx, lsum := math.Inf(-1), 0.0
					acc := make([]float64, hd)
					var scores []float64
					var at []int64
					for t := start; t < end; t++ {
						if t < pr.first || t > pr.last {
							continue
						}
						base := ((pr.seq*kvh+g)*sp + t%sp) * hd
						var dot float64
						for d := range hd {
							dot += float64(getF(q, (pr.row*heads+pr.head)*hd+d)) * float64(load(kcache, dt, base+d))
						}
						sc := dot * scale
						if cap > 0 {
							sc = cap * math.Tanh(sc/cap)
						}
						scores, at = append(scores, sc), append(at, base)
						mx = math.Max(mx, sc)
					}
					for j, sc := range scores {
						w := math.Exp(sc - mx)
						lsum += w
						for d := range hd {
							acc[d] += w * float64(load(vcache, dt, at[j]+d))
						}
					}
					rh := pr.row*heads + pr.head
					if ns == 1 {
						for d := range hd {
							v := 0.0
							if lsum > 0 {
								v = acc[d] / lsum
							}
							setF(out, rh*hd+d, float32(v))
						}
						continue
					}
					pb := (rh*ns + s) * (hd + 2)
					setF(part, pb, float32(mx))
					setF(part, pb+1, float32(lsum))
					for d := range hd {
						setF(part, pb+2+int64(d), float32(acc[d]))
					}
				}
			}
		}
	}
}

// step runs one step of plan p as the executor will: pack the inputs into
// the arena, run the launches the step needs, read the outputs back.
func (e *emulator) step(st *backends.Step) (res *backends.Output, logits []float32, err error) {
	defer func() {
		// A bad reference or kernel name in the plan surfaces as an
		// index or lookup failure inside the emulated kernel.
		if r := recover(); r != nil {
			err = fmt.Errorf("emulating the plan: %v", r)
		}
	}()
	p := e.p
	l := p.Graph.Cache
	table := make([]uint64, 2*l.Layers)
	for i := range l.Layers {
		table[2*i], table[2*i+1] = cacheAddr(i, 0), cacheAddr(i, 1)
	}
	in := p.Inputs
	if err := in.Pack(e.arena[in.Base:in.Base+in.Bytes], st, table); err != nil {
		return nil, nil, err
	}
	if st.Want == 0 {
		e.run(0, p.Head)
		return &backends.Output{}, nil, nil
	}
	e.run(0, len(p.Launches))
	g := p.Graph
	logits = make([]float32, g.LogitRows*g.Vocab)
	lb := e.arena[p.Values[g.Output]:]
	for i := range logits {
		logits[i] = getF(lb, int64(i))
	}
	res = &backends.Output{}
	o := p.Outputs
	err = o.Unpack(e.arena[o.Base:o.Base+o.Bytes], st, res, make([]int32, g.LogitRows), make([]float64, g.MaxTargets), make([]bool, g.MaxTargets))
	if st.Want&backends.WantLogits != 0 {
		res.Logits = logits
	}
	return res, logits, err
}
