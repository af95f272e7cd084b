package simd

import (
	"os"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels/kerneltest"
)

// TestPaths holds every path to the scalar twins; a path this machine
// cannot run skips with the reason. CI reaches each path through this
// test whatever $GEMMA_BENCH_KERNELS says.
func TestPaths(t *testing.T) {
	for _, p := range Paths {
		t.Run(p, func(t *testing.T) {
			if err := Available(p); err != nil {
				t.Skip(err)
			}
			kerneltest.Run(t, Set(p), kerneltest.Options{})
		})
	}
	if Available("sse9") == nil {
		t.Error("an unknown path reported available")
	}
}

func TestBestHonoursTheOverride(t *testing.T) {
	t.Setenv(EnvVar, "generic")
	if p, err := Best(); err != nil || p != "generic" {
		t.Errorf("Best() = %q, %v with %s=generic", p, err, EnvVar)
	}
	t.Setenv(EnvVar, "nosuch")
	if _, err := Best(); err == nil {
		t.Error("an unknown override accepted")
	}
}

// TestNoAllocs: the AVX2 products allocate nothing, decode and prefill
// (the pack buffer stays on the stack).
func TestNoAllocs(t *testing.T) {
	if Available("avx2") != nil {
		t.Skip("no avx2 here")
	}
	s := Set("avx2")
	const T, out, in = 16, 24, 64
	x, y := make([]float32, T*in), make([]float32, T*out)
	w16, w32 := make([]uint16, out*in), make([]float32, out*in)
	for _, tt := range []int{1, T} {
		if a := testing.AllocsPerRun(5, func() {
			s.MatMulBF16(y, out, x, w16, tt, in, 0, out)
			s.MatMulF16(y, out, x, w16, tt, in, 0, out)
			s.MatMulF32(y, out, x, w32, tt, in, 0, out)
		}); a != 0 {
			t.Errorf("T=%d: %v allocations per call", tt, a)
		}
	}
}

// TestForcedPath checks the path $GEMMA_BENCH_KERNELS forces, as the
// dispatch at the API boundary resolves it: `make paths` runs it once per
// path. A path this CPU lacks skips with the reason; no override, no test
// (TestPaths covers every path anyway).
func TestForcedPath(t *testing.T) {
	p := os.Getenv(EnvVar)
	if p == "" {
		t.Skipf("$%s is not set", EnvVar)
	}
	if err := Available(p); err != nil {
		t.Skipf("$%s=%s: %v", EnvVar, p, err)
	}
	best, err := Best()
	if err != nil || best != p {
		t.Fatalf("Best() = %q, %v with $%s=%s", best, err, EnvVar, p)
	}
	kerneltest.Run(t, Set(best), kerneltest.Options{})
}
