package kernels

// Register-blocked micro-kernels for prefill. They work on float32 panels
// that the blocked driver has already packed (W widened to float32, rows
// contiguous), so one kernel serves every weight dtype.
//
// Measured on the target (scalar SSE, 15 usable XMM registers under the Go
// ABI), from L1: 4 rows × 2 tokens reaches ~11 GFLOP/s, 2 × 4 ~10, 3 × 3 ~9,
// while 4 × 3 and 4 × 4 spill accumulators and fall to 4–5. The 4 × 2 shape
// reuses each widened weight twice and each x value four times, with 8
// accumulators.
//
// Go's instruction scheduler places every product of a basic block before
// the accumulator adds that consume them (the adds have no use inside the
// block), so 8 products + 8 accumulators + 2 x values overflow the register
// file and spill. The bounds check on w1 in mk4x2 is left in on purpose: it
// ends the basic block after the first row, which bounds the live products
// (and, of the places tried, leaves the fewest register moves at the loop's
// back edge). Without it the kernel runs at half speed.

// mk4x2 returns the 4×2 block of dot products w_r·x_t over len(x0)
// elements, as c[2r+t].
func mk4x2(x0, x1, w0, w1, w2, w3 []float32) (c [8]float32) {
	n := len(x0)
	x1, w0, w2, w3 = x1[:n], w0[:n], w2[:n], w3[:n]
	var c00, c01, c10, c11, c20, c21, c30, c31 float32
	for k, a := range x0 {
		b := x1[k]
		w := w0[k]
		c00 += w * a
		c01 += w * b
		w = w1[k] // block split: see above
		c10 += w * a
		c11 += w * b
		w = w2[k]
		c20 += w * a
		c21 += w * b
		w = w3[k]
		c30 += w * a
		c31 += w * b
	}
	return [8]float32{c00, c01, c10, c11, c20, c21, c30, c31}
}

// mk1x2 returns w·x0 and w·x1 over len(w) elements.
func mk1x2(x0, x1, w []float32) (c0, c1 float32) {
	n := len(w)
	x0, x1 = x0[:n], x1[:n]
	var d0, d1 float32
	k := 0
	for ; k+2 <= n; k += 2 {
		a, b := w[k], w[k+1]
		c0 += a * x0[k]
		c1 += a * x1[k]
		d0 += b * x0[k+1]
		d1 += b * x1[k+1]
	}
	if k < n {
		c0 += w[k] * x0[k]
		c1 += w[k] * x1[k]
	}
	return c0 + d0, c1 + d1
}
