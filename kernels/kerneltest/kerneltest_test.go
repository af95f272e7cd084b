package kerneltest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/kernels/kerneltest"
)

func TestScalarPasses(t *testing.T) {
	t0 := time.Now()
	kerneltest.Run(t, kernels.Scalar, kerneltest.Options{})
	t.Logf("Check took %v", time.Since(t0))
	if m := kernels.Scalar.Missing(); len(m) > 0 {
		t.Errorf("scalar set lacks %v", m)
	}
}

// TestFaultsAreCaught: each fault, planted in a copy of the scalar set,
// must make Check fail on the slot that carries it.
func TestFaultsAreCaught(t *testing.T) {
	faults := []struct {
		slot  string
		plant func(s *kernels.Set)
	}{
		{"MatMulF32", func(s *kernels.Set) { // wrong only on the blocked path
			s.MatMulF32 = func(y []float32, ldy int, x, w []float32, T, in, o0, o1 int) {
				kernels.MatMulF32(y, ldy, x, w, T, in, o0, o1)
				if T >= 16 {
					y[(T-1)*ldy+o0] *= 1.001
				}
			}
		}},
		{"MatMulBF16", func(s *kernels.Set) { // wrong only for wide rows
			s.MatMulBF16 = func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
				kernels.MatMulBF16(y, ldy, x, w, T, in, o0, o1)
				if in > 256 {
					y[o0] += 1e-3
				}
			}
		}},
		{"MatMulF16", func(s *kernels.Set) { // one column past the range
			s.MatMulF16 = func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int) {
				hi := o1
				if o1 < ldy && o1 < len(w)/max(in, 1) {
					hi++
				}
				kernels.MatMulF16(y, ldy, x, w, T, in, o0, hi)
			}
		}},
		{"RoPEAngles", func(s *kernels.Set) { // positions reduced mod 64
			s.RoPEAngles = func(cos, sin []float64, pos float64, inv []float64) {
				kernels.RoPEAngles(cos, sin, float64(int(pos)%64), inv)
			}
		}},
		{"Softmax", func(s *kernels.Set) { // not normalised
			s.Softmax = func(x []float32) {
				kernels.Softmax(x)
				for i := range x {
					x[i] *= 1.01
				}
			}
		}},
		{"Scores", func(s *kernels.Set) { // ignores the soft cap
			s.Scores = func(sc, q, k []float32, scale, c float32) { kernels.Scores(sc, q, k, scale, 0) }
		}},
		{"Argmax", func(s *kernels.Set) { // the last maximum instead of the first
			s.Argmax = func(x []float32) int {
				best := 0
				for i, v := range x {
					if v >= x[best] {
						best = i
					}
				}
				return best
			}
		}},
		{"GeGLU", func(s *kernels.Set) { s.GeGLU = nil }},
	}
	for _, f := range faults {
		t.Run(f.slot, func(t *testing.T) {
			s := kernels.Scalar
			f.plant(&s)
			errs := kerneltest.Check(s, kerneltest.Options{})
			if len(errs) == 0 {
				t.Fatal("Check passed a faulty set")
			}
			if !strings.HasPrefix(errs[0].Error(), f.slot+":") {
				t.Errorf("first error %q does not name %s", errs[0], f.slot)
			}
			t.Logf("caught: %v", errs[0])
		})
	}
	s := kernels.Scalar
	s.Add = nil
	if m := s.Missing(); len(m) != 1 || m[0] != "Add" {
		t.Errorf("Missing() = %v, want [Add]", m)
	}
}
