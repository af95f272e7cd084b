package model

import (
	"fmt"
	"path/filepath"

	"github.com/tidwall/gjson"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
)

// parseGenerationConfig applies generation_config.json's eos_token_id
// (an int or a list): it is what HF generate() stops at, and for
// instruction-tuned checkpoints it adds <end_of_turn> to config.json's EOS.
func parseGenerationConfig(data []byte, path string, c *Config) error {
	if !gjson.ValidBytes(data) {
		return fmt.Errorf("%s: not valid JSON", path)
	}
	v := gjson.GetBytes(data, "eos_token_id")
	var ids []int
	switch {
	case !v.Exists() || v.Type == gjson.Null:
		return nil
	case v.IsArray():
		for _, e := range v.Array() {
			if e.Type != gjson.Number || e.Num != float64(int(e.Num)) {
				return fmt.Errorf("%s: eos_token_id: %s is not an integer", path, e.Raw)
			}
			ids = append(ids, int(e.Num))
		}
	case v.Type == gjson.Number && v.Num == float64(int(v.Num)):
		ids = []int{int(v.Num)}
	default:
		return fmt.Errorf("%s: eos_token_id: %s is not an integer or a list of them", path, v.Raw)
	}
	for _, id := range ids {
		if id < 0 || id >= c.VocabSize {
			return fmt.Errorf("%s: eos_token_id: %d is outside the vocabulary of %d", path, id, c.VocabSize)
		}
	}
	if len(ids) > 0 {
		c.EOSIDs, c.EOS = ids, ids[0]
	}
	return nil
}

// WriteHFConfig writes c as an HF config.json that ReadHFConfig reads back
// to the same Config, plus generation_config.json beside it.
func WriteHFConfig(dir string, c Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	m := map[string]any{
		"vocab_size":              c.VocabSize,
		"hidden_size":             c.ModelDim,
		"intermediate_size":       c.FFNDim,
		"num_hidden_layers":       c.Layers,
		"num_attention_heads":     c.Heads,
		"num_key_value_heads":     c.KVHeads,
		"head_dim":                c.HeadDim,
		"max_position_embeddings": c.MaxPositions,
		"rms_norm_eps":            c.NormEps,
		"rope_theta":              c.GlobalRoPE.Theta,
		"bos_token_id":            c.BOS,
		"eos_token_id":            c.EOS,
		"tie_word_embeddings":     c.TieEmbeddings,
		"hidden_activation":       "gelu_pytorch_tanh",
		"attention_bias":          false,
		"torch_dtype":             "bfloat16",
	}
	if c.PAD >= 0 {
		m["pad_token_id"] = c.PAD
	}
	switch c.Family {
	case Gemma1:
		m["model_type"], m["architectures"] = "gemma", []string{"GemmaForCausalLM"}
		m["hidden_act"] = "gelu_pytorch_tanh"
	case Gemma2:
		m["model_type"], m["architectures"] = "gemma2", []string{"Gemma2ForCausalLM"}
	case Gemma3:
		m["model_type"], m["architectures"] = "gemma3_text", []string{"Gemma3ForCausalLM"}
		m["rope_local_base_freq"] = c.LocalRoPE.Theta
	}
	if c.Family != Gemma1 {
		m["query_pre_attn_scalar"] = c.QueryPreAttnScalar
		m["sliding_window"] = c.SlidingWindow
		m["attn_logit_softcapping"] = nullIfZero(c.AttnSoftCap)
		m["final_logit_softcapping"] = nullIfZero(c.FinalSoftCap)
		kinds := make([]string, len(c.LayerKinds))
		for i, k := range c.LayerKinds {
			kinds[i] = "full_attention"
			if k == SlidingAttention {
				kinds[i] = "sliding_attention"
			}
		}
		m["layer_types"] = kinds
	}
	if c.GlobalRoPE.LinearScale != 1 {
		m["rope_scaling"] = map[string]any{"rope_type": "linear", "factor": c.GlobalRoPE.LinearScale}
	} else {
		m["rope_scaling"] = nil
	}
	if err := atomicfile.WriteJSON(filepath.Join(dir, "config.json"), m); err != nil {
		return err
	}
	gen := map[string]any{"bos_token_id": c.BOS, "eos_token_id": c.EOSIDs}
	if len(c.EOSIDs) == 0 {
		gen["eos_token_id"] = c.EOS
	}
	if c.PAD >= 0 {
		gen["pad_token_id"] = c.PAD
	}
	return atomicfile.WriteJSON(filepath.Join(dir, "generation_config.json"), gen)
}

func nullIfZero(v float64) any {
	if v == 0 {
		return nil
	}
	return v
}
