#include "textflag.h"
#include "rows_amd64.h"

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

// X16ARGS loads the arguments every one-token ×16 kernel takes (wp,
// gstride, groups, nb, x, bias, dx, y, first) into R8, R9, R10, CX, R11,
// R12, R13, R14 and R15.
#define X16ARGS \
	MOVQ wp+0(FP), R8; MOVQ gstride+8(FP), R9; MOVQ groups+16(FP), R10; \
	MOVQ nb+24(FP), CX; MOVQ x+32(FP), R11; MOVQ bias+40(FP), R12; \
	MOVQ dx+48(FP), R13; MOVQ y+56(FP), R14; MOVQ first+64(FP), R15

// The frame of the one-token kernels, after X16ARGS: per group,
// X16BEGIN starts the block loop (SI the group's blocks, DI the
// activation's, BX the block index) or jumps to store when nb is 0, and
// X16NEXT moves to the next group. On ZMM, X16ZFIRST starts Z0, the
// group's sums, from zero or from y, and X16ZEND ends a block: Z0 +=
// (d_w·d_x)·float32(Z1 + Z10), the scales at scoff(SI), then the next
// block of blk bytes.
#define X16BEGIN(store) \
	MOVQ R8, SI; MOVQ R11, DI; XORQ BX, BX; TESTQ CX, CX; JEQ store

#define X16NEXT(group) \
	ADDQ R9, R8; ADDQ $64, R14; DECQ R10; JNZ group

#define X16ZFIRST(start) \
	VPXORD Z0, Z0, Z0; TESTQ R15, R15; JNZ start; VMOVUPS (R14), Z0

#define X16ZEND(scoff, blk, loop) \
	VPADDD Z10, Z1, Z1; VCVTDQ2PS Z1, Z1; \
	VCVTPH2PS scoff(SI), Z11; VMULPS.BCST (R13)(BX*4), Z11, Z11; \
	VMULPS Z11, Z1, Z1; VADDPS Z1, Z0, Z0; \
	ADDQ $blk, SI; ADDQ $34, DI; INCQ BX; CMPQ BX, CX; JLT loop

// X16PF4 and X16PF8 ask for the group's bytes 2 KiB past this block
// (SI), a Q4_0×16 block's 288 bytes or a Q8_0×16 block's 544, into L1:
// on an Emerald Rapids core the hardware prefetchers alone keep too few
// misses in flight for a one-token matvec to reach the memory's rate
// (gemma-2b Q4_0 decode 9.1–11.1 → 13.0–15.5 tok/s on two threads). A
// prefetch past the matrix is a no-op.
#define X16PF4 \
	PREFETCHT0 2048(SI); PREFETCHT0 2112(SI); PREFETCHT0 2176(SI); PREFETCHT0 2240(SI); PREFETCHT0 2304(SI)
#define X16PF8 \
	X16PF4; PREFETCHT0 2368(SI); PREFETCHT0 2432(SI); PREFETCHT0 2496(SI); PREFETCHT0 2560(SI)

// func q8SumsAVX2(x *byte, nb, c int, bias *int32, dx *float32)
//
// For each of nb Q8 blocks at x (34 bytes apart): bias[b] = −c·Σ x_b,
// the start of every row's block sum against it where the weights are
// biased by c (Q4_0's nibbles are w+8; Q8_0 on VNNI takes w+128), and
// dx[b] = its scale as float32. AVX2 and F16C: every packed product
// uses it.
TEXT ·q8SumsAVX2(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ c+16(FP), R9
	NEGQ R9
	MOVQ bias+24(FP), DI
	MOVQ dx+32(FP), R8
	MOVL $0x01010101, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	VPCMPEQW Y14, Y14, Y14
	VPSRLW $15, Y14, Y14
	XORQ BX, BX

q8sloop:
	CMPQ BX, CX
	JGE  q8sdone
	VMOVDQU 2(SI), Y0
	VPMADDUBSW Y0, Y15, Y0
	VPMADDWD Y14, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD X1, X0, X0
	VPSHUFD $0x4e, X0, X1
	VPADDD X1, X0, X0
	VPSHUFD $0xb1, X0, X1
	VPADDD X1, X0, X0
	VMOVD X0, AX
	IMULL R9, AX
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
	X16ARGS
	MOVL $0x0f0f0f0f, DX
	VPBROADCASTD DX, Z31
	TESTQ R10, R10
	JEQ  q16done

q16group:
	X16ZFIRST(q16start)

q16start:
	X16BEGIN(q16store)

q16block:
	X16PF4
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
	X16ZEND(256, 288, q16block)

q16store:
	VMOVUPS Z0, (R14)
	X16NEXT(q16group)

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

// ----- The same on AVX2: VPMADDUBSW (nibble 0–15 unsigned × x signed)
// into int16 pair sums, the block's eight (four slices, low and high)
// added in int16 — each at most 2·15·128, so their sum stays below 2¹⁵
// for any x — and widened once per block by VPMADDWD with ones; then the
// bias and the scalar twin's float work. Sixteen rows a block: each
// slice is two ymm, rows 0–7 and 8–15, sharing the activation's dword.

// Q4K16AVX2(woff, xoff): packed slice woff against the activation dwords
// at xoff (low nibbles) and xoff+16 (high), rows 0–7 into Y0, 8–15 into
// Y1 (int16); Y15 0x0f bytes; Y4–Y9 clobbered.
#define Q4K16AVX2(woff, xoff) \
	VPBROADCASTD xoff(DI), Y8; \
	VPBROADCASTD (xoff+16)(DI), Y9; \
	VMOVDQU woff(SI), Y4; \
	VMOVDQU (woff+32)(SI), Y6; \
	VPSRLW $4, Y4, Y5; \
	VPSRLW $4, Y6, Y7; \
	VPAND Y15, Y4, Y4; \
	VPAND Y15, Y5, Y5; \
	VPAND Y15, Y6, Y6; \
	VPAND Y15, Y7, Y7; \
	VPMADDUBSW Y8, Y4, Y4; \
	VPMADDUBSW Y9, Y5, Y5; \
	VPMADDUBSW Y8, Y6, Y6; \
	VPMADDUBSW Y9, Y7, Y7; \
	VPADDW Y4, Y0, Y0; \
	VPADDW Y5, Y0, Y0; \
	VPADDW Y6, Y1, Y1; \
	VPADDW Y7, Y1, Y1

// func q4x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)
//
// q4x16VNNI on AVX2. Y12 and Y13 the group's float sums (rows 0–7, 8–15),
// Y14 int16 ones.
TEXT ·q4x16AVX2(SB), NOSPLIT, $0-72
	X16ARGS
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	VPCMPEQW Y14, Y14, Y14
	VPSRLW $15, Y14, Y14
	TESTQ R10, R10
	JEQ  a16done

a16group:
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13
	TESTQ R15, R15
	JNZ  a16start
	VMOVUPS (R14), Y12
	VMOVUPS 32(R14), Y13

a16start:
	X16BEGIN(a16store)

a16block:
	X16PF4
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	Q4K16AVX2(0, 2)
	Q4K16AVX2(64, 6)
	Q4K16AVX2(128, 10)
	Q4K16AVX2(192, 14)
	VPMADDWD Y14, Y0, Y0
	VPMADDWD Y14, Y1, Y1
	VPBROADCASTD (R12)(BX*4), Y2
	VPADDD Y2, Y0, Y0
	VPADDD Y2, Y1, Y1
	VCVTDQ2PS Y0, Y0
	VCVTDQ2PS Y1, Y1
	VBROADCASTSS (R13)(BX*4), Y2
	VCVTPH2PS 256(SI), Y3
	VCVTPH2PS 272(SI), Y4
	VMULPS Y2, Y3, Y3
	VMULPS Y2, Y4, Y4
	VMULPS Y3, Y0, Y0
	VMULPS Y4, Y1, Y1
	VADDPS Y0, Y12, Y12
	VADDPS Y1, Y13, Y13
	ADDQ $288, SI
	ADDQ $34, DI
	INCQ BX
	CMPQ BX, CX
	JLT  a16block

a16store:
	VMOVUPS Y12, (R14)
	VMOVUPS Y13, 32(R14)
	X16NEXT(a16group)

a16done:
	VZEROUPPER
	RET

// func packQ4x16AVX2(wp *byte, half, nb int, pack *byte)
//
// Rows 8·half…8·half+7 of nb packed blocks of one group into the AVX2
// prefill's pack (qPackBytes a block, quant_amd64.s: slice s at 32·s,
// weights 4s…4s+3 of each row; the scales as float32 at 288) as the
// unsigned nibbles w+8 that kq4x16x4AVX2 takes: slices 0–3 are the low
// nibbles of the packed slices, 4–7 the high.
TEXT ·packQ4x16AVX2(SB), NOSPLIT, $0-32
	MOVQ wp+0(FP), SI
	MOVQ half+8(FP), AX
	MOVQ nb+16(FP), CX
	MOVQ pack+24(FP), DI
	MOVQ AX, R9
	SHLQ $4, R9
	ADDQ SI, R9
	SHLQ $5, AX
	ADDQ AX, SI
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	TESTQ CX, CX
	JEQ  pa16done

pa16loop:
	VMOVDQU 0(SI), Y0
	VMOVDQU 64(SI), Y1
	VMOVDQU 128(SI), Y2
	VMOVDQU 192(SI), Y3
	VPSRLW $4, Y0, Y4
	VPSRLW $4, Y1, Y5
	VPSRLW $4, Y2, Y6
	VPSRLW $4, Y3, Y7
	VPAND Y15, Y0, Y0
	VPAND Y15, Y1, Y1
	VPAND Y15, Y2, Y2
	VPAND Y15, Y3, Y3
	VPAND Y15, Y4, Y4
	VPAND Y15, Y5, Y5
	VPAND Y15, Y6, Y6
	VPAND Y15, Y7, Y7
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VCVTPH2PS 256(R9), Y8
	VMOVUPS Y8, 288(DI)
	ADDQ $288, SI
	ADDQ $288, R9
	ADDQ $320, DI
	DECQ CX
	JNZ  pa16loop

pa16done:
	VZEROUPPER
	RET

// ----- Q8_0×16 (q4x16.go): the same 16-row groups for Q8_0, eight
// slices of 64 bytes (slice s: bytes 4s…4s+3 of each row, row r at 4r)
// and the 16 f16 scales at 512, 544 bytes a block. The avx512 layout
// stores each weight as w ⊕ 0x80 = w+128, VPDPBUSD's unsigned operand,
// against −128·Σx; the avx2 one stores w as it is, for the VPSIGNB and
// VPABSB of VPMADDUBSW.

// func q8x16VNNI(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)
//
// q4x16VNNI for Q8_0×16 (biased) groups: Z2–Z9 the slices, Z1 and Z10
// two integer chains, Z0 the group's sums.
TEXT ·q8x16VNNI(SB), NOSPLIT, $0-72
	X16ARGS
	TESTQ R10, R10
	JEQ  v8done

v8group:
	X16ZFIRST(v8start)

v8start:
	X16BEGIN(v8store)

v8block:
	X16PF8
	VMOVDQU32 0(SI), Z2
	VMOVDQU32 64(SI), Z3
	VMOVDQU32 128(SI), Z4
	VMOVDQU32 192(SI), Z5
	VMOVDQU32 256(SI), Z6
	VMOVDQU32 320(SI), Z7
	VMOVDQU32 384(SI), Z8
	VMOVDQU32 448(SI), Z9
	VPBROADCASTD (R12)(BX*4), Z1
	VPXORD Z10, Z10, Z10
	VPDPBUSD.BCST 2(DI), Z2, Z1
	VPDPBUSD.BCST 6(DI), Z3, Z10
	VPDPBUSD.BCST 10(DI), Z4, Z1
	VPDPBUSD.BCST 14(DI), Z5, Z10
	VPDPBUSD.BCST 18(DI), Z6, Z1
	VPDPBUSD.BCST 22(DI), Z7, Z10
	VPDPBUSD.BCST 26(DI), Z8, Z1
	VPDPBUSD.BCST 30(DI), Z9, Z10
	X16ZEND(512, 544, v8block)

v8store:
	VMOVUPS Z0, (R14)
	X16NEXT(v8group)

v8done:
	VZEROUPPER
	RET

// Q8K16AVX2(woff, xoff): packed slice woff (signed) against the
// activation dword at xoff, rows 0–7 into Y0, 8–15 into Y1 (int32):
// |w| × x·sign(w) by VPMADDUBSW (a pair sum at most 2·128·127 < 2¹⁵;
// x = −128 never comes from QuantizeQ8), widened at once by VPMADDWD
// with Y14's ones. Y4–Y8 clobbered.
#define Q8K16AVX2(woff, xoff) \
	VPBROADCASTD xoff(DI), Y8; \
	VMOVDQU woff(SI), Y4; \
	VMOVDQU (woff+32)(SI), Y6; \
	VPSIGNB Y4, Y8, Y5; \
	VPSIGNB Y6, Y8, Y7; \
	VPABSB Y4, Y4; \
	VPABSB Y6, Y6; \
	VPMADDUBSW Y5, Y4, Y4; \
	VPMADDUBSW Y7, Y6, Y6; \
	VPMADDWD Y14, Y4, Y4; \
	VPMADDWD Y14, Y6, Y6; \
	VPADDD Y4, Y0, Y0; \
	VPADDD Y6, Y1, Y1

// func q8x16AVX2(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int)
//
// q8x16VNNI on AVX2, on the unbiased layout (bias unused).
TEXT ·q8x16AVX2(SB), NOSPLIT, $0-72
	X16ARGS
	VPCMPEQW Y14, Y14, Y14
	VPSRLW $15, Y14, Y14
	TESTQ R10, R10
	JEQ  b8done

b8group:
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13
	TESTQ R15, R15
	JNZ  b8start
	VMOVUPS (R14), Y12
	VMOVUPS 32(R14), Y13

b8start:
	X16BEGIN(b8store)

b8block:
	X16PF8
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	Q8K16AVX2(0, 2)
	Q8K16AVX2(64, 6)
	Q8K16AVX2(128, 10)
	Q8K16AVX2(192, 14)
	Q8K16AVX2(256, 18)
	Q8K16AVX2(320, 22)
	Q8K16AVX2(384, 26)
	Q8K16AVX2(448, 30)
	VCVTDQ2PS Y0, Y0
	VCVTDQ2PS Y1, Y1
	VBROADCASTSS (R13)(BX*4), Y2
	VCVTPH2PS 512(SI), Y3
	VCVTPH2PS 528(SI), Y4
	VMULPS Y2, Y3, Y3
	VMULPS Y2, Y4, Y4
	VMULPS Y3, Y0, Y0
	VMULPS Y4, Y1, Y1
	VADDPS Y0, Y12, Y12
	VADDPS Y1, Y13, Y13
	ADDQ $544, SI
	ADDQ $34, DI
	INCQ BX
	CMPQ BX, CX
	JLT  b8block

b8store:
	VMOVUPS Y12, (R14)
	VMOVUPS Y13, 32(R14)
	X16NEXT(b8group)

b8done:
	VZEROUPPER
	RET

// func packW16Q8x16(wp *byte, nb int, pack *byte)
//
// nb biased Q8_0×16 blocks of one group into the ZMM prefill's weight
// pack: the slices as they are (already w+128), the scales as float32.
TEXT ·packW16Q8x16(SB), NOSPLIT, $0-24
	MOVQ wp+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ pack+16(FP), DI
	TESTQ CX, CX
	JEQ  pw8done

pw8loop:
	VMOVDQU32 0(SI), Z0
	VMOVDQU32 64(SI), Z1
	VMOVDQU32 128(SI), Z2
	VMOVDQU32 192(SI), Z3
	VMOVDQU32 256(SI), Z4
	VMOVDQU32 320(SI), Z5
	VMOVDQU32 384(SI), Z6
	VMOVDQU32 448(SI), Z7
	VCVTPH2PS 512(SI), Z8
	VMOVDQU32 Z0, 0(DI)
	VMOVDQU32 Z1, 64(DI)
	VMOVDQU32 Z2, 128(DI)
	VMOVDQU32 Z3, 192(DI)
	VMOVDQU32 Z4, 256(DI)
	VMOVDQU32 Z5, 320(DI)
	VMOVDQU32 Z6, 384(DI)
	VMOVDQU32 Z7, 448(DI)
	VMOVUPS Z8, 512(DI)
	ADDQ $544, SI
	ADDQ $576, DI
	DECQ CX
	JNZ  pw8loop

pw8done:
	VZEROUPPER
	RET

// func packQ8x16AVX2(wp *byte, half, nb int, pack *byte)
//
// Rows 8·half…8·half+7 of nb unbiased Q8_0×16 blocks into the AVX2
// prefill's pack (the signed slices at 32·s, the scales as float32 at
// 288).
TEXT ·packQ8x16AVX2(SB), NOSPLIT, $0-32
	MOVQ wp+0(FP), SI
	MOVQ half+8(FP), AX
	MOVQ nb+16(FP), CX
	MOVQ pack+24(FP), DI
	MOVQ AX, R9
	SHLQ $4, R9
	ADDQ SI, R9
	SHLQ $5, AX
	ADDQ AX, SI
	TESTQ CX, CX
	JEQ  pb8done

pb8loop:
	VMOVDQU 0(SI), Y0
	VMOVDQU 64(SI), Y1
	VMOVDQU 128(SI), Y2
	VMOVDQU 192(SI), Y3
	VMOVDQU 256(SI), Y4
	VMOVDQU 320(SI), Y5
	VMOVDQU 384(SI), Y6
	VMOVDQU 448(SI), Y7
	VCVTPH2PS 512(R9), Y8
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVUPS Y8, 288(DI)
	ADDQ $544, SI
	ADDQ $544, R9
	ADDQ $320, DI
	DECQ CX
	JNZ  pb8loop

pb8done:
	VZEROUPPER
	RET

// K4Q4UAVX2(woff, xoff): unsigned nibble slice woff of the pack against
// dword xoff of the four tokens' blocks (R8–R11), into Y0–Y3 (int16):
// one VPMADDUBSW per slice and token, no VPABSB or VPSIGNB, the −8·Σx of
// the nibbles' bias added per block from the tile's sums.
#define K4Q4UAVX2(woff, xoff) \
	VMOVDQU woff(SI)(BX*1), Y8; \
	VPBROADCASTD xoff(R8)(AX*1), Y10; VPMADDUBSW Y10, Y8, Y10; VPADDW Y10, Y0, Y0; \
	VPBROADCASTD xoff(R9)(AX*1), Y11; VPMADDUBSW Y11, Y8, Y11; VPADDW Y11, Y1, Y1; \
	VPBROADCASTD xoff(R10)(AX*1), Y12; VPMADDUBSW Y12, Y8, Y12; VPADDW Y12, Y2, Y2; \
	VPBROADCASTD xoff(R11)(AX*1), Y13; VPMADDUBSW Y13, Y8, Y13; VPADDW Y13, Y3, Y3

// TOKSCALEU(j, acc, f): acc += bias of token j, then f += (d_w·d_x)·
// float32(acc), d_w in Y14, the tile's sums at DI; Y12 clobbered.
#define TOKSCALEU(j, acc, f) \
	VPBROADCASTD (j*4)(DI), Y12; \
	VPADDD Y12, acc, acc; \
	VBROADCASTSS (16+j*4)(DI), Y12; \
	VMULPS Y12, Y14, Y12; \
	VCVTDQ2PS acc, acc; \
	VMULPS Y12, acc, acc; \
	VADDPS acc, f, f

// func kq4x16x4AVX2(pack *byte, nb int, x *byte, xs, ntok int, sums *byte, y *float32, ldy, first int)
//
// qPackedAVX2 for an unsigned Q4_0 pack (packQ4x16AVX2): eight rows ×
// ntok ≤ 4 tokens over nb blocks, each block's −8·Σx (int32) and scale
// (float32) of the four tokens at sums, 32 bytes a block (four biases,
// then four scales).
TEXT ·kq4x16x4AVX2(SB), NOSPLIT, $0-72
	MOVQ pack+0(FP), SI
	MOVQ x+16(FP), R8
	MOVQ xs+24(FP), DX
	MOVQ ntok+32(FP), CX
	TOKENS4
	MOVQ sums+40(FP), DI
	MOVQ y+48(FP), R12
	MOVQ ldy+56(FP), DX
	SHLQ $2, DX
	YROWS4
	ZEROY4
	MOVQ first+64(FP), DX
	TESTQ DX, DX
	JNZ  kq4ustart
	LOADY4

kq4ustart:
	MOVQ nb+8(FP), CX
	IMUL3Q $34, CX, CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW $15, Y15, Y15
	XORQ AX, AX
	XORQ BX, BX

kq4uloop:
	CMPQ AX, CX
	JGE  kq4udone
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	K4Q4UAVX2(0, 2)
	K4Q4UAVX2(32, 6)
	K4Q4UAVX2(64, 10)
	K4Q4UAVX2(96, 14)
	K4Q4UAVX2(128, 18)
	K4Q4UAVX2(160, 22)
	K4Q4UAVX2(192, 26)
	K4Q4UAVX2(224, 30)
	VPMADDWD Y15, Y0, Y0
	VPMADDWD Y15, Y1, Y1
	VPMADDWD Y15, Y2, Y2
	VPMADDWD Y15, Y3, Y3
	VMOVUPS 288(SI)(BX*1), Y14
	TOKSCALEU(0, Y0, Y4)
	TOKSCALEU(1, Y1, Y5)
	TOKSCALEU(2, Y2, Y6)
	TOKSCALEU(3, Y3, Y7)
	ADDQ $34, AX
	ADDQ $320, BX
	ADDQ $32, DI
	JMP  kq4uloop

kq4udone:
	STOREY4
	VZEROUPPER
	RET
