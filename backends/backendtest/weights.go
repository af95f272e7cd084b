package backendtest

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/gemma-bench/gemma-bench/backends"
)

// The suite encodes and decodes every weight format itself, plainly, so
// that it does not share a bug with the kernels it checks (package kernels
// is only used by this package's own tests, as a second opinion).

// RandomWeight makes a weight of the given shape with values uniform in
// ±scale, stored in dt. Float types are rounded to nearest even. Q8_0 and
// Q4_0 weights are random blocks (the last dimension must be a multiple of
// 32): a random f16 scale per block and uniform codes over the whole code
// range (int8 −128 included, which GGML's quantizer never emits but every
// decoder must read), so that the values are again about uniform in ±scale.
func RandomWeight(rng *rand.Rand, name string, dt backends.DType, scale float64, shape ...int) *backends.Weight {
	return randomWeight(rng, name, dt, 0, scale, shape...)
}

// randomWeight is RandomWeight with values uniform in center ± scale
// (float types only use center; block formats ignore it).
func randomWeight(rng *rand.Rand, name string, dt backends.DType, center, scale float64, shape ...int) *backends.Weight {
	n := 1
	for _, d := range shape {
		n *= d
	}
	nb, err := dt.Bytes(n)
	if err != nil {
		panic(fmt.Sprintf("backendtest: weight %s %v: %v", name, shape, err))
	}
	w := &backends.Weight{Name: name, DType: dt, Shape: append([]int(nil), shape...), Data: make([]byte, nb)}
	uniform := func() float64 { return center + (2*rng.Float64()-1)*scale }
	switch dt {
	case backends.F32:
		for i := range n {
			binary.LittleEndian.PutUint32(w.Data[4*i:], math.Float32bits(float32(uniform())))
		}
	case backends.BF16:
		for i := range n {
			binary.LittleEndian.PutUint16(w.Data[2*i:], bf16Bits(float32(uniform())))
		}
	case backends.F16:
		for i := range n {
			binary.LittleEndian.PutUint16(w.Data[2*i:], f16Bits(uniform()))
		}
	case backends.Q8_0:
		for b := 0; b < n/32; b++ {
			blk := w.Data[34*b : 34*(b+1)]
			binary.LittleEndian.PutUint16(blk, f16Bits(scale/127*(0.5+0.5*rng.Float64())))
			for i := 2; i < 34; i++ {
				blk[i] = byte(rng.IntN(256))
			}
		}
	case backends.Q4_0:
		for b := 0; b < n/32; b++ {
			blk := w.Data[18*b : 18*(b+1)]
			d := scale / 8 * (0.5 + 0.5*rng.Float64())
			if rng.IntN(2) == 0 {
				d = -d // GGML's quantizer makes d negative when the largest value is positive
			}
			binary.LittleEndian.PutUint16(blk, f16Bits(d))
			for i := 2; i < 18; i++ {
				blk[i] = byte(rng.IntN(256))
			}
		}
	default:
		panic(fmt.Sprintf("backendtest: weight %s: dtype %s", name, dt))
	}
	return w
}

// decode widens every value of w to float64, exactly (each stored value is
// a float64).
func decode(w *backends.Weight) ([]float64, error) {
	n := 1
	for _, d := range w.Shape {
		n *= d
	}
	nb, err := w.DType.Bytes(n)
	if err != nil {
		return nil, fmt.Errorf("weight %s: %w", w.Name, err)
	}
	if int64(len(w.Data)) != nb {
		return nil, fmt.Errorf("weight %s holds %d bytes, want %d", w.Name, len(w.Data), nb)
	}
	out := make([]float64, n)
	d := w.Data
	switch w.DType {
	case backends.F32:
		for i := range out {
			out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(d[4*i:])))
		}
	case backends.BF16:
		for i := range out {
			out[i] = bf16Value(binary.LittleEndian.Uint16(d[2*i:]))
		}
	case backends.F16:
		for i := range out {
			out[i] = f16Value(binary.LittleEndian.Uint16(d[2*i:]))
		}
	case backends.Q8_0:
		for b := 0; b < n/32; b++ {
			blk := d[34*b : 34*(b+1)]
			scale := f16Value(binary.LittleEndian.Uint16(blk))
			for i := range 32 {
				out[32*b+i] = scale * float64(int8(blk[2+i]))
			}
		}
	case backends.Q4_0:
		for b := 0; b < n/32; b++ {
			blk := d[18*b : 18*(b+1)]
			scale := f16Value(binary.LittleEndian.Uint16(blk))
			for j := range 16 {
				out[32*b+j] = scale * float64(int(blk[2+j]&15)-8)
				out[32*b+16+j] = scale * float64(int(blk[2+j]>>4)-8)
			}
		}
	default:
		return nil, fmt.Errorf("weight %s: dtype %s", w.Name, w.DType)
	}
	return out, nil
}

// bf16Value is the value of a bfloat16: the top half of a float32.
func bf16Value(h uint16) float64 {
	return float64(math.Float32frombits(uint32(h) << 16))
}

// bf16Bits rounds f to the nearest bfloat16, ties to even (NaN stays NaN).
func bf16Bits(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return uint16(b>>16) | 0x40
	}
	lo := b & 0xffff
	hi := b >> 16
	if lo > 0x8000 || lo == 0x8000 && hi&1 == 1 {
		hi++ // may carry into the exponent: the next binade, or Inf
	}
	return uint16(hi)
}

// toBF16 is x stored in a bf16 cache: rounded to float32 (the activation
// a backend holds), then to bfloat16.
func toBF16(x float64) float64 { return bf16Value(bf16Bits(float32(x))) }

// f16Value is the value of an IEEE binary16.
func f16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10)&0x1f, float64(h&0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1024+m, e-25)
}

// f16Bits rounds x to the nearest binary16, ties to even.
func f16Bits(x float64) uint16 {
	var sign uint16
	if math.Signbit(x) {
		sign, x = 0x8000, -x
	}
	switch {
	case math.IsNaN(x):
		return 0x7e00
	case x >= 65520: // halfway between the largest half (65504) and 2^16 rounds up
		return sign | 0x7c00
	case x < math.Ldexp(1, -14): // subnormal: units of 2^−24
		return sign | uint16(math.RoundToEven(math.Ldexp(x, 24))) // 1024 is the smallest normal
	}
	_, exp := math.Frexp(x) // x = f·2^exp, f in [0.5, 1)
	e := exp - 1            // x in [2^e, 2^(e+1))
	q := math.RoundToEven(math.Ldexp(x, 10-e))
	if q == 2048 {
		q, e = 1024, e+1
	}
	if e+15 >= 31 {
		return sign | 0x7c00
	}
	return sign | uint16(e+15)<<10 | uint16(q-1024)
}
