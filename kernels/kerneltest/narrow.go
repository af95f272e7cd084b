package kerneltest

import (
	"fmt"
	"math"
	"slices"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The narrow products of math=fast (kernels/narrow.go), whose activations
// the executor has already rounded to Q8 blocks or bf16 rows:
//   - QuantizeQ8 is exact: the same bytes as Scalar, scales included, for
//     finite inputs (ties, near-ties, blocks whose scale is a subnormal
//     half, zero or overflows to Inf);
//   - MatMulQ8_0Q8 and MatMulQ4_0Q8: the integer sum of each block is
//     exact, so only the float32 sum over the nb blocks may differ: |Δ| ≤
//     MatMulRel·√nb·2⁻²⁴·Σ_b|d_w·d_x·isum_b|;
//   - MatMulBF16BF16: each bf16 product is exact in float32, so the bound
//     of the other dot products, MatMulRel·√in·2⁻²⁴·Σ|w·x|.
//
// Activation blocks are what QuantizeQ8 writes: q in [−127, 127], never
// −128, so a kernel may rely on it (the AVX2 sign trick |w|·(x·sign w)
// does, as GGML's does). Weight bytes are uniformly random, −128 included.

// quantizeQ8 holds QuantizeQ8 to Scalar bit for bit, one byte past the
// blocks included (it must stay untouched).
func (c *checker) quantizeQ8() {
	for i, nb := range qBlocks {
		n := nb * kernels.QBlock
		src := mk[float32](c, n)
		for b := range nb {
			c.q8Source(src[b*kernels.QBlock:(b+1)*kernels.QBlock], i+b)
		}
		nq := nb * kernels.Q8Bytes
		y, want := mk[byte](c, nq+1), make([]byte, nq+1)
		y[nq], want[nq] = 0xa5, 0xa5
		what := fmt.Sprintf("%d blocks", nb)
		if !c.try(what, func() { c.s.QuantizeQ8(y, src) }) {
			continue
		}
		c.ref.QuantizeQ8(want, src)
		bad, first := 0, -1
		for j := range want {
			if y[j] != want[j] {
				if bad++; first < 0 {
					first = j
				}
			}
		}
		if bad == 0 {
			continue
		}
		b, k := first/kernels.Q8Bytes, first%kernels.Q8Bytes
		if b == nb {
			c.fail("%s: wrote the byte past the blocks", what)
			continue
		}
		at := "the scale"
		if k >= 2 {
			v := src[b*kernels.QBlock+k-2]
			at = fmt.Sprintf("q[%d] (from %g, %#08x)", k-2, v, math.Float32bits(v))
		}
		c.fail("%s: %d of %d bytes differ (exact slot); first block %d %s = %#02x, scalar %#02x (scale %#04x, scalar %#04x)",
			what, bad, len(want), b, at, y[first], want[first],
			uint16(y[b*kernels.Q8Bytes])|uint16(y[b*kernels.Q8Bytes+1])<<8,
			uint16(want[b*kernels.Q8Bytes])|uint16(want[b*kernels.Q8Bytes+1])<<8)
	}
}

// q8Source fills one block of QuantizeQ8's input, of kind k mod 8.
func (c *checker) q8Source(x []float32, k int) {
	sign := func() float32 { return float32(1 - 2*c.rng.IntN(2)) }
	// d: a normal half, so that 127·d and (j+½)·d are exact floats.
	d := kernels.F16ToF32(uint16(0x0400 + c.rng.IntN(0x7400)))
	switch k % 8 {
	case 0: // uniform, magnitudes over sixteen decades
		a := math.Pow(10, float64(c.rng.IntN(17)-8))
		for i := range x {
			x[i] = float32((2*c.rng.Float64() - 1) * a)
		}
	case 1, 2: // ties q+½ (case 2: a float away from them), amax 127·d
		for i := range x {
			x[i] = (float32(c.rng.IntN(254)-127) + 0.5) * d
			if k%8 == 2 {
				x[i] = math.Nextafter32(x[i], float32(math.Inf(c.rng.IntN(2)*2-1)))
			}
		}
		x[c.rng.IntN(len(x))] = 127 * d * sign()
	case 3: // zeros of both signs: d = 0
		for i := range x {
			x[i] = float32(math.Copysign(0, float64(sign())))
		}
	case 4: // tiny: the scale is a subnormal half or zero, q clamps
		a := math.Pow(10, -float64(5+c.rng.IntN(5)))
		for i := range x {
			x[i] = float32((2*c.rng.Float64() - 1) * a)
		}
	case 5: // huge: amax/127 near and past the largest half (Inf)
		a := [...]float64{127 * 65504, 127 * 65520, 1e12, 3e38}[c.rng.IntN(4)]
		for i := range x {
			x[i] = float32((2*c.rng.Float64() - 1) * a)
		}
		x[0] = float32(a) * sign()
	case 6: // one outlier: most q round to ±0 or ±1
		for i := range x {
			x[i] = float32(c.rng.NormFloat64())
		}
		x[c.rng.IntN(len(x))] = 300 * sign()
	default: // exact multiples j·d
		for i := range x {
			x[i] = float32(c.rng.IntN(255)-127) * d
		}
	}
}

// randQ8 returns T rows of in/32 Q8 activation blocks: even rows
// QuantizeQ8 of values over seven decades, odd rows randBlocks' scales with
// q uniform in [−127, 127].
func (c *checker) randQ8(T, in int) []byte {
	nb := in / kernels.QBlock
	x := c.randBlocks(T*nb, kernels.Q8Bytes)
	rb := nb * kernels.Q8Bytes
	for t := range T {
		row := x[t*rb : (t+1)*rb]
		if t%2 == 0 {
			kernels.QuantizeQ8(row, c.uni(in, math.Pow(10, float64(c.rng.IntN(7)-3))))
			continue
		}
		for i := range row {
			if i%kernels.Q8Bytes >= 2 && row[i] == 0x80 {
				row[i] = 0x81 // −127
			}
		}
	}
	return x
}

// qRows decodes rows of blocks into their scales (one per block) and
// integer values (32 per block).
func qRows(q []byte, n, blockBytes int) (d []float64, v []int32) {
	nb := n / kernels.QBlock
	d, v = make([]float64, nb), make([]int32, n)
	for b := range nb {
		blk := q[b*blockBytes : (b+1)*blockBytes]
		d[b] = float64(kernels.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8))
		out := v[b*kernels.QBlock : (b+1)*kernels.QBlock]
		if blockBytes == kernels.Q4_0Bytes {
			for j, q := range blk[2:] {
				out[j], out[j+kernels.QBlock/2] = int32(q&0xf)-8, int32(q>>4)-8
			}
			continue
		}
		for i, q := range blk[2:] {
			out[i] = int32(int8(q))
		}
	}
	return d, v
}

// blockMag is mag for the Q8 products: √nb·Σ_b|d_w·d_x·isum_b|.
func blockMag(w, xq []byte, blockBytes, out, in, T int) func(t, o int) float64 {
	dw, qw := qRows(w, out*in, blockBytes)
	dx, qx := qRows(xq, T*in, kernels.Q8Bytes)
	nb := in / kernels.QBlock
	return func(t, o int) float64 {
		var m float64
		for b := range nb {
			var isum int64
			for i := range kernels.QBlock {
				isum += int64(qw[o*in+b*kernels.QBlock+i]) * int64(qx[t*in+b*kernels.QBlock+i])
			}
			m += math.Abs(dw[o*nb+b] * dx[t*nb+b] * float64(isum))
		}
		return math.Sqrt(float64(nb)) * m
	}
}

func (c *checker) narrowQ(got, ref mmFunc[[]byte, []byte], blockBytes int) {
	matMulOver(c, got, ref, c.o.MatMulRel, kernels.QBlock, func(out, in, T int) ([]byte, []byte, func(t, o int) float64) {
		w := c.randBlocks(out*in/kernels.QBlock, blockBytes)
		x := c.randQ8(T, in)
		return w, x, blockMag(w, x, blockBytes, out, in, T)
	})
	// The integer extremes: every weight −128, 127, −127 or 0 (Q4_0: −8 or
	// 7), against activations all −127, all 127 or alternating, scales 1,
	// so that 16-bit pair sums reach ±2·128·127 and block sums ±32·128·127.
	const out, in, T = 8, 64, 3
	nb := in / kernels.QBlock
	w, x := mk[byte](c, out*nb*blockBytes), mk[byte](c, T*nb*kernels.Q8Bytes)
	for o := range out {
		for b := range nb {
			blk := w[(o*nb+b)*blockBytes : (o*nb+b+1)*blockBytes]
			blk[0], blk[1] = 0x00, 0x3c
			for i := 2; i < blockBytes; i++ {
				blk[i] = [...]byte{0x80, 0x7f, 0x81, 0x00}[o%4]
				if blockBytes == kernels.Q4_0Bytes {
					blk[i] = [...]byte{0x00, 0xff, 0x0f, 0xf0}[o%4]
				}
			}
		}
	}
	for t := range T {
		for b := range nb {
			blk := x[(t*nb+b)*kernels.Q8Bytes : (t*nb+b+1)*kernels.Q8Bytes]
			blk[0], blk[1] = 0x00, 0x3c
			for i := 2; i < kernels.Q8Bytes; i++ {
				blk[i] = [...]byte{0x81, 0x7f, [2]byte{0x81, 0x7f}[i%2]}[t]
			}
		}
	}
	matMulCase(c, got, ref, w, x, blockMag(w, x, blockBytes, out, in, T), T, in, rowRange{out, 1, 0, out}, c.o.MatMulRel)
}

// packedQ4_0 and packedQ8_0 hold a set's packed layouts (nil: none,
// nothing to check) to the scalar product on the unpacked matrix: every
// case of the stored-layout slot packed first, the row ranges cut on the
// layout's RowAlign, rows wider than one run of a kernel's per-block sums
// (513 blocks), and a pack that writes past Len.
func (c *checker) packedQ4_0() {
	c.packed(c.s.PackedQ4_0, c.ref.MatMulQ4_0Q8, kernels.Q4_0Bytes)
}

func (c *checker) packedQ8_0() {
	c.packed(c.s.PackedQ8_0, c.ref.MatMulQ8_0Q8, kernels.Q8_0Bytes)
}

func (c *checker) packed(l *kernels.PackedLayout, ref mmFunc[[]byte, []byte], blockBytes int) {
	if l == nil {
		return
	}
	if l.Len == nil || l.Pack == nil || l.MatMul == nil || l.RowAlign < 1 {
		c.fail("layout %q is incomplete (Len, Pack, MatMul set and RowAlign %d ≥ 1)", l.Name, l.RowAlign)
		return
	}
	c.s.RowAlign = l.RowAlign
	const guard = 64
	packed := func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
		out := 0
		if in > 0 {
			out = len(w) / (in / kernels.QBlock * blockBytes)
		}
		n := l.Len(out, in)
		wp := mk[byte](c, n+guard)
		fill(wp[n:], 0xa5)
		l.Pack(wp[:n], w, out, in)
		for i, v := range wp[n:] {
			if v != 0xa5 {
				c.fail("Pack(out=%d, in=%d) wrote byte %d past Len = %d", out, in, i, n)
				break
			}
		}
		l.MatMul(y, ldy, xq, wp[:n], T, in, o0, o1)
	}
	c.narrowQ(packed, ref, blockBytes)
	// Row-group locality: the pack of 37 rows equals its pieces' packs.
	{
		const out, in = 37, 96
		rb := in / kernels.QBlock * blockBytes
		w := c.randBlocks(out*in/kernels.QBlock, blockBytes)
		whole := make([]byte, l.Len(out, in))
		l.Pack(whole, w, out, in)
		pieces := make([]byte, len(whole))
		for r0 := 0; r0 < out; r0 += l.RowAlign {
			r1 := min(r0+l.RowAlign, out)
			l.Pack(pieces[l.Len(r0, in):l.Len(r1, in)], w[r0*rb:r1*rb], r1-r0, in)
		}
		if !slices.Equal(whole, pieces) {
			c.fail("packing 37×96 in pieces of RowAlign = %d rows gives other bytes than packing it whole", l.RowAlign)
		}
	}
	in := 513 * kernels.QBlock
	for _, T := range []int{1, 3, 9} {
		w, x := c.randBlocks(19*in/kernels.QBlock, blockBytes), c.randQ8(T, in)
		matMulCase(c, packed, ref, w, x, blockMag(w, x, blockBytes, 19, in, T), T, in, rowRange{19, 1, 2, 19}, c.o.MatMulRel)
	}
}

func (c *checker) matMulQ8_0Q8() { c.narrowQ(c.s.MatMulQ8_0Q8, c.ref.MatMulQ8_0Q8, kernels.Q8_0Bytes) }
func (c *checker) matMulQ4_0Q8() { c.narrowQ(c.s.MatMulQ4_0Q8, c.ref.MatMulQ4_0Q8, kernels.Q4_0Bytes) }

// bf16Rows returns n bf16 values uniform in ±a and their float32 values.
func (c *checker) bf16Rows(n int, a float64) ([]uint16, []float32) {
	h, f := mk[uint16](c, n), make([]float32, n)
	kernels.F32ToBF16Slice(h, c.uni(n, a))
	kernels.BF16ToF32Slice(f, h)
	return h, f
}

func (c *checker) matMulBF16BF16() {
	matMulOver(c, c.s.MatMulBF16BF16, c.ref.MatMulBF16BF16, c.o.MatMulRel, 1, func(out, in, T int) ([]uint16, []uint16, func(t, o int) float64) {
		w, wf := c.bf16Rows(out*in, 1)
		x, xf := c.bf16Rows(T*in, 1)
		return w, x, dotMag(wf, xf, in)
	})
}
