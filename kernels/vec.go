package kernels

// Dot returns Σ a[i]·b[i] over len(a) elements; b must be at least as long.
// Four independent accumulators hide the add latency and, as a side effect,
// shorten each rounding chain to a quarter of the length.
func Dot(a, b []float32) float32 {
	m := len(a)
	b = b[:m]
	var s0, s1, s2, s3 float32
	k := 0
	for ; k+4 <= m; k += 4 {
		aa := a[k : k+4 : k+4]
		bb := b[k : k+4 : k+4]
		s0 += aa[0] * bb[0]
		s1 += aa[1] * bb[1]
		s2 += aa[2] * bb[2]
		s3 += aa[3] * bb[3]
	}
	for ; k < m; k++ {
		s0 += a[k] * b[k]
	}
	return (s0 + s1) + (s2 + s3)
}

// Add sets y[i] = a[i] + b[i] for i < len(y); y may alias a or b.
func Add(y, a, b []float32) {
	a, b = a[:len(y)], b[:len(y)]
	for i := range y {
		y[i] = a[i] + b[i]
	}
}

// Mul sets y[i] = a[i] · b[i] for i < len(y); y may alias a or b.
func Mul(y, a, b []float32) {
	a, b = a[:len(y)], b[:len(y)]
	for i := range y {
		y[i] = a[i] * b[i]
	}
}

// Scale multiplies x by s in place.
func Scale(x []float32, s float32) {
	for i := range x {
		x[i] *= s
	}
}

// Axpy sets y[i] += a · x[i] for i < len(y).
func Axpy(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}
