package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireBF16 sets the bf16-activation × bf16-weight slot of a path. Only
// avx512 has a bf16 dot product (VDPBF16PS); on avx2 the exact product,
// which widens bf16 exactly and runs at the same memory speed, stays the
// one math=fast uses (FastBF16 false).
func wireBF16(s *kernels.Set, path string) {
	if path == "avx512" {
		s.MatMulBF16BF16 = matMulBF16BF16AVX512
		s.FastBF16 = true
	}
}

// Cache blocking of the prefill tiles: a 4-row weight panel of bK
// columns (16 KB) stays in L1 while it meets every token of a bTok-token
// activation panel (512 KB), which stays in L2.
const (
	bK   = 2048
	bTok = 128
)

// matMulBF16BF16AVX512 is kernels.MatMulBF16BF16 on VDPBF16PS: eight-row
// streams for a few tokens (decode), 6×4 and 4×4 register tiles over
// cache blocks for prefill; columns past the last multiple of 32 are added
// in Go.
func matMulBF16BF16AVX512(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int) {
	checkShape(len(y), ldy, len(xh), len(w), T, in, o0, o1)
	if T == 0 || o0 >= o1 {
		return
	}
	if in < 32 {
		kernels.MatMulBF16BF16(y, ldy, xh, w, T, in, o0, o1)
		return
	}
	n := in &^ 31
	t := 0
	if T >= 4 {
		t = T &^ 3
		tiles(y, ldy, xh, w, t, in, n, o0, o1)
	}
	for ; t < T; t++ {
		rowsOneToken(y[t*ldy:], xh[t*in:(t+1)*in], w, in, n, o0, o1)
	}
}

// rowsOneToken: y[o] = w[o,:]·x for o in [o0, o1), one token.
func rowsOneToken(y []float32, x, w []uint16, in, n, o0, o1 int) {
	var s [8]float32
	o := o0
	for ; o+8 <= o1; o += 8 {
		_ = w[(o+7)*in+in-1]
		dot8BF16BF16(&x[0], &w[o*in], in, n, &s)
		for r := range 8 {
			y[o+r] = s[r] + tailDot(x, w[(o+r)*in:(o+r+1)*in], n)
		}
	}
	for ; o < o1; o++ {
		row := w[o*in : (o+1)*in]
		y[o] = dot1BF16BF16(&x[0], &row[0], n) + tailDot(x, row, n)
	}
}

// tiles covers tokens [0, T) (T a multiple of 4) × rows [o0, o1): 6-row
// tiles, then a 4-row one, then single rows.
func tiles(y []float32, ldy int, xh, w []uint16, T, in, n, o0, o1 int) {
	var c [24]float32
	for t0 := 0; t0 < T; t0 += bTok {
		t1 := min(t0+bTok, T)
		for k0 := 0; k0 < n; k0 += bK {
			kn := min(bK, n-k0)
			first, last := k0 == 0, k0+kn == n
			o := o0
			for ; o+6 <= o1; o += 6 {
				tileRows(y, ldy, xh, w, in, n, k0, kn, o, 6, t0, t1, first, last, &c)
			}
			for ; o+4 <= o1; o += 4 {
				tileRows(y, ldy, xh, w, in, n, k0, kn, o, 4, t0, t1, first, last, &c)
			}
			for ; o < o1; o++ {
				row := w[o*in+k0 : o*in+k0+kn]
				for t := t0; t < t1; t++ {
					v := dot1BF16BF16(&xh[t*in+k0], &row[0], kn)
					if last {
						v += tailDot(xh[t*in:(t+1)*in], w[o*in:(o+1)*in], n)
					}
					if first {
						y[t*ldy+o] = v
					} else {
						y[t*ldy+o] += v
					}
				}
			}
		}
	}
}

// tileRows runs the rows-row tile (6 or 4) at rows [o, o+rows) over tokens
// [t0, t1) and columns [k0, k0+kn), storing (first) or adding the sums.
func tileRows(y []float32, ldy int, xh, w []uint16, in, n, k0, kn, o, rows, t0, t1 int, first, last bool, c *[24]float32) {
	_ = w[(o+rows-1)*in+k0+kn-1]
	tail := last && n < in // the tail dots cost as much as the tile when called for nothing
	for t := t0; t < t1; t += 4 {
		_ = xh[(t+3)*in+k0+kn-1]
		if rows == 6 {
			mk6x4BF16BF16(&xh[t*in+k0], in, &w[o*in+k0], in, kn, c)
		} else {
			mk4x4BF16BF16(&xh[t*in+k0], in, &w[o*in+k0], in, kn, (*[16]float32)(c[:16]))
		}
		for r := range rows {
			for j := range 4 {
				v := c[r*4+j]
				if tail {
					v += tailDot(xh[(t+j)*in:(t+j+1)*in], w[(o+r)*in:(o+r+1)*in], n)
				}
				at := (t+j)*ldy + o + r
				if first {
					y[at] = v
				} else {
					y[at] += v
				}
			}
		}
	}
}

// tailDot adds the columns [n, len(x)) that the 32-wide kernels leave.
func tailDot(x, w []uint16, n int) float32 {
	var s float32
	for k := n; k < len(x); k++ {
		s += bf16(w[k]) * bf16(x[k])
	}
	return s
}
