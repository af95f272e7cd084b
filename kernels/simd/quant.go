package simd

import (
	"fmt"
	"sync"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// wireQuant sets the Q8-activation × Q8_0/Q4_0 slots of a path: the AVX2
// kernels (VPMADDUBSW) on avx2, the AVX-VNNI ones (VEX VPDPBUSD, ymm0–15)
// on avxvnni, the AVX512_VNNI ones (EVEX VPDPBUSD) on avx512. All are bit
// for bit the scalar twins (quant_amd64.s says how). Where there are none
// (another architecture, no F16C), the scalar slots stay.
func wireQuant(s *kernels.Set, path string) {
	if !quantAsm() {
		return
	}
	switch path {
	case "avx2":
		s.MatMulQ8_0Q8, s.MatMulQ4_0Q8 = matMulQ8_0Q8AVX2, matMulQ4_0Q8AVX2
		s.PackedQ4_0, s.PackedQ8_0 = x16Layout(x16Q4AVX2), x16Layout(x16Q8AVX2)
	case "avxvnni":
		s.MatMulQ8_0Q8, s.MatMulQ4_0Q8 = matMulQ8_0Q8AVXVNNI, matMulQ4_0Q8AVXVNNI
	case "avx512":
		s.MatMulQ8_0Q8, s.MatMulQ4_0Q8 = matMulQ8_0Q8VNNI, matMulQ4_0Q8VNNI
		s.PackedQ4_0, s.PackedQ8_0 = x16Layout(x16Q4VNNI), x16Layout(x16Q8VNNI)
	default:
		return
	}
	s.QuantizeQ8 = quantizeQ8
	s.FastQuant = true // 25–65× the scalar exact product (quant_bench_test.go)
}

// quantizeQ8 is kernels.QuantizeQ8 bit for bit on finite inputs (the
// executor's activations; NaN and ±Inf give some bytes, not the scalar
// twin's), 20–30 times faster: it is on the critical path of every
// quantized matmul, before the workers start.
func quantizeQ8(dst []byte, src []float32) {
	nb := len(src) / kernels.QBlock
	if nb == 0 {
		return
	}
	_ = dst[nb*kernels.Q8Bytes-1]
	quantizeQ8AVX2(&dst[0], &src[0], nb)
}

// qkind names the kernels of one weight format and instruction set.
type qkind uint8

const (
	q8AVX2 qkind = iota
	q4AVX2
	q8VNNI // AVX512_VNNI
	q4VNNI
	q8AVXVNNI // AVX-VNNI
	q4AVXVNNI
)

func (k qkind) q4() bool { return k == q4AVX2 || k == q4VNNI || k == q4AVXVNNI }

// x2 says the kind has two-token direct kernels. Only AVX-512 has the
// registers for them (sixteen accumulators and the activations'
// operands); the VEX kernels have sixteen registers in all.
func (k qkind) x2() bool { return k == q8VNNI || k == q4VNNI }

func matMulQ8_0Q8AVX2(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q8AVX2)
}

func matMulQ4_0Q8AVX2(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q4AVX2)
}

func matMulQ8_0Q8VNNI(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q8VNNI)
}

func matMulQ4_0Q8VNNI(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q4VNNI)
}

func matMulQ8_0Q8AVXVNNI(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q8AVXVNNI)
}

func matMulQ4_0Q8AVXVNNI(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
	matMulQ(y, ldy, xq, w, T, in, o0, o1, q4AVXVNNI)
}

// matMulQ runs the kernels over eight-row groups of [o0, o1), each group
// against every token before the next, so that its rows (8·nb blocks,
// 17 KB at in = 2048) are read from memory once and then from cache:
// decode streams every weight byte once, and prefill reuses each group
// across all T tokens. A few tokens go through the direct kernels (the
// AVX512_VNNI ones two tokens per pass, so that each weight block loaded
// serves sixteen products); from qPackMinT tokens on, full groups are
// packed.
func matMulQ(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int, k qkind) {
	bb := kernels.Q8_0Bytes
	if k.q4() {
		bb = kernels.Q4_0Bytes
	}
	if !quantStart(y, ldy, xq, len(w)/bb*kernels.QBlock, T, in, o0, o1) {
		return
	}
	nb := in / kernels.QBlock
	xs, ws := nb*kernels.Q8Bytes, nb*bb
	if T >= qPackMinT && k.x2() {
		matMulQ16(y, ldy, xq, w, nil, T, nb, o0, o1, k.q4())
		return
	}
	var acc [16]float32
	a8 := (*[8]float32)(acc[:8])
	o := o0
	if T >= qPackMinT {
		for ; o+8 <= o1; o += 8 {
			matMulQPacked(y, ldy, xq, w[o*ws:(o+8)*ws], T, nb, o, k)
		}
	}
	for ; o < o1; o += 8 {
		r := min(8, o1-o)
		wo := &w[o*ws]
		t := 0
		if k.x2() {
			for ; t+2 <= T; t += 2 {
				x0, x1 := &xq[t*xs], &xq[(t+1)*xs]
				if k == q8VNNI {
					q8x8x2VNNI(x0, x1, wo, ws, r, nb, &acc)
				} else {
					q4x8x2VNNI(x0, x1, wo, ws, r, nb, &acc)
				}
				copy(y[t*ldy+o:t*ldy+o+r], acc[:r])
				copy(y[(t+1)*ldy+o:(t+1)*ldy+o+r], acc[8:8+r])
			}
		}
		for ; t < T; t++ {
			x := &xq[t*xs]
			switch k {
			case q8AVX2:
				q8x8AVX2(x, wo, ws, r, nb, a8)
			case q4AVX2:
				q4x8AVX2(x, wo, ws, r, nb, a8)
			case q8VNNI:
				q8x8VNNI(x, wo, ws, r, nb, a8)
			case q4VNNI:
				q4x8VNNI(x, wo, ws, r, nb, a8)
			case q8AVXVNNI:
				q8x8AVXVNNI(x, wo, ws, r, nb, a8)
			default:
				q4x8AVXVNNI(x, wo, ws, r, nb, a8)
			}
			copy(y[t*ldy+o:t*ldy+o+r], acc[:r])
		}
	}
}

// quantStart checks a quantized product's shapes (nw: the weights the
// matrix holds; a misuse panics, as in every kernel) and does its empty
// cases: it says whether there is work left.
func quantStart(y []float32, ldy int, xq []byte, nw, T, in, o0, o1 int) bool {
	if in%kernels.QBlock != 0 {
		panic(fmt.Sprintf("simd: quantized matmul width %d is not a multiple of %d", in, kernels.QBlock))
	}
	checkShape(len(y), ldy, len(xq)/kernels.Q8Bytes*kernels.QBlock, nw, T, in, o0, o1)
	if T == 0 || o0 >= o1 {
		return false
	}
	if in == 0 {
		for t := range T {
			clear(y[t*ldy+o0 : t*ldy+o1])
		}
		return false
	}
	return true
}

// The packed prefill (quant_amd64.s): from qPackMinT tokens on (below,
// the direct kernels are as fast), each full eight-row group is packed
// qPackBlocks blocks at a time (the pack, 20 KiB, stays on the stack and
// in L1) and multiplied by four tokens per kernel call. Its products need
// no VPHADDD tree: 1.9× the direct kernels on avx512, 1.5× on avx2.
const (
	qPackMinT   = 8
	qPackBlocks = 64
	qPackBytes  = 320 // per block: 8 slices × 32 bytes, 8 int32, 8 float32
)

// matMulQPacked sets y[t·ldy+o+r] for r < 8, t < T, from the eight rows of
// wg (nb blocks each).
func matMulQPacked(y []float32, ldy int, xq, wg []byte, T, nb, o int, k qkind) {
	qPackedRun(y, ldy, xq, T, nb, o, k, qPackSrc{w: wg})
}

// qPackSrc is where a packed prefill's eight rows come from: all of w
// (GGML's layout), or, where x16 is not nil, half half of the Q8_0×16
// group at x16 (Q4_0×16 has its own prefill, q4x16PrefillAVX2). A
// struct, not a pack func: through a func value the pack buffer would
// escape to the heap.
type qPackSrc struct {
	w    []byte
	x16  []byte
	half int
}

// qPackedRun is the packed prefill of eight rows at o, from src.
func qPackedRun(y []float32, ldy int, xq []byte, T, nb, o int, k qkind, src qPackSrc) {
	var pack [qPackBlocks * qPackBytes]byte
	xs := nb * kernels.Q8Bytes
	ws := len(src.w) / 8
	bb := ws / max(nb, 1)
	_ = y[(T-1)*ldy+o+7]
	for b0 := 0; b0 < nb; b0 += qPackBlocks {
		n := min(qPackBlocks, nb-b0)
		p := &pack[0]
		switch {
		case src.x16 != nil:
			packQ8x16AVX2(&src.x16[b0*q8x16Blk], src.half, n, p)
		default:
			wb := &src.w[b0*bb]
			switch k {
			case q8AVX2:
				packQ8AVX2(wb, ws, n, p)
			case q4AVX2:
				packQ4AVX2(wb, ws, n, p)
			case q8VNNI:
				packQ8VNNI(wb, ws, n, p)
			case q4VNNI:
				packQ4VNNI(wb, ws, n, p)
			case q8AVXVNNI:
				packQ8AVXVNNI(wb, ws, n, p)
			default:
				packQ4AVXVNNI(wb, ws, n, p)
			}
		}
		first := 0
		if b0 == 0 {
			first = 1
		}
		for t := 0; t < T; t += 4 {
			x, yt, nt := &xq[t*xs+b0*kernels.Q8Bytes], &y[t*ldy+o], min(4, T-t)
			switch k {
			case q8VNNI, q4VNNI:
				qPackedVNNI(p, n, x, xs, nt, yt, ldy, first)
			case q8AVXVNNI, q4AVXVNNI:
				qPackedAVXVNNI(p, n, x, xs, nt, yt, ldy, first)
			case q4AVX2:
				qPackedAVX2(p, n, x, xs, nt, yt, ldy, first, 1)
			default:
				qPackedAVX2(p, n, x, xs, nt, yt, ldy, first, 0)
			}
		}
	}
}

// The ZMM packed prefill (AVX512_VNNI; quant_amd64.s says the layouts):
// per K chunk of qKC blocks, a token block's activations are packed once
// (qTB tokens, 320 KiB, in L2) and shared by every 16-row group, whose
// weights are packed (36 KiB, in L1 and L2) and met by the token block's
// 8-token tiles.
const (
	qW16Bytes = 576 // per block of a 16-row weight pack
	qX8Bytes  = 320 // per block of an 8-token activation pack
	qKC       = 64
	qTB       = 128
)

type q16Bufs struct {
	w    [qKC * qW16Bytes]byte
	x    [qTB / 8 * qKC * qX8Bytes]byte
	tile [8 * 16]float32
}

// q16Pool holds each worker's packs: too large for a goroutine stack,
// and taken again at every call, so a prefill allocates nothing after
// its first matmul.
var q16Pool = sync.Pool{New: func() any { return new(q16Bufs) }}

// matMulQ16 is matMulQ from qPackMinT tokens on, on the ZMM tile: rows
// [o0, o1), all T tokens, nb blocks. The weights are w in GGML's layout
// or, where wp is not nil, wp in the Q4_0×16 or biased Q8_0×16 layout
// (x16.go), whose 16-row groups the tile takes whole: a group
// [16g, 16g+16) that the range cuts goes through the scratch tile.
func matMulQ16(y []float32, ldy int, xq, w, wp []byte, T, nb, o0, o1 int, q4 bool) {
	b := q16Pool.Get().(*q16Bufs)
	defer q16Pool.Put(b)
	bb, c, pack := kernels.Q8_0Bytes, 128, packW16Q8VNNI
	if q4 {
		bb, c, pack = kernels.Q4_0Bytes, 8, packW16Q4VNNI
	}
	ws, xs := nb*bb, nb*kernels.Q8Bytes
	gs := nb * q8x16Blk
	if q4 {
		gs = nb * q4x16Blk
	}
	if wp != nil {
		_ = wp[(o1+15)/16*gs-1]
	} else {
		_ = w[o1*ws-1]
	}
	_ = xq[T*xs-1]
	_ = y[(T-1)*ldy+o1-1]
	for t0 := 0; t0 < T; t0 += qTB {
		tiles := (min(qTB, T-t0) + 7) / 8
		for b0 := 0; b0 < nb; b0 += qKC {
			n := min(qKC, nb-b0)
			for i := range tiles {
				t := t0 + 8*i
				packX8VNNI(&xq[t*xs+b0*kernels.Q8Bytes], xs, min(8, T-t), n, c, &b.x[i*n*qX8Bytes])
			}
			first := 0
			if b0 == 0 {
				first = 1
			}
			for o := o0; o < o1; {
				// The tile's rows are [o-off, o-off+16); rows of them are y's.
				off, rows := 0, min(16, o1-o)
				switch {
				case wp != nil:
					off = o % 16
					rows = min(16-off, o1-o)
					if g := wp[(o/16)*gs:]; q4 {
						packW16Q4x16(&g[b0*q4x16Blk], n, &b.w[0])
					} else {
						packW16Q8x16(&g[b0*q8x16Blk], n, &b.w[0])
					}
				default:
					for h := 0; h < 16; h += 8 {
						r, hr := half8(o, rows, h)
						pack(&w[r*ws+b0*bb], ws, hr, n, &b.w[4*h]) // rows 8–15 at byte 32
					}
				}
				for i := range tiles {
					t := t0 + 8*i
					nt := min(8, T-t)
					xp := &b.x[i*n*qX8Bytes]
					if rows == 16 && nt == 8 {
						kq16x8VNNI(&b.w[0], xp, n, &y[t*ldy+o], ldy, first)
						continue
					}
					// The block order stays the twin's (tileIn).
					tileIn(b.tile[off:], 16, y, ldy, t, o, nt, rows, first)
					kq16x8VNNI(&b.w[0], xp, n, &b.tile[0], 16, first)
					tileOut(y, ldy, t, o, nt, rows, b.tile[off:], 16)
				}
				o += rows
			}
		}
	}
}
