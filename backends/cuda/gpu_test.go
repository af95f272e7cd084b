package cuda_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
)

// TestGPUConformance runs the suite on the real device, replaying captured
// CUDA graphs (the default) and launch by launch. Where the libraries or a
// device are missing, or $GEMMA_BENCH_CUDA_EXPERIMENTAL is not 1, Probe
// says so and the test skips with that reason; scripts/gpu-check.sh runs
// it on a GPU machine.
func TestGPUConformance(t *testing.T) {
	for _, spec := range []string{"cuda", "cuda:graphs=off"} {
		t.Run(spec, func(t *testing.T) { backendtest.Run(t, spec, backendtest.Options{}) })
	}
}
