package simd

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The AVX2 prefill GEMM (prefill_amd64.s): W is packed, a panel of 16
// rows × pK columns at a time, to float32 as [k][16], and the micro-kernel
// computes a 16-row × 6-token tile as an outer product, twelve FMAs per k
// against eight loads: the 4×2 dot-product tile it replaces spent as much
// on loads, horizontal sums and its Go loop as on FMAs (45 GFLOP/s on one
// Zen 4 core, a third of its FMA peak). The driver is this package's own
// rather than kernels' blocked driver: handing the assembly to that
// driver as a func value would make its stack pack escape, and every call
// would allocate.
const (
	pK    = 256 // columns per panel: 16 × 256 float32, 16 KiB, stays in L1
	pRows = 16
	pTile = 6   // tokens per micro-kernel call
	pTok  = 192 // tokens per pass (a multiple of pTile), their x panel in L2
)

// wkind says how to widen a row segment of W into the pack.
type wkind uint8

const (
	wF32 wkind = iota
	wBF16
	wF16
)

// prefill sets y[t*ldy+o] = w[o,:]·x[t,:] for t < T, o in [o0, o1): each
// a float32 sum in k order (FMAs), the numerics of exact mode.
func prefill(y []float32, ldy int, x []float32, wf []float32, wh []uint16, kind wkind, T, in, o0, o1 int) {
	var pack [pRows * pK]float32
	var tile [pTile * pRows]float32
	for t0 := 0; t0 < T; t0 += pTok {
		t1 := min(t0+pTok, T)
		for k0 := 0; k0 < in; k0 += pK {
			kn := min(pK, in-k0)
			first := 0
			if k0 == 0 {
				first = 1
			}
			for r0 := o0; r0 < o1; r0 += pRows {
				rn := min(pRows, o1-r0)
				packPanel(pack[:kn*pRows], wf, wh, kind, in, r0, rn, k0, kn)
				for t := t0; t < t1; t += pTile {
					nt := min(pTile, t1-t)
					_ = x[(t+nt-1)*in+k0+kn-1]
					if nt == pTile && rn == pRows {
						_ = y[(t+pTile-1)*ldy+r0+pRows-1]
						mk16x6AVX2(&pack[0], kn, &x[t*in+k0], in, nt, &y[t*ldy+r0], ldy, first)
						continue
					}
					tileIn(tile[:], pRows, y, ldy, t, r0, nt, rn, first)
					mk16x6AVX2(&pack[0], kn, &x[t*in+k0], in, nt, &tile[0], pRows, first)
					tileOut(y, ldy, t, r0, nt, rn, tile[:], pRows)
				}
			}
		}
	}
}

// packPanel fills p (kn × 16) with rows [r0, r0+rn) of W, columns
// [k0, k0+kn), as p[k·16+r]; rows past rn repeat the last one (their sums
// are dropped). The assembly packs the columns in eights; the rest, and
// f16 without F16C, are widened here.
func packPanel(p []float32, wf []float32, wh []uint16, kind wkind, in, r0, rn, k0, kn int) {
	kn8 := kn &^ 7
	if kind == wF16 && !cpu.X86.HasF16C {
		kn8 = 0
	}
	if kn8 > 0 {
		for h := 0; h < pRows; h += 8 {
			first, rows := half8(r0, rn, h)
			last := (first+rows-1)*in + k0 + kn8 - 1
			switch kind {
			case wF32:
				_ = wf[last]
				pack32AVX2(unsafe.Pointer(&wf[first*in+k0]), in, rows, kn8, unsafe.Pointer(&p[h]))
			case wBF16:
				_ = wh[last]
				packHalfBF16AVX2(&wh[first*in+k0], in, rows, kn8, &p[h])
			default:
				_ = wh[last]
				packHalfF16AVX2(&wh[first*in+k0], in, rows, kn8, &p[h])
			}
		}
	}
	for r := range pRows {
		src := (r0+min(r, rn-1))*in + k0
		for k := kn8; k < kn; k++ {
			var v float32
			switch kind {
			case wF32:
				v = wf[src+k]
			case wBF16:
				v = bf16(wh[src+k])
			default:
				v = kernels.F16ToF32(wh[src+k])
			}
			p[k*pRows+r] = v
		}
	}
}

// The AVX-512 prefill GEMM of float32 products: prefill's packs, but the
// tile is 16 rows × 16 tokens on ZMM (kf32x16), with the activations
// packed too, as [k][16 tokens], so that every FMA takes its token's x[k]
// by an embedded broadcast. A token block's x packs (zTB tokens × zK
// columns, 1 MiB) stay in L2 while every 16-row weight panel (32 KiB, in
// L1) of the worker's rows meets them. Both sizes were tuned on an
// Emerald Rapids core (2 MiB L2) at gemma-2b's FFN shape
// (BenchmarkPrefillBF16FFN): a longer block packs W fewer times (zTB 256
// → 512: +10% end to end), and a wider panel passes over y, which is
// past L2, fewer times (zK 256 → 512: +5%).
const (
	zTB = 512
	zK  = 512
)

type zBufs struct {
	w    [zK * 16]float32
	x    [zTB * zK]float32
	tile [16 * 16]float32
}

// zPool holds each worker's packs (too large for a goroutine stack), so
// that a prefill allocates nothing after its first matmul.
var zPool = sync.Pool{New: func() any { return new(zBufs) }}

// prefillZ is prefill on kf32x16, with the same numerics (each output one
// FMA chain in k order): y[t*ldy+o] = w[o,:]·x[t,:] for t < T, o in
// [o0, o1), where the activations are x (float32) or, when x is nil, xh
// (bf16, widened exactly: the bf16 products of math=fast on CPUs whose
// FMAs outrun VDPBF16PS).
func prefillZ(y []float32, ldy int, x []float32, xh []uint16, wf []float32, wh []uint16, kind wkind, T, in, o0, o1 int) {
	b := zPool.Get().(*zBufs)
	defer zPool.Put(b)
	xkind := wF32
	if x == nil {
		xkind = wBF16
	}
	for t0 := 0; t0 < T; t0 += zTB {
		tiles := (min(zTB, T-t0) + 15) / 16
		for k0 := 0; k0 < in; k0 += zK {
			kn := min(zK, in-k0)
			first := 0
			if k0 == 0 {
				first = 1
			}
			for i := range tiles {
				t := t0 + 16*i
				packPanel(b.x[i*kn*16:(i+1)*kn*16], x, xh, xkind, in, t, min(16, T-t), k0, kn)
			}
			for o := o0; o < o1; o += 16 {
				rn := min(16, o1-o)
				packPanel(b.w[:kn*16], wf, wh, kind, in, o, rn, k0, kn)
				for i := range tiles {
					t := t0 + 16*i
					nt := min(16, T-t)
					xp := &b.x[i*kn*16]
					if nt == 16 && rn == 16 {
						_ = y[(t+15)*ldy+o+15]
						kf32x16(&b.w[0], xp, kn, &y[t*ldy+o], ldy, first)
						continue
					}
					tileIn(b.tile[:], 16, y, ldy, t, o, nt, rn, first)
					kf32x16(&b.w[0], xp, kn, &b.tile[0], 16, first)
					tileOut(y, ldy, t, o, nt, rn, b.tile[:], 16)
				}
			}
		}
	}
}

// The avx512 path's float32 products (math=exact, and math=fast on bf16
// weights where VDPBF16PS does not pay): prefillZ from minPrefillT tokens,
// the AVX2 kernels below that.

func matMulF32AVX512(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
	if T < minPrefillT || in == 0 || o0 >= o1 {
		matMulF32AVX2(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	prefillZ(y, ldy, x, nil, w, nil, wF32, T, in, o0, o1)
}

func matMulF16AVX512(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	if T < minPrefillT || in == 0 || o0 >= o1 {
		matMulF16AVX2(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	prefillZ(y, ldy, x, nil, nil, w, wF16, T, in, o0, o1)
}

func matMulBF16AVX512(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
	if T < minPrefillT || in == 0 || o0 >= o1 {
		matMulBF16AVX2(y, ldy, x, w, T, in, o0, o1)
		return
	}
	checkShape(len(y), ldy, len(x), len(w), T, in, o0, o1)
	prefillZ(y, ldy, x, nil, nil, w, wBF16, T, in, o0, o1)
}
