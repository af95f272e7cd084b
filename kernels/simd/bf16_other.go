//go:build !amd64

package simd

func dot8BF16BF16(x, w *uint16, stride, n int, s *[8]float32) {
	panic("simd: no AVX-512 on this architecture")
}

func dot1BF16BF16(x, w *uint16, n int) float32 {
	panic("simd: no AVX-512 on this architecture")
}

func mk4x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[16]float32) {
	panic("simd: no AVX-512 on this architecture")
}

func mk6x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[24]float32) {
	panic("simd: no AVX-512 on this architecture")
}

func kbf16x16(wp, xp *uint32, np int, y *float32, ldy, first int) {
	panic("simd: no AVX-512 on this architecture")
}

func peakBF16Dot(n int)   { panic("simd: no AVX-512 on this architecture") }
func peakFMAAVX512(n int) { panic("simd: no AVX-512 on this architecture") }
