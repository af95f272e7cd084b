package simd_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	ksimd "github.com/gemma-bench/gemma-bench/kernels/simd"
)

// TestConformance holds simd, on every kernel path this machine runs, to
// the suite's float64 oracle with the exact-mode bound.
func TestConformance(t *testing.T) {
	for _, p := range ksimd.Paths {
		t.Run(p, func(t *testing.T) {
			if err := ksimd.Available(p); err != nil {
				t.Skip(err)
			}
			be, err := backends.Open("simd:kernels="+p, backends.Options{Threads: 2})
			if err != nil {
				t.Fatal(err)
			}
			defer be.Close()
			backendtest.RunBackend(t, be, backendtest.Options{Tol: map[backends.DType]backendtest.Tolerance{
				backends.F32: {RTol: 2e-5}, backends.BF16: {RTol: 2e-5}, backends.F16: {RTol: 2e-5},
				backends.Q8_0: {RTol: 2e-5}, backends.Q4_0: {RTol: 2e-5}}})
		})
	}
	if _, err := backends.Open("simd:math=fast", backends.Options{}); err == nil {
		t.Error("math=fast accepted before it exists")
	}
}
