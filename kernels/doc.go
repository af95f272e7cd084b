// Package kernels holds the scalar Go kernels of the go backend: the
// numerical reference every other backend is compared with, written to be
// fast as well. It imports nothing but the standard library and uses no
// assembly; SIMD versions live elsewhere and are tested against these.
//
// Set is one complete kernel set: every computation of the CPU executor
// (backends/cpu) goes through one of its slots, and Scalar binds them to
// this package; Set.Missing names the slots a set lacks. Weights come as
// f32, f16, bf16 or GGML's Q8_0/Q4_0 blocks (quant.go: 32 weights per
// block behind an f16 scale, dequantized exactly, then the float32
// paths); the KV cache is f32 or bf16 (attend.go).
//
// Package kernels/kerneltest holds any Set to Scalar slot by slot, over
// awkward sizes (tails, unaligned slices, row ranges off RowAlign,
// aliasing, NaN sentinels around every MatMul output); a new set passes
// it before its backend meets the conformance suite. Scalar itself is
// held to float64 references by this package's tests.
//
// # Contract
//
// Threading: every kernel is single-threaded and keeps no state between
// calls, so calls on disjoint outputs may run concurrently. The executor
// parallelises a MatMul by giving each goroutine its own output-row range
// [o0, o1); the kernels never write outside it.
//
// Memory: no kernel allocates. Scratch lives in fixed-size arrays on the
// stack (the prefill path packs weights into a 16 KiB block, so the first
// call on a fresh goroutine grows its stack once). The 16-bit weight
// kernels share two 256 KiB widening tables built on first use.
//
// Shapes: MatMul* panic with a message naming the operand when a slice is
// too short for the shape; other kernels take their length from one
// argument (documented per function) and rely on Go's bounds checks.
// Aliasing is allowed where a function says so, and nowhere else.
//
// # Numerics
//
// Values are float32; bf16, f16 and Q8_0/Q4_0 weights are widened exactly
// (the conversions round to nearest even, and keep NaN and ±Inf; d·q needs
// at most 19 significant bits). The matrix
// products accumulate in float32 with several independent partial sums
// (per k block, per pair, per accumulator), so their error grows like √n
// rather than n. Everything that is O(d) per token (RMSNorm, GELU, GeGLU,
// softcap, softmax, RoPE and its angles) computes in float64 and rounds
// once, which makes those results correctly rounded or within an ulp of a
// float64 reference; LogSumExp stays in float64.
//
// The results are deterministic for a given shape and row range, but not
// bit-identical across paths: one token, a few tokens (direct kernels) and
// many tokens (cache-blocked prefill) sum in different orders.
//
// # Performance
//
// Target: 2-core amd64 at GOAMD64=v1, where Go emits scalar SSE only.
// Decode (T = 1) is bound by memory bandwidth: the matvec works on four
// output rows per pass over x and widens bf16 through a table (see
// table.go for why not by shifting). Prefill (T ≥ 12) is bound by
// compute: W is packed to float32 in blocks that stay in L1, tokens are
// blocked so their x panel stays in L2, and a 4-row × 2-token micro-kernel
// keeps eight accumulators in registers. Q8_0 and Q4_0 take the packed
// path at every T, their blocks dequantized into the L1 block.
// bench_test.go measures both, in GB/s of weights and GFLOP/s.
package kernels
