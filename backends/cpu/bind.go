package cpu

import (
	"unsafe"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// bind turns op i into its loop: every op kind runs through the kernel set,
// the executor only splits the work and indexes the cache.
func (e *executable) bind(i int) boundOp {
	op := &e.g.Ops[i]
	k := &e.b.k
	bo := boundOp{op: op, align: 1}
	out := e.vals[op.Out]
	oi := e.g.Values[op.Out]
	switch op.Kind {
	case backends.Embed:
		return e.bindEmbed(op, bo)
	case backends.RMSNorm:
		w := e.normF[i]
		x, group := e.vals[op.In[0]], oi.Cols
		if op.Group > 0 {
			group = op.Group
		}
		bo.n = oi.Rows * oi.Cols / group
		bo.body = func(_, lo, hi int) {
			for c := lo; c < hi; c++ {
				k.RMSNorm(out[c*group:(c+1)*group], x[c*group:(c+1)*group], w, op.Eps, op.AddOne)
			}
		}
	case backends.MatMul:
		return e.bindMatMul(op, bo)
	case backends.RoPE:
		return e.bindRoPE(op, e.invs[i], bo)
	case backends.Attention:
		return e.bindAttention(op, bo)
	case backends.GeGLU:
		gate, up := e.vals[op.In[0]], e.vals[op.In[1]]
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) { k.GeGLU(out[lo:hi], gate[lo:hi], up[lo:hi]) }
	case backends.Add:
		a, b := e.vals[op.In[0]], e.vals[op.In[1]]
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) { k.Add(out[lo:hi], a[lo:hi], b[lo:hi]) }
	case backends.SoftCap:
		x, c := e.vals[op.In[0]], op.Cap
		bo.n, bo.align = len(out), 64
		bo.body = func(_, lo, hi int) { k.SoftCap(out[lo:hi], x[lo:hi], c) }
	case backends.GatherRows:
		x, cols := e.vals[op.In[0]], oi.Cols
		bo.serial = func() {
			for i, r := range e.step.LogitRows {
				copy(out[i*cols:(i+1)*cols], x[int(r)*cols:(int(r)+1)*cols])
			}
		}
	}
	return bo
}

func (e *executable) bindEmbed(op *backends.Op, bo boundOp) boundOp {
	k := &e.b.k
	out, d, scale := e.vals[op.Out], e.g.Values[op.Out].Cols, op.Scale
	var row func(dst []float32, tok int)
	switch op.W.DType {
	case backends.BF16:
		w := asU16(op.W.Data)
		row = func(dst []float32, tok int) { k.WidenBF16(dst, w[tok*d:(tok+1)*d]) }
	case backends.F16:
		w := asU16(op.W.Data)
		row = func(dst []float32, tok int) { k.WidenF16(dst, w[tok*d:(tok+1)*d]) }
	case backends.F32:
		w := asF32(op.W.Data)
		row = func(dst []float32, tok int) { copy(dst, w[tok*d:(tok+1)*d]) }
	case backends.Q8_0, backends.Q4_0:
		rb := int(op.W.DType.RowBytes(d))
		w, deq := op.W.Data, k.DequantQ8_0
		if op.W.DType == backends.Q4_0 {
			deq = k.DequantQ4_0
		}
		row = func(dst []float32, tok int) { deq(dst, w[tok*rb:(tok+1)*rb]) }
	}
	bo.n = e.g.Rows
	bo.body = func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			dst := out[r*d : (r+1)*d]
			row(dst, int(e.step.Tokens[r]))
			k.Scale(dst, scale)
		}
	}
	return bo
}

func (e *executable) bindMatMul(op *backends.Op, bo boundOp) boundOp {
	k := &e.b.k
	y, x := e.vals[op.Out], e.vals[op.In[0]]
	rows, in, outDim := e.g.Values[op.Out].Rows, e.g.Values[op.In[0]].Cols, e.g.Values[op.Out].Cols
	bo.n, bo.align = outDim, max(k.RowAlign, 1)
	if e.b.fast {
		if nb, ok := e.bindNarrow(op, bo, y, x, rows, in, outDim); ok {
			return nb
		}
	}
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
	case backends.Q8_0:
		w := op.W.Data
		bo.body = func(_, lo, hi int) { k.MatMulQ8_0(y, outDim, x, w, rows, in, lo, hi) }
	case backends.Q4_0:
		w := op.W.Data
		bo.body = func(_, lo, hi int) { k.MatMulQ4_0(y, outDim, x, w, rows, in, lo, hi) }
	}
	return bo
}

// bindNarrow binds a math=fast matmul: the activation rows are narrowed
// to the weights' class in a parallel pre-loop (bf16 for bf16 weights, Q8
// blocks for Q8_0/Q4_0), into the backend's narrow scratch, then every
// worker reads the narrow rows. Other dtypes, or a set that does not
// gain from a narrow product, keep the exact binding (ok = false).
func (e *executable) bindNarrow(op *backends.Op, bo boundOp, y, x []float32, rows, in, outDim int) (boundOp, bool) {
	k := &e.b.k
	scratch := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(e.b.narrow))), len(e.b.narrow)*8)
	switch {
	case op.W.DType == backends.BF16 && k.FastBF16:
		xh := unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(scratch))), rows*in)
		w := asU16(op.W.Data)
		bo.preN = rows
		bo.pre = func(_, lo, hi int) {
			k.StoreBF16(xh[lo*in:hi*in], x[lo*in:hi*in])
		}
		bo.body = func(_, lo, hi int) { k.MatMulBF16BF16(y, outDim, xh, w, rows, in, lo, hi) }
	case (op.W.DType == backends.Q8_0 || op.W.DType == backends.Q4_0) && k.FastQuant && in%kernels.QBlock == 0:
		rb := in / kernels.QBlock * kernels.Q8Bytes
		xq := scratch[:rows*rb]
		w, mm := op.W.Data, k.MatMulQ8_0Q8
		if op.W.DType == backends.Q4_0 {
			mm = k.MatMulQ4_0Q8
		}
		if wp, ok := e.packW[op.W]; ok {
			l := e.b.layout(op.W.DType)
			w, mm = wp, l.MatMul
			bo.align = max(bo.align, l.RowAlign)
		}
		bo.preN = rows
		bo.pre = func(_, lo, hi int) {
			for r := lo; r < hi; r++ {
				k.QuantizeQ8(xq[r*rb:(r+1)*rb], x[r*in:(r+1)*in])
			}
		}
		bo.body = func(_, lo, hi int) { mm(y, outDim, xq, w, rows, in, lo, hi) }
	default:
		return bo, false
	}
	return bo, true
}

func (e *executable) bindRoPE(op *backends.Op, invFreq []float64, bo boundOp) boundOp {
	k := &e.b.k
	x, out := e.vals[op.In[0]], e.vals[op.Out]
	hd, heads := op.HeadDim, op.Heads
	half := hd / 2
	width := heads * hd
	bo.n = e.g.Rows
	bo.body = func(worker, lo, hi int) {
		cos, sin := e.b.cos[worker][:half], e.b.sin[worker][:half]
		for r := lo; r < hi; r++ {
			k.RoPEAngles(cos, sin, float64(e.step.Positions[r]), invFreq)
			src, dst := x[r*width:(r+1)*width], out[r*width:(r+1)*width]
			for h := range heads {
				k.RoPE(dst[h*hd:(h+1)*hd], src[h*hd:(h+1)*hd], cos, sin)
			}
		}
	}
	return bo
}

func (e *executable) bindAttention(op *backends.Op, bo boundOp) boundOp {
	k := &e.b.k
	q, kin, vin, out := e.vals[op.In[0]], e.vals[op.In[1]], e.vals[op.In[2]], e.vals[op.Out]
	hd, heads, kvh := op.HeadDim, op.Heads, op.KVHeads
	group := heads / kvh
	qw, kw := heads*hd, kvh*hd
	layer, window := op.CacheLayer, op.Window
	scale, capv := op.Scale, op.Cap
	bo.serial = func() {
		c := e.cache
		size := c.size[layer]
		for r := range e.step.Tokens {
			s, p := int(e.step.Seqs[r]), int(e.step.Positions[r])%size
			for g := range kvh {
				at := c.head(layer, s, g) + p*hd
				src := r*kw + g*hd
				if c.k != nil {
					copy(c.k[at:at+hd], kin[src:src+hd])
					copy(c.v[at:at+hd], vin[src:src+hd])
				} else {
					k.StoreBF16(c.kh[at:at+hd], kin[src:src+hd])
					k.StoreBF16(c.vh[at:at+hd], vin[src:src+hd])
				}
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
			if window > 0 {
				first = max(0, p-window+1)
			}
			n := p - first + 1
			base := c.head(layer, s, h/group)
			s0, n0, n1 := c.span(layer, first, n)
			qv := q[r*qw+h*hd : r*qw+(h+1)*hd]
			sc := e.b.scores[worker][:n]
			o := out[r*qw+h*hd : r*qw+(h+1)*hd]
			clear(o)
			a0, a1 := base+s0*hd, base // element offsets of the two runs
			if c.k != nil {
				k.Scores(sc[:n0], qv, c.k[a0:a0+n0*hd], scale, capv)
				k.Scores(sc[n0:], qv, c.k[a1:a1+n1*hd], scale, capv)
				k.Softmax(sc)
				k.WeightedSum(o, sc[:n0], c.v[a0:a0+n0*hd])
				k.WeightedSum(o, sc[n0:], c.v[a1:a1+n1*hd])
			} else {
				k.ScoresBF16(sc[:n0], qv, c.kh[a0:a0+n0*hd], scale, capv)
				k.ScoresBF16(sc[n0:], qv, c.kh[a1:a1+n1*hd], scale, capv)
				k.Softmax(sc)
				k.WeightedSumBF16(o, sc[:n0], c.vh[a0:a0+n0*hd])
				k.WeightedSumBF16(o, sc[n0:], c.vh[a1:a1+n1*hd])
			}
		}
	}
	return bo
}
