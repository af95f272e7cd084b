package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model/gguf"
	"github.com/gemma-bench/gemma-bench/model/safetensors"
)

// LoadGGUF reads a llama.cpp GGUF file of a Gemma text model
// (general.architecture gemma, gemma2 or gemma3). The metadata is the
// whole config, read the way llama.cpp reads it (GGUFConfig); a
// config.json beside the file is not consulted, so a file runs the same
// here as under llama.cpp. Tensors keep their stored type (F32, F16, BF16,
// Q8_0, Q4_0) and stay in the file's mapping until Close; RMSNorm weights
// are used as the 1+w llama.cpp stores. Model.Dir is the file's directory.
func LoadGGUF(path string) (*Model, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	cfg, err := GGUFConfig(f)
	var w *Weights
	if err == nil {
		w, err = bindGGUF(cfg, f)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return newMapped(cfg, w, filepath.Dir(path), f), nil
}

// ggufPath decides whether Load's argument names a GGUF model: a regular
// file is one (whatever its name; a file that is not GGUF fails on its
// magic), and so is a directory holding exactly one *.gguf and neither
// model.safetensors nor its index, which would make it an HF checkpoint.
// A directory with several .gguf files is ambiguous and an error.
func ggufPath(path string) (string, bool, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return "", false, nil // the HF path reports it
	case st.Mode().IsRegular():
		return path, true, nil
	case !st.IsDir():
		return "", false, nil
	}
	for _, name := range []string{safetensors.SingleFileName, safetensors.IndexFileName} {
		if _, err := os.Stat(filepath.Join(path, name)); err == nil {
			return "", false, nil
		}
	}
	found, err := filepath.Glob(filepath.Join(path, "*.gguf"))
	if err != nil {
		return "", false, err
	}
	switch len(found) {
	case 0:
		return "", false, nil
	case 1:
		return found[0], true, nil
	}
	for i := range found {
		found[i] = filepath.Base(found[i])
	}
	return "", false, fmt.Errorf("%s: holds %d .gguf files (%s) and no safetensors; pass the path of one", path, len(found), strings.Join(found, ", "))
}

// bindGGUF fills a Weights from the file through the weight table, under
// llama.cpp's tensor names. Every problem is reported together, as
// BindWeights does.
func bindGGUF(c Config, f *gguf.File) (*Weights, error) {
	w := &Weights{Layers: make([]LayerWeights, c.Layers), NormsStoredPlusOne: true}
	var errs []error
	want := map[string]bool{}
	for _, s := range c.TensorSpecs() {
		name := ggufTensorName(s.Name, c.Family)
		want[name] = true
		t, ok := f.Tensor(name)
		if !ok {
			errs = append(errs, fmt.Errorf("tensor %q: missing (want shape %v)", name, s.Shape))
			continue
		}
		dt, err := ggufDType(t.Type)
		switch {
		case err != nil:
		case !slices.Equal(t.Shape, s.Shape):
			err = fmt.Errorf("shape %v, want %v", t.Shape, s.Shape)
		case s.Role == RoleNorm && dt.BlockSize() > 1:
			err = fmt.Errorf("type %s: a norm must be F32, F16 or BF16", t.Type)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("tensor %q: %w", name, err))
			continue
		}
		*s.Slot(w) = &backends.Weight{Name: name, DType: dt, Shape: s.Shape, Data: t.Data}
	}
	var extra []string
	for _, t := range f.Tensors() {
		if !want[t.Name] {
			extra = append(extra, fmt.Sprintf("%q", t.Name))
		}
	}
	if len(extra) > 0 {
		errs = append(errs, fmt.Errorf("%d unexpected tensor(s) for %s: %s", len(extra), c.Family, strings.Join(extra, ", ")))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: tensors do not match the metadata (%d problem(s)): %w", f.Path(), len(errs), errors.Join(errs...))
	}
	return w, nil
}

// ggufDType maps the ggml types gemma-bench computes with onto backend
// dtypes; both sides use GGML's block layouts, so the bytes pass as they are.
func ggufDType(t gguf.GGMLType) (backends.DType, error) {
	switch t {
	case gguf.F32:
		return backends.F32, nil
	case gguf.F16:
		return backends.F16, nil
	case gguf.BF16:
		return backends.BF16, nil
	case gguf.Q8_0:
		return backends.Q8_0, nil
	case gguf.Q4_0:
		return backends.Q4_0, nil
	}
	return 0, fmt.Errorf("type %s: %w (supported: F32, F16, BF16, Q8_0, Q4_0)", t, gguf.ErrUnsupportedType)
}
