#include "textflag.h"

// The AMX bf16 tile (amx.go). The Go assembler knows no AMX instruction:
// each is given as its bytes, as llvm-mc encodes it, with the instruction
// in the comment (Intel's operand order). UNVERIFIED: no machine with AMX
// was at hand when this was written; amx.go runs a self-test before the
// path is offered, and tests hold the driver to an emulation of this
// routine.

// amxcfg is the tile configuration (palette 1): tmm0–tmm3 the 16×16
// float32 sums (16 rows of 64 bytes), tmm4–tmm5 two 16-token × 32-bf16
// activation tiles, tmm6–tmm7 two 16-pair × 16-row weight tiles, every
// one 16 rows of 64 bytes. Bytes: 0 palette, 1 start row, 16–47 the
// bytes per row of tiles 0–15 (uint16), 48–63 their rows.
DATA amxcfg<>+0(SB)/8, $1
DATA amxcfg<>+8(SB)/8, $0
DATA amxcfg<>+16(SB)/8, $0x0040004000400040
DATA amxcfg<>+24(SB)/8, $0x0040004000400040
DATA amxcfg<>+32(SB)/8, $0
DATA amxcfg<>+40(SB)/8, $0
DATA amxcfg<>+48(SB)/8, $0x1010101010101010
DATA amxcfg<>+56(SB)/8, $0
GLOBL amxcfg<>(SB), RODATA|NOPTR, $64

// func amxBF16(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int)
//
// c[t·ldc + 4r] (+)= Σ_k a[t·lda + 2k]·w[r][k] for 32 tokens t and 32
// rows r (lda, ldc in bytes), over nks steps of 32 columns: a is the
// tokens' bf16 rows, b0 and b1 the packs of rows 0–15 and 16–31 as
// [pair][16] dwords (pack16), one 1 KiB weight tile per step. The four
// sums start from zero when first is nonzero, else from c. The whole
// configure–compute–release runs in this one call: assembly is never
// preempted asynchronously, so no other goroutine sees the tile state.
TEXT ·amxBF16(SB), NOSPLIT, $0-64
	LEAQ amxcfg<>(SB), AX
	BYTE $0xc4; BYTE $0xe2; BYTE $0x78; BYTE $0x49; BYTE $0x00 // LDTILECFG (AX)
	MOVQ a+0(FP), R14
	MOVQ lda+8(FP), DX
	MOVQ R14, R15
	MOVQ DX, AX
	SHLQ $4, AX
	ADDQ AX, R15                 // tokens 16–31
	MOVQ b0+16(FP), R8
	MOVQ b1+24(FP), R9
	MOVQ nks+32(FP), CX
	MOVQ c+40(FP), DI
	MOVQ ldc+48(FP), BX
	MOVQ BX, AX
	SHLQ $4, AX
	LEAQ (DI)(AX*1), R11         // the sums of tokens 16–31
	MOVQ $64, R13                // a weight tile's row stride
	MOVQ first+56(FP), AX
	TESTQ AX, AX
	JZ   amxload
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x49; BYTE $0xc0 // TILEZERO TMM0
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x49; BYTE $0xc8 // TILEZERO TMM1
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x49; BYTE $0xd0 // TILEZERO TMM2
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x49; BYTE $0xd8 // TILEZERO TMM3
	JMP  amxstart

amxload:
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x4b; BYTE $0x04; BYTE $0x1f // TILELOADD TMM0, [DI+BX]
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7b; BYTE $0x4b; BYTE $0x4c; BYTE $0x1f; BYTE $0x40 // TILELOADD TMM1, [DI+BX+64]
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7b; BYTE $0x4b; BYTE $0x14; BYTE $0x1b // TILELOADD TMM2, [R11+BX]
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7b; BYTE $0x4b; BYTE $0x5c; BYTE $0x1b; BYTE $0x40 // TILELOADD TMM3, [R11+BX+64]

amxstart:
	TESTQ CX, CX
	JEQ  amxdone

amxloop:
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7b; BYTE $0x4b; BYTE $0x24; BYTE $0x16 // TILELOADD TMM4, [R14+DX]
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7b; BYTE $0x4b; BYTE $0x2c; BYTE $0x17 // TILELOADD TMM5, [R15+DX]
	BYTE $0xc4; BYTE $0x82; BYTE $0x7b; BYTE $0x4b; BYTE $0x34; BYTE $0x28 // TILELOADD TMM6, [R8+R13]
	BYTE $0xc4; BYTE $0x82; BYTE $0x7b; BYTE $0x4b; BYTE $0x3c; BYTE $0x29 // TILELOADD TMM7, [R9+R13]
	BYTE $0xc4; BYTE $0xe2; BYTE $0x4a; BYTE $0x5c; BYTE $0xc4 // TDPBF16PS TMM0, TMM4, TMM6
	BYTE $0xc4; BYTE $0xe2; BYTE $0x42; BYTE $0x5c; BYTE $0xcc // TDPBF16PS TMM1, TMM4, TMM7
	BYTE $0xc4; BYTE $0xe2; BYTE $0x4a; BYTE $0x5c; BYTE $0xd5 // TDPBF16PS TMM2, TMM5, TMM6
	BYTE $0xc4; BYTE $0xe2; BYTE $0x42; BYTE $0x5c; BYTE $0xdd // TDPBF16PS TMM3, TMM5, TMM7
	ADDQ $64, R14
	ADDQ $64, R15
	ADDQ $1024, R8
	ADDQ $1024, R9
	DECQ CX
	JNZ  amxloop

amxdone:
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7a; BYTE $0x4b; BYTE $0x04; BYTE $0x1f // TILESTORED [DI+BX], TMM0
	BYTE $0xc4; BYTE $0xe2; BYTE $0x7a; BYTE $0x4b; BYTE $0x4c; BYTE $0x1f; BYTE $0x40 // TILESTORED [DI+BX+64], TMM1
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7a; BYTE $0x4b; BYTE $0x14; BYTE $0x1b // TILESTORED [R11+BX], TMM2
	BYTE $0xc4; BYTE $0xc2; BYTE $0x7a; BYTE $0x4b; BYTE $0x5c; BYTE $0x1b; BYTE $0x40 // TILESTORED [R11+BX+64], TMM3
	BYTE $0xc4; BYTE $0xe2; BYTE $0x78; BYTE $0x49; BYTE $0xc0 // TILERELEASE
	RET

// func xgetbv0() uint64
//
// XCR0, for the OS's AMX state bits (17 XTILECFG, 18 XTILEDATA), which
// golang.org/x/sys/cpu does not read.
TEXT ·xgetbv0(SB), NOSPLIT, $0-8
	XORL CX, CX
	XGETBV
	SHLQ $32, DX
	ORQ  DX, AX
	MOVQ AX, ret+0(FP)
	RET
