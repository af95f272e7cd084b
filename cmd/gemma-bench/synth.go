package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

func cmdSynth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("synth", "synth --arch NAME --out DIR [--seed N] [--dtype bf16] [--format safetensors|gguf]", stdout, stderr)
	arch := fs.String("arch", "", "canonical config name: "+strings.Join(model.Names(), ", "))
	out := fs.String("out", "", "directory to write the checkpoint into (gguf: DIR/model.gguf, or the file itself when it ends in .gguf)")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	dtype := fs.String("dtype", "bf16", "weight dtype: f32, f16 or bf16; gguf also q8_0 or q4_0 (matrices; norms stay f32)")
	format := fs.String("format", "safetensors", "safetensors (an HF checkpoint directory) or gguf (one llama.cpp file)")
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
		// Repeat the canonical layer pattern (sliding/global) to any depth.
		kinds := c.LayerKinds
		c.Layers, c.LayerKinds = *layers, make([]model.LayerKind, *layers)
		for i := range c.LayerKinds {
			c.LayerKinds[i] = kinds[i%len(kinds)]
		}
	}
	dt, err := backends.ParseDType(*dtype)
	t0 := time.Now()
	var dest string
	switch *format {
	case "safetensors":
		if err != nil || (dt != backends.F32 && dt != backends.F16 && dt != backends.BF16) {
			// Safetensors checkpoints hold float types; block formats come from GGUF.
			return fmt.Errorf("synth: --dtype %q: want f32, f16 or bf16", *dtype)
		}
		if err := checkDest("synth", *out, *force); err != nil {
			return err
		}
		dest = *out
		err = model.Synthesize(*out, c, model.SynthOptions{Seed: *seed, DType: dt})
	case "gguf":
		if err != nil {
			return fmt.Errorf("synth: --dtype %q: want f32, f16, bf16, q8_0 or q4_0", *dtype)
		}
		if dest, err = ggufDest(*out, *force); err != nil {
			return err
		}
		err = model.SynthesizeGGUF(dest, c, model.SynthOptions{Seed: *seed, DType: dt})
	default:
		return fmt.Errorf("synth: --format %q: want safetensors or gguf", *format)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d parameters, %s, seed %d) to %s in %.1fs\n",
		c.Name, c.Family, c.ParamCount(), dt, *seed, dest, time.Since(t0).Seconds())
	return nil
}

// ggufDest is the file a gguf synth writes: --out itself when it names a
// .gguf file (an existing one only with --force), else model.gguf in the
// directory --out, which must be empty or forced as for safetensors.
func ggufDest(out string, force bool) (string, error) {
	if !strings.HasSuffix(out, ".gguf") {
		if err := checkDest("synth", out, force); err != nil {
			return "", err
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			return "", fmt.Errorf("synth: %w", err)
		}
		return filepath.Join(out, "model.gguf"), nil
	}
	switch _, err := os.Stat(out); {
	case err == nil && !force:
		return "", fmt.Errorf("synth: output %s exists; choose another or pass --force to replace it", out)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("synth: output %s: %w", out, err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", fmt.Errorf("synth: %w", err)
	}
	return out, nil
}
