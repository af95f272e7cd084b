package model

import (
	"fmt"
	"math"
	"strings"
)

// Family selects the block structure of the forward pass.
type Family int

const (
	// Gemma1: input norm → attention → residual; post_attention_layernorm is
	// the pre-MLP norm; no softcaps; scale head_dim^-½.
	Gemma1 Family = 1
	// Gemma2: pre/post norms around attention and MLP, attention and final
	// logit softcaps, alternating sliding/global layers.
	Gemma2 Family = 2
	// Gemma3: Gemma 2 blocks plus QK-norm and separate local/global RoPE.
	Gemma3 Family = 3
)

func (f Family) String() string {
	switch f {
	case Gemma1:
		return "gemma"
	case Gemma2:
		return "gemma2"
	case Gemma3:
		return "gemma3"
	}
	return fmt.Sprintf("Family(%d)", int(f))
}

// LayerKind tells whether a layer attends to a sliding window or to all
// earlier positions.
type LayerKind int

const (
	GlobalAttention LayerKind = iota
	SlidingAttention
)

func (k LayerKind) String() string {
	switch k {
	case GlobalAttention:
		return "full_attention"
	case SlidingAttention:
		return "sliding_attention"
	}
	return fmt.Sprintf("LayerKind(%d)", int(k))
}

// RoPE describes the rotary embedding of one layer kind.
type RoPE struct {
	Theta float64 // base frequency
	// LinearScale divides positions (HF rope_type "linear"); 1 when unscaled.
	LinearScale float64
}

// Config is everything the forward pass needs to know about a Gemma text
// model. It is filled either from the canonical table (ByName) or from an HF
// config.json (ReadHFConfig); Validate rejects nonsense values.
type Config struct {
	Name   string // canonical name ("gemma2-9b") or "custom"
	Family Family

	VocabSize    int
	ModelDim     int // hidden_size
	FFNDim       int // intermediate_size
	Layers       int
	Heads        int // query heads
	KVHeads      int // 1 = MQA, Heads = MHA, in between = GQA
	HeadDim      int
	MaxPositions int // max_position_embeddings

	// QueryPreAttnScalar: attention scores are scaled by its inverse square
	// root (Gemma 1 uses head_dim).
	QueryPreAttnScalar float64
	NormEps            float64

	AttnSoftCap  float64 // 0 = none
	FinalSoftCap float64 // 0 = none

	SlidingWindow int         // tokens a sliding layer sees, including itself; 0 = none
	LayerKinds    []LayerKind // one per layer

	GlobalRoPE RoPE
	LocalRoPE  RoPE // used by sliding layers of Gemma 3; equals GlobalRoPE otherwise

	QKNorm bool // Gemma 3
	// TieEmbeddings: the output projection reuses the embedding table. All
	// released Gemma checkpoints tie; an HF config with
	// tie_word_embeddings=false is accepted and then needs lm_head.weight.
	TieEmbeddings bool
	BOS, EOS, PAD int // PAD is -1 when the config has none
	// EOSIDs lists every id that ends generation (HF allows a list, e.g.
	// [1, 106] for the instruction-tuned Gemma 3 checkpoints); EOS is its
	// first element.
	EOSIDs []int
}

// FieldError reports a bad or unsupported value. Field uses the HF
// config.json key so that the message points at the line to fix.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// IsSliding reports whether layer i attends only to a window.
func (c Config) IsSliding(i int) bool {
	return i >= 0 && i < len(c.LayerKinds) && c.LayerKinds[i] == SlidingAttention
}

// RoPEFor returns the rotary embedding layer i uses: Gemma 3 rotates sliding
// layers with their own base; for the other families LocalRoPE equals
// GlobalRoPE, so one rule serves all.
func (c Config) RoPEFor(i int) RoPE {
	if c.IsSliding(i) {
		return c.LocalRoPE
	}
	return c.GlobalRoPE
}

// AttnScale is the factor applied to q·k before the softcap and softmax.
func (c Config) AttnScale() float64 { return 1 / math.Sqrt(c.QueryPreAttnScalar) }

// SlidingLayers counts the layers that use the window.
func (c Config) SlidingLayers() int {
	n := 0
	for _, k := range c.LayerKinds {
		if k == SlidingAttention {
			n++
		}
	}
	return n
}

// Validate rejects values no Gemma forward pass can run with. The first
// problem found is returned as a *FieldError.
func (c Config) Validate() error {
	switch c.Family {
	case Gemma1, Gemma2, Gemma3:
	default:
		return fieldErr("model_type", "unknown family %v", c.Family)
	}
	for _, d := range []struct {
		field string
		v     int
	}{
		{"vocab_size", c.VocabSize},
		{"hidden_size", c.ModelDim},
		{"intermediate_size", c.FFNDim},
		{"num_hidden_layers", c.Layers},
		{"num_attention_heads", c.Heads},
		{"num_key_value_heads", c.KVHeads},
		{"head_dim", c.HeadDim},
		{"max_position_embeddings", c.MaxPositions},
	} {
		if d.v <= 0 {
			return fieldErr(d.field, "%d must be positive", d.v)
		}
	}
	if c.Heads%c.KVHeads != 0 {
		return fieldErr("num_key_value_heads", "%d does not divide num_attention_heads %d", c.KVHeads, c.Heads)
	}
	if c.HeadDim%2 != 0 {
		return fieldErr("head_dim", "%d is odd; RoPE rotates pairs of dimensions", c.HeadDim)
	}
	if err := positiveFinite("query_pre_attn_scalar", c.QueryPreAttnScalar); err != nil {
		return err
	}
	if err := positiveFinite("rms_norm_eps", c.NormEps); err != nil {
		return err
	}
	if err := softCap("attn_logit_softcapping", c.AttnSoftCap); err != nil {
		return err
	}
	if err := softCap("final_logit_softcapping", c.FinalSoftCap); err != nil {
		return err
	}
	if c.SlidingWindow < 0 {
		return fieldErr("sliding_window", "%d is negative", c.SlidingWindow)
	}
	if len(c.LayerKinds) != c.Layers {
		return fieldErr("layer_types", "%d entries for num_hidden_layers %d", len(c.LayerKinds), c.Layers)
	}
	for i, k := range c.LayerKinds {
		if k != GlobalAttention && k != SlidingAttention {
			return fieldErr(fmt.Sprintf("layer_types[%d]", i), "unknown layer kind %d", int(k))
		}
	}
	// A window with no sliding layer is harmless, but a sliding layer
	// without a window would silently attend to nothing but itself.
	if n := c.SlidingLayers(); n > 0 && c.SlidingWindow == 0 {
		return fieldErr("sliding_window", "0 but %d layers are sliding_attention", n)
	}
	if err := c.validateFamilyTraits(); err != nil {
		return err
	}
	if err := validRoPE("rope_theta", "rope_scaling.factor", c.GlobalRoPE); err != nil {
		return err
	}
	if err := validRoPE("rope_local_base_freq", "rope_parameters.sliding_attention.factor", c.LocalRoPE); err != nil {
		return err
	}
	return c.validateTokens()
}

// validateFamilyTraits catches configs whose fields contradict the block
// structure Family selects, since the forward pass branches on Family only.
func (c Config) validateFamilyTraits() error {
	if c.QKNorm != (c.Family == Gemma3) {
		return fieldErr("model_type", "QK-norm is %v for family %v; only gemma3 has it", c.QKNorm, c.Family)
	}
	if c.Family != Gemma1 {
		return nil
	}
	if c.AttnSoftCap != 0 || c.FinalSoftCap != 0 {
		return fieldErr("attn_logit_softcapping", "gemma (1) has no softcaps, got %g/%g", c.AttnSoftCap, c.FinalSoftCap)
	}
	if n := c.SlidingLayers(); n > 0 {
		return fieldErr("layer_types", "gemma (1) has no sliding layers, got %d", n)
	}
	if c.LocalRoPE != c.GlobalRoPE {
		return fieldErr("rope_local_base_freq", "gemma (1) uses one RoPE, got local %+v and global %+v", c.LocalRoPE, c.GlobalRoPE)
	}
	return nil
}

func (c Config) validateTokens() error {
	inVocab := func(field string, id int) error {
		if id < 0 || id >= c.VocabSize {
			return fieldErr(field, "%d outside vocabulary [0, %d)", id, c.VocabSize)
		}
		return nil
	}
	if err := inVocab("bos_token_id", c.BOS); err != nil {
		return err
	}
	if err := inVocab("eos_token_id", c.EOS); err != nil {
		return err
	}
	if c.PAD != -1 {
		if err := inVocab("pad_token_id", c.PAD); err != nil {
			return err
		}
	}
	if len(c.EOSIDs) > 0 && c.EOSIDs[0] != c.EOS {
		return fieldErr("eos_token_id", "EOS %d is not the first of %v", c.EOS, c.EOSIDs)
	}
	for i, id := range c.EOSIDs {
		if err := inVocab(fmt.Sprintf("eos_token_id[%d]", i), id); err != nil {
			return err
		}
	}
	return nil
}

func positiveFinite(field string, v float64) error {
	if !(v > 0) || math.IsInf(v, 0) { // !(v > 0) also catches NaN
		return fieldErr(field, "%g must be positive and finite", v)
	}
	return nil
}

func softCap(field string, v float64) error {
	if !(v >= 0) || math.IsInf(v, 0) {
		return fieldErr(field, "%g must be 0 (none) or positive and finite", v)
	}
	return nil
}

func validRoPE(thetaField, scaleField string, r RoPE) error {
	if err := positiveFinite(thetaField, r.Theta); err != nil {
		return err
	}
	return positiveFinite(scaleField, r.LinearScale)
}

// ParamCount is the number of weights in the checkpoint: embedding (once
// when tied), per-layer attention, MLP and norms, and the final norm.
func (c Config) ParamCount() int64 {
	d, hd := int64(c.ModelDim), int64(c.HeadDim)
	q := d * int64(c.Heads) * hd
	kv := d * int64(c.KVHeads) * hd
	layer := 2*q + 2*kv + 3*d*int64(c.FFNDim)
	switch c.Family {
	case Gemma1:
		layer += 2 * d
	case Gemma2:
		layer += 4 * d
	default:
		layer += 4*d + 2*hd // QK-norm weights are per head_dim, shared by heads
	}
	emb := int64(c.VocabSize) * d
	if !c.TieEmbeddings {
		emb *= 2
	}
	return emb + int64(c.Layers)*layer + d
}

// String is a one-line summary for logs and reports.
func (c Config) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%v): d=%d ffn=%d layers=%d", c.Name, c.Family, c.ModelDim, c.FFNDim, c.Layers)
	if n := c.SlidingLayers(); n > 0 {
		fmt.Fprintf(&b, " (%d sliding, window %d)", n, c.SlidingWindow)
	}
	fmt.Fprintf(&b, " heads=%d/%d×%d vocab=%d", c.Heads, c.KVHeads, c.HeadDim, c.VocabSize)
	fmt.Fprintf(&b, " rope=%g", c.GlobalRoPE.Theta)
	if c.GlobalRoPE.LinearScale != 1 {
		fmt.Fprintf(&b, "/%g", c.GlobalRoPE.LinearScale)
	}
	if c.LocalRoPE != c.GlobalRoPE {
		fmt.Fprintf(&b, " local=%g", c.LocalRoPE.Theta)
		if c.LocalRoPE.LinearScale != 1 {
			fmt.Fprintf(&b, "/%g", c.LocalRoPE.LinearScale)
		}
	}
	if c.AttnSoftCap != 0 || c.FinalSoftCap != 0 {
		fmt.Fprintf(&b, " softcap=%g/%g", c.AttnSoftCap, c.FinalSoftCap)
	}
	fmt.Fprintf(&b, " params=%.2fB", float64(c.ParamCount())/1e9)
	return b.String()
}
