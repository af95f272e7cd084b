package model_test

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/safetensors"
)

// rewriteCheckpoint loads a synthetic checkpoint's tensors, lets edit
// change the list, and writes model.safetensors back.
func rewriteCheckpoint(t *testing.T, dir string, edit func(specs []safetensors.TensorSpec) []safetensors.TensorSpec) {
	t.Helper()
	renameCheckpoint(t, dir, func(n string) string { return n }, edit)
}

// renameCheckpoint is rewriteCheckpoint with every tensor renamed first
// (its data kept).
func renameCheckpoint(t *testing.T, dir string, rename func(string) string, edit func(specs []safetensors.TensorSpec) []safetensors.TensorSpec) {
	t.Helper()
	f, err := safetensors.Open(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	data := map[string][]byte{}
	var specs []safetensors.TensorSpec
	for _, ti := range f.Tensors() {
		data[rename(ti.Name)] = append([]byte(nil), ti.Data...)
		specs = append(specs, safetensors.TensorSpec{Name: rename(ti.Name), DType: ti.DType, Shape: ti.Shape})
	}
	f.Close()
	specs = edit(specs)
	err = safetensors.WriteSharded(dir, specs, nil, 1<<40, func(name string, off int64, dst []byte) error {
		src := data[name]
		for i := range dst {
			if int(off)+i < len(src) {
				dst[i] = src[int(off)+i]
			} else {
				dst[i] = 0
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLoadMalformed(t *testing.T) {
	base := tinyConfig(t, "gemma2-2b", nil)
	cases := []struct {
		name    string
		corrupt func(t *testing.T, dir string)
		want    []string // substrings the error must contain
	}{
		{"missing tensor", func(t *testing.T, dir string) {
			rewriteCheckpoint(t, dir, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				return drop(s, "model.layers.3.mlp.up_proj.weight")
			})
		}, []string{`"model.layers.3.mlp.up_proj.weight"`, "missing"}},
		{"extra tensor", func(t *testing.T, dir string) {
			rewriteCheckpoint(t, dir, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				return append(s, safetensors.TensorSpec{Name: "lm_head.weight", DType: safetensors.BF16, Shape: []int{320, 32}})
			})
		}, []string{`"lm_head.weight"`, "model.safetensors", "unexpected"}},
		{"misshaped tensor", func(t *testing.T, dir string) {
			rewriteCheckpoint(t, dir, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				for i := range s {
					if s[i].Name == "model.layers.0.self_attn.k_proj.weight" {
						s[i].Shape = []int{8, 32}
					}
				}
				return s
			})
		}, []string{`"model.layers.0.self_attn.k_proj.weight"`, "shape [8 32]", "want [16 32]"}},
		{"several problems reported together", func(t *testing.T, dir string) {
			rewriteCheckpoint(t, dir, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				return drop(drop(s, "model.norm.weight"), "model.embed_tokens.weight")
			})
		}, []string{`"model.norm.weight"`, `"model.embed_tokens.weight"`, "2 problem"}},
		{"unsupported dtype", func(t *testing.T, dir string) {
			rewriteCheckpoint(t, dir, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				for i := range s {
					if s[i].Name == "model.norm.weight" {
						s[i].DType = safetensors.I32
					}
				}
				return s
			})
		}, []string{"model.norm.weight"}},
		{"config not JSON", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "config.json"), "{not json")
		}, []string{"config.json", "JSON"}},
		{"unknown model_type", func(t *testing.T, dir string) {
			editConfig(t, dir, func(m map[string]any) { m["model_type"] = "llama" })
		}, []string{"config.json", "llama"}},
		{"bad config value", func(t *testing.T, dir string) {
			editConfig(t, dir, func(m map[string]any) { m["num_key_value_heads"] = 3 })
		}, []string{"config.json", "num_key_value_heads"}},
		{"negative hidden size", func(t *testing.T, dir string) {
			editConfig(t, dir, func(m map[string]any) { m["hidden_size"] = -32 })
		}, []string{"config.json", "hidden_size"}},
		{"config does not match weights", func(t *testing.T, dir string) {
			editConfig(t, dir, func(m map[string]any) { m["intermediate_size"] = 64 })
		}, []string{"mlp.gate_proj.weight", "want [64 32]"}},
		{"missing config", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "config.json"))
		}, []string{"config.json"}},
		{"generation config broken", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "generation_config.json"), `{"eos_token_id": "one"}`)
		}, []string{"generation_config.json", "eos_token_id"}},
		{"truncated safetensors", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "model.safetensors")
			st, _ := os.Stat(p)
			os.Truncate(p, st.Size()-100)
		}, []string{"model.safetensors"}},
		{"header length past EOF", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "model.safetensors")
			f, _ := os.OpenFile(p, os.O_WRONLY, 0)
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], 1<<40)
			f.WriteAt(b[:], 0)
			f.Close()
		}, []string{"model.safetensors", "header"}},
		{"no weights at all", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "model.safetensors"))
		}, []string{"model.safetensors"}},
		{"shard index names a missing file", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "model.safetensors"))
			write(t, filepath.Join(dir, "model.safetensors.index.json"),
				`{"metadata":{},"weight_map":{"model.norm.weight":"model-00001-of-00002.safetensors"}}`)
		}, []string{"model-00001-of-00002.safetensors"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := model.Synthesize(dir, base, model.SynthOptions{Seed: 3, DType: backends.BF16}); err != nil {
				t.Fatal(err)
			}
			tc.corrupt(t, dir)
			m, err := model.Load(dir)
			if err == nil {
				m.Close()
				t.Fatal("Load succeeded on a broken checkpoint")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func drop(s []safetensors.TensorSpec, name string) []safetensors.TensorSpec {
	out := s[:0]
	for _, x := range s {
		if x.Name != name {
			out = append(out, x)
		}
	}
	return out
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func editConfig(t *testing.T, dir string, edit func(map[string]any)) {
	t.Helper()
	p := filepath.Join(dir, "config.json")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	data, _ = json.Marshal(m)
	write(t, p, string(data))
}

func TestSynthesizeRoundTrip(t *testing.T) {
	for _, name := range []string{"gemma-2b", "gemma2-9b", "gemma3-4b"} {
		for _, dt := range []backends.DType{backends.BF16, backends.F32, backends.F16} {
			c := tinyConfig(t, name, nil)
			dir := t.TempDir()
			if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 7, DType: dt}); err != nil {
				t.Fatal(err)
			}
			m, err := model.Load(dir)
			if err != nil {
				t.Fatalf("%s %s: %v", name, dt, err)
			}
			got := m.Config
			got.Name = c.Name
			if gj, cj := mustJSON(t, got), mustJSON(t, c); gj != cj {
				t.Errorf("%s: config round trip:\n got %s\nwant %s", name, gj, cj)
			}
			if m.Weights.Layers[2].Down.DType != dt {
				t.Errorf("%s: stored dtype %s, want %s", name, m.Weights.Layers[2].Down.DType, dt)
			}
			m.Close()
		}
	}
}

// TestSynthesizeDeterministic: same seed, same bytes, whatever the sharding.
func TestSynthesizeDeterministic(t *testing.T) {
	c := tinyConfig(t, "gemma3-1b", nil)
	a, b := t.TempDir(), t.TempDir()
	if err := model.Synthesize(a, c, model.SynthOptions{Seed: 11, DType: backends.BF16}); err != nil {
		t.Fatal(err)
	}
	if err := model.Synthesize(b, c, model.SynthOptions{Seed: 11, DType: backends.BF16, ShardBytes: 20000}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(b, "model.safetensors.index.json")); err != nil {
		t.Fatalf("small shard threshold did not shard: %v", err)
	}
	ma, err := model.Load(a)
	if err != nil {
		t.Fatal(err)
	}
	defer ma.Close()
	mb, err := model.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	defer mb.Close()
	for _, s := range c.TensorSpecs() {
		wa, wb := *s.Slot(ma.Weights), *s.Slot(mb.Weights)
		if string(wa.Data) != string(wb.Data) {
			t.Fatalf("%s differs between single-file and sharded synthesis", s.Name)
		}
	}
	other := t.TempDir()
	if err := model.Synthesize(other, c, model.SynthOptions{Seed: 12, DType: backends.BF16}); err != nil {
		t.Fatal(err)
	}
	mo, err := model.Load(other)
	if err != nil {
		t.Fatal(err)
	}
	defer mo.Close()
	if string(mo.Weights.Embed.Data) == string(ma.Weights.Embed.Data) {
		t.Error("different seeds gave the same embedding")
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLoadMultimodalLayout: a gemma3 (multimodal) checkpoint keeps the text
// model under a prefix and carries a vision tower; both layouts load to the
// same weights, and the vision tensors are skipped.
func TestLoadMultimodalLayout(t *testing.T) {
	c := tinyConfig(t, "gemma3-4b", nil)
	for _, layout := range []struct {
		name   string
		rename func(string) string
	}{
		{"released", func(n string) string { return "language_model." + n }},
		{"transformers-4.52", func(n string) string { return "model.language_model." + strings.TrimPrefix(n, "model.") }},
	} {
		t.Run(layout.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 4, DType: backends.BF16}); err != nil {
				t.Fatal(err)
			}
			plain, err := model.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			embed := append([]byte(nil), plain.Weights.Embed.Data...)
			plain.Close()
			renameCheckpoint(t, dir, layout.rename, func(s []safetensors.TensorSpec) []safetensors.TensorSpec {
				return append(s, safetensors.TensorSpec{Name: "vision_tower.vision_model.post_layernorm.weight", DType: safetensors.BF16, Shape: []int{8}})
			})
			m, err := model.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			if string(m.Weights.Embed.Data) != string(embed) {
				t.Fatal("prefixed checkpoint loaded other weights")
			}
		})
	}
}
