// Macros shared by the assembly files: eight row pointers from one, and
// the 8×8 dword transpose that the packs are built from.

// ROWS8 sets R9–R15 to the rows after R8, DX bytes apart, repeating the
// last of CX rows.
#define ROWS8 \
	LEAQ (R8)(DX*1), R9; CMPQ CX, $2; CMOVQLT R8, R9; \
	LEAQ (R9)(DX*1), R10; CMPQ CX, $3; CMOVQLT R9, R10; \
	LEAQ (R10)(DX*1), R11; CMPQ CX, $4; CMOVQLT R10, R11; \
	LEAQ (R11)(DX*1), R12; CMPQ CX, $5; CMOVQLT R11, R12; \
	LEAQ (R12)(DX*1), R13; CMPQ CX, $6; CMOVQLT R12, R13; \
	LEAQ (R13)(DX*1), R14; CMPQ CX, $7; CMOVQLT R13, R14; \
	LEAQ (R14)(DX*1), R15; CMPQ CX, $8; CMOVQLT R14, R15

// TRANSPOSE8 transposes the 8×8 dwords of Y0–Y7 (rows) into Y8–Y15
// (slices), through Y0–Y7.
#define TRANSPOSE8 \
	VPUNPCKLDQ Y1, Y0, Y8; VPUNPCKHDQ Y1, Y0, Y9; \
	VPUNPCKLDQ Y3, Y2, Y10; VPUNPCKHDQ Y3, Y2, Y11; \
	VPUNPCKLDQ Y5, Y4, Y12; VPUNPCKHDQ Y5, Y4, Y13; \
	VPUNPCKLDQ Y7, Y6, Y14; VPUNPCKHDQ Y7, Y6, Y15; \
	VPUNPCKLQDQ Y10, Y8, Y0; VPUNPCKHQDQ Y10, Y8, Y1; \
	VPUNPCKLQDQ Y11, Y9, Y2; VPUNPCKHQDQ Y11, Y9, Y3; \
	VPUNPCKLQDQ Y14, Y12, Y4; VPUNPCKHQDQ Y14, Y12, Y5; \
	VPUNPCKLQDQ Y15, Y13, Y6; VPUNPCKHQDQ Y15, Y13, Y7; \
	VPERM2I128 $0x20, Y4, Y0, Y8; VPERM2I128 $0x31, Y4, Y0, Y12; \
	VPERM2I128 $0x20, Y5, Y1, Y9; VPERM2I128 $0x31, Y5, Y1, Y13; \
	VPERM2I128 $0x20, Y6, Y2, Y10; VPERM2I128 $0x31, Y6, Y2, Y14; \
	VPERM2I128 $0x20, Y7, Y3, Y11; VPERM2I128 $0x31, Y7, Y3, Y15


// The four-token tiles of the packed prefills (qPackedVNNI, qPackedAVX2,
// qPackedAVXVNNI, kq4x16x4AVX2) share their frame: TOKENS4 sets R9–R11
// to the activation rows after R8, DX bytes apart, and YROWS4 R13–R15 to
// the output rows after R12, each repeating the last of CX (1–4) rows;
// Y4–Y7 hold the four tokens' float sums, ZEROY4 clears them, LOADY4 and
// STOREY4 move them from and to the output rows.
#define TOKENS4 \
	LEAQ (R8)(DX*1), R9; CMPQ CX, $2; CMOVQLT R8, R9; \
	LEAQ (R9)(DX*1), R10; CMPQ CX, $3; CMOVQLT R9, R10; \
	LEAQ (R10)(DX*1), R11; CMPQ CX, $4; CMOVQLT R10, R11

#define YROWS4 \
	LEAQ (R12)(DX*1), R13; CMPQ CX, $2; CMOVQLT R12, R13; \
	LEAQ (R13)(DX*1), R14; CMPQ CX, $3; CMOVQLT R13, R14; \
	LEAQ (R14)(DX*1), R15; CMPQ CX, $4; CMOVQLT R14, R15

#define ZEROY4 \
	VXORPS Y4, Y4, Y4; VXORPS Y5, Y5, Y5; VXORPS Y6, Y6, Y6; VXORPS Y7, Y7, Y7

#define LOADY4 \
	VMOVUPS (R12), Y4; VMOVUPS (R13), Y5; VMOVUPS (R14), Y6; VMOVUPS (R15), Y7

#define STOREY4 \
	VMOVUPS Y4, (R12); VMOVUPS Y5, (R13); VMOVUPS Y6, (R14); VMOVUPS Y7, (R15)

// The ZMM prefill tiles (kbf16x16, kf32x16) share their frame: Z0–Z15
// hold 16 tokens' sums of 16 rows, token t's at R8 + t·DX; ZZERO16
// clears them, ZLOAD16 loads them (through R9), ZSTORE16 stores them
// (advancing R8), and ZPREFETCH16 asks for the next tile's rows, 16
// tokens on (through R10, R11), into L1: y's rows are DX apart, in pages
// of their own, where no hardware prefetcher follows them, and a y past
// L2 (a 16384-row matmul's) otherwise stalls every call on 16 misses. A
// prefetch past the matrix is a no-op.
#define ZZERO16 \
	VPXORD Z0, Z0, Z0; \
	VPXORD Z1, Z1, Z1; \
	VPXORD Z2, Z2, Z2; \
	VPXORD Z3, Z3, Z3; \
	VPXORD Z4, Z4, Z4; \
	VPXORD Z5, Z5, Z5; \
	VPXORD Z6, Z6, Z6; \
	VPXORD Z7, Z7, Z7; \
	VPXORD Z8, Z8, Z8; \
	VPXORD Z9, Z9, Z9; \
	VPXORD Z10, Z10, Z10; \
	VPXORD Z11, Z11, Z11; \
	VPXORD Z12, Z12, Z12; \
	VPXORD Z13, Z13, Z13; \
	VPXORD Z14, Z14, Z14; \
	VPXORD Z15, Z15, Z15

#define ZLOAD16 \
	MOVQ R8, R9; \
	VMOVUPS (R9), Z0; ADDQ DX, R9; \
	VMOVUPS (R9), Z1; ADDQ DX, R9; \
	VMOVUPS (R9), Z2; ADDQ DX, R9; \
	VMOVUPS (R9), Z3; ADDQ DX, R9; \
	VMOVUPS (R9), Z4; ADDQ DX, R9; \
	VMOVUPS (R9), Z5; ADDQ DX, R9; \
	VMOVUPS (R9), Z6; ADDQ DX, R9; \
	VMOVUPS (R9), Z7; ADDQ DX, R9; \
	VMOVUPS (R9), Z8; ADDQ DX, R9; \
	VMOVUPS (R9), Z9; ADDQ DX, R9; \
	VMOVUPS (R9), Z10; ADDQ DX, R9; \
	VMOVUPS (R9), Z11; ADDQ DX, R9; \
	VMOVUPS (R9), Z12; ADDQ DX, R9; \
	VMOVUPS (R9), Z13; ADDQ DX, R9; \
	VMOVUPS (R9), Z14; ADDQ DX, R9; \
	VMOVUPS (R9), Z15

#define ZSTORE16 \
	VMOVUPS Z0, (R8); ADDQ DX, R8; \
	VMOVUPS Z1, (R8); ADDQ DX, R8; \
	VMOVUPS Z2, (R8); ADDQ DX, R8; \
	VMOVUPS Z3, (R8); ADDQ DX, R8; \
	VMOVUPS Z4, (R8); ADDQ DX, R8; \
	VMOVUPS Z5, (R8); ADDQ DX, R8; \
	VMOVUPS Z6, (R8); ADDQ DX, R8; \
	VMOVUPS Z7, (R8); ADDQ DX, R8; \
	VMOVUPS Z8, (R8); ADDQ DX, R8; \
	VMOVUPS Z9, (R8); ADDQ DX, R8; \
	VMOVUPS Z10, (R8); ADDQ DX, R8; \
	VMOVUPS Z11, (R8); ADDQ DX, R8; \
	VMOVUPS Z12, (R8); ADDQ DX, R8; \
	VMOVUPS Z13, (R8); ADDQ DX, R8; \
	VMOVUPS Z14, (R8); ADDQ DX, R8; \
	VMOVUPS Z15, (R8)

#define ZPREFETCH16 \
	MOVQ DX, R11; SHLQ $4, R11; LEAQ (R8)(R11*1), R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10); ADDQ DX, R10; \
	PREFETCHT0 (R10)
