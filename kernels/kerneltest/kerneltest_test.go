package kerneltest_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/kernels/kerneltest"
)

func TestScalarPasses(t *testing.T) {
	t0 := time.Now()
	kerneltest.Run(t, kernels.Scalar, kerneltest.Options{})
	t.Logf("Check took %v", time.Since(t0))
}

// bySlot groups Check's errors by slot.
func bySlot(t *testing.T, errs []error) map[string][]error {
	t.Helper()
	m := map[string][]error{}
	for _, err := range errs {
		var e *kerneltest.Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v is not a *kerneltest.Error", err)
		}
		if !strings.HasPrefix(err.Error(), e.Slot+": ") {
			t.Errorf("error %q does not start with its slot", err)
		}
		m[e.Slot] = append(m[e.Slot], err)
	}
	return m
}

// matmul is the shape of every MatMul slot, whatever the weight type.
type matmul[W any] func(y []float32, ldy int, x []float32, w W, T, in, o0, o1 int)

// exactMatMul computes every output in float64 from exactly widened
// weights and rounds once: more accurate than Scalar, so it differs from
// it by Scalar's own rounding, which the default tolerance must absorb.
func exactMatMul[W any](row func(dst []float32, w W, o, in int)) matmul[W] {
	return func(y []float32, ldy int, x []float32, w W, T, in, o0, o1 int) {
		wr := make([]float32, in)
		for o := o0; o < o1; o++ {
			row(wr, w, o, in)
			for t := range T {
				var s float64
				for k, v := range wr {
					s += float64(v) * float64(x[t*in+k])
				}
				y[t*ldy+o] = float32(s)
			}
		}
	}
}

// legitSet is Scalar with slots reimplemented with different, legitimate
// rounding: float64 dot products (the matmuls, scores, weighted sums), and
// float32 arithmetic where the tolerance is relative to the operation's
// conditioning (RoPE, Softmax), and a log-add LogSumExp.
func legitSet() kernels.Set {
	s := kernels.Scalar
	s.Name = "legit"
	s.MatMulF32 = exactMatMul(func(d []float32, w []float32, o, in int) { copy(d, w[o*in:(o+1)*in]) })
	s.MatMulBF16 = exactMatMul(func(d []float32, w []uint16, o, in int) { kernels.BF16ToF32Slice(d, w[o*in:(o+1)*in]) })
	s.MatMulF16 = exactMatMul(func(d []float32, w []uint16, o, in int) { kernels.F16ToF32Slice(d, w[o*in:(o+1)*in]) })
	s.MatMulQ8_0 = exactMatMul(func(d []float32, w []byte, o, in int) {
		kernels.DequantQ8_0(d, w[o*in/kernels.QBlock*kernels.Q8_0Bytes:])
	})
	s.MatMulQ4_0 = exactMatMul(func(d []float32, w []byte, o, in int) {
		kernels.DequantQ4_0(d, w[o*in/kernels.QBlock*kernels.Q4_0Bytes:])
	})
	score := func(sc, q []float32, k func(i int) float32, scale, c float32) {
		for j := range sc {
			var s float64
			for i, v := range q {
				s += float64(v) * float64(k(j*len(q)+i))
			}
			s *= float64(scale)
			if c > 0 {
				s = float64(c) * math.Tanh(s/float64(c))
			}
			sc[j] = float32(s)
		}
	}
	s.Scores = func(sc, q, k []float32, scale, c float32) {
		score(sc, q, func(i int) float32 { return k[i] }, scale, c)
	}
	s.ScoresBF16 = func(sc, q []float32, k []uint16, scale, c float32) {
		score(sc, q, func(i int) float32 { return kernels.BF16ToF32(k[i]) }, scale, c)
	}
	wsum := func(o, p []float32, v func(i int) float32) {
		for i := range o {
			s := float64(o[i])
			for j, w := range p {
				s += float64(w) * float64(v(j*len(o)+i))
			}
			o[i] = float32(s)
		}
	}
	s.WeightedSum = func(o, p, v []float32) { wsum(o, p, func(i int) float32 { return v[i] }) }
	s.WeightedSumBF16 = func(o, p []float32, v []uint16) { wsum(o, p, func(i int) float32 { return kernels.BF16ToF32(v[i]) }) }
	s.RoPE = func(y, x []float32, cos, sin []float64) {
		h := len(cos)
		for i := range h {
			a, b := x[i], x[i+h]
			cs, sn := float32(cos[i]), float32(sin[i])
			y[i], y[i+h] = a*cs-b*sn, b*cs+a*sn
		}
	}
	s.Softmax = func(x []float32) {
		m := float32(math.Inf(-1))
		for _, v := range x {
			m = max(m, v)
		}
		if math.IsInf(float64(m), -1) {
			clear(x)
			return
		}
		var sum float64
		for i, v := range x {
			x[i] = float32(math.Exp(float64(v - m))) // x−m rounded to float32
			sum += float64(x[i])
		}
		inv := float32(1 / sum)
		for i := range x {
			x[i] *= inv
		}
	}
	s.LogSumExp = func(x []float32) float64 {
		acc := math.Inf(-1)
		for _, v := range x {
			f := float64(v)
			switch {
			case math.IsNaN(f) || math.IsNaN(acc):
				acc = math.NaN()
			case math.IsInf(f, 1) || math.IsInf(acc, 1):
				acc = math.Inf(1)
			case math.IsInf(f, -1):
			case math.IsInf(acc, -1):
				acc = f
			default:
				hi, lo := max(acc, f), min(acc, f)
				acc = hi + math.Log1p(math.Exp(lo-hi))
			}
		}
		return acc
	}
	return s
}

// TestLegitVariantsPass: the default tolerances admit implementations that
// round differently from Scalar but correctly.
func TestLegitVariantsPass(t *testing.T) {
	s := legitSet()
	s.PackedQ4_0 = identityQ4_0()
	for _, err := range kerneltest.Check(s, kerneltest.Options{}) {
		t.Error(err)
	}
}

// faultySet plants one fault in each of most slots. Check holds each slot
// of a set to the same slot of Scalar and to nothing else, so one set
// carrying many faults in distinct slots tests each of them as a set with
// that fault alone would, in one pass. It returns the faulty slots; the
// others are left as Scalar's.
func faultySet() (kernels.Set, map[string]string) {
	sc := kernels.Scalar
	s := sc
	s.Name = "faulty"
	faults := map[string]string{}
	faults["MatMulF32"] = "the last token copies the previous one's row when T ≥ 16"
	s.MatMulF32 = func(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
		sc.MatMulF32(y, ldy, x, w, T, in, o0, o1)
		if T >= 16 {
			copy(y[(T-1)*ldy+o0:(T-1)*ldy+o1], y[(T-2)*ldy+o0:])
		}
	}
	faults["MatMulBF16"] = "drops the last column when in > 256"
	s.MatMulBF16 = func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
		sc.MatMulBF16(y, ldy, x, w, T, in, o0, o1)
		if in > 256 {
			for t := range T {
				for o := o0; o < o1; o++ {
					y[t*ldy+o] -= x[t*in+in-1] * kernels.BF16ToF32(w[o*in+in-1])
				}
			}
		}
	}
	faults["MatMulF16"] = "writes one column past o1"
	s.MatMulF16 = func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
		hi := o1
		if o1 < ldy && (o1+1)*in <= len(w) {
			hi++
		}
		sc.MatMulF16(y, ldy, x, w, T, in, o0, hi)
	}
	faults["MatMulQ8_0"] = "starts its tile at o0 rounded down to 4"
	s.MatMulQ8_0 = func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int) {
		sc.MatMulQ8_0(y, ldy, x, w, T, in, o0&^3, o1)
	}
	faults["MatMulQ4_0"] = "writes row T"
	s.MatMulQ4_0 = func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int) {
		sc.MatMulQ4_0(y, ldy, x, w, T, in, o0, o1)
		if T > 0 && o1 > o0 && T*ldy+o0 < len(y) {
			y[T*ldy+o0] = 0
		}
	}
	faults["WidenF16"] = "nil"
	s.WidenF16 = nil
	faults["DequantQ8_0"] = "reads q as unsigned"
	s.DequantQ8_0 = func(dst []float32, src []byte) {
		for b := range len(dst) / kernels.QBlock {
			blk := src[b*kernels.Q8_0Bytes:]
			d := kernels.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
			for i := range kernels.QBlock {
				dst[b*kernels.QBlock+i] = d * float32(blk[2+i])
			}
		}
	}
	faults["DequantQ4_0"] = "nibbles the wrong way round"
	s.DequantQ4_0 = func(dst []float32, src []byte) {
		for b := range len(dst) / kernels.QBlock {
			blk := src[b*kernels.Q4_0Bytes:]
			d := kernels.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
			for j := range 16 {
				dst[b*kernels.QBlock+j] = d * float32(int(blk[2+j]>>4)-8)
				dst[b*kernels.QBlock+j+16] = d * float32(int(blk[2+j]&15)-8)
			}
		}
	}
	faults["Scale"] = "skips the tail past a multiple of 4"
	s.Scale = func(x []float32, f float32) { sc.Scale(x[:len(x)&^3], f) }
	faults["RMSNorm"] = "wrong in place (normalises what it already wrote)"
	s.RMSNorm = func(y, x, w []float32, eps float32, addOne bool) {
		for i := range x {
			g := w[i]
			if addOne {
				g++
			}
			y[i] = x[i] * g
		}
		var ss float64
		for _, v := range x {
			ss += float64(v) * float64(v)
		}
		r := float32(1 / math.Sqrt(ss/float64(len(x))+float64(eps)))
		for i := range x {
			y[i] *= r
		}
	}
	faults["RoPEAngles"] = "positions reduced mod 64"
	s.RoPEAngles = func(cos, sin []float64, pos float64, inv []float64) {
		sc.RoPEAngles(cos, sin, math.Mod(pos, 64), inv)
	}
	faults["RoPE"] = "rotates pairs i ≥ 32 the wrong way"
	s.RoPE = func(y, x []float32, cos, sin []float64) {
		n := make([]float64, len(sin))
		for i, v := range sin {
			n[i] = v
			if i >= 32 {
				n[i] = -v
			}
		}
		sc.RoPE(y, x, cos, n)
	}
	faults["GeGLU"] = "wrong when y aliases up (two passes)"
	s.GeGLU = func(y, gate, up []float32) {
		for i := range y {
			y[i] = kernels.GeluTanh(gate[i])
		}
		for i := range y {
			y[i] *= up[i]
		}
	}
	faults["Add"] = "panics past 1000 elements"
	s.Add = func(y, a, b []float32) {
		if len(y) > 1000 {
			_ = a[len(a)] // one past the end
		}
		sc.Add(y, a, b)
	}
	faults["Scores"] = "ignores the cap"
	s.Scores = func(sc2, q, k []float32, scale, c float32) { sc.Scores(sc2, q, k, scale, 0) }
	faults["ScoresBF16"] = "drops the last element of heads wider than 64"
	s.ScoresBF16 = func(out, q []float32, k []uint16, scale, c float32) {
		sc.ScoresBF16(out, q, k, scale, c)
		if hd := len(q); hd > 64 {
			q2 := append([]float32(nil), q...)
			q2[hd-1] = 0
			sc.ScoresBF16(out, q2, k, scale, c)
		}
	}
	faults["Softmax"] = "not normalised"
	s.Softmax = func(x []float32) {
		m := float32(math.Inf(-1))
		for _, v := range x {
			m = max(m, v)
		}
		for i, v := range x {
			x[i] = float32(math.Exp(float64(v - m)))
		}
	}
	faults["WeightedSum"] = "overwrites o instead of adding into it"
	s.WeightedSum = func(o, p, v []float32) {
		clear(o)
		sc.WeightedSum(o, p, v)
	}
	faults["StoreBF16"] = "truncates instead of rounding"
	s.StoreBF16 = func(dst []uint16, src []float32) {
		for i, v := range src {
			dst[i] = uint16(math.Float32bits(v) >> 16)
		}
	}
	faults["Argmax"] = "the last maximum instead of the first"
	s.Argmax = func(x []float32) int {
		best := 0
		for i, v := range x {
			if v >= x[best] {
				best = i
			}
		}
		return best
	}
	faults["QuantizeQ8"] = "a scale of max|x|/128, not /127"
	s.QuantizeQ8 = func(dst []byte, src []float32) {
		scaled := make([]float32, len(src))
		for i, v := range src {
			scaled[i] = v * 127 / 128
		}
		sc.QuantizeQ8(dst, scaled)
	}
	faults["MatMulQ8_0Q8"] = "drops the last block of each row"
	s.MatMulQ8_0Q8 = func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
		if in <= kernels.QBlock {
			sc.MatMulQ8_0Q8(y, ldy, xq, w, T, in, o0, o1)
			return
		}
		nb := in / kernels.QBlock
		for t := range T {
			for o := o0; o < o1; o++ {
				var one [1]float32
				sc.MatMulQ8_0Q8(one[:], 1, xq[t*nb*kernels.Q8Bytes:(t*nb+nb-1)*kernels.Q8Bytes], w[o*nb*kernels.Q8_0Bytes:(o*nb+nb-1)*kernels.Q8_0Bytes], 1, in-kernels.QBlock, 0, 1)
				y[t*ldy+o] = one[0]
			}
		}
	}
	faults["MatMulQ4_0Q8"] = "nibbles swapped"
	s.MatMulQ4_0Q8 = func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
		sw := append([]byte(nil), w...)
		for b := 0; b+kernels.Q4_0Bytes <= len(sw); b += kernels.Q4_0Bytes {
			for j := b + 2; j < b+kernels.Q4_0Bytes; j++ {
				sw[j] = sw[j]<<4 | sw[j]>>4
			}
		}
		sc.MatMulQ4_0Q8(y, ldy, xq, sw, T, in, o0, o1)
	}
	faults["MatMulBF16BF16"] = "activations truncated to 7 bits"
	s.MatMulBF16BF16 = func(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int) {
		tx := make([]uint16, len(xh))
		for i, v := range xh {
			tx[i] = v &^ 1
		}
		sc.MatMulBF16BF16(y, ldy, tx, w, T, in, o0, o1)
	}
	faults["RowAlign"] = "zero"
	s.RowAlign = 0
	faults["PackedQ4_0"] = "drops the last block of rows wider than 512 blocks"
	l := identityQ4_0()
	l.MatMul = func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
		if nb := in / kernels.QBlock; nb > 512 {
			cut := func(b []byte, bb, rows int) []byte {
				c := make([]byte, 0, len(b))
				for r := range rows {
					c = append(c, b[r*nb*bb:(r*nb+nb-1)*bb]...)
				}
				return c
			}
			sc.MatMulQ4_0Q8(y, ldy, cut(xq, kernels.Q8Bytes, T), cut(w, kernels.Q4_0Bytes, len(w)/(nb*kernels.Q4_0Bytes)), T, in-kernels.QBlock, o0, o1)
			return
		}
		sc.MatMulQ4_0Q8(y, ldy, xq, w, T, in, o0, o1)
	}
	s.PackedQ4_0 = l
	return s, faults
}

// identityQ4_0 is a packed layout that is GGML's own, multiplied by the
// scalar product: a legitimate PackedQ4_0.
func identityQ4_0() *kernels.PackedLayout {
	return &kernels.PackedLayout{
		Name:     "identity",
		Len:      func(out, in int) int { return out * in / kernels.QBlock * kernels.Q4_0Bytes },
		Pack:     func(dst, w []byte, out, in int) { copy(dst, w[:out*in/kernels.QBlock*kernels.Q4_0Bytes]) },
		MatMul:   kernels.MatMulQ4_0Q8,
		RowAlign: 16,
	}
}

// TestFaultsAreCaught: every planted fault fails the slot that carries
// it, and no other slot.
func TestFaultsAreCaught(t *testing.T) {
	s, faults := faultySet()
	got := bySlot(t, kerneltest.Check(s, kerneltest.Options{}))
	for slot, what := range faults {
		errs := got[slot]
		if len(errs) == 0 {
			t.Errorf("%s (%s): not caught", slot, what)
			continue
		}
		if len(errs) > 4 {
			t.Errorf("%s: %d errors, want at most 3 and a count", slot, len(errs))
		}
		t.Logf("%s (%s): %v", slot, what, errs[0])
	}
	for slot, errs := range got {
		if _, ok := faults[slot]; !ok {
			t.Errorf("%s carries no fault but fails: %v", slot, errs[0])
		}
	}
	if e := got["WidenF16"]; len(e) != 1 || !strings.Contains(e[0].Error(), "nil") {
		t.Errorf("nil slot reported as %v", e)
	}
	if e := got["Add"]; len(e) == 0 || !strings.Contains(e[0].Error(), "panicked") {
		t.Errorf("panicking slot reported as %v", e)
	}
}

func TestSlotsOption(t *testing.T) {
	s, _ := faultySet()
	got := bySlot(t, kerneltest.Check(s, kerneltest.Options{Slots: []string{"Argmax", "SoftCap", "NoSuchSlot"}}))
	var slots []string
	for slot := range got {
		slots = append(slots, slot)
	}
	slices.Sort(slots)
	if !slices.Equal(slots, []string{"Argmax", "NoSuchSlot"}) {
		t.Errorf("failing slots %v, want [Argmax NoSuchSlot]", slots)
	}
}

// TestOptionsWiden: a set whose products are off by 1e-5 relative fails by
// default and passes once MatMulRel admits it.
func TestOptionsWiden(t *testing.T) {
	s := kernels.Scalar
	s.MatMulF32 = func(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
		kernels.MatMulF32(y, ldy, x, w, T, in, o0, o1)
		for t := range T {
			for o := o0; o < o1; o++ {
				y[t*ldy+o] *= 1 + 1e-5
			}
		}
	}
	o := kerneltest.Options{Slots: []string{"MatMulF32"}}
	if len(kerneltest.Check(s, o)) == 0 {
		t.Error("a 1e-5 relative error passes by default")
	}
	o.MatMulRel = 2e-5 * 0x1p24
	if errs := kerneltest.Check(s, o); len(errs) > 0 {
		t.Errorf("with MatMulRel widened: %v", errs[0])
	}
}
