#include "textflag.h"
#include "rows_amd64.h"

// The avx512 path's bf16 × bf16 products (math=fast with bf16 weights):
// VDPBF16PS (AVX512_BF16) multiplies 32 pairs of bf16 and adds each pair's
// two products into one of 16 float32 lanes. The Go assembler has no
// mnemonic for it, so VDPBF16PS_Z encodes the register form
// EVEX.512.F3.0F38.W0 52 /r by hand; its operands are in Go order,
// VDPBF16PS_Z(src2, src1, dst) = VDPBF16PS zmm(dst), zmm(src1), zmm(src2)
// in Intel's (both sources are bf16 vectors, so their order does not
// matter here). Registers are given by number, 0–31.
#define VDPBF16PS_Z(r, v, d) \
	BYTE $0x62; \
	BYTE $(0x02 | ((((d)>>3)&1)^1)<<7 | ((((r)>>4)&1)^1)<<6 | ((((r)>>3)&1)^1)<<5 | ((((d)>>4)&1)^1)<<4); \
	BYTE $(0x06 | (((v)&15)^15)<<3); \
	BYTE $(0x40 | ((((v)>>4)&1)^1)<<3); \
	BYTE $0x52; \
	BYTE $(0xC0 | ((d)&7)<<3 | ((r)&7))

// HSUM folds the 16 float32 lanes of z into the low 4 of x (y and x are
// z's narrower names), with Y28 as scratch: the first half of a tile's
// horizontal reduction.
#define HSUM(z, y, x) \
	VEXTRACTF64X4 $1, z, Y28; \
	VADDPS Y28, y, y; \
	VEXTRACTF32X4 $1, y, X28; \
	VADDPS X28, x, x

// STORE4 sums the 4 lanes of each of x0–x3 (HSUM's results) and stores
// the four sums at off(DX). VHADDPS has no EVEX form: registers below 16.
#define STORE4(x0, x1, x2, x3, off) \
	VHADDPS x1, x0, x0; \
	VHADDPS x3, x2, x2; \
	VHADDPS x2, x0, x0; \
	VMOVUPS x0, off(DX)

// func dot8BF16BF16(x, w *uint16, stride, n int, s *[8]float32)
//
// s[r] = Σ_{k<n} w[r·stride+k]·x[k] for r < 8, n a multiple of 32: eight
// weight rows streamed once against one bf16 activation row (decode),
// each row into its own accumulator so that eight loads are in flight.
// Each step also prefetches 512 bytes of the next eight-row group (one
// contiguous run, from R15 at 8× this group's offset), so that group is in
// L2 by the time it is read: eight rows interleaved in a few pages defeat
// the hardware prefetcher (quant_amd64.s measured the same). A prefetch
// past w never faults.
//
// Measured against variants on two threads (Zen 4, 2026-12-03,
// alternated), over 256 MB of heap: no prefetch 29 GB/s and PREFETCHT0
// 19–27 against 33–34; prefetching two or three groups ahead, half the
// lines, and a ×16 row-interleaved layout (one contiguous stream, no
// reduction) within the host's noise of it; over gemma-2b's mapped bf16
// file, one row at a time (llama.cpp's order) 33–37 against 31–41.
TEXT ·dot8BF16BF16(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), DI
	MOVQ stride+16(FP), BX
	SHLQ $1, BX
	MOVQ n+24(FP), CX
	SHLQ $1, CX
	MOVQ s+32(FP), DX
	LEAQ (DI)(BX*1), R8
	LEAQ (DI)(BX*2), R9
	LEAQ (R8)(BX*2), R10
	LEAQ (DI)(BX*4), R11
	LEAQ (R8)(BX*4), R12
	LEAQ (R9)(BX*4), R13
	LEAQ (R10)(BX*4), R14
	LEAQ (R11)(BX*4), R15
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	XORQ AX, AX

d8loop:
	CMPQ AX, CX
	JGE  d8done
	PREFETCHT1 (R15)(AX*8)
	PREFETCHT1 64(R15)(AX*8)
	PREFETCHT1 128(R15)(AX*8)
	PREFETCHT1 192(R15)(AX*8)
	PREFETCHT1 256(R15)(AX*8)
	PREFETCHT1 320(R15)(AX*8)
	PREFETCHT1 384(R15)(AX*8)
	PREFETCHT1 448(R15)(AX*8)
	VMOVDQU16 (SI)(AX*1), Z16
	VMOVDQU16 (DI)(AX*1), Z17
	VMOVDQU16 (R8)(AX*1), Z18
	VMOVDQU16 (R9)(AX*1), Z19
	VMOVDQU16 (R10)(AX*1), Z20
	VMOVDQU16 (R11)(AX*1), Z21
	VMOVDQU16 (R12)(AX*1), Z22
	VMOVDQU16 (R13)(AX*1), Z23
	VMOVDQU16 (R14)(AX*1), Z24
	VDPBF16PS_Z(17, 16, 0)
	VDPBF16PS_Z(18, 16, 1)
	VDPBF16PS_Z(19, 16, 2)
	VDPBF16PS_Z(20, 16, 3)
	VDPBF16PS_Z(21, 16, 4)
	VDPBF16PS_Z(22, 16, 5)
	VDPBF16PS_Z(23, 16, 6)
	VDPBF16PS_Z(24, 16, 7)
	ADDQ $64, AX
	JMP  d8loop

d8done:
	HSUM(Z0, Y0, X0)
	HSUM(Z1, Y1, X1)
	HSUM(Z2, Y2, X2)
	HSUM(Z3, Y3, X3)
	STORE4(X0, X1, X2, X3, 0)
	HSUM(Z4, Y4, X4)
	HSUM(Z5, Y5, X5)
	HSUM(Z6, Y6, X6)
	HSUM(Z7, Y7, X7)
	STORE4(X4, X5, X6, X7, 16)
	VZEROUPPER
	RET

// func dot1BF16BF16(x, w *uint16, n int) float32
//
// One row: the tails of dot8 and of the 4×4 tile. n a multiple of 32.
TEXT ·dot1BF16BF16(SB), NOSPLIT, $0-28
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), DI
	MOVQ n+16(FP), CX
	SHLQ $1, CX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	XORQ AX, AX
	CMPQ CX, $128
	JLT  d1one

d1two:
	// Two accumulators hide the instruction's latency.
	LEAQ 128(AX), BX
	CMPQ BX, CX
	JGT  d1one
	VMOVDQU16 (SI)(AX*1), Z16
	VMOVDQU16 64(SI)(AX*1), Z17
	VMOVDQU16 (DI)(AX*1), Z18
	VMOVDQU16 64(DI)(AX*1), Z19
	VDPBF16PS_Z(18, 16, 0)
	VDPBF16PS_Z(19, 17, 1)
	MOVQ BX, AX
	JMP  d1two

d1one:
	CMPQ AX, CX
	JGE  d1done
	VMOVDQU16 (SI)(AX*1), Z16
	VMOVDQU16 (DI)(AX*1), Z18
	VDPBF16PS_Z(18, 16, 0)
	ADDQ $64, AX
	JMP  d1one

d1done:
	VADDPS Z1, Z0, Z0
	HSUM(Z0, Y0, X0)
	VHADDPS X0, X0, X0
	VHADDPS X0, X0, X0
	VZEROUPPER
	MOVSS X0, ret+24(FP)
	RET

// func mk4x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[16]float32)
//
// The prefill tile: c[r·4+t] = Σ_{k<n} w[r·ldw+k]·x[t·ldx+k] for 4 weight
// rows × 4 tokens, n a multiple of 32. Both operands are bf16 rows read
// along k, so no packing is needed: per 32 columns it loads 4 + 4 vectors
// and issues 16 VDPBF16PS into 16 accumulators (Z0–Z15).
TEXT ·mk4x4BF16BF16(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ ldx+8(FP), R11
	SHLQ $1, R11
	MOVQ w+16(FP), DI
	MOVQ ldw+24(FP), R12
	SHLQ $1, R12
	MOVQ n+32(FP), CX
	SHLQ $1, CX
	MOVQ c+40(FP), DX
	LEAQ (SI)(R11*1), BX
	LEAQ (BX)(R11*1), R13
	LEAQ (R13)(R11*1), R14
	LEAQ (DI)(R12*1), R8
	LEAQ (R8)(R12*1), R9
	LEAQ (R9)(R12*1), R10
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	XORQ AX, AX

mkloop:
	CMPQ AX, CX
	JGE  mkdone
	VMOVDQU16 (SI)(AX*1), Z16
	VMOVDQU16 (BX)(AX*1), Z17
	VMOVDQU16 (R13)(AX*1), Z18
	VMOVDQU16 (R14)(AX*1), Z19
	VMOVDQU16 (DI)(AX*1), Z20
	VMOVDQU16 (R8)(AX*1), Z21
	VMOVDQU16 (R9)(AX*1), Z22
	VMOVDQU16 (R10)(AX*1), Z23
	VDPBF16PS_Z(20, 16, 0)
	VDPBF16PS_Z(20, 17, 1)
	VDPBF16PS_Z(20, 18, 2)
	VDPBF16PS_Z(20, 19, 3)
	VDPBF16PS_Z(21, 16, 4)
	VDPBF16PS_Z(21, 17, 5)
	VDPBF16PS_Z(21, 18, 6)
	VDPBF16PS_Z(21, 19, 7)
	VDPBF16PS_Z(22, 16, 8)
	VDPBF16PS_Z(22, 17, 9)
	VDPBF16PS_Z(22, 18, 10)
	VDPBF16PS_Z(22, 19, 11)
	VDPBF16PS_Z(23, 16, 12)
	VDPBF16PS_Z(23, 17, 13)
	VDPBF16PS_Z(23, 18, 14)
	VDPBF16PS_Z(23, 19, 15)
	ADDQ $64, AX
	JMP  mkloop

mkdone:
	HSUM(Z0, Y0, X0)
	HSUM(Z1, Y1, X1)
	HSUM(Z2, Y2, X2)
	HSUM(Z3, Y3, X3)
	STORE4(X0, X1, X2, X3, 0)
	HSUM(Z4, Y4, X4)
	HSUM(Z5, Y5, X5)
	HSUM(Z6, Y6, X6)
	HSUM(Z7, Y7, X7)
	STORE4(X4, X5, X6, X7, 16)
	HSUM(Z8, Y8, X8)
	HSUM(Z9, Y9, X9)
	HSUM(Z10, Y10, X10)
	HSUM(Z11, Y11, X11)
	STORE4(X8, X9, X10, X11, 32)
	HSUM(Z12, Y12, X12)
	HSUM(Z13, Y13, X13)
	HSUM(Z14, Y14, X14)
	HSUM(Z15, Y15, X15)
	STORE4(X12, X13, X14, X15, 48)
	VZEROUPPER
	RET

// func mk6x4BF16BF16(x *uint16, ldx int, w *uint16, ldw int, n int, c *[24]float32)
//
// mk4x4BF16BF16 with 6 weight rows: c[r·4+t] for r < 6, t < 4. Per 32
// columns it loads 4 token vectors and 6 weight vectors for 24 VDPBF16PS
// into Z0–Z23: 0.42 loads per product instead of the 4×4 tile's 0.5.
// The rows 4 and 5 are reduced from Z0–Z7 (copied down once rows 0–3 are
// stored): VHADDPS has no EVEX form for Z16 and up.
TEXT ·mk6x4BF16BF16(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ ldx+8(FP), R11
	SHLQ $1, R11
	MOVQ w+16(FP), DI
	MOVQ ldw+24(FP), R12
	SHLQ $1, R12
	MOVQ n+32(FP), CX
	SHLQ $1, CX
	MOVQ c+40(FP), DX
	LEAQ (SI)(R11*1), BX
	LEAQ (BX)(R11*1), R13
	LEAQ (R13)(R11*1), R14
	LEAQ (DI)(R12*1), R8
	LEAQ (R8)(R12*1), R9
	LEAQ (R9)(R12*1), R10
	LEAQ (R10)(R12*1), R15
	LEAQ (R15)(R12*1), R12
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	XORQ AX, AX

mk6loop:
	CMPQ AX, CX
	JGE  mk6done
	VMOVDQU16 (SI)(AX*1), Z24
	VMOVDQU16 (BX)(AX*1), Z25
	VMOVDQU16 (R13)(AX*1), Z26
	VMOVDQU16 (R14)(AX*1), Z27
	VMOVDQU16 (DI)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 0)
	VDPBF16PS_Z(28, 25, 1)
	VDPBF16PS_Z(28, 26, 2)
	VDPBF16PS_Z(28, 27, 3)
	VMOVDQU16 (R8)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 4)
	VDPBF16PS_Z(28, 25, 5)
	VDPBF16PS_Z(28, 26, 6)
	VDPBF16PS_Z(28, 27, 7)
	VMOVDQU16 (R9)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 8)
	VDPBF16PS_Z(28, 25, 9)
	VDPBF16PS_Z(28, 26, 10)
	VDPBF16PS_Z(28, 27, 11)
	VMOVDQU16 (R10)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 12)
	VDPBF16PS_Z(28, 25, 13)
	VDPBF16PS_Z(28, 26, 14)
	VDPBF16PS_Z(28, 27, 15)
	VMOVDQU16 (R15)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 16)
	VDPBF16PS_Z(28, 25, 17)
	VDPBF16PS_Z(28, 26, 18)
	VDPBF16PS_Z(28, 27, 19)
	VMOVDQU16 (R12)(AX*1), Z28
	VDPBF16PS_Z(28, 24, 20)
	VDPBF16PS_Z(28, 25, 21)
	VDPBF16PS_Z(28, 26, 22)
	VDPBF16PS_Z(28, 27, 23)
	ADDQ $64, AX
	JMP  mk6loop

mk6done:
	HSUM(Z0, Y0, X0)
	HSUM(Z1, Y1, X1)
	HSUM(Z2, Y2, X2)
	HSUM(Z3, Y3, X3)
	STORE4(X0, X1, X2, X3, 0)
	HSUM(Z4, Y4, X4)
	HSUM(Z5, Y5, X5)
	HSUM(Z6, Y6, X6)
	HSUM(Z7, Y7, X7)
	STORE4(X4, X5, X6, X7, 16)
	HSUM(Z8, Y8, X8)
	HSUM(Z9, Y9, X9)
	HSUM(Z10, Y10, X10)
	HSUM(Z11, Y11, X11)
	STORE4(X8, X9, X10, X11, 32)
	HSUM(Z12, Y12, X12)
	HSUM(Z13, Y13, X13)
	HSUM(Z14, Y14, X14)
	HSUM(Z15, Y15, X15)
	STORE4(X12, X13, X14, X15, 48)
	VMOVAPS Z16, Z0
	VMOVAPS Z17, Z1
	VMOVAPS Z18, Z2
	VMOVAPS Z19, Z3
	VMOVAPS Z20, Z4
	VMOVAPS Z21, Z5
	VMOVAPS Z22, Z6
	VMOVAPS Z23, Z7
	HSUM(Z0, Y0, X0)
	HSUM(Z1, Y1, X1)
	HSUM(Z2, Y2, X2)
	HSUM(Z3, Y3, X3)
	STORE4(X0, X1, X2, X3, 64)
	HSUM(Z4, Y4, X4)
	HSUM(Z5, Y5, X5)
	HSUM(Z6, Y6, X6)
	HSUM(Z7, Y7, X7)
	STORE4(X4, X5, X6, X7, 80)
	VZEROUPPER
	RET

// func peakBF16Dot(n int)
//
// n steps of 16 independent register-only VDPBF16PS: the instruction's
// throughput, the ceiling of the bf16 prefill tile (BenchmarkPeakBF16Dot).
TEXT ·peakBF16Dot(SB), NOSPLIT, $0-8
	MOVQ n+0(FP), CX
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
peakloop:
	VDPBF16PS_Z(16, 17, 0)
	VDPBF16PS_Z(16, 17, 1)
	VDPBF16PS_Z(16, 17, 2)
	VDPBF16PS_Z(16, 17, 3)
	VDPBF16PS_Z(16, 17, 4)
	VDPBF16PS_Z(16, 17, 5)
	VDPBF16PS_Z(16, 17, 6)
	VDPBF16PS_Z(16, 17, 7)
	VDPBF16PS_Z(16, 17, 8)
	VDPBF16PS_Z(16, 17, 9)
	VDPBF16PS_Z(16, 17, 10)
	VDPBF16PS_Z(16, 17, 11)
	VDPBF16PS_Z(16, 17, 12)
	VDPBF16PS_Z(16, 17, 13)
	VDPBF16PS_Z(16, 17, 14)
	VDPBF16PS_Z(16, 17, 15)
	DECQ CX
	JNZ  peakloop
	VZEROUPPER
	RET


// func peakFMAAVX512(n int)
//
// n steps of 16 independent register-only VFMADD231PS zmm: the ceiling of
// a float32 prefill tile on ZMM (BenchmarkPeakFMAAVX512), to set beside
// peakBF16Dot's on the same core.
TEXT ·peakFMAAVX512(SB), NOSPLIT, $0-8
	MOVQ n+0(FP), CX
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
peakfmazloop:
	VFMADD231PS Z16, Z17, Z0
	VFMADD231PS Z16, Z17, Z1
	VFMADD231PS Z16, Z17, Z2
	VFMADD231PS Z16, Z17, Z3
	VFMADD231PS Z16, Z17, Z4
	VFMADD231PS Z16, Z17, Z5
	VFMADD231PS Z16, Z17, Z6
	VFMADD231PS Z16, Z17, Z7
	VFMADD231PS Z16, Z17, Z8
	VFMADD231PS Z16, Z17, Z9
	VFMADD231PS Z16, Z17, Z10
	VFMADD231PS Z16, Z17, Z11
	VFMADD231PS Z16, Z17, Z12
	VFMADD231PS Z16, Z17, Z13
	VFMADD231PS Z16, Z17, Z14
	VFMADD231PS Z16, Z17, Z15
	DECQ CX
	JNZ  peakfmazloop
	VZEROUPPER
	RET

// func kbf16x16(wp, xp *uint32, np int, y *float32, ldy, first int)
//
// The bf16 prefill tile on packs (bf16.go): 16 weight rows × 16 tokens
// over np column pairs. wp is [pair][16 rows] and xp [pair][16 tokens],
// each element a dword holding two bf16 (packHalfF32AVX2 builds both);
// per pair, one load of the rows' dwords and sixteen VDPBF16PS, each with
// its token's dword broadcast from memory ({1to16}), into Z0–Z15, token
// t's 16 row sums, which are stored (first nonzero) or added to y[t·ldy…].
// The Go assembler knows neither VDPBF16PS nor its broadcast form: each is
// given as its bytes (EVEX.512.F3.0F38.W0 52 /r, EVEX.b set, disp8·4),
// as llvm-mc encodes it, with the instruction in the comment.
TEXT ·kbf16x16(SB), NOSPLIT, $0-48
	MOVQ wp+0(FP), SI
	MOVQ xp+8(FP), DI
	MOVQ np+16(FP), CX
	MOVQ y+24(FP), R8
	MOVQ ldy+32(FP), DX
	SHLQ $2, DX
	MOVQ first+40(FP), AX
	TESTQ AX, AX
	JZ   kbload
	ZZERO16
	JMP  kbstart

kbload:
	ZLOAD16

kbstart:
	TESTQ CX, CX
	JEQ  kbdone

kbloop:
	VMOVUPS (SI), Z16
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x07 // VDPBF16PS.BCST 0(DI), Z16, Z0
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x4f; BYTE $0x01 // VDPBF16PS.BCST 4(DI), Z16, Z1
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x57; BYTE $0x02 // VDPBF16PS.BCST 8(DI), Z16, Z2
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x5f; BYTE $0x03 // VDPBF16PS.BCST 12(DI), Z16, Z3
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x67; BYTE $0x04 // VDPBF16PS.BCST 16(DI), Z16, Z4
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x6f; BYTE $0x05 // VDPBF16PS.BCST 20(DI), Z16, Z5
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x77; BYTE $0x06 // VDPBF16PS.BCST 24(DI), Z16, Z6
	BYTE $0x62; BYTE $0xf2; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x7f; BYTE $0x07 // VDPBF16PS.BCST 28(DI), Z16, Z7
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x47; BYTE $0x08 // VDPBF16PS.BCST 32(DI), Z16, Z8
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x4f; BYTE $0x09 // VDPBF16PS.BCST 36(DI), Z16, Z9
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x57; BYTE $0x0a // VDPBF16PS.BCST 40(DI), Z16, Z10
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x5f; BYTE $0x0b // VDPBF16PS.BCST 44(DI), Z16, Z11
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x67; BYTE $0x0c // VDPBF16PS.BCST 48(DI), Z16, Z12
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x6f; BYTE $0x0d // VDPBF16PS.BCST 52(DI), Z16, Z13
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x77; BYTE $0x0e // VDPBF16PS.BCST 56(DI), Z16, Z14
	BYTE $0x62; BYTE $0x72; BYTE $0x7e; BYTE $0x50; BYTE $0x52; BYTE $0x7f; BYTE $0x0f // VDPBF16PS.BCST 60(DI), Z16, Z15
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ  kbloop

kbdone:
	ZSTORE16
	VZEROUPPER
	RET
