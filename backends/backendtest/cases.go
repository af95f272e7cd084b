package backendtest

import (
	"math/rand/v2"

	"github.com/gemma-bench/gemma-bench/backends"
)

// graph helps build a conformance graph: Embed first (tokens are a graph's
// only input), the ops under test, then a projection to the vocabulary.
type graph struct {
	g   *backends.Graph
	rng *rand.Rand
	dt  backends.DType
}

func newGraph(rng *rand.Rand, dt backends.DType, rows, logitRows int, cache backends.KVLayout) (*graph, backends.Value) {
	b := &graph{g: &backends.Graph{Kind: backends.Prefill, Rows: rows, LogitRows: logitRows, Vocab: vocab, Cache: cache}, rng: rng, dt: dt}
	x := b.add(backends.Op{Kind: backends.Embed, Name: "embed", W: RandomWeight(rng, "embed", dt, 1, vocab, dim), Scale: 1.5}, rows, dim)
	return b, x
}

func (b *graph) add(op backends.Op, rows, cols int) backends.Value {
	op.Layer = -1
	op.Out = b.g.NewValue(op.Name, rows, cols)
	b.g.Ops = append(b.g.Ops, op)
	return op.Out
}

func (b *graph) cols(v backends.Value) int { return b.g.Values[v].Cols }
func (b *graph) rows(v backends.Value) int { return b.g.Values[v].Rows }

func (b *graph) matmul(name string, x backends.Value, out int) backends.Value {
	return b.add(backends.Op{Kind: backends.MatMul, Name: name, In: []backends.Value{x},
		W: RandomWeight(b.rng, name, b.dt, 0.5, out, b.cols(x))}, b.rows(x), out)
}

func (b *graph) finish(x backends.Value) *backends.Graph {
	x = b.add(backends.Op{Kind: backends.GatherRows, Name: "gather", In: []backends.Value{x}}, b.g.LogitRows, b.cols(x))
	b.g.Output = b.matmul("head", x, vocab)
	return b.g
}

func prefillStep(tokens []int32, seq int32, start int32, logitRows []int32) backends.Step {
	s := backends.Step{Tokens: tokens, LogitRows: logitRows}
	for i := range tokens {
		s.Positions = append(s.Positions, start+int32(i))
		s.Seqs = append(s.Seqs, seq)
	}
	return s
}

// Cases lists the conformance graphs.
func Cases() []Case {
	return []Case{
		{"matmul", func(rng *rand.Rand, dt backends.DType) (*backends.Graph, []backends.Step) {
			b, x := newGraph(rng, dt, 5, 5, backends.KVLayout{Layers: 1, KVHeads: 1, HeadDim: 2})
			x = b.matmul("up", x, 37)
			return b.finish(x), []backends.Step{prefillStep([]int32{1, 2, 3, 4, 39}, 0, 0, []int32{0, 1, 2, 3, 4})}
		}},
		{"norms-and-elementwise", func(rng *rand.Rand, dt backends.DType) (*backends.Graph, []backends.Step) {
			b, x := newGraph(rng, dt, 3, 2, backends.KVLayout{Layers: 1, KVHeads: 1, HeadDim: 2})
			n := b.add(backends.Op{Kind: backends.RMSNorm, Name: "norm", In: []backends.Value{x}, W: RandomWeight(rng, "nw", dt, 0.3, dim), Eps: 1e-6, AddOne: true}, 3, dim)
			q := b.add(backends.Op{Kind: backends.RMSNorm, Name: "groupnorm", In: []backends.Value{n}, W: RandomWeight(rng, "gw", dt, 0.3, 8), Eps: 1e-6, AddOne: true, Group: 8}, 3, dim)
			gate, up := b.matmul("gate", q, 30), b.matmul("up2", q, 30)
			m := b.add(backends.Op{Kind: backends.GeGLU, Name: "geglu", In: []backends.Value{gate, up}}, 3, 30)
			d := b.matmul("down", m, dim)
			s := b.add(backends.Op{Kind: backends.Add, Name: "add", In: []backends.Value{x, d}}, 3, dim)
			c := b.add(backends.Op{Kind: backends.SoftCap, Name: "cap", In: []backends.Value{s}, Cap: 2}, 3, dim)
			return b.finish(c), []backends.Step{prefillStep([]int32{7, 0, 22}, 0, 0, []int32{2, 0})}
		}},
		{"attention", func(rng *rand.Rand, dt backends.DType) (*backends.Graph, []backends.Step) {
			const heads, kvh, hd = 4, 2, 6
			layout := backends.KVLayout{Layers: 2, KVHeads: kvh, HeadDim: hd}
			b, x := newGraph(rng, dt, 4, 4, layout)
			for l := 0; l < 2; l++ {
				q, k, v := b.matmul("q", x, heads*hd), b.matmul("k", x, kvh*hd), b.matmul("v", x, kvh*hd)
				q = b.add(backends.Op{Kind: backends.RoPE, Name: "rq", In: []backends.Value{q}, Heads: heads, HeadDim: hd, Theta: 100, PosScale: 2}, 4, heads*hd)
				k = b.add(backends.Op{Kind: backends.RoPE, Name: "rk", In: []backends.Value{k}, Heads: kvh, HeadDim: hd, Theta: 100, PosScale: 2}, 4, kvh*hd)
				a := b.add(backends.Op{Kind: backends.Attention, Name: "attn", In: []backends.Value{q, k, v}, Heads: heads, KVHeads: kvh, HeadDim: hd,
					Window: 3 * l, Scale: 0.4, Cap: float32(l) * 3, CacheLayer: l}, 4, heads*hd)
				x = b.add(backends.Op{Kind: backends.Add, Name: "res", In: []backends.Value{x, b.matmul("o", a, dim)}}, 4, dim)
			}
			g := b.finish(x)
			// Two chunks of sequence 0, then rows of two sequences mixed in
			// one step: causality, windows and per-row positions all count.
			steps := []backends.Step{
				prefillStep([]int32{2, 5, 9, 11}, 0, 0, []int32{0, 1, 2, 3}),
				prefillStep([]int32{3, 3, 8, 30}, 0, 4, []int32{3, 1, 0, 2}),
				{Tokens: []int32{4, 6, 1, 2}, Positions: []int32{8, 0, 9, 1}, Seqs: []int32{0, 1, 0, 1}, LogitRows: []int32{0, 1, 2, 3}},
			}
			return g, steps
		}},
	}
}
