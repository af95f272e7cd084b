package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

func cmdSynth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("synth", "synth --arch NAME --out DIR [--seed N] [--dtype bf16]", stdout, stderr)
	arch := fs.String("arch", "", "canonical config name: "+strings.Join(model.Names(), ", "))
	out := fs.String("out", "", "directory to write the checkpoint into")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	dtype := fs.String("dtype", "bf16", "weight dtype: f32, f16 or bf16")
	layers := fs.Int("layers", 0, "override the number of layers (0 = the config's, at most 1024), for quick shape tests")
	force := fs.Bool("force", false, "replace a non-empty --out")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := inRange("synth", "layers", *layers, 0, 1024); err != nil {
		return err
	}
	if *arch == "" || *out == "" {
		fs.Usage()
		return fmt.Errorf("synth: --arch and --out are required")
	}
	c, err := model.ByName(*arch)
	if err != nil {
		return err
	}
	if *layers > 0 {
		c.Layers = *layers
		c.LayerKinds = c.LayerKinds[:min(*layers, len(c.LayerKinds))]
		for len(c.LayerKinds) < *layers {
			c.LayerKinds = append(c.LayerKinds, c.LayerKinds[len(c.LayerKinds)%len(c.LayerKinds)])
		}
	}
	dt, err := backends.ParseDType(*dtype)
	if err != nil || (dt != backends.F32 && dt != backends.F16 && dt != backends.BF16) {
		// Safetensors checkpoints hold float types; block formats come from GGUF.
		return fmt.Errorf("synth: --dtype %q: want f32, f16 or bf16", *dtype)
	}
	if err := checkDest("synth", *out, *force); err != nil {
		return err
	}
	t0 := time.Now()
	if err := model.Synthesize(*out, c, model.SynthOptions{Seed: *seed, DType: dt}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d parameters, %s, seed %d) to %s in %.1fs\n",
		c.Name, c.Family, c.ParamCount(), dt, *seed, *out, time.Since(t0).Seconds())
	return nil
}
