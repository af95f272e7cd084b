package model

import (
	"fmt"
	"slices"
	"strings"
)

// The canonical table: one constructor per released model on a shared base
// per family, as gemma.cpp does, so a family-wide rule lives in one place.
//
// Every number was checked against the published config.json of the Hugging
// Face checkpoint named beside the constructor and against transformers'
// configuration_gemma*.py defaults (what a missing key means) and
// modeling_gemma*.py (what each key does). The google/* repositories are
// gated, so their config.json was read through verbatim public copies;
// model/testdata/configs holds the reconstructed files and README.md there
// says where each came from. TestCanonicalMatchesPublishedConfig re-reads
// them with ReadHFConfig and requires an exact match with this table.

var canonical = []struct {
	name string
	make func() Config
}{
	{"gemma-2b", gemma1Size2B},
	{"gemma-7b", gemma1Size7B},
	{"gemma2-2b", gemma2Size2B},
	{"gemma2-9b", gemma2Size9B},
	{"gemma2-27b", gemma2Size27B},
	{"gemma3-270m", gemma3Size270M},
	{"gemma3-1b", gemma3Size1B},
	{"gemma3-4b", gemma3Size4B},
	{"gemma3-12b", gemma3Size12B},
	{"gemma3-27b", gemma3Size27B},
}

// Names lists the canonical model names in table order (by family, then size).
func Names() []string {
	names := make([]string, len(canonical))
	for i, e := range canonical {
		names[i] = e.name
	}
	return names
}

// ByName returns a fresh copy of the canonical config (callers may modify
// it, LayerKinds included).
func ByName(name string) (Config, error) {
	for _, e := range canonical {
		if e.name == name {
			return e.make(), nil
		}
	}
	return Config{}, fmt.Errorf("unknown model %q (known: %s)", name, strings.Join(Names(), ", "))
}

// canonicalName returns the table entry whose shape equals c, or "custom".
// All shape fields take part: Gemma 2 2B and Gemma 3 1B both have 26 layers.
func canonicalName(c Config) string {
	for _, e := range canonical {
		if sameShape(c, e.make()) {
			return e.name
		}
	}
	return "custom"
}

// sameShape compares everything that fixes the weights or the arithmetic.
// Token ids and max_position_embeddings are left out: an instruction-tuned
// or context-extended checkpoint runs the same network.
func sameShape(a, b Config) bool {
	return a.Family == b.Family &&
		a.VocabSize == b.VocabSize && a.ModelDim == b.ModelDim && a.FFNDim == b.FFNDim &&
		a.Layers == b.Layers && a.Heads == b.Heads && a.KVHeads == b.KVHeads && a.HeadDim == b.HeadDim &&
		a.QueryPreAttnScalar == b.QueryPreAttnScalar && a.NormEps == b.NormEps &&
		a.AttnSoftCap == b.AttnSoftCap && a.FinalSoftCap == b.FinalSoftCap &&
		a.SlidingWindow == b.SlidingWindow && slices.Equal(a.LayerKinds, b.LayerKinds) &&
		a.GlobalRoPE == b.GlobalRoPE && a.LocalRoPE == b.LocalRoPE &&
		a.QKNorm == b.QKNorm && a.TieEmbeddings == b.TieEmbeddings
}

// Layer patterns, mirroring transformers' layer_types derivation.

func allGlobal(n int) []LayerKind { return make([]LayerKind, n) }

// alternating is Gemma 2: even layers slide (modeling_gemma2.py
// is_sliding = not bool(layer_idx % 2)).
func alternating(n int) []LayerKind {
	k := make([]LayerKind, n)
	for i := range k {
		if i%2 == 0 {
			k[i] = SlidingAttention
		}
	}
	return k
}

// everyNthGlobal is Gemma 3: layer i slides unless (i+1) % pattern == 0
// (configuration_gemma3.py, sliding_window_pattern 6 → 5 local : 1 global).
func everyNthGlobal(n, pattern int) []LayerKind {
	k := make([]LayerKind, n)
	for i := range k {
		if (i+1)%pattern != 0 {
			k[i] = SlidingAttention
		}
	}
	return k
}

// The special tokens are the same in every Gemma tokenizer: <pad>=0,
// <eos>=1, <bos>=2.
func gemmaTokens(c *Config) {
	c.BOS, c.EOS, c.PAD = 2, 1, 0
	c.EOSIDs = []int{1}
	c.TieEmbeddings = true
	c.NormEps = 1e-6
}

// gemma1Base: GemmaConfig defaults (vocab 256000, head_dim 256, θ 10000,
// max_position_embeddings 8192); modeling_gemma.py scales by head_dim^-½ and
// has no softcaps or sliding layers.
func gemma1Base(layers int) Config {
	c := Config{
		Family:       Gemma1,
		VocabSize:    256000,
		HeadDim:      256,
		MaxPositions: 8192,
		Layers:       layers,
		LayerKinds:   allGlobal(layers),
		GlobalRoPE:   RoPE{Theta: 10000, LinearScale: 1},
	}
	c.LocalRoPE = c.GlobalRoPE
	c.QueryPreAttnScalar = float64(c.HeadDim)
	gemmaTokens(&c)
	return c
}

// gemma1Size2B: google/gemma-2b config.json, read through the verbatim copies
// huggingface.co/d-matrix/gemma-2b and BAAI/bge-reranker-v2-gemma
// (_name_or_path google/gemma-2b): 2048/16384/18 layers/8 heads/1 kv.
func gemma1Size2B() Config {
	c := gemma1Base(18)
	c.Name = "gemma-2b"
	c.ModelDim, c.FFNDim = 2048, 16384
	c.Heads, c.KVHeads = 8, 1
	return c
}

// gemma1Size7B: google/gemma-7b config.json via juhwanlee/gemma-7B-alpaca-case-0-2
// and Tizzzzy/kgllm_Gemma (_name_or_path google/gemma-7b): 3072/24576/28/16/16.
// head_dim 256 ≠ 3072/16, so it can never be derived from hidden_size.
func gemma1Size7B() Config {
	c := gemma1Base(28)
	c.Name = "gemma-7b"
	c.ModelDim, c.FFNDim = 3072, 24576
	c.Heads, c.KVHeads = 16, 16
	return c
}

// gemma2Base: Gemma2Config and every released Gemma 2 config.json: softcaps
// 50/30, window 4096 on even layers, θ 10000, 8192 positions.
func gemma2Base(layers int) Config {
	c := Config{
		Family:        Gemma2,
		VocabSize:     256000,
		MaxPositions:  8192,
		AttnSoftCap:   50,
		FinalSoftCap:  30,
		SlidingWindow: 4096,
		Layers:        layers,
		LayerKinds:    alternating(layers),
		GlobalRoPE:    RoPE{Theta: 10000, LinearScale: 1},
	}
	c.LocalRoPE = c.GlobalRoPE
	gemmaTokens(&c)
	return c
}

// gemma2Size2B: google/gemma-2-2b config.json via ModelSpace/GemmaX2-28-2B-Pretrain
// and indiebot-community/gemma-2-2b-it-bnb-4bit; equals the Gemma2Config
// defaults (2304/9216/26/8/4/256, query_pre_attn_scalar 256).
func gemma2Size2B() Config {
	c := gemma2Base(26)
	c.Name = "gemma2-2b"
	c.ModelDim, c.FFNDim = 2304, 9216
	c.Heads, c.KVHeads, c.HeadDim = 8, 4, 256
	c.QueryPreAttnScalar = 256
	return c
}

// gemma2Size9B: google/gemma-2-9b config.json via
// atsuki-yamaguchi/gemma-2-9b-te-30K-rand (_name_or_path google/gemma-2-9b)
// and OpenLLM-Ro/RoGemma2-9b; query_pre_attn_scalar 256 (the -it repo once
// shipped 224 and was corrected to 256, see google/gemma-2-9b-it commit
// 1937c70 cited by UCLA-AGI/Gemma-2-9B-It-SPPO-Iter3).
func gemma2Size9B() Config {
	c := gemma2Base(42)
	c.Name = "gemma2-9b"
	c.ModelDim, c.FFNDim = 3584, 14336
	c.Heads, c.KVHeads, c.HeadDim = 16, 8, 256
	c.QueryPreAttnScalar = 256
	return c
}

// gemma2Size27B: google/gemma-2-27b config.json via mlx-community/gemma-2-27b-bf16
// and prithivMLmods/Blaze.1-27B-Reflection (from google/gemma-2-27b-it):
// head_dim 128 and query_pre_attn_scalar 144 = 4608/32, not head_dim.
func gemma2Size27B() Config {
	c := gemma2Base(46)
	c.Name = "gemma2-27b"
	c.ModelDim, c.FFNDim = 4608, 36864
	c.Heads, c.KVHeads, c.HeadDim = 32, 16, 128
	c.QueryPreAttnScalar = 144
	return c
}

// gemma3Base: Gemma3TextConfig defaults: QK-norm, no softcaps, 5 local : 1
// global, local RoPE θ = rope_local_base_freq 10000 always unscaled
// (modeling_gemma3.py builds rotary_emb_local with rope_type "default"),
// global θ = rope_theta 1e6 scaled by rope_scaling where present.
func gemma3Base(layers, window int, globalScale float64) Config {
	c := Config{
		Family:        Gemma3,
		QKNorm:        true,
		SlidingWindow: window,
		Layers:        layers,
		LayerKinds:    everyNthGlobal(layers, 6),
		GlobalRoPE:    RoPE{Theta: 1e6, LinearScale: globalScale},
		LocalRoPE:     RoPE{Theta: 10000, LinearScale: 1},
	}
	gemmaTokens(&c)
	return c
}

// gemma3Small: the text-only checkpoints (270m, 1b) ship a gemma3_text
// config with vocab 262144, 32768 positions, window 512, no rope_scaling.
func gemma3Small(layers int) Config {
	c := gemma3Base(layers, 512, 1)
	c.VocabSize = 262144
	c.MaxPositions = 32768
	return c
}

// gemma3Multimodal: 4b/12b/27b ship a gemma3 config whose text_config omits
// most keys, so Gemma3TextConfig defaults apply: vocab 262208, 131072
// positions, head_dim 256, query_pre_attn_scalar 256, θ 1e6; each sets
// window 1024 and rope_scaling {linear, factor 8}.
func gemma3Multimodal(layers int) Config {
	c := gemma3Base(layers, 1024, 8)
	c.VocabSize = 262208
	c.MaxPositions = 131072
	c.HeadDim = 256
	c.QueryPreAttnScalar = 256
	return c
}

// gemma3Size270M: google/gemma-3-270m config.json via
// Codingstark/gemma3-270m-leetcode and jrcastropy/functiongemma-270m-it
// (explicit layer_types, 18 layers); cross-checked with the GGUF metadata
// of ollama gemma3:270m (640/2048/18/4/1/256, window 512, 32768).
func gemma3Size270M() Config {
	c := gemma3Small(18)
	c.Name = "gemma3-270m"
	c.ModelDim, c.FFNDim = 640, 2048
	c.Heads, c.KVHeads, c.HeadDim = 4, 1, 256
	c.QueryPreAttnScalar = 256
	return c
}

// gemma3Size1B: google/gemma-3-1b-pt config.json via mlx-community/gemma-3-1b-pt-6bit
// and CodeAtCMU/gemma-3-1b-pt_full_sft_…; the same numbers appear in
// NVIDIA/TensorRT-LLM tests/unittest/_torch/modeling/test_modeling_gemma3.py
// (GEMMA3_1B_CONFIG, layers cut to 6 there).
func gemma3Size1B() Config {
	c := gemma3Small(26)
	c.Name = "gemma3-1b"
	c.ModelDim, c.FFNDim = 1152, 6912
	c.Heads, c.KVHeads, c.HeadDim = 4, 1, 256
	c.QueryPreAttnScalar = 256
	return c
}

// gemma3Size4B: google/gemma-3-4b-pt config.json via mlx-community/gemma-3-4b-pt-4bit
// (text_config: 2560/10240/34 layers only; heads 8/4 are defaults); the
// expanded text config Creekside/gemma-3 and simaai/gemma-3-4b-it-a16w4's
// vlm_config.json agree (8/4/256, vocab 262208).
func gemma3Size4B() Config {
	c := gemma3Multimodal(34)
	c.Name = "gemma3-4b"
	c.ModelDim, c.FFNDim = 2560, 10240
	c.Heads, c.KVHeads = 8, 4
	return c
}

// gemma3Size12B: google/gemma-3-12b-pt config.json via mlx-community/gemma-3-12b-pt-4bit
// (3840/15360/48/16/8); the expanded copy in unsloth/gemma-3-12b-it-GGUF
// shows the defaults filled in (head_dim 256, scalar 256, vocab 262208).
func gemma3Size12B() Config {
	c := gemma3Multimodal(48)
	c.Name = "gemma3-12b"
	c.ModelDim, c.FFNDim = 3840, 15360
	c.Heads, c.KVHeads = 16, 8
	return c
}

// gemma3Size27B: google/gemma-3-27b config.json text_config as copied into
// NVIDIA/TensorRT-LLM tests/unittest/_torch/modeling/test_modeling_gemma3.py
// (GEMMA3_27B_CONFIG): head_dim 128 and query_pre_attn_scalar 168 = 5376/32.
func gemma3Size27B() Config {
	c := gemma3Multimodal(62)
	c.Name = "gemma3-27b"
	c.ModelDim, c.FFNDim = 5376, 21504
	c.Heads, c.KVHeads, c.HeadDim = 32, 16, 128
	c.QueryPreAttnScalar = 168
	return c
}
