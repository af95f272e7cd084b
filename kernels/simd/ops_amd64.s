#include "textflag.h"

// The O(d) ops and attention on AVX2+FMA (ops_amd64.go wires them). The
// scalar twins round a float64 result once; the transcendental kernels
// here widen to float64 too (four lanes per YMM register) so that their
// only visible error is that final rounding. Every routine covers a
// multiple of its vector width; the Go wrappers finish the tail.

// opsConst holds each constant broadcast to 32 bytes, so that it can be
// an FMA's memory operand (AVX2 has no embedded broadcast).
#define K4(off, v) \
	DATA opsConst<>+(off)(SB)/8, $v; \
	DATA opsConst<>+(off+8)(SB)/8, $v; \
	DATA opsConst<>+(off+16)(SB)/8, $v; \
	DATA opsConst<>+(off+24)(SB)/8, $v

K4(0, 0x3ff71547652b82fe)   // log2(e)
K4(32, 0x4338000000000000)  // 1.5·2⁵²: adding it rounds to an integer
K4(64, 0x3fe62e42fefa39ef)  // ln 2
K4(96, 0x3ff0000000000000)  // 1
K4(128, 0x4000000000000000) // 2
K4(160, 0x3ec71de3a556c734) // 1/9!
K4(192, 0x3efa01a01a01a01a) // 1/8!
K4(224, 0x3f2a01a01a01a01a) // 1/7!
K4(256, 0x3f56c16c16c16c17) // 1/6!
K4(288, 0x3f81111111111111) // 1/5!
K4(320, 0x3fa5555555555555) // 1/4!
K4(352, 0x3fc5555555555555) // 1/3!
K4(384, 0x3fe0000000000000) // 1/2!
K4(416, 0xc085e00000000000) // −700, the lower clamp of exp's argument
K4(448, 0xbff9884533d43651) // −2·√(2/π)
K4(480, 0xbfb2444f2a4d8b4b) // −2·√(2/π)·0.044715
K4(512, 0xc034000000000000) // −20, below which GELU is 0
K4(544, 0x7fffffffffffffff) // float64 |·| mask
K4(576, 0x8000000000000000) // float64 sign mask
K4(608, 0x0000000100000001) // int32 1
K4(640, 0x00007fff00007fff) // bf16 rounding bias
K4(672, 0x7fffffff7fffffff) // float32 |·| mask
K4(704, 0x7f8000007f800000) // float32 +Inf
K4(736, 0x0000004000000040) // bf16 quiet bit
K4(768, 0x0000000f0000000f) // nibble mask
K4(800, 0x0000000800000008) // Q4_0 offset 8
K4(832, 0x0000001000000010) // int32 16
K4(864, 0x00007fff00007fff) // half |·| mask
K4(896, 0x00007c0000007c00) // half +Inf
K4(928, 0x8000000080000000) // float32 sign mask
DATA opsConst<>+960(SB)/8, $0x0000000100000000 // int32 lane indices 0–15
DATA opsConst<>+968(SB)/8, $0x0000000300000002
DATA opsConst<>+976(SB)/8, $0x0000000500000004
DATA opsConst<>+984(SB)/8, $0x0000000700000006
DATA opsConst<>+992(SB)/8, $0x0000000900000008
DATA opsConst<>+1000(SB)/8, $0x0000000b0000000a
DATA opsConst<>+1008(SB)/8, $0x0000000d0000000c
DATA opsConst<>+1016(SB)/8, $0x0000000f0000000e
GLOBL opsConst<>(SB), RODATA|NOPTR, $1024

#define C_LOG2E opsConst<>+0(SB)
#define C_MAGIC opsConst<>+32(SB)
#define C_LN2 opsConst<>+64(SB)
#define C_ONE opsConst<>+96(SB)
#define C_TWO opsConst<>+128(SB)
#define C_P9 opsConst<>+160(SB)
#define C_P8 opsConst<>+192(SB)
#define C_P7 opsConst<>+224(SB)
#define C_P6 opsConst<>+256(SB)
#define C_P5 opsConst<>+288(SB)
#define C_P4 opsConst<>+320(SB)
#define C_P3 opsConst<>+352(SB)
#define C_P2 opsConst<>+384(SB)
#define C_CLAMP opsConst<>+416(SB)
#define C_G1 opsConst<>+448(SB)
#define C_G3 opsConst<>+480(SB)
#define C_M20 opsConst<>+512(SB)
#define C_ABS64 opsConst<>+544(SB)
#define C_SIGN64 opsConst<>+576(SB)
#define C_I1 opsConst<>+608(SB)
#define C_BIAS opsConst<>+640(SB)
#define C_ABS32 opsConst<>+672(SB)
#define C_INF32 opsConst<>+704(SB)
#define C_QUIET opsConst<>+736(SB)
#define C_NIB opsConst<>+768(SB)
#define C_I8 opsConst<>+800(SB)
#define C_I16 opsConst<>+832(SB)
#define C_ABS16 opsConst<>+864(SB)
#define C_INF16 opsConst<>+896(SB)
#define C_SIGN32 opsConst<>+928(SB)
#define C_IDX0 opsConst<>+960(SB)
#define C_IDX8 opsConst<>+992(SB)

// EXPR(t, k, p) starts exp(t) for four float64 lanes: it clamps t below at
// −700 (Y15 must hold C_CLAMP; VMAXPD with t as its second source keeps a
// NaN t), splits t = j·ln2 + r with j = round(t·log2 e) and |r| ≤ ½ln2,
// and leaves t = r, k = 2^j (built in the exponent field, valid for
// |j| ≤ 1022) and p = P(r), where exp(r) = 1 + r·P(r) with P the Taylor
// series through r⁸/9! (relative error below 10⁻¹¹ in r·P(r), so that
// expm1 is accurate for tiny t too).
#define EXPR(t, k, p) \
	VMAXPD       t, Y15, t; \
	VMOVUPD      C_MAGIC, k; \
	VFMADD231PD  C_LOG2E, t, k; \
	VSUBPD       C_MAGIC, k, p; \
	VFNMADD231PD C_LN2, p, t; \
	VPSLLQ       $52, k, k; \
	VPADDQ       C_ONE, k, k; \
	VMOVUPD      C_P9, p; \
	VFMADD213PD  C_P8, t, p; \
	VFMADD213PD  C_P7, t, p; \
	VFMADD213PD  C_P6, t, p; \
	VFMADD213PD  C_P5, t, p; \
	VFMADD213PD  C_P4, t, p; \
	VFMADD213PD  C_P3, t, p; \
	VFMADD213PD  C_P2, t, p; \
	VFMADD213PD  C_ONE, t, p

// EXPPD(t, k, p): t = exp(t) for t ≤ 709, 0 (≈1e−304) below −700, NaN kept.
#define EXPPD(t, k, p) \
	EXPR(t, k, p); \
	VFMADD213PD C_ONE, t, p; \
	VMULPD      k, p, t

// EXPM1PD(t, k, p): t = exp(t) − 1 = 2^j·r·P(r) + (2^j − 1), accurate
// relative to the result for tiny t (where j = 0 and it is r·P(r)).
#define EXPM1PD(t, k, p) \
	EXPR(t, k, p); \
	VMULPD      t, p, p; \
	VSUBPD      C_ONE, k, t; \
	VFMADD231PD p, k, t

// SCPROLOGUE(shift) loads scoresAVX2's arguments, the row pointers R8–R11
// stride<<shift bytes apart, R13 four rows, R12 = m&^15.
#define SCPROLOGUE(shift) \
	MOVQ         sc+0(FP), DI; \
	MOVQ         q+8(FP), SI; \
	MOVQ         k+16(FP), R8; \
	MOVQ         n+24(FP), CX; \
	MOVQ         m+32(FP), DX; \
	MOVQ         stride+40(FP), BX; \
	VBROADCASTSS scale+48(FP), Y15; \
	SHLQ         $shift, BX; \
	LEAQ         (R8)(BX*1), R9; \
	LEAQ         (R9)(BX*1), R10; \
	LEAQ         (R10)(BX*1), R11; \
	MOVQ         BX, R13; \
	SHLQ         $2, R13; \
	MOVQ         DX, R12; \
	ANDQ         $-16, R12

// WSPROLOGUE(shift) loads wsumAVX2's arguments as SCPROLOGUE does.
#define WSPROLOGUE(shift) \
	MOVQ o+0(FP), DI; \
	MOVQ p+8(FP), SI; \
	MOVQ v+16(FP), R8; \
	MOVQ n+24(FP), CX; \
	MOVQ m+32(FP), DX; \
	MOVQ stride+40(FP), BX; \
	SHLQ $shift, BX; \
	LEAQ (R8)(BX*1), R9; \
	LEAQ (R9)(BX*1), R10; \
	LEAQ (R10)(BX*1), R11; \
	MOVQ BX, R13; \
	SHLQ $2, R13; \
	MOVQ DX, R12; \
	ANDQ $-16, R12

// func scaleAVX2(x *float32, n int, s float32)
//
// x[i] *= s for i < n, n a multiple of 8.
TEXT ·scaleAVX2(SB), NOSPLIT, $0-20
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSS s+16(FP), Y8
	XORQ         AX, AX
	MOVQ         CX, DX
	ANDQ         $-32, DX

scale32:
	CMPQ    AX, DX
	JGE     scale8
	VMULPS  (SI)(AX*4), Y8, Y0
	VMULPS  32(SI)(AX*4), Y8, Y1
	VMULPS  64(SI)(AX*4), Y8, Y2
	VMULPS  96(SI)(AX*4), Y8, Y3
	VMOVUPS Y0, (SI)(AX*4)
	VMOVUPS Y1, 32(SI)(AX*4)
	VMOVUPS Y2, 64(SI)(AX*4)
	VMOVUPS Y3, 96(SI)(AX*4)
	ADDQ    $32, AX
	JMP     scale32

scale8:
	CMPQ    AX, CX
	JGE     scaleDone
	VMULPS  (SI)(AX*4), Y8, Y0
	VMOVUPS Y0, (SI)(AX*4)
	ADDQ    $8, AX
	JMP     scale8

scaleDone:
	VZEROUPPER
	RET

// func addAVX2(y, a, b *float32, n int)
//
// y[i] = a[i] + b[i] for i < n, n a multiple of 8.
TEXT ·addAVX2(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX
	XORQ AX, AX
	MOVQ CX, BX
	ANDQ $-32, BX

add32:
	CMPQ    AX, BX
	JGE     add8
	VMOVUPS (SI)(AX*4), Y0
	VMOVUPS 32(SI)(AX*4), Y1
	VMOVUPS 64(SI)(AX*4), Y2
	VMOVUPS 96(SI)(AX*4), Y3
	VADDPS  (DX)(AX*4), Y0, Y0
	VADDPS  32(DX)(AX*4), Y1, Y1
	VADDPS  64(DX)(AX*4), Y2, Y2
	VADDPS  96(DX)(AX*4), Y3, Y3
	VMOVUPS Y0, (DI)(AX*4)
	VMOVUPS Y1, 32(DI)(AX*4)
	VMOVUPS Y2, 64(DI)(AX*4)
	VMOVUPS Y3, 96(DI)(AX*4)
	ADDQ    $32, AX
	JMP     add32

add8:
	CMPQ    AX, CX
	JGE     addDone
	VMOVUPS (SI)(AX*4), Y0
	VADDPS  (DX)(AX*4), Y0, Y0
	VMOVUPS Y0, (DI)(AX*4)
	ADDQ    $8, AX
	JMP     add8

addDone:
	VZEROUPPER
	RET

// func sumSqAVX2(x *float32, n int) float64
//
// Σ x[i]² in float64 (each square exact), n a multiple of 16.
TEXT ·sumSqAVX2(SB), NOSPLIT, $0-24
	MOVQ   x+0(FP), SI
	MOVQ   n+8(FP), CX
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	XORQ   AX, AX

sumsq16:
	CMPQ        AX, CX
	JGE         sumsqDone
	VCVTPS2PD   (SI)(AX*4), Y4
	VCVTPS2PD   16(SI)(AX*4), Y5
	VCVTPS2PD   32(SI)(AX*4), Y6
	VCVTPS2PD   48(SI)(AX*4), Y7
	VFMADD231PD Y4, Y4, Y0
	VFMADD231PD Y5, Y5, Y1
	VFMADD231PD Y6, Y6, Y2
	VFMADD231PD Y7, Y7, Y3
	ADDQ        $16, AX
	JMP         sumsq16

sumsqDone:
	VADDPD       Y1, Y0, Y0
	VADDPD       Y3, Y2, Y2
	VADDPD       Y2, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPD       X1, X0, X0
	VHADDPD      X0, X0, X0
	MOVSD        X0, ret+16(FP)
	VZEROUPPER
	RET

// func rmsApplyAVX2(y, x, w *float32, n int, r, one float64)
//
// y[i] = float32(float64(x[i])·r·(one + float64(w[i]))), the scalar's
// operations in its order, n a multiple of 8.
TEXT ·rmsApplyAVX2(SB), NOSPLIT, $0-48
	MOVQ         y+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         w+16(FP), DX
	MOVQ         n+24(FP), CX
	VBROADCASTSD r+32(FP), Y8
	VBROADCASTSD one+40(FP), Y9
	XORQ         AX, AX

rms8:
	CMPQ       AX, CX
	JGE        rmsDone
	VCVTPS2PD  (SI)(AX*4), Y0
	VCVTPS2PD  16(SI)(AX*4), Y1
	VCVTPS2PD  (DX)(AX*4), Y2
	VCVTPS2PD  16(DX)(AX*4), Y3
	VMULPD     Y8, Y0, Y0
	VMULPD     Y8, Y1, Y1
	VADDPD     Y2, Y9, Y2
	VADDPD     Y3, Y9, Y3
	VMULPD     Y2, Y0, Y0
	VMULPD     Y3, Y1, Y1
	VCVTPD2PSY Y0, X0
	VCVTPD2PSY Y1, X1
	VMOVUPS    X0, (DI)(AX*4)
	VMOVUPS    X1, 16(DI)(AX*4)
	ADDQ       $8, AX
	JMP        rms8

rmsDone:
	VZEROUPPER
	RET

// GELU4(off, x, t, tx, k, p) sets y[AX+off/4 …+3] = gate·up with gate
// through GELU: t = −2u = x·(−2√(2/π) − 2√(2/π)·0.044715·x²), GELU(x) =
// x/(1 + eᵗ), 0 below x = −20 (as the scalar, which also maps −Inf to 0).
#define GELU4(off, x, t, tx, k, p) \
	VCVTPS2PD   off(SI)(AX*4), x; \
	VMULPD      x, x, t; \
	VMOVUPD     C_G3, k; \
	VFMADD213PD C_G1, t, k; \
	VMULPD      x, k, t; \
	EXPPD(t, k, p); \
	VADDPD      C_ONE, t, t; \
	VDIVPD      t, x, t; \
	VCMPPD      $1, C_M20, x, k; \
	VANDNPD     t, k, t; \
	VCVTPS2PD   off(DX)(AX*4), k; \
	VMULPD      k, t, t; \
	VCVTPD2PSY  t, tx; \
	VMOVUPS     tx, off(DI)(AX*4)

// func gegluAVX2(y, gate, up *float32, n int)
//
// y[i] = float32(GELU(gate[i])·up[i]) in float64, n a multiple of 8.
TEXT ·gegluAVX2(SB), NOSPLIT, $0-32
	MOVQ    y+0(FP), DI
	MOVQ    gate+8(FP), SI
	MOVQ    up+16(FP), DX
	MOVQ    n+24(FP), CX
	VMOVUPD C_CLAMP, Y15
	XORQ    AX, AX

geglu8:
	CMPQ AX, CX
	JGE  gegluDone
	GELU4(0, Y0, Y1, X1, Y2, Y3)
	GELU4(16, Y4, Y5, X5, Y6, Y7)
	ADDQ $8, AX
	JMP  geglu8

gegluDone:
	VZEROUPPER
	RET

// CAP4(off, x, t, tx, k, p) sets y[AX+off/4 …+3] = c·tanh(x/c) with
// tanh(z) = −m/(2+m), m = expm1(−2|z|), and the sign of x put back; Y14
// holds −2/c and Y13 −c (float64).
#define CAP4(off, x, t, tx, k, p) \
	VCVTPS2PD  off(SI)(AX*4), x; \
	VANDPD     C_ABS64, x, t; \
	VMULPD     Y14, t, t; \
	EXPM1PD(t, k, p); \
	VADDPD     C_TWO, t, k; \
	VDIVPD     k, t, t; \
	VMULPD     Y13, t, t; \
	VANDPD     C_SIGN64, x, x; \
	VXORPD     x, t, t; \
	VCVTPD2PSY t, tx; \
	VMOVUPS    tx, off(DI)(AX*4)

// func softCapAVX2(y, x *float32, n int, negTwoOverC, negC float64)
//
// y[i] = float32(c·tanh(x[i]/c)) in float64, n a multiple of 8.
TEXT ·softCapAVX2(SB), NOSPLIT, $0-40
	MOVQ         y+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         n+16(FP), CX
	VBROADCASTSD negTwoOverC+24(FP), Y14
	VBROADCASTSD negC+32(FP), Y13
	VMOVUPD      C_CLAMP, Y15
	XORQ         AX, AX

cap8:
	CMPQ AX, CX
	JGE  capDone
	CAP4(0, Y0, Y1, X1, Y2, Y3)
	CAP4(16, Y4, Y5, X5, Y6, Y7)
	ADDQ $8, AX
	JMP  cap8

capDone:
	VZEROUPPER
	RET

// func maxAVX2(x *float32, n int, seed float32) float32
//
// The scalar's running maximum m = seed; m = v if v > m, over x[:n], n a
// multiple of 8. VMAXPS with v as its first source is exactly that
// comparison, so NaN elements are skipped and a NaN seed stays.
TEXT ·maxAVX2(SB), NOSPLIT, $0-28
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSS seed+16(FP), Y0
	VMOVUPS      Y0, Y1
	VMOVUPS      Y0, Y2
	VMOVUPS      Y0, Y3
	XORQ         AX, AX
	MOVQ         CX, DX
	ANDQ         $-32, DX

max32:
	CMPQ    AX, DX
	JGE     max8
	VMOVUPS (SI)(AX*4), Y4
	VMOVUPS 32(SI)(AX*4), Y5
	VMOVUPS 64(SI)(AX*4), Y6
	VMOVUPS 96(SI)(AX*4), Y7
	VMAXPS  Y0, Y4, Y0
	VMAXPS  Y1, Y5, Y1
	VMAXPS  Y2, Y6, Y2
	VMAXPS  Y3, Y7, Y3
	ADDQ    $32, AX
	JMP     max32

max8:
	CMPQ    AX, CX
	JGE     maxDone
	VMOVUPS (SI)(AX*4), Y4
	VMAXPS  Y0, Y4, Y0
	ADDQ    $8, AX
	JMP     max8

maxDone:
	// Every lane is NaN (the seed) or none is: the order of the
	// reduction does not matter.
	VMAXPS       Y1, Y0, Y0
	VMAXPS       Y3, Y2, Y2
	VMAXPS       Y2, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0xb1, X0, X1
	VMAXPS       X1, X0, X0
	MOVSS        X0, ret+24(FP)
	VZEROUPPER
	RET

// func argmaxAVX2(x *float32, n int, vals *[16]float32, idx *[16]int32)
//
// Sixteen lanes (two registers) each keep the first index at which their
// values reached a new strict maximum, starting from x[0] at index 0; n
// is a multiple of 16 and x[0] is not NaN. VCMPPS GT and VMAXPS agree on
// every input (NaN never greater, ±0 equal).
TEXT ·argmaxAVX2(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	MOVQ         vals+16(FP), DI
	MOVQ         idx+24(FP), DX
	VBROADCASTSS (SI), Y0
	VMOVUPS      Y0, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VMOVDQU      C_IDX0, Y4
	VMOVDQU      C_IDX8, Y5
	VMOVDQU      C_I16, Y6
	XORQ         AX, AX

argmax16:
	CMPQ      AX, CX
	JGE       argmaxDone
	VMOVUPS   (SI)(AX*4), Y7
	VMOVUPS   32(SI)(AX*4), Y8
	VCMPPS    $0x1e, Y0, Y7, Y9
	VCMPPS    $0x1e, Y1, Y8, Y10
	VMAXPS    Y0, Y7, Y0
	VMAXPS    Y1, Y8, Y1
	VBLENDVPS Y9, Y4, Y2, Y2
	VBLENDVPS Y10, Y5, Y3, Y3
	VPADDD    Y6, Y4, Y4
	VPADDD    Y6, Y5, Y5
	ADDQ      $16, AX
	JMP       argmax16

argmaxDone:
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVDQU Y2, (DX)
	VMOVDQU Y3, 32(DX)
	VZEROUPPER
	RET

// EXPST4(off, t, tx, k, p): x[AX+off/4 …+3] = float32(e), e = exp(x − m)
// in float64 (m in Y14), and Y12 += e.
#define EXPST4(off, t, tx, k, p) \
	VCVTPS2PD  off(SI)(AX*4), t; \
	VSUBPD     Y14, t, t; \
	EXPPD(t, k, p); \
	VADDPD     t, Y12, Y12; \
	VCVTPD2PSY t, tx; \
	VMOVUPS    tx, off(SI)(AX*4)

// EXPSUM4(off, t, k, p, acc): acc += exp(x[AX+off/4 …+3] − m), m in Y14.
#define EXPSUM4(off, t, k, p, acc) \
	VCVTPS2PD off(SI)(AX*4), t; \
	VSUBPD    Y14, t, t; \
	EXPPD(t, k, p); \
	VADDPD    t, acc, acc

// func expStoreAVX2(x *float32, n int, m float64) float64
//
// Softmax's middle pass: x[i] = float32(exp(x[i] − m)), returning the
// float64 sum of the unrounded exps; n a multiple of 8.
TEXT ·expStoreAVX2(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD m+16(FP), Y14
	VMOVUPD      C_CLAMP, Y15
	VXORPD       Y12, Y12, Y12
	XORQ         AX, AX

expst8:
	CMPQ AX, CX
	JGE  expstDone
	EXPST4(0, Y0, X0, Y1, Y2)
	EXPST4(16, Y3, X3, Y4, Y5)
	ADDQ $8, AX
	JMP  expst8

expstDone:
	VEXTRACTF128 $1, Y12, X1
	VADDPD       X1, X12, X0
	VHADDPD      X0, X0, X0
	MOVSD        X0, ret+24(FP)
	VZEROUPPER
	RET

// func sumExpAVX2(x *float32, n int, m float64) float64
//
// LogSumExp's sum: Σ exp(x[i] − m) in float64, n a multiple of 8.
TEXT ·sumExpAVX2(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD m+16(FP), Y14
	VMOVUPD      C_CLAMP, Y15
	VXORPD       Y12, Y12, Y12
	VXORPD       Y13, Y13, Y13
	XORQ         AX, AX

sumexp8:
	CMPQ AX, CX
	JGE  sumexpDone
	EXPSUM4(0, Y0, Y1, Y2, Y12)
	EXPSUM4(16, Y3, Y4, Y5, Y13)
	ADDQ $8, AX
	JMP  sumexp8

sumexpDone:
	VADDPD       Y13, Y12, Y12
	VEXTRACTF128 $1, Y12, X1
	VADDPD       X1, X12, X0
	VHADDPD      X0, X0, X0
	MOVSD        X0, ret+24(FP)
	VZEROUPPER
	RET

// func scalePDAVX2(x *float32, n int, s float64)
//
// x[i] = float32(float64(x[i])·s), n a multiple of 8.
TEXT ·scalePDAVX2(SB), NOSPLIT, $0-24
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD s+16(FP), Y8
	XORQ         AX, AX

scalepd8:
	CMPQ       AX, CX
	JGE        scalepdDone
	VCVTPS2PD  (SI)(AX*4), Y0
	VCVTPS2PD  16(SI)(AX*4), Y1
	VMULPD     Y8, Y0, Y0
	VMULPD     Y8, Y1, Y1
	VCVTPD2PSY Y0, X0
	VCVTPD2PSY Y1, X1
	VMOVUPS    X0, (SI)(AX*4)
	VMOVUPS    X1, 16(SI)(AX*4)
	ADDQ       $8, AX
	JMP        scalepd8

scalepdDone:
	VZEROUPPER
	RET

// func ropeAVX2(ylo, yhi, xlo, xhi *float32, cos, sin *float64, n int)
//
// (ylo, yhi)[i] = (a·c − b·s, b·c + a·s) in float64 for (a, b) = (xlo,
// xhi)[i], the scalar's operations in its order; n a multiple of 4.
TEXT ·ropeAVX2(SB), NOSPLIT, $0-56
	MOVQ ylo+0(FP), DI
	MOVQ yhi+8(FP), DX
	MOVQ xlo+16(FP), SI
	MOVQ xhi+24(FP), BX
	MOVQ cos+32(FP), R8
	MOVQ sin+40(FP), R9
	MOVQ n+48(FP), CX
	XORQ AX, AX

rope4:
	CMPQ       AX, CX
	JGE        ropeDone
	VCVTPS2PD  (SI)(AX*4), Y0
	VCVTPS2PD  (BX)(AX*4), Y1
	VMOVUPD    (R8)(AX*8), Y2
	VMOVUPD    (R9)(AX*8), Y3
	VMULPD     Y2, Y0, Y4
	VMULPD     Y3, Y1, Y5
	VSUBPD     Y5, Y4, Y4
	VMULPD     Y2, Y1, Y6
	VMULPD     Y3, Y0, Y7
	VADDPD     Y7, Y6, Y6
	VCVTPD2PSY Y4, X4
	VCVTPD2PSY Y6, X6
	VMOVUPS    X4, (DI)(AX*4)
	VMOVUPS    X6, (DX)(AX*4)
	ADDQ       $4, AX
	JMP        rope4

ropeDone:
	VZEROUPPER
	RET

// func scoresAVX2(sc, q, k *float32, n, m, stride int, scale float32)
//
// sc[j] = (q[:m]·k[j·stride:][:m])·scale for j < n, m a multiple of 8:
// four key rows at a time against one load of q, two accumulators per
// row (eight FMA chains), then one row at a time.
TEXT ·scoresAVX2(SB), NOSPLIT, $0-52
	SCPROLOGUE(2)

sc4:
	CMPQ   CX, $4
	JLT    sc1
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	XORQ   AX, AX

sc4k16:
	CMPQ        AX, R12
	JGE         sc4k8
	VMOVUPS     (SI)(AX*4), Y8
	VMOVUPS     32(SI)(AX*4), Y9
	VFMADD231PS (R8)(AX*4), Y8, Y0
	VFMADD231PS 32(R8)(AX*4), Y9, Y4
	VFMADD231PS (R9)(AX*4), Y8, Y1
	VFMADD231PS 32(R9)(AX*4), Y9, Y5
	VFMADD231PS (R10)(AX*4), Y8, Y2
	VFMADD231PS 32(R10)(AX*4), Y9, Y6
	VFMADD231PS (R11)(AX*4), Y8, Y3
	VFMADD231PS 32(R11)(AX*4), Y9, Y7
	ADDQ        $16, AX
	JMP         sc4k16

sc4k8:
	CMPQ        AX, DX
	JGE         sc4sum
	VMOVUPS     (SI)(AX*4), Y8
	VFMADD231PS (R8)(AX*4), Y8, Y0
	VFMADD231PS (R9)(AX*4), Y8, Y1
	VFMADD231PS (R10)(AX*4), Y8, Y2
	VFMADD231PS (R11)(AX*4), Y8, Y3

sc4sum:
	VADDPS       Y4, Y0, Y0
	VADDPS       Y5, Y1, Y1
	VADDPS       Y6, Y2, Y2
	VADDPS       Y7, Y3, Y3
	VHADDPS      Y1, Y0, Y0
	VHADDPS      Y3, Y2, Y2
	VHADDPS      Y2, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VMULPS       X15, X0, X0
	VMOVUPS      X0, (DI)
	ADDQ         $16, DI
	ADDQ         R13, R8
	ADDQ         R13, R9
	ADDQ         R13, R10
	ADDQ         R13, R11
	SUBQ         $4, CX
	JMP          sc4

sc1:
	TESTQ  CX, CX
	JEQ    scDone
	VXORPS Y0, Y0, Y0
	VXORPS Y4, Y4, Y4
	XORQ   AX, AX

sc1k16:
	CMPQ        AX, R12
	JGE         sc1k8
	VMOVUPS     (SI)(AX*4), Y8
	VMOVUPS     32(SI)(AX*4), Y9
	VFMADD231PS (R8)(AX*4), Y8, Y0
	VFMADD231PS 32(R8)(AX*4), Y9, Y4
	ADDQ        $16, AX
	JMP         sc1k16

sc1k8:
	CMPQ        AX, DX
	JGE         sc1sum
	VMOVUPS     (SI)(AX*4), Y8
	VFMADD231PS (R8)(AX*4), Y8, Y0

sc1sum:
	VADDPS       Y4, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VHADDPS      X0, X0, X0
	VHADDPS      X0, X0, X0
	VMULSS       X15, X0, X0
	MOVSS        X0, (DI)
	ADDQ         $4, DI
	ADDQ         BX, R8
	DECQ         CX
	JMP          sc1

scDone:
	VZEROUPPER
	RET

// WIDEN8(mem, r) loads eight bf16 at mem as float32 into r (exact).
#define WIDEN8(mem, r) \
	VPMOVZXWD mem, r; \
	VPSLLD    $16, r, r

// func scoresBF16AVX2(sc, q *float32, k *uint16, n, m, stride int, scale float32)
//
// scoresAVX2 over bf16 keys, widened exactly.
TEXT ·scoresBF16AVX2(SB), NOSPLIT, $0-52
	SCPROLOGUE(1)

sch4:
	CMPQ   CX, $4
	JLT    sch1
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	XORQ   AX, AX

sch4k16:
	CMPQ        AX, R12
	JGE         sch4k8
	VMOVUPS     (SI)(AX*4), Y8
	VMOVUPS     32(SI)(AX*4), Y9
	WIDEN8((R8)(AX*2), Y10)
	WIDEN8(16(R8)(AX*2), Y11)
	WIDEN8((R9)(AX*2), Y12)
	WIDEN8(16(R9)(AX*2), Y13)
	VFMADD231PS Y10, Y8, Y0
	VFMADD231PS Y11, Y9, Y4
	VFMADD231PS Y12, Y8, Y1
	VFMADD231PS Y13, Y9, Y5
	WIDEN8((R10)(AX*2), Y10)
	WIDEN8(16(R10)(AX*2), Y11)
	WIDEN8((R11)(AX*2), Y12)
	WIDEN8(16(R11)(AX*2), Y13)
	VFMADD231PS Y10, Y8, Y2
	VFMADD231PS Y11, Y9, Y6
	VFMADD231PS Y12, Y8, Y3
	VFMADD231PS Y13, Y9, Y7
	ADDQ        $16, AX
	JMP         sch4k16

sch4k8:
	CMPQ        AX, DX
	JGE         sch4sum
	VMOVUPS     (SI)(AX*4), Y8
	WIDEN8((R8)(AX*2), Y10)
	WIDEN8((R9)(AX*2), Y11)
	WIDEN8((R10)(AX*2), Y12)
	WIDEN8((R11)(AX*2), Y13)
	VFMADD231PS Y10, Y8, Y0
	VFMADD231PS Y11, Y8, Y1
	VFMADD231PS Y12, Y8, Y2
	VFMADD231PS Y13, Y8, Y3

sch4sum:
	VADDPS       Y4, Y0, Y0
	VADDPS       Y5, Y1, Y1
	VADDPS       Y6, Y2, Y2
	VADDPS       Y7, Y3, Y3
	VHADDPS      Y1, Y0, Y0
	VHADDPS      Y3, Y2, Y2
	VHADDPS      Y2, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VMULPS       X15, X0, X0
	VMOVUPS      X0, (DI)
	ADDQ         $16, DI
	ADDQ         R13, R8
	ADDQ         R13, R9
	ADDQ         R13, R10
	ADDQ         R13, R11
	SUBQ         $4, CX
	JMP          sch4

sch1:
	TESTQ  CX, CX
	JEQ    schDone
	VXORPS Y0, Y0, Y0
	VXORPS Y4, Y4, Y4
	XORQ   AX, AX

sch1k16:
	CMPQ        AX, R12
	JGE         sch1k8
	WIDEN8((R8)(AX*2), Y10)
	WIDEN8(16(R8)(AX*2), Y11)
	VFMADD231PS (SI)(AX*4), Y10, Y0
	VFMADD231PS 32(SI)(AX*4), Y11, Y4
	ADDQ        $16, AX
	JMP         sch1k16

sch1k8:
	CMPQ        AX, DX
	JGE         sch1sum
	WIDEN8((R8)(AX*2), Y10)
	VFMADD231PS (SI)(AX*4), Y10, Y0

sch1sum:
	VADDPS       Y4, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VHADDPS      X0, X0, X0
	VHADDPS      X0, X0, X0
	VMULSS       X15, X0, X0
	MOVSS        X0, (DI)
	ADDQ         $4, DI
	ADDQ         BX, R8
	DECQ         CX
	JMP          sch1

schDone:
	VZEROUPPER
	RET

// func wsumAVX2(o, p, v *float32, n, m, stride int)
//
// o[i] += Σ_j p[j]·v[j·stride+i] for i < m (a multiple of 8), j < n, one
// position after another (fused): four value rows per pass over o.
TEXT ·wsumAVX2(SB), NOSPLIT, $0-48
	WSPROLOGUE(2)

ws4:
	CMPQ         CX, $4
	JLT          ws1
	VBROADCASTSS (SI), Y12
	VBROADCASTSS 4(SI), Y13
	VBROADCASTSS 8(SI), Y14
	VBROADCASTSS 12(SI), Y15
	XORQ         AX, AX

ws4k16:
	CMPQ        AX, R12
	JGE         ws4k8
	VMOVUPS     (DI)(AX*4), Y0
	VMOVUPS     32(DI)(AX*4), Y1
	VFMADD231PS (R8)(AX*4), Y12, Y0
	VFMADD231PS 32(R8)(AX*4), Y12, Y1
	VFMADD231PS (R9)(AX*4), Y13, Y0
	VFMADD231PS 32(R9)(AX*4), Y13, Y1
	VFMADD231PS (R10)(AX*4), Y14, Y0
	VFMADD231PS 32(R10)(AX*4), Y14, Y1
	VFMADD231PS (R11)(AX*4), Y15, Y0
	VFMADD231PS 32(R11)(AX*4), Y15, Y1
	VMOVUPS     Y0, (DI)(AX*4)
	VMOVUPS     Y1, 32(DI)(AX*4)
	ADDQ        $16, AX
	JMP         ws4k16

ws4k8:
	CMPQ        AX, DX
	JGE         ws4next
	VMOVUPS     (DI)(AX*4), Y0
	VFMADD231PS (R8)(AX*4), Y12, Y0
	VFMADD231PS (R9)(AX*4), Y13, Y0
	VFMADD231PS (R10)(AX*4), Y14, Y0
	VFMADD231PS (R11)(AX*4), Y15, Y0
	VMOVUPS     Y0, (DI)(AX*4)

ws4next:
	ADDQ $16, SI
	ADDQ R13, R8
	ADDQ R13, R9
	ADDQ R13, R10
	ADDQ R13, R11
	SUBQ $4, CX
	JMP  ws4

ws1:
	TESTQ        CX, CX
	JEQ          wsDone
	VBROADCASTSS (SI), Y12
	XORQ         AX, AX

ws1k8:
	CMPQ        AX, DX
	JGE         ws1next
	VMOVUPS     (DI)(AX*4), Y0
	VFMADD231PS (R8)(AX*4), Y12, Y0
	VMOVUPS     Y0, (DI)(AX*4)
	ADDQ        $8, AX
	JMP         ws1k8

ws1next:
	ADDQ $4, SI
	ADDQ BX, R8
	DECQ CX
	JMP  ws1

wsDone:
	VZEROUPPER
	RET

// func wsumBF16AVX2(o, p *float32, v *uint16, n, m, stride int)
//
// wsumAVX2 over bf16 values, widened exactly.
TEXT ·wsumBF16AVX2(SB), NOSPLIT, $0-48
	WSPROLOGUE(1)

wsh4:
	CMPQ         CX, $4
	JLT          wsh1
	VBROADCASTSS (SI), Y12
	VBROADCASTSS 4(SI), Y13
	VBROADCASTSS 8(SI), Y14
	VBROADCASTSS 12(SI), Y15
	XORQ         AX, AX

wsh4k16:
	CMPQ        AX, R12
	JGE         wsh4k8
	VMOVUPS     (DI)(AX*4), Y0
	VMOVUPS     32(DI)(AX*4), Y1
	WIDEN8((R8)(AX*2), Y4)
	WIDEN8(16(R8)(AX*2), Y5)
	WIDEN8((R9)(AX*2), Y6)
	WIDEN8(16(R9)(AX*2), Y7)
	VFMADD231PS Y4, Y12, Y0
	VFMADD231PS Y5, Y12, Y1
	VFMADD231PS Y6, Y13, Y0
	VFMADD231PS Y7, Y13, Y1
	WIDEN8((R10)(AX*2), Y4)
	WIDEN8(16(R10)(AX*2), Y5)
	WIDEN8((R11)(AX*2), Y6)
	WIDEN8(16(R11)(AX*2), Y7)
	VFMADD231PS Y4, Y14, Y0
	VFMADD231PS Y5, Y14, Y1
	VFMADD231PS Y6, Y15, Y0
	VFMADD231PS Y7, Y15, Y1
	VMOVUPS     Y0, (DI)(AX*4)
	VMOVUPS     Y1, 32(DI)(AX*4)
	ADDQ        $16, AX
	JMP         wsh4k16

wsh4k8:
	CMPQ        AX, DX
	JGE         wsh4next
	VMOVUPS     (DI)(AX*4), Y0
	WIDEN8((R8)(AX*2), Y4)
	WIDEN8((R9)(AX*2), Y5)
	WIDEN8((R10)(AX*2), Y6)
	WIDEN8((R11)(AX*2), Y7)
	VFMADD231PS Y4, Y12, Y0
	VFMADD231PS Y5, Y13, Y0
	VFMADD231PS Y6, Y14, Y0
	VFMADD231PS Y7, Y15, Y0
	VMOVUPS     Y0, (DI)(AX*4)

wsh4next:
	ADDQ $16, SI
	ADDQ R13, R8
	ADDQ R13, R9
	ADDQ R13, R10
	ADDQ R13, R11
	SUBQ $4, CX
	JMP  wsh4

wsh1:
	TESTQ        CX, CX
	JEQ          wshDone
	VBROADCASTSS (SI), Y12
	XORQ         AX, AX

wsh1k8:
	CMPQ        AX, DX
	JGE         wsh1next
	VMOVUPS     (DI)(AX*4), Y0
	WIDEN8((R8)(AX*2), Y4)
	VFMADD231PS Y4, Y12, Y0
	VMOVUPS     Y0, (DI)(AX*4)
	ADDQ        $8, AX
	JMP         wsh1k8

wsh1next:
	ADDQ $4, SI
	ADDQ BX, R8
	DECQ CX
	JMP  wsh1

wshDone:
	VZEROUPPER
	RET

// func storeBF16AVX2(dst *uint16, src *float32, n int)
//
// dst[i] = kernels.F32ToBF16(src[i]) bit for bit, n a multiple of 8:
// (b + 0x7fff + (b>>16)&1) >> 16, or (b>>16) | 0x40 for a NaN.
TEXT ·storeBF16AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	XORQ AX, AX

st8:
	CMPQ         AX, CX
	JGE          stDone
	VMOVDQU      (SI)(AX*4), Y0
	VPSRLD       $16, Y0, Y1
	VPAND        C_I1, Y1, Y2
	VPADDD       C_BIAS, Y0, Y3
	VPADDD       Y2, Y3, Y3
	VPSRLD       $16, Y3, Y3
	VPAND        C_ABS32, Y0, Y4
	VPCMPGTD     C_INF32, Y4, Y4
	VPOR         C_QUIET, Y1, Y1
	VPBLENDVB    Y4, Y1, Y3, Y3
	VEXTRACTI128 $1, Y3, X1
	VPACKUSDW    X1, X3, X3
	VMOVDQU      X3, (DI)(AX*2)
	ADDQ         $8, AX
	JMP          st8

stDone:
	VZEROUPPER
	RET

// func widenBF16AVX2(dst *float32, src *uint16, n int)
//
// dst[i] = the float32 of bf16 src[i], n a multiple of 8.
TEXT ·widenBF16AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	XORQ AX, AX
	MOVQ CX, DX
	ANDQ $-32, DX

wb32:
	CMPQ    AX, DX
	JGE     wb8
	WIDEN8((SI)(AX*2), Y0)
	WIDEN8(16(SI)(AX*2), Y1)
	WIDEN8(32(SI)(AX*2), Y2)
	WIDEN8(48(SI)(AX*2), Y3)
	VMOVUPS Y0, (DI)(AX*4)
	VMOVUPS Y1, 32(DI)(AX*4)
	VMOVUPS Y2, 64(DI)(AX*4)
	VMOVUPS Y3, 96(DI)(AX*4)
	ADDQ    $32, AX
	JMP     wb32

wb8:
	CMPQ    AX, CX
	JGE     wbDone
	WIDEN8((SI)(AX*2), Y0)
	VMOVUPS Y0, (DI)(AX*4)
	ADDQ    $8, AX
	JMP     wb8

wbDone:
	VZEROUPPER
	RET

// func widenF16AVX2(dst *float32, src *uint16, n int)
//
// dst[i] = kernels.F16ToF32(src[i]) bit for bit, n a multiple of 8 (F16C):
// VCVTPH2PS is exact for every half but sets the quiet bit of a
// signalling NaN, which the scalar keeps as it is, so NaN lanes are
// rebuilt in integers: sign | 0x7f800000 | mantissa<<13.
TEXT ·widenF16AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	XORQ AX, AX

wf8:
	CMPQ      AX, CX
	JGE       wfDone
	VCVTPH2PS (SI)(AX*2), Y0
	VPMOVZXWD (SI)(AX*2), Y1
	VPAND     C_ABS16, Y1, Y2
	VPCMPGTD  C_INF16, Y2, Y3
	VPSLLD    $13, Y2, Y2
	VPOR      C_INF32, Y2, Y2
	VPSLLD    $16, Y1, Y1
	VPAND     C_SIGN32, Y1, Y1
	VPOR      Y1, Y2, Y2
	VBLENDVPS Y3, Y2, Y0, Y0
	VMOVUPS   Y0, (DI)(AX*4)
	ADDQ      $8, AX
	JMP       wf8

wfDone:
	VZEROUPPER
	RET

// func dequantQ8AVX2(dst *float32, src *byte, nb int)
//
// nb Q8_0 blocks: dst = d·q, d the block's half scale (F16C), q int8;
// each product is exact, as in the scalar.
TEXT ·dequantQ8AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ nb+16(FP), CX

dq8:
	TESTQ        CX, CX
	JEQ          dq8Done
	VPBROADCASTW (SI), X0
	VCVTPH2PS    X0, Y0
	VPMOVSXBD    2(SI), Y1
	VPMOVSXBD    10(SI), Y2
	VPMOVSXBD    18(SI), Y3
	VPMOVSXBD    26(SI), Y4
	VCVTDQ2PS    Y1, Y1
	VCVTDQ2PS    Y2, Y2
	VCVTDQ2PS    Y3, Y3
	VCVTDQ2PS    Y4, Y4
	VMULPS       Y1, Y0, Y1
	VMULPS       Y2, Y0, Y2
	VMULPS       Y3, Y0, Y3
	VMULPS       Y4, Y0, Y4
	VMOVUPS      Y1, (DI)
	VMOVUPS      Y2, 32(DI)
	VMOVUPS      Y3, 64(DI)
	VMOVUPS      Y4, 96(DI)
	ADDQ         $34, SI
	ADDQ         $128, DI
	DECQ         CX
	JMP          dq8

dq8Done:
	VZEROUPPER
	RET

// func dequantQ4AVX2(dst *float32, src *byte, nb int)
//
// nb Q4_0 blocks: byte j holds weight j (low nibble) and j+16 (high);
// dst = d·(nibble − 8), exact.
TEXT ·dequantQ4AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ nb+16(FP), CX

dq4:
	TESTQ        CX, CX
	JEQ          dq4Done
	VPBROADCASTW (SI), X0
	VCVTPH2PS    X0, Y0
	VPMOVZXBD    2(SI), Y1
	VPMOVZXBD    10(SI), Y2
	VPAND        C_NIB, Y1, Y3
	VPAND        C_NIB, Y2, Y4
	VPSRLD       $4, Y1, Y1
	VPSRLD       $4, Y2, Y2
	VPSUBD       C_I8, Y3, Y3
	VPSUBD       C_I8, Y4, Y4
	VPSUBD       C_I8, Y1, Y1
	VPSUBD       C_I8, Y2, Y2
	VCVTDQ2PS    Y3, Y3
	VCVTDQ2PS    Y4, Y4
	VCVTDQ2PS    Y1, Y1
	VCVTDQ2PS    Y2, Y2
	VMULPS       Y3, Y0, Y3
	VMULPS       Y4, Y0, Y4
	VMULPS       Y1, Y0, Y1
	VMULPS       Y2, Y0, Y2
	VMOVUPS      Y3, (DI)
	VMOVUPS      Y4, 32(DI)
	VMOVUPS      Y1, 64(DI)
	VMOVUPS      Y2, 96(DI)
	ADDQ         $18, SI
	ADDQ         $128, DI
	DECQ         CX
	JMP          dq4

dq4Done:
	VZEROUPPER
	RET

// The avx512 path's transcendental kernels: the same float64 arithmetic
// on eight lanes per ZMM register, constants by embedded broadcast. On
// Zen 4, which splits 512-bit operations in two, they still run about
// 1.4× faster than the AVX2 ones (ops_bench_test.go): half the
// instructions keep twice the elements in flight. Each covers n, a
// multiple of 8, sixteen elements per iteration and a last eight.

// EXPRZ(t, k, p) is EXPR on eight lanes, Z31 holding C_CLAMP.
#define EXPRZ(t, k, p) \
	VMAXPD            t, Z31, t; \
	VBROADCASTSD      C_MAGIC, k; \
	VFMADD231PD.BCST  C_LOG2E, t, k; \
	VSUBPD.BCST       C_MAGIC, k, p; \
	VFNMADD231PD.BCST C_LN2, p, t; \
	VPSLLQ            $52, k, k; \
	VPADDQ.BCST       C_ONE, k, k; \
	VBROADCASTSD      C_P9, p; \
	VFMADD213PD.BCST  C_P8, t, p; \
	VFMADD213PD.BCST  C_P7, t, p; \
	VFMADD213PD.BCST  C_P6, t, p; \
	VFMADD213PD.BCST  C_P5, t, p; \
	VFMADD213PD.BCST  C_P4, t, p; \
	VFMADD213PD.BCST  C_P3, t, p; \
	VFMADD213PD.BCST  C_P2, t, p; \
	VFMADD213PD.BCST  C_ONE, t, p

#define EXPZ(t, k, p) \
	EXPRZ(t, k, p); \
	VFMADD213PD.BCST C_ONE, t, p; \
	VMULPD           k, p, t

#define EXPM1Z(t, k, p) \
	EXPRZ(t, k, p); \
	VMULPD           t, p, p; \
	VSUBPD.BCST      C_ONE, k, t; \
	VFMADD231PD      p, k, t

// GELU8Z is GELU4 on eight elements; m is an opmask register.
#define GELU8Z(off, x, t, ty, k, p, m) \
	VCVTPS2PD        off(SI)(AX*4), x; \
	VMULPD           x, x, t; \
	VBROADCASTSD     C_G3, k; \
	VFMADD213PD.BCST C_G1, t, k; \
	VMULPD           x, k, t; \
	EXPZ(t, k, p); \
	VADDPD.BCST      C_ONE, t, t; \
	VDIVPD           t, x, t; \
	VCMPPD.BCST      $5, C_M20, x, m; \
	VMOVAPD.Z        t, m, t; \
	VCVTPS2PD        off(DX)(AX*4), k; \
	VMULPD           k, t, t; \
	VCVTPD2PS        t, ty; \
	VMOVUPS          ty, off(DI)(AX*4)

// func gegluAVX512(y, gate, up *float32, n int)
TEXT ·gegluAVX512(SB), NOSPLIT, $0-32
	MOVQ         y+0(FP), DI
	MOVQ         gate+8(FP), SI
	MOVQ         up+16(FP), DX
	MOVQ         n+24(FP), CX
	VBROADCASTSD C_CLAMP, Z31
	XORQ         AX, AX

gegluz16:
	LEAQ 16(AX), BX
	CMPQ BX, CX
	JGT  gegluz8
	GELU8Z(0, Z0, Z1, Y1, Z2, Z3, K1)
	GELU8Z(32, Z4, Z5, Y5, Z6, Z7, K2)
	ADDQ $16, AX
	JMP  gegluz16

gegluz8:
	CMPQ AX, CX
	JGE  gegluzDone
	GELU8Z(0, Z0, Z1, Y1, Z2, Z3, K1)

gegluzDone:
	VZEROUPPER
	RET

// CAP8Z is CAP4 on eight elements, Z29 holding −2/c and Z30 −c.
#define CAP8Z(off, x, t, ty, k, p) \
	VCVTPS2PD   off(SI)(AX*4), x; \
	VANDPD.BCST C_ABS64, x, t; \
	VMULPD      Z29, t, t; \
	EXPM1Z(t, k, p); \
	VADDPD.BCST C_TWO, t, k; \
	VDIVPD      k, t, t; \
	VMULPD      Z30, t, t; \
	VANDPD.BCST C_SIGN64, x, x; \
	VXORPD      x, t, t; \
	VCVTPD2PS   t, ty; \
	VMOVUPS     ty, off(DI)(AX*4)

// func softCapAVX512(y, x *float32, n int, negTwoOverC, negC float64)
TEXT ·softCapAVX512(SB), NOSPLIT, $0-40
	MOVQ         y+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         n+16(FP), CX
	VBROADCASTSD negTwoOverC+24(FP), Z29
	VBROADCASTSD negC+32(FP), Z30
	VBROADCASTSD C_CLAMP, Z31
	XORQ         AX, AX

capz16:
	LEAQ 16(AX), BX
	CMPQ BX, CX
	JGT  capz8
	CAP8Z(0, Z0, Z1, Y1, Z2, Z3)
	CAP8Z(32, Z4, Z5, Y5, Z6, Z7)
	ADDQ $16, AX
	JMP  capz16

capz8:
	CMPQ AX, CX
	JGE  capzDone
	CAP8Z(0, Z0, Z1, Y1, Z2, Z3)

capzDone:
	VZEROUPPER
	RET

// EXPST8Z is EXPST4 on eight elements, Z30 holding m and Z28 the sum.
#define EXPST8Z(off, t, ty, k, p) \
	VCVTPS2PD off(SI)(AX*4), t; \
	VSUBPD    Z30, t, t; \
	EXPZ(t, k, p); \
	VADDPD    t, Z28, Z28; \
	VCVTPD2PS t, ty; \
	VMOVUPS   ty, off(SI)(AX*4)

// func expStoreAVX512(x *float32, n int, m float64) float64
TEXT ·expStoreAVX512(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD m+16(FP), Z30
	VBROADCASTSD C_CLAMP, Z31
	VXORPD       Z28, Z28, Z28
	XORQ         AX, AX

expstz16:
	LEAQ 16(AX), BX
	CMPQ BX, CX
	JGT  expstz8
	EXPST8Z(0, Z0, Y0, Z1, Z2)
	EXPST8Z(32, Z3, Y3, Z4, Z5)
	ADDQ $16, AX
	JMP  expstz16

expstz8:
	CMPQ AX, CX
	JGE  expstzDone
	EXPST8Z(0, Z0, Y0, Z1, Z2)

expstzDone:
	VEXTRACTF64X4 $1, Z28, Y1
	VADDPD        Y1, Y28, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VHADDPD       X0, X0, X0
	MOVSD         X0, ret+24(FP)
	VZEROUPPER
	RET

// EXPSUM8Z is EXPSUM4 on eight elements, Z30 holding m.
#define EXPSUM8Z(off, t, k, p, acc) \
	VCVTPS2PD off(SI)(AX*4), t; \
	VSUBPD    Z30, t, t; \
	EXPZ(t, k, p); \
	VADDPD    t, acc, acc

// func sumExpAVX512(x *float32, n int, m float64) float64
TEXT ·sumExpAVX512(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD m+16(FP), Z30
	VBROADCASTSD C_CLAMP, Z31
	VXORPD       Z28, Z28, Z28
	VXORPD       Z29, Z29, Z29
	XORQ         AX, AX

sumexpz16:
	LEAQ 16(AX), BX
	CMPQ BX, CX
	JGT  sumexpz8
	EXPSUM8Z(0, Z0, Z1, Z2, Z28)
	EXPSUM8Z(32, Z3, Z4, Z5, Z29)
	ADDQ $16, AX
	JMP  sumexpz16

sumexpz8:
	CMPQ AX, CX
	JGE  sumexpzDone
	EXPSUM8Z(0, Z0, Z1, Z2, Z28)

sumexpzDone:
	VADDPD        Z29, Z28, Z28
	VEXTRACTF64X4 $1, Z28, Y1
	VADDPD        Y1, Y28, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VHADDPD       X0, X0, X0
	MOVSD         X0, ret+24(FP)
	VZEROUPPER
	RET

// The avx512 path's bf16 attention routines: scoresBF16AVX2 and
// wsumBF16AVX2 with sixteen columns per ZMM register (the last eight in
// YMM, single rows as in AVX2): widening in ZMM halves the instructions,
// about 1.4× faster. The float32 forms gain nothing from ZMM (they are
// bound by the cache's bandwidth) and stay AVX2 on both paths.

// SCZ4SUM finishes four ZMM row accumulators Z0–Z3 (and the YMM partial
// sums Y4–Y7 of the last eight columns, already added in) into
// sc[0..4)·scale and advances the four row pointers by R13.
#define SCZ4SUM \
	VADDPS       Y4, Y0, Y0; \
	VADDPS       Y5, Y1, Y1; \
	VADDPS       Y6, Y2, Y2; \
	VADDPS       Y7, Y3, Y3; \
	VHADDPS      Y1, Y0, Y0; \
	VHADDPS      Y3, Y2, Y2; \
	VHADDPS      Y2, Y0, Y0; \
	VEXTRACTF128 $1, Y0, X1; \
	VADDPS       X1, X0, X0; \
	VMULPS       X15, X0, X0; \
	VMOVUPS      X0, (DI); \
	ADDQ         $16, DI; \
	ADDQ         R13, R8; \
	ADDQ         R13, R9; \
	ADDQ         R13, R10; \
	ADDQ         R13, R11

// SCZ4FOLD folds the upper halves of Z0–Z3 into Y4–Y7.
#define SCZ4FOLD \
	VEXTRACTF64X4 $1, Z0, Y4; \
	VEXTRACTF64X4 $1, Z1, Y5; \
	VEXTRACTF64X4 $1, Z2, Y6; \
	VEXTRACTF64X4 $1, Z3, Y7

// WIDEN16Z(mem, r) loads sixteen bf16 at mem as float32 into ZMM r.
#define WIDEN16Z(mem, r) \
	VPMOVZXWD mem, r; \
	VPSLLD    $16, r, r

// func scoresBF16AVX512(sc, q *float32, k *uint16, n, m, stride int, scale float32)
TEXT ·scoresBF16AVX512(SB), NOSPLIT, $0-52
	SCPROLOGUE(1)

schz4:
	CMPQ   CX, $4
	JLT    schz1
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	XORQ   AX, AX

schz4k16:
	CMPQ        AX, R12
	JGE         schz4k8
	VMOVUPS     (SI)(AX*4), Z8
	WIDEN16Z((R8)(AX*2), Z10)
	WIDEN16Z((R9)(AX*2), Z11)
	WIDEN16Z((R10)(AX*2), Z12)
	WIDEN16Z((R11)(AX*2), Z13)
	VFMADD231PS Z10, Z8, Z0
	VFMADD231PS Z11, Z8, Z1
	VFMADD231PS Z12, Z8, Z2
	VFMADD231PS Z13, Z8, Z3
	ADDQ        $16, AX
	JMP         schz4k16

schz4k8:
	SCZ4FOLD
	CMPQ        AX, DX
	JGE         schz4sum
	VMOVUPS     (SI)(AX*4), Y8
	WIDEN8((R8)(AX*2), Y10)
	WIDEN8((R9)(AX*2), Y11)
	WIDEN8((R10)(AX*2), Y12)
	WIDEN8((R11)(AX*2), Y13)
	VFMADD231PS Y10, Y8, Y4
	VFMADD231PS Y11, Y8, Y5
	VFMADD231PS Y12, Y8, Y6
	VFMADD231PS Y13, Y8, Y7

schz4sum:
	SCZ4SUM
	SUBQ $4, CX
	JMP  schz4

schz1:
	TESTQ  CX, CX
	JEQ    schzDone
	VXORPS Y0, Y0, Y0
	VXORPS Y4, Y4, Y4
	XORQ   AX, AX

schz1k16:
	CMPQ        AX, R12
	JGE         schz1k8
	WIDEN8((R8)(AX*2), Y10)
	WIDEN8(16(R8)(AX*2), Y11)
	VFMADD231PS (SI)(AX*4), Y10, Y0
	VFMADD231PS 32(SI)(AX*4), Y11, Y4
	ADDQ        $16, AX
	JMP         schz1k16

schz1k8:
	CMPQ        AX, DX
	JGE         schz1sum
	WIDEN8((R8)(AX*2), Y10)
	VFMADD231PS (SI)(AX*4), Y10, Y0

schz1sum:
	VADDPS       Y4, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VHADDPS      X0, X0, X0
	VHADDPS      X0, X0, X0
	VMULSS       X15, X0, X0
	MOVSS        X0, (DI)
	ADDQ         $4, DI
	ADDQ         BX, R8
	DECQ         CX
	JMP          schz1

schzDone:
	VZEROUPPER
	RET

// func wsumBF16AVX512(o, p *float32, v *uint16, n, m, stride int)
TEXT ·wsumBF16AVX512(SB), NOSPLIT, $0-48
	WSPROLOGUE(1)

wshz4:
	CMPQ         CX, $4
	JLT          wshz1
	VBROADCASTSS (SI), Z12
	VBROADCASTSS 4(SI), Z13
	VBROADCASTSS 8(SI), Z14
	VBROADCASTSS 12(SI), Z15
	XORQ         AX, AX

wshz4k16:
	CMPQ        AX, R12
	JGE         wshz4k8
	VMOVUPS     (DI)(AX*4), Z0
	WIDEN16Z((R8)(AX*2), Z4)
	WIDEN16Z((R9)(AX*2), Z5)
	WIDEN16Z((R10)(AX*2), Z6)
	WIDEN16Z((R11)(AX*2), Z7)
	VFMADD231PS Z4, Z12, Z0
	VFMADD231PS Z5, Z13, Z0
	VFMADD231PS Z6, Z14, Z0
	VFMADD231PS Z7, Z15, Z0
	VMOVUPS     Z0, (DI)(AX*4)
	ADDQ        $16, AX
	JMP         wshz4k16

wshz4k8:
	CMPQ        AX, DX
	JGE         wshz4next
	VMOVUPS     (DI)(AX*4), Y0
	WIDEN8((R8)(AX*2), Y4)
	WIDEN8((R9)(AX*2), Y5)
	WIDEN8((R10)(AX*2), Y6)
	WIDEN8((R11)(AX*2), Y7)
	VFMADD231PS Y4, Y12, Y0
	VFMADD231PS Y5, Y13, Y0
	VFMADD231PS Y6, Y14, Y0
	VFMADD231PS Y7, Y15, Y0
	VMOVUPS     Y0, (DI)(AX*4)

wshz4next:
	ADDQ $16, SI
	ADDQ R13, R8
	ADDQ R13, R9
	ADDQ R13, R10
	ADDQ R13, R11
	SUBQ $4, CX
	JMP  wshz4

wshz1:
	TESTQ        CX, CX
	JEQ          wshzDone
	VBROADCASTSS (SI), Y12
	XORQ         AX, AX

wshz1k8:
	CMPQ        AX, DX
	JGE         wshz1next
	VMOVUPS     (DI)(AX*4), Y0
	WIDEN8((R8)(AX*2), Y4)
	VFMADD231PS Y4, Y12, Y0
	VMOVUPS     Y0, (DI)(AX*4)
	ADDQ        $8, AX
	JMP         wshz1k8

wshz1next:
	ADDQ $4, SI
	ADDQ BX, R8
	DECQ CX
	JMP  wshz1

wshzDone:
	VZEROUPPER
	RET
