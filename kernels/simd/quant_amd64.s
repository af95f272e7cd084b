#include "textflag.h"
#include "rows_amd64.h"

// Q8 activations × Q8_0 / Q4_0 weights (kernels.MatMulQ8_0Q8 and
// kernels.MatMulQ4_0Q8), bit for bit: each block's integer sum is exact
// and reduced to one int32 per (row, token), then, as the scalar twin
// does, y += (d_w·d_x)·float32(isum) with a separate multiply and add in
// block order (d_w·d_x is exact in float32; so is isum, |isum| < 2²⁴).
//
// Every kernel computes eight weight rows (R8–R15, rows stride bytes
// apart; rows past the count repeat the last one, their sums dropped by
// the caller) against one or two activation rows, all nb blocks. The
// per-row vectors of partial sums are reduced by one transposing VPHADDD
// tree to one vector of the eight rows' sums, so the scales and the float
// work are one vector op per block for eight rows: TREE8 for Q8_0 (one
// row per vector, 8 int32 lanes), TREE4 for Q4_0, whose 16-byte blocks
// put two rows in a vector (row r in the low 128-bit lane, row r+4 in the
// high one; the nibbles unpacked with VPAND and VPSRLW against the
// activation's halves broadcast to both lanes, weights 0–15 with x0–15,
// 16–31 with x16–31). The eight weight scales (halves) are gathered
// through a general register (GATHER8) and widened with VCVTPH2PS (F16C).
//
// The AVX2 kernels form the int8 products with VPMADDUBSW, which takes
// unsigned × signed bytes into saturating int16 pair sums:
//   - Q8_0: |w| × x·sign(w) (VPABSB, VPSIGNB). |w| ≤ 128 and |x| ≤ 127,
//     so a pair sum is at most 2·128·127 < 2¹⁵; x = −128 would be wrong,
//     and activations are QuantizeQ8's, which never writes it;
//   - Q4_0: nibble (0–15, unsigned) × x, minus 8·x in the same pairs
//     (VPMADDUBSW of 8s and x once per activation block), exact for all
//     x: a pair sum of the low and the high nibbles' products is at most
//     2·2·15·128 + 4·8·128 < 2¹⁵ in magnitude.
// VPMADDWD with ones widens the pair sums to int32.
//
// The VNNI kernels use VPDPBUSD (AVX512_VNNI, EVEX on ymm), unsigned ×
// signed bytes summed four at a time into int32 with no saturation:
//   - Q8_0: (w ⊕ 0x80) = w+128 as the unsigned operand, x signed; the
//     accumulator starts at −128·Σx (per lane, one VPDPBUSD of 0x80s and
//     x per activation block, shared by the eight rows). Exact for all
//     bytes, −128 included;
//   - Q4_0: nibble × x, the accumulator starting at −8·Σx.

// GATHER8 loads the scale halves at off of the eight rows into xr (row 0
// in the lowest word), through DX.
#define GATHER8(off, xr) \
	MOVWQZX (R11)(off*1), DX; SHLQ $16, DX; MOVW (R10)(off*1), DX; SHLQ $16, DX; \
	MOVW (R9)(off*1), DX; SHLQ $16, DX; MOVW (R8)(off*1), DX; \
	VMOVQ DX, xr; \
	MOVWQZX (R15)(off*1), DX; SHLQ $16, DX; MOVW (R14)(off*1), DX; SHLQ $16, DX; \
	MOVW (R13)(off*1), DX; SHLQ $16, DX; MOVW (R12)(off*1), DX; \
	VPINSRQ $1, DX, xr, xr

// PREFETCHQ8(nx) and PREFETCHQ4(nx) ask for this block of the next
// eight-row group, which is one contiguous run of bytes (8·34 or 8·18 per
// block, at nx + 8·offset), into L2. The weight rows of a group are too
// close together for the hardware prefetcher, which follows each 4 KiB
// page on its own and sees several rows interleaved in one page: on Zen 4
// this doubles a decode matvec's bandwidth (10 → 20+ GB/s). A prefetch
// past the last group, or past w, is harmless: it never faults.
#define PREFETCHQ8(nx) \
	PREFETCHT1 (nx)(AX*8); PREFETCHT1 64(nx)(AX*8); PREFETCHT1 128(nx)(AX*8); \
	PREFETCHT1 192(nx)(AX*8); PREFETCHT1 256(nx)(AX*8)

#define PREFETCHQ4(nx) \
	PREFETCHT1 (nx)(BX*8); PREFETCHT1 64(nx)(BX*8); PREFETCHT1 128(nx)(BX*8)

// NEXT8(nx) sets nx to the row after the group, R8 + 8·DX (DX the stride).
#define NEXT8(nx) \
	MOVQ DX, nx; SHLQ $3, nx; ADDQ R8, nx

// TREE8 reduces eight vectors of 8 int32 lanes to a0 = their eight sums,
// a0's first, clobbering a1–a7.
#define TREE8(a0, a1, a2, a3, a4, a5, a6, a7) \
	VPHADDD a1, a0, a0; VPHADDD a3, a2, a2; VPHADDD a5, a4, a4; VPHADDD a7, a6, a6; \
	VPHADDD a2, a0, a0; VPHADDD a6, a4, a4; \
	VPERM2I128 $0x20, a4, a0, a1; VPERM2I128 $0x31, a4, a0, a2; \
	VPADDD a2, a1, a0

// TREE4 reduces four vectors of two rows' 4 int32 lanes each (a_i: rows i
// and i+4) to a0 = the eight rows' sums in row order, clobbering a1–a3.
#define TREE4(a0, a1, a2, a3) \
	VPHADDD a1, a0, a0; VPHADDD a3, a2, a2; VPHADDD a2, a0, a0

// ----- AVX2.

// One Q8_0 row block against x (Y8): Y15 int16 ones, Y9 and Y10 clobbered.
#define ROWQ8AVX2(r, acc) \
	VMOVDQU 2(r)(AX*1), Y9; \
	VPSIGNB Y9, Y8, Y10; \
	VPABSB Y9, Y9; \
	VPMADDUBSW Y10, Y9, acc; \
	VPMADDWD Y15, acc, acc

// Two Q4_0 row blocks (ra in the low lane, rb in the high) against x's
// halves (Y8, Y9) into acc: Y13 0x0f bytes, Y10 the 8·x pair sums, Y15
// int16 ones; Y4 and Y5 clobbered.
#define PAIRQ4AVX2(ra, rb, acc) \
	VMOVDQU 2(ra)(BX*1), X4; \
	VINSERTI128 $1, 2(rb)(BX*1), Y4, Y4; \
	VPSRLW $4, Y4, Y5; \
	VPAND Y13, Y4, Y4; \
	VPAND Y13, Y5, Y5; \
	VPMADDUBSW Y8, Y4, Y4; \
	VPMADDUBSW Y9, Y5, Y5; \
	VPADDW Y5, Y4, Y4; \
	VPSUBW Y10, Y4, Y4; \
	VPMADDWD Y15, Y4, acc

// SCALE8AVX2: Y14 += (d_w·d_x)·float32(Y0), the weight scales at woff of
// the rows, the activation's at (SI)(AX*1); Y1, Y2 clobbered.
#define SCALE8AVX2(woff) \
	GATHER8(woff, X1); \
	VCVTPH2PS X1, Y1; \
	VPBROADCASTW (SI)(AX*1), X2; \
	VCVTPH2PS X2, Y2; \
	VMULPS Y2, Y1, Y1; \
	VCVTDQ2PS Y0, Y0; \
	VMULPS Y1, Y0, Y0; \
	VADDPS Y0, Y14, Y14

// func q8x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q8x8AVX2(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW $15, Y15, Y15
	VXORPS Y14, Y14, Y14
	XORQ AX, AX

q8x8loop:
	CMPQ AX, CX
	JGE  q8x8done
	PREFETCHQ8(BX)
	VMOVDQU 2(SI)(AX*1), Y8
	ROWQ8AVX2(R8, Y0)
	ROWQ8AVX2(R9, Y1)
	ROWQ8AVX2(R10, Y2)
	ROWQ8AVX2(R11, Y3)
	ROWQ8AVX2(R12, Y4)
	ROWQ8AVX2(R13, Y5)
	ROWQ8AVX2(R14, Y6)
	ROWQ8AVX2(R15, Y7)
	TREE8(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7)
	SCALE8AVX2(AX)
	ADDQ $34, AX
	JMP  q8x8loop

q8x8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y14, (DI)
	VZEROUPPER
	RET

// func q4x8AVX2(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q4x8AVX2(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(DI)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW $15, Y15, Y15
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X13
	VPBROADCASTD X13, Y13
	MOVL $0x08080808, DX
	VMOVD DX, X12
	VPBROADCASTD X12, Y12
	VXORPS Y14, Y14, Y14
	XORQ AX, AX
	XORQ BX, BX

q4x8loop:
	CMPQ AX, CX
	JGE  q4x8done
	PREFETCHQ4(DI)
	VBROADCASTI128 2(SI)(AX*1), Y8
	VBROADCASTI128 18(SI)(AX*1), Y9
	VPMADDUBSW Y8, Y12, Y10
	VPMADDUBSW Y9, Y12, Y11
	VPADDW Y11, Y10, Y10
	PAIRQ4AVX2(R8, R12, Y0)
	PAIRQ4AVX2(R9, R13, Y1)
	PAIRQ4AVX2(R10, R14, Y2)
	PAIRQ4AVX2(R11, R15, Y3)
	TREE4(Y0, Y1, Y2, Y3)
	SCALE8AVX2(BX)
	ADDQ $34, AX
	ADDQ $18, BX
	JMP  q4x8loop

q4x8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y14, (DI)
	VZEROUPPER
	RET

// ----- AVX512_VNNI (EVEX, 256-bit).

// One Q8_0 row block against x (Y16) into acc, starting from Y17 = −128·Σx;
// Y20 0x80 bytes, Y18 clobbered.
#define ROWQ8VNNI(r, acc) \
	VPXORD 2(r)(AX*1), Y20, Y18; \
	VMOVDQA64 Y17, acc; \
	VPDPBUSD Y16, Y18, acc

// NEGSUM4: neg = −8·Σx per lane over both halves (xl, xh), Y20 8s, Y21 zero.
#define NEGSUM4(xl, xh, neg) \
	VPXORD neg, neg, neg; \
	VPDPBUSD xl, Y20, neg; \
	VPDPBUSD xh, Y20, neg; \
	VPSUBD neg, Y21, neg

// NEGSUM: neg = −Σ c·x per lane (c the unsigned bytes of cv), Y21 zero.
#define NEGSUM(x, cv, neg) \
	VPXORD neg, neg, neg; \
	VPDPBUSD x, cv, neg; \
	VPSUBD neg, Y21, neg

// SCALE8VNNI: Y24 += (d_w·d_x)·float32(Y0), as SCALE8AVX2.
#define SCALE8VNNI(woff) \
	GATHER8(woff, X25); \
	VCVTPH2PS X25, Y25; \
	VPBROADCASTW (SI)(AX*1), X26; \
	VCVTPH2PS X26, Y26; \
	VMULPS Y26, Y25, Y25; \
	VCVTDQ2PS Y0, Y0; \
	VMULPS Y25, Y0, Y0; \
	VADDPS Y0, Y24, Y24

// func q8x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q8x8VNNI(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y20
	VPXORD Y21, Y21, Y21
	VPXORD Y24, Y24, Y24
	XORQ AX, AX

q8v8loop:
	CMPQ AX, CX
	JGE  q8v8done
	PREFETCHQ8(BX)
	VMOVDQU64 2(SI)(AX*1), Y16
	NEGSUM(Y16, Y20, Y17)
	ROWQ8VNNI(R8, Y0)
	ROWQ8VNNI(R9, Y1)
	ROWQ8VNNI(R10, Y2)
	ROWQ8VNNI(R11, Y3)
	ROWQ8VNNI(R12, Y4)
	ROWQ8VNNI(R13, Y5)
	ROWQ8VNNI(R14, Y6)
	ROWQ8VNNI(R15, Y7)
	TREE8(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7)
	SCALE8VNNI(AX)
	ADDQ $34, AX
	JMP  q8v8loop

q8v8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y24, (DI)
	VZEROUPPER
	RET

// Two Q4_0 row blocks (ra low lane, rb high) against x's halves (Y8, Y9)
// into acc, from Y10 = −8·Σx; Y13 0x0f bytes, Y4 and Y5 clobbered. The
// registers are VEX ones on purpose: only VPDPBUSD is EVEX, and the
// shorter encodings of the rest made this kernel 6% faster than the same
// code on Y16–Y31 (Zen 5, weights in L2 or streamed alike). GATHER8's
// scalar loads beat VPGATHERDD (28% slower) and an unpack tree is no
// cheaper than TREE4's VPHADDDs.
#define PAIRQ4VNNI(ra, rb, acc) \
	VMOVDQU 2(ra)(BX*1), X4; \
	VINSERTI128 $1, 2(rb)(BX*1), Y4, Y4; \
	VPSRLW $4, Y4, Y5; \
	VPAND Y13, Y4, Y4; \
	VPAND Y13, Y5, Y5; \
	VMOVDQA Y10, acc; \
	VPDPBUSD Y8, Y4, acc; \
	VPDPBUSD Y9, Y5, acc

// func q4x8VNNI(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q4x8VNNI(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(DI)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X13
	VPBROADCASTD X13, Y13
	MOVL $0x08080808, DX
	VMOVD DX, X12
	VPBROADCASTD X12, Y12
	VPXOR Y15, Y15, Y15
	VXORPS Y14, Y14, Y14
	XORQ AX, AX
	XORQ BX, BX

q4v8loop:
	CMPQ AX, CX
	JGE  q4v8done
	PREFETCHQ4(DI)
	VBROADCASTI128 2(SI)(AX*1), Y8
	VBROADCASTI128 18(SI)(AX*1), Y9
	VPXOR Y10, Y10, Y10
	VPDPBUSD Y8, Y12, Y10
	VPDPBUSD Y9, Y12, Y10
	VPSUBD Y10, Y15, Y10
	PAIRQ4VNNI(R8, R12, Y0)
	PAIRQ4VNNI(R9, R13, Y1)
	PAIRQ4VNNI(R10, R14, Y2)
	PAIRQ4VNNI(R11, R15, Y3)
	TREE4(Y0, Y1, Y2, Y3)
	SCALE8AVX2(BX)
	ADDQ $34, AX
	ADDQ $18, BX
	JMP  q4v8loop

q4v8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y14, (DI)
	VZEROUPPER
	RET

// Two tokens: x0 (SI) in Y16 with Y17 = its −c·Σx, x1 (DI) in Y19 with Y28;
// row r's sums into a (token 0) and b (token 1).
#define ROW2Q8VNNI(r, a, b) \
	VPXORD 2(r)(AX*1), Y20, Y18; \
	VMOVDQA64 Y17, a; \
	VPDPBUSD Y16, Y18, a; \
	VMOVDQA64 Y28, b; \
	VPDPBUSD Y19, Y18, b

// Two Q4_0 row blocks (ra low lane, rb high) against two tokens' halves
// (Y16, Y17 from SI with Y18 = −8·Σx; Y19, Y23 from DI with Y28) into a
// and b; Y22 0x0f bytes, Y30 and Y31 clobbered.
#define PAIR2Q4VNNI(ra, rb, a, b) \
	VMOVDQU64 2(ra)(BX*1), X30; \
	VINSERTI32X4 $1, 2(rb)(BX*1), Y30, Y30; \
	VPSRLW $4, Y30, Y31; \
	VPANDD Y22, Y30, Y30; \
	VPANDD Y22, Y31, Y31; \
	VMOVDQA64 Y18, a; \
	VPDPBUSD Y16, Y30, a; \
	VPDPBUSD Y17, Y31, a; \
	VMOVDQA64 Y28, b; \
	VPDPBUSD Y19, Y30, b; \
	VPDPBUSD Y23, Y31, b

// SCALE8X2VNNI: Y24 += (d_w·d_x0)·float32(Y0), Y27 += (d_w·d_x1)·float32(Y8).
#define SCALE8X2VNNI(woff) \
	GATHER8(woff, X25); \
	VCVTPH2PS X25, Y25; \
	VPBROADCASTW (SI)(AX*1), X26; \
	VCVTPH2PS X26, Y26; \
	VPBROADCASTW (DI)(AX*1), X29; \
	VCVTPH2PS X29, Y29; \
	VMULPS Y26, Y25, Y26; \
	VMULPS Y29, Y25, Y29; \
	VCVTDQ2PS Y0, Y0; \
	VMULPS Y26, Y0, Y0; \
	VADDPS Y0, Y24, Y24; \
	VCVTDQ2PS Y8, Y8; \
	VMULPS Y29, Y8, Y8; \
	VADDPS Y8, Y27, Y27

// func q8x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32)
TEXT ·q8x8x2VNNI(SB), NOSPLIT, $0-56
	MOVQ x0+0(FP), SI
	MOVQ x1+8(FP), DI
	MOVQ w+16(FP), R8
	MOVQ stride+24(FP), DX
	MOVQ rows+32(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+40(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y20
	VPXORD Y21, Y21, Y21
	VPXORD Y24, Y24, Y24
	VPXORD Y27, Y27, Y27
	XORQ AX, AX

q8v82loop:
	CMPQ AX, CX
	JGE  q8v82done
	PREFETCHQ8(BX)
	VMOVDQU64 2(SI)(AX*1), Y16
	VMOVDQU64 2(DI)(AX*1), Y19
	NEGSUM(Y16, Y20, Y17)
	NEGSUM(Y19, Y20, Y28)
	ROW2Q8VNNI(R8, Y0, Y8)
	ROW2Q8VNNI(R9, Y1, Y9)
	ROW2Q8VNNI(R10, Y2, Y10)
	ROW2Q8VNNI(R11, Y3, Y11)
	ROW2Q8VNNI(R12, Y4, Y12)
	ROW2Q8VNNI(R13, Y5, Y13)
	ROW2Q8VNNI(R14, Y6, Y14)
	ROW2Q8VNNI(R15, Y7, Y15)
	TREE8(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7)
	TREE8(Y8, Y9, Y10, Y11, Y12, Y13, Y14, Y15)
	SCALE8X2VNNI(AX)
	ADDQ $34, AX
	JMP  q8v82loop

q8v82done:
	MOVQ    out+48(FP), DX
	VMOVUPS Y24, (DX)
	VMOVUPS Y27, 32(DX)
	VZEROUPPER
	RET

// func q4x8x2VNNI(x0, x1, w *byte, stride, rows, nb int, out *[16]float32)
TEXT ·q4x8x2VNNI(SB), NOSPLIT, $0-56
	MOVQ x0+0(FP), SI
	MOVQ x1+8(FP), DI
	MOVQ w+16(FP), R8
	MOVQ stride+24(FP), DX
	MOVQ rows+32(FP), CX
	ROWS8
	MOVQ nb+40(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x08080808, DX
	VPBROADCASTD DX, Y20
	MOVL $0x0f0f0f0f, DX
	VPBROADCASTD DX, Y22
	VPXORD Y21, Y21, Y21
	VPXORD Y24, Y24, Y24
	VPXORD Y27, Y27, Y27
	XORQ AX, AX
	XORQ BX, BX

q4v82loop:
	CMPQ AX, CX
	JGE  q4v82done
	// No register is left for the next group's address: R15 + (R15 − R14)
	// is it when the group has eight rows (and past the range otherwise).
	MOVQ R15, DX
	SUBQ R14, DX
	ADDQ R15, DX
	PREFETCHQ4(DX)
	VBROADCASTI32X4 2(SI)(AX*1), Y16
	VBROADCASTI32X4 18(SI)(AX*1), Y17
	VBROADCASTI32X4 2(DI)(AX*1), Y19
	VBROADCASTI32X4 18(DI)(AX*1), Y23
	NEGSUM4(Y16, Y17, Y18)
	NEGSUM4(Y19, Y23, Y28)
	PAIR2Q4VNNI(R8, R12, Y0, Y8)
	PAIR2Q4VNNI(R9, R13, Y1, Y9)
	PAIR2Q4VNNI(R10, R14, Y2, Y10)
	PAIR2Q4VNNI(R11, R15, Y3, Y11)
	TREE4(Y0, Y1, Y2, Y3)
	TREE4(Y8, Y9, Y10, Y11)
	SCALE8X2VNNI(BX)
	ADDQ $34, AX
	ADDQ $18, BX
	JMP  q4v82loop

q4v82done:
	MOVQ    out+48(FP), DX
	VMOVUPS Y24, (DX)
	VMOVUPS Y27, 32(DX)
	VZEROUPPER
	RET

// ----- QuantizeQ8 (AVX2 + F16C), bit for bit kernels.QuantizeQ8_0 on
// finite inputs: per block amax = max|x| (VMAXPS of |x|), the scale
// h = half(amax/127) (VDIVPS, then VCVTPS2PH round-to-nearest-even as
// kernels.F32ToF16), d = float32(h), and q = round(x/d) (VDIVPS: the same
// correctly rounded float32 quotient), rounding halves away from zero as
// math.Round: t = trunc(q), then t ± 1 where |q − t| ≥ ½ (q − t is exact).
// q is clamped to [−127, 127], zero where d = 0, and packed to bytes.

DATA q8perm<>+0(SB)/4, $0
DATA q8perm<>+4(SB)/4, $4
DATA q8perm<>+8(SB)/4, $1
DATA q8perm<>+12(SB)/4, $5
DATA q8perm<>+16(SB)/4, $2
DATA q8perm<>+20(SB)/4, $6
DATA q8perm<>+24(SB)/4, $3
DATA q8perm<>+28(SB)/4, $7
GLOBL q8perm<>(SB), RODATA|NOPTR, $32

// QROUND(v): v = the int32 q of the floats in v, d in Y4, the d ≠ 0 mask
// in Y5; Y6, Y7 clobbered.
#define QROUND(v) \
	VDIVPS Y4, v, v; \
	VROUNDPS $3, v, Y6; \
	VSUBPS Y6, v, Y7; \
	VANDPS Y15, Y7, Y7; \
	VCMPPS $13, Y12, Y7, Y7; \
	VANDPS Y10, v, v; \
	VORPS Y11, v, v; \
	VANDPS Y7, v, v; \
	VADDPS v, Y6, v; \
	VMINPS Y14, v, v; \
	VMAXPS Y13, v, v; \
	VANDPS Y5, v, v; \
	VCVTTPS2DQ v, v

// func quantizeQ8AVX2(dst *byte, src *float32, nb int)
TEXT ·quantizeQ8AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ nb+16(FP), CX
	VXORPS Y8, Y8, Y8
	VMOVDQU q8perm<>(SB), Y9
	MOVL $0x80000000, AX
	VMOVD AX, X10
	VPBROADCASTD X10, Y10   // sign bit
	MOVL $0x3f800000, AX
	VMOVD AX, X11
	VPBROADCASTD X11, Y11   // 1.0
	MOVL $0x3f000000, AX
	VMOVD AX, X12
	VPBROADCASTD X12, Y12   // 0.5
	MOVL $0xc2fe0000, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13   // −127.0
	MOVL $0x42fe0000, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14   // 127.0
	MOVL $0x7fffffff, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15   // |·| mask
	TESTQ CX, CX
	JZ    q8qdone

q8qloop:
	VMOVUPS (SI), Y0
	VMOVUPS 32(SI), Y1
	VMOVUPS 64(SI), Y2
	VMOVUPS 96(SI), Y3
	VANDPS  Y15, Y0, Y4
	VANDPS  Y15, Y1, Y5
	VMAXPS  Y5, Y4, Y4
	VANDPS  Y15, Y2, Y5
	VANDPS  Y15, Y3, Y6
	VMAXPS  Y6, Y5, Y5
	VMAXPS  Y5, Y4, Y4
	VEXTRACTF128 $1, Y4, X5
	VMAXPS  X5, X4, X4
	VPERMILPS $0x4e, X4, X5
	VMAXPS  X5, X4, X4
	VPERMILPS $0xb1, X4, X5
	VMAXPS  X5, X4, X4
	VDIVPS  X14, X4, X4
	VCVTPS2PH $0, X4, X4
	VPEXTRW $0, X4, AX
	MOVW    AX, (DI)
	VPBROADCASTW X4, X4
	VCVTPH2PS X4, Y4
	VCMPPS  $4, Y8, Y4, Y5
	QROUND(Y0)
	QROUND(Y1)
	QROUND(Y2)
	QROUND(Y3)
	VPACKSSDW Y1, Y0, Y0
	VPACKSSDW Y3, Y2, Y2
	VPACKSSWB Y2, Y0, Y0
	VPERMD  Y0, Y9, Y0
	VMOVDQU Y0, 2(DI)
	ADDQ $128, SI
	ADDQ $34, DI
	DECQ CX
	JNZ  q8qloop

q8qdone:
	VZEROUPPER
	RET

// ----- Packed prefill (AVX512_VNNI), for many tokens: the VPHADDD trees
// of the kernels above cost as much as their products, so for prefill an
// eight-row group's weights are first packed, a chunk of blocks at a time,
// into a layout whose VPDPBUSD lanes are the eight rows: per block, eight
// slices of 32 bytes (slice k holds bytes 4k…4k+3 of each row, an 8×8
// transpose of dwords), then −128·Σw per row (int32), then the rows'
// scales (float32): qPackBytes = 320 bytes. The kernel broadcasts each
// dword of an activation block, biased to unsigned (x ⊕ 0x80 = x+128),
// and eight VPDPBUSDs leave the eight rows' exact block sums, plus
// 128·Σw, which the accumulator started from minus. Four tokens share
// each slice load. The integer sums and the float work are the same as
// the other kernels', so the result is the scalar twin's bit for bit.

DATA q4shift<>+0(SB)/8, $0
DATA q4shift<>+8(SB)/8, $0
DATA q4shift<>+16(SB)/8, $4
DATA q4shift<>+24(SB)/8, $4
GLOBL q4shift<>(SB), RODATA|NOPTR, $32

// PACKTAIL stores the slices Y8–Y15, −128·Σw and the scales (at woff)
// of one block at DI; Y20 0x80 bytes, Y21 zero.
#define PACKTAIL(woff) \
	VMOVDQU Y8, 0(DI); VMOVDQU Y9, 32(DI); VMOVDQU Y10, 64(DI); VMOVDQU Y11, 96(DI); \
	VMOVDQU Y12, 128(DI); VMOVDQU Y13, 160(DI); VMOVDQU Y14, 192(DI); VMOVDQU Y15, 224(DI); \
	VPXORD Y16, Y16, Y16; \
	VPDPBUSD Y8, Y20, Y16; VPDPBUSD Y9, Y20, Y16; VPDPBUSD Y10, Y20, Y16; VPDPBUSD Y11, Y20, Y16; \
	VPDPBUSD Y12, Y20, Y16; VPDPBUSD Y13, Y20, Y16; VPDPBUSD Y14, Y20, Y16; VPDPBUSD Y15, Y20, Y16; \
	VPSUBD Y16, Y21, Y16; \
	VMOVDQU64 Y16, 256(DI); \
	GATHER8(woff, X17); \
	VCVTPH2PS X17, Y17; \
	VMOVUPS Y17, 288(DI)

// The pack routines prefetch the next group as the kernels do (PREFETCHQ8).
//
// func packQ8VNNI(w *byte, stride, nb int, pack *byte)
TEXT ·packQ8VNNI(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $34, CX, CX
	MOVQ pack+24(FP), DI
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y20
	VPXORD Y21, Y21, Y21
	XORQ AX, AX

p8loop:
	CMPQ AX, CX
	JGE  p8done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	PREFETCHT1 192(BX)(AX*8)
	PREFETCHT1 256(BX)(AX*8)
	VMOVDQU 2(R8)(AX*1), Y0
	VMOVDQU 2(R9)(AX*1), Y1
	VMOVDQU 2(R10)(AX*1), Y2
	VMOVDQU 2(R11)(AX*1), Y3
	VMOVDQU 2(R12)(AX*1), Y4
	VMOVDQU 2(R13)(AX*1), Y5
	VMOVDQU 2(R14)(AX*1), Y6
	VMOVDQU 2(R15)(AX*1), Y7
	TRANSPOSE8
	PACKTAIL(AX)
	ADDQ $320, DI
	ADDQ $34, AX
	JMP  p8loop

p8done:
	VZEROUPPER
	RET

// LOADQ4(r, v): the 32 weights of a Q4_0 block, nibble − 8 as signed
// bytes in weight order; Y13 q4shift, Y14 0x0f bytes, Y15 8s.
#define LOADQ4(r, v) \
	VBROADCASTI128 2(r)(AX*1), v; \
	VPSRLVQ Y13, v, v; \
	VPAND Y14, v, v; \
	VPSUBB Y15, v, v

// func packQ4VNNI(w *byte, stride, nb int, pack *byte)
TEXT ·packQ4VNNI(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $18, CX, CX
	MOVQ pack+24(FP), DI
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y20
	VPXORD Y21, Y21, Y21
	XORQ AX, AX

p4loop:
	CMPQ AX, CX
	JGE  p4done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	// The constants live in Y13–Y15, which TRANSPOSE8 overwrites.
	VMOVDQU q4shift<>(SB), Y13
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X14
	VPBROADCASTD X14, Y14
	MOVL $0x08080808, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	LOADQ4(R8, Y0)
	LOADQ4(R9, Y1)
	LOADQ4(R10, Y2)
	LOADQ4(R11, Y3)
	LOADQ4(R12, Y4)
	LOADQ4(R13, Y5)
	LOADQ4(R14, Y6)
	LOADQ4(R15, Y7)
	TRANSPOSE8
	PACKTAIL(AX)
	ADDQ $320, DI
	ADDQ $18, AX
	JMP  p4loop

p4done:
	VZEROUPPER
	RET

// K4(woff, xoff): slice woff of the block against dword xoff of the four
// tokens' blocks (R8–R11), into Y0–Y3; Y21 0x80 bytes.
#define K4(woff, xoff) \
	VMOVDQU64 woff(SI)(BX*1), Y16; \
	VPBROADCASTD xoff(R8)(AX*1), Y17; VPXORD Y21, Y17, Y17; VPDPBUSD Y16, Y17, Y0; \
	VPBROADCASTD xoff(R9)(AX*1), Y18; VPXORD Y21, Y18, Y18; VPDPBUSD Y16, Y18, Y1; \
	VPBROADCASTD xoff(R10)(AX*1), Y19; VPXORD Y21, Y19, Y19; VPDPBUSD Y16, Y19, Y2; \
	VPBROADCASTD xoff(R11)(AX*1), Y20; VPXORD Y21, Y20, Y20; VPDPBUSD Y16, Y20, Y3

// TOKSCALE: f += (d_w·d_x)·float32(acc), d_w the pack's scales (Y22),
// d_x the token's (xr).
#define TOKSCALE(xr, acc, f) \
	VPBROADCASTW (xr)(AX*1), X23; \
	VCVTPH2PS X23, Y23; \
	VMULPS Y23, Y22, Y23; \
	VCVTDQ2PS acc, acc; \
	VMULPS Y23, acc, acc; \
	VADDPS acc, f, f

// func qPackedVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int)
//
// Four tokens (x rows xs bytes apart, ntok ≤ 4 of them real, the rest
// repeating the last) × the packed group of eight rows, nb blocks: the
// eight floats at y (rows ldy floats apart) accumulate the blocks' terms,
// starting from zero when first is nonzero.
TEXT ·qPackedVNNI(SB), NOSPLIT, $0-64
	MOVQ pack+0(FP), SI
	MOVQ x+16(FP), R8
	MOVQ xs+24(FP), DX
	MOVQ ntok+32(FP), CX
	TOKENS4
	MOVQ y+40(FP), R12
	MOVQ ldy+48(FP), DX
	SHLQ $2, DX
	YROWS4
	ZEROY4
	MOVQ first+56(FP), DX
	TESTQ DX, DX
	JNZ  qpstart
	LOADY4

qpstart:
	MOVQ nb+8(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y21
	XORQ AX, AX
	XORQ BX, BX

qploop:
	CMPQ AX, CX
	JGE  qpdone
	VMOVDQU64 256(SI)(BX*1), Y0
	VMOVDQA64 Y0, Y1
	VMOVDQA64 Y0, Y2
	VMOVDQA64 Y0, Y3
	K4(0, 2)
	K4(32, 6)
	K4(64, 10)
	K4(96, 14)
	K4(128, 18)
	K4(160, 22)
	K4(192, 26)
	K4(224, 30)
	VMOVUPS 288(SI)(BX*1), Y22
	TOKSCALE(R8, Y0, Y4)
	TOKSCALE(R9, Y1, Y5)
	TOKSCALE(R10, Y2, Y6)
	TOKSCALE(R11, Y3, Y7)
	ADDQ $34, AX
	ADDQ $320, BX
	JMP  qploop

qpdone:
	STOREY4
	VZEROUPPER
	RET

// ----- Packed prefill, AVX2: the same pack without −128·Σw (the sign
// trick needs no correction), and per slice |w| (VPABSB, shared by the
// four tokens) × x·sign(w) (VPSIGNB of the broadcast dword) through
// VPMADDUBSW and VPMADDWD into each token's eight row lanes.

// PACKTAILAVX2 stores the slices Y8–Y15 and the scales (at woff) of one
// block at DI.
#define PACKTAILAVX2(woff) \
	VMOVDQU Y8, 0(DI); VMOVDQU Y9, 32(DI); VMOVDQU Y10, 64(DI); VMOVDQU Y11, 96(DI); \
	VMOVDQU Y12, 128(DI); VMOVDQU Y13, 160(DI); VMOVDQU Y14, 192(DI); VMOVDQU Y15, 224(DI); \
	GATHER8(woff, X0); \
	VCVTPH2PS X0, Y0; \
	VMOVUPS Y0, 288(DI)

// func packQ8AVX2(w *byte, stride, nb int, pack *byte)
TEXT ·packQ8AVX2(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $34, CX, CX
	MOVQ pack+24(FP), DI
	XORQ AX, AX

pa8loop:
	CMPQ AX, CX
	JGE  pa8done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	PREFETCHT1 192(BX)(AX*8)
	PREFETCHT1 256(BX)(AX*8)
	VMOVDQU 2(R8)(AX*1), Y0
	VMOVDQU 2(R9)(AX*1), Y1
	VMOVDQU 2(R10)(AX*1), Y2
	VMOVDQU 2(R11)(AX*1), Y3
	VMOVDQU 2(R12)(AX*1), Y4
	VMOVDQU 2(R13)(AX*1), Y5
	VMOVDQU 2(R14)(AX*1), Y6
	VMOVDQU 2(R15)(AX*1), Y7
	TRANSPOSE8
	PACKTAILAVX2(AX)
	ADDQ $320, DI
	ADDQ $34, AX
	JMP  pa8loop

pa8done:
	VZEROUPPER
	RET

// func packQ4AVX2(w *byte, stride, nb int, pack *byte)
TEXT ·packQ4AVX2(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $18, CX, CX
	MOVQ pack+24(FP), DI
	XORQ AX, AX

pa4loop:
	CMPQ AX, CX
	JGE  pa4done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	VMOVDQU q4shift<>(SB), Y13
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X14
	VPBROADCASTD X14, Y14
	MOVL $0x08080808, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	LOADQ4(R8, Y0)
	LOADQ4(R9, Y1)
	LOADQ4(R10, Y2)
	LOADQ4(R11, Y3)
	LOADQ4(R12, Y4)
	LOADQ4(R13, Y5)
	LOADQ4(R14, Y6)
	LOADQ4(R15, Y7)
	TRANSPOSE8
	PACKTAILAVX2(AX)
	ADDQ $320, DI
	ADDQ $18, AX
	JMP  pa4loop

pa4done:
	VZEROUPPER
	RET

// K4AVX2(woff, xoff): slice woff against dword xoff of the four tokens'
// blocks (R8–R11), into Y0–Y3; Y15 int16 ones, Y8–Y13 clobbered.
//
// Q8_0 runs at 75–80% of this body's own ceiling (BenchmarkPeakQ8AVX2,
// Zen 4: 111–123 GOP/s a thread, the tile 88–90). Trimming it further
// did not pay: a pack holding |w| beside w (no VPABSB) with the token
// scales widened once per call (four ops per block and token, not six)
// measured 85–105 GOP/s against 85–104 for this one, alternated; with
// VPSIGNB reading w from memory, 82–87 against 85–95. Four vector ops per
// 32 products is the floor for signed × signed bytes here: the unsigned
// bias trick of kq4x16x4AVX2 would overflow VPMADDUBSW's int16 pairs
// (2·255·127), and splitting w+128 into nibbles costs two VPMADDUBSW.
#define K4AVX2(woff, xoff) \
	VMOVDQU woff(SI)(BX*1), Y8; \
	VPABSB Y8, Y9; \
	VPBROADCASTD xoff(R8)(AX*1), Y10; VPSIGNB Y8, Y10, Y10; VPMADDUBSW Y10, Y9, Y10; VPMADDWD Y15, Y10, Y10; VPADDD Y10, Y0, Y0; \
	VPBROADCASTD xoff(R9)(AX*1), Y11; VPSIGNB Y8, Y11, Y11; VPMADDUBSW Y11, Y9, Y11; VPMADDWD Y15, Y11, Y11; VPADDD Y11, Y1, Y1; \
	VPBROADCASTD xoff(R10)(AX*1), Y12; VPSIGNB Y8, Y12, Y12; VPMADDUBSW Y12, Y9, Y12; VPMADDWD Y15, Y12, Y12; VPADDD Y12, Y2, Y2; \
	VPBROADCASTD xoff(R11)(AX*1), Y13; VPSIGNB Y8, Y13, Y13; VPMADDUBSW Y13, Y9, Y13; VPMADDWD Y15, Y13, Y13; VPADDD Y13, Y3, Y3

// TOKSCALEAVX2: f += (d_w·d_x)·float32(acc), d_w in Y14; Y12 clobbered.
#define TOKSCALEAVX2(xr, acc, f) \
	VPBROADCASTW (xr)(AX*1), X12; \
	VCVTPH2PS X12, Y12; \
	VMULPS Y12, Y14, Y12; \
	VCVTDQ2PS acc, acc; \
	VMULPS Y12, acc, acc; \
	VADDPS acc, f, f

// K4Q4AVX2 is K4AVX2 for Q4_0's weights (−8…7): a slice's pair sums are
// at most 2·8·127 in magnitude, so the block's eight add up in int16
// (≤ 16256) and are widened once per block (VPMADDWD after the eighth),
// not once per slice: three vector ops per slice and token instead of four.
#define K4Q4AVX2(woff, xoff) \
	VMOVDQU woff(SI)(BX*1), Y8; \
	VPABSB Y8, Y9; \
	VPBROADCASTD xoff(R8)(AX*1), Y10; VPSIGNB Y8, Y10, Y10; VPMADDUBSW Y10, Y9, Y10; VPADDW Y10, Y0, Y0; \
	VPBROADCASTD xoff(R9)(AX*1), Y11; VPSIGNB Y8, Y11, Y11; VPMADDUBSW Y11, Y9, Y11; VPADDW Y11, Y1, Y1; \
	VPBROADCASTD xoff(R10)(AX*1), Y12; VPSIGNB Y8, Y12, Y12; VPMADDUBSW Y12, Y9, Y12; VPADDW Y12, Y2, Y2; \
	VPBROADCASTD xoff(R11)(AX*1), Y13; VPSIGNB Y8, Y13, Y13; VPMADDUBSW Y13, Y9, Y13; VPADDW Y13, Y3, Y3

// func qPackedAVX2(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first, q4 int)
//
// q4 nonzero: a Q4_0 pack, whose slices K4Q4AVX2 sums in int16.
//
// qPackedVNNI on AVX2.
TEXT ·qPackedAVX2(SB), NOSPLIT, $0-72
	MOVQ pack+0(FP), SI
	MOVQ x+16(FP), R8
	MOVQ xs+24(FP), DX
	MOVQ ntok+32(FP), CX
	TOKENS4
	MOVQ y+40(FP), R12
	MOVQ ldy+48(FP), DX
	SHLQ $2, DX
	YROWS4
	ZEROY4
	MOVQ first+56(FP), DX
	TESTQ DX, DX
	JNZ  qpastart
	LOADY4

qpastart:
	MOVQ nb+8(FP), CX
	IMUL3Q $34, CX, CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW $15, Y15, Y15
	XORQ AX, AX
	XORQ BX, BX
	MOVQ q4+64(FP), DX

qpaloop:
	CMPQ AX, CX
	JGE  qpadone
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	TESTQ DX, DX
	JNZ  qpaq4
	K4AVX2(0, 2)
	K4AVX2(32, 6)
	K4AVX2(64, 10)
	K4AVX2(96, 14)
	K4AVX2(128, 18)
	K4AVX2(160, 22)
	K4AVX2(192, 26)
	K4AVX2(224, 30)
	JMP  qpascale

qpaq4:
	K4Q4AVX2(0, 2)
	K4Q4AVX2(32, 6)
	K4Q4AVX2(64, 10)
	K4Q4AVX2(96, 14)
	K4Q4AVX2(128, 18)
	K4Q4AVX2(160, 22)
	K4Q4AVX2(192, 26)
	K4Q4AVX2(224, 30)
	VPMADDWD Y15, Y0, Y0
	VPMADDWD Y15, Y1, Y1
	VPMADDWD Y15, Y2, Y2
	VPMADDWD Y15, Y3, Y3

qpascale:
	VMOVUPS 288(SI)(BX*1), Y14
	TOKSCALEAVX2(R8, Y0, Y4)
	TOKSCALEAVX2(R9, Y1, Y5)
	TOKSCALEAVX2(R10, Y2, Y6)
	TOKSCALEAVX2(R11, Y3, Y7)
	ADDQ $34, AX
	ADDQ $320, BX
	JMP  qpaloop

qpadone:
	STOREY4
	VZEROUPPER
	RET



// ----- AVX-VNNI (VEX, 256-bit): the AVX512_VNNI kernels above (direct
// one-token ones and the packed prefill, the same biasing and the same
// pack layout) on the sixteen VEX registers, for CPUs with VPDPBUSD on
// ymm but no AVX-512 (Alder Lake, Sierra Forest and later Intel cores;
// Zen 5 has both). There are no two-token forms: eight rows × two tokens
// of accumulators alone fill the register file.
//
// The Go assembler knows VPDPBUSD only in its EVEX form, so VPDPBUSDY
// writes the VEX one as bytes: VPDPBUSD ymm(acc), ymm(u), ymm(s), that is
// acc += Σ₄ u (unsigned bytes) × s (signed bytes) per dword, encoded
// VEX.256.66.0F38.W0 50 /r (Intel SDM: ModRM.reg = acc, VEX.vvvv = u,
// ModRM.rm = s). The arguments are register numbers 0–15, in the Go
// operand order of the mnemonic it stands for (VPDPBUSD Ys, Yu, Yacc):
//   C4                       three-byte VEX
//   ¬R X̄=1 ¬B 00010          R = acc bit 3, B = s bit 3, map 0F38
//   W=0 ¬vvvv L=1 pp=01      vvvv = u, 256-bit, 66 prefix
//   50                       the opcode
//   11 acc[2:0] s[2:0]       register-direct ModRM
// objdump -d of a test binary shows each as "{vex} vpdpbusd".
#define VPDPBUSDY(s, u, acc) \
	BYTE $0xC4; BYTE $(0xE2 ^ ((acc&8)<<4) ^ ((s&8)<<2)); \
	BYTE $(0x7D ^ (u<<3)); BYTE $0x50; BYTE $(0xC0 | ((acc&7)<<3) | (s&7))

DATA b80<>+0(SB)/4, $0x80808080
GLOBL b80<>(SB), RODATA|NOPTR, $4

// One Q8_0 row block against x (Y8) into acc (register number n), from
// Y11 = −128·Σx; Y10 0x80 bytes, Y9 clobbered.
#define ROWQ8AVXVNNI(r, acc, n) \
	VPXOR 2(r)(AX*1), Y10, Y9; \
	VMOVDQA Y11, acc; \
	VPDPBUSDY(8, 9, n)

// func q8x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q8x8AVXVNNI(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	VPBROADCASTD b80<>(SB), Y10
	VPXOR Y12, Y12, Y12
	VXORPS Y14, Y14, Y14
	XORQ AX, AX

q8a8loop:
	CMPQ AX, CX
	JGE  q8a8done
	PREFETCHQ8(BX)
	VMOVDQU 2(SI)(AX*1), Y8
	VPXOR Y11, Y11, Y11
	VPDPBUSDY(8, 10, 11)
	VPSUBD Y11, Y12, Y11
	ROWQ8AVXVNNI(R8, Y0, 0)
	ROWQ8AVXVNNI(R9, Y1, 1)
	ROWQ8AVXVNNI(R10, Y2, 2)
	ROWQ8AVXVNNI(R11, Y3, 3)
	ROWQ8AVXVNNI(R12, Y4, 4)
	ROWQ8AVXVNNI(R13, Y5, 5)
	ROWQ8AVXVNNI(R14, Y6, 6)
	ROWQ8AVXVNNI(R15, Y7, 7)
	TREE8(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7)
	SCALE8AVX2(AX)
	ADDQ $34, AX
	JMP  q8a8loop

q8a8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y14, (DI)
	VZEROUPPER
	RET

// Two Q4_0 row blocks (ra low lane, rb high) against x's halves (Y8, Y9)
// into acc (register number n), from Y10 = −8·Σx; Y13 0x0f bytes, Y4 and
// Y5 clobbered.
#define PAIRQ4AVXVNNI(ra, rb, acc, n) \
	VMOVDQU 2(ra)(BX*1), X4; \
	VINSERTI128 $1, 2(rb)(BX*1), Y4, Y4; \
	VPSRLW $4, Y4, Y5; \
	VPAND Y13, Y4, Y4; \
	VPAND Y13, Y5, Y5; \
	VMOVDQA Y10, acc; \
	VPDPBUSDY(8, 4, n); \
	VPDPBUSDY(9, 5, n)

// func q4x8AVXVNNI(x, w *byte, stride, rows, nb int, out *[8]float32)
TEXT ·q4x8AVXVNNI(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), SI
	MOVQ w+8(FP), R8
	MOVQ stride+16(FP), DX
	MOVQ rows+24(FP), CX
	NEXT8(DI)
	ROWS8
	MOVQ nb+32(FP), CX
	IMUL3Q $34, CX, CX
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X13
	VPBROADCASTD X13, Y13
	MOVL $0x08080808, DX
	VMOVD DX, X12
	VPBROADCASTD X12, Y12
	VPXOR Y15, Y15, Y15
	VXORPS Y14, Y14, Y14
	XORQ AX, AX
	XORQ BX, BX

q4a8loop:
	CMPQ AX, CX
	JGE  q4a8done
	PREFETCHQ4(DI)
	VBROADCASTI128 2(SI)(AX*1), Y8
	VBROADCASTI128 18(SI)(AX*1), Y9
	VPXOR Y10, Y10, Y10
	VPDPBUSDY(8, 12, 10)
	VPDPBUSDY(9, 12, 10)
	VPSUBD Y10, Y15, Y10
	PAIRQ4AVXVNNI(R8, R12, Y0, 0)
	PAIRQ4AVXVNNI(R9, R13, Y1, 1)
	PAIRQ4AVXVNNI(R10, R14, Y2, 2)
	PAIRQ4AVXVNNI(R11, R15, Y3, 3)
	TREE4(Y0, Y1, Y2, Y3)
	SCALE8AVX2(BX)
	ADDQ $34, AX
	ADDQ $18, BX
	JMP  q4a8loop

q4a8done:
	MOVQ    out+40(FP), DI
	VMOVUPS Y14, (DI)
	VZEROUPPER
	RET

// PACKTAILAVXVNNI is PACKTAIL on VEX registers: the slices Y8–Y15, then
// −128·Σw per row, then the scales (at woff), of one block at DI; Y0–Y3
// clobbered.
#define PACKTAILAVXVNNI(woff) \
	VMOVDQU Y8, 0(DI); VMOVDQU Y9, 32(DI); VMOVDQU Y10, 64(DI); VMOVDQU Y11, 96(DI); \
	VMOVDQU Y12, 128(DI); VMOVDQU Y13, 160(DI); VMOVDQU Y14, 192(DI); VMOVDQU Y15, 224(DI); \
	VPBROADCASTD b80<>(SB), Y1; \
	VPXOR Y0, Y0, Y0; \
	VPDPBUSDY(8, 1, 0); VPDPBUSDY(9, 1, 0); VPDPBUSDY(10, 1, 0); VPDPBUSDY(11, 1, 0); \
	VPDPBUSDY(12, 1, 0); VPDPBUSDY(13, 1, 0); VPDPBUSDY(14, 1, 0); VPDPBUSDY(15, 1, 0); \
	VPXOR Y2, Y2, Y2; \
	VPSUBD Y0, Y2, Y0; \
	VMOVDQU Y0, 256(DI); \
	GATHER8(woff, X3); \
	VCVTPH2PS X3, Y3; \
	VMOVUPS Y3, 288(DI)

// func packQ8AVXVNNI(w *byte, stride, nb int, pack *byte)
TEXT ·packQ8AVXVNNI(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $34, CX, CX
	MOVQ pack+24(FP), DI
	XORQ AX, AX

pv8loop:
	CMPQ AX, CX
	JGE  pv8done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	PREFETCHT1 192(BX)(AX*8)
	PREFETCHT1 256(BX)(AX*8)
	VMOVDQU 2(R8)(AX*1), Y0
	VMOVDQU 2(R9)(AX*1), Y1
	VMOVDQU 2(R10)(AX*1), Y2
	VMOVDQU 2(R11)(AX*1), Y3
	VMOVDQU 2(R12)(AX*1), Y4
	VMOVDQU 2(R13)(AX*1), Y5
	VMOVDQU 2(R14)(AX*1), Y6
	VMOVDQU 2(R15)(AX*1), Y7
	TRANSPOSE8
	PACKTAILAVXVNNI(AX)
	ADDQ $320, DI
	ADDQ $34, AX
	JMP  pv8loop

pv8done:
	VZEROUPPER
	RET

// func packQ4AVXVNNI(w *byte, stride, nb int, pack *byte)
TEXT ·packQ4AVXVNNI(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	NEXT8(BX)
	MOVQ $8, CX
	ROWS8
	MOVQ nb+16(FP), CX
	IMUL3Q $18, CX, CX
	MOVQ pack+24(FP), DI
	XORQ AX, AX

pv4loop:
	CMPQ AX, CX
	JGE  pv4done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	VMOVDQU q4shift<>(SB), Y13
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X14
	VPBROADCASTD X14, Y14
	MOVL $0x08080808, DX
	VMOVD DX, X15
	VPBROADCASTD X15, Y15
	LOADQ4(R8, Y0)
	LOADQ4(R9, Y1)
	LOADQ4(R10, Y2)
	LOADQ4(R11, Y3)
	LOADQ4(R12, Y4)
	LOADQ4(R13, Y5)
	LOADQ4(R14, Y6)
	LOADQ4(R15, Y7)
	TRANSPOSE8
	PACKTAILAVXVNNI(AX)
	ADDQ $320, DI
	ADDQ $18, AX
	JMP  pv4loop

pv4done:
	VZEROUPPER
	RET

// K4AVXVNNI(woff, xoff): K4 on VEX registers, slice woff (Y8) against
// dword xoff of the four tokens' blocks (R8–R11, biased into Y9–Y12) into
// Y0–Y3; Y13 0x80 bytes.
#define K4AVXVNNI(woff, xoff) \
	VMOVDQU woff(SI)(BX*1), Y8; \
	VPBROADCASTD xoff(R8)(AX*1), Y9; VPXOR Y13, Y9, Y9; VPDPBUSDY(8, 9, 0); \
	VPBROADCASTD xoff(R9)(AX*1), Y10; VPXOR Y13, Y10, Y10; VPDPBUSDY(8, 10, 1); \
	VPBROADCASTD xoff(R10)(AX*1), Y11; VPXOR Y13, Y11, Y11; VPDPBUSDY(8, 11, 2); \
	VPBROADCASTD xoff(R11)(AX*1), Y12; VPXOR Y13, Y12, Y12; VPDPBUSDY(8, 12, 3)

// func qPackedAVXVNNI(pack *byte, nb int, x *byte, xs, ntok int, y *float32, ldy, first int)
//
// qPackedVNNI on AVX-VNNI.
TEXT ·qPackedAVXVNNI(SB), NOSPLIT, $0-64
	MOVQ pack+0(FP), SI
	MOVQ x+16(FP), R8
	MOVQ xs+24(FP), DX
	MOVQ ntok+32(FP), CX
	TOKENS4
	MOVQ y+40(FP), R12
	MOVQ ldy+48(FP), DX
	SHLQ $2, DX
	YROWS4
	ZEROY4
	MOVQ first+56(FP), DX
	TESTQ DX, DX
	JNZ  qpvstart
	LOADY4

qpvstart:
	MOVQ nb+8(FP), CX
	IMUL3Q $34, CX, CX
	VPBROADCASTD b80<>(SB), Y13
	XORQ AX, AX
	XORQ BX, BX

qpvloop:
	CMPQ AX, CX
	JGE  qpvdone
	VMOVDQU 256(SI)(BX*1), Y0
	VMOVDQA Y0, Y1
	VMOVDQA Y0, Y2
	VMOVDQA Y0, Y3
	K4AVXVNNI(0, 2)
	K4AVXVNNI(32, 6)
	K4AVXVNNI(64, 10)
	K4AVXVNNI(96, 14)
	K4AVXVNNI(128, 18)
	K4AVXVNNI(160, 22)
	K4AVXVNNI(192, 26)
	K4AVXVNNI(224, 30)
	VMOVUPS 288(SI)(BX*1), Y14
	TOKSCALEAVX2(R8, Y0, Y4)
	TOKSCALEAVX2(R9, Y1, Y5)
	TOKSCALEAVX2(R10, Y2, Y6)
	TOKSCALEAVX2(R11, Y3, Y7)
	ADDQ $34, AX
	ADDQ $320, BX
	JMP  qpvloop

qpvdone:
	STOREY4
	VZEROUPPER
	RET


// ----- Packed prefill on ZMM (AVX512_VNNI, math=fast Q8_0/Q4_0, T ≥
// qPackMinT): a 16-row × 8-token register tile whose products are one
// VPDPBUSD each with an embedded dword broadcast of the activation, so
// that the instruction does nothing but multiply: 64 per block for 16×8
// (row, token) pairs, against the ymm tile's 32 VPDPBUSD, 32 broadcasts
// and 32 XORs for 8×4 (1.9× the ymm kernel's GOP/s, quant_bench_test.go).
// Here the weights are the unsigned operand, so the packs are:
//   - the weight pack (packW16Q8VNNI, packW16Q4VNNI), per block of 16
//     rows qW16Bytes = 576 bytes: slice s (s < 8) at 64·s holds bytes
//     4s…4s+3 of each row (row r at 4r), as w+128 (Q8_0: w ⊕ 0x80) or
//     the nibble (Q4_0: w+8); then the 16 rows' scales (float32) at 512.
//     Each routine packs eight rows, the low or the high half (the
//     caller adds 32 to the pack for rows 8–15; 512+32 is then their
//     scales' place too);
//   - the activation pack (packX8VNNI), per block of 8 tokens
//     qX8Bytes = 320 bytes: slice s at 32·s holds bytes 4s…4s+3 of each
//     token's block (signed, as quantized), then −c·Σx per token (int32;
//     c = 128 for Q8_0, 8 for Q4_0, the bias of the unsigned weights) at
//     256, then the tokens' scales (float32) at 288.
// Each (row, token) block sum is then exact, from −c·Σx, and the float
// work is the scalar twin's: y += (d_w·d_x)·float32(isum), a multiply
// and an add in block order, so the result is bit for bit.

// W16STORE(bias) stores the slices Y8–Y15, XORed with bias, at 64·s(DI),
// and the eight rows' scales (through DX and X0) at 512(DI).
#define W16STORE(bias) \
	VPXORD bias, Y8, Y8; VPXORD bias, Y9, Y9; VPXORD bias, Y10, Y10; VPXORD bias, Y11, Y11; \
	VPXORD bias, Y12, Y12; VPXORD bias, Y13, Y13; VPXORD bias, Y14, Y14; VPXORD bias, Y15, Y15; \
	VMOVDQU Y8, 0(DI); VMOVDQU Y9, 64(DI); VMOVDQU Y10, 128(DI); VMOVDQU Y11, 192(DI); \
	VMOVDQU Y12, 256(DI); VMOVDQU Y13, 320(DI); VMOVDQU Y14, 384(DI); VMOVDQU Y15, 448(DI); \
	GATHER8(AX, X0); \
	VCVTPH2PS X0, Y0; \
	VMOVUPS Y0, 512(DI)

// func packW16Q8VNNI(w *byte, stride, rows, nb int, pack *byte)
//
// Rows R8… (rows of them, the last repeated up to eight), nb blocks, into
// the weight pack at pack, blocks qW16Bytes apart.
TEXT ·packW16Q8VNNI(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	MOVQ rows+16(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+24(FP), CX
	IMUL3Q $34, CX, CX
	MOVQ pack+32(FP), DI
	MOVL $0x80808080, DX
	VPBROADCASTD DX, Y20
	XORQ AX, AX

w16q8loop:
	CMPQ AX, CX
	JGE  w16q8done
	PREFETCHQ8(BX)
	VMOVDQU 2(R8)(AX*1), Y0
	VMOVDQU 2(R9)(AX*1), Y1
	VMOVDQU 2(R10)(AX*1), Y2
	VMOVDQU 2(R11)(AX*1), Y3
	VMOVDQU 2(R12)(AX*1), Y4
	VMOVDQU 2(R13)(AX*1), Y5
	VMOVDQU 2(R14)(AX*1), Y6
	VMOVDQU 2(R15)(AX*1), Y7
	TRANSPOSE8
	W16STORE(Y20)
	ADDQ $576, DI
	ADDQ $34, AX
	JMP  w16q8loop

w16q8done:
	VZEROUPPER
	RET

// LOADQ4U(r, v): the 32 nibbles of a Q4_0 block as unsigned bytes in
// weight order; Y26 q4shift, Y27 0x0f bytes (EVEX registers, which
// TRANSPOSE8 leaves alone).
#define LOADQ4U(r, v) \
	VBROADCASTI128 2(r)(AX*1), v; \
	VPSRLVQ Y26, v, v; \
	VPANDD Y27, v, v

// func packW16Q4VNNI(w *byte, stride, rows, nb int, pack *byte)
TEXT ·packW16Q4VNNI(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), R8
	MOVQ stride+8(FP), DX
	MOVQ rows+16(FP), CX
	NEXT8(BX)
	ROWS8
	MOVQ nb+24(FP), CX
	IMUL3Q $18, CX, CX
	MOVQ pack+32(FP), DI
	VPXORD Y20, Y20, Y20
	VMOVDQU64 q4shift<>(SB), Y26
	MOVL $0x0f0f0f0f, DX
	VPBROADCASTD DX, Y27
	XORQ AX, AX

w16q4loop:
	CMPQ AX, CX
	JGE  w16q4done
	PREFETCHT1 (BX)(AX*8)
	PREFETCHT1 64(BX)(AX*8)
	PREFETCHT1 128(BX)(AX*8)
	LOADQ4U(R8, Y0)
	LOADQ4U(R9, Y1)
	LOADQ4U(R10, Y2)
	LOADQ4U(R11, Y3)
	LOADQ4U(R12, Y4)
	LOADQ4U(R13, Y5)
	LOADQ4U(R14, Y6)
	LOADQ4U(R15, Y7)
	TRANSPOSE8
	W16STORE(Y20)
	ADDQ $576, DI
	ADDQ $18, AX
	JMP  w16q4loop

w16q4done:
	VZEROUPPER
	RET

// func packX8VNNI(x *byte, xs, ntok, nb, c int, pack *byte)
//
// Tokens R8… (xs bytes apart, ntok of them, the last repeated up to
// eight; a repeated token's sums are computed and dropped), nb Q8 blocks
// each, into the activation pack at pack, blocks qX8Bytes apart.
TEXT ·packX8VNNI(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), R8
	MOVQ xs+8(FP), DX
	MOVQ ntok+16(FP), CX
	ROWS8
	MOVQ nb+24(FP), CX
	IMUL3Q $34, CX, CX
	MOVQ c+32(FP), DX
	NEGQ DX
	VPBROADCASTD DX, Y21
	MOVQ pack+40(FP), DI
	MOVL $0x01010101, DX
	VPBROADCASTD DX, Y20
	XORQ AX, AX

x8loop:
	CMPQ AX, CX
	JGE  x8done
	VMOVDQU 2(R8)(AX*1), Y0
	VMOVDQU 2(R9)(AX*1), Y1
	VMOVDQU 2(R10)(AX*1), Y2
	VMOVDQU 2(R11)(AX*1), Y3
	VMOVDQU 2(R12)(AX*1), Y4
	VMOVDQU 2(R13)(AX*1), Y5
	VMOVDQU 2(R14)(AX*1), Y6
	VMOVDQU 2(R15)(AX*1), Y7
	TRANSPOSE8
	VMOVDQU Y8, 0(DI); VMOVDQU Y9, 32(DI); VMOVDQU Y10, 64(DI); VMOVDQU Y11, 96(DI)
	VMOVDQU Y12, 128(DI); VMOVDQU Y13, 160(DI); VMOVDQU Y14, 192(DI); VMOVDQU Y15, 224(DI)
	// Σx per token: ones (unsigned) × each slice's bytes (signed).
	VPXORD Y22, Y22, Y22
	VPDPBUSD Y8, Y20, Y22; VPDPBUSD Y9, Y20, Y22; VPDPBUSD Y10, Y20, Y22; VPDPBUSD Y11, Y20, Y22
	VPDPBUSD Y12, Y20, Y22; VPDPBUSD Y13, Y20, Y22; VPDPBUSD Y14, Y20, Y22; VPDPBUSD Y15, Y20, Y22
	VPMULLD Y21, Y22, Y22
	VMOVDQU32 Y22, 256(DI)
	GATHER8(AX, X0)
	VCVTPH2PS X0, Y0
	VMOVUPS Y0, 288(DI)
	ADDQ $320, DI
	ADDQ $34, AX
	JMP  x8loop

x8done:
	VZEROUPPER
	RET

// DOTS8(off, zs): weight slice zs against the slice's dword of each of
// the eight tokens (off(DI), 4 bytes apart), into Z16–Z23: slice-major, so
// that consecutive products are independent.
#define DOTS8(off, zs) \
	VPDPBUSD.BCST (off)(DI), zs, Z16; VPDPBUSD.BCST (off+4)(DI), zs, Z17; \
	VPDPBUSD.BCST (off+8)(DI), zs, Z18; VPDPBUSD.BCST (off+12)(DI), zs, Z19; \
	VPDPBUSD.BCST (off+16)(DI), zs, Z20; VPDPBUSD.BCST (off+20)(DI), zs, Z21; \
	VPDPBUSD.BCST (off+24)(DI), zs, Z22; VPDPBUSD.BCST (off+28)(DI), zs, Z23

// SCALE16(off, zi, zf, tmp): zf += (d_w·d_x)·float32(zi), d_w the rows'
// scales (Z8), d_x the token's at off(DI); a multiply and an add, as the
// scalar twin does.
#define SCALE16(off, zi, zf, tmp) \
	VCVTDQ2PS zi, zi; \
	VMULPS.BCST (off)(DI), Z8, tmp; \
	VMULPS tmp, zi, zi; \
	VADDPS zi, zf, zf

// func kq16x8VNNI(wp, xp *byte, nb int, y *float32, ldy, first int)
//
// The 16-row × 8-token tile over nb packed blocks: y[t·ldy+r] for t < 8,
// r < 16, starting from zero when first is nonzero, else adding to y.
// Z0–Z7 the block's weight slices, Z8 its row scales, Z16–Z23 the
// tokens' integer sums, Z24–Z31 their float sums, Z9–Z15 scratch.
TEXT ·kq16x8VNNI(SB), NOSPLIT, $0-48
	MOVQ wp+0(FP), SI
	MOVQ xp+8(FP), DI
	MOVQ nb+16(FP), CX
	MOVQ y+24(FP), R8
	MOVQ ldy+32(FP), DX
	SHLQ $2, DX
	LEAQ (R8)(DX*2), R9
	LEAQ (R8)(DX*4), R10
	LEAQ (R9)(DX*4), R11
	VPXORD Z24, Z24, Z24
	VPXORD Z25, Z25, Z25
	VPXORD Z26, Z26, Z26
	VPXORD Z27, Z27, Z27
	VPXORD Z28, Z28, Z28
	VPXORD Z29, Z29, Z29
	VPXORD Z30, Z30, Z30
	VPXORD Z31, Z31, Z31
	MOVQ first+40(FP), AX
	TESTQ AX, AX
	JNZ  k16start
	VMOVUPS (R8), Z24
	VMOVUPS (R8)(DX*1), Z25
	VMOVUPS (R9), Z26
	VMOVUPS (R9)(DX*1), Z27
	VMOVUPS (R10), Z28
	VMOVUPS (R10)(DX*1), Z29
	VMOVUPS (R11), Z30
	VMOVUPS (R11)(DX*1), Z31

k16start:
	TESTQ CX, CX
	JEQ  k16done

k16loop:
	VMOVDQU32 0(SI), Z0
	VMOVDQU32 64(SI), Z1
	VMOVDQU32 128(SI), Z2
	VMOVDQU32 192(SI), Z3
	VMOVDQU32 256(SI), Z4
	VMOVDQU32 320(SI), Z5
	VMOVDQU32 384(SI), Z6
	VMOVDQU32 448(SI), Z7
	VMOVUPS 512(SI), Z8
	VPBROADCASTD 256(DI), Z16
	VPBROADCASTD 260(DI), Z17
	VPBROADCASTD 264(DI), Z18
	VPBROADCASTD 268(DI), Z19
	VPBROADCASTD 272(DI), Z20
	VPBROADCASTD 276(DI), Z21
	VPBROADCASTD 280(DI), Z22
	VPBROADCASTD 284(DI), Z23
	DOTS8(0, Z0)
	DOTS8(32, Z1)
	DOTS8(64, Z2)
	DOTS8(96, Z3)
	DOTS8(128, Z4)
	DOTS8(160, Z5)
	DOTS8(192, Z6)
	DOTS8(224, Z7)
	SCALE16(288, Z16, Z24, Z9)
	SCALE16(292, Z17, Z25, Z10)
	SCALE16(296, Z18, Z26, Z11)
	SCALE16(300, Z19, Z27, Z12)
	SCALE16(304, Z20, Z28, Z13)
	SCALE16(308, Z21, Z29, Z14)
	SCALE16(312, Z22, Z30, Z15)
	SCALE16(316, Z23, Z31, Z9)
	ADDQ $576, SI
	ADDQ $320, DI
	DECQ CX
	JNZ  k16loop

k16done:
	VMOVUPS Z24, (R8)
	VMOVUPS Z25, (R8)(DX*1)
	VMOVUPS Z26, (R9)
	VMOVUPS Z27, (R9)(DX*1)
	VMOVUPS Z28, (R10)
	VMOVUPS Z29, (R10)(DX*1)
	VMOVUPS Z30, (R11)
	VMOVUPS Z31, (R11)(DX*1)
	VZEROUPPER
	RET

// func peakVNNIDot(n int)
//
// n steps of 16 independent VPDPBUSD zmm (no loads): the instruction's
// throughput, for BenchmarkPeakVNNIDot.
TEXT ·peakVNNIDot(SB), NOSPLIT, $0-8
	MOVQ n+0(FP), CX
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
peakvloop:
	VPDPBUSD Z16, Z17, Z0
	VPDPBUSD Z16, Z17, Z1
	VPDPBUSD Z16, Z17, Z2
	VPDPBUSD Z16, Z17, Z3
	VPDPBUSD Z16, Z17, Z4
	VPDPBUSD Z16, Z17, Z5
	VPDPBUSD Z16, Z17, Z6
	VPDPBUSD Z16, Z17, Z7
	VPDPBUSD Z16, Z17, Z8
	VPDPBUSD Z16, Z17, Z9
	VPDPBUSD Z16, Z17, Z10
	VPDPBUSD Z16, Z17, Z11
	VPDPBUSD Z16, Z17, Z12
	VPDPBUSD Z16, Z17, Z13
	VPDPBUSD Z16, Z17, Z14
	VPDPBUSD Z16, Z17, Z15
	DECQ CX
	JNZ  peakvloop
	VZEROUPPER
	RET

// func peakQ8AVX2(x *byte, n int)
//
// n steps of the AVX2 Q8_0 prefill tile's body without its weight loads:
// four independent chains of VPBROADCASTD (from x, in L1), VPSIGNB,
// VPMADDUBSW, VPMADDWD and VPADDD, 32 products each. Signed × signed
// bytes cost AVX2 this sequence (the bias trick of the unsigned Q4_0 tile
// would overflow VPMADDUBSW's int16 pairs), so its throughput is the
// tile's ceiling (BenchmarkPeakQ8AVX2).
TEXT ·peakQ8AVX2(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW $15, Y15, Y15
	VPXOR Y8, Y8, Y8
	VPXOR Y9, Y9, Y9
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3

peakq8loop:
	VPBROADCASTD 0(SI), Y10; VPSIGNB Y8, Y10, Y10; VPMADDUBSW Y10, Y9, Y10; VPMADDWD Y15, Y10, Y10; VPADDD Y10, Y0, Y0
	VPBROADCASTD 4(SI), Y11; VPSIGNB Y8, Y11, Y11; VPMADDUBSW Y11, Y9, Y11; VPMADDWD Y15, Y11, Y11; VPADDD Y11, Y1, Y1
	VPBROADCASTD 8(SI), Y12; VPSIGNB Y8, Y12, Y12; VPMADDUBSW Y12, Y9, Y12; VPMADDWD Y15, Y12, Y12; VPADDD Y12, Y2, Y2
	VPBROADCASTD 12(SI), Y13; VPSIGNB Y8, Y13, Y13; VPMADDUBSW Y13, Y9, Y13; VPMADDWD Y15, Y13, Y13; VPADDD Y13, Y3, Y3
	DECQ CX
	JNZ  peakq8loop
	VZEROUPPER
	RET

// func peakFMAAVX2(n int)
//
// n steps of 12 independent register-only VFMADD231PS ymm (16 flops
// each): the ceiling of the AVX2 f32/f16/bf16 prefill tile, whose
// weights are widened to f32 in its pack (BenchmarkPeakFMAAVX2).
TEXT ·peakFMAAVX2(SB), NOSPLIT, $0-8
	MOVQ n+0(FP), CX
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13

peakfmaloop:
	VFMADD231PS Y12, Y13, Y0
	VFMADD231PS Y12, Y13, Y1
	VFMADD231PS Y12, Y13, Y2
	VFMADD231PS Y12, Y13, Y3
	VFMADD231PS Y12, Y13, Y4
	VFMADD231PS Y12, Y13, Y5
	VFMADD231PS Y12, Y13, Y6
	VFMADD231PS Y12, Y13, Y7
	VFMADD231PS Y12, Y13, Y8
	VFMADD231PS Y12, Y13, Y9
	VFMADD231PS Y12, Y13, Y10
	VFMADD231PS Y12, Y13, Y11
	DECQ CX
	JNZ  peakfmaloop
	VZEROUPPER
	RET
