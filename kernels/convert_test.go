package kernels

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// f16Value decodes a half from its definition, independently of F16ToF32.
func f16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10)&0x1f, float64(h&0x3ff)
	switch e {
	case 0:
		return sign * m * 0x1p-24
	case 0x1f:
		if m != 0 {
			return math.NaN()
		}
		return sign * math.Inf(1)
	}
	return sign * (1 + m/1024) * math.Ldexp(1, e-15)
}

func TestF16ToF32Exhaustive(t *testing.T) {
	for i := range 1 << 16 {
		h := uint16(i)
		got, want := F16ToF32(h), f16Value(h)
		if math.IsNaN(want) {
			// NaN: payload moved to the top of the float32 mantissa.
			b := math.Float32bits(got)
			if !math.IsNaN(float64(got)) || b>>31 != uint32(h>>15) || (b>>13)&0x3ff != uint32(h&0x3ff) {
				t.Fatalf("F16ToF32(%#04x) = %#08x, want NaN with the same sign and payload", h, b)
			}
			continue
		}
		if float64(got) != want || math.Signbit(float64(got)) != (h&0x8000 != 0) {
			t.Fatalf("F16ToF32(%#04x) = %g, want %g", h, got, want)
		}
	}
}

func TestRoundTripExhaustive(t *testing.T) {
	for i := range 1 << 16 {
		h := uint16(i)
		if f := BF16ToF32(h); math.Float32bits(f) != uint32(h)<<16 {
			t.Fatalf("BF16ToF32(%#04x) = %#08x", h, math.Float32bits(f))
		}
		isNaN16 := h&0x7fff > 0x7f80
		wantBF := h
		if isNaN16 {
			wantBF |= 0x40
		}
		if got := F32ToBF16(BF16ToF32(h)); got != wantBF {
			t.Fatalf("bf16 %#04x: round trip gives %#04x, want %#04x", h, got, wantBF)
		}
		wantF := h
		if h&0x7fff > 0x7c00 {
			wantF |= 0x200
		}
		if got := F32ToF16(F16ToF32(h)); got != wantF {
			t.Fatalf("f16 %#04x: round trip gives %#04x, want %#04x", h, got, wantF)
		}
	}
}

// nearestBF16 rounds f to bfloat16 by comparing distances in float64.
func nearestBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return 0 // callers skip NaN
	}
	lo := uint16(b >> 16) // truncation toward zero
	if b&0xffff == 0 {
		return lo
	}
	vlo := math.Abs(float64(BF16ToF32(lo)))
	vhi := math.Abs(float64(BF16ToF32(lo + 1)))
	if lo&0x7fff == 0x7f7f { // the next step up is Inf: use 2¹²⁸, as IEEE does
		vhi = 0x1p128
	}
	v := math.Abs(float64(f))
	switch dl, dh := v-vlo, vhi-v; {
	case dl < dh:
		return lo
	case dh < dl:
		return lo + 1
	case lo&1 == 0:
		return lo
	}
	return lo + 1
}

func TestF32ToBF16Rounding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	check := func(b uint32) {
		f := math.Float32frombits(b)
		if math.IsNaN(float64(f)) {
			if got := F32ToBF16(f); got&0x7fff <= 0x7f80 || got>>15 != uint16(b>>31) {
				t.Fatalf("F32ToBF16(NaN %#08x) = %#04x, not a NaN of the same sign", b, got)
			}
			return
		}
		if got, want := F32ToBF16(f), nearestBF16(f); got != want {
			t.Fatalf("F32ToBF16(%#08x = %g) = %#04x, want %#04x", b, f, got, want)
		}
	}
	for hi := range uint32(1 << 16) {
		// Exact, ties either way, just off the tie, and the ends of the gap.
		for _, lo := range []uint32{0, 1, 0x7fff, 0x8000, 0x8001, 0xffff, r.Uint32() & 0xffff} {
			check(hi<<16 | lo)
		}
	}
	for range 1 << 20 {
		check(r.Uint32())
	}
}

// f16Finite holds every finite non-negative half value in increasing order
// (bit patterns 0..0x7bff), plus 2¹⁶ standing for the step past 65504 that
// IEEE rounding uses to decide overflow.
var f16Finite = func() []float64 {
	v := make([]float64, 0x7c01)
	for h := range 0x7c00 {
		v[h] = f16Value(uint16(h))
	}
	v[0x7c00] = 65536
	return v
}()

// nearestF16 rounds f to a half by searching the table of half values.
func nearestF16(f float32) uint16 {
	var sign uint16
	if math.Signbit(float64(f)) {
		sign = 0x8000
	}
	v := math.Abs(float64(f))
	if v >= 65536 {
		return sign | 0x7c00
	}
	// hi is the first half ≥ v; lo = hi-1 the last below it.
	hi := sort.SearchFloat64s(f16Finite, v)
	if f16Finite[hi] == v {
		return sign | uint16(hi)
	}
	lo := hi - 1
	switch dl, dh := v-f16Finite[lo], f16Finite[hi]-v; {
	case dl < dh:
		return sign | uint16(lo)
	case dh < dl:
		return sign | uint16(hi)
	case lo&1 == 0:
		return sign | uint16(lo)
	}
	return sign | uint16(hi)
}

func TestF32ToF16Rounding(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	check := func(f float32) {
		if math.IsNaN(float64(f)) {
			if got := F32ToF16(f); got&0x7fff <= 0x7c00 {
				t.Fatalf("F32ToF16(NaN %#08x) = %#04x, not a NaN", math.Float32bits(f), got)
			}
			return
		}
		if got, want := F32ToF16(f), nearestF16(f); got != want {
			t.Fatalf("F32ToF16(%#08x = %g) = %#04x, want %#04x", math.Float32bits(f), f, got, want)
		}
	}
	// Every midpoint between adjacent halves (exact in float32), one float32
	// step either side of it, and the halves themselves, in both signs.
	for h := range 0x7c00 {
		mid := float32((f16Finite[h] + f16Finite[h+1]) / 2)
		for _, f := range []float32{
			mid, math.Nextafter32(mid, 0), math.Nextafter32(mid, float32(math.Inf(1))), float32(f16Finite[h]),
		} {
			check(f)
			check(-f)
		}
	}
	for _, f := range []float32{0, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()),
		65504, 65519.99, 65520, 1e10, 0x1p-24, 0x1p-25, 0x1.0001p-25, 0x1p-26, 0x1.ffcp-15} {
		check(f)
		check(-f)
	}
	for range 1 << 20 {
		check(math.Float32frombits(r.Uint32()))
	}
	// Dense around the subnormal range, where the rounding code differs.
	for range 1 << 18 {
		check(float32(math.Ldexp(r.Float64(), -r.IntN(12)-14)))
	}
}

func TestToF32Slice(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{0, 1, 3, 4, 5, 17, 64} {
		src := make([]uint16, n)
		for i := range src {
			src[i] = uint16(r.Uint32())
		}
		dst := make([]float32, n+1)
		dst[n] = 42
		BF16ToF32Slice(dst[:n], src)
		for i, h := range src {
			if math.Float32bits(dst[i]) != math.Float32bits(BF16ToF32(h)) {
				t.Fatalf("BF16ToF32Slice n=%d [%d]", n, i)
			}
		}
		F16ToF32Slice(dst[:n], src)
		for i, h := range src {
			if math.Float32bits(dst[i]) != math.Float32bits(F16ToF32(h)) {
				t.Fatalf("F16ToF32Slice n=%d [%d]", n, i)
			}
		}
		if dst[n] != 42 {
			t.Fatalf("n=%d: wrote past the end", n)
		}
	}
}

func TestTablesMatchConversions(t *testing.T) {
	bt, ft := bf16Table(), f16Table()
	for i := range 1 << 16 {
		if math.Float32bits(bt[i]) != math.Float32bits(BF16ToF32(uint16(i))) ||
			math.Float32bits(ft[i]) != math.Float32bits(F16ToF32(uint16(i))) {
			t.Fatalf("table entry %#04x differs from the conversion", i)
		}
	}
}
