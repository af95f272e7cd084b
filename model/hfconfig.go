package model

import (
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/tidwall/gjson"
)

// ReadHFConfig reads a Hugging Face config.json (model_type gemma, gemma2,
// gemma3_text, or gemma3 whose text_config is used). Errors name the file and
// the offending key. generation_config.json is not consulted.
func ReadHFConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("reading model config: %w", err)
	}
	return ParseHFConfig(data, path)
}

// ParseHFConfig is ReadHFConfig on bytes; source names them in errors.
//
// A key that is absent takes the default of the transformers config class
// for its model_type (GemmaConfig, Gemma2Config, Gemma3TextConfig), because
// that is what the published files rely on: the gemma-3-4b text_config, for
// one, gives neither head_dim nor vocab_size. Notable defaults: head_dim 256
// (not hidden_size/heads: gemma-7b has 3072/16 = 192 yet head_dim 256),
// query_pre_attn_scalar 256, Gemma 2 softcaps 50/30 (an explicit null turns
// them off), Gemma 3 vocab 262208 and θ 1e6, sliding_window 4096.
func ParseHFConfig(data []byte, source string) (Config, error) {
	c, err := parseHF(data)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", source, err)
	}
	return c, nil
}

// hfDefaults are the transformers config-class defaults that differ by
// model_type.
type hfDefaults struct {
	family                       Family
	vocab, hidden, ffn, layers   int
	heads, kvHeads, maxPositions int
	theta, attnCap, finalCap     float64
}

var hfFamilies = map[string]hfDefaults{
	"gemma":       {Gemma1, 256000, 3072, 24576, 28, 16, 16, 8192, 10000, 0, 0},
	"gemma2":      {Gemma2, 256000, 2304, 9216, 26, 8, 4, 8192, 10000, 50, 30},
	"gemma3_text": {Gemma3, 262208, 2304, 9216, 26, 8, 4, 131072, 1e6, 0, 0},
}

func parseHF(data []byte) (Config, error) {
	if !gjson.ValidBytes(data) {
		return Config{}, errors.New("not valid JSON")
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return Config{}, fmt.Errorf("top level is %s, want a JSON object", describe(root))
	}
	top := &hfFields{obj: root}
	modelType := top.str("model_type", "")
	if top.err != nil {
		return Config{}, top.err
	}
	text := top
	switch modelType {
	case "":
		return Config{}, fieldErr("model_type", "missing; cannot tell which Gemma this is")
	case "gemma", "gemma2", "gemma3_text":
	case "gemma3":
		// The multimodal checkpoints keep the language model's settings in
		// text_config; the vision tower is not ours to run.
		tc := root.Get("text_config")
		if !tc.Exists() || tc.Type == gjson.Null {
			return Config{}, fieldErr("text_config", "missing; a gemma3 config.json keeps the text model's settings there")
		}
		if !tc.IsObject() {
			return Config{}, fieldErr("text_config", "%s, want a JSON object", describe(tc))
		}
		text = &hfFields{obj: tc, prefix: "text_config."}
		if mt := text.str("model_type", "gemma3_text"); mt != "gemma3_text" && text.err == nil {
			return Config{}, fieldErr("text_config.model_type", "%q, want gemma3_text", mt)
		}
		modelType = "gemma3_text"
	default:
		return Config{}, fieldErr("model_type", "%q unsupported (want gemma, gemma2, gemma3_text or gemma3)", modelType)
	}
	c, err := text.config(hfFamilies[modelType])
	if err != nil {
		return Config{}, err
	}
	// Gemma3ForConditionalGeneration may carry the flag at either level.
	if text != top && !text.obj.Get("tie_word_embeddings").Exists() {
		c.TieEmbeddings = top.bool("tie_word_embeddings", true)
		if top.err != nil {
			return Config{}, top.err
		}
	}
	if err := readTokens(&c, top, text); err != nil {
		return Config{}, err
	}
	if err := c.Validate(); err != nil {
		return Config{}, prefixField(err, text.prefix)
	}
	c.Name = canonicalName(c)
	return c, nil
}

// config reads the text model's keys from f.
func (f *hfFields) config(d hfDefaults) (Config, error) {
	c := Config{Family: d.family, QKNorm: d.family == Gemma3}
	c.VocabSize = f.int("vocab_size", d.vocab)
	c.ModelDim = f.int("hidden_size", d.hidden)
	c.FFNDim = f.int("intermediate_size", d.ffn)
	c.Layers = f.int("num_hidden_layers", d.layers)
	c.Heads = f.int("num_attention_heads", d.heads)
	c.KVHeads = f.int("num_key_value_heads", d.kvHeads)
	c.HeadDim = f.int("head_dim", 256)
	c.MaxPositions = f.int("max_position_embeddings", d.maxPositions)
	c.NormEps = f.float("rms_norm_eps", 1e-6)
	c.TieEmbeddings = f.bool("tie_word_embeddings", true)
	f.checkActivation(d.family)
	if f.bool("attention_bias", false) {
		f.fail("attention_bias", "true unsupported; Gemma projections have no bias")
	}
	// EmbeddingGemma-style encoders set this; they are not causal LMs.
	if f.bool("use_bidirectional_attention", false) {
		f.fail("use_bidirectional_attention", "true unsupported; only causal attention is implemented")
	}
	if d.family == Gemma1 {
		// modeling_gemma.py scales by head_dim^-½ and applies no softcap or
		// window whatever keys a config carries.
		c.QueryPreAttnScalar = float64(c.HeadDim)
		c.LayerKinds = allGlobal(max(c.Layers, 0))
	} else {
		c.QueryPreAttnScalar = f.float("query_pre_attn_scalar", 256)
		c.AttnSoftCap = f.softCap("attn_logit_softcapping", d.attnCap)
		c.FinalSoftCap = f.softCap("final_logit_softcapping", d.finalCap)
		c.SlidingWindow = f.nullableInt("sliding_window", 4096, 0)
		c.LayerKinds = f.layerKinds(d.family, c.Layers)
		if v := f.obj.Get("sliding_window"); v.Type == gjson.Null && v.Exists() && slices.Contains(c.LayerKinds, SlidingAttention) {
			f.fail("sliding_window", "null but layer_types has sliding_attention layers")
		}
	}
	c.GlobalRoPE = RoPE{Theta: f.float("rope_theta", d.theta), LinearScale: 1}
	if rs := f.obj.Get("rope_scaling"); rs.Exists() && rs.Type != gjson.Null {
		c.GlobalRoPE = f.rope(rs, "rope_scaling", c.GlobalRoPE)
	}
	c.LocalRoPE = c.GlobalRoPE
	if d.family == Gemma3 {
		// The local rotary embedding is built with rope_type "default":
		// rope_scaling never reaches sliding layers.
		c.LocalRoPE = RoPE{Theta: f.float("rope_local_base_freq", 10000), LinearScale: 1}
	}
	f.ropeParameters(&c)
	return c, f.err
}

// checkActivation insists on the tanh-approximated GELU every Gemma uses.
// Gemma 1 configs predate hidden_activation and say hidden_act "gelu"; the
// transformers fix (PR #29402) mapped that to gelu_pytorch_tanh, which is
// what the model was trained with. (transformers ≥ 4.48 reads hidden_act
// directly again and so computes exact GELU for those files; we do not.)
func (f *hfFields) checkActivation(fam Family) {
	if fam == Gemma1 {
		if v := f.obj.Get("hidden_activation"); !v.Exists() || v.Type == gjson.Null {
			if act := f.str("hidden_act", "gelu_pytorch_tanh"); act != "gelu" && act != "gelu_pytorch_tanh" && f.err == nil {
				f.fail("hidden_act", "%q unsupported (want gelu or gelu_pytorch_tanh)", act)
			}
			return
		}
	}
	if act := f.str("hidden_activation", "gelu_pytorch_tanh"); act != "gelu_pytorch_tanh" && f.err == nil {
		f.fail("hidden_activation", "%q unsupported (want gelu_pytorch_tanh)", act)
	}
}

// layerKinds reads layer_types, or derives them as transformers does when
// the key is absent.
func (f *hfFields) layerKinds(fam Family, layers int) []LayerKind {
	v := f.obj.Get("layer_types")
	if v.Exists() && v.Type != gjson.Null {
		if !v.IsArray() {
			f.fail("layer_types", "%s, want an array of strings", describe(v))
			return nil
		}
		items := v.Array()
		if len(items) != layers {
			f.fail("layer_types", "%d entries for num_hidden_layers %d", len(items), layers)
			return nil
		}
		kinds := make([]LayerKind, len(items))
		for i, it := range items {
			switch {
			case it.Type != gjson.String:
				f.fail(fmt.Sprintf("layer_types[%d]", i), "%s, want a string", describe(it))
			case it.Str == "sliding_attention":
				kinds[i] = SlidingAttention
			case it.Str == "full_attention":
				kinds[i] = GlobalAttention
			default:
				f.fail(fmt.Sprintf("layer_types[%d]", i), "unknown layer type %q (want sliding_attention or full_attention)", it.Str)
			}
		}
		return kinds
	}
	if layers < 0 {
		return nil // Validate reports num_hidden_layers
	}
	if fam == Gemma2 {
		return alternating(layers)
	}
	// Configs written by transformers ≥ 4.53 spell it _sliding_window_pattern
	// (and carry layer_types anyway); older ones say sliding_window_pattern.
	key := "sliding_window_pattern"
	if !f.obj.Get(key).Exists() && f.obj.Get("_"+key).Exists() {
		key = "_" + key
	}
	pattern := f.int(key, 6)
	if pattern < 1 {
		f.fail(key, "%d must be at least 1", pattern)
		return nil
	}
	return everyNthGlobal(layers, pattern)
}

// rope applies one HF rope dict ({"rope_type"|"type", "factor",
// "rope_theta"}) to base.
func (f *hfFields) rope(v gjson.Result, field string, base RoPE) RoPE {
	if !v.IsObject() {
		f.fail(field, "%s, want an object or null", describe(v))
		return base
	}
	sub := &hfFields{obj: v, prefix: f.prefix + field + "."}
	typ := sub.str("rope_type", "")
	if typ == "" {
		typ = sub.str("type", "default")
	}
	base.Theta = sub.float("rope_theta", base.Theta)
	switch typ {
	case "default":
		base.LinearScale = 1
	case "linear":
		if !v.Get("factor").Exists() {
			sub.fail("factor", "missing for linear scaling")
		}
		base.LinearScale = sub.float("factor", 1)
	default:
		sub.fail("rope_type", "%q unsupported (only default and linear)", typ)
	}
	if f.err == nil {
		f.err = sub.err
	}
	return base
}

// ropeParameters reads the transformers v5 spelling, which replaces
// rope_theta/rope_scaling (and rope_local_base_freq) with one dict, keyed by
// layer type for Gemma 3.
func (f *hfFields) ropeParameters(c *Config) {
	rp := f.obj.Get("rope_parameters")
	if !rp.Exists() || rp.Type == gjson.Null {
		return
	}
	if !rp.IsObject() {
		f.fail("rope_parameters", "%s, want an object", describe(rp))
		return
	}
	full, sliding := rp.Get("full_attention"), rp.Get("sliding_attention")
	if !full.Exists() && !sliding.Exists() {
		c.GlobalRoPE = f.rope(rp, "rope_parameters", c.GlobalRoPE)
		if c.Family != Gemma3 {
			c.LocalRoPE = c.GlobalRoPE
		}
		return
	}
	if full.Exists() && full.Type != gjson.Null {
		c.GlobalRoPE = f.rope(full, "rope_parameters.full_attention", c.GlobalRoPE)
	}
	if sliding.Exists() && sliding.Type != gjson.Null {
		c.LocalRoPE = f.rope(sliding, "rope_parameters.sliding_attention", c.LocalRoPE)
	}
	if c.Family != Gemma3 {
		c.LocalRoPE = c.GlobalRoPE
	}
}

// readTokens fills BOS/EOS/PAD. For a gemma3 (multimodal) file the top-level
// ids win, as they are what generation uses; text_config's, then the class
// defaults (bos 2, eos 1, pad 0), come after.
func readTokens(c *Config, top, text *hfFields) error {
	pick := func(key string) *hfFields {
		if v := top.obj.Get(key); text != top && v.Exists() && v.Type != gjson.Null {
			return top
		}
		return text
	}
	f := pick("bos_token_id")
	c.BOS = f.int("bos_token_id", 2)
	if f.err != nil {
		return f.err
	}
	f = pick("pad_token_id")
	c.PAD = f.nullableInt("pad_token_id", 0, -1)
	if f.err != nil {
		return f.err
	}
	f = pick("eos_token_id")
	c.EOSIDs = f.intList("eos_token_id", []int{1})
	if f.err != nil {
		return f.err
	}
	c.EOS = c.EOSIDs[0]
	return nil
}

// prefixField points a Validate error at text_config for gemma3 files.
func prefixField(err error, prefix string) error {
	var fe *FieldError
	if prefix == "" || !errors.As(err, &fe) || strings.HasSuffix(fe.Field, "token_id") ||
		strings.Contains(fe.Field, "token_id[") {
		return err
	}
	return &FieldError{Field: prefix + fe.Field, Reason: fe.Reason}
}

// hfFields reads typed keys from one JSON object and keeps the first error,
// so that config() reads like the key list it is.
type hfFields struct {
	obj    gjson.Result
	prefix string // "text_config." inside a gemma3 file
	err    error
}

func (f *hfFields) fail(key, format string, args ...any) {
	if f.err == nil {
		f.err = fieldErr(f.prefix+key, format, args...)
	}
}

func (f *hfFields) int(key string, def int) int {
	v := f.obj.Get(key)
	if !v.Exists() {
		return def
	}
	n, ok := asInt(v)
	if !ok {
		f.fail(key, "%s, want an integer", describe(v))
		return def
	}
	return n
}

// nullableInt is int where an explicit null means ifNull.
func (f *hfFields) nullableInt(key string, def, ifNull int) int {
	if v := f.obj.Get(key); v.Exists() && v.Type == gjson.Null {
		return ifNull
	}
	return f.int(key, def)
}

func (f *hfFields) intList(key string, def []int) []int {
	v := f.obj.Get(key)
	if !v.Exists() {
		return def
	}
	if !v.IsArray() {
		return []int{f.int(key, 0)}
	}
	items := v.Array()
	if len(items) == 0 {
		f.fail(key, "empty list")
		return def
	}
	ids := make([]int, len(items))
	for i, it := range items {
		n, ok := asInt(it)
		if !ok {
			f.fail(fmt.Sprintf("%s[%d]", key, i), "%s, want an integer", describe(it))
			return def
		}
		ids[i] = n
	}
	return ids
}

func (f *hfFields) float(key string, def float64) float64 {
	v := f.obj.Get(key)
	if !v.Exists() {
		return def
	}
	if v.Type != gjson.Number {
		f.fail(key, "%s, want a number", describe(v))
		return def
	}
	return v.Num
}

// softCap treats null as "no softcap", as transformers does.
func (f *hfFields) softCap(key string, def float64) float64 {
	if v := f.obj.Get(key); v.Exists() && v.Type == gjson.Null {
		return 0
	}
	return f.float(key, def)
}

func (f *hfFields) str(key, def string) string {
	v := f.obj.Get(key)
	if !v.Exists() {
		return def
	}
	if v.Type != gjson.String {
		f.fail(key, "%s, want a string", describe(v))
		return def
	}
	return v.Str
}

// bool treats null as the default, as transformers' None does for these flags.
func (f *hfFields) bool(key string, def bool) bool {
	v := f.obj.Get(key)
	switch v.Type {
	case gjson.True:
		return true
	case gjson.False:
		return false
	case gjson.Null:
		return def // absent or null
	}
	f.fail(key, "%s, want true or false", describe(v))
	return def
}

// asInt accepts JSON numbers with no fractional part that a float64 holds
// exactly (the same range Python's json would round-trip through int).
func asInt(v gjson.Result) (int, bool) {
	if v.Type != gjson.Number || v.Num != math.Trunc(v.Num) || math.Abs(v.Num) > 1<<53 {
		return 0, false
	}
	return int(v.Num), true
}

// describe names a JSON value's type and shows short values, for messages
// like `hidden_size: string "2048", want an integer`.
func describe(v gjson.Result) string {
	switch {
	case !v.Exists():
		return "missing"
	case v.Type == gjson.Null:
		return "null"
	case v.Type == gjson.String:
		return fmt.Sprintf("string %q", v.Str)
	case v.Type == gjson.Number:
		return "number " + v.Raw
	case v.Type == gjson.True, v.Type == gjson.False:
		return "boolean " + v.Raw
	case v.IsArray():
		return "an array"
	}
	return "an object"
}
