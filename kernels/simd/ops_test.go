package simd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The tests below hold the vectorised O(d) and attention slots to their
// scalar twins more tightly than kerneltest (which TestPaths runs): the
// float64 kernels within 1 ulp of the scalar's once-rounded result, the
// conversions bit for bit (NaN payloads included), over every length up
// to 70 and around powers of two, unaligned slices, and special values.

// vecPaths returns the vectorised paths this CPU runs.
func vecPaths(t testing.TB) []string {
	var ps []string
	for _, p := range []string{"avx2", "avx512"} {
		if Available(p) == nil {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		t.Skip("no vectorised path on this CPU")
	}
	return ps
}

// opLens: 0 to 70, then 2^k − 1, 2^k, 2^k + 1 up to 2^13.
func opLens() []int {
	var ls []int
	for n := range 71 {
		ls = append(ls, n)
	}
	for k := 7; k <= 13; k++ {
		ls = append(ls, 1<<k-1, 1<<k, 1<<k+1)
	}
	return ls
}

// specials are the inputs every element-wise kernel must get right.
var specials = []float32{
	0, float32(math.Copysign(0, -1)), 1, -1,
	float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()),
	math.Float32frombits(0x7fa00001), // a signalling NaN
	math.Float32frombits(0xffc12345), // a negative NaN with payload
	math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 0x1p-127, -0x1p-130,
	math.MaxFloat32, -math.MaxFloat32, 1e30, -1e30, 1e-30, -1e-30,
	1e-8, -1e-8, 1e-4, -1e-4, 0.5, -0.5, 3, -3, 9.5, -9.5, 11, -11, 19.99, -19.99,
	-20, -20.01, 20, 87, -87, 88.8, -88.8, 100, -100, 1e4, -1e4,
}

// vec returns n values from gen starting off elements into a larger
// array, with the capacity cut at n: unaligned, nothing to read past.
func vec(n, off int, gen func(i int) float32) []float32 {
	v := make([]float32, n+off)[off : off+n : off+n]
	for i := range v {
		v[i] = gen(i)
	}
	return v
}

// mixed draws ordinary values of several magnitudes with specials mixed in.
func mixed(r *rand.Rand, spread float64) func(int) float32 {
	return func(i int) float32 {
		if r.IntN(7) == 0 {
			return specials[r.IntN(len(specials))]
		}
		return float32(r.NormFloat64() * spread * math.Pow(10, float64(r.IntN(5)-2)))
	}
}

// ord maps a float32 to an integer in its order, so that the distance of
// two ords counts the ulps between them (±0 both 0).
func ord(f float32) int64 {
	b := math.Float32bits(f)
	if b>>31 != 0 {
		return -int64(b & 0x7fffffff)
	}
	return int64(b)
}

// ulpsApart is the distance of got and want in ulps: 0 for two NaNs, a
// large number for a NaN against a number.
func ulpsApart(got, want float32) int64 {
	gn, wn := got != got, want != want
	switch {
	case gn && wn:
		return 0
	case gn || wn:
		return math.MaxInt64
	}
	d := ord(got) - ord(want)
	if d < 0 {
		d = -d
	}
	return d
}

// within reports the first element of got more than u ulps from want.
func within(t *testing.T, what string, got, want []float32, u int64, in func(i int) string) {
	t.Helper()
	for i := range want {
		if d := ulpsApart(got[i], want[i]); d > u {
			t.Errorf("%s: [%d] = %g (%#08x), scalar %g (%#08x): %d ulps apart%s",
				what, i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]), d, in(i))
			return
		}
	}
}

// sameBits reports the first element whose bits differ.
func sameBits[E uint16 | uint32](t *testing.T, what string, got, want []E) {
	t.Helper()
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: [%d] = %#x, scalar %#x", what, i, uint32(got[i]), uint32(want[i]))
			return
		}
	}
}

func funcPtr(f any) uintptr { return reflect.ValueOf(f).Pointer() }

// TestOpsWired: the slots this file tests are the assembly ones, not the
// scalar twins (which would pass every comparison).
func TestOpsWired(t *testing.T) {
	for _, p := range vecPaths(t) {
		s, ref := Set(p), kernels.Scalar
		for name, pair := range map[string][2]any{
			"Scale": {s.Scale, ref.Scale}, "Add": {s.Add, ref.Add}, "RMSNorm": {s.RMSNorm, ref.RMSNorm},
			"GeGLU": {s.GeGLU, ref.GeGLU}, "SoftCap": {s.SoftCap, ref.SoftCap}, "Softmax": {s.Softmax, ref.Softmax},
			"LogSumExp": {s.LogSumExp, ref.LogSumExp}, "Argmax": {s.Argmax, ref.Argmax}, "RoPE": {s.RoPE, ref.RoPE},
			"Scores": {s.Scores, ref.Scores}, "ScoresBF16": {s.ScoresBF16, ref.ScoresBF16},
			"WeightedSum": {s.WeightedSum, ref.WeightedSum}, "WeightedSumBF16": {s.WeightedSumBF16, ref.WeightedSumBF16},
			"StoreBF16": {s.StoreBF16, ref.StoreBF16}, "WidenBF16": {s.WidenBF16, ref.WidenBF16},
		} {
			if funcPtr(pair[0]) == funcPtr(pair[1]) {
				t.Errorf("%s: %s is the scalar kernel", p, name)
			}
		}
		if hasF16C() && (funcPtr(s.WidenF16) == funcPtr(ref.WidenF16) || funcPtr(s.DequantQ8_0) == funcPtr(ref.DequantQ8_0)) {
			t.Errorf("%s: the F16C slots are scalar on an F16C CPU", p)
		}
	}
}

// TestOpsElementwise: Scale and Add bit for bit; RMSNorm, GeGLU, SoftCap
// and RoPE within an ulp; out of place into a longer output whose tail
// must stay untouched, and in place.
func TestOpsElementwise(t *testing.T) {
	const guard = 3
	sentinel := math.Float32frombits(0x7fc0dead)
	for _, p := range vecPaths(t) {
		s := Set(p)
		r := rand.New(rand.NewPCG(1, 2))
		for _, n := range opLens() {
			off := n % 4
			a := vec(n, off, mixed(r, 3))
			b := vec(n, 3-off, mixed(r, 2))
			w := vec(n, 1, func(int) float32 { return float32(r.NormFloat64() * 0.3) })
			in := func(i int) string { return fmt.Sprintf(" (inputs %g, %g)", a[i], b[i]) }
			check := func(what string, u int64, run func(y []float32), ref func(y []float32)) {
				t.Helper()
				what = fmt.Sprintf("%s %s n=%d", p, what, n)
				buf := vec(n+guard, 1, func(int) float32 { return sentinel })
				want := make([]float32, n)
				run(buf[:n])
				ref(want)
				within(t, what, buf[:n], want, u, in)
				for i, v := range buf[n:] {
					if math.Float32bits(v) != 0x7fc0dead {
						t.Errorf("%s: wrote y[%d] past the end", what, n+i)
					}
				}
			}
			check("Scale", 0, func(y []float32) { copy(y, a); s.Scale(y, -1.7) }, func(y []float32) { copy(y, a); kernels.Scale(y, -1.7) })
			check("Add", 0, func(y []float32) { s.Add(y, a, b) }, func(y []float32) { kernels.Add(y, a, b) })
			check("Add y=a", 0, func(y []float32) { copy(y, a); s.Add(y, y, b) }, func(y []float32) { kernels.Add(y, a, b) })
			check("GeGLU", 1, func(y []float32) { s.GeGLU(y, a, b) }, func(y []float32) { kernels.GeGLU(y, a, b) })
			check("GeGLU y=gate", 1, func(y []float32) { copy(y, a); s.GeGLU(y, y, b) }, func(y []float32) { kernels.GeGLU(y, a, b) })
			check("GeGLU y=up", 1, func(y []float32) { copy(y, b); s.GeGLU(y, a, y) }, func(y []float32) { kernels.GeGLU(y, a, b) })
			for _, c := range []float32{30, 2.5, 1e-3, 1e6} {
				what := fmt.Sprintf("SoftCap c=%g", c)
				check(what, 1, func(y []float32) { s.SoftCap(y, a, c) }, func(y []float32) { kernels.SoftCap(y, a, c) })
				check(what+" in place", 1, func(y []float32) { copy(y, a); s.SoftCap(y, y, c) }, func(y []float32) { kernels.SoftCap(y, a, c) })
			}
			// RMSNorm of finite rows (a special in x makes the whole row NaN).
			x := vec(n, off, func(int) float32 { return float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(7)-3))) })
			for _, addOne := range []bool{false, true} {
				what := fmt.Sprintf("RMSNorm addOne=%v", addOne)
				check(what, 1, func(y []float32) { s.RMSNorm(y, x, w, 1e-6, addOne) }, func(y []float32) { kernels.RMSNorm(y, x, w, 1e-6, addOne) })
				check(what+" in place", 1, func(y []float32) { copy(y, x); s.RMSNorm(y, y, w, 1e-6, addOne) }, func(y []float32) { kernels.RMSNorm(y, x, w, 1e-6, addOne) })
			}
			// RoPE over a head of 2n.
			h := n
			xr := vec(2*h, off, mixed(r, 2))
			cs, sn := make([]float64, h), make([]float64, h)
			for j := range cs {
				sn[j], cs[j] = math.Sincos(r.Float64() * 1e4)
			}
			if n > 0 {
				cs, sn = append(cs, math.NaN())[:h], append(sn, math.NaN())[:h] // longer, not counted
			}
			in = func(i int) string { return fmt.Sprintf(" (pair %g, %g)", xr[i%h], xr[i%h+h]) }
			y, want := vec(2*h, 2, func(int) float32 { return 0 }), make([]float32, 2*h)
			s.RoPE(y, xr, cs, sn)
			kernels.RoPE(want, xr, cs, sn)
			within(t, fmt.Sprintf("%s RoPE head dim %d", p, 2*h), y, want, 1, in)
			copy(y, xr)
			s.RoPE(y, y, cs, sn)
			within(t, fmt.Sprintf("%s RoPE in place head dim %d", p, 2*h), y, want, 1, in)
		}
	}
}

// sweep returns float32 values spread over every binade: the bit patterns
// a multiple of step apart, both signs, plus the specials.
func sweep(step uint32) []float32 {
	var v []float32
	for b := uint64(0); b < 1<<31; b += uint64(step) {
		v = append(v, math.Float32frombits(uint32(b)), math.Float32frombits(uint32(b)|1<<31))
	}
	return append(v, specials...)
}

// TestOpsTanhSweep: SoftCap and GeGLU (the vector tanh and exp in
// float64) over the whole float32 range, within an ulp everywhere:
// saturation, tiny arguments, subnormal results, NaN and ±Inf.
func TestOpsTanhSweep(t *testing.T) {
	x := sweep(1<<12 + 7)
	ones := make([]float32, len(x))
	for i := range ones {
		ones[i] = 1
	}
	r := rand.New(rand.NewPCG(3, 4))
	up := vec(len(x), 1, func(int) float32 { return float32(r.NormFloat64() * 10) })
	for _, p := range vecPaths(t) {
		s := Set(p)
		y, want := make([]float32, len(x)), make([]float32, len(x))
		in := func(i int) string { return fmt.Sprintf(" (x = %g, %#08x)", x[i], math.Float32bits(x[i])) }
		for _, c := range []float32{1, 2.5, 30, 50, 1e-20, 1e20} {
			s.SoftCap(y, x, c)
			kernels.SoftCap(want, x, c)
			within(t, fmt.Sprintf("%s SoftCap c=%g", p, c), y, want, 1, in)
		}
		s.GeGLU(y, x, ones)
		kernels.GeGLU(want, x, ones)
		within(t, p+" GeGLU up=1", y, want, 1, in)
		s.GeGLU(y, x, up)
		kernels.GeGLU(want, x, up)
		within(t, p+" GeGLU", y, want, 1, in)
		// A NaN or infinite up meets GELU's 0 (gate ≤ −20): NaN, as in the scalar.
		for _, u := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0} {
			g := vec(9, 1, func(i int) float32 {
				return []float32{-30, -1e30, float32(math.Inf(-1)), -20, 5, -5, 0, 1e-40, float32(math.Inf(1))}[i]
			})
			us := vec(9, 0, func(int) float32 { return u })
			y, want := make([]float32, 9), make([]float32, 9)
			s.GeGLU(y, g, us)
			kernels.GeGLU(want, g, us)
			within(t, fmt.Sprintf("%s GeGLU up=%g", p, u), y, want, 0, func(i int) string { return fmt.Sprintf(" (gate %g)", g[i]) })
		}
	}
}

// logitRow is one of the rows Softmax, LogSumExp and Argmax see.
func logitRow(r *rand.Rand, n, kind int) []float32 {
	ninf, nan := float32(math.Inf(-1)), float32(math.NaN())
	return vec(n, kind%4, func(i int) float32 {
		v := float32(r.NormFloat64() * 8)
		switch kind % 9 {
		case 1:
			v *= 10
		case 2:
			if i%3 == 0 {
				v = ninf
			}
		case 3:
			v += 1e4
		case 4:
			if i != n/2 {
				v = ninf
			}
		case 5:
			v = ninf
		case 6:
			if r.IntN(max(n, 1)) == 0 {
				v = nan
			}
		case 7:
			if i == n-1 || i == 0 && r.IntN(2) == 0 {
				v = float32(math.Inf(1))
			}
		case 8:
			v = float32(int(v)) // many ties
		}
		return v
	})
}

func TestOpsSoftmax(t *testing.T) {
	for _, p := range vecPaths(t) {
		s := Set(p)
		r := rand.New(rand.NewPCG(5, 6))
		for _, n := range opLens() {
			for kind := range 9 {
				x := logitRow(r, n, kind)
				y, want := append([]float32(nil), x...), append([]float32(nil), x...)
				s.Softmax(y)
				kernels.Softmax(want)
				within(t, fmt.Sprintf("%s Softmax n=%d kind %d", p, n, kind), y, want, 1, func(i int) string { return fmt.Sprintf(" (x %g)", x[i]) })
			}
		}
		// A NaN first (it stays the maximum: NaN, not a masked row of
		// zeros) and after a −Inf one (skipped: zeros).
		nan, ninf := float32(math.NaN()), float32(math.Inf(-1))
		for _, x := range [][]float32{
			append([]float32{nan}, logitRow(r, 20, 0)...),
			append([]float32{nan}, logitRow(r, 20, 5)...),
			append([]float32{ninf, nan}, logitRow(r, 20, 5)...),
			append(logitRow(r, 20, 5), nan),
		} {
			y, want := append([]float32(nil), x...), append([]float32(nil), x...)
			s.Softmax(y)
			kernels.Softmax(want)
			within(t, fmt.Sprintf("%s Softmax %v", p, x[:2]), y, want, 0, func(int) string { return "" })
		}
	}
}

func TestOpsLogSumExp(t *testing.T) {
	for _, p := range vecPaths(t) {
		s := Set(p)
		r := rand.New(rand.NewPCG(7, 8))
		for _, n := range append(opLens(), 256000) {
			for kind := range 9 {
				x := logitRow(r, n, kind)
				got, want := s.LogSumExp(x), kernels.LogSumExp(x)
				ok := got == want || got != got && want != want || math.Abs(got-want) <= 1e-12*max(1, math.Abs(want))
				if !ok {
					t.Errorf("%s LogSumExp n=%d kind %d: %.17g, scalar %.17g", p, n, kind, got, want)
				}
			}
		}
	}
}

func TestOpsArgmax(t *testing.T) {
	nan, ninf := float32(math.NaN()), float32(math.Inf(-1))
	negz := float32(math.Copysign(0, -1))
	for _, p := range vecPaths(t) {
		s := Set(p)
		r := rand.New(rand.NewPCG(9, 10))
		try := func(what string, x []float32) {
			t.Helper()
			if got, want := s.Argmax(x), kernels.Argmax(x); got != want {
				t.Errorf("%s Argmax n=%d %s: %d, scalar %d", p, len(x), what, got, want)
			}
		}
		for _, n := range append(opLens()[1:], 256000) {
			for kind := range 9 {
				x := logitRow(r, n, kind)
				try(fmt.Sprintf("kind %d", kind), x)
				// The maximum planted once or more, anywhere (index 0 and
				// the tail included).
				for _, at := range []int{0, n - 1, r.IntN(n), n / 2} {
					y := append([]float32(nil), x...)
					y[at] = 1e6
					if r.IntN(2) == 0 {
						y[r.IntN(n)] = 1e6
					}
					try(fmt.Sprintf("kind %d, max at %d", kind, at), y)
				}
			}
			for _, fill := range []float32{2.5, ninf, nan, 0, negz} {
				try(fmt.Sprintf("all %g", fill), vec(n, 1, func(int) float32 { return fill }))
			}
			try("NaN at odd indices", vec(n, 0, func(i int) float32 {
				if i%2 == 1 {
					return nan
				}
				return float32(r.NormFloat64())
			}))
			try("−0 and +0 maxima", vec(n, 3, func(i int) float32 {
				switch r.IntN(4) {
				case 0:
					return negz
				case 1:
					return 0
				}
				return -1 - float32(r.Float64())
			}))
		}
	}
}

// dotTol is the worst-case error of two float32 sums of the same m
// products in different orders, plus an ulp of the result for the scaling
// and two for the cap.
func dotTol(m int, mag, want float64) float64 {
	return 2*float64(m+1)*0x1p-24*mag + 3*0x1p-23*math.Abs(want) + 0x1p-126
}

func TestOpsAttention(t *testing.T) {
	hds := []int{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 63, 64, 65, 96, 128, 255, 256, 257}
	ns := []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 17, 100}
	for _, p := range vecPaths(t) {
		s := Set(p)
		r := rand.New(rand.NewPCG(11, 12))
		for _, hd := range hds {
			for _, n := range ns {
				q := vec(hd, hd%3, func(int) float32 { return float32(r.NormFloat64() * 3) })
				kf := vec((n+1)*hd, 1, func(int) float32 { return float32(r.NormFloat64() * 3) })
				kh := make([]uint16, len(kf))
				kernels.F32ToBF16Slice(kh, kf)
				khf := make([]float32, len(kh))
				kernels.BF16ToF32Slice(khf, kh)
				for _, c := range []float32{0, 20} {
					for bf, kk := range [][]float32{kf, khf} {
						sc, want := vec(n, 2, func(int) float32 { return 0 }), make([]float32, n)
						scale := float32(1 / math.Sqrt(float64(hd)))
						if bf == 0 {
							s.Scores(sc, q, kf, scale, c)
							kernels.Scores(want, q, kf, scale, c)
						} else {
							s.ScoresBF16(sc, q, kh, scale, c)
							kernels.ScoresBF16(want, q, kh, scale, c)
						}
						for j := range want {
							var mag float64
							for i, v := range kk[j*hd : (j+1)*hd] {
								mag += math.Abs(float64(q[i]) * float64(v))
							}
							if d := math.Abs(float64(sc[j] - want[j])); !(d <= dotTol(hd, mag*float64(scale), float64(want[j]))) {
								t.Errorf("%s Scores (bf16 %v) hd=%d n=%d c=%g: [%d] = %g, scalar %g", p, bf == 1, hd, n, c, j, sc[j], want[j])
								break
							}
						}
					}
				}
				pr := vec(n, 3, func(int) float32 { return float32(r.Float64() * 2 / float64(n)) })
				o0 := vec(hd, 1, func(int) float32 { return float32(r.NormFloat64()) })
				for bf, vv := range [][]float32{kf, khf} {
					o, want := append([]float32(nil), o0...), append([]float32(nil), o0...)
					if bf == 0 {
						s.WeightedSum(o, pr, kf)
						kernels.WeightedSum(want, pr, kf)
					} else {
						s.WeightedSumBF16(o, pr, kh)
						kernels.WeightedSumBF16(want, pr, kh)
					}
					for i := range want {
						mag := math.Abs(float64(o0[i]))
						for j, pj := range pr {
							mag += math.Abs(float64(pj) * float64(vv[j*hd+i]))
						}
						if d := math.Abs(float64(o[i] - want[i])); !(d <= dotTol(n+1, mag, 0)) {
							t.Errorf("%s WeightedSum (bf16 %v) hd=%d n=%d: [%d] = %g, scalar %g", p, bf == 1, hd, n, i, o[i], want[i])
							break
						}
					}
				}
			}
		}
	}
}

// TestOpsConversions: every bf16 and half widened bit for bit; StoreBF16
// over a sweep of float32 bit patterns with ties and NaNs; each block
// format with every possible scale.
func TestOpsConversions(t *testing.T) {
	all := make([]uint16, 1<<16+5)
	for i := range all {
		all[i] = uint16(i * 40503) // a permutation mod 2¹⁶, then 5 more
	}
	for _, p := range vecPaths(t) {
		s := Set(p)
		for _, off := range []int{0, 1, 3} {
			src := all[off:]
			y, want := make([]float32, len(src)), make([]float32, len(src))
			s.WidenBF16(y, src)
			kernels.BF16ToF32Slice(want, src)
			sameBits(t, p+" WidenBF16", f32bits(y), f32bits(want))
			s.WidenF16(y, src)
			kernels.F16ToF32Slice(want, src)
			sameBits(t, p+" WidenF16", f32bits(y), f32bits(want))
		}
		for _, n := range opLens() {
			src := vec(n, n%3, func(int) float32 { return 0 })
			y, want := make([]float32, n+1), make([]float32, n+1)
			s.WidenF16(y, all[:n]) // len(dst) > len(src): min counts
			kernels.F16ToF32Slice(want, all[:n])
			sameBits(t, fmt.Sprintf("%s WidenF16 n=%d", p, n), f32bits(y), f32bits(want))
			h, hw := make([]uint16, n), make([]uint16, n)
			s.StoreBF16(h, src)
			kernels.F32ToBF16Slice(hw, src)
			sameBits(t, fmt.Sprintf("%s StoreBF16 n=%d", p, n), h, hw)
		}
		x := sweep(1<<10 + 3)
		for i := range x {
			b := math.Float32bits(x[i])
			switch i % 4 {
			case 1:
				b = b&^0xffff | 0x8000 // a tie
			case 2:
				b = b&^0xffff | 0x7fff
			}
			x[i] = math.Float32frombits(b)
		}
		x = append(x, math.Float32frombits(0x7f800001), math.Float32frombits(0xff800001), math.Float32frombits(0x7fffffff))
		h, hw := make([]uint16, len(x)), make([]uint16, len(x))
		s.StoreBF16(h, x)
		kernels.F32ToBF16Slice(hw, x)
		sameBits(t, p+" StoreBF16 sweep", h, hw)

		r := rand.New(rand.NewPCG(13, 14))
		for _, f := range []struct {
			name        string
			bytes       int
			got, scalar func([]float32, []byte)
		}{
			{"DequantQ8_0", kernels.Q8_0Bytes, s.DequantQ8_0, kernels.DequantQ8_0},
			{"DequantQ4_0", kernels.Q4_0Bytes, s.DequantQ4_0, kernels.DequantQ4_0},
		} {
			const nb = 1 << 16 // one block per scale
			src := make([]byte, nb*f.bytes+1)
			for i := range src {
				src[i] = byte(r.Uint32())
			}
			for b := range nb {
				src[b*f.bytes], src[b*f.bytes+1] = byte(b), byte(b>>8)
			}
			for _, cnt := range []int{nb, 1, 3, 0} {
				y, want := make([]float32, cnt*kernels.QBlock), make([]float32, cnt*kernels.QBlock)
				f.got(y, src[f.bytes*(nb-cnt):])
				f.scalar(want, src[f.bytes*(nb-cnt):])
				sameBits(t, fmt.Sprintf("%s %s %d blocks", p, f.name, cnt), f32bits(y), f32bits(want))
			}
		}
	}
}

func f32bits(v []float32) []uint32 {
	b := make([]uint32, len(v))
	for i, f := range v {
		b[i] = math.Float32bits(f)
	}
	return b
}

// TestOpsNoAllocs: the vectorised slots allocate nothing.
func TestOpsNoAllocs(t *testing.T) {
	const n, hd, pos = 1000, 72, 37
	x, y, w := make([]float32, n), make([]float32, n), make([]float32, n)
	for i := range x {
		x[i] = float32(i%17) - 8
	}
	h := make([]uint16, n)
	q8 := make([]byte, n/32*kernels.Q8_0Bytes)
	cs, sn := make([]float64, hd/2), make([]float64, hd/2)
	k, kh, sc := make([]float32, pos*hd), make([]uint16, pos*hd), make([]float32, pos)
	for _, p := range vecPaths(t) {
		s := Set(p)
		if a := testing.AllocsPerRun(5, func() {
			s.Scale(y, 0.5)
			s.Add(y, x, w)
			s.RMSNorm(y, x, w, 1e-6, true)
			s.GeGLU(y, x, w)
			s.SoftCap(y, x, 30)
			copy(y, x)
			s.Softmax(y)
			_ = s.LogSumExp(x)
			_ = s.Argmax(x)
			s.RoPE(y[:hd], x[:hd], cs, sn)
			s.Scores(sc, x[:hd], k, 0.1, 50)
			s.ScoresBF16(sc, x[:hd], kh, 0.1, 0)
			s.WeightedSum(y[:hd], sc, k)
			s.WeightedSumBF16(y[:hd], sc, kh)
			s.StoreBF16(h, x)
			s.WidenBF16(y, h)
			s.WidenF16(y, h)
			s.DequantQ8_0(y[:n/32*32], q8)
			s.DequantQ4_0(y[:n/32*32], q8)
		}); a != 0 {
			t.Errorf("%s: %v allocations per run", p, a)
		}
	}
}
