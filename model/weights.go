package model

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// Weights are the parameters of one model, each in its stored dtype.
// Shapes use HF's convention: a projection is [out, in].
type Weights struct {
	Embed     *backends.Weight // [vocab, d]; tied: also the output projection
	FinalNorm *backends.Weight // [d]
	LMHead    *backends.Weight // [vocab, d]; nil when tied to Embed
	Layers    []LayerWeights
	// NormsStoredPlusOne: every RMSNorm weight already holds 1+w, as
	// llama.cpp's converter writes them into GGUF, instead of HF's w.
	NormsStoredPlusOne bool
}

// LayerWeights are one transformer block's parameters.
type LayerWeights struct {
	AttnNorm     *backends.Weight // [d] input_layernorm
	Q            *backends.Weight // [heads·headDim, d]
	K            *backends.Weight // [kvHeads·headDim, d]
	V            *backends.Weight // [kvHeads·headDim, d]
	O            *backends.Weight // [d, heads·headDim]
	QNorm        *backends.Weight // [headDim] Gemma 3 only
	KNorm        *backends.Weight // [headDim] Gemma 3 only
	PostAttnNorm *backends.Weight // [d] Gemma 2/3 only
	// PreFFNNorm is the norm before the MLP: Gemma 1 calls it
	// post_attention_layernorm, Gemma 2/3 pre_feedforward_layernorm.
	PreFFNNorm  *backends.Weight // [d]
	PostFFNNorm *backends.Weight // [d] Gemma 2/3 only
	Gate        *backends.Weight // [ffn, d]
	Up          *backends.Weight // [ffn, d]
	Down        *backends.Weight // [d, ffn]
}

// TensorRole tells synthesis what magnitude a tensor needs.
type TensorRole int

const (
	RoleEmbedding TensorRole = iota
	RoleProjection
	RoleNorm
)

// TensorSpec is one entry of the weight table.
type TensorSpec struct {
	Name  string
	Shape []int
	Role  TensorRole
	// FanIn is the input width of a projection (synthesis scales by it).
	FanIn int
	slot  func(*Weights) **backends.Weight
}

// Slot returns where in w this tensor lives.
func (s TensorSpec) Slot(w *Weights) **backends.Weight { return s.slot(w) }

// Elements is the number of values in the tensor.
func (s TensorSpec) Elements() int64 {
	n := int64(1)
	for _, d := range s.Shape {
		n *= int64(d)
	}
	return n
}

// TensorSpecs is the weight table: every tensor of the model with its HF
// name and shape, listed once. Loading, validation and synthesis all walk
// this list, so they cannot disagree about what a checkpoint holds.
func (c Config) TensorSpecs() []TensorSpec {
	d, q, kv, hd := c.ModelDim, c.Heads*c.HeadDim, c.KVHeads*c.HeadDim, c.HeadDim
	specs := []TensorSpec{
		{Name: "model.embed_tokens.weight", Shape: []int{c.VocabSize, d}, Role: RoleEmbedding, FanIn: d,
			slot: func(w *Weights) **backends.Weight { return &w.Embed }},
	}
	for l := 0; l < c.Layers; l++ {
		p := fmt.Sprintf("model.layers.%d.", l)
		layer := func(w *Weights) *LayerWeights {
			if len(w.Layers) != c.Layers {
				w.Layers = make([]LayerWeights, c.Layers)
			}
			return &w.Layers[l]
		}
		add := func(name string, role TensorRole, fanIn int, slot func(*LayerWeights) **backends.Weight, shape ...int) {
			specs = append(specs, TensorSpec{Name: p + name, Shape: shape, Role: role, FanIn: fanIn,
				slot: func(w *Weights) **backends.Weight { return slot(layer(w)) }})
		}
		add("input_layernorm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.AttnNorm }, d)
		add("self_attn.q_proj.weight", RoleProjection, d, func(l *LayerWeights) **backends.Weight { return &l.Q }, q, d)
		add("self_attn.k_proj.weight", RoleProjection, d, func(l *LayerWeights) **backends.Weight { return &l.K }, kv, d)
		add("self_attn.v_proj.weight", RoleProjection, d, func(l *LayerWeights) **backends.Weight { return &l.V }, kv, d)
		add("self_attn.o_proj.weight", RoleProjection, q, func(l *LayerWeights) **backends.Weight { return &l.O }, d, q)
		if c.QKNorm {
			add("self_attn.q_norm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.QNorm }, hd)
			add("self_attn.k_norm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.KNorm }, hd)
		}
		if c.Family == Gemma1 {
			add("post_attention_layernorm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.PreFFNNorm }, d)
		} else {
			add("post_attention_layernorm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.PostAttnNorm }, d)
			add("pre_feedforward_layernorm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.PreFFNNorm }, d)
			add("post_feedforward_layernorm.weight", RoleNorm, 0, func(l *LayerWeights) **backends.Weight { return &l.PostFFNNorm }, d)
		}
		add("mlp.gate_proj.weight", RoleProjection, d, func(l *LayerWeights) **backends.Weight { return &l.Gate }, c.FFNDim, d)
		add("mlp.up_proj.weight", RoleProjection, d, func(l *LayerWeights) **backends.Weight { return &l.Up }, c.FFNDim, d)
		add("mlp.down_proj.weight", RoleProjection, c.FFNDim, func(l *LayerWeights) **backends.Weight { return &l.Down }, d, c.FFNDim)
	}
	specs = append(specs, TensorSpec{Name: "model.norm.weight", Shape: []int{d}, Role: RoleNorm,
		slot: func(w *Weights) **backends.Weight { return &w.FinalNorm }})
	if !c.TieEmbeddings {
		specs = append(specs, TensorSpec{Name: "lm_head.weight", Shape: []int{c.VocabSize, d}, Role: RoleEmbedding, FanIn: d,
			slot: func(w *Weights) **backends.Weight { return &w.LMHead }})
	}
	return specs
}
