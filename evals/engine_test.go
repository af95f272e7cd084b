package evals_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/gemma-bench/gemma-bench/evals"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// The acceptance check: whatever the engine shares, forks, batches or
// splits, each request's log-prob equals a from-scratch run of that request
// within 1e-5, and is_greedy agrees.
func TestLoglikelihoodMatchesBruteForce(t *testing.T) {
	c := tinyConfig(t, 512)
	m := loadModel(t, synthDir(t, c))
	be := openGo(t)
	arith, aerr := tasks.Arith(tasks.ArithConfig{Seed: 3, N: 5, Shots: 3})
	mc, merr := tasks.LoadMCTask("testdata/mc.json")
	wino, werr := tasks.LoadMCTask("testdata/wino.json")
	bpe := trainedTok(t)
	// "\n\nW" straddles arith's few-shot boundary ("…\n\n" + "What is…").
	pieces := newPieceTok("\n\nW", "Answer:", " A", " B", " C", " D", "the", " the")
	cases := []struct {
		name  string
		tok   evals.Tokenizer
		docs  []tasks.Doc
		opt   evals.Options
		batch int
		// wantMismatch: every doc's prefix must fail the token check.
		wantMismatch bool
		wantTrunc    bool
	}{
		{name: "arith/bpe", tok: bpe, docs: docsFrom(t, arith, aerr, -1), batch: 1},
		{name: "arith/bpe/batch3/small-steps", tok: bpe, docs: docsFrom(t, arith, aerr, -1), batch: 3,
			opt: evals.Options{MaxRows: 16, MaxLogitRows: 2, WorkSlots: 2, PrefixSlots: 1}},
		{name: "arith/boundary-merge", tok: pieces, docs: docsFrom(t, arith, aerr, -1), batch: 2, wantMismatch: true},
		{name: "mc/multi-token", tok: bpe, docs: docsFrom(t, mc, merr, -1), batch: 1},
		{name: "mc/multi-token/batch5/slots2", tok: bpe, docs: docsFrom(t, mc, merr, -1), batch: 5,
			opt: evals.Options{WorkSlots: 2, MaxRows: 24, MaxLogitRows: 5}},
		{name: "mc/pieces/batch2", tok: pieces, docs: docsFrom(t, mc, merr, -1), batch: 2},
		{name: "mc/no-reuse", tok: bpe, docs: docsFrom(t, mc, merr, -1), batch: 2, opt: evals.Options{NoPrefixReuse: true}},
		{name: "mc/truncated", tok: bpe, docs: docsFrom(t, mc, merr, -1), batch: 2, opt: evals.Options{MaxLength: 40}, wantTrunc: true},
		{name: "winogrande/partial", tok: bpe, docs: docsFrom(t, wino, werr, 1), batch: 3},
		{name: "edge requests", tok: newPieceTok("ab", "\n\n"), batch: 4, docs: []tasks.Doc{{Requests: []tasks.Request{
			{Kind: tasks.Loglikelihood, Context: "", Continuation: "hello"},     // BOS alone as context
			{Kind: tasks.Loglikelihood, Context: "xa", Continuation: "b"},       // "ab" merges: no continuation tokens
			{Kind: tasks.Loglikelihood, Context: "Answer: ", Continuation: "A"}, // trailing space moves
			{Kind: tasks.Loglikelihood, Context: "Q\n\nab", PrefixLen: 3, Continuation: " the end"},
		}}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := evals.NewEngine(m, be, tc.tok, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			b := newBrute(t, m, be, tc.tok, e.MaxLength())
			mismatch, trunc, reused := 0, 0, 0
			for lo := 0; lo < len(tc.docs); lo += tc.batch {
				var reqs []tasks.Request
				for _, d := range tc.docs[lo:min(lo+tc.batch, len(tc.docs))] {
					reqs = append(reqs, d.Requests...)
				}
				got, err := e.Loglikelihood(bg, reqs)
				if err != nil {
					t.Fatal(err)
				}
				for i, r := range reqs {
					want, greedy := b.loglik(r.Context, r.Continuation)
					if !close(got[i].LogProb, want, 1e-5, 0) || got[i].IsGreedy != greedy {
						t.Errorf("request %d (%q): logprob %.8f greedy %v, brute force %.8f %v",
							lo+i, r.Continuation, got[i].LogProb, got[i].IsGreedy, want, greedy)
					}
					if got[i].PrefixMismatch {
						mismatch++
					}
					if got[i].Truncated {
						trunc++
					}
					reused += got[i].ReusedTokens
				}
			}
			if tc.wantMismatch != (mismatch > 0) {
				t.Errorf("%d requests with a prefix mismatch, want some: %v", mismatch, tc.wantMismatch)
			}
			if tc.wantTrunc != (trunc > 0) {
				t.Errorf("%d truncated requests, want some: %v", trunc, tc.wantTrunc)
			}
			st := e.Stats()
			if !tc.opt.NoPrefixReuse && !tc.wantTrunc && reused == 0 && tc.docs[0].Requests[0].PrefixLen > 0 {
				t.Error("no prefix tokens reused")
			}
			if st.LMEvalTokens < st.PrefillTokens && !tc.opt.NoPrefixReuse && reused > 0 {
				t.Errorf("computed %d tokens, more than lm-eval's %d", st.PrefillTokens, st.LMEvalTokens)
			}
			t.Logf("computed %d, lm-eval %d, reused %d, padding %d, steps %d", st.PrefillTokens, st.LMEvalTokens, st.ReusedTokens, st.PaddingRows, st.Steps)
		})
	}
}

func TestRollingMatchesBruteForce(t *testing.T) {
	c := tinyConfig(t, 512)
	m := loadModel(t, synthDir(t, c))
	be := openGo(t)
	ppl, err := tasks.NewPerplexity(tasks.PerplexitySpec{Name: "ppl", Path: "testdata/ppl.txt", Separator: "\n\n"})
	docs := docsFrom(t, ppl, err, 0)
	for _, maxLen := range []int{512, 16, 7} {
		t.Run(fmt.Sprint("maxlen=", maxLen), func(t *testing.T) {
			e, err := evals.NewEngine(m, be, trainedTok(t), evals.Options{MaxLength: maxLen, WorkSlots: 3, MaxRows: 20})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			b := newBrute(t, m, be, trainedTok(t), maxLen)
			var reqs []tasks.Request
			for _, d := range docs {
				reqs = append(reqs, d.Requests...)
			}
			got, err := e.LoglikelihoodRolling(bg, reqs)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range reqs {
				want := b.rolling(r.Continuation)
				if !close(got[i].LogProb, want, 1e-5, 1e-7) {
					t.Errorf("doc %d: %.8f, brute force %.8f", i, got[i].LogProb, want)
				}
				if n := len(trainedTok(t).Encode(r.Continuation)); got[i].Tokens != n {
					t.Errorf("doc %d: %d tokens, want %d", i, got[i].Tokens, n)
				}
			}
		})
	}
}

func TestGenerateMatchesBruteForce(t *testing.T) {
	c := tinyConfig(t, 512)
	m := loadModel(t, synthDir(t, c))
	be := openGo(t)
	gen, err := tasks.LoadGenTask("testdata/gen.json")
	docs := docsFrom(t, gen, err, -1)
	tok := trainedTok(t)
	e, err := evals.NewEngine(m, be, tok, evals.Options{WorkSlots: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	b := newBrute(t, m, be, tok, 512)
	var reqs []tasks.Request
	for _, d := range docs {
		reqs = append(reqs, d.Requests...)
	}
	got, err := e.GenerateUntil(bg, reqs)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reqs {
		want := b.generate(m, r.Context, r.Until, r.MaxTokens)
		if got[i].Text != want {
			t.Errorf("doc %d: %q, brute force %q", i, got[i].Text, want)
		}
		if got[i].TTFT <= 0 || got[i].Tokens == 0 {
			t.Errorf("doc %d: ttft %v, %d tokens", i, got[i].TTFT, got[i].Tokens)
		}
	}
	if st := e.Stats(); st.ReusedTokens == 0 || st.DecodeTokens == 0 {
		t.Errorf("stats %+v: want reused prefix tokens and decode steps", st)
	}
}

func TestLoglikelihoodErrors(t *testing.T) {
	c := tinyConfig(t, 512)
	m := loadModel(t, synthDir(t, c))
	e, err := evals.NewEngine(m, openGo(t), newPieceTok(), evals.Options{MaxLength: 8})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	cases := []struct {
		name string
		req  tasks.Request
		want error
	}{
		{"continuation longer than the model", tasks.Request{Kind: tasks.Loglikelihood, Context: "a", Continuation: "0123456789"}, evals.ErrInput},
		{"wrong kind", tasks.Request{Kind: tasks.GenerateUntil, Context: "a"}, nil},
	}
	for _, tc := range cases {
		_, err := e.Loglikelihood(bg, []tasks.Request{tc.req})
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		}
	}
	if _, err := e.GenerateUntil(bg, []tasks.Request{{Kind: tasks.GenerateUntil, Context: "a", MaxTokens: 8}}); !errors.Is(err, evals.ErrInput) {
		t.Errorf("generation longer than the model: %v", err)
	}
}
