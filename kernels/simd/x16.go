package simd

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The ×16 layouts: a Q4_0 or Q8_0 matrix repacked once, at load, so that
// the decode matvec reads sixteen rows' blocks as whole vectors, one
// dword lane per row, and their sixteen scales as one. Rows go in groups
// of 16 (the last group padded with copies of the last row); group g's
// nb blocks are contiguous.
//
// Q4_0×16, 288 bytes a block:
//
//	bytes 64·k + 4·r … +3 (k < 4, r < 16): quant bytes 4k…4k+3 of row
//	    16g+r's block (low nibbles: weights 4k…4k+3, high: 16+4k…),
//	bytes 256 + 2·r: the row's scale (f16).
//
// Q8_0×16, 544 bytes a block:
//
//	bytes 64·s + 4·r … +3 (s < 8): weights 4s…4s+3 of row 16g+r, as
//	    they are (avx2) or plus 128 (avx512: w ⊕ 0x80, VPDPBUSD's
//	    unsigned operand, so the kernel does no XOR),
//	bytes 512 + 2·r: the row's scale (f16).
//
// The same bytes as GGML's, moved (Q8_0's on avx512 biased): a packed
// matrix is as large as the stored one, to the padding. GGML's layout
// costs the matvec a transposing VPHADDD tree and eight gathered scales
// per eight rows and block, which held Q4_0 near 20 GB/s a thread on
// avx512 and avx2 alike (compute-bound, below the memory of a two-thread
// decode); here neither is needed, and one thread streams 39–43 GB/s of
// Q4_0 (BenchmarkMatVecQ4_0Packed, Zen 4). The avxvnni path keeps GGML's
// layout: on an Emerald Rapids core with the path forced, Q8_0×16 with
// the avx2 one-token kernel (and a VEX VNNI pack of its halves for
// prefill) decoded gemma-2b at 6.1–6.2 tok/s on two threads, against
// 7.4–7.9 for GGML's layout on q8x8AVXVNNI, whose VPDPBUSD does in one
// instruction what VPMADDUBSW and VPMADDWD do in two.
const (
	x16Rows   = 16
	q4x16Blk  = 288
	q8x16Blk  = 544
	q4x16Bias = 8   // Q4_0's nibbles are w+8
	q8x16Bias = 128 // the avx512 Q8_0 layout's bytes are w+128
	// q8SumBlocks is how many blocks one q8SumsAVX2 run covers (its sums
	// live on the stack); wider rows are summed in runs.
	q8SumBlocks = 512
	// x16Chunk is how many groups a few-token product takes through
	// every token before the next (8 groups of a 2048-wide Q4_0 matrix
	// are 147 KB, in L2), so that each weight byte comes from memory once.
	x16Chunk = 8
)

// x16Kernel names a one-token ×16 kernel. Called through a func value,
// the assembly's pointers would escape and the sums' stack arrays go to
// the heap, so the kernels are named, not passed.
type x16Kernel uint8

const (
	x16Q4VNNI x16Kernel = iota
	x16Q4AVX2
	x16Q8VNNI
	x16Q8AVX2
)

func (k x16Kernel) q4() bool   { return k == x16Q4VNNI || k == x16Q4AVX2 }
func (k x16Kernel) vnni() bool { return k == x16Q4VNNI || k == x16Q8VNNI }

// block is the bytes of a packed block; bias the weights' bias c, the
// activation sums' factor (−c·Σx; 0 for the unbiased avx2 Q8_0 layout).
func (k x16Kernel) block() int {
	if k.q4() {
		return q4x16Blk
	}
	return q8x16Blk
}

func (k x16Kernel) bias() int {
	switch k {
	case x16Q4VNNI, x16Q4AVX2:
		return q4x16Bias
	case x16Q8VNNI:
		return q8x16Bias
	}
	return 0
}

func (k x16Kernel) run(wp *byte, gstride, groups, nb int, x *byte, bias *int32, dx *float32, y *float32, first int) {
	switch k {
	case x16Q4VNNI:
		q4x16VNNI(wp, gstride, groups, nb, x, bias, dx, y, first)
	case x16Q4AVX2:
		q4x16AVX2(wp, gstride, groups, nb, x, bias, dx, y, first)
	case x16Q8VNNI:
		q8x16VNNI(wp, gstride, groups, nb, x, bias, dx, y, first)
	default:
		q8x16AVX2(wp, gstride, groups, nb, x, bias, dx, y, first)
	}
}

// x16Layout is the PackedLayout of kernel k.
func x16Layout(k x16Kernel) *kernels.PackedLayout {
	name := map[x16Kernel]string{x16Q4VNNI: "q4_0x16", x16Q4AVX2: "q4_0x16", x16Q8VNNI: "q8_0x16u", x16Q8AVX2: "q8_0x16"}[k]
	return &kernels.PackedLayout{
		Name: name,
		Len:  func(out, in int) int { return x16Len(out, in, k.block()) },
		Pack: func(dst, w []byte, out, in int) { packX16(dst, w, out, in, k) },
		MatMul: func(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int) {
			matMulX16(y, ldy, xq, wp, T, in, o0, o1, k)
		},
		RowAlign: x16Rows,
	}
}

func x16Len(out, in, block int) int {
	return (out + x16Rows - 1) / x16Rows * (in / kernels.QBlock) * block
}

// packX16 writes the [out, in] matrix w (GGML blocks) into dst in k's
// layout. Each group's blocks (nb·288 or nb·544 bytes, in L1 or L2 for a
// Gemma width) are filled row by row, so w is read in order.
func packX16(dst, w []byte, out, in int, k x16Kernel) {
	if in%kernels.QBlock != 0 {
		panic(fmt.Sprintf("simd: ×16 pack width %d is not a multiple of %d", in, kernels.QBlock))
	}
	nb := in / kernels.QBlock
	bb, slices, xor := kernels.Q8_0Bytes, 8, uint32(0)
	if k.q4() {
		bb, slices = kernels.Q4_0Bytes, 4
	} else if k.vnni() {
		xor = 0x80808080
	}
	rb, blk := nb*bb, k.block()
	if len(w) < out*rb || len(dst) < x16Len(out, in, blk) {
		panic(fmt.Sprintf("simd: ×16 pack of %d×%d with w %d bytes, dst %d (want %d and %d)", out, in, len(w), len(dst), out*rb, x16Len(out, in, blk)))
	}
	gs := nb * blk
	sc := 64 * slices // the scales' offset in a block
	for g := 0; g*x16Rows < out; g++ {
		grp := dst[g*gs : (g+1)*gs]
		for r := range x16Rows {
			row := min(g*x16Rows+r, out-1)
			src := w[row*rb : (row+1)*rb]
			for b := range nb {
				q := src[b*bb : (b+1)*bb]
				d := grp[b*blk : (b+1)*blk]
				d[sc+2*r], d[sc+1+2*r] = q[0], q[1]
				for s := range slices {
					binary.LittleEndian.PutUint32(d[64*s+4*r:], binary.LittleEndian.Uint32(q[2+4*s:])^xor)
				}
			}
		}
	}
}

// matMulX16 is kernels.MatMulQ4_0Q8 (MatMulQ8_0Q8) on a ×16 matrix wp,
// bit for bit. From qPackMinT tokens on, the prefill tiles, their weight
// packs made from the groups directly: avx512's ZMM tile for every row,
// avx2's eight-row tile for the eight-row halves of the groups that
// [o0, o1) holds whole. Fewer tokens, and avx2's remaining rows, go
// through the one-token kernel.
func matMulX16(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int, k x16Kernel) {
	nb := in / kernels.QBlock
	gs := nb * k.block()
	rows := 0
	if gs > 0 {
		rows = len(wp) / gs * x16Rows
	}
	if !quantStart(y, ldy, xq, rows*in, T, in, o0, o1) {
		return
	}
	switch {
	case T < qPackMinT:
		x16Direct(y, ldy, xq, wp, T, nb, o0, o1, k)
	case k.vnni():
		matMulQ16(y, ldy, xq, nil, wp, T, nb, o0, o1, k.q4())
	default:
		a, b := (o0+7)/8*8, o1/8*8
		if a >= b {
			x16Direct(y, ldy, xq, wp, T, nb, o0, o1, k)
			return
		}
		x16Direct(y, ldy, xq, wp, T, nb, o0, a, k)
		if k.q4() {
			q4x16PrefillAVX2(y, ldy, xq, wp, T, nb, a, b)
		} else {
			for h := a; h < b; h += 8 {
				g := h / x16Rows
				qPackedRun(y, ldy, xq, T, nb, h, q8AVX2, qPackSrc{x16: wp[g*gs : (g+1)*gs], half: h / 8 % 2})
			}
		}
		x16Direct(y, ldy, xq, wp, T, nb, b, o1, k)
	}
}

// x16Direct sets rows [o0, o1) (any range; a group it cuts goes through
// a scratch tile) of T tokens' products with the one-token kernel, the
// groups in chunks that stay in L2 across the tokens.
func x16Direct(y []float32, ldy int, xq, wp []byte, T, nb, o0, o1 int, k x16Kernel) {
	if o0 >= o1 {
		return
	}
	var (
		bias [q8SumBlocks]int32
		dx   [q8SumBlocks]float32
		tile [x16Rows]float32
	)
	blk := k.block()
	gs := nb * blk
	xs := nb * kernels.Q8Bytes
	g0, g1 := o0/x16Rows, (o1+x16Rows-1)/x16Rows
	chunk := g1 - g0
	if T > 1 {
		chunk = x16Chunk
	}
	// partial runs group g, which [o0, o1) cuts, through the tile.
	partial := func(g, b0, n int, x []byte, yt []float32, first int) {
		r0, r1 := max(o0, g*x16Rows), min(o1, (g+1)*x16Rows)
		off := r0 - g*x16Rows
		if first == 0 {
			copy(tile[off:], yt[r0:r1])
		}
		k.run(&wp[g*gs+b0*blk], gs, 1, n, &x[b0*kernels.Q8Bytes], &bias[0], &dx[0], &tile[0], first)
		copy(yt[r0:r1], tile[off:])
	}
	for c0 := g0; c0 < g1; c0 += chunk {
		c1 := min(c0+chunk, g1)
		for t := range T {
			x, yt := xq[t*xs:(t+1)*xs], y[t*ldy:]
			for b0 := 0; b0 < nb; b0 += q8SumBlocks {
				n := min(q8SumBlocks, nb-b0)
				q8SumsAVX2(&x[b0*kernels.Q8Bytes], n, k.bias(), &bias[0], &dx[0])
				first := 0
				if b0 == 0 {
					first = 1
				}
				lo, hi := c0, c1
				if lo*x16Rows < o0 {
					partial(lo, b0, n, x, yt, first)
					lo++
				}
				if hi > lo && hi*x16Rows > o1 {
					partial(hi-1, b0, n, x, yt, first)
					hi--
				}
				if hi > lo {
					k.run(&wp[lo*gs+b0*blk], gs, hi-lo, n, &x[b0*kernels.Q8Bytes], &bias[0], &dx[0], &yt[lo*x16Rows], first)
				}
			}
		}
	}
}

// q4x16PrefillAVX2 is the AVX2 prefill of the eight-row halves [a, b)
// (multiples of 8) of a Q4_0×16 matrix: the halves packed as unsigned
// nibbles, so that each product is one VPMADDUBSW with no VPABSB or
// VPSIGNB (kq4x16x4AVX2: three vector ops per slice and token, not
// four), the nibbles' bias −8·Σx and the scale of every (token, block)
// computed once per call for all the rows, into q4SumsPool's buffer.
func q4x16PrefillAVX2(y []float32, ldy int, xq, wp []byte, T, nb, a, b int) {
	var pack [qPackBlocks * qPackBytes]byte
	var bias [q8SumBlocks]int32
	var dx [q8SumBlocks]float32
	tiles := (T + 3) / 4
	need := tiles * nb * 32
	sb := q4SumsPool.Get().(*[]byte)
	defer q4SumsPool.Put(sb)
	if len(*sb) < need {
		*sb = make([]byte, need)
	}
	sums := (*sb)[:need]
	xs := nb * kernels.Q8Bytes
	// sums: per 4-token tile and block, four int32 biases then four
	// float32 scales; a tile's missing tokens repeat its last, as the
	// kernel repeats their rows.
	for t := range tiles * 4 {
		tok := min(t, T-1)
		for b0 := 0; b0 < nb; b0 += q8SumBlocks {
			n := min(q8SumBlocks, nb-b0)
			q8SumsAVX2(&xq[tok*xs+b0*kernels.Q8Bytes], n, q4x16Bias, &bias[0], &dx[0])
			for i := range n {
				at := ((t/4)*nb+b0+i)*32 + (t%4)*4
				binary.LittleEndian.PutUint32(sums[at:], uint32(bias[i]))
				binary.LittleEndian.PutUint32(sums[at+16:], math.Float32bits(dx[i]))
			}
		}
	}
	gs := nb * q4x16Blk
	_ = y[(T-1)*ldy+b-1]
	for h := a; h < b; h += 8 {
		g, half := h/x16Rows, h/8%2
		for b0 := 0; b0 < nb; b0 += qPackBlocks {
			n := min(qPackBlocks, nb-b0)
			packQ4x16AVX2(&wp[g*gs+b0*q4x16Blk], half, n, &pack[0])
			first := 0
			if b0 == 0 {
				first = 1
			}
			for t := 0; t < T; t += 4 {
				kq4x16x4AVX2(&pack[0], n, &xq[t*xs+b0*kernels.Q8Bytes], xs, min(4, T-t), &sums[((t/4)*nb+b0)*32], &y[t*ldy+h], ldy, first)
			}
		}
	}
}

// q4SumsPool holds each worker's per-call sums for q4x16PrefillAVX2 (32
// bytes per four tokens and block: 256 KiB for 512 tokens of a 2048-wide
// row), grown to the largest call and reused, so a prefill allocates
// nothing after its first matmul of a size.
var q4SumsPool = sync.Pool{New: func() any { return new([]byte) }}
