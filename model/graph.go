package model

import (
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
)

// TargetsPerLogitRow sizes a graph's target buffer: MaxTargets is this
// many per logit row. Four covers MMLU's choices scored from one row; a
// step with more targets is run with more (padding) logit rows.
const TargetsPerLogitRow = 4

// KVLayout is the cache layout of this model for seqs slots of maxLen
// positions, steps of at most maxRows rows per slot, stored as dt.
func (c Config) KVLayout(seqs, maxLen, maxRows int, dt backends.DType) backends.KVLayout {
	windows := make([]int, c.Layers)
	for l := range windows {
		if c.LayerKinds[l] == SlidingAttention {
			windows[l] = c.SlidingWindow
		}
	}
	return backends.KVLayout{Layers: c.Layers, KVHeads: c.KVHeads, HeadDim: c.HeadDim, DType: dt,
		Windows: windows, Seqs: seqs, MaxLen: maxLen, MaxRows: maxRows}
}

// BuildGraph writes the Gemma forward pass for one step shape: rows tokens
// in, outputs for logitRows of them (at least one) out, against caches of
// the given layout (Config.KVLayout). It is the only place the model's
// semantics live; every backend executes this graph.
func BuildGraph(c Config, w *Weights, cache backends.KVLayout, rows, logitRows int) (*backends.Graph, error) {
	if rows <= 0 || logitRows <= 0 || logitRows > rows {
		return nil, fmt.Errorf("model: step of %d rows with %d logit rows", rows, logitRows)
	}
	g := &backends.Graph{
		Rows: rows, LogitRows: logitRows, MaxTargets: TargetsPerLogitRow * logitRows, Vocab: c.VocabSize, Cache: cache,
	}
	// layer −1 marks ops outside the blocks (embed, head): no "lN." prefix.
	b := builder{g: g, c: c, addOne: !w.NormsStoredPlusOne, layer: -1}
	d := c.ModelDim

	// HF multiplies embeddings by √d as a tensor of the activation dtype;
	// our activations are float32, so the float32 value is the faithful one.
	x := b.op(backends.Op{Kind: backends.Embed, Name: "embed", W: w.Embed, Scale: float32(math.Sqrt(float64(d)))}, "x", d)
	for l := range c.Layers {
		x = b.block(l, &w.Layers[l], x)
	}
	b.layer = -1
	// Logits only for the rows asked for: a prefill that feeds generation
	// needs one row, not T vocab-sized products.
	x = b.op(backends.Op{Kind: backends.GatherRows, Name: "gather", In: []backends.Value{x}}, "selected", d)
	x = b.norm("final_norm", w.FinalNorm, x, 0)
	head := w.Embed
	if w.LMHead != nil {
		head = w.LMHead
	}
	logits := b.op(backends.Op{Kind: backends.MatMul, Name: "logits", W: head, In: []backends.Value{x}}, "logits", c.VocabSize)
	if c.FinalSoftCap > 0 {
		logits = b.op(backends.Op{Kind: backends.SoftCap, Name: "final_softcap", Cap: float32(c.FinalSoftCap), In: []backends.Value{logits}}, "logits_capped", c.VocabSize)
	}
	g.Output = logits
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("model %s: %w", c.Name, err)
	}
	return g, nil
}

type builder struct {
	g      *backends.Graph
	c      Config
	layer  int
	addOne bool // Gemma scales by 1+w; false when the weights hold 1+w
}

// op appends an op whose output has cols columns (rows follow the graph,
// or LogitRows after a gather).
func (b *builder) op(op backends.Op, name string, cols int) backends.Value {
	rows := b.g.Rows
	if op.Kind == backends.GatherRows || (len(op.In) > 0 && b.g.Values[op.In[0]].Rows != rows) {
		rows = b.g.LogitRows
	}
	op.Layer = b.layer
	if b.layer >= 0 {
		op.Name = fmt.Sprintf("l%d.%s", b.layer, op.Name)
		name = fmt.Sprintf("l%d.%s", b.layer, name)
	}
	op.Out = b.g.NewValue(name, rows, cols)
	b.g.Ops = append(b.g.Ops, op)
	return op.Out
}

func (b *builder) norm(name string, w *backends.Weight, x backends.Value, group int) backends.Value {
	return b.op(backends.Op{Kind: backends.RMSNorm, Name: name, W: w, In: []backends.Value{x},
		Eps: float32(b.c.NormEps), AddOne: b.addOne, Group: group}, name, b.g.Values[x].Cols)
}

func (b *builder) matmul(name string, w *backends.Weight, x backends.Value) backends.Value {
	return b.op(backends.Op{Kind: backends.MatMul, Name: name, W: w, In: []backends.Value{x}}, name, w.Shape[0])
}

// block is one transformer layer. Gemma 1: x += attn(norm(x)); x +=
// mlp(norm(x)). Gemma 2/3 additionally normalise each branch's output
// before adding it back.
func (b *builder) block(l int, w *LayerWeights, x backends.Value) backends.Value {
	c := b.c
	b.layer = l
	post := c.Family != Gemma1

	h := b.norm("attn_norm", w.AttnNorm, x, 0)
	q := b.matmul("attn_q", w.Q, h)
	k := b.matmul("attn_k", w.K, h)
	v := b.matmul("attn_v", w.V, h)
	if c.QKNorm {
		q = b.norm("attn_q_norm", w.QNorm, q, c.HeadDim)
		k = b.norm("attn_k_norm", w.KNorm, k, c.HeadDim)
	}
	rope := c.GlobalRoPE
	window := 0
	if c.LayerKinds[l] == SlidingAttention {
		window = c.SlidingWindow
		if c.Family == Gemma3 {
			rope = c.LocalRoPE
		}
	}
	q = b.op(backends.Op{Kind: backends.RoPE, Name: "attn_q_rope", In: []backends.Value{q}, Heads: c.Heads, HeadDim: c.HeadDim,
		Theta: rope.Theta, PosScale: rope.LinearScale}, "q_rope", c.Heads*c.HeadDim)
	k = b.op(backends.Op{Kind: backends.RoPE, Name: "attn_k_rope", In: []backends.Value{k}, Heads: c.KVHeads, HeadDim: c.HeadDim,
		Theta: rope.Theta, PosScale: rope.LinearScale}, "k_rope", c.KVHeads*c.HeadDim)
	a := b.op(backends.Op{Kind: backends.Attention, Name: "attn", In: []backends.Value{q, k, v},
		Heads: c.Heads, KVHeads: c.KVHeads, HeadDim: c.HeadDim, Window: window, CacheLayer: l,
		Scale: float32(1 / math.Sqrt(c.QueryPreAttnScalar)), Cap: float32(c.AttnSoftCap)}, "attn", c.Heads*c.HeadDim)
	o := b.matmul("attn_out", w.O, a)
	if post {
		o = b.norm("attn_post_norm", w.PostAttnNorm, o, 0)
	}
	x = b.op(backends.Op{Kind: backends.Add, Name: "attn_residual", In: []backends.Value{x, o}}, "x_attn", c.ModelDim)

	h = b.norm("ffn_norm", w.PreFFNNorm, x, 0)
	gate := b.matmul("ffn_gate", w.Gate, h)
	up := b.matmul("ffn_up", w.Up, h)
	m := b.op(backends.Op{Kind: backends.GeGLU, Name: "ffn_geglu", In: []backends.Value{gate, up}}, "ffn_act", c.FFNDim)
	down := b.matmul("ffn_down", w.Down, m)
	if post {
		down = b.norm("ffn_post_norm", w.PostFFNNorm, down, 0)
	}
	return b.op(backends.Op{Kind: backends.Add, Name: "ffn_residual", In: []backends.Value{x, down}}, "x", c.ModelDim)
}
