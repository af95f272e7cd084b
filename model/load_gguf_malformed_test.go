package model_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/gguf"
)

// rewriteGGUF copies the GGUF file src to dir/name with its metadata and
// tensors edited, for files the synthesizer would never write.
func rewriteGGUF(t *testing.T, src, dst string, kvs func([]gguf.KV) []gguf.KV, tensors func([]gguf.Tensor) []gguf.Tensor) {
	t.Helper()
	f, err := gguf.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	md := f.KVs()
	var ts []gguf.Tensor
	for _, ti := range f.Tensors() {
		ts = append(ts, gguf.Tensor{TensorSpec: gguf.TensorSpec{Name: ti.Name, Type: ti.Type, Shape: ti.Shape}, Data: ti.Data})
	}
	if kvs != nil {
		md = kvs(md)
	}
	if tensors != nil {
		ts = tensors(ts)
	}
	if err := gguf.Write(dst, md, ts); err != nil {
		t.Fatal(err)
	}
}

func setKV(key string, v any) func([]gguf.KV) []gguf.KV {
	return func(kvs []gguf.KV) []gguf.KV {
		for i := range kvs {
			if kvs[i].Key == key {
				kvs[i].Value = v
				return kvs
			}
		}
		return append(kvs, gguf.KV{Key: key, Value: v})
	}
}

func dropKV(key string) func([]gguf.KV) []gguf.KV {
	return func(kvs []gguf.KV) []gguf.KV {
		return slices.DeleteFunc(kvs, func(kv gguf.KV) bool { return kv.Key == key })
	}
}

func editTensor(name string, edit func(*gguf.Tensor)) func([]gguf.Tensor) []gguf.Tensor {
	return func(ts []gguf.Tensor) []gguf.Tensor {
		for i := range ts {
			if ts[i].Name == name {
				edit(&ts[i])
			}
		}
		return ts
	}
}

func TestLoadGGUFMalformed(t *testing.T) {
	c := tinyConfig(t, "gemma3-270m", nil)
	_, src := synthGGUF(t, c, backends.F32, 1)
	cases := []struct {
		name    string
		kvs     func([]gguf.KV) []gguf.KV
		tensors func([]gguf.Tensor) []gguf.Tensor
		want    []string
		unsuppt bool
	}{
		{name: "missing tensor", tensors: func(ts []gguf.Tensor) []gguf.Tensor {
			return slices.DeleteFunc(ts, func(t gguf.Tensor) bool { return t.Name == "blk.3.attn_k.weight" || t.Name == "output_norm.weight" })
		}, want: []string{"2 problem(s)", `tensor "blk.3.attn_k.weight": missing (want shape [16 32])`, `tensor "output_norm.weight": missing`}},
		{name: "wrong shape", tensors: editTensor("blk.0.ffn_up.weight", func(t *gguf.Tensor) { t.Shape = []int{32, 48}; t.Data = t.Data[:32*48*4] }),
			want: []string{`tensor "blk.0.ffn_up.weight": shape [32 48], want [48 32]`}},
		{name: "unsupported type", tensors: editTensor("blk.1.attn_q.weight", func(t *gguf.Tensor) {
			t.Type, t.Shape, t.Data = gguf.Q4_K, []int{1, 256}, make([]byte, 144)
		}), want: []string{`tensor "blk.1.attn_q.weight"`, "type Q4_K: unsupported ggml type"}, unsuppt: true},
		{name: "quantized norm", tensors: editTensor("blk.0.attn_norm.weight", func(t *gguf.Tensor) { t.Type, t.Data = gguf.Q8_0, make([]byte, 34) }),
			want: []string{`tensor "blk.0.attn_norm.weight": type Q8_0: a norm must be F32, F16 or BF16`}},
		{name: "unexpected tensor", tensors: func(ts []gguf.Tensor) []gguf.Tensor {
			return append(ts, gguf.Tensor{TensorSpec: gguf.TensorSpec{Name: "rope_freqs.weight", Type: gguf.F32, Shape: []int{4}}, Data: make([]byte, 16)})
		}, want: []string{`1 unexpected tensor(s) for gemma3: "rope_freqs.weight"`}},
		{name: "missing block_count", kvs: dropKV("gemma3.block_count"), want: []string{`key "gemma3.block_count": missing`}},
		{name: "missing epsilon", kvs: dropKV("gemma3.attention.layer_norm_rms_epsilon"), want: []string{`key "gemma3.attention.layer_norm_rms_epsilon": missing`}},
		{name: "wrong key type", kvs: setKV("gemma3.embedding_length", "32"), want: []string{`key "gemma3.embedding_length": string, want a non-negative integer`}},
		{name: "negative head count", kvs: setKV("gemma3.attention.head_count", int32(-4)), want: []string{`key "gemma3.attention.head_count": int32 -4`}},
		{name: "huge block count", kvs: setKV("gemma3.block_count", uint32(1<<30)), want: []string{`key "gemma3.block_count": 1073741824 is implausibly large`}},
		{name: "depth beyond limit", kvs: setKV("gemma3.block_count", uint32(5000)), want: []string{`key "gemma3.block_count": 5000 exceeds the limit of 1024`}},
		{name: "zero heads", kvs: setKV("gemma3.attention.head_count", uint32(0)), want: []string{`key "gemma3.attention.head_count": 0 must be positive`}},
		{name: "kv heads do not divide", kvs: setKV("gemma3.attention.head_count_kv", uint32(3)), want: []string{`key "gemma3.attention.head_count_kv": 3 does not divide`}},
		{name: "uneven per-layer heads", kvs: setKV("gemma3.attention.head_count", []uint32{4, 4, 4, 2, 4, 4, 4}), want: []string{`key "gemma3.attention.head_count": layer 3 has 2, layer 0 4`}},
		{name: "per-layer length", kvs: setKV("gemma3.feed_forward_length", []uint32{48, 48}), want: []string{`key "gemma3.feed_forward_length": 2 entries for block_count 7`}},
		{name: "value length", kvs: setKV("gemma3.attention.value_length", uint32(16)), want: []string{`key "gemma3.attention.value_length": 16 differs from attention.key_length 8`}},
		{name: "unsupported arch", kvs: setKV("general.architecture", "llama"), want: []string{`key "general.architecture": "llama" unsupported (want gemma, gemma2 or gemma3)`}},
		{name: "no arch", kvs: dropKV("general.architecture"), want: []string{`key "general.architecture": missing`}},
		{name: "yarn", kvs: setKV("gemma3.rope.scaling.type", "yarn"), want: []string{`key "gemma3.rope.scaling.type": "yarn" unsupported`}},
		{name: "bos outside vocab", kvs: setKV("tokenizer.ggml.bos_token_id", uint32(400)), want: []string{`key "tokenizer.ggml.bos_token_id": 400 outside vocabulary [0, 320)`}},
		{name: "vocab disagrees with embedding", kvs: setKV("tokenizer.ggml.tokens", []string{"a", "b", "c"}), want: []string{`tensor "token_embd.weight": shape [320 32], want [3 32]`}},
		{name: "no window", kvs: dropKV("gemma3.attention.sliding_window"), want: []string{`key "gemma3.attention.sliding_window": missing`}},
	}
	dir := t.TempDir()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := "bad" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".gguf"
			path := filepath.Join(dir, base)
			rewriteGGUF(t, src, path, tc.kvs, tc.tensors)
			m, err := model.Load(path)
			if err == nil {
				m.Close()
				t.Fatalf("loaded; want an error containing %q", tc.want)
			}
			t.Log(err)
			for _, w := range append([]string{base}, tc.want...) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if tc.unsuppt != errors.Is(err, gguf.ErrUnsupportedType) {
				t.Errorf("errors.Is(err, ErrUnsupportedType) = %v, want %v", !tc.unsuppt, tc.unsuppt)
			}
		})
	}
}

// TestLoadGGUFPaths: which argument of Load means a GGUF model.
func TestLoadGGUFPaths(t *testing.T) {
	c := tinyConfig(t, "gemma-2b", nil)
	_, src := synthGGUF(t, c, backends.BF16, 1)

	one := t.TempDir() // a directory holding one .gguf and nothing else
	rewriteGGUF(t, src, filepath.Join(one, "tiny-bf16.gguf"), nil, nil)
	m, err := model.Load(one)
	if err != nil {
		t.Fatal(err)
	}
	if m.Config.Family != model.Gemma1 || m.Dir != one {
		t.Errorf("loaded %v from %s", m.Config, m.Dir)
	}
	m.Close()

	two := t.TempDir()
	rewriteGGUF(t, src, filepath.Join(two, "a.gguf"), nil, nil)
	rewriteGGUF(t, src, filepath.Join(two, "b.gguf"), nil, nil)
	if _, err := model.Load(two); err == nil || !strings.Contains(err.Error(), "holds 2 .gguf files (a.gguf, b.gguf)") {
		t.Errorf("two .gguf files: %v", err)
	}

	// Beside safetensors a .gguf is ignored: the directory is an HF checkpoint.
	hf := t.TempDir()
	if err := model.Synthesize(hf, c, model.SynthOptions{Seed: 1, DType: backends.BF16, NoTokenizer: true}); err != nil {
		t.Fatal(err)
	}
	rewriteGGUF(t, src, filepath.Join(hf, "model-f32.gguf"), nil, nil)
	m, err = model.Load(hf)
	if err != nil {
		t.Fatal(err)
	}
	if m.Weights.NormsStoredPlusOne {
		t.Error("an HF directory loaded its .gguf")
	}
	m.Close()

	notGGUF := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(notGGUF, []byte(`{"model_type":"gemma"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := model.Load(notGGUF); err == nil || !strings.Contains(err.Error(), "config.json: bad magic") {
		t.Errorf("a JSON file: %v", err)
	}
}

// TestGGUFTensorNames: the weight table maps onto llama.cpp's names for
// each family (MODEL_TENSORS in gguf-py's constants.py), one to one.
func TestGGUFTensorNames(t *testing.T) {
	want := map[string][]string{
		"gemma-2b":    {"attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate", "ffn_up", "ffn_down"},
		"gemma2-2b":   {"attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "post_attention_norm", "ffn_norm", "post_ffw_norm", "ffn_gate", "ffn_up", "ffn_down"},
		"gemma3-270m": {"attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "attn_q_norm", "attn_k_norm", "post_attention_norm", "ffn_norm", "post_ffw_norm", "ffn_gate", "ffn_up", "ffn_down"},
	}
	for arch, layer := range want {
		c := tinyConfig(t, arch, func(c *model.Config) { c.TieEmbeddings = false })
		_, path := synthGGUF(t, c, backends.F32, 1)
		f, err := gguf.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ti := range f.Tensors() {
			got = append(got, ti.Name)
		}
		f.Close()
		exp := []string{"token_embd.weight"}
		for l := range c.Layers {
			for _, n := range layer {
				exp = append(exp, fmt.Sprintf("blk.%d.%s.weight", l, n))
			}
		}
		exp = append(exp, "output_norm.weight", "output.weight")
		slices.Sort(got)
		slices.Sort(exp)
		if !slices.Equal(got, exp) {
			t.Errorf("%s: tensors\n%v\nwant\n%v", arch, got, exp)
		}
	}
}
