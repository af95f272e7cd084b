package backendtest

import (
	"math/rand/v2"

	"github.com/gemma-bench/gemma-bench/backends"
)

// A numeric case: a model, a cache, graphs and a script, built for one
// weight dtype and one KV dtype. Every case runs on the backend under test
// and on the reference, for every weight dtype; the kv-bf16 variants run
// with f32 and bf16 weights.
type numericCase struct {
	name  string
	build func(wdt, kv backends.DType) *script
}

const vocab = 96

// scripter writes a script. Tokens, logit rows and targets come from its
// own generator, so that every dtype variant of a case runs the same steps.
type scripter struct {
	s   *script
	rng *rand.Rand
}

func newScripter(seed uint64, l backends.KVLayout, graphs ...*backends.Graph) *scripter {
	return &scripter{s: &script{layout: l, graphs: graphs}, rng: rand.New(rand.NewPCG(seed, 0x5eed))}
}

// run appends a step on graph gi with one row per (slot, position) pair.
// logitRows nil picks the default: the last row, then random rows, the
// third a repeat of the first. targets < 0 asks for every token of logit
// row 0 and then random ones up to the graph's MaxTargets.
func (b *scripter) run(gi int, seqs, pos []int32, want backends.Want, logitRows []int32, targets int) {
	g := b.s.graphs[gi]
	if len(seqs) != g.Rows || len(pos) != g.Rows {
		panic("backendtest: script step does not fit its graph")
	}
	st := backends.Step{Seqs: seqs, Positions: pos, Want: want, LogitRows: logitRows}
	for range g.Rows {
		st.Tokens = append(st.Tokens, int32(b.rng.IntN(g.Vocab)))
	}
	if st.LogitRows == nil {
		for i := range g.LogitRows {
			r := int32(b.rng.IntN(g.Rows))
			switch i {
			case 0:
				r = int32(g.Rows - 1)
			case 2:
				r = st.LogitRows[0]
			}
			st.LogitRows = append(st.LogitRows, r)
		}
	}
	if targets < 0 {
		for t := range g.Vocab {
			st.Targets = append(st.Targets, backends.Target{Row: 0, Token: int32(t)})
		}
		targets = g.MaxTargets - g.Vocab
	}
	for range targets {
		st.Targets = append(st.Targets, backends.Target{Row: int32(b.rng.IntN(g.LogitRows)), Token: int32(b.rng.IntN(g.Vocab))})
	}
	b.s.actions = append(b.s.actions, action{kind: actStep, graph: gi, step: st})
}

// chunk is n consecutive positions of one slot from p0.
func chunk(slot, p0, n int) (seqs, pos []int32) {
	for i := range n {
		seqs, pos = append(seqs, int32(slot)), append(pos, int32(p0+i))
	}
	return seqs, pos
}

func (b *scripter) prefill(gi, slot, p0 int, want backends.Want, targets int) {
	seqs, pos := chunk(slot, p0, b.s.graphs[gi].Rows)
	b.run(gi, seqs, pos, want, nil, targets)
}

func (b *scripter) fork(dst, src, n int) {
	b.s.actions = append(b.s.actions, action{kind: actFork, dst: dst, src: src, n: n})
}

func (b *scripter) close(gi int) {
	b.s.actions = append(b.s.actions, action{kind: actClose, graph: gi})
}

func ints(xs ...int32) []int32 { return xs }

func weightRNG(seed uint64, wdt backends.DType) *rand.Rand {
	return rand.New(rand.NewPCG(seed, uint64(wdt)))
}

const (
	argmaxOnly  = backends.WantArgmax
	targetsOnly = backends.WantTargets
	logitsOnly  = backends.WantLogits
	narrow      = backends.WantArgmax | backends.WantTargets
)

func numericCases() []numericCase {
	return []numericCase{
		{"prefill-blocked", prefillBlocked},
		{"gqa-sliding-long", gqaSlidingLong},
		{"mqa-headdim256", mqaHeadDim256},
		{"fork-multislot", forkMultislot},
	}
}

// prefillBlocked: 20-row prefills through 320-wide layers (matmul widths
// 320 → 480/384 → 320 and back: in and out > 256, T ≥ 16 and not a
// multiple of 16), then one-row decodes through the same weights; MQA with
// head dim 160; every target of a row and MaxTargets in all.
func prefillBlocked(wdt, kv backends.DType) *script {
	a := &arch{vocab: vocab, dim: 320, embedScale: 2, addOne: true, kvHeads: 1, headDim: 160,
		layers: []layerSpec{{heads: 2, ffn: 384, theta: 10000, posScale: 1}}}
	w := a.weights(weightRNG(1, wdt), wdt)
	l := a.layout(kv, 1, 64, 20)
	b := newScripter(1, l, a.graph(w, l, 20, 4, vocab+4), a.graph(w, l, 1, 1, 4))
	b.prefill(0, 0, 0, wantAll, -1)
	b.prefill(0, 0, 20, narrow, 8)
	b.prefill(1, 0, 40, wantAll, 4)
	b.prefill(1, 0, 41, argmaxOnly, 0)
	b.prefill(1, 0, 42, logitsOnly, 0)
	b.prefill(0, 0, 43, wantAll, 6)
	return b.s
}

// gqaSlidingLong: 4 query heads over 2 kv heads, a sliding layer (window
// 12, attention soft-cap) and a global one with position scaling, QK-norm
// and post-norms, two slots prefilled in 16-row chunks to position 140,
// chunks that want nothing, a mixed step interleaving both slots, and a
// two-slot decode graph on the same cache.
func gqaSlidingLong(wdt, kv backends.DType) *script {
	a := &arch{vocab: vocab, dim: 64, embedScale: 2, addOne: true, finalCap: 30, kvHeads: 2, headDim: 32,
		layers: []layerSpec{
			{heads: 4, window: 12, attnCap: 20, qkNorm: true, postNorms: true, ffn: 96, theta: 10000, posScale: 1},
			{heads: 4, qkNorm: true, postNorms: true, ffn: 96, theta: 1e6, posScale: 8},
		}}
	w := a.weights(weightRNG(2, wdt), wdt)
	l := a.layout(kv, 2, 150, 16)
	b := newScripter(2, l, a.graph(w, l, 16, 2, 4), a.graph(w, l, 2, 2, 4))
	for p := 0; p < 64; p += 16 {
		b.prefill(0, 0, p, 0, 0)
	}
	b.prefill(0, 0, 64, wantAll, 4)
	b.prefill(0, 1, 0, narrow, 4)
	// Mixed: slot 0 at 80..87 and slot 1 at 16..23, interleaved.
	var seqs, pos []int32
	for i := range 8 {
		seqs, pos = append(seqs, 0, 1), append(pos, int32(80+i), int32(16+i))
	}
	b.run(0, seqs, pos, wantAll, ints(15, 0), 4)
	for i, want := range []backends.Want{wantAll, argmaxOnly, targetsOnly, 0, wantAll} {
		b.run(1, ints(0, 1), ints(int32(88+i), int32(24+i)), want, ints(0, 1), 4)
	}
	b.prefill(0, 0, 93, 0, 0)
	b.prefill(0, 0, 109, 0, 0)
	b.prefill(0, 0, 125, wantAll, 4)
	for i := range 4 {
		b.run(1, ints(1, 0), ints(int32(29+i), int32(141+i)), wantAll, ints(1, 0), 4)
	}
	return b.s
}

// mqaHeadDim256: head dim 256 with one kv head, a window of 5 and a
// global layer with soft-capped attention, norms multiplying by w (not
// 1+w), a small cache (16 positions, 4 rows a step), a re-run of positions
// already written, and a truncation (CopyPrefix onto itself).
func mqaHeadDim256(wdt, kv backends.DType) *script {
	a := &arch{vocab: vocab, dim: 64, embedScale: 2, kvHeads: 1, headDim: 256,
		layers: []layerSpec{
			{heads: 2, window: 5, qkNorm: true, ffn: 64, theta: 10000, posScale: 1},
			{heads: 2, attnCap: 25, qkNorm: true, ffn: 64, theta: 10000, posScale: 1},
		}}
	w := a.weights(weightRNG(3, wdt), wdt)
	l := a.layout(kv, 1, 16, 4)
	b := newScripter(3, l, a.graph(w, l, 4, 4, 8), a.graph(w, l, 1, 1, 2))
	b.run(0, ints(0, 0, 0, 0), ints(0, 1, 2, 3), wantAll, ints(0, 1, 2, 3), 8)
	b.prefill(0, 0, 4, 0, 0)
	b.prefill(0, 0, 8, wantAll, 8)
	b.prefill(1, 0, 12, wantAll, 2)
	b.prefill(1, 0, 13, targetsOnly, 2)
	b.run(0, ints(0, 0, 0, 0), ints(11, 12, 13, 14), wantAll, ints(3, 0, 2, 3), 8) // rewrites 11..13
	b.fork(0, 0, 13)
	for p := 13; p < 16; p++ {
		b.prefill(1, 0, p, wantAll, 2)
	}
	return b.s
}

// forkMultislot: four slots, 300 positions, a prefill graph (8 rows) and a
// decode graph (4 slots × 1) on one cache; forks onto slots holding other
// contents, a fork of a shorter prefix than the source holds, mixed
// multi-slot steps, every Want, one slot taken past position 190, and the
// prefill executable closed while the decode one, which shares its
// weights, keeps running.
func forkMultislot(wdt, kv backends.DType) *script {
	a := &arch{vocab: vocab, dim: 96, embedScale: 2, finalCap: 15, kvHeads: 2, headDim: 48,
		layers: []layerSpec{
			{heads: 2, window: 16, postNorms: true, ffn: 128, theta: 10000, posScale: 1},
			{heads: 2, attnCap: 30, postNorms: true, ffn: 128, theta: 1e6, posScale: 1},
		}}
	w := a.weights(weightRNG(4, wdt), wdt)
	l := a.layout(kv, 4, 300, 8)
	b := newScripter(4, l, a.graph(w, l, 8, 3, 6), a.graph(w, l, 4, 4, 8))
	all4 := ints(0, 1, 2, 3)
	b.prefill(0, 1, 0, 0, 0) // other contents in slot 1
	b.prefill(0, 1, 8, 0, 0)
	b.prefill(0, 1, 16, wantAll, 6)
	b.prefill(0, 0, 0, 0, 0)
	b.prefill(0, 0, 8, 0, 0)
	b.prefill(0, 0, 16, wantAll, 6)
	b.fork(1, 0, 24)
	b.run(1, all4, ints(24, 24, 0, 0), wantAll, all4, 8)
	b.fork(2, 0, 21) // shorter than slot 0's 25; slot 2 held one other position
	b.run(0, ints(2, 3, 2, 3, 2, 3, 2, 3), ints(21, 1, 22, 2, 23, 3, 24, 4), wantAll, ints(7, 0, 7), 6)
	for i, want := range []backends.Want{argmaxOnly, targetsOnly, 0, logitsOnly, wantAll} {
		p := int32(25 + i)
		b.run(1, all4, ints(p, p, p, p-20), want, ints(3, 1, 2, 0), 8)
	}
	for p := 10; p < 194; p += 8 {
		want := backends.Want(0)
		if p+8 >= 194 {
			want = wantAll
		}
		b.prefill(0, 3, p, want, 6)
	}
	b.run(1, all4, ints(30, 30, 30, 194), wantAll, all4, 8)
	b.fork(0, 3, 195)
	b.close(0)
	for i := range 2 {
		p := int32(195 + i)
		b.run(1, all4, ints(p, int32(31+i), int32(31+i), p), wantAll, ints(0, 3, 3, 1), 8)
	}
	return b.s
}
