package simd

import "golang.org/x/sys/cpu"

// quantAsm says this architecture has the kernels of quant_amd64.s; their
// AVX2 forms also need F16C (VCVTPH2PS) for the block scales, which every
// AVX2 CPU has but x/sys/cpu reports apart.
func quantAsm() bool { return cpu.X86.HasF16C }

// The kernels of quant_amd64.s: eight weight rows (stride bytes apart,
// rows ≤ 8 of them real, the rest repeating the last) against one Q8
// activation row (or two: the x2 forms), nb blocks; out[r] (out[8+r] for
// the second row) is row r's product.

//go:noescape
func q8x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q4x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q8x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q4x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q8x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q4x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32)

//go:noescape
func q8x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32)

//go:noescape
func q4x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32)

// quantizeQ8AVX2 quantizes nb blocks of src into dst (AVX2 + F16C).
//
//go:noescape
func quantizeQ8AVX2(dst *byte, src *float32, nb int)

// The packed prefill of quant_amd64.s: packQ8VNNI and packQ4VNNI pack nb
// blocks of eight full rows into pack (qPackBytes a block), qPackedVNNI
// multiplies a packed chunk by four tokens.

//go:noescape
func packQ8VNNI(w *byte, stride, nb int, pack *byte)

//go:noescape
func packQ4VNNI(w *byte, stride, nb int, pack *byte)

//go:noescape
func qPackedVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int)

// The same on AVX2 (the pack's −128·Σw slot unused).

//go:noescape
func packQ8AVX2(w *byte, stride, nb int, pack *byte)

//go:noescape
func packQ4AVX2(w *byte, stride, nb int, pack *byte)

//go:noescape
func qPackedAVX2(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first, q4 int)

// The same on AVX-VNNI (VEX VPDPBUSD, the AVX512_VNNI pack layout).

//go:noescape
func packQ8AVXVNNI(w *byte, stride, nb int, pack *byte)

//go:noescape
func packQ4AVXVNNI(w *byte, stride, nb int, pack *byte)

//go:noescape
func qPackedAVXVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int)

// The ZMM packed prefill (quant_amd64.s, "Packed prefill on ZMM").

//go:noescape
func packW16Q8VNNI(w *byte, stride, rows, nb int, pack *byte)

//go:noescape
func packW16Q4VNNI(w *byte, stride, rows, nb int, pack *byte)

//go:noescape
func packX8VNNI(x *byte, xs, ntok, nb, c int, pack *byte)

//go:noescape
func kq16x8VNNI(wp, xp *byte, nb int, y *float32, ldy, first int)

//go:noescape
func peakVNNIDot(n int)

//go:noescape
func peakQ8AVX2(x *byte, n int)

//go:noescape
func peakFMAAVX2(n int)

// The ×16 kernels (x16_amd64.s, x16.go).

//go:noescape
func q8SumsAVX2(x *byte, nb, c int, bias *int32, dx *float32)

//go:noescape
func q4x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)

//go:noescape
func packW16Q4x16(wp *byte, nb int, pack *byte)

//go:noescape
func q4x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)

//go:noescape
func packQ4x16AVX2(wp *byte, half, nb int, pack *byte)

//go:noescape
func q8x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)

//go:noescape
func q8x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)

//go:noescape
func packW16Q8x16(wp *byte, nb int, pack *byte)

//go:noescape
func packQ8x16AVX2(wp *byte, half, nb int, pack *byte)

//go:noescape
func kq4x16x4AVX2(pack *byte, nb int, x *byte, xs, ntok int, sums *byte, y *float32, ldy, first int)
