package simd

import (
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
	for _, p := range []string{"avx512", "amx", "sse9"} {
		if Available(p) == nil {
			t.Errorf("path %q reported available", p)
		}
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
