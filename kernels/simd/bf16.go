package simd

import (
	"math"
	"sync"
	"time"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// wireBF16 sets the bf16-activation × bf16-weight slot of a path. Only
// avx512 has a bf16 dot product (VDPBF16PS); on avx2 the exact product,
// which widens bf16 exactly and runs at the same memory speed, stays the
// one math=fast uses (FastBF16 false).
func wireBF16(s *kernels.Set, path string) {
	if path == "avx512" {
		s.MatMulBF16BF16 = matMulBF16BF16AVX512
		s.FastBF16 = true
	}
}

// BF16PrefillOnFMA reports whether the avx512 path's bf16 × bf16 prefill
// runs on float32 FMAs rather than VDPBF16PS on this CPU (bf16DotPays),
// for the backend's description.
func BF16PrefillOnFMA() bool { return hasAVX512() && bf16OnFMA() }

// bf16Engine forces the bf16 × bf16 prefill's engine, for tests that hold
// both to the scalar twin on any one CPU: 0 follows bf16DotPays, 1 is
// VDPBF16PS, 2 the float32 FMAs.
var bf16Engine = 0

func bf16OnFMA() bool {
	if bf16Engine != 0 {
		return bf16Engine == 2
	}
	return !bf16DotPays()
}

// bf16DotPays says whether VDPBF16PS, two products per float lane,
// outruns the float32 FMAs of the exact product's tile (prefillZ) on
// this core, measured once per process: a Zen 4 core issues it at the
// FMA's rate, so it does twice the work, but an Emerald Rapids core (and
// by the same port binding, we expect, a Sapphire Rapids one) at half
// the rate (81 against 169 GFLOP/s per core, BenchmarkPeakBF16Dot and
// BenchmarkPeakFMAAVX512), and there the bf16 activations, widened into
// prefillZ, make the faster prefill (gemma-2b pp512 28.5 → 46 tok/s on
// two such cores); decode, bound by the weights' bytes, stays on the dot
// product. No CPUID bit says which, so the two register-only loops are
// timed, each the best of three interleaved runs of about 50 µs (the
// later ones past the AVX-512 warm-up), so that a noisy neighbour would
// have to slow one side in all three to flip a choice whose margin is 2×.
var bf16DotPays = sync.OnceValue(func() bool {
	const steps = 1 << 12
	best := func(f func(int)) float64 {
		t0 := time.Now()
		f(steps)
		return time.Since(t0).Seconds()
	}
	dot, fma := math.Inf(1), math.Inf(1)
	for range 3 {
		dot = min(dot, best(peakBF16Dot))
		fma = min(fma, best(peakFMAAVX512))
	}
	// Per step: 16 instructions of 64 flops (dot) and of 32 (fma).
	return 64/dot >= 32/fma
})

// Cache blocking of the prefill tiles: a 4-row weight panel of bK
// columns (16 KB) stays in L1 while it meets every token of a bTok-token
// activation panel (512 KB), which stays in L2.
const (
	bK   = 2048
	bTok = 128
)

// matMulBF16BF16AVX512 is kernels.MatMulBF16BF16 on VDPBF16PS: eight-row
// streams for a few tokens (decode), 6×4 and 4×4 register tiles for a
// few more, and from hMinT tokens on the 16×16 tile on packs (packedBF16);
// columns past the last multiple of 32 are added in Go.
func matMulBF16BF16AVX512(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int) {
	checkShape(len(y), ldy, len(xh), len(w), T, in, o0, o1)
	if T == 0 || o0 >= o1 {
		return
	}
	if in < 32 {
		kernels.MatMulBF16BF16(y, ldy, xh, w, T, in, o0, o1)
		return
	}
	if T >= hMinT && bf16OnFMA() {
		prefillZ(y, ldy, nil, xh, nil, w, wBF16, T, in, o0, o1)
		return
	}
	n := in &^ 31
	if T >= hMinT && in%2 == 0 {
		packedBF16(y, ldy, xh, w, T, in, n, o0, o1)
		return
	}
	t := 0
	if T >= 4 {
		t = T &^ 3
		tiles(y, ldy, xh, w, t, in, n, o0, o1)
	}
	for ; t < T; t++ {
		rowsOneToken(y[t*ldy:], xh[t*in:(t+1)*in], w, in, n, o0, o1)
	}
}

// rowsOneToken: y[o] = w[o,:]·x for o in [o0, o1), one token.
func rowsOneToken(y []float32, x, w []uint16, in, n, o0, o1 int) {
	var s [8]float32
	o := o0
	for ; o+8 <= o1; o += 8 {
		_ = w[(o+7)*in+in-1]
		dot8BF16BF16(&x[0], &w[o*in], in, n, &s)
		for r := range 8 {
			y[o+r] = s[r] + tailDot(x, w[(o+r)*in:(o+r+1)*in], n)
		}
	}
	for ; o < o1; o++ {
		row := w[o*in : (o+1)*in]
		y[o] = dot1BF16BF16(&x[0], &row[0], n) + tailDot(x, row, n)
	}
}

// tiles covers tokens [0, T) (T a multiple of 4) × rows [o0, o1): 6-row
// tiles, then a 4-row one, then single rows.
func tiles(y []float32, ldy int, xh, w []uint16, T, in, n, o0, o1 int) {
	var c [24]float32
	for t0 := 0; t0 < T; t0 += bTok {
		t1 := min(t0+bTok, T)
		for k0 := 0; k0 < n; k0 += bK {
			kn := min(bK, n-k0)
			first, last := k0 == 0, k0+kn == n
			o := o0
			for ; o+6 <= o1; o += 6 {
				tileRows(y, ldy, xh, w, in, n, k0, kn, o, 6, t0, t1, first, last, &c)
			}
			for ; o+4 <= o1; o += 4 {
				tileRows(y, ldy, xh, w, in, n, k0, kn, o, 4, t0, t1, first, last, &c)
			}
			for ; o < o1; o++ {
				row := w[o*in+k0 : o*in+k0+kn]
				for t := t0; t < t1; t++ {
					v := dot1BF16BF16(&xh[t*in+k0], &row[0], kn)
					if last {
						v += tailDot(xh[t*in:(t+1)*in], w[o*in:(o+1)*in], n)
					}
					if first {
						y[t*ldy+o] = v
					} else {
						y[t*ldy+o] += v
					}
				}
			}
		}
	}
}

// tileRows runs the rows-row tile (6 or 4) at rows [o, o+rows) over tokens
// [t0, t1) and columns [k0, k0+kn), storing (first) or adding the sums.
func tileRows(y []float32, ldy int, xh, w []uint16, in, n, k0, kn, o, rows, t0, t1 int, first, last bool, c *[24]float32) {
	_ = w[(o+rows-1)*in+k0+kn-1]
	tail := last && n < in // the tail dots cost as much as the tile when called for nothing
	for t := t0; t < t1; t += 4 {
		_ = xh[(t+3)*in+k0+kn-1]
		if rows == 6 {
			mk6x4BF16BF16(&xh[t*in+k0], in, &w[o*in+k0], in, kn, c)
		} else {
			mk4x4BF16BF16(&xh[t*in+k0], in, &w[o*in+k0], in, kn, (*[16]float32)(c[:16]))
		}
		for r := range rows {
			for j := range 4 {
				v := c[r*4+j]
				if tail {
					v += tailDot(xh[(t+j)*in:(t+j+1)*in], w[(o+r)*in:(o+r+1)*in], n)
				}
				at := (t+j)*ldy + o + r
				if first {
					y[at] = v
				} else {
					y[at] += v
				}
			}
		}
	}
}

// tailDot adds the columns [n, len(x)) that the 32-wide kernels leave.
func tailDot(x, w []uint16, n int) float32 {
	var s float32
	for k := n; k < len(x); k++ {
		s += bf16(w[k]) * bf16(x[k])
	}
	return s
}

// The prefill tile on packs (kbf16x16, bf16_amd64.s): per chunk of hPairs
// column pairs, a token block's activations are packed once as
// [pair][16 tokens] (hTB tokens, 128 KiB, in L2) and shared by every
// 16-row group, whose weights are packed as [pair][16 rows] (16 KiB, in
// L1); both packs are transposes of dwords, each dword two bf16. Every
// VDPBF16PS then takes its token's pair by an embedded broadcast, with no
// horizontal sums: 1.3× the 6×4 tile's GFLOP/s (bf16_bench_test.go).
const (
	hPairs = 256
	hTB    = 128
	hMinT  = 16
)

type bf16Bufs struct {
	w    [hPairs * 16]uint32
	x    [hTB / 16 * hPairs * 16]uint32
	tile [16 * 16]float32
}

// bf16Pool holds each worker's packs (too large for a goroutine stack),
// so that a prefill allocates nothing after its first matmul.
var bf16Pool = sync.Pool{New: func() any { return new(bf16Bufs) }}

// packedBF16 is matMulBF16BF16AVX512 for T ≥ hMinT and even in: columns
// [0, n) on the packs, then the tail columns.
func packedBF16(y []float32, ldy int, xh, w []uint16, T, in, n, o0, o1 int) {
	b := bf16Pool.Get().(*bf16Bufs)
	defer bf16Pool.Put(b)
	_ = y[(T-1)*ldy+o1-1]
	for t0 := 0; t0 < T; t0 += hTB {
		tiles := (min(hTB, T-t0) + 15) / 16
		for k0 := 0; k0 < n; k0 += 2 * hPairs {
			np := min(hPairs, (n-k0)/2)
			first := 0
			if k0 == 0 {
				first = 1
			}
			for i := range tiles {
				t := t0 + 16*i
				pack16(xh, in, t, min(16, T-t), k0, np, b.x[i*np*16:])
			}
			for o := o0; o < o1; o += 16 {
				rn := min(16, o1-o)
				pack16(w, in, o, rn, k0, np, b.w[:])
				for i := range tiles {
					t := t0 + 16*i
					nt := min(16, T-t)
					xp := &b.x[i*np*16]
					if nt == 16 && rn == 16 {
						_ = y[(t+15)*ldy+o+15]
						kbf16x16(&b.w[0], xp, np, &y[t*ldy+o], ldy, first)
						continue
					}
					tileIn(b.tile[:], 16, y, ldy, t, o, nt, rn, first)
					kbf16x16(&b.w[0], xp, np, &b.tile[0], 16, first)
					tileOut(y, ldy, t, o, nt, rn, b.tile[:], 16)
				}
			}
		}
	}
	addTails(y, ldy, xh, w, T, in, n, o0, o1)
}

// pack16 packs rows [r0, r0+rn) of m (rows of in bf16; rows past rn
// repeat the last, up to 16), column pairs from k0 on, np of them (a
// multiple of 8), into p as [pair][16 rows].
func pack16(m []uint16, in, r0, rn, k0, np int, p []uint32) {
	for h := 0; h < 16; h += 8 {
		first, rows := half8(r0, rn, h)
		_ = m[(first+rows-1)*in+k0+2*np-1]
		_ = p[(np-1)*16+h+7]
		pack32AVX2(unsafe.Pointer(&m[first*in+k0]), in/2, rows, np, unsafe.Pointer(&p[h]))
	}
}
