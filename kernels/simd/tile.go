package simd

// Helpers shared by the packed prefill drivers (prefill.go, bf16.go,
// quant.go, amx.go).

// half8 is the first row and the row count of the eighth-row half h (0 or
// 8) of a 16-row panel with rn real rows from r0: the packs take eight
// rows at a time, and a half past the real rows repeats the last one
// (its sums are computed and dropped).
func half8(r0, rn, h int) (first, rows int) {
	if rows = min(8, rn-h); rows <= 0 {
		return r0 + rn - 1, 1
	}
	return r0 + h, rows
}

// tileIn and tileOut carry a partial tile, nt tokens × rn rows of y at
// token t and row o, through a scratch tile whose rows are ld floats
// apart: a kernel that writes whole tiles runs on the scratch, starting
// from y's partial sums when it continues a sum (first == 0), so that
// each output stays one sum in the kernel's order.
func tileIn(tile []float32, ld int, y []float32, ldy, t, o, nt, rn, first int) {
	if first != 0 {
		return
	}
	for j := range nt {
		copy(tile[j*ld:j*ld+rn], y[(t+j)*ldy+o:])
	}
}

func tileOut(y []float32, ldy, t, o, nt, rn int, tile []float32, ld int) {
	for j := range nt {
		copy(y[(t+j)*ldy+o:(t+j)*ldy+o+rn], tile[j*ld:])
	}
}

// addTails adds to y the bf16 columns [n, in) that the 32-wide kernels
// leave, for tokens [0, T) and rows [o0, o1).
func addTails(y []float32, ldy int, xh, w []uint16, T, in, n, o0, o1 int) {
	if n == in {
		return
	}
	for t := range T {
		xt := xh[t*in : (t+1)*in]
		for o := o0; o < o1; o++ {
			y[t*ldy+o] += tailDot(xt, w[o*in:(o+1)*in], n)
		}
	}
}
