package simd

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// TestPrefillZMatchesAVX2: the ZMM prefill keeps the AVX2 prefill's
// numerics (each output one FMA chain in k order), bit for bit, over a
// token count past one block (zTB), k panels with a tail, partial row
// tiles and a padded y; bf16 activations give what their exact widening
// gives.
func TestPrefillZMatchesAVX2(t *testing.T) {
	for _, p := range []string{"avx2", "avx512"} {
		if err := Available(p); err != nil {
			t.Skip(err)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	const T, in, out, ldy, o0, o1 = zTB + 37, 2*pK + 83, 45, 50, 3, 45
	wf := make([]float32, out*in)
	wh := make([]uint16, out*in)
	for i := range wf {
		wh[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
		wf[i] = bf16(wh[i]) * 1.0001
	}
	w16 := make([]uint16, out*in)
	for i := range w16 {
		w16[i] = kernels.F32ToF16(float32(r.NormFloat64()))
	}
	xh := make([]uint16, T*in)
	x := make([]float32, T*in)
	for i := range x {
		xh[i] = kernels.F32ToBF16(float32(r.NormFloat64()))
		x[i] = bf16(xh[i])
	}
	cases := []struct {
		name string
		wf   []float32
		wh   []uint16
		kind wkind
		xh   []uint16
	}{
		{"f32", wf, nil, wF32, nil},
		{"bf16", nil, wh, wBF16, nil},
		{"f16", nil, w16, wF16, nil},
		{"bf16×bf16", nil, wh, wBF16, xh},
	}
	for _, c := range cases {
		want := make([]float32, T*ldy)
		got := make([]float32, T*ldy)
		for i := range got {
			want[i], got[i] = -7, -7 // outside [o0, o1) must stay
		}
		prefill(want, ldy, x, c.wf, c.wh, c.kind, T, in, o0, o1)
		zx := x
		if c.xh != nil {
			zx = nil
		}
		prefillZ(got, ldy, zx, c.xh, c.wf, c.wh, c.kind, T, in, o0, o1)
		bad := 0
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				if bad++; bad <= 3 {
					t.Errorf("%s: y[t=%d, o=%d] = %v, AVX2 prefill gives %v", c.name, i/ldy, i%ldy, got[i], want[i])
				}
			}
		}
		if bad > 3 {
			t.Errorf("%s: %d outputs differ in all", c.name, bad)
		}
	}
}
