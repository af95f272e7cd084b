#include "textflag.h"

// func sumStreams(p *uint64, n int) uint64
//
// Reads n uint64s (n a multiple of 64) as four streams, one per quarter
// of the range, 64 bytes per stream per step with AVX2 loads: a decode
// matvec reads several weight rows at once, and one scalar stream leaves
// DRAM bandwidth unused. The XOR of everything is returned so that no
// load can be dropped.
TEXT ·sumStreams(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	SHLQ $1, CX              // bytes per quarter: n·8/4
	LEAQ (SI)(CX*1), R8
	LEAQ (R8)(CX*1), R9
	LEAQ (R9)(CX*1), R10
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	XORQ AX, AX

loop:
	CMPQ AX, CX
	JGE  done
	VPXOR (SI)(AX*1), Y0, Y0
	VPXOR 32(SI)(AX*1), Y1, Y1
	VPXOR (R8)(AX*1), Y2, Y2
	VPXOR 32(R8)(AX*1), Y3, Y3
	VPXOR (R9)(AX*1), Y0, Y0
	VPXOR 32(R9)(AX*1), Y1, Y1
	VPXOR (R10)(AX*1), Y2, Y2
	VPXOR 32(R10)(AX*1), Y3, Y3
	ADDQ $64, AX
	JMP  loop

done:
	VPXOR Y1, Y0, Y0
	VPXOR Y3, Y2, Y2
	VPXOR Y2, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPXOR X1, X0, X0
	VPSRLDQ $8, X0, X1
	VPXOR X1, X0, X0
	VZEROUPPER
	MOVQ X0, ret+16(FP)
	RET
