package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// matMulRef is the float64 twin of the MatMul kernels on widened weights. It
// also returns Σ|x·w| per output, the scale of a float32 dot product's error.
func matMulRef(x, w []float64, T, in, out int) (want, mag []float64) {
	want = make([]float64, T*out)
	mag = make([]float64, T*out)
	for t := range T {
		for o := range out {
			var s, m float64
			for i := range in {
				p := x[t*in+i] * w[o*in+i]
				s += p
				m += math.Abs(p)
			}
			want[t*out+o], mag[t*out+o] = s, m
		}
	}
	return want, mag
}

func randF32(r *rand.Rand, n int, scale float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64() * scale)
	}
	return v
}

func widen(v []float32) []float64 {
	d := make([]float64, len(v))
	for i, f := range v {
		d[i] = float64(f)
	}
	return d
}

type matMulCase struct{ T, in, out, o0, o1, pad int }

var matMulCases = []matMulCase{
	{T: 1, in: 1, out: 1, o1: 1},
	{T: 1, in: 7, out: 5, o1: 5},
	{T: 1, in: 33, out: 9, o0: 1, o1: 8, pad: 3},
	{T: 2, in: 17, out: 6, o0: 2, o1: 6},
	{T: 3, in: 255, out: 7, o1: 7, pad: 1},
	{T: 4, in: 3, out: 4, o1: 4},
	{T: 5, in: 9, out: 11, o0: 3, o1: 10, pad: 2},
	{T: 5, in: 257, out: 21, o0: 1, o1: 20},
	{T: 11, in: 300, out: 35, o0: 2, o1: 35, pad: 5},
	{T: 12, in: 31, out: 9, o0: 0, o1: 9},
	{T: 13, in: 1030, out: 19, o0: 0, o1: 19},
	{T: 17, in: 300, out: 35, o0: 2, o1: 35, pad: 5},
	{T: 17, in: 513, out: 19, o0: 0, o1: 19},
	{T: 260, in: 67, out: 37, o0: 5, o1: 36, pad: 1},
	{T: 6, in: 0, out: 3, o1: 3},
	{T: 13, in: 0, out: 3, o0: 1, o1: 3, pad: 1},
	{T: 0, in: 8, out: 4, o1: 4},
	{T: 3, in: 8, out: 4, o0: 2, o1: 2},
}

// runMatMul checks mm on every case: outputs within a float32 error bound
// of the float64 reference, and nothing outside [o0,o1) or in the row
// padding touched.
func runMatMul(t *testing.T, name string, mm func(y []float32, ldy int, x []float32, T, in, o0, o1 int, w []float64, seed uint64)) {
	for _, c := range matMulCases {
		t.Run(fmt.Sprintf("%s/T=%d/in=%d/out=%d/o=%d-%d/ldy+%d", name, c.T, c.in, c.out, c.o0, c.o1, c.pad), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(c.T*1000003+c.in*1009+c.out), 7))
			x := randF32(r, c.T*c.in, 1)
			ldy := c.out + c.pad
			y := make([]float32, max(c.T*ldy, 1))
			sentinel := float32(math.Inf(-1))
			for i := range y {
				y[i] = sentinel
			}
			w := make([]float64, c.out*c.in)
			mm(y, ldy, x, c.T, c.in, c.o0, c.o1, w, r.Uint64())
			want, mag := matMulRef(widen(x), w, c.T, c.in, c.out)
			bad := 0
			for tt := range c.T {
				for o := range ldy {
					got := y[tt*ldy+o]
					if o < c.o0 || o >= c.o1 {
						if got != sentinel {
							t.Fatalf("y[t=%d,o=%d] = %g written outside [o0,o1)", tt, o, got)
						}
						continue
					}
					wt, m := want[tt*c.out+o], mag[tt*c.out+o]
					tol := 8*math.Sqrt(float64(c.in)+1)*0x1p-24*m + 1e-30
					if d := math.Abs(float64(got) - wt); !(d <= tol) {
						if bad++; bad < 5 {
							t.Errorf("y[t=%d,o=%d] = %.9g, want %.9g (|Δ|=%.3g > %.3g)", tt, o, got, wt, d, tol)
						}
					}
				}
			}
		})
	}
}

func TestMatMulF32(t *testing.T) {
	runMatMul(t, "f32", func(y []float32, ldy int, x []float32, T, in, o0, o1 int, w []float64, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 1))
		wf := randF32(r, len(w), 1/math.Sqrt(float64(in+1)))
		copy(w, widen(wf))
		MatMulF32(y, ldy, x, wf, T, in, o0, o1)
	})
}

func TestMatMulBF16(t *testing.T) {
	runMatMul(t, "bf16", func(y []float32, ldy int, x []float32, T, in, o0, o1 int, w []float64, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 2))
		wh := make([]uint16, len(w))
		for i := range wh {
			wh[i] = F32ToBF16(float32(r.NormFloat64() / math.Sqrt(float64(in+1))))
			w[i] = float64(BF16ToF32(wh[i]))
		}
		MatMulBF16(y, ldy, x, wh, T, in, o0, o1)
	})
}

func TestMatMulF16(t *testing.T) {
	runMatMul(t, "f16", func(y []float32, ldy int, x []float32, T, in, o0, o1 int, w []float64, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 3))
		wh := make([]uint16, len(w))
		for i := range wh {
			// Scale so that a good share of weights are f16 subnormals.
			wh[i] = F32ToF16(float32(r.NormFloat64() * 1e-4))
			w[i] = float64(F16ToF32(wh[i]))
		}
		MatMulF16(y, ldy, x, wh, T, in, o0, o1)
	})
}

// TestMatMulPathsAgree runs the matvec and the blocked path on the same
// input: both must agree with each other to float32 rounding.
func TestMatMulPathsAgree(t *testing.T) {
	const in, out, T = 600, 13, minBlockedT + 1
	r := rand.New(rand.NewPCG(5, 5))
	x := randF32(r, T*in, 1)
	w := make([]uint16, out*in)
	for i := range w {
		w[i] = F32ToBF16(float32(r.NormFloat64() * 0.05))
	}
	blocked := make([]float32, T*out)
	MatMulBF16(blocked, out, x, w, T, in, 0, out)
	for tt := range T {
		one := make([]float32, out)
		MatMulBF16(one, out, x[tt*in:(tt+1)*in], w, 1, in, 0, out)
		for o := range out {
			if d := math.Abs(float64(one[o] - blocked[tt*out+o])); d > 1e-5 {
				t.Errorf("t=%d o=%d: matvec %g, blocked %g", tt, o, one[o], blocked[tt*out+o])
			}
		}
	}
}

func TestMatMulNoAllocs(t *testing.T) {
	const T, in, out = minBlockedT + 3, 70, 12
	x := make([]float32, T*in)
	y := make([]float32, T*out)
	wf := make([]float32, out*in)
	wh := make([]uint16, out*in)
	for name, f := range map[string]func(){
		"f32/T=1":      func() { MatMulF32(y, out, x, wf, 1, in, 0, out) },
		"f32/blocked":  func() { MatMulF32(y, out, x, wf, T, in, 0, out) },
		"bf16/T=1":     func() { MatMulBF16(y, out, x, wh, 1, in, 0, out) },
		"bf16/blocked": func() { MatMulBF16(y, out, x, wh, T, in, 0, out) },
		"f16/T=1":      func() { MatMulF16(y, out, x, wh, 1, in, 0, out) },
		"f16/blocked":  func() { MatMulF16(y, out, x, wh, T, in, 0, out) },
	} {
		if a := testing.AllocsPerRun(10, f); a != 0 {
			t.Errorf("%s: %v allocations per call", name, a)
		}
	}
}

func TestMatMulShapePanics(t *testing.T) {
	for name, f := range map[string]func(){
		"short x":   func() { MatMulF32(make([]float32, 4), 4, make([]float32, 3), make([]float32, 16), 1, 4, 0, 4) },
		"short w":   func() { MatMulF32(make([]float32, 4), 4, make([]float32, 4), make([]float32, 15), 1, 4, 0, 4) },
		"short y":   func() { MatMulF32(make([]float32, 7), 4, make([]float32, 8), make([]float32, 16), 2, 4, 0, 4) },
		"small ldy": func() { MatMulF32(make([]float32, 8), 3, make([]float32, 8), make([]float32, 16), 2, 4, 0, 4) },
		"o1 < o0":   func() { MatMulF32(make([]float32, 8), 4, make([]float32, 8), make([]float32, 16), 2, 4, 3, 2) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}
