package simd

import "golang.org/x/sys/cpu"

// dot4BF16AVX2 is in dot_amd64.s; n must be a multiple of 16.
//
//go:noescape
func dot4BF16AVX2(x *float32, w0, w1, w2, w3 *uint16, n int) (s0, s1, s2, s3 float32)

// hasAVX2 reports AVX2 and FMA with the OS saving YMM state (x/sys/cpu
// checks OSXSAVE and XCR0 before it sets HasAVX2).
func hasAVX2() bool { return cpu.X86.HasAVX2 && cpu.X86.HasFMA }

func dot4BF16(x []float32, w0, w1, w2, w3 []uint16, n int) (s0, s1, s2, s3 float32) {
	return dot4BF16AVX2(&x[0], &w0[0], &w1[0], &w2[0], &w3[0], n)
}
