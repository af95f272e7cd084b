package model

import (
	"errors"
	"fmt"

	"github.com/gemma-bench/gemma-bench/model/gguf"
)

// GGUF metadata ↔ Config. Both directions live here so they cannot drift:
// ggufMetadata writes what GGUFConfig reads, and SynthesizeGGUF refuses a
// config the round trip would not reproduce.

var ggufFamilies = map[string]Family{"gemma": Gemma1, "gemma2": Gemma2, "gemma3": Gemma3}

// GGUFConfig builds the Config a GGUF file's metadata describes, reading
// it as llama.cpp's loader does (src/llama-model.cpp load_hparams and the
// Gemma graphs), since that is the implementation these files are made for:
//
//   - the query scale is head_dim^-½, except for the 27B shapes (Gemma 2
//     with 46 blocks, Gemma 3 with 62), where llama.cpp, following
//     gemma_pytorch, uses (embedding_length/head_count)^-½; GGUF has no
//     query_pre_attn_scalar key;
//   - Gemma 2 slides on even layers; its window defaults to 4096 and its
//     softcaps to 50 (attention) and 30 (final);
//   - Gemma 3 slides on 5 of every 6 layers (llama.cpp hard-codes the
//     pattern; an attention.sliding_window_pattern key, integer period or
//     per-layer bools, overrides it), its sliding layers use RoPE base
//     rope.freq_base_swa (default 10000) unscaled, the others rope.freq_base
//     with rope.scaling;
//   - RMSNorm weights hold 1+w (the loader sets NormsStoredPlusOne);
//   - embeddings are tied unless output.weight exists;
//   - per-layer arrays of feed_forward_length or head counts must hold one
//     value, as the forward pass has one width per model;
//   - BOS, EOS and PAD come from tokenizer.ggml.*_token_id (Gemma's 2 and
//     1 when absent; no PAD when absent); eot_token_id, when present, also
//     ends generation;
//   - the vocabulary size is <arch>.vocab_size, else the length of
//     tokenizer.ggml.tokens, else token_embd.weight's rows.
//
// Float32 values are read as the decimal their writer meant (1e-6, not
// 9.99999997e-07), so a converted canonical model keeps its canonical Name.
func GGUFConfig(f *gguf.File) (Config, error) {
	return ggufConfig(f.Metadata, f.Path(), f.Tensor)
}

func ggufConfig(md *gguf.Metadata, path string, tensor func(string) (gguf.TensorInfo, bool)) (Config, error) {
	arch, ok, err := md.Str("general.architecture")
	switch {
	case err != nil:
		return Config{}, err
	case !ok:
		return Config{}, &gguf.Error{File: path, Key: "general.architecture", Err: errors.New("missing; cannot tell which model this is")}
	}
	fam, ok := ggufFamilies[arch]
	if !ok {
		return Config{}, &gguf.Error{File: path, Key: "general.architecture", Err: fmt.Errorf("%q unsupported (want gemma, gemma2 or gemma3)", arch)}
	}
	m := &ggufFields{md: md, path: path, arch: arch}
	c := Config{Family: fam, QKNorm: fam == Gemma3}
	if c.Layers = m.uint(m.key("block_count"), 0, true); c.Layers > maxLayers {
		m.failf(m.key("block_count"), "%d exceeds the limit of %d", c.Layers, maxLayers)
		c.Layers = 0
	}
	c.ModelDim = m.uint(m.key("embedding_length"), 0, true)
	c.MaxPositions = m.uint(m.key("context_length"), 0, true)
	c.FFNDim = m.perLayer(m.key("feed_forward_length"), c.Layers, 0, true)
	c.Heads = m.perLayer(m.key("attention.head_count"), c.Layers, 0, true)
	c.KVHeads = m.perLayer(m.key("attention.head_count_kv"), c.Layers, c.Heads, false)
	if c.Heads > 0 { // else Validate reports head_count
		c.HeadDim = m.uint(m.key("attention.key_length"), c.ModelDim/c.Heads, false)
		if v := m.uint(m.key("attention.value_length"), c.HeadDim, false); v != c.HeadDim {
			m.failf(m.key("attention.value_length"), "%d differs from attention.key_length %d; gemma-bench needs one head width", v, c.HeadDim)
		}
	}
	c.NormEps = m.float(m.key("attention.layer_norm_rms_epsilon"), 0, true)
	c.VocabSize = m.vocabSize(tensor)
	_, untied := tensor("output.weight")
	c.TieEmbeddings = !untied
	c.GlobalRoPE = m.rope()
	c.LocalRoPE = c.GlobalRoPE
	c.QueryPreAttnScalar = float64(c.HeadDim)
	// llama.cpp knows the 27B models by their depth (its model type), and
	// only those scale by d/heads (integer division, as there).
	if c.Heads > 0 && (fam == Gemma2 && c.Layers == 46 || fam == Gemma3 && c.Layers == 62) {
		c.QueryPreAttnScalar = float64(c.ModelDim / c.Heads)
	}
	switch fam {
	case Gemma1:
		c.LayerKinds = allGlobal(c.Layers)
	case Gemma2:
		c.AttnSoftCap = m.float(m.key("attn_logit_softcapping"), 50, false)
		c.FinalSoftCap = m.float(m.key("final_logit_softcapping"), 30, false)
		c.SlidingWindow = m.uint(m.key("attention.sliding_window"), 4096, false)
		c.LayerKinds = alternating(c.Layers)
	case Gemma3:
		c.AttnSoftCap = m.float(m.key("attn_logit_softcapping"), 0, false)
		c.FinalSoftCap = m.float(m.key("final_logit_softcapping"), 0, false)
		c.SlidingWindow = m.uint(m.key("attention.sliding_window"), 0, true)
		c.LayerKinds = m.gemma3Layers(c.Layers)
		c.LocalRoPE = RoPE{Theta: m.float(m.key("rope.freq_base_swa"), 10000, false), LinearScale: 1}
	}
	c.BOS = m.uint("tokenizer.ggml.bos_token_id", 2, false)
	c.EOS = m.uint("tokenizer.ggml.eos_token_id", 1, false)
	c.PAD = m.uint("tokenizer.ggml.padding_token_id", -1, false)
	c.EOSIDs = []int{c.EOS}
	if eot := m.uint("tokenizer.ggml.eot_token_id", c.EOS, false); eot != c.EOS {
		c.EOSIDs = append(c.EOSIDs, eot)
	}
	if m.err != nil {
		return Config{}, m.err
	}
	if err := c.Validate(); err != nil {
		return Config{}, m.fieldError(err)
	}
	c.Name = canonicalName(c)
	return c, nil
}

// ggufFields reads typed keys and keeps the first error, like hfFields.
type ggufFields struct {
	md   *gguf.Metadata
	path string
	arch string
	err  error
}

func (m *ggufFields) key(k string) string { return m.arch + "." + k }

func (m *ggufFields) fail(err error) {
	if m.err == nil {
		m.err = err
	}
}

func (m *ggufFields) failf(key, format string, args ...any) {
	m.fail(&gguf.Error{File: m.path, Key: key, Err: fmt.Errorf(format, args...)})
}

// maxDim and maxLayers bound the hyperparameters so that a corrupt one
// fails here, not as an allocation of its size. The deepest Gemma has 62
// layers; synth allows 1024.
const (
	maxDim    = 1 << 24
	maxLayers = 1024
)

func (m *ggufFields) uint(key string, def int, required bool) int {
	v, ok, err := m.md.Uint(key)
	switch {
	case err != nil:
		m.fail(err)
	case !ok && required:
		m.failf(key, "missing")
	case ok && v > maxDim:
		m.failf(key, "%d is implausibly large (limit %d)", v, maxDim)
	case ok:
		return int(v)
	}
	return def
}

// perLayer reads a key llama.cpp allows either once or once per layer.
func (m *ggufFields) perLayer(key string, layers, def int, required bool) int {
	v, ok := m.md.Lookup(key)
	if t, _, _ := gguf.TypeOf(v); !ok || t != gguf.Array {
		return m.uint(key, def, required)
	}
	vals, _, err := m.md.Uints(key)
	switch {
	case err != nil:
		m.fail(err)
	case len(vals) != layers || layers == 0:
		m.failf(key, "%d entries for block_count %d", len(vals), layers)
	case vals[0] > maxDim:
		m.failf(key, "%d is implausibly large (limit %d)", vals[0], maxDim)
	default:
		for i, x := range vals {
			if x != vals[0] {
				m.failf(key, "layer %d has %d, layer 0 %d; gemma-bench needs one value for every layer", i, x, vals[0])
				return def
			}
		}
		return int(vals[0])
	}
	return def
}

func (m *ggufFields) float(key string, def float64, required bool) float64 {
	v, ok, err := m.md.Float(key)
	switch {
	case err != nil:
		m.fail(err)
	case !ok && required:
		m.failf(key, "missing")
	case ok:
		return v
	}
	return def
}

func (m *ggufFields) str(key, def string) string {
	v, ok, err := m.md.Str(key)
	switch {
	case err != nil:
		m.fail(err)
	case ok:
		return v
	}
	return def
}

// rope reads the global rotary embedding. llama.cpp's scaling types other
// than none and linear (yarn, longrope) change the arithmetic, which the
// forward pass does not implement, so they are refused.
func (m *ggufFields) rope() RoPE {
	r := RoPE{Theta: m.float(m.key("rope.freq_base"), 10000, false), LinearScale: 1}
	factor := m.float(m.key("rope.scaling.factor"), 0, false)
	if factor == 0 {
		factor = m.float(m.key("rope.scale_linear"), 0, false) // the older key
	}
	switch typ := m.str(m.key("rope.scaling.type"), "linear"); typ {
	case "none":
	case "linear":
		if factor != 0 {
			r.LinearScale = factor
		}
	default:
		m.failf(m.key("rope.scaling.type"), "%q unsupported (want none or linear)", typ)
	}
	return r
}

func (m *ggufFields) gemma3Layers(layers int) []LayerKind {
	key := m.key("attention.sliding_window_pattern")
	v, ok := m.md.Lookup(key)
	if bools, isBools := v.([]bool); ok && isBools {
		if len(bools) != layers {
			m.failf(key, "%d entries for block_count %d", len(bools), layers)
			return allGlobal(layers)
		}
		kinds := make([]LayerKind, layers)
		for i, sliding := range bools {
			if sliding {
				kinds[i] = SlidingAttention
			}
		}
		return kinds
	}
	period := m.uint(key, 6, false)
	if period < 1 {
		m.failf(key, "%d must be at least 1", period)
		period = 6
	}
	return everyNthGlobal(layers, period)
}

func (m *ggufFields) vocabSize(tensor func(string) (gguf.TensorInfo, bool)) int {
	if n := m.uint(m.key("vocab_size"), -1, false); n >= 0 {
		return n
	}
	if v, ok := m.md.Lookup("tokenizer.ggml.tokens"); ok {
		toks, isStrs := v.([]string)
		if !isStrs {
			m.failf("tokenizer.ggml.tokens", "%T, want an array of strings", v)
			return 0
		}
		return len(toks)
	}
	if t, ok := tensor("token_embd.weight"); ok && len(t.Shape) == 2 {
		return t.Shape[0]
	}
	m.failf("tokenizer.ggml.tokens", "missing, and no token_embd.weight to take the vocabulary size from")
	return 0
}

// ggufKeys names, for each config.json field Validate reports, the GGUF
// key that set it ("%s" is the architecture).
var ggufKeys = map[string]string{
	"vocab_size":              "tokenizer.ggml.tokens",
	"hidden_size":             "%s.embedding_length",
	"intermediate_size":       "%s.feed_forward_length",
	"num_hidden_layers":       "%s.block_count",
	"num_attention_heads":     "%s.attention.head_count",
	"num_key_value_heads":     "%s.attention.head_count_kv",
	"head_dim":                "%s.attention.key_length",
	"max_position_embeddings": "%s.context_length",
	"rms_norm_eps":            "%s.attention.layer_norm_rms_epsilon",
	"attn_logit_softcapping":  "%s.attn_logit_softcapping",
	"final_logit_softcapping": "%s.final_logit_softcapping",
	"sliding_window":          "%s.attention.sliding_window",
	"rope_theta":              "%s.rope.freq_base",
	"rope_scaling.factor":     "%s.rope.scaling.factor",
	"rope_local_base_freq":    "%s.rope.freq_base_swa",
	"bos_token_id":            "tokenizer.ggml.bos_token_id",
	"eos_token_id":            "tokenizer.ggml.eos_token_id",
	"eos_token_id[0]":         "tokenizer.ggml.eos_token_id",
	"eos_token_id[1]":         "tokenizer.ggml.eot_token_id",
	"pad_token_id":            "tokenizer.ggml.padding_token_id",
}

// fieldError points a Validate error at the GGUF key behind it.
func (m *ggufFields) fieldError(err error) error {
	var fe *FieldError
	if !errors.As(err, &fe) {
		return fmt.Errorf("%s: %w", m.path, err)
	}
	key := fe.Field
	if k, ok := ggufKeys[fe.Field]; ok {
		key = k
		if k[0] == '%' {
			key = fmt.Sprintf(k, m.arch)
		}
	}
	return &gguf.Error{File: m.path, Key: key, Err: errors.New(fe.Reason)}
}

// ggufFileType is llama.cpp's general.file_type (enum llama_ftype) for a
// model whose matrices are dt.
func ggufFileType(dt gguf.GGMLType) uint32 {
	return map[gguf.GGMLType]uint32{gguf.F32: 0, gguf.F16: 1, gguf.Q4_0: 2, gguf.Q8_0: 7, gguf.BF16: 32}[dt]
}

// ggufMetadata is the metadata llama.cpp's converter would write for c:
// general.*, the hyperparameters under the architecture's prefix, and
// vocab (the tokenizer.ggml.* keys).
func ggufMetadata(c Config, name string, dt gguf.GGMLType, vocab []gguf.KV) []gguf.KV {
	a := c.Family.String() // "gemma", "gemma2", "gemma3": llama.cpp's names
	u := func(v int) uint32 { return uint32(v) }
	kvs := []gguf.KV{
		{Key: "general.architecture", Value: a},
		{Key: "general.name", Value: name},
		{Key: "general.file_type", Value: ggufFileType(dt)},
		{Key: "general.quantization_version", Value: uint32(2)}, // GGML_QNT_VERSION
		{Key: a + ".context_length", Value: u(c.MaxPositions)},
		{Key: a + ".embedding_length", Value: u(c.ModelDim)},
		{Key: a + ".block_count", Value: u(c.Layers)},
		{Key: a + ".feed_forward_length", Value: u(c.FFNDim)},
		{Key: a + ".attention.head_count", Value: u(c.Heads)},
		{Key: a + ".attention.head_count_kv", Value: u(c.KVHeads)},
		{Key: a + ".attention.key_length", Value: u(c.HeadDim)},
		{Key: a + ".attention.value_length", Value: u(c.HeadDim)},
		{Key: a + ".attention.layer_norm_rms_epsilon", Value: float32(c.NormEps)},
		{Key: a + ".rope.freq_base", Value: float32(c.GlobalRoPE.Theta)},
	}
	if c.GlobalRoPE.LinearScale != 1 {
		kvs = append(kvs, gguf.KV{Key: a + ".rope.scaling.type", Value: "linear"},
			gguf.KV{Key: a + ".rope.scaling.factor", Value: float32(c.GlobalRoPE.LinearScale)})
	}
	if c.Family != Gemma1 {
		kvs = append(kvs, gguf.KV{Key: a + ".attention.sliding_window", Value: u(c.SlidingWindow)})
		if c.Family == Gemma2 || c.AttnSoftCap != 0 || c.FinalSoftCap != 0 {
			kvs = append(kvs, gguf.KV{Key: a + ".attn_logit_softcapping", Value: float32(c.AttnSoftCap)},
				gguf.KV{Key: a + ".final_logit_softcapping", Value: float32(c.FinalSoftCap)})
		}
	}
	if c.Family == Gemma3 {
		kvs = append(kvs, gguf.KV{Key: a + ".rope.freq_base_swa", Value: float32(c.LocalRoPE.Theta)})
	}
	return append(kvs, vocab...)
}

// configDiff names the fields sameShape compares that differ, for an
// error that says what GGUF cannot express.
func configDiff(want, got Config) []string {
	var d []string
	add := func(field string, a, b any) {
		if fmt.Sprint(a) != fmt.Sprint(b) {
			d = append(d, fmt.Sprintf("%s %v (GGUF gives %v)", field, a, b))
		}
	}
	add("family", want.Family, got.Family)
	add("vocab", want.VocabSize, got.VocabSize)
	add("layers", want.Layers, got.Layers)
	add("query_pre_attn_scalar", want.QueryPreAttnScalar, got.QueryPreAttnScalar)
	add("rms_norm_eps", want.NormEps, got.NormEps)
	add("softcaps", [2]float64{want.AttnSoftCap, want.FinalSoftCap}, [2]float64{got.AttnSoftCap, got.FinalSoftCap})
	add("sliding_window", want.SlidingWindow, got.SlidingWindow)
	add("layer_types", want.LayerKinds, got.LayerKinds)
	add("global RoPE", want.GlobalRoPE, got.GlobalRoPE)
	add("local RoPE", want.LocalRoPE, got.LocalRoPE)
	add("tied embeddings", want.TieEmbeddings, got.TieEmbeddings)
	if len(d) == 0 && !sameShape(want, got) {
		d = append(d, fmt.Sprintf("%+v (GGUF gives %+v)", want, got))
	}
	return d
}
