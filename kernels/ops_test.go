package kernels

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// within reports |got−want| ≤ atol + rtol·|want|, treating equal
// infinities and NaN against NaN as a match.
func within(got float32, want, atol, rtol float64) bool {
	g := float64(got)
	if math.IsNaN(want) || math.IsInf(want, 0) {
		return g == want || math.IsNaN(g) && math.IsNaN(want)
	}
	return math.Abs(g-want) <= atol+rtol*math.Abs(want)
}

// ulp32 is a relative tolerance of one float32 ulp.
const ulp32 = 0x1p-23

var vecLens = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 64, 127, 2048, 2049}

func TestRMSNorm(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range vecLens[1:] {
		for _, addOne := range []bool{false, true} {
			x := randF32(r, n, 3)
			w := randF32(r, n, 0.5)
			const eps = 1e-6
			var ss float64
			for _, v := range x {
				ss += float64(v) * float64(v)
			}
			rs := 1 / math.Sqrt(ss/float64(n)+eps)
			want := make([]float64, n)
			for i := range x {
				g := float64(w[i])
				if addOne {
					g++
				}
				want[i] = float64(x[i]) * rs * g
			}
			y := make([]float32, n)
			RMSNorm(y, x, w, eps, addOne)
			RMSNorm(x, x, w, eps, addOne) // in place
			for i := range y {
				if !within(y[i], want[i], 1e-30, ulp32) || x[i] != y[i] {
					t.Fatalf("n=%d addOne=%v [%d]: got %g (in place %g), want %g", n, addOne, i, y[i], x[i], want[i])
				}
			}
		}
	}
	RMSNorm(nil, nil, nil, 1e-6, true) // empty row: no-op
}

// geluTanhRef is the formula as written, in float64.
func geluTanhRef(x float64) float64 {
	return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
}

func TestGeluTanh(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var xs []float32
	for x := -12.0; x <= 12; x += 1.0 / 512 {
		xs = append(xs, float32(x))
	}
	for range 100000 {
		xs = append(xs, float32(r.NormFloat64()*4), float32(r.NormFloat64()*1e-3))
	}
	xs = append(xs, 0, 1e-30, -1e-30, 1e-45, 100, -100, 3e38, -3e38, 30, -20.5)
	for _, x := range xs {
		want := geluTanhRef(float64(x))
		// The tanh form loses ~1e-16·|x| to cancellation for x < 0, hence atol.
		// and float32's smallest subnormal covers results that round to 0.
		if got := GeluTanh(x); !within(got, want, 1e-15*math.Abs(float64(x))+0x1p-149, ulp32) {
			t.Fatalf("GeluTanh(%g) = %.9g, want %.9g", x, got, want)
		}
	}
	for _, c := range []struct{ x, want float32 }{
		{float32(math.Inf(1)), float32(math.Inf(1))}, {float32(math.Inf(-1)), 0},
	} {
		if got := GeluTanh(c.x); got != c.want {
			t.Errorf("GeluTanh(%g) = %g, want %g", c.x, got, c.want)
		}
	}
	if got := GeluTanh(float32(math.NaN())); !math.IsNaN(float64(got)) {
		t.Errorf("GeluTanh(NaN) = %g", got)
	}
}

func TestGeGLU(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range vecLens {
		g, u := randF32(r, n, 2), randF32(r, n, 2)
		y := make([]float32, n)
		GeGLU(y, g, u)
		for i := range y {
			want := geluTanhRef(float64(g[i])) * float64(u[i])
			if !within(y[i], want, 1e-15*math.Abs(float64(g[i]*u[i])), ulp32) {
				t.Fatalf("n=%d [%d]: GeGLU = %g, want %g", n, i, y[i], want)
			}
		}
		GeGLU(g, g, u) // aliasing the gate
		for i := range y {
			if g[i] != y[i] {
				t.Fatalf("n=%d [%d]: in place %g, want %g", n, i, g[i], y[i])
			}
		}
	}
}

func TestSoftCap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	inf := float32(math.Inf(1))
	for _, c := range []float32{3, 30, 50} {
		x := randF32(r, 1000, float64(c))
		x = append(x, 0, 1e-20, -1e-20, 1e6, -1e6, inf, -inf)
		want := make([]float64, len(x))
		for i, v := range x {
			want[i] = float64(c) * math.Tanh(float64(v)/float64(c))
		}
		// Out of place, x one longer than y (only len(y) counts), then in place.
		y := make([]float32, len(x))
		SoftCap(y, append(x, float32(math.NaN())), c)
		SoftCap(x, x, c)
		for i := range x {
			if !within(y[i], want[i], 1e-30, ulp32) || x[i] != y[i] {
				t.Fatalf("c=%g [%d]: got %g (in place %g), want %g", c, i, y[i], x[i], want[i])
			}
		}
	}
}

func TestSoftmax(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	ninf := float32(math.Inf(-1))
	cases := [][]float32{{0}, {1, 2}, {ninf, 3, ninf}, {100, -100, 88}, {1e30, 1e30}}
	for _, n := range []int{3, 17, 1000, 256000} {
		cases = append(cases, randF32(r, n, 10))
	}
	for ci, x := range cases {
		m := math.Inf(-1)
		for _, v := range x {
			m = max(m, float64(v))
		}
		want := make([]float64, len(x))
		var sum float64
		for i, v := range x {
			want[i] = math.Exp(float64(v) - m)
			sum += want[i]
		}
		Softmax(x)
		var got float64
		for i := range x {
			if !within(x[i], want[i]/sum, 1e-45, 2*ulp32) {
				t.Fatalf("case %d [%d]: got %g, want %g", ci, i, x[i], want[i]/sum)
			}
			got += float64(x[i])
		}
		if math.Abs(got-1) > 1e-6 {
			t.Errorf("case %d: sums to %v", ci, got)
		}
	}
	masked := []float32{ninf, ninf}
	Softmax(masked)
	if masked[0] != 0 || masked[1] != 0 {
		t.Errorf("all -Inf row: got %v, want zeros", masked)
	}
	Softmax(nil)
}

func TestRoPE(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, hd := range []int{2, 16, 32, 256} {
		for _, theta := range []float64{1e4, 1e6} {
			for _, posScale := range []float64{1, 8} {
				inv := RoPEInvFreq(hd, theta, posScale)
				for i, f := range inv {
					if want := math.Pow(theta, -float64(2*i)/float64(hd)) / posScale; math.Abs(f-want) > 1e-15*want {
						t.Fatalf("RoPEInvFreq(%d, %g, %g)[%d] = %g, want %g", hd, theta, posScale, i, f, want)
					}
				}
				cos, sin := make([]float64, hd/2), make([]float64, hd/2)
				for _, pos := range []float64{0, 1, 7, 64, 1000, 8191, 131071} {
					x := randF32(r, hd, 1)
					want := make([]complex128, hd/2)
					for i := range want {
						// The rotation as a complex product, independently of RoPE's algebra.
						z := complex(float64(x[i]), float64(x[i+hd/2]))
						want[i] = z * cmplx.Exp(complex(0, pos*inv[i]))
					}
					RoPEAngles(cos, sin, pos, inv)
					y := make([]float32, hd)
					RoPE(y, x, cos, sin)
					z := append([]float32(nil), x...)
					RoPE(z, z, cos, sin) // in place
					for i, w := range want {
						re, im := real(w), imag(w)
						scale := cmplx.Abs(w)
						if !within(y[i], re, ulp32*scale, ulp32) || !within(y[i+hd/2], im, ulp32*scale, ulp32) {
							t.Fatalf("hd=%d θ=%g pos=%g i=%d: got (%g, %g), want (%g, %g)", hd, theta, pos, i, y[i], y[i+hd/2], re, im)
						}
						if z[i] != y[i] || z[i+hd/2] != y[i+hd/2] {
							t.Fatalf("in-place RoPE differs at hd=%d pos=%g i=%d", hd, pos, i)
						}
					}
				}
			}
		}
	}
}

func TestVectorOps(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for _, n := range vecLens {
		a, b := randF32(r, n, 1), randF32(r, n+3, 1) // b longer: only len(a) counts
		var want, mag float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
			mag += math.Abs(float64(a[i]) * float64(b[i]))
		}
		if got := Dot(a, b); !within(got, want, 4*math.Sqrt(float64(n)+1)*0x1p-24*mag, 0) {
			t.Fatalf("Dot n=%d: got %g, want %g", n, got, want)
		}
		y := make([]float32, n)
		Add(y, a, b)
		for i := range y {
			if y[i] != a[i]+b[i] {
				t.Fatalf("Add n=%d [%d]", n, i)
			}
		}
		Mul(y, a, b)
		for i := range y {
			if y[i] != a[i]*b[i] {
				t.Fatalf("Mul n=%d [%d]", n, i)
			}
		}
		copy(y, a)
		Scale(y, 0.25)
		for i := range y {
			if y[i] != a[i]*0.25 {
				t.Fatalf("Scale n=%d [%d]", n, i)
			}
		}
		copy(y, a)
		Axpy(y, 1.5, b)
		for i := range y {
			p, q := float64(a[i]), 1.5*float64(b[i])
			if !within(y[i], p+q, ulp32*(math.Abs(p)+math.Abs(q)), 0) {
				t.Fatalf("Axpy n=%d [%d]", n, i)
			}
		}
	}
}

func TestOpsNoAllocs(t *testing.T) {
	const n = 64
	x, y, w := make([]float32, n), make([]float32, n), make([]float32, n)
	inv := RoPEInvFreq(n, 1e4, 1)
	cos, sin := make([]float64, n/2), make([]float64, n/2)
	a := testing.AllocsPerRun(10, func() {
		RMSNorm(y, x, w, 1e-6, true)
		GeGLU(y, x, w)
		SoftCap(y, y, 30)
		Softmax(y)
		RoPEAngles(cos, sin, 3, inv)
		RoPE(y, y, cos, sin)
		Scores(y[:4], x[:8], w[:32], 0.5, 30)
		WeightedSum(x[:8], y[:4], w[:32])
		_ = Argmax(y)
		_ = LogSumExp(y)
		_ = Dot(x, y)
		Add(y, x, w)
		Axpy(y, 2, x)
		Scale(y, 3)
	})
	if a != 0 {
		t.Errorf("%v allocations per run", a)
	}
}
