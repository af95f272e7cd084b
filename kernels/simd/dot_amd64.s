#include "textflag.h"

// func dot4BF16AVX2(x *float32, w0, w1, w2, w3 *uint16, n int) (s0, s1, s2, s3 float32)
//
// Four bf16 weight rows against one float32 activation row, n a multiple
// of 16. Each bf16 is widened exactly by zero-extending to 32 bits and
// shifting into the high half (VPMOVZXWD, VPSLLD $16); products accumulate
// with FMA in eight registers (two per row) so that the four weight
// streams keep several loads in flight.
TEXT ·dot4BF16AVX2(SB), NOSPLIT, $0-64
	MOVQ x+0(FP), SI
	MOVQ w0+8(FP), R8
	MOVQ w1+16(FP), R9
	MOVQ w2+24(FP), R10
	MOVQ w3+32(FP), R11
	MOVQ n+40(FP), CX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	XORQ AX, AX

loop:
	CMPQ AX, CX
	JGE  done
	VMOVUPS (SI)(AX*4), Y4
	VMOVUPS 32(SI)(AX*4), Y12

	VPMOVZXWD (R8)(AX*2), Y5
	VPMOVZXWD 16(R8)(AX*2), Y13
	VPSLLD    $16, Y5, Y5
	VPSLLD    $16, Y13, Y13
	VFMADD231PS Y4, Y5, Y0
	VFMADD231PS Y12, Y13, Y8

	VPMOVZXWD (R9)(AX*2), Y6
	VPMOVZXWD 16(R9)(AX*2), Y14
	VPSLLD    $16, Y6, Y6
	VPSLLD    $16, Y14, Y14
	VFMADD231PS Y4, Y6, Y1
	VFMADD231PS Y12, Y14, Y9

	VPMOVZXWD (R10)(AX*2), Y5
	VPMOVZXWD 16(R10)(AX*2), Y13
	VPSLLD    $16, Y5, Y5
	VPSLLD    $16, Y13, Y13
	VFMADD231PS Y4, Y5, Y2
	VFMADD231PS Y12, Y13, Y10

	VPMOVZXWD (R11)(AX*2), Y6
	VPMOVZXWD 16(R11)(AX*2), Y14
	VPSLLD    $16, Y6, Y6
	VPSLLD    $16, Y14, Y14
	VFMADD231PS Y4, Y6, Y3
	VFMADD231PS Y12, Y14, Y11

	ADDQ $16, AX
	JMP  loop

done:
	VADDPS Y8, Y0, Y0
	VADDPS Y9, Y1, Y1
	VADDPS Y10, Y2, Y2
	VADDPS Y11, Y3, Y3

	VEXTRACTF128 $1, Y0, X5
	VADDPS       X5, X0, X0
	VHADDPS      X0, X0, X0
	VHADDPS      X0, X0, X0
	MOVSS        X0, s0+48(FP)

	VEXTRACTF128 $1, Y1, X5
	VADDPS       X5, X1, X1
	VHADDPS      X1, X1, X1
	VHADDPS      X1, X1, X1
	MOVSS        X1, s1+52(FP)

	VEXTRACTF128 $1, Y2, X5
	VADDPS       X5, X2, X2
	VHADDPS      X2, X2, X2
	VHADDPS      X2, X2, X2
	MOVSS        X2, s2+56(FP)

	VEXTRACTF128 $1, Y3, X5
	VADDPS       X5, X3, X3
	VHADDPS      X3, X3, X3
	VHADDPS      X3, X3, X3
	MOVSS        X3, s3+60(FP)

	VZEROUPPER
	RET
