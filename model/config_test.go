package model

import (
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestConfigNamesAndByName(t *testing.T) {
	want := []string{"gemma-2b", "gemma-7b", "gemma2-2b", "gemma2-9b", "gemma2-27b",
		"gemma3-270m", "gemma3-1b", "gemma3-4b", "gemma3-12b", "gemma3-27b"}
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range want {
		c, err := ByName(name)
		if err != nil {
			t.Fatalf("ByName(%q): %v", name, err)
		}
		if c.Name != name {
			t.Errorf("ByName(%q).Name = %q", name, c.Name)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("ByName(%q).Validate() = %v", name, err)
		}
		if got := canonicalName(c); got != name {
			t.Errorf("canonicalName(ByName(%q)) = %q", name, got)
		}
	}
	if _, err := ByName("gemma4-1b"); err == nil || !strings.Contains(err.Error(), "gemma3-27b") {
		t.Errorf("ByName(unknown) error %v should list the known names", err)
	}
	// Each call returns its own LayerKinds.
	a, _ := ByName("gemma2-2b")
	a.LayerKinds[0] = GlobalAttention
	if b, _ := ByName("gemma2-2b"); b.LayerKinds[0] != SlidingAttention {
		t.Error("ByName shares LayerKinds between calls")
	}
}

// TestConfigCanonicalValues pins the numbers DESIGN.md §3 and the published
// configs give, beyond the round trip through testdata.
func TestConfigCanonicalValues(t *testing.T) {
	type want struct {
		fam                          Family
		vocab, d, ffn, layers, h, kv int
		hd, window, sliding, maxPos  int
		qpas, attnCap, finalCap      float64
		global, local                RoPE
	}
	r := func(theta, s float64) RoPE { return RoPE{theta, s} }
	cases := map[string]want{
		"gemma-2b":    {Gemma1, 256000, 2048, 16384, 18, 8, 1, 256, 0, 0, 8192, 256, 0, 0, r(1e4, 1), r(1e4, 1)},
		"gemma-7b":    {Gemma1, 256000, 3072, 24576, 28, 16, 16, 256, 0, 0, 8192, 256, 0, 0, r(1e4, 1), r(1e4, 1)},
		"gemma2-2b":   {Gemma2, 256000, 2304, 9216, 26, 8, 4, 256, 4096, 13, 8192, 256, 50, 30, r(1e4, 1), r(1e4, 1)},
		"gemma2-9b":   {Gemma2, 256000, 3584, 14336, 42, 16, 8, 256, 4096, 21, 8192, 256, 50, 30, r(1e4, 1), r(1e4, 1)},
		"gemma2-27b":  {Gemma2, 256000, 4608, 36864, 46, 32, 16, 128, 4096, 23, 8192, 144, 50, 30, r(1e4, 1), r(1e4, 1)},
		"gemma3-270m": {Gemma3, 262144, 640, 2048, 18, 4, 1, 256, 512, 15, 32768, 256, 0, 0, r(1e6, 1), r(1e4, 1)},
		"gemma3-1b":   {Gemma3, 262144, 1152, 6912, 26, 4, 1, 256, 512, 22, 32768, 256, 0, 0, r(1e6, 1), r(1e4, 1)},
		"gemma3-4b":   {Gemma3, 262208, 2560, 10240, 34, 8, 4, 256, 1024, 29, 131072, 256, 0, 0, r(1e6, 8), r(1e4, 1)},
		"gemma3-12b":  {Gemma3, 262208, 3840, 15360, 48, 16, 8, 256, 1024, 40, 131072, 256, 0, 0, r(1e6, 8), r(1e4, 1)},
		"gemma3-27b":  {Gemma3, 262208, 5376, 21504, 62, 32, 16, 128, 1024, 52, 131072, 168, 0, 0, r(1e6, 8), r(1e4, 1)},
	}
	for name, w := range cases {
		c, _ := ByName(name)
		got := want{c.Family, c.VocabSize, c.ModelDim, c.FFNDim, c.Layers, c.Heads, c.KVHeads,
			c.HeadDim, c.SlidingWindow, c.SlidingLayers(), c.MaxPositions,
			c.QueryPreAttnScalar, c.AttnSoftCap, c.FinalSoftCap, c.GlobalRoPE, c.LocalRoPE}
		if got != w {
			t.Errorf("%s:\n got %+v\nwant %+v", name, got, w)
		}
		if c.QKNorm != (c.Family == Gemma3) || !c.TieEmbeddings || c.BOS != 2 || c.EOS != 1 || c.PAD != 0 ||
			!slices.Equal(c.EOSIDs, []int{1}) || c.NormEps != 1e-6 {
			t.Errorf("%s: QKNorm %v tie %v tokens %d/%d/%d %v eps %g", name, c.QKNorm, c.TieEmbeddings,
				c.BOS, c.EOS, c.PAD, c.EOSIDs, c.NormEps)
		}
	}
}

func TestConfigLayerPatterns(t *testing.T) {
	g2, _ := ByName("gemma2-2b")
	for i := range g2.Layers {
		if g2.IsSliding(i) != (i%2 == 0) {
			t.Errorf("gemma2 layer %d sliding = %v", i, g2.IsSliding(i))
		}
	}
	g3, _ := ByName("gemma3-27b")
	var globals []int
	for i := range g3.Layers {
		if !g3.IsSliding(i) {
			globals = append(globals, i)
			if g3.RoPEFor(i) != g3.GlobalRoPE {
				t.Errorf("global layer %d uses %+v", i, g3.RoPEFor(i))
			}
		} else if g3.RoPEFor(i) != (RoPE{10000, 1}) {
			t.Errorf("sliding layer %d uses %+v", i, g3.RoPEFor(i))
		}
	}
	if want := []int{5, 11, 17, 23, 29, 35, 41, 47, 53, 59}; !slices.Equal(globals, want) {
		t.Errorf("gemma3-27b global layers %v, want %v", globals, want)
	}
	if g3.IsSliding(-1) || g3.IsSliding(62) {
		t.Error("IsSliding out of range should be false")
	}
	if got := g3.AttnScale(); math.Abs(got-1/math.Sqrt(168)) > 1e-15 {
		t.Errorf("AttnScale = %g", got)
	}
}

// TestConfigParamCount compares with the parameter counts Hugging Face shows
// for the safetensors of each checkpoint (text weights only).
func TestConfigParamCount(t *testing.T) {
	for name, want := range map[string]int64{
		"gemma-2b":    2_506_172_416,
		"gemma-7b":    8_537_680_896,
		"gemma2-2b":   2_614_341_888,
		"gemma2-9b":   9_241_705_984,
		"gemma2-27b":  27_227_128_320,
		"gemma3-270m": 268_098_176,
		"gemma3-1b":   999_885_952,
	} {
		c, _ := ByName(name)
		if got := c.ParamCount(); got != want {
			t.Errorf("%s: ParamCount = %d, want %d", name, got, want)
		}
	}
	c, _ := ByName("gemma-2b")
	tied := c.ParamCount()
	c.TieEmbeddings = false
	if got := c.ParamCount() - tied; got != 256000*2048 {
		t.Errorf("untied adds %d, want one more embedding table", got)
	}
}

func TestConfigString(t *testing.T) {
	c, _ := ByName("gemma3-4b")
	s := c.String()
	for _, part := range []string{"gemma3-4b (gemma3)", "d=2560", "29 sliding, window 1024", "heads=8/4×256",
		"vocab=262208", "rope=1e+06/8", "local=10000"} {
		if !strings.Contains(s, part) {
			t.Errorf("String() = %q, missing %q", s, part)
		}
	}
	if strings.Contains(s, "softcap") || strings.Contains(s, "\n") {
		t.Errorf("String() = %q", s)
	}
}

func TestConfigValidate(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Config)
		field string
	}{
		{"unknown family", func(c *Config) { c.Family = 7 }, "model_type"},
		{"zero vocab", func(c *Config) { c.VocabSize = 0 }, "vocab_size"},
		{"negative hidden", func(c *Config) { c.ModelDim = -1 }, "hidden_size"},
		{"zero ffn", func(c *Config) { c.FFNDim = 0 }, "intermediate_size"},
		{"zero heads", func(c *Config) { c.Heads = 0 }, "num_attention_heads"},
		{"zero kv heads", func(c *Config) { c.KVHeads = 0 }, "num_key_value_heads"},
		{"kv does not divide", func(c *Config) { c.KVHeads = 3 }, "num_key_value_heads"},
		{"odd head_dim", func(c *Config) { c.HeadDim = 255 }, "head_dim"},
		{"zero positions", func(c *Config) { c.MaxPositions = 0 }, "max_position_embeddings"},
		{"zero scalar", func(c *Config) { c.QueryPreAttnScalar = 0 }, "query_pre_attn_scalar"},
		{"eps zero", func(c *Config) { c.NormEps = 0 }, "rms_norm_eps"},
		{"eps NaN", func(c *Config) { c.NormEps = math.NaN() }, "rms_norm_eps"},
		{"negative attn cap", func(c *Config) { c.AttnSoftCap = -50 }, "attn_logit_softcapping"},
		{"NaN final cap", func(c *Config) { c.FinalSoftCap = math.NaN() }, "final_logit_softcapping"},
		{"negative window", func(c *Config) { c.SlidingWindow = -1 }, "sliding_window"},
		{"sliding without window", func(c *Config) { c.SlidingWindow = 0 }, "sliding_window"},
		{"kinds too short", func(c *Config) { c.LayerKinds = c.LayerKinds[:3] }, "layer_types"},
		{"bad kind", func(c *Config) { c.LayerKinds[2] = 9 }, "layer_types[2]"},
		{"theta zero", func(c *Config) { c.GlobalRoPE.Theta = 0 }, "rope_theta"},
		{"scale zero", func(c *Config) { c.GlobalRoPE.LinearScale = 0 }, "rope_scaling.factor"},
		{"local theta inf", func(c *Config) { c.LocalRoPE.Theta = math.Inf(1) }, "rope_local_base_freq"},
		{"bos outside vocab", func(c *Config) { c.BOS = 262144 }, "bos_token_id"},
		{"eos negative", func(c *Config) { c.EOS, c.EOSIDs = -1, []int{-1} }, "eos_token_id"},
		{"pad outside vocab", func(c *Config) { c.PAD = 1 << 20 }, "pad_token_id"},
		{"eos list disagrees", func(c *Config) { c.EOSIDs = []int{106, 1} }, "eos_token_id"},
		{"eos list outside", func(c *Config) { c.EOSIDs = []int{1, 300000} }, "eos_token_id[1]"},
		{"qk-norm off on gemma3", func(c *Config) { c.QKNorm = false }, "model_type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := ByName("gemma3-1b")
			tc.edit(&c)
			err := c.Validate()
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want a *FieldError", err)
			}
			if fe.Field != tc.field {
				t.Errorf("Validate() = %v, want field %q", err, tc.field)
			}
		})
	}

	// Gemma 1 cannot express Gemma 2/3 features.
	for name, edit := range map[string]func(*Config){
		"softcap": func(c *Config) { c.FinalSoftCap = 30 },
		"sliding": func(c *Config) { c.LayerKinds[0], c.SlidingWindow = SlidingAttention, 4096 },
		"local":   func(c *Config) { c.LocalRoPE.Theta = 1e6 },
		"qk-norm": func(c *Config) { c.QKNorm = true },
	} {
		c, _ := ByName("gemma-2b")
		edit(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("gemma-2b with %s: Validate() = nil", name)
		}
	}

	// Allowed: a window with no sliding layer, no pad token.
	c, _ := ByName("gemma-7b")
	c.SlidingWindow = 4096
	c.PAD = -1
	if err := c.Validate(); err != nil {
		t.Errorf("window without sliding layers: %v", err)
	}
}

// TestCanonicalMatchesPublishedConfig reads every published config.json in
// testdata and requires the canonical entry exactly.
func TestCanonicalMatchesPublishedConfig(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "configs", "*.json"))
	if len(files) != len(Names()) {
		t.Errorf("%d files in testdata/configs for %d canonical names", len(files), len(Names()))
	}
	for _, name := range Names() {
		path := filepath.Join("testdata", "configs", name+".json")
		got, err := ReadHFConfig(path)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want, _ := ByName(name)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %v\n     %+v\nwant %v\n     %+v", path, got, got, want, want)
		}
	}
}
