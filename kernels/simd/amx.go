package simd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// The amx path: the avx512 set with bf16 × bf16 prefill on AMX tiles
// (TDPBF16PS, amx_amd64.s). Only the bf16 product is on tiles: a Q8_0 or
// Q4_0 block has its own scale every 32 columns, so TDPBUSD would give one
// tile's worth of work per scale multiply, and the ZMM VNNI tile
// (quant.go) stays.
//
// UNVERIFIED: no machine with AMX was at hand when this was written. The
// driver below and the packs are tested here against an emulation of the
// tile routine (amx_test.go); the routine itself is not. So the path is
// offered only after a self-test on the CPU that runs it (amxSelfTest),
// and a failure says so and leaves avx512 as the best path.

// amxTile is the 32-token × 32-row tile routine: amxBF16 (assembly);
// tests put an emulation of its contract in its place.
var amxTile = amxBF16

const (
	amxPairs = 512 // column pairs per chunk: a 32-row panel's pack, 64 KiB, in L2
	amxMinT  = 32
)

type amxBufs struct {
	w [2 * amxPairs * 16]uint32
}

var amxPool = sync.Pool{New: func() any { return new(amxBufs) }}

// matMulBF16BF16AMX is kernels.MatMulBF16BF16 with the largest block of
// whole 32-token × 32-row tiles on AMX, the rest (the last tokens, the
// last rows, columns past the last multiple of 32) on the avx512 kernels.
func matMulBF16BF16AMX(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int) {
	checkShape(len(y), ldy, len(xh), len(w), T, in, o0, o1)
	n := in &^ 31
	tm := T &^ 31
	om := o0 + (o1-o0)&^31
	if tm == 0 || om == o0 || n == 0 || in%2 != 0 {
		matMulBF16BF16AVX512(y, ldy, xh, w, T, in, o0, o1)
		return
	}
	b := amxPool.Get().(*amxBufs)
	defer amxPool.Put(b)
	for k0 := 0; k0 < n; k0 += 2 * amxPairs {
		np := min(amxPairs, (n-k0)/2) // a multiple of 16: one weight tile per 16
		first := 0
		if k0 == 0 {
			first = 1
		}
		p0, p1 := b.w[:np*16], b.w[np*16:2*np*16]
		for o := o0; o < om; o += 32 {
			pack16(w, in, o, 16, k0, np, p0)
			pack16(w, in, o+16, 16, k0, np, p1)
			for t := 0; t < tm; t += 32 {
				_ = xh[(t+31)*in+k0+2*np-1]
				_ = y[(t+31)*ldy+o+31]
				amxTile(&xh[t*in+k0], 2*in, &p0[0], &p1[0], np/16, &y[t*ldy+o], 4*ldy, first)
			}
		}
	}
	addTails(y, ldy, xh, w, tm, in, n, o0, om)
	if om < o1 {
		matMulBF16BF16AVX512(y, ldy, xh[:tm*in], w, tm, in, om, o1)
	}
	if tm < T {
		matMulBF16BF16AVX512(y[tm*ldy:], ldy, xh[tm*in:], w, T-tm, in, o0, o1)
	}
}

// amxSelfTest runs one product with whole tiles, a chunk boundary and
// every tail against the scalar twin: the tile routine has never run
// where it was written, and a CPU that has AMX must show it right before
// the path is offered.
func amxSelfTest() error {
	// 40 tokens and 45 rows: one whole tile block and both tails; 2150
	// columns: two full chunks of pairs, a short one and 6 tail columns.
	const T, in, out = 40, 4*amxPairs + 102, 45
	r := rand.New(rand.NewPCG(5, 6))
	gen := func(n int) []uint16 {
		v := make([]uint16, n)
		for i := range v {
			v[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
		}
		return v
	}
	xh, w := gen(T*in), gen(out*in)
	got, want := make([]float32, T*out), make([]float32, T*out)
	matMulBF16BF16AMX(got, out, xh, w, T, in, 0, out)
	kernels.MatMulBF16BF16(want, out, xh, w, T, in, 0, out)
	var worst, scale float64
	for i := range want {
		scale = max(scale, math.Abs(float64(want[i])))
		worst = max(worst, math.Abs(float64(got[i]-want[i])))
	}
	if !(worst <= 1e-3*scale) {
		return fmt.Errorf("AMX self-test: max |Δ| %.3g against the scalar product (max |y| %.3g)", worst, scale)
	}
	return nil
}
