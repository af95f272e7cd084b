package kernels

import "fmt"

// Blocking parameters of the prefill path, chosen by measurement on the
// target (1 MiB L2 and 32 KiB L1 per core; T=512, 2048×2048 bf16). Sizes
// from 256 to 2048 along k, 4 to 32 rows and 64 to 512 tokens all land
// within ±8% of each other, because the scalar micro-kernel, not the
// memory system, is the limit; these are the middle of the good region:
//   - a packed W block of rowBlock × kBlock float32 (16 KiB) stays in L1 while
//     every token of the token block streams past it;
//   - the x panel of tokBlock × kBlock float32 (512 KiB) stays in L2 while all
//     row blocks of the range pass over it;
//   - W is widened once per (token block, k block), i.e. ⌈T/tokBlock⌉ times
//     in all, noise next to the tokBlock multiply-adds each value feeds.
const (
	kBlock   = 512
	rowBlock = 8
	tokBlock = 256

	// minBlockedT is the smallest token count that takes the blocked path.
	// Below it the direct kernels (few.go) win: packing costs about a cycle
	// per weight, which a handful of tokens does not pay back. Measured
	// crossover for 2048×2048 bf16: equal at T=12, blocked 4% ahead at 16.
	minBlockedT = 12
)

// MatMulF32 sets y[t*ldy+o] = Σ_i x[t*in+i]·w[o*in+i] for t in [0,T) and o in
// [o0,o1). x is [T,in] and w is [out,in], both row-major.
func MatMulF32(y []float32, ldy int, x []float32, w []float32, T, in, o0, o1 int) {
	checkMatMul(len(y), ldy, len(x), len(w), T, in, o0, o1)
	if T < minBlockedT {
		fewF32(y, ldy, x, w, T, in, o0, o1)
		return
	}
	matmulBlocked(y, ldy, x, &weights{f32: w}, T, in, o0, o1)
}

// MatMulBF16 is MatMulF32 with bfloat16 weights; products and sums are
// float32, with every weight widened exactly.
func MatMulBF16(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	checkMatMul(len(y), ldy, len(x), len(w), T, in, o0, o1)
	if T < minBlockedT {
		few16(y, ldy, x, w, bf16Table(), T, in, o0, o1)
		return
	}
	matmulBlocked(y, ldy, x, &weights{u16: w, bf16: true}, T, in, o0, o1)
}

// MatMulF16 is MatMulF32 with IEEE half weights.
func MatMulF16(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	checkMatMul(len(y), ldy, len(x), len(w), T, in, o0, o1)
	tab := f16Table()
	if T < minBlockedT {
		few16(y, ldy, x, w, tab, T, in, o0, o1)
		return
	}
	matmulBlocked(y, ldy, x, &weights{u16: w, tab: tab}, T, in, o0, o1)
}

// checkMatMul turns a shape mistake into a message that names the operand
// instead of an index panic deep in a kernel.
func checkMatMul(ny, ldy, nx, nw, T, in, o0, o1 int) {
	switch {
	case T < 0 || in < 0 || o0 < 0 || o1 < o0:
		panic(fmt.Sprintf("kernels: bad matmul shape T=%d in=%d o=[%d,%d)", T, in, o0, o1))
	case T == 0 || o0 == o1:
		return
	case ldy < o1:
		panic(fmt.Sprintf("kernels: matmul ldy=%d < o1=%d", ldy, o1))
	case nx < T*in:
		panic(fmt.Sprintf("kernels: matmul x has %d values, want T·in=%d", nx, T*in))
	case nw < o1*in:
		panic(fmt.Sprintf("kernels: matmul w has %d values, want o1·in=%d", nw, o1*in))
	case ny < (T-1)*ldy+o1:
		panic(fmt.Sprintf("kernels: matmul y has %d values, want (T-1)·ldy+o1=%d", ny, (T-1)*ldy+o1))
	}
}

// weights is a W matrix in its stored dtype: f32, or u16 holding bf16
// (widened by shifting) or f16 (widened through tab).
type weights struct {
	f32    []float32
	u16    []uint16
	bf16   bool
	tab    *[1 << 16]float32
	q      []byte // Q8_0 or Q4_0 blocks
	qBytes int    // bytes per block of q
}

// pack widens rows [r0, r0+rn) × columns [k0, k0+kn) of W into dst, rows
// kn apart. Packing f32 too (a plain copy) keeps the block contiguous: rows
// of a power-of-two width land in the same L1 sets and would evict each
// other otherwise. bf16 is widened by shifting, which measured twice as
// fast as the table here (the loop is a pure stream with no FP work to
// overlap); f16 needs the table to avoid a branch per value.
func (w *weights) pack(dst []float32, in, r0, rn, k0, kn int) {
	for i := range rn {
		src := (r0+i)*in + k0
		d := dst[i*kn : i*kn+kn]
		switch {
		case w.q != nil:
			// k0 and kn are multiples of the block (kBlock is).
			at := src / QBlock * w.qBytes
			if w.qBytes == Q8_0Bytes {
				DequantQ8_0(d, w.q[at:])
			} else {
				DequantQ4_0(d, w.q[at:])
			}
		case w.u16 == nil:
			copy(d, w.f32[src:src+kn])
		case w.bf16:
			BF16ToF32Slice(d, w.u16[src:src+kn])
		default:
			tab := w.tab
			for j, h := range w.u16[src : src+kn] {
				d[j] = tab[h]
			}
		}
	}
}

// matmulBlocked is the prefill path. Loops, outermost first: token blocks,
// k blocks, row blocks (each packed once), then token pairs × row quads in
// panel. k runs outside the row blocks so that one x panel serves every row
// of the range before the next panel is touched; the price is that y is
// read and written once per k block, which is small next to the kBlock
// multiply-adds behind each y value.
func matmulBlocked(y []float32, ldy int, x []float32, w *weights, T, in, o0, o1 int) {
	if in == 0 {
		for t := range T {
			clear(y[t*ldy+o0 : t*ldy+o1])
		}
		return
	}
	var buf [rowBlock * kBlock]float32
	for t0 := 0; t0 < T; t0 += tokBlock {
		t1 := min(t0+tokBlock, T)
		for k0 := 0; k0 < in; k0 += kBlock {
			kn := min(kBlock, in-k0)
			for r0 := o0; r0 < o1; r0 += rowBlock {
				rn := min(rowBlock, o1-r0)
				p := buf[:rn*kn]
				w.pack(p, in, r0, rn, k0, kn)
				panel(y, ldy, x, p, in, k0, kn, r0, rn, t0, t1)
			}
		}
	}
}

// panel multiplies the packed block p (rn rows of kn) with columns
// [k0, k0+kn) of tokens [t0, t1) and adds the result into y, or stores it
// when k0 == 0.
func panel(y []float32, ldy int, x, p []float32, in, k0, kn, r0, rn, t0, t1 int) {
	first := k0 == 0
	t := t0
	for ; t+2 <= t1; t += 2 {
		x0 := x[t*in+k0:][:kn]
		x1 := x[(t+1)*in+k0:][:kn]
		y0 := y[t*ldy+r0:][:rn]
		y1 := y[(t+1)*ldy+r0:][:rn]
		r := 0
		for ; r+4 <= rn; r += 4 {
			c := mk4x2(x0, x1, p[r*kn:][:kn], p[(r+1)*kn:][:kn], p[(r+2)*kn:][:kn], p[(r+3)*kn:][:kn])
			a, b := y0[r:r+4:r+4], y1[r:r+4:r+4]
			if first {
				a[0], a[1], a[2], a[3] = c[0], c[2], c[4], c[6]
				b[0], b[1], b[2], b[3] = c[1], c[3], c[5], c[7]
			} else {
				a[0], a[1], a[2], a[3] = a[0]+c[0], a[1]+c[2], a[2]+c[4], a[3]+c[6]
				b[0], b[1], b[2], b[3] = b[0]+c[1], b[1]+c[3], b[2]+c[5], b[3]+c[7]
			}
		}
		for ; r < rn; r++ {
			c0, c1 := mk1x2(x0, x1, p[r*kn:][:kn])
			if first {
				y0[r], y1[r] = c0, c1
			} else {
				y0[r] += c0
				y1[r] += c1
			}
		}
	}
	if t < t1 {
		x0 := x[t*in+k0:][:kn]
		y0 := y[t*ldy+r0:][:rn]
		r := 0
		for ; r+4 <= rn; r += 4 {
			c0, c1, c2, c3 := dot4F32(x0, p[r*kn:][:kn], p[(r+1)*kn:][:kn], p[(r+2)*kn:][:kn], p[(r+3)*kn:][:kn])
			a := y0[r : r+4 : r+4]
			if first {
				a[0], a[1], a[2], a[3] = c0, c1, c2, c3
			} else {
				a[0], a[1], a[2], a[3] = a[0]+c0, a[1]+c1, a[2]+c2, a[3]+c3
			}
		}
		for ; r < rn; r++ {
			c := Dot(x0, p[r*kn:][:kn])
			if first {
				y0[r] = c
			} else {
				y0[r] += c
			}
		}
	}
}
