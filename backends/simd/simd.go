// Package simd registers the "simd" backend: the CPU executor of
// backends/cpu bound to a vectorised kernel set from kernels/simd, chosen
// at run time from the CPU (or $GEMMA_BENCH_KERNELS, or the kernels=
// option). Options: kernels=avx512|avxvnni|avx2|generic; math=fast (the
// default: activations narrowed to bf16 or Q8 for the matmuls whose
// kernel path has a narrow dot product, llama.cpp's numerics class) or
// math=exact (the go backend's numerics, f32 activations everywhere); and
// the CPU backend's kv=full|ring and repack=auto|on|off (whether math=fast
// multiplies Q4_0 and Q8_0 matrices in the path's packed layouts: auto
// where the copy costs no memory, a mapped checkpoint's).
package simd

import (
	"fmt"
	"os"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/cpu"
	"github.com/gemma-bench/gemma-bench/kernels"
	ksimd "github.com/gemma-bench/gemma-bench/kernels/simd"
)

func init() {
	backends.Register(backends.Registration{
		Name:        "simd",
		Description: "CPU executor over Go assembly kernels (runtime CPU dispatch; $GEMMA_BENCH_KERNELS forces a path)",
		Priority:    10,
		Probe:       probe,
		Details:     details,
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

// details is what open would choose here, for `gemma-bench backends`.
func details() string {
	var here []string
	for _, p := range ksimd.Paths {
		if ksimd.Available(p) == nil {
			here = append(here, p)
		}
	}
	best, err := ksimd.Best()
	if err != nil {
		best = err.Error()
	}
	d := fmt.Sprintf("kernels=%s math=fast (paths here: %s; math=exact|fast)", best, strings.Join(here, ", "))
	if err != nil {
		return d
	}
	s := ksimd.Set(best)
	var packs []string
	for _, l := range []struct {
		dtype string
		p     *kernels.PackedLayout
	}{{"Q4_0", s.PackedQ4_0}, {"Q8_0", s.PackedQ8_0}} {
		if l.p != nil {
			packs = append(packs, l.dtype+" as "+l.p.Name)
		}
	}
	if len(packs) > 0 {
		d += fmt.Sprintf(" repack=auto (%s; auto|on|off)", strings.Join(packs, ", "))
	}
	if best == "avx512" && ksimd.BF16PrefillOnFMA() {
		d += "; math=fast bf16 prefill on FMA (VDPBF16PS is slower than FMA on this CPU)"
	}
	return d
}

func open(o backends.Options) (backends.Backend, error) {
	path, err := ksimd.Best()
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	numerics := cpu.Fast
	rest := map[string]string{}
	for k, v := range o.Extra {
		switch k {
		case "kernels":
			if err := ksimd.Available(v); err != nil {
				return nil, fmt.Errorf("simd: option kernels=%s: %w", v, err)
			}
			path = v
		case "math":
			switch v {
			case "exact":
				numerics = cpu.Exact
			case "fast":
				numerics = cpu.Fast
			default:
				return nil, fmt.Errorf("simd: option math=%q: want exact or fast", v)
			}
		default:
			rest[k] = v
		}
	}
	o.Extra = rest
	return cpu.NewWith("simd", ksimd.Set(path), numerics, o)
}
