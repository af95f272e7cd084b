#include "textflag.h"

// The Q4_0×16 layout (q4x16.go) on ZMM, AVX512_VNNI + AVX512BW. In a
// packed block the dword lane r of the four 64-byte slices is row r, so
// a block is four loads, its nibbles unpacked in place (VPSRLW, VPANDD),
// and eight VPDPBUSD with the activation's dword broadcast from memory:
// no transposing reduction (the VPHADDD tree of q4x8VNNI) and no scale
// gather (the 16 scales are one VCVTPH2PS), the two costs that bounded
// the GGML-layout kernel to about 20 GB/s a thread.
//
// Numerics are the scalar twin's (kernels.MatMulQ4_0Q8), bit for bit:
// each row's block sum is exact in int32 (nibble × x from −8·Σx), then
// y += (d_w·d_x)·float32(isum), a multiply and an add in block order.

// func q8SumsVNNI(x *byte, nb int, bias *int32, dx *float32)
//
// For each of nb Q8 blocks at x (34 bytes apart): bias[b] = −8·Σ x_b,
// the start of every Q4_0 row's block sum against it (the nibbles are
// w+8), and dx[b] = its scale as float32.
TEXT ·q8SumsVNNI(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ bias+16(FP), DI
	MOVQ dx+24(FP), R8
	MOVL $0x08080808, DX
	VPBROADCASTD DX, Y20
	XORQ BX, BX

q8sloop:
	CMPQ BX, CX
	JGE  q8sdone
	VPXORD Y0, Y0, Y0
	VPDPBUSD 2(SI), Y20, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD X1, X0, X0
	VPSHUFD $0x4e, X0, X1
	VPADDD X1, X0, X0
	VPSHUFD $0xb1, X0, X1
	VPADDD X1, X0, X0
	VMOVD X0, AX
	NEGL AX
	MOVL AX, (DI)(BX*4)
	MOVWQZX (SI), AX
	VMOVD AX, X2
	VCVTPH2PS X2, X2
	VMOVSS X2, (R8)(BX*4)
	ADDQ $34, SI
	INCQ BX
	JMP  q8sloop

q8sdone:
	VZEROUPPER
	RET

// func q4x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)
//
// groups 16-row groups of packed blocks (the first at wp, the next
// gstride bytes on), nb blocks each, against one Q8 row x with its
// q8SumsVNNI sums: y[16g+r] for g < groups, r < 16, from zero when first
// is nonzero, else added to y (a sum continued over a later run of
// blocks). Z31 0x0f bytes; per block Z2–Z5 the low nibbles, Z6–Z9 the
// high, Z1 and Z10 two independent integer chains, Z0 the group's sums.
TEXT ·q4x16VNNI(SB), NOSPLIT, $0-72
	MOVQ wp+0(FP), R8
	MOVQ gstride+8(FP), R9
	MOVQ groups+16(FP), R10
	MOVQ nb+24(FP), CX
	MOVQ x+32(FP), R11
	MOVQ bias+40(FP), R12
	MOVQ dx+48(FP), R13
	MOVQ y+56(FP), R14
	MOVQ first+64(FP), R15
	MOVL $0x0f0f0f0f, DX
	VPBROADCASTD DX, Z31
	TESTQ R10, R10
	JEQ  q16done

q16group:
	VPXORD Z0, Z0, Z0
	TESTQ R15, R15
	JNZ  q16start
	VMOVUPS (R14), Z0

q16start:
	MOVQ R8, SI
	MOVQ R11, DI
	XORQ BX, BX
	TESTQ CX, CX
	JEQ  q16store

q16block:
	VMOVDQU32 0(SI), Z2
	VMOVDQU32 64(SI), Z3
	VMOVDQU32 128(SI), Z4
	VMOVDQU32 192(SI), Z5
	VPSRLW $4, Z2, Z6
	VPSRLW $4, Z3, Z7
	VPSRLW $4, Z4, Z8
	VPSRLW $4, Z5, Z9
	VPANDD Z31, Z2, Z2
	VPANDD Z31, Z3, Z3
	VPANDD Z31, Z4, Z4
	VPANDD Z31, Z5, Z5
	VPANDD Z31, Z6, Z6
	VPANDD Z31, Z7, Z7
	VPANDD Z31, Z8, Z8
	VPANDD Z31, Z9, Z9
	VPBROADCASTD (R12)(BX*4), Z1
	VPXORD Z10, Z10, Z10
	VPDPBUSD.BCST 2(DI), Z2, Z1
	VPDPBUSD.BCST 18(DI), Z6, Z10
	VPDPBUSD.BCST 6(DI), Z3, Z1
	VPDPBUSD.BCST 22(DI), Z7, Z10
	VPDPBUSD.BCST 10(DI), Z4, Z1
	VPDPBUSD.BCST 26(DI), Z8, Z10
	VPDPBUSD.BCST 14(DI), Z5, Z1
	VPDPBUSD.BCST 30(DI), Z9, Z10
	VPADDD Z10, Z1, Z1
	VCVTDQ2PS Z1, Z1
	VCVTPH2PS 256(SI), Z11
	VMULPS.BCST (R13)(BX*4), Z11, Z11
	VMULPS Z11, Z1, Z1
	VADDPS Z1, Z0, Z0
	ADDQ $288, SI
	ADDQ $34, DI
	INCQ BX
	CMPQ BX, CX
	JLT  q16block

q16store:
	VMOVUPS Z0, (R14)
	ADDQ R9, R8
	ADDQ $64, R14
	DECQ R10
	JNZ  q16group

q16done:
	VZEROUPPER
	RET

// func packW16Q4x16(wp *byte, nb int, pack *byte)
//
// nb packed blocks of one group into the ZMM prefill's weight pack
// (quant_amd64.s, "Packed prefill on ZMM": slice s at 64·s, the nibble
// values of weights 4s…4s+3, row r at 4r; the scales as float32 at 512):
// slices 0–3 are the low nibbles of the packed slices, 4–7 the high.
TEXT ·packW16Q4x16(SB), NOSPLIT, $0-24
	MOVQ wp+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ pack+16(FP), DI
	MOVL $0x0f0f0f0f, DX
	VPBROADCASTD DX, Z31
	TESTQ CX, CX
	JEQ  pw16done

pw16loop:
	VMOVDQU32 0(SI), Z0
	VMOVDQU32 64(SI), Z1
	VMOVDQU32 128(SI), Z2
	VMOVDQU32 192(SI), Z3
	VPSRLW $4, Z0, Z4
	VPSRLW $4, Z1, Z5
	VPSRLW $4, Z2, Z6
	VPSRLW $4, Z3, Z7
	VPANDD Z31, Z0, Z0
	VPANDD Z31, Z1, Z1
	VPANDD Z31, Z2, Z2
	VPANDD Z31, Z3, Z3
	VPANDD Z31, Z4, Z4
	VPANDD Z31, Z5, Z5
	VPANDD Z31, Z6, Z6
	VPANDD Z31, Z7, Z7
	VMOVDQU32 Z0, 0(DI)
	VMOVDQU32 Z1, 64(DI)
	VMOVDQU32 Z2, 128(DI)
	VMOVDQU32 Z3, 192(DI)
	VMOVDQU32 Z4, 256(DI)
	VMOVDQU32 Z5, 320(DI)
	VMOVDQU32 Z6, 384(DI)
	VMOVDQU32 Z7, 448(DI)
	VCVTPH2PS 256(SI), Z8
	VMOVUPS Z8, 512(DI)
	ADDQ $288, SI
	ADDQ $576, DI
	DECQ CX
	JNZ  pw16loop

pw16done:
	VZEROUPPER
	RET
