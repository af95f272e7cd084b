package evals_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/evals"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// brute scores each request from scratch: BOS + context + continuation in
// one fresh prefill of its own, all logits, nothing shared or forked. It
// restates lm-eval's rules independently of the package under test.
type brute struct {
	t      testing.TB
	r      *model.Runner
	tok    evals.Tokenizer
	bos    int32
	maxLen int
}

func newBrute(t testing.TB, m *model.Model, be backends.Backend, tok evals.Tokenizer, maxLen int) *brute {
	r, err := model.NewRunner(m, be, 1, maxLen)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return &brute{t: t, r: r, tok: tok, bos: int32(m.Config.BOS), maxLen: maxLen}
}

func (b *brute) enc(s string) []int32 {
	var out []int32
	for _, id := range b.tok.Encode(s) {
		out = append(out, int32(id))
	}
	return out
}

// loglik is lm-eval's _encode_pair + _loglikelihood_tokens for one request.
func (b *brute) loglik(ctx, cont string) (float64, bool) {
	trimmed := strings.TrimRightFunc(ctx, unicode.IsSpace)
	cont = ctx[len(trimmed):] + cont
	ctx = trimmed
	var ctxEnc, contEnc []int32
	if ctx == "" {
		ctxEnc, contEnc = []int32{b.bos}, b.enc(cont)
	} else {
		whole := append([]int32{b.bos}, b.enc(ctx+cont)...)
		ctxEnc = append([]int32{b.bos}, b.enc(ctx)...)
		if len(whole) > len(ctxEnc) {
			contEnc = whole[len(ctxEnc):]
		}
	}
	if len(contEnc) == 0 {
		return 0, true
	}
	seq := append(append([]int32(nil), ctxEnc...), contEnc...)
	in := seq[max(0, len(seq)-b.maxLen-1) : len(seq)-1]
	return b.score(in, contEnc)
}

// score runs in from position 0 and sums log p of want over in's last rows.
func (b *brute) score(in, want []int32) (float64, bool) {
	logits, err := b.r.PrefillLogits(bg, 0, 0, in)
	if err != nil {
		b.t.Fatal(err)
	}
	v := len(logits) / len(in)
	sum, greedy := 0.0, true
	for k, tok := range want {
		row := logits[(len(in)-len(want)+k)*v : (len(in)-len(want)+k+1)*v]
		lp := evals.LogSoftmax(row)
		best := 0
		for i := range lp {
			if lp[i] > lp[best] {
				best = i
			}
		}
		sum += lp[tok]
		greedy = greedy && best == int(tok)
	}
	return sum, greedy
}

// rolling restates lm-eval's get_rolling_token_windows (context_len 1) and
// make_disjoint_window, then scores each window's continuation.
func (b *brute) rolling(text string) float64 {
	toks := b.enc(text)
	type pair struct{ ctx, cont []int32 }
	var ws []pair
	first := min(b.maxLen, len(toks))
	ws = append(ws, pair{append([]int32{b.bos}, toks[:first-1]...), toks[:first]})
	predicted := first
	for predicted < len(toks) {
		n := min(len(toks)-predicted, b.maxLen)
		end := predicted + n
		ws = append(ws, pair{toks[end-b.maxLen-1 : end-1], toks[end-n : end]})
		predicted += n
	}
	var sum float64
	for _, w := range ws {
		ctx := w.ctx[:len(w.ctx)-(len(w.cont)-1)] // make_disjoint_window
		seq := append(append([]int32(nil), ctx...), w.cont...)
		in := seq[max(0, len(seq)-b.maxLen-1) : len(seq)-1]
		lp, _ := b.score(in, w.cont)
		sum += lp
	}
	return sum
}

// generate decodes greedily from BOS + context, stopping as GenerateUntil.
func (b *brute) generate(m *model.Model, ctx string, until []string, maxTokens int) string {
	ids, _, err := b.r.Generate(bg, append([]int32{b.bos}, b.enc(ctx)...), model.GenerateOptions{MaxTokens: maxTokens, StopIDs: m.Config.EOSIDs})
	if err != nil {
		b.t.Fatal(err)
	}
	var out []int
	for _, id := range ids {
		if isStop(m, int(id)) {
			break
		}
		out = append(out, int(id))
		if text := b.tok.Decode(out); containsAny(text, until) {
			break
		}
	}
	return b.tok.Decode(out)
}

func isStop(m *model.Model, id int) bool {
	for _, s := range m.Config.EOSIDs {
		if s == id {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, u := range subs {
		if u != "" && strings.Contains(s, u) {
			return true
		}
	}
	return false
}

// docsFrom builds a task's docs or fails the test.
func docsFrom(t testing.TB, task tasks.Task, err error, shots int) []tasks.Doc {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := task.Docs(shots)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
