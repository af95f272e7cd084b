#include "textflag.h"
#include "rows_amd64.h"

// The AVX2 prefill GEMM (prefill.go) for f32, bf16 and f16 weights against
// f32 activations: W is packed, 16 rows at a time, to float32 as
// [k][16] (one k's 16 rows in two ymm), and the micro-kernel is an outer
// product: per k, two loads of W, six broadcasts of the tokens' x[k] and
// twelve FMAs into a 16-row × 6-token tile held in Y0–Y11. Each output is
// then one sum in k order, with no horizontal reduction, and 16 rows of a
// token are contiguous in y.

// The packs: eight rows (R8…, stride elements apart, rows of them, the
// last repeated up to eight) × kn8 columns (a multiple of 8) into p as
// [k][16], this half's eight floats of each k (the caller passes p + 8
// for rows 8–15): per 8 columns, the rows widened to float32 (Y0–Y7),
// TRANSPOSE8, and one ymm store per k.

// PREFETCHNEXT asks for the bytes at AX of the rows 16 below R8…R15
// (BX = 16 rows), into L2: pack32AVX2 packs half of a 16-row panel, and
// the panel after this one is then read by the time the kernels that
// follow this pack are done, instead of on demand by the next pack (a
// quarter of the bf16 tile's time was that wait). Past the matrix, a
// prefetch is a no-op.
#define PREFETCHNEXT \
	LEAQ (R8)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R9)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R10)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R11)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R12)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R13)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R14)(BX*1), SI; PREFETCHT1 (SI)(AX*1); \
	LEAQ (R15)(BX*1), SI; PREFETCHT1 (SI)(AX*1)

// PSTORE8 stores the eight k-slices Y8–Y15 at DI, 64 bytes apart.
#define PSTORE8 \
	VMOVUPS Y8, 0(DI); VMOVUPS Y9, 64(DI); VMOVUPS Y10, 128(DI); VMOVUPS Y11, 192(DI); \
	VMOVUPS Y12, 256(DI); VMOVUPS Y13, 320(DI); VMOVUPS Y14, 384(DI); VMOVUPS Y15, 448(DI)

// PSETUP(shift): R8… the rows, CX = kn8 scaled to bytes by shift, DI = p.
#define PSETUP(shift) \
	MOVQ w+0(FP), R8; \
	MOVQ stride+8(FP), DX; \
	SHLQ $shift, DX; \
	MOVQ rows+16(FP), CX; \
	ROWS8; \
	MOVQ kn8+24(FP), CX; \
	SHLQ $shift, CX; \
	MOVQ p+32(FP), DI; \
	XORQ AX, AX

// WIDENBF16(r, y): eight bf16 at r+AX as float32 (the bits shifted up).
#define WIDENBF16(r, y) \
	VPMOVZXWD (r)(AX*1), y; \
	VPSLLD $16, y, y

// TOKFMA(r, b, a0, a1): one token's x[k] (at r+AX) broadcast into b,
// times this k's 16 weights (Y12, Y13), into its two accumulators; b
// alternates between Y14 and Y15 so that consecutive tokens are
// independent.
#define TOKFMA(r, b, a0, a1) \
	VBROADCASTSS (r)(AX*1), b; \
	VFMADD231PS Y12, b, a0; \
	VFMADD231PS Y13, b, a1

// func mk16x6AVX2(p *float32, kn int, x *float32, ldx, ntok int, y *float32, ldy, first int)
//
// y[t·ldy+r] (+)= Σ_{k<kn} p[k·16+r]·x[t·ldx+k] for r < 16, t < 6: tokens
// past ntok repeat the last one (their sums are written like the others,
// so y must have room, or be a scratch tile); from zero when first is
// nonzero, else adding to y.
TEXT ·mk16x6AVX2(SB), NOSPLIT, $0-64
	MOVQ p+0(FP), SI
	MOVQ kn+8(FP), CX
	SHLQ $2, CX
	MOVQ x+16(FP), R8
	MOVQ ldx+24(FP), DX
	SHLQ $2, DX
	MOVQ ntok+32(FP), BX
	LEAQ (R8)(DX*1), R9; CMPQ BX, $2; CMOVQLT R8, R9
	LEAQ (R9)(DX*1), R10; CMPQ BX, $3; CMOVQLT R9, R10
	LEAQ (R10)(DX*1), R11; CMPQ BX, $4; CMOVQLT R10, R11
	LEAQ (R11)(DX*1), R12; CMPQ BX, $5; CMOVQLT R11, R12
	LEAQ (R12)(DX*1), R13; CMPQ BX, $6; CMOVQLT R12, R13
	MOVQ y+40(FP), DI
	MOVQ ldy+48(FP), BX
	SHLQ $2, BX
	LEAQ (DI)(BX*2), R14
	ADDQ BX, R14
	MOVQ first+56(FP), AX
	TESTQ AX, AX
	JZ   mkload
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	JMP  mkstart

mkload:
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS (DI)(BX*1), Y2
	VMOVUPS 32(DI)(BX*1), Y3
	VMOVUPS (DI)(BX*2), Y4
	VMOVUPS 32(DI)(BX*2), Y5
	VMOVUPS (R14), Y6
	VMOVUPS 32(R14), Y7
	VMOVUPS (R14)(BX*1), Y8
	VMOVUPS 32(R14)(BX*1), Y9
	VMOVUPS (R14)(BX*2), Y10
	VMOVUPS 32(R14)(BX*2), Y11

mkstart:
	// The next call's y rows (6 tokens on) into L1, as kf32x16 does.
	LEAQ (R14)(BX*2), R15
	ADDQ BX, R15
	PREFETCHT0 (R15)
	PREFETCHT0 (R15)(BX*1)
	PREFETCHT0 (R15)(BX*2)
	LEAQ (R15)(BX*2), R15
	ADDQ BX, R15
	PREFETCHT0 (R15)
	PREFETCHT0 (R15)(BX*1)
	PREFETCHT0 (R15)(BX*2)
	XORQ AX, AX
	TESTQ CX, CX
	JEQ  mkdone

mkloop:
	VMOVUPS (SI), Y12
	VMOVUPS 32(SI), Y13
	TOKFMA(R8, Y14, Y0, Y1)
	TOKFMA(R9, Y15, Y2, Y3)
	TOKFMA(R10, Y14, Y4, Y5)
	TOKFMA(R11, Y15, Y6, Y7)
	TOKFMA(R12, Y14, Y8, Y9)
	TOKFMA(R13, Y15, Y10, Y11)
	ADDQ $64, SI
	ADDQ $4, AX
	CMPQ AX, CX
	JLT  mkloop

mkdone:
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, (DI)(BX*1)
	VMOVUPS Y3, 32(DI)(BX*1)
	VMOVUPS Y4, (DI)(BX*2)
	VMOVUPS Y5, 32(DI)(BX*2)
	VMOVUPS Y6, (R14)
	VMOVUPS Y7, 32(R14)
	VMOVUPS Y8, (R14)(BX*1)
	VMOVUPS Y9, 32(R14)(BX*1)
	VMOVUPS Y10, (R14)(BX*2)
	VMOVUPS Y11, 32(R14)(BX*2)
	VZEROUPPER
	RET

// func pack32AVX2(w unsafe.Pointer, stride, rows, kn8 int, p unsafe.Pointer)
//
// Any 32-bit elements, moved as they are: float32 weights here, and the
// bf16 pairs of the avx512 bf16 tile (bf16.go), whose packs are the same
// transpose of dwords.
TEXT ·pack32AVX2(SB), NOSPLIT, $0-40
	PSETUP(2)

	MOVQ DX, BX
	SHLQ $4, BX

pf32loop:
	CMPQ AX, CX
	JGE  pf32done
	PREFETCHNEXT
	VMOVUPS (R8)(AX*1), Y0
	VMOVUPS (R9)(AX*1), Y1
	VMOVUPS (R10)(AX*1), Y2
	VMOVUPS (R11)(AX*1), Y3
	VMOVUPS (R12)(AX*1), Y4
	VMOVUPS (R13)(AX*1), Y5
	VMOVUPS (R14)(AX*1), Y6
	VMOVUPS (R15)(AX*1), Y7
	TRANSPOSE8
	PSTORE8
	ADDQ $512, DI
	ADDQ $32, AX
	JMP  pf32loop

pf32done:
	VZEROUPPER
	RET

// func packHalfBF16AVX2(w *uint16, stride, rows, kn8 int, p *float32)
TEXT ·packHalfBF16AVX2(SB), NOSPLIT, $0-40
	PSETUP(1)

pbf16loop:
	CMPQ AX, CX
	JGE  pbf16done
	WIDENBF16(R8, Y0)
	WIDENBF16(R9, Y1)
	WIDENBF16(R10, Y2)
	WIDENBF16(R11, Y3)
	WIDENBF16(R12, Y4)
	WIDENBF16(R13, Y5)
	WIDENBF16(R14, Y6)
	WIDENBF16(R15, Y7)
	TRANSPOSE8
	PSTORE8
	ADDQ $512, DI
	ADDQ $16, AX
	JMP  pbf16loop

pbf16done:
	VZEROUPPER
	RET

// func packHalfF16AVX2(w *uint16, stride, rows, kn8 int, p *float32)
//
// F16C's VCVTPH2PS: the caller checks the CPU has it.
TEXT ·packHalfF16AVX2(SB), NOSPLIT, $0-40
	PSETUP(1)

pf16loop:
	CMPQ AX, CX
	JGE  pf16done
	VCVTPH2PS (R8)(AX*1), Y0
	VCVTPH2PS (R9)(AX*1), Y1
	VCVTPH2PS (R10)(AX*1), Y2
	VCVTPH2PS (R11)(AX*1), Y3
	VCVTPH2PS (R12)(AX*1), Y4
	VCVTPH2PS (R13)(AX*1), Y5
	VCVTPH2PS (R14)(AX*1), Y6
	VCVTPH2PS (R15)(AX*1), Y7
	TRANSPOSE8
	PSTORE8
	ADDQ $512, DI
	ADDQ $16, AX
	JMP  pf16loop

pf16done:
	VZEROUPPER
	RET

// func kf32x16(wp, xp *float32, kn int, y *float32, ldy, first int)
//
// The float32 prefill tile on ZMM (prefillZ, prefill.go): 16 weight rows
// × 16 tokens over kn columns. wp is [k][16 rows] and xp [k][16 tokens],
// both float32 (the packs of packPanel); per k, one load of the rows and
// sixteen VFMADD231PS, each with its token's x[k] broadcast from memory
// ({1to16}), into Z0–Z15, token t's 16 row sums, which are stored (first
// nonzero) or added to y[t·ldy…]. Each sum is one FMA chain in k order,
// as in mk16x6AVX2, so the two tiles agree bit for bit. Two k per
// iteration (Z16, Z17) halve the loop's overhead.

// KZSTEP(w, xoff): one k, its 16 rows in Zw, its tokens' x at xoff(DI).
#define KZSTEP(w, xoff) \
	VFMADD231PS.BCST xoff+0(DI), w, Z0; \
	VFMADD231PS.BCST xoff+4(DI), w, Z1; \
	VFMADD231PS.BCST xoff+8(DI), w, Z2; \
	VFMADD231PS.BCST xoff+12(DI), w, Z3; \
	VFMADD231PS.BCST xoff+16(DI), w, Z4; \
	VFMADD231PS.BCST xoff+20(DI), w, Z5; \
	VFMADD231PS.BCST xoff+24(DI), w, Z6; \
	VFMADD231PS.BCST xoff+28(DI), w, Z7; \
	VFMADD231PS.BCST xoff+32(DI), w, Z8; \
	VFMADD231PS.BCST xoff+36(DI), w, Z9; \
	VFMADD231PS.BCST xoff+40(DI), w, Z10; \
	VFMADD231PS.BCST xoff+44(DI), w, Z11; \
	VFMADD231PS.BCST xoff+48(DI), w, Z12; \
	VFMADD231PS.BCST xoff+52(DI), w, Z13; \
	VFMADD231PS.BCST xoff+56(DI), w, Z14; \
	VFMADD231PS.BCST xoff+60(DI), w, Z15

TEXT ·kf32x16(SB), NOSPLIT, $0-48
	MOVQ wp+0(FP), SI
	MOVQ xp+8(FP), DI
	MOVQ kn+16(FP), CX
	MOVQ y+24(FP), R8
	MOVQ ldy+32(FP), DX
	SHLQ $2, DX
	MOVQ first+40(FP), AX
	TESTQ AX, AX
	JZ   kzload
	ZZERO16
	JMP  kzstart

kzload:
	ZLOAD16

kzstart:
	ZPREFETCH16
	MOVQ CX, BX
	SHRQ $1, BX
	JEQ  kzone

kzloop:
	VMOVUPS (SI), Z16
	VMOVUPS 64(SI), Z17
	KZSTEP(Z16, 0)
	KZSTEP(Z17, 64)
	ADDQ $128, SI
	ADDQ $128, DI
	DECQ BX
	JNZ  kzloop

kzone:
	TESTQ $1, CX
	JEQ  kzdone
	VMOVUPS (SI), Z16
	KZSTEP(Z16, 0)

kzdone:
	ZSTORE16
	VZEROUPPER
	RET
