// Package kerneltest holds a kernels.Set to kernels.Scalar, slot by slot,
// on seeded random inputs of awkward sizes: tails around every power of
// two, odd row counts, row ranges that do not start or end on the set's
// RowAlign, slices that start one element into a larger array, and output
// aliasing its input where the contract allows. A SIMD set passes Check
// before its backend is trusted; the backend conformance suite then holds
// the whole executor to an independent reference.
package kerneltest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// Options widen the tolerances for sets whose numerics differ on purpose.
type Options struct {
	// MatMulRel bounds a product's error per element relative to Σ|w·x|,
	// as a multiple of √in·2⁻²⁴ (0 means 4): reassociated float32 sums.
	MatMulRel float64
	// ULPs bounds the O(d) ops' relative error in float32 ulps (0 means 4).
	ULPs float64
}

func (o Options) mm() float64 {
	if o.MatMulRel > 0 {
		return o.MatMulRel
	}
	return 4
}

func (o Options) ulps() float64 {
	if o.ULPs > 0 {
		return o.ULPs
	}
	return 4
}

// Lens are the vector lengths every O(d) slot is tried at.
var Lens = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 256, 257, 300, 511, 512, 513, 1000, 2049}

var (
	matTokens = []int{1, 2, 3, 4, 5, 7, 11, 12, 13, 16, 17, 31, 64, 100}
	matIn     = []int{1, 3, 8, 17, 32, 96, 256, 257, 300, 512, 544, 1000}
)

const ulp = 0x1p-23

// checker collects the failures of one Check.
type checker struct {
	o    Options
	s    kernels.Set
	rng  *rand.Rand
	errs []error
}

func (c *checker) failf(slot, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%s: %s", slot, fmt.Sprintf(format, args...)))
}

// vec returns n values uniform in ±scale, starting one element into a
// larger array so that nothing is aligned.
func (c *checker) vec(n int, scale float64) []float32 {
	b := make([]float32, n+1)
	for i := range b {
		b[i] = float32((2*c.rng.Float64() - 1) * scale)
	}
	return b[1:]
}

// Check returns one error for each slot of s that is missing or disagrees
// with kernels.Scalar beyond the tolerances, naming the sizes and the worst
// element.
func Check(s kernels.Set, o Options) []error {
	c := &checker{o: o, s: s, rng: rand.New(rand.NewPCG(7, 11))}
	if missing := s.Missing(); len(missing) > 0 {
		for _, m := range missing {
			c.failf(m, "slot is nil: the set is incomplete")
		}
		return c.errs
	}
	c.matmuls()
	c.widening()
	c.rows()
	c.attention()
	c.outputs()
	return c.errs
}

// Run reports Check's errors on t, one subtest per failing slot.
func Run(t *testing.T, s kernels.Set, o Options) {
	t.Helper()
	for _, err := range Check(s, o) {
		t.Error(err)
	}
}

// matmuls runs each weight format over tokens × widths × row ranges.
func (c *checker) matmuls() {
	ref := kernels.Scalar
	type mm func(y []float32, ldy int, x []float32, T, in, o0, o1 int)
	for _, in := range matIn {
		const out = 19
		wf := c.vec(out*in, 1)
		w16 := make([]uint16, out*in)
		kernels.F32ToBF16Slice(w16, wf)
		h16 := make([]uint16, out*in)
		for i, v := range wf {
			h16[i] = kernels.F32ToF16(v)
		}
		forms := []struct {
			slot    string
			got, rf mm
		}{
			{"MatMulF32", func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
				c.s.MatMulF32(y, ldy, x, wf, T, in, o0, o1)
			},
				func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
					ref.MatMulF32(y, ldy, x, wf, T, in, o0, o1)
				}},
			{"MatMulBF16", func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
				c.s.MatMulBF16(y, ldy, x, w16, T, in, o0, o1)
			},
				func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
					ref.MatMulBF16(y, ldy, x, w16, T, in, o0, o1)
				}},
			{"MatMulF16", func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
				c.s.MatMulF16(y, ldy, x, h16, T, in, o0, o1)
			},
				func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
					ref.MatMulF16(y, ldy, x, h16, T, in, o0, o1)
				}},
		}
		if in%kernels.QBlock == 0 {
			q8 := make([]byte, out*in/kernels.QBlock*kernels.Q8_0Bytes)
			q4 := make([]byte, out*in/kernels.QBlock*kernels.Q4_0Bytes)
			kernels.QuantizeQ8_0(q8, wf)
			kernels.QuantizeQ4_0(q4, wf)
			forms = append(forms,
				struct {
					slot    string
					got, rf mm
				}{"MatMulQ8_0", func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
					c.s.MatMulQ8_0(y, ldy, x, q8, T, in, o0, o1)
				},
					func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
						ref.MatMulQ8_0(y, ldy, x, q8, T, in, o0, o1)
					}},
				struct {
					slot    string
					got, rf mm
				}{"MatMulQ4_0", func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
					c.s.MatMulQ4_0(y, ldy, x, q4, T, in, o0, o1)
				},
					func(y []float32, ldy int, x []float32, T, in, o0, o1 int) {
						ref.MatMulQ4_0(y, ldy, x, q4, T, in, o0, o1)
					}})
		}
		for _, T := range matTokens {
			if T*in > 40000 { // keep Check fast: the blocked path is reached well below
				continue
			}
			x := c.vec(T*in, 1)
			for _, f := range forms {
				c.matmul(f.slot, f.got, f.rf, x, T, in, out)
			}
		}
	}
}

func (c *checker) matmul(slot string, got, ref func(y []float32, ldy int, x []float32, T, in, o0, o1 int), x []float32, T, in, out int) {
	const ldy = 23 // wider than out: rows of y are not contiguous
	for _, r := range [][2]int{{0, out}, {1, out - 2}, {3, 4}, {5, 17}} {
		y, want := make([]float32, (T-1)*ldy+out+1), make([]float32, (T-1)*ldy+out+1)
		nan := float32(math.NaN())
		for i := range y {
			y[i], want[i] = nan, nan
		}
		got(y, ldy, x, T, in, r[0], r[1])
		ref(want, ldy, x, T, in, r[0], r[1])
		worst, at := 0.0, -1
		for i := range y {
			t, o := i/ldy, i%ldy
			inside := t < T && o >= r[0] && o < r[1]
			if !inside {
				if !math.IsNaN(float64(y[i])) {
					c.failf(slot, "T=%d in=%d rows [%d,%d): wrote y[%d] outside the range", T, in, r[0], r[1], i)
					return
				}
				continue
			}
			var mag float64
			for k := range in {
				mag += math.Abs(float64(x[t*in+k])) // |w| ≤ 1
			}
			tol := c.o.mm()*math.Sqrt(float64(in))*0x1p-24*mag + 1e-30
			if d := math.Abs(float64(y[i]) - float64(want[i])); !(d <= tol) {
				if e := d / tol; e > worst || math.IsNaN(d) {
					worst, at = e, i
				}
			}
		}
		if at >= 0 {
			c.failf(slot, "T=%d in=%d rows [%d,%d): y[%d,%d] = %g, scalar %g (%.1f× the tolerance)",
				T, in, r[0], r[1], at/ldy, at%ldy, y[at], want[at], worst)
			return
		}
	}
}

func (c *checker) widening() {
	for _, n := range Lens {
		src := c.vec(n, 3)
		bf, hf := make([]uint16, n), make([]uint16, n)
		for i, v := range src {
			bf[i], hf[i] = kernels.F32ToBF16(v), kernels.F32ToF16(v)
		}
		exact := func(slot string, got, want []float32) {
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					c.failf(slot, "n=%d [%d]: %g, scalar %g", len(want), i, got[i], want[i])
					return
				}
			}
		}
		g, w := make([]float32, n), make([]float32, n)
		c.s.WidenBF16(g, bf)
		kernels.Scalar.WidenBF16(w, bf)
		exact("WidenBF16", g, w)
		c.s.WidenF16(g, hf)
		kernels.Scalar.WidenF16(w, hf)
		exact("WidenF16", g, w)
		gh, wh := make([]uint16, n), make([]uint16, n)
		c.s.StoreBF16(gh, src)
		kernels.Scalar.StoreBF16(wh, src)
		for i := range wh {
			if gh[i] != wh[i] {
				c.failf("StoreBF16", "n=%d [%d]: %#04x, scalar %#04x", n, i, gh[i], wh[i])
				break
			}
		}
		if n%kernels.QBlock == 0 {
			q8 := make([]byte, n/kernels.QBlock*kernels.Q8_0Bytes)
			q4 := make([]byte, n/kernels.QBlock*kernels.Q4_0Bytes)
			kernels.QuantizeQ8_0(q8, src)
			kernels.QuantizeQ4_0(q4, src)
			c.s.DequantQ8_0(g, q8)
			kernels.Scalar.DequantQ8_0(w, q8)
			exact("DequantQ8_0", g, w)
			c.s.DequantQ4_0(g, q4)
			kernels.Scalar.DequantQ4_0(w, q4)
			exact("DequantQ4_0", g, w)
		}
	}
}

// close compares an O(d) result element-wise within the ulp bound.
func (c *checker) close(slot string, n int, got, want []float32, atol float64) bool {
	for i := range want {
		d := math.Abs(float64(got[i]) - float64(want[i]))
		if !(d <= c.o.ulps()*ulp*math.Abs(float64(want[i]))+atol) && !(math.IsNaN(float64(got[i])) && math.IsNaN(float64(want[i]))) {
			c.failf(slot, "n=%d [%d]: %g, scalar %g", n, i, got[i], want[i])
			return false
		}
	}
	return true
}

func (c *checker) rows() {
	ref := kernels.Scalar
	for _, n := range Lens {
		x, w, u := c.vec(n, 3), c.vec(n, 0.5), c.vec(n, 2)
		g, want := make([]float32, n), make([]float32, n)
		for _, addOne := range []bool{false, true} {
			c.s.RMSNorm(g, x, w, 1e-6, addOne)
			ref.RMSNorm(want, x, w, 1e-6, addOne)
			if c.close("RMSNorm", n, g, want, 1e-30) {
				a := append([]float32(nil), x...)
				c.s.RMSNorm(a, a, w, 1e-6, addOne) // in place
				c.close("RMSNorm", n, a, want, 1e-30)
			}
		}
		c.s.GeGLU(g, x, u)
		ref.GeGLU(want, x, u)
		if c.close("GeGLU", n, g, want, 1e-30) {
			a := append([]float32(nil), x...)
			c.s.GeGLU(a, a, u)
			c.close("GeGLU", n, a, want, 1e-30)
		}
		c.s.Add(g, x, u)
		ref.Add(want, x, u)
		c.close("Add", n, g, want, 0)
		c.s.SoftCap(g, x, 2)
		ref.SoftCap(want, x, 2)
		if c.close("SoftCap", n, g, want, 1e-30) {
			a := append([]float32(nil), x...)
			c.s.SoftCap(a, a, 2)
			c.close("SoftCap", n, a, want, 1e-30)
		}
		copy(g, x)
		copy(want, x)
		c.s.Scale(g, 1.7)
		ref.Scale(want, 1.7)
		c.close("Scale", n, g, want, 0)
		copy(g, x)
		copy(want, x)
		c.s.Softmax(g)
		ref.Softmax(want)
		c.close("Softmax", n, g, want, 1e-30)
	}
	// RoPE over head sizes and positions on both sides of 64 and far out.
	for _, hd := range []int{2, 4, 6, 16, 64, 128, 256} {
		inv := kernels.RoPEInvFreq(hd, 1e4, 1)
		cs, sn, wc, ws := make([]float64, hd/2), make([]float64, hd/2), make([]float64, hd/2), make([]float64, hd/2)
		for _, pos := range []float64{0, 1, 5, 63, 64, 65, 100, 1000, 8191, 131071} {
			c.s.RoPEAngles(cs, sn, pos, inv)
			ref.RoPEAngles(wc, ws, pos, inv)
			for i := range wc {
				if math.Abs(cs[i]-wc[i]) > 1e-12 || math.Abs(sn[i]-ws[i]) > 1e-12 {
					c.failf("RoPEAngles", "hd=%d pos=%g [%d]: (%g, %g), scalar (%g, %g)", hd, pos, i, cs[i], sn[i], wc[i], ws[i])
					return
				}
			}
			x := c.vec(hd, 2)
			g, want := make([]float32, hd), make([]float32, hd)
			c.s.RoPE(g, x, wc, ws)
			ref.RoPE(want, x, wc, ws)
			if !c.close("RoPE", hd, g, want, 4*ulp) {
				return
			}
			a := append([]float32(nil), x...)
			c.s.RoPE(a, a, wc, ws)
			if !c.close("RoPE", hd, a, want, 4*ulp) {
				return
			}
		}
	}
}

func (c *checker) attention() {
	ref := kernels.Scalar
	for _, hd := range []int{1, 2, 3, 8, 17, 64, 256} {
		for _, n := range []int{1, 2, 7, 33, 300} {
			q, k, v := c.vec(hd, 1), c.vec(n*hd, 1), c.vec(n*hd, 1)
			kh, vh := make([]uint16, n*hd), make([]uint16, n*hd)
			kernels.F32ToBF16Slice(kh, k)
			kernels.F32ToBF16Slice(vh, v)
			var mag float64
			for i := range hd {
				mag += math.Abs(float64(q[i]))
			}
			tol := c.o.mm()*math.Sqrt(float64(hd))*0x1p-24*mag + 1e-30
			for _, capv := range []float32{0, 3} {
				g, want := make([]float32, n), make([]float32, n)
				c.s.Scores(g, q, k, 0.7, capv)
				ref.Scores(want, q, k, 0.7, capv)
				c.within("Scores", hd, n, g, want, tol)
				c.s.ScoresBF16(g, q, kh, 0.7, capv)
				ref.ScoresBF16(want, q, kh, 0.7, capv)
				c.within("ScoresBF16", hd, n, g, want, tol)
			}
			p := c.vec(n, 1)
			g, want := c.vec(hd, 1), make([]float32, hd)
			copy(want, g) // WeightedSum accumulates into o
			c.s.WeightedSum(g, p, v)
			ref.WeightedSum(want, p, v)
			c.within("WeightedSum", hd, n, g, want, c.o.ulps()*ulp*float64(n+1))
			copy(want, g)
			g2 := append([]float32(nil), g...)
			c.s.WeightedSumBF16(g2, p, vh)
			ref.WeightedSumBF16(want, p, vh)
			c.within("WeightedSumBF16", hd, n, g2, want, c.o.ulps()*ulp*float64(n+1))
		}
	}
}

func (c *checker) within(slot string, hd, n int, got, want []float32, tol float64) {
	for i := range want {
		if d := math.Abs(float64(got[i]) - float64(want[i])); !(d <= tol) {
			c.failf(slot, "head dim %d, %d positions [%d]: %g, scalar %g", hd, n, i, got[i], want[i])
			return
		}
	}
}

func (c *checker) outputs() {
	ref := kernels.Scalar
	for _, n := range append(Lens, 262144) {
		x := c.vec(n, 10)
		if n > 3 {
			x[n/3] = x[n/2] + 0 // a tie that is not the maximum
			m := x[0]
			for _, v := range x {
				m = max(m, v)
			}
			x[n-1] = m // the maximum twice: the first must win
		}
		if g, w := c.s.Argmax(x), ref.Argmax(x); g != w {
			c.failf("Argmax", "n=%d: %d, scalar %d", n, g, w)
		}
		if g, w := c.s.LogSumExp(x), ref.LogSumExp(x); !(math.Abs(g-w) <= 1e-6*math.Abs(w)+1e-9) {
			c.failf("LogSumExp", "n=%d: %v, scalar %v", n, g, w)
		}
	}
}
