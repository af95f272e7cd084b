package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// The narrow products' scalar twins against float64 references built from
// the formats' definitions (not from the kernels' helpers): a product of
// dequantized weights and dequantized activations, or of widened bf16
// values, each term exact in float64.

// q8Value is value i of a Q8 (or Q8_0) block, from the spec.
func q8Value(blk []byte, i int) float64 {
	return f16Value(uint16(blk[0])|uint16(blk[1])<<8) * float64(int8(blk[2+i]))
}

// q4Value is weight i of a Q4_0 block.
func q4Value(blk []byte, i int) float64 {
	nib := blk[2+i%16] & 0xf
	if i >= 16 {
		nib = blk[2+i%16] >> 4
	}
	return f16Value(uint16(blk[0])|uint16(blk[1])<<8) * float64(int(nib)-8)
}

// randQ8Acts returns T rows of Q8 activations: QuantizeQ8 of Gaussian
// rows, every third row scaled by a different power of ten.
func randQ8Acts(r *rand.Rand, T, in int) []byte {
	xq := make([]byte, T*in/QBlock*Q8Bytes)
	for t := range T {
		QuantizeQ8(xq[t*in/QBlock*Q8Bytes:], randF32(r, in, math.Pow(10, float64(t%3*2-2))))
	}
	return xq
}

// TestMatMulNarrowQ holds MatMulQ8_0Q8 and MatMulQ4_0Q8 to Σ
// dequant(w)·dequant(x) in float64, which is exact (each term has at most
// 38 significant bits). Scalar sums nb block terms in float32, each term
// rounded once: |Δ| ≤ (nb+1)·2⁻²⁴·Σ_b|term_b|, and one block is exact to
// the rounding of its single product. Nothing outside the range is
// written.
func TestMatMulNarrowQ(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	const out, ldy = 11, 13
	ranges := [][2]int{{0, out}, {1, 6}, {3, 4}, {5, 5}}
	for _, f := range []struct {
		name  string
		bytes int
		value func(blk []byte, i int) float64
		mul   func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int)
	}{
		{"q8_0", Q8_0Bytes, q8Value, MatMulQ8_0Q8},
		{"q4_0", Q4_0Bytes, q4Value, MatMulQ4_0Q8},
	} {
		for _, in := range []int{32, 64, 96, 2080} {
			nb := in / QBlock
			w := randQuant(r, out*nb, f.bytes)
			for _, T := range []int{1, 2, 5} {
				xq := randQ8Acts(r, T, in)
				for _, rg := range ranges {
					o0, o1 := rg[0], rg[1]
					name := fmt.Sprintf("%s T=%d in=%d o=[%d,%d)", f.name, T, in, o0, o1)
					y := make([]float32, (T+1)*ldy)
					for i := range y {
						y[i] = sentinel
					}
					f.mul(y, ldy, xq, w, T, in, o0, o1)
					for i, v := range y {
						tt, o := i/ldy, i%ldy
						if tt >= T || o < o0 || o >= o1 {
							if !isSentinel(v) {
								t.Fatalf("%s: wrote y[t=%d,o=%d] = %g outside the range", name, tt, o, v)
							}
							continue
						}
						var want, mag float64
						for b := range nb {
							wb, xb := w[(o*nb+b)*f.bytes:], xq[(tt*nb+b)*Q8Bytes:]
							var s float64
							for k := range QBlock {
								s += f.value(wb, k) * q8Value(xb, k)
							}
							want += s
							mag += math.Abs(s)
						}
						tol := float64(nb+1) * 0x1p-24 * mag
						if nb == 1 {
							tol = 0x1p-24 * mag // one product, rounded once
						}
						if d := math.Abs(float64(v) - want); !(d <= tol+1e-45) {
							t.Fatalf("%s: y[t=%d,o=%d] = %.9g, want %.9g (|Δ| %.3g > %.3g)", name, tt, o, v, want, d, tol)
						}
					}
				}
			}
		}
	}
}

// TestMatMulBF16BF16 holds the bf16 × bf16 twin to a float64 sum of the
// exact products: a float32 sum of in terms, |Δ| ≤ in·2⁻²⁴·Σ|w·x|.
func TestMatMulBF16BF16(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	const out, ldy = 9, 10
	for _, in := range []int{1, 7, 32, 257, 2048} {
		for _, T := range []int{1, 3, 17} {
			w, x := make([]uint16, out*in), make([]uint16, T*in)
			F32ToBF16Slice(w, randF32(r, out*in, 1))
			F32ToBF16Slice(x, randF32(r, T*in, 3))
			y := make([]float32, (T+1)*ldy)
			for i := range y {
				y[i] = sentinel
			}
			o0, o1 := 1, out-1
			MatMulBF16BF16(y, ldy, x, w, T, in, o0, o1)
			for i, v := range y {
				tt, o := i/ldy, i%ldy
				if tt >= T || o < o0 || o >= o1 {
					if !isSentinel(v) {
						t.Fatalf("in=%d T=%d: wrote y[t=%d,o=%d] outside the range", in, T, tt, o)
					}
					continue
				}
				var want, mag float64
				for k := range in {
					p := float64(BF16ToF32(w[o*in+k])) * float64(BF16ToF32(x[tt*in+k]))
					want += p
					mag += math.Abs(p)
				}
				if d := math.Abs(float64(v) - want); !(d <= float64(in)*0x1p-24*mag+1e-45) {
					t.Fatalf("in=%d T=%d: y[t=%d,o=%d] = %.9g, want %.9g", in, T, tt, o, v, want)
				}
			}
		}
	}
}

// TestQuantizeQ8 checks the activation quantizer against its definition:
// d = max|x|/127 rounded to a half, every |x/d − q| ≤ ½ with q in
// [−127, 127] (never −128), and it is QuantizeQ8_0's encoding.
func TestQuantizeQ8(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 36))
	const nb = 40
	x := make([]float32, nb*QBlock)
	for b := range nb {
		s := math.Pow(10, float64(b%9-4))
		for i := range QBlock {
			x[b*QBlock+i] = float32(r.NormFloat64() * s)
		}
	}
	q, q0 := make([]byte, nb*Q8Bytes), make([]byte, nb*Q8_0Bytes)
	QuantizeQ8(q, x)
	QuantizeQ8_0(q0, x)
	if string(q) != string(q0) {
		t.Fatal("QuantizeQ8 differs from QuantizeQ8_0")
	}
	for b := range nb {
		blk, xb := q[b*Q8Bytes:(b+1)*Q8Bytes], x[b*QBlock:(b+1)*QBlock]
		var amax float64
		for _, v := range xb {
			amax = math.Max(amax, math.Abs(float64(v)))
		}
		h := uint16(blk[0]) | uint16(blk[1])<<8
		if want := F32ToF16(float32(amax) / 127); h != want {
			t.Fatalf("block %d: scale %#04x, want %#04x", b, h, want)
		}
		d := f16Value(h)
		for i, v := range xb {
			qi := int8(blk[2+i])
			if qi == -128 {
				t.Fatalf("block %d: q[%d] = −128", b, i)
			}
			if e := math.Abs(float64(v)/d - float64(qi)); d != 0 && !(e <= 0.5+1e-6) && math.Abs(float64(qi)) < 127 {
				t.Fatalf("block %d: q[%d] = %d for x/d = %g", b, i, qi, float64(v)/d)
			}
		}
	}
}
