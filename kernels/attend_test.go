package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestScoresAndWeightedSum(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for _, hd := range []int{1, 2, 3, 8, 64, 256} {
		for _, c := range []float32{0, 5} {
			const n = 9
			q, k, v := randF32(r, hd, 1), randF32(r, n*hd, 2), randF32(r, n*hd, 1)
			kh, vh := make([]uint16, n*hd), make([]uint16, n*hd)
			F32ToBF16Slice(kh, k)
			F32ToBF16Slice(vh, v)
			sc, sc16 := make([]float32, n), make([]float32, n)
			Scores(sc, q, k, 0.3, c)
			ScoresBF16(sc16, q, kh, 0.3, c)
			for j := range n {
				var dot, dot16, mag float64
				for i := range hd {
					dot += float64(q[i]) * float64(k[j*hd+i])
					dot16 += float64(q[i]) * float64(BF16ToF32(kh[j*hd+i]))
					mag += math.Abs(float64(q[i]) * float64(k[j*hd+i]))
				}
				want, want16 := 0.3*dot, 0.3*dot16
				if c > 0 {
					want, want16 = 5*math.Tanh(want/5), 5*math.Tanh(want16/5)
				}
				tol := 0.3*4*math.Sqrt(float64(hd))*0x1p-24*mag + 2*ulp32*math.Abs(want)
				if !within(sc[j], want, tol, 0) || !within(sc16[j], want16, tol, 0) {
					t.Fatalf("hd=%d cap=%g j=%d: scores %g / %g, want %g / %g", hd, c, j, sc[j], sc16[j], want, want16)
				}
			}
			p := randF32(r, n, 1)
			o, o16 := make([]float32, hd), make([]float32, hd)
			WeightedSum(o, p, v)
			WeightedSumBF16(o16, p, vh)
			for i := range hd {
				var want, want16, mag float64
				for j := range n {
					want += float64(p[j]) * float64(v[j*hd+i])
					want16 += float64(p[j]) * float64(BF16ToF32(vh[j*hd+i]))
					mag += math.Abs(float64(p[j]) * float64(v[j*hd+i]))
				}
				if !within(o[i], want, 2*n*ulp32*mag, 0) || !within(o16[i], want16, 2*n*ulp32*mag, 0) {
					t.Fatalf("hd=%d [%d]: weighted sums %g / %g, want %g / %g", hd, i, o[i], o16[i], want, want16)
				}
			}
		}
	}
}

func TestArgmaxAndLogSumExp(t *testing.T) {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	for _, c := range []struct {
		x    []float32
		want int
	}{{[]float32{1, 3, 3, 2}, 1}, {[]float32{-inf, -inf}, 0}, {[]float32{nan, nan}, 0}, {[]float32{-inf, 2, inf, inf}, 2}, {[]float32{5}, 0}} {
		if got := Argmax(c.x); got != c.want {
			t.Errorf("Argmax(%v) = %d, want %d", c.x, got, c.want)
		}
	}
	r := rand.New(rand.NewPCG(27, 28))
	for _, n := range []int{1, 2, 17, 262144} {
		x := randF32(r, n, 20)
		x[0] = -inf
		if n == 1 {
			x[0] = 3
		}
		m := math.Inf(-1)
		for _, v := range x {
			m = max(m, float64(v))
		}
		var s float64
		for _, v := range x {
			s += math.Exp(float64(v) - m)
		}
		if got, want := LogSumExp(x), m+math.Log(s); math.Abs(got-want) > 1e-12*math.Abs(want)+1e-12 {
			t.Errorf("n=%d: LogSumExp %v, want %v", n, got, want)
		}
	}
	if v := LogSumExp([]float32{-inf, -inf}); !math.IsInf(v, -1) {
		t.Errorf("all -Inf: %v", v)
	}
	if v := LogSumExp([]float32{1, inf}); !math.IsInf(v, 1) {
		t.Errorf("with +Inf: %v", v)
	}
	if v := LogSumExp([]float32{1, nan, 2}); !math.IsNaN(v) {
		t.Errorf("with NaN: %v", v)
	}
}
