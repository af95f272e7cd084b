//go:build !amd64

package simd

// quantAsm says this architecture has no quantized-product kernels:
// wireQuant leaves the scalar slots.
func quantAsm() bool { return false }

func q8x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no AVX2 here") }
func q4x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no AVX2 here") }
func q8x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no VNNI here") }
func q4x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no VNNI here") }

func q8x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no AVX-VNNI here") }
func q4x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32) { panic("simd: no AVX-VNNI here") }

func q8x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32) {
	panic("simd: no VNNI here")
}

func q4x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32) {
	panic("simd: no VNNI here")
}

func quantizeQ8AVX2(dst *byte, src *float32, nb int) { panic("simd: no AVX2 here") }

func packQ8VNNI(w *byte, stride, nb int, pack *byte) { panic("simd: no VNNI here") }
func packQ4VNNI(w *byte, stride, nb int, pack *byte) { panic("simd: no VNNI here") }

func qPackedVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int) {
	panic("simd: no VNNI here")
}

func packQ8AVX2(w *byte, stride, nb int, pack *byte) { panic("simd: no AVX2 here") }
func packQ4AVX2(w *byte, stride, nb int, pack *byte) { panic("simd: no AVX2 here") }

func qPackedAVX2(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first, q4 int) {
	panic("simd: no AVX2 here")
}

func packQ8AVXVNNI(w *byte, stride, nb int, pack *byte) { panic("simd: no AVX-VNNI here") }
func packQ4AVXVNNI(w *byte, stride, nb int, pack *byte) { panic("simd: no AVX-VNNI here") }

func qPackedAVXVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int) {
	panic("simd: no AVX-VNNI here")
}

func packW16Q8VNNI(w *byte, stride, rows, nb int, pack *byte) { panic("simd: no VNNI here") }
func packW16Q4VNNI(w *byte, stride, rows, nb int, pack *byte) { panic("simd: no VNNI here") }
func packX8VNNI(x *byte, xs, ntok, nb, c int, pack *byte)     { panic("simd: no VNNI here") }
func kq16x8VNNI(wp, xp *byte, nb int, y *float32, ldy, first int) {
	panic("simd: no VNNI here")
}

func q8SumsAVX2(x *byte, nb, c int, bias *int32, dx *float32) { panic("simd: no AVX2 here") }

func q4x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	panic("simd: no VNNI here")
}

func packW16Q4x16(wp *byte, nb int, pack *byte) { panic("simd: no VNNI here") }

func q4x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	panic("simd: no AVX2 here")
}

func packQ4x16AVX2(wp *byte, half, nb int, pack *byte) { panic("simd: no AVX2 here") }

func q8x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	panic("simd: no VNNI here")
}

func q8x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	panic("simd: no AVX2 here")
}

func packW16Q8x16(wp *byte, nb int, pack *byte)        { panic("simd: no VNNI here") }
func packQ8x16AVX2(wp *byte, half, nb int, pack *byte) { panic("simd: no AVX2 here") }

func kq4x16x4AVX2(pack *byte, nb int, x *byte, xs, ntok int, sums *byte, y *float32, ldy, first int) {
	panic("simd: no AVX2 here")
}
