package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// sentinel marks output slots a kernel must not write; compared by bits.
var sentinel = math.Float32frombits(0x7fc0dead)

func isSentinel(v float32) bool { return math.Float32bits(v) == 0x7fc0dead }

// capRef is the soft cap in float64: c·tanh(v/c) for c > 0, else v.
func capRef(v, c float64) float64 {
	if c > 0 {
		return c * math.Tanh(v/c)
	}
	return v
}

func TestScores(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for _, hd := range []int{1, 2, 3, 8, 64, 256} {
		for _, n := range []int{1, 9, 33} {
			// Large enough that scale·q·k reaches well past the cap.
			q, k := randF32(r, hd, 3), randF32(r, n*hd+hd, 3) // k one row longer: only len(sc) rows count
			kh := make([]uint16, len(k))
			F32ToBF16Slice(kh, k)
			for _, scale := range []float32{0.3, float32(1 / math.Sqrt(float64(hd)))} {
				for _, c := range []float32{0, 5} {
					buf, buf16 := make([]float32, n+1), make([]float32, n+1)
					buf[n], buf16[n] = sentinel, sentinel
					sc, sc16 := buf[:n], buf16[:n]
					Scores(sc, q, k, scale, c)
					ScoresBF16(sc16, q, kh, scale, c)
					if !isSentinel(buf[n]) || !isSentinel(buf16[n]) {
						t.Fatalf("hd=%d n=%d: wrote past len(sc)", hd, n)
					}
					for j := range n {
						var dot, dot16, mag, mag16 float64
						for i := range hd {
							a := float64(q[i])
							b, b16 := float64(k[j*hd+i]), float64(BF16ToF32(kh[j*hd+i]))
							dot += a * b
							dot16 += a * b16
							mag += math.Abs(a * b)
							mag16 += math.Abs(a * b16)
						}
						s := float64(scale)
						want, want16 := capRef(s*dot, float64(c)), capRef(s*dot16, float64(c))
						// The float32 dot's error, scaled (the cap only shrinks
						// differences), plus the roundings of ·scale and the cap.
						tol := 4*math.Sqrt(float64(hd))*0x1p-24*s*mag + 2*ulp32*math.Abs(want)
						tol16 := 4*math.Sqrt(float64(hd))*0x1p-24*s*mag16 + 2*ulp32*math.Abs(want16)
						if !within(sc[j], want, tol, 0) || !within(sc16[j], want16, tol16, 0) {
							t.Fatalf("hd=%d n=%d scale=%g cap=%g j=%d: scores %g / bf16 %g, want %g / %g",
								hd, n, scale, c, j, sc[j], sc16[j], want, want16)
						}
						if c > 0 && (math.Abs(float64(sc[j])) > float64(c) || math.Abs(float64(sc16[j])) > float64(c)) {
							t.Fatalf("hd=%d j=%d: capped score %g beyond the cap %g", hd, j, sc[j], c)
						}
					}
				}
			}
		}
	}
}

func TestWeightedSum(t *testing.T) {
	r := rand.New(rand.NewPCG(29, 30))
	for _, hd := range []int{1, 2, 3, 8, 64, 256} {
		for _, n := range []int{1, 2, 7, 33} {
			p := make([]float32, n)
			for j := range p {
				p[j] = float32(r.Float64()) // softmax-like weights
			}
			v := randF32(r, n*hd+hd, 2) // one row longer: only len(p) rows count
			vh := make([]uint16, len(v))
			F32ToBF16Slice(vh, v)
			o0 := randF32(r, hd, 1) // WeightedSum adds into o
			o, o16 := append([]float32(nil), o0...), append([]float32(nil), o0...)
			WeightedSum(o, p, v)
			WeightedSumBF16(o16, p, vh)
			for i := range hd {
				want, want16 := float64(o0[i]), float64(o0[i])
				mag, mag16 := math.Abs(want), math.Abs(want)
				for j := range n {
					a, b := float64(p[j])*float64(v[j*hd+i]), float64(p[j])*float64(BF16ToF32(vh[j*hd+i]))
					want += a
					want16 += b
					mag += math.Abs(a)
					mag16 += math.Abs(b)
				}
				// n sequential float32 multiply-adds: two roundings each.
				if !within(o[i], want, float64(2*n)*ulp32*mag, 0) || !within(o16[i], want16, float64(2*n)*ulp32*mag16, 0) {
					t.Fatalf("hd=%d n=%d [%d]: weighted sums %g / bf16 %g, want %g / %g", hd, n, i, o[i], o16[i], want, want16)
				}
			}
		}
	}
}

func TestArgmax(t *testing.T) {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	negZero := float32(math.Copysign(0, -1))
	for _, c := range []struct {
		x    []float32
		want int
	}{
		{[]float32{5}, 0},
		{[]float32{1, 3, 3, 2}, 1},          // tie: the first
		{[]float32{7, 7, 7}, 0},             // all equal
		{[]float32{negZero, 0}, 0},          // −0 == +0: a tie
		{[]float32{-inf, -inf}, 0},          // all −Inf
		{[]float32{-inf, -5, -inf, -5}, 1},  // masked entries
		{[]float32{-inf, 2, inf, inf}, 2},   // +Inf wins, first of two
		{[]float32{nan, nan, nan}, 0},       // all NaN
		{[]float32{1, nan, 3, nan}, 2},      // NaN never compares larger
		{[]float32{-1e30, -3e38, -1e30}, 0}, // negative maximum, tied
	} {
		if got := Argmax(c.x); got != c.want {
			t.Errorf("Argmax(%v) = %d, want %d", c.x, got, c.want)
		}
	}
	r := rand.New(rand.NewPCG(31, 32))
	for _, n := range []int{2, 17, 1000, 262144} {
		x := randF32(r, n, 10)
		a, b := r.IntN(n), r.IntN(n)
		top := float32(100)
		x[a], x[b] = top, top // planted maximum, maybe twice
		want := min(a, b)
		if got := Argmax(x); got != want {
			t.Errorf("n=%d: Argmax = %d, want %d", n, got, want)
		}
	}
}

// logAddExp is log(e^a + e^b) by the log1p identity, an accumulation
// independent of LogSumExp's max-then-sum.
func logAddExp(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(b, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}

func TestLogSumExp(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	var rows [][]float32
	for _, n := range []int{1, 2, 17, 1000, 262144} {
		rows = append(rows, randF32(r, n, 20))
		big := randF32(r, n, 1) // far from 0: a float32 exp would overflow
		for i := range big {
			big[i] += 1e4
		}
		rows = append(rows, big)
		masked := randF32(r, n, 5)
		for i := 0; i < n-1; i += 3 {
			masked[i] = -inf
		}
		rows = append(rows, masked)
	}
	rows = append(rows, []float32{3e38, 3e38}, []float32{-3e38, 0}, []float32{-inf, 0})
	for _, x := range rows {
		want := math.Inf(-1)
		for _, v := range x {
			want = logAddExp(want, float64(v))
		}
		// logAddExp rounds once per entry: its own error grows with n.
		tol := 1e-15 * float64(len(x)) * max(1, math.Abs(want))
		if got := LogSumExp(x); !(math.Abs(got-want) <= tol) {
			t.Errorf("n=%d x[0]=%g: LogSumExp %v, want %v", len(x), x[0], got, want)
		}
	}
	for _, c := range []struct {
		name string
		x    []float32
		want float64
	}{
		{"empty", nil, math.Inf(-1)},
		{"all -Inf", []float32{-inf, -inf, -inf}, math.Inf(-1)},
		{"+Inf", []float32{1, inf, -inf}, math.Inf(1)},
		{"NaN", []float32{1, nan, 2}, math.NaN()},
		{"NaN first", []float32{nan, 1, inf}, math.NaN()},
		{"NaN after +Inf", []float32{inf, nan}, math.NaN()},
	} {
		got := LogSumExp(c.x)
		if got != c.want && !(math.IsNaN(got) && math.IsNaN(c.want)) {
			t.Errorf("%s: LogSumExp = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestAttendNoAllocs(t *testing.T) {
	const hd, n = 64, 16
	q, k := make([]float32, hd), make([]float32, n*hd)
	kh := make([]uint16, n*hd)
	sc, o := make([]float32, n), make([]float32, hd)
	if a := testing.AllocsPerRun(10, func() {
		Scores(sc, q, k, 0.125, 50)
		ScoresBF16(sc, q, kh, 0.125, 0)
		WeightedSum(o, sc, k)
		WeightedSumBF16(o, sc, kh)
		F32ToBF16Slice(kh, k)
		_ = Argmax(k)
		_ = LogSumExp(k)
	}); a != 0 {
		t.Errorf("%v allocations per run", a)
	}
}
