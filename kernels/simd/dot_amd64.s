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

// func dot8BF16AVX2(x *float32, w *uint16, stride, n int, s *[8]float32)
//
// Eight consecutive bf16 rows (stride elements apart) against one float32
// row, n a multiple of 8: eight weight streams in flight per thread, one
// accumulator each, which keeps more cache misses outstanding than four.
// Each step prefetches the next 128 bytes of the next eight-row group (BX
// walks that contiguous run at 8× this group's pace) into L2: the hardware
// prefetcher loses eight rows interleaved in a few pages. A prefetch past
// w never faults.
TEXT ·dot8BF16AVX2(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	SHLQ $1, DX              // bytes per row
	MOVQ n+24(FP), CX
	MOVQ s+32(FP), DI
	LEAQ (R8)(DX*1), R9
	LEAQ (R9)(DX*1), R10
	LEAQ (R10)(DX*1), R11
	LEAQ (R11)(DX*1), R12
	LEAQ (R12)(DX*1), R13
	LEAQ (R13)(DX*1), R14
	LEAQ (R14)(DX*1), R15
	LEAQ (R15)(DX*1), BX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	XORQ AX, AX

loop8:
	CMPQ AX, CX
	JGE  done8
	PREFETCHT1 (BX)
	PREFETCHT1 64(BX)
	ADDQ $128, BX
	VMOVUPS (SI)(AX*4), Y8
	VPMOVZXWD (R8)(AX*2), Y9
	VPMOVZXWD (R9)(AX*2), Y10
	VPSLLD    $16, Y9, Y9
	VPSLLD    $16, Y10, Y10
	VFMADD231PS Y8, Y9, Y0
	VFMADD231PS Y8, Y10, Y1
	VPMOVZXWD (R10)(AX*2), Y9
	VPMOVZXWD (R11)(AX*2), Y10
	VPSLLD    $16, Y9, Y9
	VPSLLD    $16, Y10, Y10
	VFMADD231PS Y8, Y9, Y2
	VFMADD231PS Y8, Y10, Y3
	VPMOVZXWD (R12)(AX*2), Y9
	VPMOVZXWD (R13)(AX*2), Y10
	VPSLLD    $16, Y9, Y9
	VPSLLD    $16, Y10, Y10
	VFMADD231PS Y8, Y9, Y4
	VFMADD231PS Y8, Y10, Y5
	VPMOVZXWD (R14)(AX*2), Y9
	VPMOVZXWD (R15)(AX*2), Y10
	VPSLLD    $16, Y9, Y9
	VPSLLD    $16, Y10, Y10
	VFMADD231PS Y8, Y9, Y6
	VFMADD231PS Y8, Y10, Y7
	ADDQ $8, AX
	JMP  loop8

done8:
	// Reduce eight vectors to eight sums: pairwise hadds, then fold lanes.
	VHADDPS Y1, Y0, Y0       // [a01 a23 b01 b23 | a45 a67 b45 b67]
	VHADDPS Y3, Y2, Y2
	VHADDPS Y5, Y4, Y4
	VHADDPS Y7, Y6, Y6
	VHADDPS Y2, Y0, Y0       // [a b c d | a' b' c' d'] for rows 0-3
	VHADDPS Y6, Y4, Y4       // rows 4-7
	VEXTRACTF128 $1, Y0, X9
	VADDPS  X9, X0, X0
	VEXTRACTF128 $1, Y4, X9
	VADDPS  X9, X4, X4
	VMOVUPS X0, (DI)
	VMOVUPS X4, 16(DI)
	VZEROUPPER
	RET
