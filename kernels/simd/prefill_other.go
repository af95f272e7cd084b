//go:build !amd64

package simd

import "unsafe"

func mk16x6AVX2(p *float32, kn int, x *float32, ldx, ntok int, y *float32, ldy, first int) {
	panic("simd: no AVX2 on this architecture")
}

func pack32AVX2(w unsafe.Pointer, stride, rows, kn8 int, p unsafe.Pointer) {
	panic("simd: no AVX2 on this architecture")
}

func packHalfBF16AVX2(w *uint16, stride, rows, kn8 int, p *float32) {
	panic("simd: no AVX2 on this architecture")
}

func packHalfF16AVX2(w *uint16, stride, rows, kn8 int, p *float32) {
	panic("simd: no AVX2 on this architecture")
}

func kf32x16(wp, xp *float32, kn int, y *float32, ldy, first int) {
	panic("simd: no AVX-512 on this architecture")
}
