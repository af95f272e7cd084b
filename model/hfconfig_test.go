package model

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// tinyModels finds ../shared/testdata/models whether shared/ sits beside the
// checkout or inside it.
func tinyModels(t *testing.T) string {
	for _, dir := range []string{"../../shared/testdata/models", "../shared/testdata/models"} {
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
	}
	t.Skip("shared/testdata/models not found")
	return ""
}

func kinds(s string) []LayerKind {
	k := make([]LayerKind, len(s))
	for i, ch := range s {
		if ch == 'S' {
			k[i] = SlidingAttention
		}
	}
	return k
}

func TestHFConfigTinyModels(t *testing.T) {
	cases := map[string]Config{
		"gemma1-tiny-mqa": {
			Name: "custom", Family: Gemma1, VocabSize: 512, ModelDim: 128, FFNDim: 256, Layers: 2,
			Heads: 4, KVHeads: 1, HeadDim: 32, MaxPositions: 8192, QueryPreAttnScalar: 32, NormEps: 1e-6,
			LayerKinds: kinds("GG"), GlobalRoPE: RoPE{1e4, 1}, LocalRoPE: RoPE{1e4, 1},
			TieEmbeddings: true, BOS: 2, EOS: 1, PAD: 0, EOSIDs: []int{1},
		},
		"gemma2-tiny": {
			Name: "custom", Family: Gemma2, VocabSize: 512, ModelDim: 64, FFNDim: 64, Layers: 26,
			Heads: 4, KVHeads: 2, HeadDim: 16, MaxPositions: 8192, QueryPreAttnScalar: 16, NormEps: 1e-6,
			AttnSoftCap: 5, FinalSoftCap: 3, SlidingWindow: 4, LayerKinds: alternating(26),
			GlobalRoPE: RoPE{1e4, 1}, LocalRoPE: RoPE{1e4, 1},
			TieEmbeddings: true, BOS: 2, EOS: 1, PAD: 0, EOSIDs: []int{1},
		},
		"gemma3-tiny": {
			Name: "custom", Family: Gemma3, VocabSize: 512, ModelDim: 64, FFNDim: 128, Layers: 6,
			Heads: 4, KVHeads: 2, HeadDim: 32, MaxPositions: 131072, QueryPreAttnScalar: 32, NormEps: 1e-6,
			SlidingWindow: 4, LayerKinds: kinds("SSSSSG"),
			GlobalRoPE: RoPE{1e6, 8}, LocalRoPE: RoPE{1e4, 1}, QKNorm: true,
			TieEmbeddings: true, BOS: 2, EOS: 1, PAD: 0, EOSIDs: []int{1},
		},
	}
	root := tinyModels(t)
	for dir, want := range cases {
		path := filepath.Join(root, dir, "config.json")
		got, err := ReadHFConfig(path)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", dir, got, want)
		}
	}
}

// TestHFConfigDefaults covers keys the published files leave out and the
// spellings different transformers versions write.
func TestHFConfigDefaults(t *testing.T) {
	// The gemma-3-4b text_config names five keys; the rest are
	// Gemma3TextConfig defaults, and the top-level eos list wins.
	c, err := ParseHFConfig([]byte(`{"model_type":"gemma3","eos_token_id":[1,106],
		"text_config":{"hidden_size":2560,"intermediate_size":10240,"num_hidden_layers":34,
		"rope_scaling":{"factor":8.0,"rope_type":"linear"},"sliding_window":1024}}`), "it.json")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "gemma3-4b" || c.EOS != 1 || !slices.Equal(c.EOSIDs, []int{1, 106}) || c.PAD != 0 {
		t.Errorf("gemma-3-4b-it: %+v", c)
	}

	// transformers v5 writes rope_parameters per layer type instead of
	// rope_theta / rope_local_base_freq / rope_scaling.
	c, err = ParseHFConfig([]byte(`{"model_type":"gemma3_text","hidden_size":1152,"intermediate_size":6912,
		"num_hidden_layers":26,"num_attention_heads":4,"num_key_value_heads":1,"head_dim":256,
		"max_position_embeddings":32768,"sliding_window":512,"vocab_size":262144,
		"rope_parameters":{"full_attention":{"rope_theta":1000000.0,"rope_type":"default"},
		"sliding_attention":{"rope_theta":10000.0,"rope_type":"default"}},
		"pad_token_id":null,"tie_word_embeddings":false}`), "v5.json")
	if err != nil {
		t.Fatal(err)
	}
	if c.GlobalRoPE != (RoPE{1e6, 1}) || c.LocalRoPE != (RoPE{1e4, 1}) || c.PAD != -1 || c.TieEmbeddings {
		t.Errorf("v5 rope_parameters: %+v", c)
	}
	if c.Name != "custom" { // untied is not the published shape
		t.Errorf("untied gemma3-1b named %q", c.Name)
	}

	// Gemma 2: absent softcaps are 50/30, null ones are off; a legacy
	// "type" key spells the rope type; layers alternate from 0.
	c, err = ParseHFConfig([]byte(`{"model_type":"gemma2","num_hidden_layers":4,
		"final_logit_softcapping":null,"rope_scaling":{"type":"linear","factor":2}}`), "g2.json")
	if err != nil {
		t.Fatal(err)
	}
	if c.AttnSoftCap != 50 || c.FinalSoftCap != 0 || !slices.Equal(c.LayerKinds, kinds("SGSG")) ||
		c.GlobalRoPE != (RoPE{1e4, 2}) || c.LocalRoPE != c.GlobalRoPE || c.SlidingWindow != 4096 ||
		c.HeadDim != 256 || c.QueryPreAttnScalar != 256 {
		t.Errorf("gemma2 defaults: %+v", c)
	}

	// Gemma 3 without layer_types: pattern from either spelling.
	for _, key := range []string{"sliding_window_pattern", "_sliding_window_pattern"} {
		c, err = ParseHFConfig([]byte(`{"model_type":"gemma3_text","num_hidden_layers":7,"`+key+`":3}`), "p.json")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(c.LayerKinds, kinds("SSGSSGS")) {
			t.Errorf("%s 3: %v", key, c.LayerKinds)
		}
	}

	// Gemma 1: hidden_activation wins over the legacy hidden_act; the
	// query scale is always head_dim; softcap keys are ignored as HF does.
	c, err = ParseHFConfig([]byte(`{"model_type":"gemma","hidden_act":"gelu","hidden_activation":null,
		"head_dim":128,"query_pre_attn_scalar":999,"final_logit_softcapping":30,"sliding_window":null}`), "g1.json")
	if err != nil {
		t.Fatal(err)
	}
	if c.QueryPreAttnScalar != 128 || c.FinalSoftCap != 0 || c.SlidingLayers() != 0 || c.Name != "custom" {
		t.Errorf("gemma1: %+v", c)
	}
	if _, err := ParseHFConfig([]byte(`{"model_type":"gemma","hidden_act":"relu",
		"hidden_activation":"gelu_pytorch_tanh"}`), "g1.json"); err != nil {
		t.Errorf("hidden_activation should override hidden_act: %v", err)
	}
}

// TestHFConfigMatchesByShape: names come from every shape field, not the
// layer count.
func TestHFConfigMatchesByShape(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "configs", "gemma2-2b.json"))
	if err != nil {
		t.Fatal(err)
	}
	// An instruction-tuned copy with another EOS is still gemma2-2b.
	it := strings.Replace(string(data), `"eos_token_id": 1`, `"eos_token_id": [1, 107]`, 1)
	if c, err := ParseHFConfig([]byte(it), "it.json"); err != nil || c.Name != "gemma2-2b" {
		t.Errorf("gemma-2-2b-it: %v %q", err, c.Name)
	}
	// A resized vocabulary is not.
	big := strings.Replace(string(data), `"vocab_size": 256000`, `"vocab_size": 256002`, 1)
	if c, err := ParseHFConfig([]byte(big), "big.json"); err != nil || c.Name != "custom" {
		t.Errorf("resized vocab: %v %q", err, c.Name)
	}
}

func TestHFConfigErrors(t *testing.T) {
	const g3 = `"model_type":"gemma3_text","num_hidden_layers":6`
	cases := []struct {
		name, json, field string
	}{
		{"not JSON", `{"model_type": "gemma",`, ""},
		{"not an object", `[1, 2]`, ""},
		{"missing model_type", `{"hidden_size": 64}`, "model_type"},
		{"unknown model_type", `{"model_type": "llama"}`, "model_type"},
		{"model_type not a string", `{"model_type": 3}`, "model_type"},
		{"gemma3 without text_config", `{"model_type": "gemma3"}`, "text_config"},
		{"gemma3 text_config not an object", `{"model_type": "gemma3", "text_config": [1]}`, "text_config"},
		{"gemma3 text_config wrong type", `{"model_type": "gemma3", "text_config": {"model_type": "siglip"}}`, "text_config.model_type"},
		{"zero hidden_size", `{` + g3 + `, "hidden_size": 0}`, "hidden_size"},
		{"negative hidden_size", `{` + g3 + `, "hidden_size": -64}`, "hidden_size"},
		{"negative hidden_size in text_config", `{"model_type": "gemma3", "text_config": {"hidden_size": -1}}`, "text_config.hidden_size"},
		{"heads not divisible", `{` + g3 + `, "num_attention_heads": 8, "num_key_value_heads": 3}`, "num_key_value_heads"},
		{"vocab 0", `{` + g3 + `, "vocab_size": 0}`, "vocab_size"},
		{"string for int", `{` + g3 + `, "hidden_size": "2048"}`, "hidden_size"},
		{"fraction for int", `{` + g3 + `, "intermediate_size": 6.5}`, "intermediate_size"},
		{"null for int", `{` + g3 + `, "head_dim": null}`, "head_dim"},
		{"string for float", `{` + g3 + `, "rms_norm_eps": "1e-6"}`, "rms_norm_eps"},
		{"string for bool", `{` + g3 + `, "tie_word_embeddings": "yes"}`, "tie_word_embeddings"},
		{"layer_types length", `{` + g3 + `, "layer_types": ["full_attention"]}`, "layer_types"},
		{"layer_types not array", `{` + g3 + `, "layer_types": "full_attention"}`, "layer_types"},
		{"unknown layer type", `{` + g3 + `, "layer_types": ["sliding_attention","chunked_attention",
			"full_attention","full_attention","full_attention","full_attention"]}`, "layer_types[1]"},
		{"yarn", `{` + g3 + `, "rope_scaling": {"rope_type": "yarn", "factor": 4}}`, "rope_scaling.rope_type"},
		{"rope_scaling not object", `{` + g3 + `, "rope_scaling": 8}`, "rope_scaling"},
		{"linear without factor", `{` + g3 + `, "rope_scaling": {"rope_type": "linear"}}`, "rope_scaling.factor"},
		{"negative factor", `{` + g3 + `, "rope_scaling": {"type": "linear", "factor": -8}}`, "rope_scaling.factor"},
		{"v5 llama3 rope", `{` + g3 + `, "rope_parameters": {"full_attention": {"rope_type": "llama3"}}}`, "rope_parameters.full_attention.rope_type"},
		{"zero rope_theta", `{` + g3 + `, "rope_theta": 0}`, "rope_theta"},
		{"negative softcap", `{` + g3 + `, "final_logit_softcapping": -30}`, "final_logit_softcapping"},
		{"negative window", `{` + g3 + `, "sliding_window": -4}`, "sliding_window"},
		{"null window with sliding layers", `{` + g3 + `, "sliding_window": null}`, "sliding_window"},
		{"zero pattern", `{` + g3 + `, "sliding_window_pattern": 0}`, "sliding_window_pattern"},
		{"odd head_dim", `{` + g3 + `, "head_dim": 31}`, "head_dim"},
		{"eps zero", `{` + g3 + `, "rms_norm_eps": 0}`, "rms_norm_eps"},
		{"exact gelu", `{` + g3 + `, "hidden_activation": "gelu"}`, "hidden_activation"},
		{"gemma1 relu", `{"model_type": "gemma", "hidden_act": "relu"}`, "hidden_act"},
		{"attention bias", `{` + g3 + `, "attention_bias": true}`, "attention_bias"},
		{"bidirectional", `{` + g3 + `, "use_bidirectional_attention": true}`, "use_bidirectional_attention"},
		{"bos outside vocab", `{` + g3 + `, "vocab_size": 512, "bos_token_id": 600}`, "bos_token_id"},
		{"eos list outside vocab", `{` + g3 + `, "vocab_size": 512, "eos_token_id": [1, 600]}`, "eos_token_id[1]"},
		{"empty eos list", `{` + g3 + `, "eos_token_id": []}`, "eos_token_id"},
		{"eos list of strings", `{` + g3 + `, "eos_token_id": ["<eos>"]}`, "eos_token_id[0]"},
		{"top-level eos outside vocab", `{"model_type": "gemma3", "eos_token_id": 999999, "text_config": {}}`, "eos_token_id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseHFConfig([]byte(tc.json), "bad/config.json")
			if err == nil {
				t.Fatal("ParseHFConfig succeeded")
			}
			if !strings.HasPrefix(err.Error(), "bad/config.json: ") {
				t.Errorf("error %q does not start with the file name", err)
			}
			if tc.field == "" {
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("error %q: want field %q", err, tc.field)
			}
		})
	}
}

func TestHFConfigReadErrors(t *testing.T) {
	if _, err := ReadHFConfig(filepath.Join(t.TempDir(), "config.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want os.ErrNotExist", err)
	}
	path := filepath.Join(t.TempDir(), "config.json")
	body := `{"model_type": "gemma2", "num_attention_heads": 8, "num_key_value_heads": 3}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadHFConfig(path)
	want := path + ": num_key_value_heads: 3 does not divide num_attention_heads 8"
	if err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
