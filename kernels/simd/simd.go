// Package simd holds the vectorised kernel sets of the simd backend and
// chooses one at run time from what the CPU and OS support, or from
// $GEMMA_BENCH_KERNELS (generic|avx2|avxvnni|avx512|amx) so that every path
// can be forced, and tested, on one machine. Each set starts from
// kernels.Scalar and replaces the slots it has assembly for;
// kernels/kerneltest holds every set to the scalar twins.
//
// The paths, best first:
//   - avx512 (AVX-512 F/BW/DQ/VL with VNNI and BF16: Zen 4, Sapphire
//     Rapids and later): avx2's kernels plus VDPBF16PS for bf16 × bf16
//     (bf16.go), VPDPBUSD for Q8 × Q8_0/Q4_0 (quant.go), ZMM forms of
//     the exp/tanh ops and bf16 attention (ops.go), and a ZMM float32
//     prefill (prefill.go) for the exact products, and for the bf16 ones
//     where VDPBF16PS runs at half the FMA rate (bf16DotPays). Its
//     prefill tiles (16 rows × 16 tokens of float32 or bf16, 16 × 8 of
//     Q8) take each activation by an embedded broadcast from a
//     transposed pack, so that the product instruction is nearly all
//     they issue;
//   - avxvnni (AVX2 + FMA with AVX-VNNI: Alder Lake, Sierra Forest and
//     later Intel cores without AVX-512, Zen 5): avx2's kernels with the
//     Q8 × Q8_0/Q4_0 products on the VEX form of VPDPBUSD (quant.go);
//   - avx2 (AVX2 + FMA, F16C where the CPU has it): f32/f16/bf16 decode
//     matvecs and a packed 16 × 6 outer-product prefill GEMM (dot_amd64.s,
//     prefill.go), int8
//     products on VPMADDUBSW, and every O(d) op and attention kernel;
//   - generic: kernels.Scalar under this package's name.
//
// Above them all, amx (AMX-TILE and AMX-BF16 with the OS's permission:
// Sapphire Rapids and later): the avx512 set with the bf16 prefill on
// TDPBF16PS tiles (amx.go). It was written without an AMX machine to run
// it on, so it is offered only after a self-test on the CPU at hand.
package simd

import (
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// EnvVar forces a kernel path.
const EnvVar = "GEMMA_BENCH_KERNELS"

// Paths lists every path this package knows, best first.
var Paths = []string{"amx", "avx512", "avxvnni", "avx2", "generic"}

// Available reports whether path can run here, and why not.
func Available(path string) error {
	switch path {
	case "generic":
		return nil
	case "avx2":
		if !hasAVX2() {
			return fmt.Errorf("kernel path avx2: this CPU (or OS) lacks AVX2+FMA")
		}
		return nil
	case "avxvnni":
		if !hasAVXVNNI() {
			return fmt.Errorf("kernel path avxvnni: this CPU (or OS) lacks AVX-VNNI (the VEX VPDPBUSD) with AVX2+FMA (%s)", missingAVXVNNI())
		}
		return nil
	case "avx512":
		if !hasAVX512() {
			return fmt.Errorf("kernel path avx512: this CPU (or OS) lacks AVX-512 F/BW/VL/DQ with VNNI and BF16 (%s)", missingAVX512())
		}
		return nil
	case "amx":
		if err := amxReady(); err != nil {
			return fmt.Errorf("kernel path amx: %w", err)
		}
		return nil
	}
	return fmt.Errorf("unknown kernel path %q (known: %s)", path, strings.Join(Paths, ", "))
}

// Best is $GEMMA_BENCH_KERNELS when set (an error if it cannot run here),
// else the best available path.
func Best() (string, error) {
	if p := os.Getenv(EnvVar); p != "" {
		if err := Available(p); err != nil {
			return "", fmt.Errorf("$%s: %w", EnvVar, err)
		}
		return p, nil
	}
	for _, p := range Paths {
		if Available(p) == nil {
			return p, nil
		}
	}
	return "generic", nil
}

// Set returns the kernel set of a path (Available must have passed).
func Set(path string) kernels.Set {
	if path == "amx" {
		s := Set("avx512")
		s.Name = path
		s.MatMulBF16BF16 = matMulBF16BF16AMX
		return s
	}
	s := kernels.Scalar
	s.Name = path
	// avxvnni and avx512 are supersets of avx2: each file below replaces
	// the slots it has a faster kernel for on that path.
	if avx2Family(path) {
		s.MatMulBF16 = matMulBF16AVX2
		s.MatMulF32 = matMulF32AVX2
		s.MatMulF16 = matMulF16AVX2
	}
	if path == "avx512" {
		s.MatMulBF16 = matMulBF16AVX512
		s.MatMulF32 = matMulF32AVX512
		s.MatMulF16 = matMulF16AVX512
	}
	wireOps(&s, path)   // ops.go: the O(d) ops and attention
	wireQuant(&s, path) // quant.go: Q8 activations × Q8_0/Q4_0 weights
	wireBF16(&s, path)  // bf16.go: bf16 activations × bf16 weights
	return s
}

// avx2Family says the path runs the AVX2 kernels wherever it has no
// kernel of its own.
func avx2Family(path string) bool {
	return path == "avx2" || path == "avxvnni" || path == "avx512"
}

// minPrefillT is where the packed AVX2 GEMM takes over from the direct
// kernels: packing costs about a cycle per weight, which a few tokens do
// not pay back (the scalar set's crossover, kept until measured here).
const minPrefillT = 12

// checkShape panics with a message, as the scalar kernels do, rather than
// let a shape mistake read past a slice.
func checkShape(ny, ldy, nx, nw, T, in, o0, o1 int) {
	if T < 0 || in < 0 || o0 < 0 || o1 < o0 || T > 0 && o1 > o0 && (ldy < o1 || nx < T*in || nw < o1*in || ny < (T-1)*ldy+o1) {
		panic(fmt.Sprintf("simd: matmul shape T=%d in=%d o=[%d,%d) ldy=%d with x %d, w %d, y %d", T, in, o0, o1, ldy, nx, nw, ny))
	}
}

func matMulF32AVX2(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
	if T < minPrefillT || in == 0 {
		kernels.MatMulF32(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	prefill(y, ldy, x, w, nil, wF32, T, in, o0, o1)
}

func matMulF16AVX2(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	if T < minPrefillT || in == 0 {
		kernels.MatMulF16(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	prefill(y, ldy, x, nil, w, wF16, T, in, o0, o1)
}

// matMulBF16AVX2: the direct matvec for a few tokens (decode above all),
// the packed GEMM for prefill.
func matMulBF16AVX2(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	if in == 0 || T < minPrefillT && in < 16 {
		kernels.MatMulBF16(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	if T == 0 || o0 >= o1 {
		return
	}
	if T >= minPrefillT {
		prefill(y, ldy, x, nil, w, wBF16, T, in, o0, o1)
		return
	}
	n := in &^ 15
	n8 := in &^ 7
	o := o0
	var acc [8]float32
	for ; o+8 <= o1; o += 8 {
		// Eight rows at a time: more weight streams in flight per thread.
		for t := range T {
			xt := x[t*in : (t+1)*in]
			dot8BF16(xt, w[o*in:], in, n8, &acc)
			for k := n8; k < in; k++ {
				v := xt[k]
				for r := range 8 {
					acc[r] += bf16(w[(o+r)*in+k]) * v
				}
			}
			copy(y[t*ldy+o:t*ldy+o+8], acc[:])
		}
	}
	for ; o+4 <= o1; o += 4 {
		w0, w1, w2, w3 := w[o*in:(o+1)*in], w[(o+1)*in:(o+2)*in], w[(o+2)*in:(o+3)*in], w[(o+3)*in:(o+4)*in]
		for t := range T {
			xt := x[t*in : (t+1)*in]
			s0, s1, s2, s3 := dot4BF16(xt, w0, w1, w2, w3, n)
			for k := n; k < in; k++ {
				v := xt[k]
				s0 += bf16(w0[k]) * v
				s1 += bf16(w1[k]) * v
				s2 += bf16(w2[k]) * v
				s3 += bf16(w3[k]) * v
			}
			r := y[t*ldy+o : t*ldy+o+4]
			r[0], r[1], r[2], r[3] = s0, s1, s2, s3
		}
	}
	for ; o < o1; o++ {
		row := w[o*in : (o+1)*in]
		for t := range T {
			xt := x[t*in : (t+1)*in]
			s, _, _, _ := dot4BF16(xt, row, row, row, row, n)
			for k := n; k < in; k++ {
				s += bf16(row[k]) * xt[k]
			}
			y[t*ldy+o] = s
		}
	}
}

func bf16(h uint16) float32 { return math.Float32frombits(uint32(h) << 16) }
