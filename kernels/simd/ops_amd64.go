package simd

import (
	"math"

	"github.com/gemma-bench/gemma-bench/kernels"
	"golang.org/x/sys/cpu"
)

// The routines of ops_amd64.s; each covers a multiple of its width (8
// unless noted) and the wrappers below finish the tail with the scalar
// twin's own arithmetic.

//go:noescape
func scaleAVX2(x *float32, n int, s float32)

//go:noescape
func addAVX2(y, a, b *float32, n int)

// sumSqAVX2: n a multiple of 16.
//
//go:noescape
func sumSqAVX2(x *float32, n int) float64

//go:noescape
func rmsApplyAVX2(y, x, w *float32, n int, r, one float64)

//go:noescape
func gegluAVX2(y, gate, up *float32, n int)

//go:noescape
func softCapAVX2(y, x *float32, n int, negTwoOverC, negC float64)

//go:noescape
func maxAVX2(x *float32, n int, seed float32) float32

// argmaxAVX2: n a multiple of 16, x[0] not NaN.
//
//go:noescape
func argmaxAVX2(x *float32, n int, vals *[16]float32, idx *[16]int32)

//go:noescape
func expStoreAVX2(x *float32, n int, m float64) float64

//go:noescape
func sumExpAVX2(x *float32, n int, m float64) float64

//go:noescape
func scalePDAVX2(x *float32, n int, s float64)

// ropeAVX2: n a multiple of 4.
//
//go:noescape
func ropeAVX2(ylo, yhi, xlo, xhi *float32, cos, sin *float64, n int)

// scoresAVX2 and the rest of the attention routines: m (the columns) a
// multiple of 8, any number n of rows stride elements apart.
//
//go:noescape
func scoresAVX2(sc, q, k *float32, n, m, stride int, scale float32)

//go:noescape
func scoresBF16AVX2(sc, q *float32, k *uint16, n, m, stride int, scale float32)

//go:noescape
func wsumAVX2(o, p, v *float32, n, m, stride int)

//go:noescape
func wsumBF16AVX2(o, p *float32, v *uint16, n, m, stride int)

//go:noescape
func storeBF16AVX2(dst *uint16, src *float32, n int)

//go:noescape
func widenBF16AVX2(dst *float32, src *uint16, n int)

// widenF16AVX2 and the dequantizers need F16C.
//
//go:noescape
func widenF16AVX2(dst *float32, src *uint16, n int)

// dequantQ8AVX2 and dequantQ4AVX2 take a count of blocks.
//
//go:noescape
func dequantQ8AVX2(dst *float32, src *byte, nb int)

//go:noescape
func dequantQ4AVX2(dst *float32, src *byte, nb int)

// The avx512 path's forms of six of the routines above: the float64 exp
// and tanh kernels on eight lanes per ZMM register (AVX-512 F/DQ), the
// bf16 attention ones on sixteen float32 lanes.
//
//go:noescape
func gegluAVX512(y, gate, up *float32, n int)

//go:noescape
func softCapAVX512(y, x *float32, n int, negTwoOverC, negC float64)

//go:noescape
func expStoreAVX512(x *float32, n int, m float64) float64

//go:noescape
func sumExpAVX512(x *float32, n int, m float64) float64

//go:noescape
func scoresBF16AVX512(sc, q *float32, k *uint16, n, m, stride int, scale float32)

//go:noescape
func wsumBF16AVX512(o, p *float32, v *uint16, n, m, stride int)

// hasF16C: VCVTPH2PS (F16C) is on every AVX2 CPU made, but it is a
// separate CPUID bit, so it is checked rather than assumed.
func hasF16C() bool { return cpu.X86.HasF16C }

// widthKernels are the routines whose AVX-512 form pays (ops.go); its
// methods are the slots built on them.
type widthKernels struct {
	gegluK      func(y, gate, up *float32, n int)
	softCapK    func(y, x *float32, n int, negTwoOverC, negC float64)
	expStoreK   func(x *float32, n int, m float64) float64
	sumExpK     func(x *float32, n int, m float64) float64
	scoresBF16K func(sc, q *float32, k *uint16, n, m, stride int, scale float32)
	wsumBF16K   func(o, p *float32, v *uint16, n, m, stride int)
}

var (
	ymmKernels = &widthKernels{gegluAVX2, softCapAVX2, expStoreAVX2, sumExpAVX2, scoresBF16AVX2, wsumBF16AVX2}
	zmmKernels = &widthKernels{gegluAVX512, softCapAVX512, expStoreAVX512, sumExpAVX512, scoresBF16AVX512, wsumBF16AVX512}
)

// wireOpsAVX2 sets the slots ops_amd64.s has kernels for, those of
// widthKernels on ZMM when zmm. RoPEAngles stays scalar: float64
// sincos of angles up to 10⁵ rad needs a careful argument reduction, and
// it runs once per token and layer, not per head.
func wireOpsAVX2(s *kernels.Set, zmm bool) {
	tr := ymmKernels
	if zmm {
		tr = zmmKernels
	}
	s.Scale = scaleOp
	s.Add = addOp
	s.RMSNorm = rmsNormOp
	s.GeGLU = tr.geGLU
	s.SoftCap = tr.softCap
	s.Softmax = tr.softmax
	s.LogSumExp = tr.logSumExp
	s.Argmax = argmaxOp
	s.RoPE = ropeOp
	s.Scores = tr.scores
	s.ScoresBF16 = tr.scoresBF16
	s.WeightedSum = weightedSumOp
	s.WeightedSumBF16 = tr.weightedSumBF16
	s.StoreBF16 = storeBF16Op
	s.WidenBF16 = widenBF16Op
	if hasF16C() {
		s.WidenF16 = widenF16Op
		s.DequantQ8_0 = dequantQ8_0Op
		s.DequantQ4_0 = dequantQ4_0Op
	}
}

func scaleOp(x []float32, s float32) {
	m := len(x) &^ 7
	if m > 0 {
		scaleAVX2(&x[0], m, s)
	}
	kernels.Scale(x[m:], s)
}

func addOp(y, a, b []float32) {
	n := len(y)
	a, b = a[:n], b[:n]
	m := n &^ 7
	if m > 0 {
		addAVX2(&y[0], &a[0], &b[0], m)
	}
	kernels.Add(y[m:], a[m:], b[m:])
}

func rmsNormOp(y, x, w []float32, eps float32, addOne bool) {
	n := len(x)
	if n == 0 {
		return
	}
	y, w = y[:n], w[:n]
	var s float64
	m := n &^ 15
	if m > 0 {
		s = sumSqAVX2(&x[0], m)
	}
	for _, v := range x[m:] {
		s += float64(v) * float64(v)
	}
	r := 1 / math.Sqrt(s/float64(n)+float64(eps))
	one := 0.0
	if addOne {
		one = 1
	}
	m = n &^ 7
	if m > 0 {
		rmsApplyAVX2(&y[0], &x[0], &w[0], m, r, one)
	}
	for i := m; i < n; i++ {
		y[i] = float32(float64(x[i]) * r * (one + float64(w[i])))
	}
}

func (tr *widthKernels) geGLU(y, gate, up []float32) {
	n := len(y)
	gate, up = gate[:n], up[:n]
	m := n &^ 7
	if m > 0 {
		tr.gegluK(&y[0], &gate[0], &up[0], m)
	}
	kernels.GeGLU(y[m:], gate[m:], up[m:])
}

func (tr *widthKernels) softCap(y, x []float32, c float32) {
	n := len(y)
	x = x[:n]
	m := n &^ 7
	if !(c > 0 && c <= math.MaxFloat32) {
		m = 0 // c·tanh(x/c) for c ≤ 0, Inf or NaN: whatever the scalar makes of it
	}
	if m > 0 {
		cc := float64(c)
		tr.softCapK(&y[0], &x[0], m, -2/cc, -cc)
	}
	kernels.SoftCap(y[m:], x[m:], c)
}

func (tr *widthKernels) softmax(x []float32) {
	n := len(x)
	m := n &^ 7
	if m == 0 {
		kernels.Softmax(x)
		return
	}
	mx := maxAVX2(&x[0], m, x[0])
	for _, v := range x[m:] {
		if v > mx {
			mx = v
		}
	}
	if math.IsInf(float64(mx), -1) {
		clear(x)
		return
	}
	mm := float64(mx)
	sum := tr.expStoreK(&x[0], m, mm)
	for i := m; i < n; i++ {
		e := math.Exp(float64(x[i]) - mm)
		x[i] = float32(e)
		sum += e
	}
	inv := 1 / sum
	scalePDAVX2(&x[0], m, inv)
	for i := m; i < n; i++ {
		x[i] = float32(float64(x[i]) * inv)
	}
}

func (tr *widthKernels) logSumExp(x []float32) float64 {
	m := len(x) &^ 7
	if m == 0 {
		return kernels.LogSumExp(x)
	}
	// The maximum of the non-NaN values; a row whose result is not finite
	// (an infinity or a NaN in it) goes to the scalar, which defines it.
	mx := maxAVX2(&x[0], m, float32(math.Inf(-1)))
	for _, v := range x[m:] {
		if v > mx {
			mx = v
		}
	}
	if math.IsInf(float64(mx), 0) {
		return kernels.LogSumExp(x)
	}
	mm := float64(mx)
	s := tr.sumExpK(&x[0], m, mm)
	for _, v := range x[m:] {
		s += math.Exp(float64(v) - mm)
	}
	if math.IsNaN(s) {
		return kernels.LogSumExp(x)
	}
	return mm + math.Log(s)
}

func argmaxOp(x []float32) int {
	n := len(x)
	m := n &^ 15
	if m == 0 || x[0] != x[0] || n > math.MaxInt32 {
		return kernels.Argmax(x)
	}
	var vals [16]float32
	var idx [16]int32
	argmaxAVX2(&x[0], m, &vals, &idx)
	// Each lane holds the first index of its maximum; the row's is the
	// largest value, the smallest index among equal ones.
	best := 0
	for l, v := range vals {
		if i := int(idx[l]); v > x[best] || v == x[best] && i < best {
			best = i
		}
	}
	for i := m; i < n; i++ {
		if x[i] > x[best] {
			best = i
		}
	}
	return best
}

func ropeOp(y, x []float32, cos, sin []float64) {
	h := len(cos)
	xlo, xhi, sin := x[:h], x[h:2*h], sin[:h]
	ylo, yhi := y[:h], y[h:2*h]
	m := h &^ 3
	if m > 0 {
		ropeAVX2(&ylo[0], &yhi[0], &xlo[0], &xhi[0], &cos[0], &sin[0], m)
	}
	for i := m; i < h; i++ {
		a, b := float64(xlo[i]), float64(xhi[i])
		c, s := cos[i], sin[i]
		ylo[i] = float32(a*c - b*s)
		yhi[i] = float32(b*c + a*s)
	}
}

// scores: the dot products over the first hd&^7 columns in assembly; the
// other columns, when there are any, added here before the scaling.
func (tr *widthKernels) scores(sc, q, k []float32, scale, c float32) {
	hd, n := len(q), len(sc)
	k = k[:n*hd]
	m := hd &^ 7
	if n == 0 || m == 0 {
		kernels.Scores(sc, q, k, scale, c)
		return
	}
	if m == hd {
		scoresAVX2(&sc[0], &q[0], &k[0], n, m, hd, scale)
	} else {
		scoresAVX2(&sc[0], &q[0], &k[0], n, m, hd, 1)
		qt := q[m:]
		for j := range sc {
			s := sc[j]
			for t, kv := range k[j*hd+m : (j+1)*hd] {
				s += qt[t] * kv
			}
			sc[j] = s * scale
		}
	}
	if c > 0 {
		tr.softCap(sc, sc, c)
	}
}

func (tr *widthKernels) scoresBF16(sc, q []float32, k []uint16, scale, c float32) {
	hd, n := len(q), len(sc)
	k = k[:n*hd]
	m := hd &^ 7
	if n == 0 || m == 0 {
		kernels.ScoresBF16(sc, q, k, scale, c)
		return
	}
	if m == hd {
		tr.scoresBF16K(&sc[0], &q[0], &k[0], n, m, hd, scale)
	} else {
		tr.scoresBF16K(&sc[0], &q[0], &k[0], n, m, hd, 1)
		qt := q[m:]
		for j := range sc {
			s := sc[j]
			for t, kv := range k[j*hd+m : (j+1)*hd] {
				s += qt[t] * kernels.BF16ToF32(kv)
			}
			sc[j] = s * scale
		}
	}
	if c > 0 {
		tr.softCap(sc, sc, c)
	}
}

func weightedSumOp(o, p, v []float32) {
	hd, n := len(o), len(p)
	v = v[:n*hd]
	m := hd &^ 7
	if n == 0 || hd == 0 {
		return
	}
	if m > 0 {
		wsumAVX2(&o[0], &p[0], &v[0], n, m, hd)
	}
	if m < hd {
		ot := o[m:]
		for j, w := range p {
			for i, vv := range v[j*hd+m : (j+1)*hd] {
				ot[i] += w * vv
			}
		}
	}
}

func (tr *widthKernels) weightedSumBF16(o, p []float32, v []uint16) {
	hd, n := len(o), len(p)
	v = v[:n*hd]
	m := hd &^ 7
	if n == 0 || hd == 0 {
		return
	}
	if m > 0 {
		tr.wsumBF16K(&o[0], &p[0], &v[0], n, m, hd)
	}
	if m < hd {
		ot := o[m:]
		for j, w := range p {
			for i, vv := range v[j*hd+m : (j+1)*hd] {
				ot[i] += w * kernels.BF16ToF32(vv)
			}
		}
	}
}

func storeBF16Op(dst []uint16, src []float32) {
	n := min(len(dst), len(src))
	m := n &^ 7
	if m > 0 {
		storeBF16AVX2(&dst[0], &src[0], m)
	}
	kernels.F32ToBF16Slice(dst[m:n], src[m:n])
}

func widenBF16Op(dst []float32, src []uint16) {
	n := min(len(dst), len(src))
	m := n &^ 7
	if m > 0 {
		widenBF16AVX2(&dst[0], &src[0], m)
	}
	kernels.BF16ToF32Slice(dst[m:n], src[m:n])
}

func widenF16Op(dst []float32, src []uint16) {
	n := min(len(dst), len(src))
	m := n &^ 7
	if m > 0 {
		widenF16AVX2(&dst[0], &src[0], m)
	}
	kernels.F16ToF32Slice(dst[m:n], src[m:n])
}

func dequantQ8_0Op(dst []float32, src []byte) {
	nb := len(dst) / kernels.QBlock
	src = src[:nb*kernels.Q8_0Bytes]
	if nb > 0 {
		dequantQ8AVX2(&dst[0], &src[0], nb)
	}
}

func dequantQ4_0Op(dst []float32, src []byte) {
	nb := len(dst) / kernels.QBlock
	src = src[:nb*kernels.Q4_0Bytes]
	if nb > 0 {
		dequantQ4AVX2(&dst[0], &src[0], nb)
	}
}
