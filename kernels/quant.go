package kernels

import (
	"fmt"
	"math"
)

// GGML's block formats, 32 weights along a row per block, each block
// starting with its scale d as an IEEE half:
//   - Q8_0 (34 bytes): 32 int8 q; weight = d·q.
//   - Q4_0 (18 bytes): 16 bytes, byte j holding weight j in its low nibble
//     and weight j+16 in its high one; weight = d·(nibble − 8).
//
// The scalar kernels dequantize exactly (d·q needs at most 11+8 mantissa
// bits, so every weight is a float32) and then run the float32 paths, which
// makes them the "exact" numerics that faster int8 dot products are held
// against.
const (
	QBlock     = 32
	Q8_0Bytes  = 34
	Q4_0Bytes  = 18
	qBlockHalf = QBlock / 2
)

// DequantQ8_0 widens len(dst) weights (a multiple of 32) from src.
func DequantQ8_0(dst []float32, src []byte) {
	nb := len(dst) / QBlock
	src = src[:nb*Q8_0Bytes]
	for b := range nb {
		blk := src[b*Q8_0Bytes : (b+1)*Q8_0Bytes]
		d := F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
		out := dst[b*QBlock : (b+1)*QBlock]
		for i, q := range blk[2:Q8_0Bytes] {
			out[i] = d * float32(int8(q))
		}
	}
}

// DequantQ4_0 widens len(dst) weights (a multiple of 32) from src.
func DequantQ4_0(dst []float32, src []byte) {
	nb := len(dst) / QBlock
	src = src[:nb*Q4_0Bytes]
	for b := range nb {
		blk := src[b*Q4_0Bytes : (b+1)*Q4_0Bytes]
		d := F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
		out := dst[b*QBlock : (b+1)*QBlock]
		for j, q := range blk[2:Q4_0Bytes] {
			out[j] = d * float32(int(q&0x0f)-8)
			out[j+qBlockHalf] = d * float32(int(q>>4)-8)
		}
	}
}

// QuantizeQ8_0 encodes len(src) values (a multiple of 32) into dst: per
// block d = max|x|/127 rounded to a half, q = round(x/d). It is how tests
// and synthetic checkpoints make Q8_0 weights; real ones come from GGUF.
func QuantizeQ8_0(dst []byte, src []float32) {
	nb := len(src) / QBlock
	dst = dst[:nb*Q8_0Bytes]
	for b := range nb {
		x := src[b*QBlock : (b+1)*QBlock]
		var amax float32
		for _, v := range x {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		h := F32ToF16(amax / 127)
		d := F16ToF32(h)
		blk := dst[b*Q8_0Bytes : (b+1)*Q8_0Bytes]
		blk[0], blk[1] = byte(h), byte(h>>8)
		for i, v := range x {
			q := 0.0
			if d != 0 {
				q = math.Round(float64(v / d))
			}
			blk[2+i] = byte(int8(max(-127, min(127, q))))
		}
	}
}

// QuantizeQ4_0 encodes len(src) values (a multiple of 32) into dst: per
// block the value of largest magnitude m maps to −8, d = m/−8, nibble =
// round(x/d)+8 clamped to [0, 15]. Like GGML's reference quantizer in
// layout and accuracy, not bit for bit: q is computed from the f16-rounded
// scale and halves round away from zero.
func QuantizeQ4_0(dst []byte, src []float32) {
	nb := len(src) / QBlock
	dst = dst[:nb*Q4_0Bytes]
	for b := range nb {
		x := src[b*QBlock : (b+1)*QBlock]
		var m float32
		for _, v := range x {
			if math.Abs(float64(v)) > math.Abs(float64(m)) {
				m = v
			}
		}
		h := F32ToF16(m / -8)
		d := F16ToF32(h)
		blk := dst[b*Q4_0Bytes : (b+1)*Q4_0Bytes]
		blk[0], blk[1] = byte(h), byte(h>>8)
		nib := func(v float32) byte {
			if d == 0 {
				return 8
			}
			return byte(max(0, min(15, math.Round(float64(v/d))+8)))
		}
		for j := range qBlockHalf {
			blk[2+j] = nib(x[j]) | nib(x[j+qBlockHalf])<<4
		}
	}
}

// MatMulQ8_0 is MatMulF32 with Q8_0 weights: w holds out rows of in/32
// blocks each; in must be a multiple of 32.
func MatMulQ8_0(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int) {
	checkMatMulQ(len(y), ldy, len(x), len(w), Q8_0Bytes, T, in, o0, o1)
	matmulBlocked(y, ldy, x, &weights{q: w, qBytes: Q8_0Bytes}, T, in, o0, o1)
}

// MatMulQ4_0 is MatMulF32 with Q4_0 weights.
func MatMulQ4_0(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int) {
	checkMatMulQ(len(y), ldy, len(x), len(w), Q4_0Bytes, T, in, o0, o1)
	matmulBlocked(y, ldy, x, &weights{q: w, qBytes: Q4_0Bytes}, T, in, o0, o1)
}

func checkMatMulQ(ny, ldy, nx, nw, blockBytes, T, in, o0, o1 int) {
	if in%QBlock != 0 {
		panic(fmt.Sprintf("kernels: quantized matmul width %d is not a multiple of %d", in, QBlock))
	}
	// The row check of checkMatMul in units of weights.
	checkMatMul(ny, ldy, nx, nw/blockBytes*QBlock, T, in, o0, o1)
}
