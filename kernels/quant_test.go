package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuantLayout decodes hand-built blocks, with the scale bytes written
// out literally, so the byte layout is GGML's and not merely consistent
// with the quantizer: the f16 scale little-endian first, then the weights.
func TestQuantLayout(t *testing.T) {
	// Q8_0, two blocks: d = 0.5 (0x3800) with q = i−16, then d = −2
	// (0xc000) with the int8 extremes.
	q8 := []byte{0x00, 0x38}
	for i := range 32 {
		q8 = append(q8, byte(int8(i-16)))
	}
	q8 = append(q8, 0x00, 0xc0, 0x7f, 0x80, 0x01, 0xff)
	q8 = append(q8, make([]byte, 28)...)
	if len(q8) != 2*Q8_0Bytes {
		t.Fatalf("built %d bytes", len(q8))
	}
	got := make([]float32, 64)
	DequantQ8_0(got, q8)
	for i := range 32 {
		if want := 0.5 * float32(i-16); got[i] != want {
			t.Fatalf("q8_0 weight %d = %g, want %g", i, got[i], want)
		}
	}
	for i, want := range []float32{-254, 256, -2, 2, 0} {
		if got[32+i] != want {
			t.Fatalf("q8_0 block 1 weight %d = %g, want %g", i, got[32+i], want)
		}
	}

	// Q4_0, two blocks: d = 1 (0x3c00), byte j = j | (15−j)<<4, so weight
	// j = j−8 and weight j+16 = 7−j; then d = 0.25 (0x3400) with 0x0f/0xf0.
	q4 := []byte{0x00, 0x3c}
	for j := range 16 {
		q4 = append(q4, byte(j)|byte(15-j)<<4)
	}
	q4 = append(q4, 0x00, 0x34, 0x0f, 0xf0)
	q4 = append(q4, make([]byte, 14)...)
	if len(q4) != 2*Q4_0Bytes {
		t.Fatalf("built %d bytes", len(q4))
	}
	DequantQ4_0(got, q4)
	for j := range 16 {
		if lo, hi := got[j], got[j+16]; lo != float32(j-8) || hi != float32(7-j) {
			t.Fatalf("q4_0 weights %d, %d = %g, %g; want %d, %d", j, j+16, lo, hi, j-8, 7-j)
		}
	}
	// Byte 0x0f: weight 0 = 0.25·(15−8), weight 16 = 0.25·(0−8); 0xf0 the
	// other way round; zero bytes decode to 0.25·(0−8) twice.
	for i, want := range map[int]float32{0: 1.75, 16: -2, 1: -2, 17: 1.75, 2: -2, 18: -2} {
		if got[32+i] != want {
			t.Fatalf("q4_0 block 1 weight %d = %g, want %g", i, got[32+i], want)
		}
	}
}

// TestQuantizeLayout quantizes blocks whose scale comes out as exactly 1,
// so the expected bytes can be written down.
func TestQuantizeLayout(t *testing.T) {
	x := make([]float32, 32)
	for i := range x {
		x[i] = float32(i - 16)
	}
	x[31] = 127 // amax 127: d = 1
	q8 := make([]byte, Q8_0Bytes)
	QuantizeQ8_0(q8, x)
	if q8[0] != 0x00 || q8[1] != 0x3c {
		t.Fatalf("q8_0 scale bytes %#02x %#02x, want 0x00 0x3c", q8[0], q8[1])
	}
	for i, v := range x {
		if int8(q8[2+i]) != int8(v) {
			t.Fatalf("q8_0 q[%d] = %d, want %g", i, int8(q8[2+i]), v)
		}
	}

	// Q4_0: the largest magnitude −8 sets d = −8/−8 = 1, nibble = x+8.
	for j := range 16 {
		x[j], x[j+16] = float32(j-8), float32(7-j)
	}
	q4 := make([]byte, Q4_0Bytes)
	QuantizeQ4_0(q4, x)
	if q4[0] != 0x00 || q4[1] != 0x3c {
		t.Fatalf("q4_0 scale bytes %#02x %#02x, want 0x00 0x3c", q4[0], q4[1])
	}
	for j := range 16 {
		if want := byte(j) | byte(15-j)<<4; q4[2+j] != want {
			t.Fatalf("q4_0 byte %d = %#02x, want %#02x", j, q4[2+j], want)
		}
	}
	// A positive extreme gives a negative scale, as in GGML: d = 8/−8.
	for j := range 32 {
		x[j] = float32(j%16) - 7 // −7..8
	}
	QuantizeQ4_0(q4, x)
	if d := F16ToF32(uint16(q4[0]) | uint16(q4[1])<<8); d != -1 {
		t.Fatalf("q4_0 scale %g, want -1", d)
	}
	y := make([]float32, 32)
	DequantQ4_0(y, q4)
	for j := range y {
		if y[j] != x[j] {
			t.Fatalf("q4_0 weight %d = %g, want %g", j, y[j], x[j])
		}
	}
}

func TestQuantizeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	const nb = 80
	x := make([]float32, nb*QBlock)
	for b := range nb {
		// Block magnitudes from 1e-7 (the scale rounds to a zero or
		// subnormal half) to 1e2.
		s := math.Pow(10, float64(b%10)-7)
		for i := range QBlock {
			x[b*QBlock+i] = float32(r.NormFloat64() * s)
		}
		if b%3 == 0 {
			x[b*QBlock+r.IntN(QBlock)] = float32(20 * s) // one outlier
		}
	}
	clear(x[:QBlock]) // an all-zero block
	q8, q4 := make([]byte, nb*Q8_0Bytes), make([]byte, nb*Q4_0Bytes)
	QuantizeQ8_0(q8, x)
	QuantizeQ4_0(q4, x)
	y8, y4 := make([]float32, len(x)), make([]float32, len(x))
	DequantQ8_0(y8, q8)
	DequantQ4_0(y4, q4)
	for b := range nb {
		d8 := math.Abs(f16Value(uint16(q8[b*Q8_0Bytes]) | uint16(q8[b*Q8_0Bytes+1])<<8))
		d4 := math.Abs(f16Value(uint16(q4[b*Q4_0Bytes]) | uint16(q4[b*Q4_0Bytes+1])<<8))
		var amax float64
		for _, v := range x[b*QBlock : (b+1)*QBlock] {
			amax = max(amax, math.Abs(float64(v)))
		}
		// The stored scales are amax/127 and amax/8 rounded to a half
		// (to ±2⁻¹¹ where the half is normal).
		if d8 >= 0x1p-14 && math.Abs(d8-amax/127) > 0x1p-11*amax/127 ||
			d4 >= 0x1p-14 && math.Abs(d4-amax/8) > 0x1p-11*amax/8 {
			t.Fatalf("block %d: scales %g, %g for amax %g", b, d8, d4, amax)
		}
		// Where the scale rounded down (coarsely so when it is subnormal or
		// zero) the extremes clamp, which costs amax − 127d or amax − 8d.
		clamp8, clamp4 := max(0, amax-127*d8), max(0, amax-8*d4)
		for i := b * QBlock; i < (b+1)*QBlock; i++ {
			v := float64(x[i])
			slack := math.Abs(v) * 0x1p-22 // v/d is a float32 quotient
			if e := math.Abs(float64(y8[i]) - v); e > 0.5*d8+clamp8+slack {
				t.Fatalf("q8_0 block %d [%d]: %g → %g (d %g)", b, i, v, y8[i], d8)
			}
			// Q4_0's grid is −8d..7d: the side opposite the extreme loses up
			// to a whole step at its end; everything else rounds to nearest.
			lim := 0.5 * d4
			if math.Abs(v) > 7.5*d4 {
				lim = d4
			}
			if e := math.Abs(float64(y4[i]) - v); e > lim+clamp4+slack {
				t.Fatalf("q4_0 block %d [%d]: %g → %g (d %g)", b, i, v, y4[i], d4)
			}
		}
	}
	for i := range QBlock {
		if y8[i] != 0 || y4[i] != 0 || q8[2+i] != 0 || q4[2+i/2] != 0x88 {
			t.Fatalf("zero block: weight %d decodes to %g / %g", i, y8[i], y4[i])
		}
	}
}

// randQuant returns n random blocks of the given size: scales drawn from
// a wide range of halves (subnormal ones and zero included), the weight
// bytes uniformly (so Q8_0 sees −128, which GGML's quantizer never emits
// but the format allows).
func randQuant(r *rand.Rand, nb, blockBytes int) []byte {
	w := make([]byte, nb*blockBytes)
	for b := range nb {
		d := float32(r.NormFloat64() * math.Pow(10, -float64(r.IntN(7))))
		if r.IntN(16) == 0 {
			d = 0
		}
		h := F32ToF16(d * 0.05)
		w[b*blockBytes], w[b*blockBytes+1] = byte(h), byte(h>>8)
		for i := 2; i < blockBytes; i++ {
			w[b*blockBytes+i] = byte(r.Uint32())
		}
	}
	return w
}

// TestMatMulQuant holds the quantized products to a float64 product of the
// dequantized weights (decoded by hand, not by DequantQ*), over the direct
// and blocked token counts, widths of one block up to past two k blocks,
// and row ranges that do not start or end on four; nothing outside
// [o0, o1) × [0, T) may be written, the row padding and a row past T
// included.
func TestMatMulQuant(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	const out, ldy = 13, 16
	ranges := [][2]int{{0, out}, {1, 6}, {5, 12}, {3, 4}, {2, 11}, {4, 4}}
	for _, f := range []struct {
		name  string
		bytes int
		value func(blk []byte, i int) float64 // weight i of a block, from the spec
		mul   func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int)
	}{
		{"q8_0", Q8_0Bytes, func(blk []byte, i int) float64 {
			return f16Value(uint16(blk[0])|uint16(blk[1])<<8) * float64(int8(blk[2+i]))
		}, MatMulQ8_0},
		{"q4_0", Q4_0Bytes, func(blk []byte, i int) float64 {
			nib := blk[2+i%16] & 0xf
			if i >= 16 {
				nib = blk[2+i%16] >> 4
			}
			return f16Value(uint16(blk[0])|uint16(blk[1])<<8) * float64(int(nib)-8)
		}, MatMulQ4_0},
	} {
		for _, in := range []int{32, 64, 544, 1056} {
			nb := out * in / QBlock
			var w []byte
			if in == 64 {
				// Also real quantizer output.
				w = make([]byte, nb*f.bytes)
				if f.bytes == Q8_0Bytes {
					QuantizeQ8_0(w, randF32(r, out*in, 1))
				} else {
					QuantizeQ4_0(w, randF32(r, out*in, 1))
				}
			} else {
				w = randQuant(r, nb, f.bytes)
			}
			deq := make([]float64, out*in)
			for b := range nb {
				for i := range QBlock {
					deq[b*QBlock+i] = f.value(w[b*f.bytes:(b+1)*f.bytes], i)
				}
			}
			for _, T := range []int{1, 2, 3, 11, 12, 16, 33} {
				x := randF32(r, T*in, 1)
				want, mag := matMulRef(widen(x), deq, T, in, out)
				for _, rg := range ranges {
					o0, o1 := rg[0], rg[1]
					name := fmt.Sprintf("%s T=%d in=%d o=[%d,%d)", f.name, T, in, o0, o1)
					y := make([]float32, (T+1)*ldy)
					for i := range y {
						y[i] = sentinel
					}
					f.mul(y, ldy, x, w, T, in, o0, o1)
					for i, v := range y {
						tt, o := i/ldy, i%ldy
						if tt >= T || o < o0 || o >= o1 {
							if !isSentinel(v) {
								t.Fatalf("%s: wrote y[t=%d,o=%d] = %g outside the range", name, tt, o, v)
							}
							continue
						}
						wt, m := want[tt*out+o], mag[tt*out+o]
						if d := math.Abs(float64(v) - wt); !(d <= 4*math.Sqrt(float64(in))*0x1p-24*m+1e-30) {
							t.Fatalf("%s: y[t=%d,o=%d] = %.9g, want %.9g", name, tt, o, v, wt)
						}
					}
				}
			}
		}
	}
}

func TestMatMulQuantShapes(t *testing.T) {
	for name, f := range map[string]func(){
		"q8_0 width not a block multiple": func() {
			MatMulQ8_0(make([]float32, 4), 4, make([]float32, 48), make([]byte, 4*2*Q8_0Bytes), 1, 48, 0, 4)
		},
		"q4_0 width not a block multiple": func() {
			MatMulQ4_0(make([]float32, 4), 4, make([]float32, 16), make([]byte, 4*Q4_0Bytes), 1, 16, 0, 4)
		},
		"q8_0 short w": func() {
			MatMulQ8_0(make([]float32, 4), 4, make([]float32, 32), make([]byte, 4*Q8_0Bytes-1), 1, 32, 0, 4)
		},
		"q4_0 short x": func() {
			MatMulQ4_0(make([]float32, 8), 4, make([]float32, 63), make([]byte, 4*Q4_0Bytes), 2, 32, 0, 4)
		},
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
	// Short w is fine when the rows past o1 are not there.
	MatMulQ8_0(make([]float32, 2), 2, make([]float32, 32), make([]byte, 2*Q8_0Bytes), 1, 32, 0, 2)
}

func TestQuantNoAllocs(t *testing.T) {
	const in, out = 64, 8
	x, y := make([]float32, (minBlockedT+2)*in), make([]float32, (minBlockedT+2)*out)
	q8, q4 := make([]byte, out*in/QBlock*Q8_0Bytes), make([]byte, out*in/QBlock*Q4_0Bytes)
	for name, f := range map[string]func(){
		"q8_0/T=1":     func() { MatMulQ8_0(y, out, x, q8, 1, in, 0, out) },
		"q8_0/blocked": func() { MatMulQ8_0(y, out, x, q8, minBlockedT+2, in, 0, out) },
		"q4_0/T=1":     func() { MatMulQ4_0(y, out, x, q4, 1, in, 0, out) },
		"q4_0/blocked": func() { MatMulQ4_0(y, out, x, q4, minBlockedT+2, in, 0, out) },
		"dequant":      func() { DequantQ8_0(y[:in], q8); DequantQ4_0(y[:in], q4) },
		"quantize":     func() { QuantizeQ8_0(q8, x[:out*in]); QuantizeQ4_0(q4, x[:out*in]) },
	} {
		if a := testing.AllocsPerRun(10, f); a != 0 {
			t.Errorf("%s: %v allocations per call", name, a)
		}
	}
}
