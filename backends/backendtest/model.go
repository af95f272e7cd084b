package backendtest

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/gemma-bench/gemma-bench/backends"
)

// arch is a small Gemma-shaped decoder: the graphs of the cases are built
// from it, so that the ops run in the combinations a model produces.
type arch struct {
	vocab, dim int
	embedScale float32
	addOne     bool    // norms multiply by 1+w (Gemma) or by w
	finalCap   float32 // logit soft-cap, 0 = none
	kvHeads    int
	headDim    int
	layers     []layerSpec
}

type layerSpec struct {
	heads     int
	window    int     // 0 = global
	attnCap   float32 // attention logit soft-cap, 0 = none
	qkNorm    bool    // RMSNorm of each q and k head (Group = headDim)
	postNorms bool    // norms after attention and after the MLP (Gemma 2/3)
	ffn       int
	theta     float64
	posScale  float64
}

type layerWeights struct {
	preAttn, q, k, v, qNorm, kNorm, o, postAttn *backends.Weight
	preFFN, gate, up, down, postFFN             *backends.Weight
}

// modelWeights are shared by every graph of one case (by pointer), as a
// model's prefill and decode graphs share theirs.
type modelWeights struct {
	embed, final *backends.Weight
	layers       []layerWeights
}

// normDType is the dtype of norm weights for matrices in dt: norms must be
// a float type, and GGUF files keep them in f32 next to quantized matrices.
func normDType(dt backends.DType) backends.DType {
	if dt.BlockSize() != 1 {
		return backends.F32
	}
	return dt
}

func (a *arch) weights(rng *rand.Rand, dt backends.DType) *modelWeights {
	nd := normDType(dt)
	norm := func(name string, n int) *backends.Weight {
		if a.addOne {
			return randomWeight(rng, name, nd, 0, 0.4, n)
		}
		return randomWeight(rng, name, nd, 1, 0.4, n)
	}
	mat := func(name string, out, in int) *backends.Weight {
		return RandomWeight(rng, name, dt, math.Sqrt(3/float64(in)), out, in)
	}
	m := &modelWeights{embed: RandomWeight(rng, "embed", dt, 1, a.vocab, a.dim), final: norm("final_norm", a.dim)}
	for i, l := range a.layers {
		p := fmt.Sprintf("l%d.", i)
		lw := layerWeights{
			preAttn: norm(p+"attn_norm", a.dim),
			q:       mat(p+"q", l.heads*a.headDim, a.dim),
			k:       mat(p+"k", a.kvHeads*a.headDim, a.dim),
			v:       mat(p+"v", a.kvHeads*a.headDim, a.dim),
			o:       mat(p+"o", a.dim, l.heads*a.headDim),
			preFFN:  norm(p+"ffn_norm", a.dim),
			gate:    mat(p+"gate", l.ffn, a.dim),
			up:      mat(p+"up", l.ffn, a.dim),
			down:    mat(p+"down", a.dim, l.ffn),
		}
		if l.qkNorm {
			lw.qNorm, lw.kNorm = norm(p+"q_norm", a.headDim), norm(p+"k_norm", a.headDim)
		}
		if l.postNorms {
			lw.postAttn, lw.postFFN = norm(p+"post_attn_norm", a.dim), norm(p+"post_ffn_norm", a.dim)
		}
		m.layers = append(m.layers, lw)
	}
	return m
}

// layout is the cache layout of the arch (DType, Seqs, MaxLen and MaxRows
// from the arguments).
func (a *arch) layout(kv backends.DType, seqs, maxLen, maxRows int) backends.KVLayout {
	l := backends.KVLayout{Layers: len(a.layers), KVHeads: a.kvHeads, HeadDim: a.headDim, DType: kv, Seqs: seqs, MaxLen: maxLen, MaxRows: maxRows}
	for _, s := range a.layers {
		l.Windows = append(l.Windows, s.window)
	}
	return l
}

// builder appends ops to a graph.
type builder struct{ g *backends.Graph }

func (b *builder) add(op backends.Op, cols int) backends.Value {
	rows := b.g.Rows
	if len(op.In) > 0 {
		rows = b.g.Values[op.In[0]].Rows
	}
	if op.Kind == backends.GatherRows {
		rows = b.g.LogitRows
	}
	op.Out = b.g.NewValue(op.Name, rows, cols)
	b.g.Ops = append(b.g.Ops, op)
	return op.Out
}

func (b *builder) cols(v backends.Value) int { return b.g.Values[v].Cols }

func (b *builder) matmul(name string, layer int, x backends.Value, w *backends.Weight) backends.Value {
	return b.add(backends.Op{Kind: backends.MatMul, Name: name, Layer: layer, In: []backends.Value{x}, W: w}, w.Shape[0])
}

func (b *builder) norm(name string, layer int, x backends.Value, w *backends.Weight, addOne bool, group int) backends.Value {
	return b.add(backends.Op{Kind: backends.RMSNorm, Name: name, Layer: layer, In: []backends.Value{x}, W: w, Eps: 1e-6, AddOne: addOne, Group: group}, b.cols(x))
}

func (b *builder) binary(kind backends.OpKind, name string, layer int, x, y backends.Value) backends.Value {
	return b.add(backends.Op{Kind: kind, Name: name, Layer: layer, In: []backends.Value{x, y}}, b.cols(x))
}

// graph builds the forward pass of a for one step shape.
func (a *arch) graph(w *modelWeights, l backends.KVLayout, rows, logitRows, maxTargets int) *backends.Graph {
	b := &builder{g: &backends.Graph{Rows: rows, LogitRows: logitRows, MaxTargets: maxTargets, Vocab: a.vocab, Cache: l}}
	x := b.add(backends.Op{Kind: backends.Embed, Name: "embed", Layer: -1, W: w.embed, Scale: a.embedScale}, a.dim)
	for i, s := range a.layers {
		lw := &w.layers[i]
		p := fmt.Sprintf("l%d.", i)
		h := b.norm(p+"attn_norm", i, x, lw.preAttn, a.addOne, 0)
		q := b.matmul(p+"attn.q", i, h, lw.q)
		k := b.matmul(p+"attn.k", i, h, lw.k)
		v := b.matmul(p+"attn.v", i, h, lw.v)
		if s.qkNorm {
			q = b.norm(p+"attn.q_norm", i, q, lw.qNorm, a.addOne, a.headDim)
			k = b.norm(p+"attn.k_norm", i, k, lw.kNorm, a.addOne, a.headDim)
		}
		rope := func(name string, x backends.Value, heads int) backends.Value {
			return b.add(backends.Op{Kind: backends.RoPE, Name: name, Layer: i, In: []backends.Value{x},
				Heads: heads, HeadDim: a.headDim, Theta: s.theta, PosScale: s.posScale}, b.cols(x))
		}
		q, k = rope(p+"attn.q_rope", q, s.heads), rope(p+"attn.k_rope", k, a.kvHeads)
		att := b.add(backends.Op{Kind: backends.Attention, Name: p + "attn", Layer: i, In: []backends.Value{q, k, v},
			Heads: s.heads, KVHeads: a.kvHeads, HeadDim: a.headDim, Window: s.window,
			Scale: float32(1 / math.Sqrt(float64(a.headDim))), Cap: s.attnCap, CacheLayer: i}, s.heads*a.headDim)
		o := b.matmul(p+"attn.o", i, att, lw.o)
		if s.postNorms {
			o = b.norm(p+"post_attn_norm", i, o, lw.postAttn, a.addOne, 0)
		}
		x = b.binary(backends.Add, p+"attn.residual", i, x, o)
		h = b.norm(p+"ffn_norm", i, x, lw.preFFN, a.addOne, 0)
		gate := b.matmul(p+"ffn.gate", i, h, lw.gate)
		up := b.matmul(p+"ffn.up", i, h, lw.up)
		d := b.matmul(p+"ffn.down", i, b.binary(backends.GeGLU, p+"ffn.geglu", i, gate, up), lw.down)
		if s.postNorms {
			d = b.norm(p+"post_ffn_norm", i, d, lw.postFFN, a.addOne, 0)
		}
		x = b.binary(backends.Add, p+"ffn.residual", i, x, d)
	}
	x = b.add(backends.Op{Kind: backends.GatherRows, Name: "gather", Layer: -1, In: []backends.Value{x}}, a.dim)
	x = b.norm("final_norm", -1, x, w.final, a.addOne, 0)
	out := b.matmul("logits", -1, x, w.embed) // tied, as in Gemma
	if a.finalCap > 0 {
		out = b.add(backends.Op{Kind: backends.SoftCap, Name: "logits.softcap", Layer: -1, In: []backends.Value{out}, Cap: a.finalCap}, a.vocab)
	}
	b.g.Output = out
	return b.g
}

// SampleGraph is a small valid graph with weights in dt for tests of the
// graph itself (Validate, costs): Ops[0] is the Embed and Ops[1] a MatMul
// named "up" [64, 32]; then GeGLU, a down projection, a residual Add, the
// gather, a norm, the tied logits MatMul and a SoftCap. It has no
// attention; its cache layout is one global layer.
func SampleGraph(rng *rand.Rand, dt backends.DType) *backends.Graph {
	const vocab, dim, ffn = 40, 32, 64
	l := backends.KVLayout{Layers: 1, KVHeads: 1, HeadDim: 32, DType: backends.F32, Windows: []int{0}, Seqs: 1, MaxLen: 16, MaxRows: 8}
	b := &builder{g: &backends.Graph{Rows: 8, LogitRows: 2, MaxTargets: 4, Vocab: vocab, Cache: l}}
	embed := RandomWeight(rng, "embed", dt, 1, vocab, dim)
	x := b.add(backends.Op{Kind: backends.Embed, Name: "embed", Layer: -1, W: embed, Scale: 2}, dim)
	up := b.matmul("up", 0, x, RandomWeight(rng, "up", dt, 0.3, ffn, dim))
	gate := b.matmul("gate", 0, x, RandomWeight(rng, "gate", dt, 0.3, ffn, dim))
	d := b.matmul("down", 0, b.binary(backends.GeGLU, "geglu", 0, gate, up), RandomWeight(rng, "down", dt, 0.2, dim, ffn))
	x = b.binary(backends.Add, "residual", 0, x, d)
	x = b.add(backends.Op{Kind: backends.GatherRows, Name: "gather", Layer: -1, In: []backends.Value{x}}, dim)
	x = b.norm("final_norm", -1, x, randomWeight(rng, "final_norm", normDType(dt), 0, 0.4, dim), true, 0)
	out := b.matmul("logits", -1, x, embed)
	b.g.Output = b.add(backends.Op{Kind: backends.SoftCap, Name: "softcap", Layer: -1, In: []backends.Value{out}, Cap: 10}, vocab)
	return b.g
}
