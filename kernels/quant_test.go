package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuantLayout decodes hand-built blocks, so the byte layout is GGML's
// and not merely self-consistent.
func TestQuantLayout(t *testing.T) {
	half := F32ToF16(0.5)
	q8 := make([]byte, Q8_0Bytes)
	q8[0], q8[1] = byte(half), byte(half>>8)
	for i := range 32 {
		q8[2+i] = byte(int8(i - 16))
	}
	got := make([]float32, 32)
	DequantQ8_0(got, q8)
	for i, v := range got {
		if want := 0.5 * float32(i-16); v != want {
			t.Fatalf("q8_0 weight %d = %g, want %g", i, v, want)
		}
	}
	q4 := make([]byte, Q4_0Bytes)
	q4[0], q4[1] = byte(half), byte(half>>8)
	for j := range 16 {
		q4[2+j] = byte(j) | byte(15-j)<<4 // low nibble weight j, high weight j+16
	}
	DequantQ4_0(got, q4)
	for j := range 16 {
		if lo, hi := got[j], got[j+16]; lo != 0.5*float32(j-8) || hi != 0.5*float32(7-j) {
			t.Fatalf("q4_0 weights %d, %d = %g, %g", j, j+16, lo, hi)
		}
	}
}

func TestQuantizeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	x := randF32(r, 32*40, 3)
	copy(x[:32], make([]float32, 32)) // an all-zero block
	q8, q4 := make([]byte, 40*Q8_0Bytes), make([]byte, 40*Q4_0Bytes)
	QuantizeQ8_0(q8, x)
	QuantizeQ4_0(q4, x)
	y8, y4 := make([]float32, len(x)), make([]float32, len(x))
	DequantQ8_0(y8, q8)
	DequantQ4_0(y4, q4)
	for b := range 40 {
		var amax float64
		for _, v := range x[b*32 : (b+1)*32] {
			amax = max(amax, math.Abs(float64(v)))
		}
		d8, d4 := amax/127, amax/8
		for i := b * 32; i < (b+1)*32; i++ {
			if e := math.Abs(float64(y8[i] - x[i])); e > 0.5*d8*1.01+1e-30 {
				t.Fatalf("q8_0 block %d [%d]: %g → %g (d %g)", b, i, x[i], y8[i], d8)
			}
			if e := math.Abs(float64(y4[i] - x[i])); e > d4*1.01+1e-30 {
				t.Fatalf("q4_0 block %d [%d]: %g → %g (d %g)", b, i, x[i], y4[i], d4)
			}
		}
	}
}

// TestMatMulQuant holds the quantized products to a float64 product of the
// dequantized weights, on both paths, unaligned row ranges included, and
// checks nothing outside [o0, o1) is written.
func TestMatMulQuant(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	type mm func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int)
	for _, f := range []struct {
		name  string
		bytes int
		quant func([]byte, []float32)
		deq   func([]float32, []byte)
		mul   mm
	}{{"q8_0", Q8_0Bytes, QuantizeQ8_0, DequantQ8_0, MatMulQ8_0}, {"q4_0", Q4_0Bytes, QuantizeQ4_0, DequantQ4_0, MatMulQ4_0}} {
		for _, in := range []int{32, 64, 544, 1056} {
			const out = 13
			wf := randF32(r, out*in, 1)
			w := make([]byte, out*in/32*f.bytes)
			f.quant(w, wf)
			deq := make([]float32, out*in)
			f.deq(deq, w)
			for _, T := range []int{1, 2, 3, 11, 12, 16, 33} {
				x := randF32(r, T*in, 1)
				for _, rng := range [][2]int{{0, out}, {1, 6}, {5, 12}, {3, 4}} {
					y := make([]float32, T*out)
					for i := range y {
						y[i] = float32(math.NaN())
					}
					f.mul(y, out, x, w, T, in, rng[0], rng[1])
					for tt := range T {
						for o := range out {
							v := y[tt*out+o]
							if o < rng[0] || o >= rng[1] {
								if !math.IsNaN(float64(v)) {
									t.Fatalf("%s wrote y[%d,%d] outside [%d,%d)", f.name, tt, o, rng[0], rng[1])
								}
								continue
							}
							var want, mag float64
							for k := range in {
								p := float64(x[tt*in+k]) * float64(deq[o*in+k])
								want += p
								mag += math.Abs(p)
							}
							if math.Abs(float64(v)-want) > 4*math.Sqrt(float64(in))*0x1p-24*mag+1e-30 {
								t.Fatalf("%s T=%d in=%d [%d,%d]: %g, want %g", f.name, T, in, tt, o, v, want)
							}
						}
					}
				}
			}
		}
	}
}
