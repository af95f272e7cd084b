package simd

import "unsafe"

// In prefill_amd64.s.

//go:noescape
func mk16x6AVX2(p *float32, kn int, x *float32, ldx, ntok int, y *float32, ldy, first int)

//go:noescape
func pack32AVX2(w unsafe.Pointer, stride, rows, kn8 int, p unsafe.Pointer)

//go:noescape
func packHalfBF16AVX2(w *uint16, stride, rows, kn8 int, p *float32)

//go:noescape
func packHalfF16AVX2(w *uint16, stride, rows, kn8 int, p *float32)

//go:noescape
func kf32x16(wp, xp *float32, kn int, y *float32, ldy, first int)
