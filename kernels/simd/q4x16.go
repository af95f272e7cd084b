package simd

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The Q4_0×16 layout: a Q4_0 matrix repacked once, at load, so that the
// decode matvec reads sixteen rows' blocks as four whole ZMM vectors and
// their scales as one. Rows go in groups of 16 (the last group padded
// with copies of the last row); group g's nb blocks are contiguous, each
// q4x16Block = 288 bytes:
//
//	bytes 64·k + 4·r … +3 (k < 4, r < 16): quant bytes 4k…4k+3 of row
//	    16g+r's block (low nibbles: weights 4k…4k+3, high: 16+4k…),
//	bytes 256 + 2·r: the row's scale (f16).
//
// The same bytes as GGML's, moved: the packed matrix is as large as the
// stored one, to the padding. GGML's layout costs the matvec a
// transposing VPHADDD tree and eight gathered scales per eight rows and
// block, which held it near 20 GB/s a thread on avx512 and avx2 alike
// (compute-bound, below the memory of a two-thread decode); here neither
// is needed, and one thread streams 39–43 GB/s (BenchmarkMatVecQ4_0Packed,
// Zen 4). The avxvnni path keeps GGML's layout: its prefill packs would
// need their own form, and no AVX-VNNI CPU has been at hand to run it.
const (
	q4x16Rows  = 16
	q4x16Block = 288
	// q8SumBlocks is how many blocks one q8SumsVNNI run covers (its sums
	// live on the stack); wider rows are summed in runs.
	q8SumBlocks = 512
	// q4x16Chunk is how many groups a few-token product takes through
	// every token before the next (8 groups of a 2048-wide matrix are
	// 147 KB, in L2), so that each weight byte comes from memory once.
	q4x16Chunk = 8
)

// q4x16VNNILayout and q4x16AVX2Layout are the avx512 and avx2 paths'
// PackedQ4_0: one layout, two kernel sets.
var (
	q4x16VNNILayout = &kernels.PackedLayout{
		Name:     "q4_0x16",
		Len:      q4x16Len,
		Pack:     packQ4x16,
		MatMul:   matMulQ4x16VNNI,
		RowAlign: q4x16Rows,
	}
	q4x16AVX2Layout = &kernels.PackedLayout{
		Name:     "q4_0x16",
		Len:      q4x16Len,
		Pack:     packQ4x16,
		MatMul:   matMulQ4x16AVX2,
		RowAlign: q4x16Rows,
	}
)

func q4x16Len(out, in int) int {
	return (out + q4x16Rows - 1) / q4x16Rows * (in / kernels.QBlock) * q4x16Block
}

// packQ4x16 writes the [out, in] Q4_0 matrix w into dst in the Q4_0×16
// layout. Each group's blocks (nb·288 bytes, in L1 for a Gemma width) are
// filled row by row, so w is read in order.
func packQ4x16(dst, w []byte, out, in int) {
	if in%kernels.QBlock != 0 {
		panic(fmt.Sprintf("simd: Q4_0 pack width %d is not a multiple of %d", in, kernels.QBlock))
	}
	nb := in / kernels.QBlock
	rb := nb * kernels.Q4_0Bytes
	if len(w) < out*rb || len(dst) < q4x16Len(out, in) {
		panic(fmt.Sprintf("simd: Q4_0 pack of %d×%d with w %d bytes, dst %d (want %d and %d)", out, in, len(w), len(dst), out*rb, q4x16Len(out, in)))
	}
	gs := nb * q4x16Block
	for g := 0; g*q4x16Rows < out; g++ {
		grp := dst[g*gs : (g+1)*gs]
		for r := range q4x16Rows {
			row := min(g*q4x16Rows+r, out-1)
			src := w[row*rb : (row+1)*rb]
			for b := range nb {
				blk := src[b*kernels.Q4_0Bytes : (b+1)*kernels.Q4_0Bytes]
				d := grp[b*q4x16Block : (b+1)*q4x16Block]
				d[256+2*r], d[257+2*r] = blk[0], blk[1]
				for k := range 4 {
					copy(d[64*k+4*r:64*k+4*r+4], blk[2+4*k:6+4*k])
				}
			}
		}
	}
}

// matMulQ4x16VNNI is kernels.MatMulQ4_0Q8 on a Q4_0×16 matrix wp, bit
// for bit: from qPackMinT tokens on, the ZMM prefill tile (its weight
// pack made from the groups directly); below, q4x16VNNI per token.
func matMulQ4x16VNNI(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int) {
	nb, ok := q4x16Check(y, ldy, xq, wp, T, in, o0, o1)
	if !ok {
		return
	}
	if T >= qPackMinT {
		matMulQ16(y, ldy, xq, nil, wp, T, nb, o0, o1, true)
		return
	}
	q4x16Direct(y, ldy, xq, wp, T, nb, o0, o1, q4x16ByVNNI)
}

// matMulQ4x16AVX2 is matMulQ4x16VNNI on AVX2: the eight-row halves of
// the groups that [o0, o1) holds whole go through the AVX2 packed prefill
// (packQ4x16AVX2, qPackedAVX2) from qPackMinT tokens on; the rest, and
// fewer tokens, through q4x16AVX2.
func matMulQ4x16AVX2(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int) {
	nb, ok := q4x16Check(y, ldy, xq, wp, T, in, o0, o1)
	if !ok {
		return
	}
	if T < qPackMinT {
		q4x16Direct(y, ldy, xq, wp, T, nb, o0, o1, q4x16ByAVX2)
		return
	}
	gs := nb * q4x16Block
	a, b := (o0+7)/8*8, o1/8*8
	if a >= b {
		q4x16Direct(y, ldy, xq, wp, T, nb, o0, o1, q4x16ByAVX2)
		return
	}
	q4x16Direct(y, ldy, xq, wp, T, nb, o0, a, q4x16ByAVX2)
	for h := a; h < b; h += 8 {
		g := h / q4x16Rows
		qPackedRun(y, ldy, xq, T, nb, h, q4AVX2, qPackSrc{x16: wp[g*gs : (g+1)*gs], half: h / 8 % 2})
	}
	q4x16Direct(y, ldy, xq, wp, T, nb, b, o1, q4x16ByAVX2)
}

// q4x16Check checks a packed product's shapes (a panic, as every kernel's
// misuse) and does the empty cases: ok says there is work left.
func q4x16Check(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int) (nb int, ok bool) {
	if in%kernels.QBlock != 0 {
		panic(fmt.Sprintf("simd: quantized matmul width %d is not a multiple of %d", in, kernels.QBlock))
	}
	nb = in / kernels.QBlock
	gs := nb * q4x16Block
	rows := 0
	if gs > 0 {
		rows = len(wp) / gs * q4x16Rows
	}
	checkShape(len(y), ldy, len(xq)/kernels.Q8Bytes*kernels.QBlock, rows*in, T, in, o0, o1)
	if T == 0 || o0 >= o1 {
		return nb, false
	}
	if in == 0 {
		for t := range T {
			clear(y[t*ldy+o0 : t*ldy+o1])
		}
		return nb, false
	}
	return nb, true
}

// q4x16Kernel names the one-token kernel: q4x16VNNI or q4x16AVX2. Called
// through a func value, the assembly's pointers would escape and the
// sums' stack arrays go to the heap.
type q4x16Kernel bool

const (
	q4x16ByVNNI q4x16Kernel = true
	q4x16ByAVX2 q4x16Kernel = false
)

func (k q4x16Kernel) run(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	if k == q4x16ByVNNI {
		q4x16VNNI(wp, gstride, groups, nb, x, bias, dx, y, first)
	} else {
		q4x16AVX2(wp, gstride, groups, nb, x, bias, dx, y, first)
	}
}

// q4x16Direct sets rows [o0, o1) (any range; a group it cuts goes
// through a scratch tile) of T tokens' products with the one-token
// kernel, the groups in chunks that stay in L2 across the tokens.
func q4x16Direct(y []float32, ldy int, xq, wp []byte, T, nb, o0, o1 int, kern q4x16Kernel) {
	if o0 >= o1 {
		return
	}
	var (
		bias [q8SumBlocks]int32
		dx   [q8SumBlocks]float32
		tile [q4x16Rows]float32
	)
	gs := nb * q4x16Block
	xs := nb * kernels.Q8Bytes
	g0, g1 := o0/q4x16Rows, (o1+q4x16Rows-1)/q4x16Rows
	chunk := g1 - g0
	if T > 1 {
		chunk = q4x16Chunk
	}
	// partial runs group g, which [o0, o1) cuts, through the tile.
	partial := func(g, b0, n int, x []byte, yt []float32, first int) {
		r0, r1 := max(o0, g*q4x16Rows), min(o1, (g+1)*q4x16Rows)
		off := r0 - g*q4x16Rows
		if first == 0 {
			copy(tile[off:], yt[r0:r1])
		}
		kern.run(&wp[g*gs+b0*q4x16Block], gs, 1, n, &x[b0*kernels.Q8Bytes], &bias[0], &dx[0], &tile[0], first)
		copy(yt[r0:r1], tile[off:])
	}
	for c0 := g0; c0 < g1; c0 += chunk {
		c1 := min(c0+chunk, g1)
		for t := range T {
			x, yt := xq[t*xs:(t+1)*xs], y[t*ldy:]
			for b0 := 0; b0 < nb; b0 += q8SumBlocks {
				n := min(q8SumBlocks, nb-b0)
				q8SumsAVX2(&x[b0*kernels.Q8Bytes], n, &bias[0], &dx[0])
				first := 0
				if b0 == 0 {
					first = 1
				}
				lo, hi := c0, c1
				if lo*q4x16Rows < o0 {
					partial(lo, b0, n, x, yt, first)
					lo++
				}
				if hi > lo && hi*q4x16Rows > o1 {
					partial(hi-1, b0, n, x, yt, first)
					hi--
				}
				if hi > lo {
					kern.run(&wp[lo*gs+b0*q4x16Block], gs, hi-lo, n, &x[b0*kernels.Q8Bytes], &bias[0], &dx[0], &yt[lo*q4x16Rows], first)
				}
			}
		}
	}
}
