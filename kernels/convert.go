package kernels

import "math"

// BF16ToF32 widens a bfloat16 value. bfloat16 is the top half of a float32,
// so widening is exact for every input, NaN payloads included.
func BF16ToF32(h uint16) float32 {
	return math.Float32frombits(uint32(h) << 16)
}

// F32ToBF16 narrows f to bfloat16 with round-to-nearest-even. Overflow rounds
// to ±Inf as IEEE rounding requires; NaN stays NaN (quiet bit forced, because
// dropping the low payload bits could otherwise turn a NaN into an Inf).
func F32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return uint16(b>>16) | 0x0040
	}
	b += 0x7fff + (b>>16)&1
	return uint16(b >> 16)
}

// F16ToF32 widens an IEEE binary16 value; every half is exactly
// representable as a float32, subnormals included.
func F16ToF32(h uint16) float32 {
	return math.Float32frombits(f16Bits(uint32(h)))
}

// f16Bits returns the float32 bit pattern of the half h. The normal case is
// kept tiny so that it inlines into the matmul loops; the rest is out of line.
func f16Bits(h uint32) uint32 {
	if e := h & 0x7c00; e-0x400 < 0x7800 {
		// Normal: rebias the exponent from 15 to 127 and widen the mantissa.
		return (h&0x8000)<<16 | ((h&0x7fff)<<13 + (127-15)<<23)
	}
	return f16BitsSlow(h)
}

func f16BitsSlow(h uint32) uint32 {
	sign := (h & 0x8000) << 16
	mant := h & 0x3ff
	if h&0x7c00 == 0x7c00 {
		return sign | 0x7f800000 | mant<<13
	}
	// Zero or subnormal: mant·2⁻²⁴ is exact in float32.
	return sign | math.Float32bits(float32(mant)*0x1p-24)
}

// F32ToF16 narrows f to IEEE binary16 with round-to-nearest-even, including
// into and out of the subnormal range; values at or beyond the halfway point
// above 65504 become ±Inf. NaN stays NaN with the quiet bit set.
func F32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	b &= 0x7fffffff
	switch {
	case b > 0x7f800000: // NaN: keep the top payload bits
		return sign | 0x7e00 | uint16(b>>13)&0x3ff
	case b >= 0x477ff000: // ≥ 65520 (tie between 65504 and 2¹⁶, even is up), or Inf
		return sign | 0x7c00
	case b >= 0x38800000: // normal half (≥ 2⁻¹⁴)
		b -= (127 - 15) << 23
		b += 0xfff + (b>>13)&1
		return sign | uint16(b>>13)
	case b <= 0x33000000: // ≤ 2⁻²⁵: rounds to zero (2⁻²⁵ is a tie, zero is even)
		return sign
	}
	// Subnormal half: m = round(mant24 · 2^(e-126)); a carry into bit 10
	// correctly yields the smallest normal.
	e := b >> 23
	mant := b&0x7fffff | 0x800000
	s := 126 - e // 14..24
	m := mant >> s
	rem := mant & (1<<s - 1)
	half := uint32(1) << (s - 1)
	if rem > half || rem == half && m&1 == 1 {
		m++
	}
	return sign | uint16(m)
}

// BF16ToF32Slice widens min(len(dst), len(src)) values.
func BF16ToF32Slice(dst []float32, src []uint16) {
	n := min(len(dst), len(src))
	dst, src = dst[:n:n], src[:n:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		s := src[i : i+4 : i+4]
		d := dst[i : i+4 : i+4]
		d[0] = math.Float32frombits(uint32(s[0]) << 16)
		d[1] = math.Float32frombits(uint32(s[1]) << 16)
		d[2] = math.Float32frombits(uint32(s[2]) << 16)
		d[3] = math.Float32frombits(uint32(s[3]) << 16)
	}
	for ; i < n; i++ {
		dst[i] = math.Float32frombits(uint32(src[i]) << 16)
	}
}

// F16ToF32Slice widens min(len(dst), len(src)) values.
func F16ToF32Slice(dst []float32, src []uint16) {
	n := min(len(dst), len(src))
	dst, src = dst[:n:n], src[:n:n]
	for i, h := range src {
		dst[i] = math.Float32frombits(f16Bits(uint32(h)))
	}
}
