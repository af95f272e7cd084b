package model_test

import (
	"context"
	"math"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

// TestStepShapesAgree: the same tokens through one prefill, chunked
// prefills, token-by-token decode, batched decode of several sequences and
// a forked prefix must give the same logits (to float32 rounding).
func TestStepShapesAgree(t *testing.T) {
	c := tinyConfig(t, "gemma2-2b", nil)
	m := synthModel(t, c, backends.BF16, 9)
	be := openGo(t)
	ctx := context.Background()
	ids := []int32{2, 40, 41, 300, 7, 7, 99, 150, 3, 64}
	vocab := c.VocabSize

	r, err := model.NewRunner(m, be, 4, 32)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	whole, err := r.PrefillLogits(ctx, 0, 0, ids)
	if err != nil {
		t.Fatal(err)
	}
	whole = append([]float32(nil), whole...)

	// Chunked: MaxChunk 3 splits the prompt into causal chunks.
	r.MaxChunk = 3
	chunked, err := r.PrefillLogits(ctx, 1, 0, ids)
	if err != nil {
		t.Fatal(err)
	}
	assertClose(t, "chunked prefill", chunked, whole, 1e-5)
	r.MaxChunk = 512

	// Fork: the first 6 positions of sequence 0 copied into sequence 2,
	// then the rest prefilled there.
	if err := r.CopyPrefix(2, 0, 6); err != nil {
		t.Fatal(err)
	}
	forked, err := r.PrefillLogits(ctx, 2, 6, ids[6:])
	if err != nil {
		t.Fatal(err)
	}
	assertClose(t, "forked prefix", forked, whole[6*vocab:], 1e-5)

	// Batched decode: sequences 1 and 3 advance together, 3 one step
	// behind 1 with different tokens, and must not see each other.
	r2, err := model.NewRunner(m, be, 2, 32)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	other := []int32{2, 5, 6, 7, 8, 9, 10, 11, 12, 13}
	ref2 := prefillAll(t, m, be, other)
	for i := range ids {
		o, err := r2.Decode(ctx, []int32{0, 1}, []int32{int32(i), int32(i)}, []int32{ids[i], other[i]}, backends.WantLogits)
		if err != nil {
			t.Fatal(err)
		}
		l := o.Logits
		assertClose(t, "batched decode seq 0", l[:vocab], whole[i*vocab:(i+1)*vocab], 1e-5)
		assertClose(t, "batched decode seq 1", l[vocab:], ref2[i*vocab:(i+1)*vocab], 1e-5)
	}
}

func prefillAll(t *testing.T, m *model.Model, be backends.Backend, ids []int32) []float32 {
	r, err := model.NewRunner(m, be, 1, 32)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	l, err := r.PrefillLogits(context.Background(), 0, 0, ids)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func assertClose(t *testing.T, what string, got, want []float32, rtol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	var maxRef, maxDiff float64
	for i := range want {
		maxRef = max(maxRef, math.Abs(float64(want[i])))
		maxDiff = max(maxDiff, math.Abs(float64(got[i]-want[i])))
	}
	if maxDiff > rtol*maxRef {
		t.Errorf("%s: max|Δ| %.3g > %.3g", what, maxDiff, rtol*maxRef)
	}
}

func TestRunnerRejectsBadSteps(t *testing.T) {
	c := tinyConfig(t, "gemma3-1b", nil)
	m := synthModel(t, c, backends.F32, 1)
	r, err := model.NewRunner(m, openGo(t), 1, 8)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	if _, err := r.Prefill(ctx, 0, 0, []int32{2, 3, 4, 5, 6, 7, 8, 9, 10}, backends.WantLogits); err == nil {
		t.Error("prefill past the cache accepted")
	}
	if _, err := r.Decode(ctx, []int32{0}, []int32{0}, []int32{int32(c.VocabSize)}, backends.WantLogits); err == nil {
		t.Error("token outside the vocabulary accepted")
	}
	if _, err := r.Decode(ctx, []int32{1}, []int32{0}, []int32{2}, backends.WantLogits); err == nil {
		t.Error("sequence slot outside the cache accepted")
	}
	// The sequence rules: a slot's rows are consecutive and start at most
	// at its length.
	if _, err := r.Decode(ctx, []int32{0}, []int32{3}, []int32{2}, backends.WantArgmax); err == nil {
		t.Error("decode past the slot's length accepted")
	}
	bad := backends.Step{Tokens: []int32{2, 3}, Positions: []int32{0, 2}, Seqs: []int32{0, 0}, LogitRows: []int32{1}, Want: backends.WantArgmax}
	if _, err := r.Step(ctx, &bad); err == nil {
		t.Error("a slot's rows with a gap accepted")
	}
	if err := r.CopyPrefix(0, 0, 1); err == nil {
		t.Error("fork of positions an empty slot does not hold accepted")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := r.Prefill(cctx, 0, 0, []int32{2, 3}, backends.WantLogits); err == nil {
		t.Error("cancelled context ignored")
	}
}

func TestGenerateGreedyAndProfile(t *testing.T) {
	c := tinyConfig(t, "gemma-2b", nil)
	m := synthModel(t, c, backends.BF16, 2)
	r, err := model.NewRunner(m, openGo(t), 1, 40)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	prompt := []int32{2, 10, 11}
	out, st, err := r.Generate(context.Background(), prompt, model.GenerateOptions{MaxTokens: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 5 || st.GeneratedTokens != 5 || st.PromptTokens != 3 {
		t.Fatalf("generated %v, stats %+v", out, st)
	}
	// Greedy generation (narrow argmax outputs) must be what argmax over
	// the whole logits of a fresh prefill says.
	full := append(append([]int32(nil), prompt...), out[:4]...)
	logits := prefillAll(t, m, openGo(t), full)
	for i, id := range out {
		row := logits[(len(prompt)-1+i)*c.VocabSize : (len(prompt)+i)*c.VocabSize]
		if got := model.Argmax(row); int32(got) != id {
			t.Fatalf("token %d: generated %d, argmax of a fresh prefill %d", i, id, got)
		}
	}
	// A profiled step returns one timing per op of its graph, in order.
	st2 := backends.Step{Tokens: []int32{5}, Positions: []int32{int32(len(full))}, Seqs: []int32{0},
		LogitRows: []int32{0}, Want: backends.WantArgmax, Profile: true}
	o, err := r.Step(context.Background(), &st2)
	if err != nil {
		t.Fatal(err)
	}
	g, err := r.Graph(model.Shape{Rows: 1, LogitRows: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Profile) != len(g.Ops) {
		t.Fatalf("profile has %d entries for %d ops", len(o.Profile), len(g.Ops))
	}
	attn := 0
	for i, p := range o.Profile {
		if p.Op != i || p.D < 0 {
			t.Fatalf("profile entry %d = %+v", i, p)
		}
		if g.Ops[p.Op].Kind == backends.Attention {
			attn++
		}
	}
	if attn != c.Layers {
		t.Errorf("profile saw %d attention ops, want %d", attn, c.Layers)
	}
}

func TestSamplerSeeded(t *testing.T) {
	logits := []float32{0.1, 2, 1.9, -1, 0.5, 1.95}
	draw := func(seed uint64) []int {
		s, err := model.NewSampler(0.8, 3, 0.9, seed)
		if err != nil {
			t.Fatal(err)
		}
		var out []int
		for range 50 {
			out = append(out, s.Sample(logits))
		}
		return out
	}
	a, b := draw(1), draw(1)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("same seed, different draws")
		}
		if a[i] != 1 && a[i] != 2 && a[i] != 5 {
			t.Fatalf("top-k 3 drew token %d", a[i])
		}
	}
	if _, err := model.NewSampler(-1, 0, 1, 0); err == nil {
		t.Error("negative temperature accepted")
	}
	if g, _ := model.NewSampler(0, 0, 1, 0); g.Sample(logits) != 1 {
		t.Error("greedy is not argmax")
	}
}

// TestDecodeAllocatesNothing: a decode step on the go backend allocates
// nothing once its graph is compiled (DESIGN: no allocation per token).
func TestDecodeAllocatesNothing(t *testing.T) {
	c := tinyConfig(t, "gemma3-1b", nil)
	m := synthModel(t, c, backends.BF16, 3)
	r, err := model.NewRunner(m, openGo(t), 1, 64)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	seq, pos, tok := []int32{0}, []int32{0}, []int32{2}
	if _, err := r.Decode(ctx, seq, pos, tok, backends.WantArgmax); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		pos[0]++
		if _, err := r.Decode(ctx, seq, pos, tok, backends.WantArgmax); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Fatalf("%.1f allocations per decode step", allocs)
	}
}

func TestBuckets(t *testing.T) {
	for _, per := range []int{1, 2, 4, 8} {
		for _, limit := range []int{1, 5, 8, 9, 12, 13, 16, 100, 256, 512, 1000} {
			bs := model.Buckets(limit, per)
			if bs[len(bs)-1] != limit {
				t.Fatalf("Buckets(%d, %d) = %v: does not end at the limit", limit, per, bs)
			}
			for i := 1; i < len(bs); i++ {
				if bs[i] <= bs[i-1] {
					t.Fatalf("Buckets(%d, %d) = %v: not increasing", limit, per, bs)
				}
			}
			if limit == 512 && len(bs) > 8+per*6+1 {
				t.Errorf("Buckets(512, %d) has %d sizes", per, len(bs))
			}
			for n := 1; n <= limit; n++ {
				want := 0
				for _, b := range bs {
					if b >= n {
						want = b
						break
					}
				}
				if got := model.Bucket(n, limit, per); got != want {
					t.Fatalf("Bucket(%d, %d, %d) = %d, want %d (of %v)", n, limit, per, got, want, bs)
				}
				if n > 8 && want < limit && float64(want-n) >= float64(n)/float64(per) {
					t.Fatalf("Bucket(%d, %d, %d) = %d pads more than 1/%d", n, limit, per, want, per)
				}
			}
		}
	}
}

// TestRingCacheEqualsFull: the contract lets a backend keep only
// window+MaxRows−1 positions per sliding layer; the go backend's ring
// option must then give the logits of the full cache, through chunked
// prefill, decode past the window several times over and forks, in less
// memory — and refuse a rewind further than it holds.
func TestRingCacheEqualsFull(t *testing.T) {
	c := tinyConfig(t, "gemma3-1b", nil) // sliding window 3
	m := synthModel(t, c, backends.F32, 5)
	ring, err := backends.Open("go:kv=ring", backends.Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ring.Close()
	ctx := context.Background()
	ids := make([]int32, 30)
	for i := range ids {
		ids[i] = int32(2 + (i*37)%(c.VocabSize-2))
	}
	run := func(be backends.Backend) ([]float32, *model.Runner) {
		r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 3, MaxLen: 64, MaxRows: 4})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		var all []float32
		// 10 tokens in chunks of 4, then decode the rest one by one.
		l, err := r.PrefillLogits(ctx, 0, 0, ids[:10])
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, l...)
		for i := 10; i < 20; i++ {
			o, err := r.Decode(ctx, []int32{0}, []int32{int32(i)}, ids[i:i+1], backends.WantLogits)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, o.Logits...)
		}
		// Fork at the current length and continue in slot 1.
		if err := r.CopyPrefix(1, 0, 20); err != nil {
			t.Fatal(err)
		}
		l, err = r.PrefillLogits(ctx, 1, 20, ids[20:])
		if err != nil {
			t.Fatal(err)
		}
		return append(all, l...), r
	}
	fullBE, err := backends.Open("go:kv=full", backends.Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer fullBE.Close()
	want, full := run(fullBE)
	got, rr := run(ring)
	assertClose(t, "ring vs full cache", got, want, 1e-6)
	if rr.CacheBytes() >= full.CacheBytes() {
		t.Errorf("ring cache holds %d bytes, full %d", rr.CacheBytes(), full.CacheBytes())
	}
	// Slot 1 holds 30 positions; forking its first 10 needs positions the
	// ring has overwritten on the sliding layers.
	if err := rr.CopyPrefix(2, 1, 10); err != nil {
		t.Fatal(err)
	}
	if _, err := rr.Decode(ctx, []int32{2}, []int32{10}, []int32{5}, backends.WantArgmax); err == nil {
		t.Error("ring cache served a rewind further than it holds")
	}
	if err := full.CopyPrefix(2, 1, 10); err != nil {
		t.Fatal(err)
	}
	if _, err := full.Decode(ctx, []int32{2}, []int32{10}, []int32{5}, backends.WantArgmax); err != nil {
		t.Errorf("full cache refused a rewind: %v", err)
	}
}

// TestNarrowOutputsMatchLogits: argmax and target log-probs computed by
// the backend equal what the whole logits of the same step say, and a
// bf16 KV cache stays close to the f32 one.
func TestNarrowOutputsMatchLogits(t *testing.T) {
	c := tinyConfig(t, "gemma2-2b", nil)
	m := synthModel(t, c, backends.BF16, 4)
	be := openGo(t)
	ctx := context.Background()
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 2, MaxLen: 32})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	st := backends.Step{Tokens: []int32{2, 9, 40, 7, 2, 11}, Positions: []int32{0, 1, 2, 3, 0, 1}, Seqs: []int32{0, 0, 0, 0, 1, 1},
		LogitRows: []int32{3, 1, 5, 3}, Want: backends.WantLogits | backends.WantArgmax | backends.WantTargets}
	for i := range 4 * model.TargetsPerLogitRow {
		st.Targets = append(st.Targets, backends.Target{Row: int32(i % 4), Token: int32((i * 31) % c.VocabSize)})
	}
	o, err := r.Step(ctx, &st)
	if err != nil {
		t.Fatal(err)
	}
	v := c.VocabSize
	if len(o.Logits) != 4*v || len(o.Argmax) != 4 || len(o.LogProb) != len(st.Targets) {
		t.Fatalf("outputs sized %d/%d/%d", len(o.Logits), len(o.Argmax), len(o.LogProb))
	}
	for i := range 4 {
		row := o.Logits[i*v : (i+1)*v]
		if int(o.Argmax[i]) != model.Argmax(row) {
			t.Errorf("row %d: argmax %d, logits say %d", i, o.Argmax[i], model.Argmax(row))
		}
	}
	assertClose(t, "repeated logit row", o.Logits[3*v:], o.Logits[:v], 0)
	for i, tg := range st.Targets {
		row := o.Logits[int(tg.Row)*v : int(tg.Row+1)*v]
		var lse float64
		mx := math.Inf(-1)
		for _, x := range row {
			mx = max(mx, float64(x))
		}
		for _, x := range row {
			lse += math.Exp(float64(x) - mx)
		}
		want := float64(row[tg.Token]) - mx - math.Log(lse)
		if math.Abs(o.LogProb[i]-want) > 1e-9 || o.IsArgmax[i] != (model.Argmax(row) == int(tg.Token)) {
			t.Errorf("target %d: log p %v (is argmax %v), logits say %v", i, o.LogProb[i], o.IsArgmax[i], want)
		}
	}
	// bf16 keys and values: the same step within bf16 rounding.
	r16, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 2, MaxLen: 32, KVDType: backends.BF16})
	if err != nil {
		t.Fatal(err)
	}
	defer r16.Close()
	want := append([]float32(nil), o.Logits...)
	o16, err := r16.Step(ctx, &st)
	if err != nil {
		t.Fatal(err)
	}
	assertClose(t, "bf16 kv cache", o16.Logits, want, 2e-2)
	if r16.CacheBytes()*2 != r.CacheBytes() {
		t.Errorf("bf16 cache %d bytes, f32 %d", r16.CacheBytes(), r.CacheBytes())
	}
}
