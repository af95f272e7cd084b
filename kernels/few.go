package kernels

// Direct kernels for a few tokens, decode (T = 1) above all. They read W in
// its stored dtype with no packing, four output rows at a time, so W
// streams from memory exactly once per call; for T = 1 they are bound by
// memory bandwidth, and the aim is to keep the load pipes busy with weight
// bytes. Tokens are taken two at a time through the 4×2 kernels (each weight
// feeds two tokens), an odd last token through the 4×1 dot.

// fewF32 computes y[t*ldy+o] = w[o,:]·x[t,:] for t < T, o in [o0, o1).
func fewF32(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
	o := o0
	for ; o+4 <= o1; o += 4 {
		w0, w1, w2, w3 := w[o*in:][:in], w[(o+1)*in:][:in], w[(o+2)*in:][:in], w[(o+3)*in:][:in]
		t := 0
		for ; t+2 <= T; t += 2 {
			c := mk4x2(x[t*in:][:in], x[(t+1)*in:][:in], w0, w1, w2, w3)
			store4x2(y, ldy, t, o, &c)
		}
		if t < T {
			a := y[t*ldy+o:][:4]
			a[0], a[1], a[2], a[3] = dot4F32(x[t*in:][:in], w0, w1, w2, w3)
		}
	}
	for ; o < o1; o++ {
		row := w[o*in:][:in]
		for t := range T {
			y[t*ldy+o] = Dot(x[t*in:][:in], row)
		}
	}
}

// few16 is fewF32 for 16-bit weights widened through tab.
func few16(y []float32, ldy int, x []float32, w []uint16, tab *[1 << 16]float32, T, in, o0, o1 int) {
	o := o0
	for ; o+4 <= o1; o += 4 {
		w0, w1, w2, w3 := w[o*in:][:in], w[(o+1)*in:][:in], w[(o+2)*in:][:in], w[(o+3)*in:][:in]
		t := 0
		for ; t+2 <= T; t += 2 {
			c := mk4x2Tab(x[t*in:][:in], x[(t+1)*in:][:in], w0, w1, w2, w3, tab)
			store4x2(y, ldy, t, o, &c)
		}
		if t < T {
			a := y[t*ldy+o:][:4]
			a[0], a[1], a[2], a[3] = dot4Tab(x[t*in:][:in], w0, w1, w2, w3, tab)
		}
	}
	for ; o < o1; o++ {
		row := w[o*in:][:in]
		for t := range T {
			y[t*ldy+o] = dot1Tab(x[t*in:][:in], row, tab)
		}
	}
}

// store4x2 writes the mk4x2 result c for rows o..o+3 of tokens t and t+1.
func store4x2(y []float32, ldy, t, o int, c *[8]float32) {
	a := y[t*ldy+o:][:4]
	b := y[(t+1)*ldy+o:][:4]
	a[0], a[1], a[2], a[3] = c[0], c[2], c[4], c[6]
	b[0], b[1], b[2], b[3] = c[1], c[3], c[5], c[7]
}

// mk4x2Tab is mk4x2 on 16-bit weight rows widened through tab; the bounds
// check on w1 splits the block for the same reason.
func mk4x2Tab(x0, x1 []float32, w0, w1, w2, w3 []uint16, tab *[1 << 16]float32) (c [8]float32) {
	n := len(x0)
	x1, w0, w2, w3 = x1[:n], w0[:n], w2[:n], w3[:n]
	_ = tab[0] // one nil check here instead of one per iteration
	var c00, c01, c10, c11, c20, c21, c30, c31 float32
	for k, a := range x0 {
		b := x1[k]
		w := tab[w0[k]]
		c00 += w * a
		c01 += w * b
		w = tab[w1[k]] // block split
		c10 += w * a
		c11 += w * b
		w = tab[w2[k]]
		c20 += w * a
		c21 += w * b
		w = tab[w3[k]]
		c30 += w * a
		c31 += w * b
	}
	return [8]float32{c00, c01, c10, c11, c20, c21, c30, c31}
}

// The 4×1 dots below unroll k by two and sum each pair before it meets the
// accumulator: that halves the accumulator dependency chains without the
// extra registers that more accumulators would need.

// dot4F32 returns w_r[:len(x)]·x for four rows.
func dot4F32(x, w0, w1, w2, w3 []float32) (s0, s1, s2, s3 float32) {
	m := len(x)
	w0, w1, w2, w3 = w0[:m], w1[:m], w2[:m], w3[:m]
	for k := 1; k < m; k += 2 {
		a, b := x[k-1], x[k]
		s0 += w0[k-1]*a + w0[k]*b
		s1 += w1[k-1]*a + w1[k]*b
		s2 += w2[k-1]*a + w2[k]*b
		s3 += w3[k-1]*a + w3[k]*b
	}
	if m&1 == 1 {
		a := x[m-1]
		s0 += w0[m-1] * a
		s1 += w1[m-1] * a
		s2 += w2[m-1] * a
		s3 += w3[m-1] * a
	}
	return
}

// dot4Tab is dot4F32 for 16-bit weights widened through tab.
func dot4Tab(x []float32, w0, w1, w2, w3 []uint16, tab *[1 << 16]float32) (s0, s1, s2, s3 float32) {
	m := len(x)
	w0, w1, w2, w3 = w0[:m], w1[:m], w2[:m], w3[:m]
	_ = tab[0] // one nil check here instead of one per iteration
	for k := 1; k < m; k += 2 {
		a, b := x[k-1], x[k]
		s0 += tab[w0[k-1]]*a + tab[w0[k]]*b
		s1 += tab[w1[k-1]]*a + tab[w1[k]]*b
		s2 += tab[w2[k-1]]*a + tab[w2[k]]*b
		s3 += tab[w3[k-1]]*a + tab[w3[k]]*b
	}
	if m&1 == 1 {
		a := x[m-1]
		s0 += tab[w0[m-1]] * a
		s1 += tab[w1[m-1]] * a
		s2 += tab[w2[m-1]] * a
		s3 += tab[w3[m-1]] * a
	}
	return
}

// dot1Tab returns w[:len(x)]·x for one row of 16-bit weights.
func dot1Tab(x []float32, w []uint16, tab *[1 << 16]float32) float32 {
	m := len(x)
	w = w[:m]
	_ = tab[0]
	var s0, s1, s2, s3 float32
	k := 0
	for ; k+4 <= m; k += 4 {
		s0 += tab[w[k]] * x[k]
		s1 += tab[w[k+1]] * x[k+1]
		s2 += tab[w[k+2]] * x[k+2]
		s3 += tab[w[k+3]] * x[k+3]
	}
	for ; k < m; k++ {
		s0 += tab[w[k]] * x[k]
	}
	return (s0 + s1) + (s2 + s3)
}
