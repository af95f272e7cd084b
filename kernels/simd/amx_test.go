package simd

import (
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// amxEmulate is amxBF16's contract in Go: the 32-token × 32-row sums over
// nks steps of 32 columns, reading a (token rows lda bytes apart) and the
// two weight packs exactly where the tile loads would. With broken set,
// it ignores the second pack (rows 16–31 get rows 0–15's weights): a bug
// the self-test must catch.
func amxEmulate(broken bool) func(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int) {
	return func(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int) {
		half := func(p unsafe.Pointer, off int) float32 { return bf16(*(*uint16)(unsafe.Add(p, off))) }
		for t := range 32 {
			for r := range 32 {
				cp := (*float32)(unsafe.Add(unsafe.Pointer(c), t*ldc+4*r))
				var s float32
				if first == 0 {
					s = *cp
				}
				b, rr := unsafe.Pointer(b0), r
				if r >= 16 {
					rr = r - 16
					if !broken {
						b = unsafe.Pointer(b1)
					}
				}
				for p := range nks * 16 {
					ao, bo := t*lda+4*p, (p*16+rr)*4
					s += half(unsafe.Pointer(a), ao)*half(b, bo) + half(unsafe.Pointer(a), ao+2)*half(b, bo+2)
				}
				*cp = s
			}
		}
	}
}

// withTile runs f with amxTile replaced.
func withTile(t *testing.T, tile func(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int), f func()) {
	t.Helper()
	old := amxTile
	amxTile = tile
	defer func() { amxTile = old }()
	f()
}

// TestAMXDriver holds the amx path's driver and packs to the scalar
// product, the tile routine emulated (this machine has no AMX): whole
// tiles, chunks of columns, and the token, row and column tails that go
// to the avx512 kernels; the self-test passes on a right tile and fails
// on a wrong one.
func TestAMXDriver(t *testing.T) {
	if err := Available("avx512"); err != nil {
		t.Skip(err) // the driver's tails run the avx512 kernels
	}
	withTile(t, amxEmulate(false), func() {
		if err := amxSelfTest(); err != nil {
			t.Errorf("self-test with a right tile: %v", err)
		}
		r := rand.New(rand.NewPCG(7, 8))
		for _, c := range []struct{ T, in, o0, o1 int }{
			{32, 32, 0, 32}, {64, 64, 0, 64}, {65, 96, 3, 70}, {33, 1024 + 64 + 2, 1, 40}, {100, 2*amxPairs*2 + 32, 0, 96}, {31, 64, 0, 64}, {64, 64, 0, 31},
		} {
			xh, w := randBF16(r, c.T*c.in), randBF16(r, c.o1*c.in)
			ldy := c.o1 + 2
			got, want := make([]float32, c.T*ldy), make([]float32, c.T*ldy)
			for i := range got {
				got[i], want[i] = -7, -7
			}
			matMulBF16BF16AMX(got, ldy, xh, w, c.T, c.in, c.o0, c.o1)
			kernels.MatMulBF16BF16(want, ldy, xh, w, c.T, c.in, c.o0, c.o1)
			var worst, scale float64
			for i := range want {
				scale = max(scale, math.Abs(float64(want[i])))
				worst = max(worst, math.Abs(float64(got[i]-want[i])))
			}
			if !(worst <= 1e-4*scale) {
				t.Errorf("%+v: max |Δ| %.3g (max |y| %.3g)", c, worst, scale)
			}
		}
	})
	withTile(t, amxEmulate(true), func() {
		if err := amxSelfTest(); err == nil {
			t.Error("self-test passed a tile that gives rows 16–31 the wrong weights")
		} else {
			t.Logf("a broken tile is refused: %v", err)
		}
	})
}
