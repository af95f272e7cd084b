package model

import (
	"fmt"
	"strings"
)

// llama.cpp's tensor names for the weight table's HF names, as its
// converter maps them (gguf-py tensor_mapping.py; MODEL_TENSORS for GEMMA,
// GEMMA2 and GEMMA3 in constants.py): "model.layers.N.x" becomes "blk.N.y".
var ggufLayerNames = map[string]string{
	"input_layernorm.weight":            "attn_norm.weight",
	"self_attn.q_proj.weight":           "attn_q.weight",
	"self_attn.k_proj.weight":           "attn_k.weight",
	"self_attn.v_proj.weight":           "attn_v.weight",
	"self_attn.o_proj.weight":           "attn_output.weight",
	"self_attn.q_norm.weight":           "attn_q_norm.weight",
	"self_attn.k_norm.weight":           "attn_k_norm.weight",
	"post_attention_layernorm.weight":   "post_attention_norm.weight",
	"pre_feedforward_layernorm.weight":  "ffn_norm.weight",
	"post_feedforward_layernorm.weight": "post_ffw_norm.weight",
	"mlp.gate_proj.weight":              "ffn_gate.weight",
	"mlp.up_proj.weight":                "ffn_up.weight",
	"mlp.down_proj.weight":              "ffn_down.weight",
}

// ggufTensorName returns llama.cpp's name for a weight-table tensor.
// Gemma 1's post_attention_layernorm is the norm before the MLP, which
// llama.cpp calls ffn_norm in every family.
func ggufTensorName(hf string, fam Family) string {
	switch hf {
	case "model.embed_tokens.weight":
		return "token_embd.weight"
	case "model.norm.weight":
		return "output_norm.weight"
	case "lm_head.weight":
		return "output.weight"
	}
	var layer int
	rest, ok := strings.CutPrefix(hf, "model.layers.")
	if ok {
		if _, err := fmt.Sscanf(rest, "%d.", &layer); err == nil {
			rest = rest[strings.IndexByte(rest, '.')+1:]
			name := ggufLayerNames[rest]
			if fam == Gemma1 && rest == "post_attention_layernorm.weight" {
				name = "ffn_norm.weight"
			}
			if name != "" {
				return fmt.Sprintf("blk.%d.%s", layer, name)
			}
		}
	}
	panic("model: no GGUF name for weight-table tensor " + hf)
}
