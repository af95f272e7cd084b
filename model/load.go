package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/mmap"
	"github.com/gemma-bench/gemma-bench/model/safetensors"
)

// Model is a loaded checkpoint: its config and weights, the weights still
// in their stored dtype and (for safetensors) still in the page cache.
type Model struct {
	Config  Config
	Weights *Weights
	Dir     string
	closer  interface{ Close() error }
}

// Close releases the checkpoint's mappings. Weights must not be used after.
func (m *Model) Close() error {
	if m.closer == nil {
		return nil
	}
	err := m.closer.Close()
	m.closer = nil
	return err
}

// Load reads an HF-layout checkpoint directory: config.json,
// generation_config.json (optional) and model.safetensors or a sharded
// model.safetensors.index.json. A path to a .gguf file, or a directory
// with no safetensors but exactly one .gguf file, loads that file instead
// (see LoadGGUF).
func Load(dir string) (*Model, error) {
	switch path, isGGUF, err := ggufPath(dir); {
	case err != nil:
		return nil, err
	case isGGUF:
		return LoadGGUF(path)
	}
	cfg, err := ReadHFConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	if err := readGenerationConfig(filepath.Join(dir, "generation_config.json"), &cfg); err != nil {
		return nil, err
	}
	ck, err := safetensors.OpenDir(dir)
	if err != nil {
		return nil, err
	}
	w, err := BindWeights(cfg, ck.Tensor, ck.Tensors())
	if err != nil {
		ck.Close()
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return newMapped(cfg, w, dir, ck), nil
}

// newMapped is a Model whose weights view its checkpoint's file mapping,
// each Weight marked so (backends.Weight.Mapped) where the mapping is real.
func newMapped(cfg Config, w *Weights, dir string, closer interface{ Close() error }) *Model {
	for _, s := range cfg.TensorSpecs() {
		if t := *s.Slot(w); t != nil {
			t.Mapped = mmap.Mapped
		}
	}
	return &Model{Config: cfg, Weights: w, Dir: dir, closer: closer}
}

// BindWeights fills a Weights from a tensor source, checking it against the
// weight table. Every problem is reported together, by tensor name and
// file: a checkpoint from the wrong model usually has dozens at once.
func BindWeights(c Config, lookup func(string) (safetensors.TensorInfo, bool), all []safetensors.TensorInfo) (*Weights, error) {
	w := &Weights{Layers: make([]LayerWeights, c.Layers)}
	var errs []error
	want := map[string]bool{}
	prefix := textPrefix(all)
	for _, s := range c.TensorSpecs() {
		name := prefix.apply(s.Name)
		want[name] = true
		t, ok := lookup(name)
		if !ok {
			errs = append(errs, fmt.Errorf("tensor %q: missing (want shape %v)", name, s.Shape))
			continue
		}
		if !slices.Equal(t.Shape, s.Shape) {
			errs = append(errs, fmt.Errorf("%s: tensor %q: shape %v, want %v", filepath.Base(t.File), s.Name, t.Shape, s.Shape))
			continue
		}
		dt, err := storedDType(t.DType)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: tensor %q: %w", filepath.Base(t.File), s.Name, err))
			continue
		}
		*s.Slot(w) = &backends.Weight{Name: s.Name, DType: dt, Shape: s.Shape, Data: t.Data}
	}
	var extra []string
	for _, t := range all {
		if !want[t.Name] && !isVisionTensor(t.Name) {
			extra = append(extra, fmt.Sprintf("%q (%s)", t.Name, filepath.Base(t.File)))
		}
	}
	if len(extra) > 0 {
		errs = append(errs, fmt.Errorf("%d unexpected tensor(s) for %s: %s", len(extra), c.Family, strings.Join(extra, ", ")))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("checkpoint does not match config (%d problem(s)): %w", len(errs), errors.Join(errs...))
	}
	return w, nil
}

// namePrefix maps the weight table's text-model names onto a multimodal
// Gemma 3 checkpoint (model_type gemma3), which stores the language model
// under a prefix: "language_model.model.…" in the released files,
// "model.language_model.…" as transformers ≥ 4.52 saves it.
type namePrefix int

const (
	plainNames namePrefix = iota
	languageModelFirst
	languageModelInner
)

func textPrefix(all []safetensors.TensorInfo) namePrefix {
	for _, t := range all {
		switch {
		case strings.HasPrefix(t.Name, "language_model.model."):
			return languageModelFirst
		case strings.HasPrefix(t.Name, "model.language_model."):
			return languageModelInner
		}
	}
	return plainNames
}

func (p namePrefix) apply(name string) string {
	rest, isModel := strings.CutPrefix(name, "model.")
	switch {
	case p == languageModelFirst:
		return "language_model." + name
	case p == languageModelInner && isModel:
		return "model.language_model." + rest
	}
	return name
}

// isVisionTensor: a multimodal checkpoint's image tower and projector are
// not part of the text model this project runs; they are skipped, not
// reported as unexpected.
func isVisionTensor(name string) bool {
	for _, p := range []string{"vision_tower.", "multi_modal_projector.", "model.vision_tower.", "model.multi_modal_projector."} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func storedDType(d safetensors.DType) (backends.DType, error) {
	switch d {
	case safetensors.F32:
		return backends.F32, nil
	case safetensors.F16:
		return backends.F16, nil
	case safetensors.BF16:
		return backends.BF16, nil
	}
	return 0, fmt.Errorf("dtype %s: %w", d, safetensors.ErrUnsupportedDType)
}

// readGenerationConfig takes the EOS ids generation stops at. A missing file
// is fine (config.json's ids stand); a broken one is an error.
func readGenerationConfig(path string, c *Config) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return parseGenerationConfig(data, path, c)
}
