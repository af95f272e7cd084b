package simd

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/kernels/kerneltest"
)

// TestBF16BF16Shapes holds the VDPBF16PS product to its scalar twin over
// token counts around the tile sizes, widths around 32 and the cache
// block, and row ranges off the 4- and 8-row tiles (kerneltest adds
// unaligned slices and out-of-range writes).
func TestBF16BF16Shapes(t *testing.T) {
	if Available("avx512") != nil {
		t.Skip(Available("avx512"))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, in := range []int{31, 32, 33, 64, 95, 2048, bK + 32 + 5} {
		for _, T := range []int{1, 3, 4, 5, 8, 13} {
			for _, r := range [][2]int{{0, 1}, {0, 8}, {3, 14}, {5, 22}} {
				out := r[1] + 1
				x := make([]uint16, T*in)
				w := make([]uint16, out*in)
				for i := range x {
					x[i] = kernels.F32ToBF16(float32(rng.NormFloat64()))
				}
				for i := range w {
					w[i] = kernels.F32ToBF16(float32(rng.NormFloat64()))
				}
				got, want := make([]float32, T*out), make([]float32, T*out)
				matMulBF16BF16AVX512(got, out, x, w, T, in, r[0], r[1])
				kernels.MatMulBF16BF16(want, out, x, w, T, in, r[0], r[1])
				for i := range got {
					// A reassociated float32 sum of in exact products.
					if d := math.Abs(float64(got[i] - want[i])); d > 1e-5*float64(in) {
						t.Fatalf("in=%d T=%d rows=%v: y[%d] = %g, want %g", in, T, r, i, got[i], want[i])
					}
				}
			}
		}
	}
}

func TestBF16BF16NoAllocs(t *testing.T) {
	if Available("avx512") != nil {
		t.Skip(Available("avx512"))
	}
	const in, out = 2048, 16
	x, w, y := make([]uint16, 16*in), make([]uint16, out*in), make([]float32, 16*out)
	for _, T := range []int{1, 16} {
		if a := testing.AllocsPerRun(5, func() { matMulBF16BF16AVX512(y, out, x, w, T, in, 0, out) }); a != 0 {
			t.Errorf("T=%d: %v allocations per call", T, a)
		}
	}
}

// TestBF16PrefillEngines holds both engines of the bf16 × bf16 prefill,
// VDPBF16PS and the float32 FMAs, to the scalar twin, whichever one
// bf16DotPays picks on this CPU.
func TestBF16PrefillEngines(t *testing.T) {
	if err := Available("avx512"); err != nil {
		t.Skip(err)
	}
	defer func(e int) { bf16Engine = e }(bf16Engine)
	for _, e := range []int{1, 2} {
		bf16Engine = e
		if got := bf16OnFMA(); got != (e == 2) {
			t.Fatalf("bf16Engine %d: bf16OnFMA() = %v", e, got)
		}
		kerneltest.Run(t, Set("avx512"), kerneltest.Options{Slots: []string{"MatMulBF16BF16"}})
	}
}
