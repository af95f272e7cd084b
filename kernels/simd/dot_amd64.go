package simd

// dot4BF16AVX2 is in dot_amd64.s; n must be a multiple of 16.
//
//go:noescape
func dot4BF16AVX2(x *float32, w0, w1, w2, w3 *uint16, n int) (s0, s1, s2, s3 float32)

func dot4BF16(x []float32, w0, w1, w2, w3 []uint16, n int) (s0, s1, s2, s3 float32) {
	return dot4BF16AVX2(&x[0], &w0[0], &w1[0], &w2[0], &w3[0], n)
}

// dot8BF16AVX2 is in dot_amd64.s; n must be a multiple of 8.
//
//go:noescape
func dot8BF16AVX2(x *float32, w *uint16, stride, n int, s *[8]float32)

func dot8BF16(x []float32, w []uint16, stride, n int, s *[8]float32) {
	_ = w[7*stride+n-1] // the eighth row's last element read
	dot8BF16AVX2(&x[0], &w[0], stride, n, s)
}
