//go:build !amd64

package simd

func dot4BF16(x []float32, w0, w1, w2, w3 []uint16, n int) (s0, s1, s2, s3 float32) {
	panic("simd: no AVX2 on this architecture")
}

func dot8BF16(x []float32, w []uint16, stride, n int, s *[8]float32) {
	panic("simd: no AVX2 on this architecture")
}
