// Package simd registers the "simd" backend: the CPU executor of
// backends/cpu bound to a vectorised kernel set from kernels/simd, chosen
// at run time from the CPU (or $GEMMA_BENCH_KERNELS, or the kernels=
// option). Options: kernels=generic|avx2, math=exact (the go backend's
// numerics, f32 activations everywhere; the narrow "fast" mode is not
// built yet), and the CPU backend's kv=full|ring.
package simd

import (
	"fmt"
	"os"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/cpu"
	ksimd "github.com/gemma-bench/gemma-bench/kernels/simd"
)

func init() {
	backends.Register(backends.Registration{
		Name:        "simd",
		Description: "CPU executor over Go assembly kernels (runtime CPU dispatch; $GEMMA_BENCH_KERNELS forces a path)",
		Priority:    10,
		Probe:       probe,
		Open:        open,
	})
}

// probe refuses, so that the automatic choice falls back to go, when no
// vectorised path runs here and none was forced.
func probe() error {
	p, err := ksimd.Best()
	if err != nil {
		return err
	}
	if p == "generic" && os.Getenv(ksimd.EnvVar) == "" {
		return fmt.Errorf("no SIMD kernel path on this CPU (set %s=generic to run the scalar set under this name)", ksimd.EnvVar)
	}
	return nil
}

func open(o backends.Options) (backends.Backend, error) {
	path, err := ksimd.Best()
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	rest := map[string]string{}
	for k, v := range o.Extra {
		switch k {
		case "kernels":
			if err := ksimd.Available(v); err != nil {
				return nil, fmt.Errorf("simd: option kernels=%s: %w", v, err)
			}
			path = v
		case "math":
			if v != "exact" {
				return nil, fmt.Errorf("simd: option math=%q: only exact is built so far", v)
			}
		default:
			rest[k] = v
		}
	}
	o.Extra = rest
	return cpu.New("simd", ksimd.Set(path), o)
}
