package kernels

import "fmt"

// The narrow ("fast") products: activations rounded to the weights' class
// before the dot product, as llama.cpp's CPU backend does, so that
// hardware with bf16 or int8 dot-product instructions can use them. The
// executor narrows each activation row once per matmul (QuantizeQ8 or
// StoreBF16) and hands the narrow rows to every worker. These scalar
// functions are the twins the vector kernels are tested against; the
// exact products in matmul.go and quant.go stay the numerical reference.

// Q8Bytes is the size of one 32-value block of Q8 activations: GGML's
// Q8_0 layout (f16 scale d, then 32 int8 q; value = d·q).
const Q8Bytes = Q8_0Bytes

// QuantizeQ8 quantizes an activation row (len(src) a multiple of 32) into
// len(src)/32 Q8 blocks of dst: QuantizeQ8_0, the same rounding.
func QuantizeQ8(dst []byte, src []float32) { QuantizeQ8_0(dst, src) }

// MatMulQ8_0Q8 sets y[t·ldy+o] = Σ_b d_w·d_x·Σ_i qw·qx over the blocks b of
// row o of Q8_0 weights w and row t of Q8 activations xq (T rows of in/32
// blocks): the integer sums are exact, each block's term is one float32
// product, and the terms are added in block order in float32.
func MatMulQ8_0Q8(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	checkNarrowQ(len(y), ldy, len(xq), len(w), Q8_0Bytes, T, in, o0, o1)
	nb := in / QBlock
	for t := range T {
		xr := xq[t*nb*Q8Bytes : (t+1)*nb*Q8Bytes]
		for o := o0; o < o1; o++ {
			wr := w[o*nb*Q8_0Bytes : (o+1)*nb*Q8_0Bytes]
			var s float32
			for b := range nb {
				wb, xb := wr[b*Q8_0Bytes:(b+1)*Q8_0Bytes], xr[b*Q8Bytes:(b+1)*Q8Bytes]
				var isum int32
				for i := range QBlock {
					isum += int32(int8(wb[2+i])) * int32(int8(xb[2+i]))
				}
				s += blockScale(wb, xb) * float32(isum)
			}
			y[t*ldy+o] = s
		}
	}
}

// MatMulQ4_0Q8 is MatMulQ8_0Q8 with Q4_0 weights (nibble − 8).
func MatMulQ4_0Q8(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	checkNarrowQ(len(y), ldy, len(xq), len(w), Q4_0Bytes, T, in, o0, o1)
	nb := in / QBlock
	for t := range T {
		xr := xq[t*nb*Q8Bytes : (t+1)*nb*Q8Bytes]
		for o := o0; o < o1; o++ {
			wr := w[o*nb*Q4_0Bytes : (o+1)*nb*Q4_0Bytes]
			var s float32
			for b := range nb {
				wb, xb := wr[b*Q4_0Bytes:(b+1)*Q4_0Bytes], xr[b*Q8Bytes:(b+1)*Q8Bytes]
				var isum int32
				for j := range qBlockHalf {
					q := wb[2+j]
					isum += (int32(q&0x0f) - 8) * int32(int8(xb[2+j]))
					isum += (int32(q>>4) - 8) * int32(int8(xb[2+j+qBlockHalf]))
				}
				s += blockScale(wb, xb) * float32(isum)
			}
			y[t*ldy+o] = s
		}
	}
}

func blockScale(wb, xb []byte) float32 {
	return F16ToF32(uint16(wb[0])|uint16(wb[1])<<8) * F16ToF32(uint16(xb[0])|uint16(xb[1])<<8)
}

// MatMulBF16BF16 sets y[t·ldy+o] = Σ_k w[o,k]·xh[t,k] with bf16
// activations xh (StoreBF16 of the f32 rows): each product of two bf16
// values is exact in float32, and the sum is a float32 sum in k order.
func MatMulBF16BF16(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int) {
	checkMatMul(len(y), ldy, len(xh), len(w), T, in, o0, o1)
	for t := range T {
		xr := xh[t*in : (t+1)*in]
		for o := o0; o < o1; o++ {
			wr := w[o*in : (o+1)*in]
			var s float32
			for k, v := range xr {
				s += BF16ToF32(wr[k]) * BF16ToF32(v)
			}
			y[t*ldy+o] = s
		}
	}
}

func checkNarrowQ(ny, ldy, nx, nw, blockBytes, T, in, o0, o1 int) {
	if in%QBlock != 0 {
		panic(fmt.Sprintf("kernels: quantized matmul width %d is not a multiple of %d", in, QBlock))
	}
	checkMatMul(ny, ldy, nx/Q8Bytes*QBlock, nw/blockBytes*QBlock, T, in, o0, o1)
}
