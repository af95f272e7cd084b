package simd

// In bf16_amd64.s; n is a multiple of 32 in each.

//go:noescape
func dot8BF16BF16(x, w *uint16, stride, n int, s *[8]float32)

//go:noescape
func dot1BF16BF16(x, w *uint16, n int) float32

//go:noescape
func mk4x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[16]float32)

//go:noescape
func mk6x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[24]float32)

//go:noescape
func peakBF16Dot(n int)

//go:noescape
func peakFMAAVX512(n int)

//go:noescape
func kbf16x16(wp, xp *uint32, np int, y *float32, ldy, first int)
