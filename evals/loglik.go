package evals

import (
	"context"
	"fmt"

	"github.com/gemma-bench/gemma-bench/tasks"
)

// ctxGroup is the requests of one batch that share a context string: the
// choices of a multiple-choice question. Its context is computed once.
type ctxGroup struct {
	ctx    []int32 // BOS + enc(context without trailing space)
	prefix string  // the shared few-shot prefix of the context ("" if none)
	items  []llItem
	first  *Response // charged with the group's shared rows
}

// llItem is one request of a group.
type llItem struct {
	resp      *Response
	cont      []int32
	truncated bool
}

// Loglikelihood scores each request's continuation given its context: the
// sum of log p(token) over the continuation's tokens and whether each was
// the argmax. Requests sharing a context (a question's choices) are scored
// from one pass over the context: every single-token continuation from the
// last context position's logits, multi-token continuations as rows of one
// more step on forked copies of the context. Contexts starting with a
// cached few-shot prefix fork its KV instead of recomputing it.
func (e *Engine) Loglikelihood(ctx context.Context, reqs []tasks.Request) ([]Response, error) {
	out := make([]Response, len(reqs))
	var groups []*ctxGroup
	byText := map[string]*ctxGroup{}
	for i, r := range reqs {
		if r.Kind != tasks.Loglikelihood {
			return nil, fmt.Errorf("evals: loglikelihood: request %d is %s", i, r.Kind)
		}
		out[i].IsGreedy = true
		text, cont := splitSpace(r.Context, r.Continuation)
		g := byText[r.Context]
		if g == nil {
			g = &ctxGroup{ctx: e.enc.context(text), first: &out[i]}
			// The prefix only helps when it lies inside the context that is
			// actually tokenized (splitSpace may have shortened it).
			if r.PrefixLen > 0 && r.PrefixLen <= len(text) {
				g.prefix = r.Prefix()
			}
			byText[r.Context] = g
			groups = append(groups, g)
		}
		it := llItem{resp: &out[i]}
		if text == "" {
			// lm-eval scores an empty context after the prefix token alone.
			it.cont = ids32(e.enc.tok.Encode(cont))
		} else {
			it.cont = e.enc.pair(g.ctx, text, cont)
		}
		if len(it.cont) > e.maxLen {
			return nil, fmt.Errorf("evals: %w: continuation of %d tokens exceeds the model's %d positions", ErrInput, len(it.cont), e.maxLen)
		}
		// An empty continuation (the joint tokenization swallowed it) scores
		// 0 and is greedy without running anything, as in lm-eval.
		it.truncated = len(it.cont) > 0 && len(g.ctx)+len(it.cont)-1 > e.maxLen
		if it.truncated {
			out[i].Truncated = true
			e.stats.Truncated++
		}
		out[i].Tokens = len(it.cont)
		g.items = append(g.items, it)
	}
	for _, g := range groups {
		e.countLMEval(g)
	}
	for len(groups) > 0 {
		n, err := e.llRound(ctx, groups)
		if err != nil {
			return nil, err
		}
		groups = groups[n:]
	}
	return out, nil
}

// countLMEval charges what lm-eval's HF backend computes for a group: one
// forward pass per distinct input (context + continuation minus its last
// token, cut to max_length), since it runs requests with identical inputs
// once (its one-token-continuation grouping).
func (e *Engine) countLMEval(g *ctxGroup) {
	seen := map[string]bool{}
	for _, it := range g.items {
		key := fmt.Sprint(it.cont[:max(len(it.cont)-1, 0)])
		if seen[key] {
			continue
		}
		seen[key] = true
		n := min(len(g.ctx)+max(len(it.cont)-1, 0), e.maxLen)
		g.first.LMEvalTokens += n
		e.stats.LMEvalTokens += int64(n)
	}
}

// llRound scores as many leading groups as the slots allow and returns how
// many it took (at least one).
func (e *Engine) llRound(ctx context.Context, groups []*ctxGroup) (int, error) {
	pinned := map[*prefixEntry]bool{}
	var prefixJobs, ctxJobs, extra []job
	taken := 0
	for _, g := range groups {
		// A group holds one slot for its context; its further multi-token
		// continuations and truncated requests take a slot each after the
		// context wave. Groups join the round while all of that fits; the
		// first always joins, its extras then running in several waves.
		if taken > 0 && taken+1+len(extra)+extraJobs(g) > e.o.WorkSlots {
			break
		}
		var p *prefixEntry
		if g.prefix != "" && !e.o.NoPrefixReuse && needsContext(g) {
			if p = e.prefix(g.prefix, pinned); p == nil && taken > 0 {
				break // every prefix slot is pinned by this round
			}
		}
		extra = append(extra, e.planGroup(g, e.workSlot(taken), p, pinned, &prefixJobs, &ctxJobs)...)
		taken++
	}
	free := e.o.WorkSlots - taken
	if err := e.runPrefixesThenContexts(ctx, prefixJobs, ctxJobs); err != nil {
		return 0, err
	}
	// Further continuations and truncated requests, a slot each, in as
	// many waves as the free slots require.
	first := taken
	if len(extra) > 0 && free < 1 {
		return 0, fmt.Errorf("evals: internal: no slot left for %d continuation jobs", len(extra))
	}
	for len(extra) > 0 {
		k := min(len(extra), free)
		wave := extra[:k]
		for i := range wave {
			wave[i].slot = e.workSlot(first + i)
		}
		if err := e.runWave(ctx, wave); err != nil {
			return 0, err
		}
		extra = extra[k:]
	}
	return taken, nil
}

// extraJobs counts the jobs a group needs after its context job.
func extraJobs(g *ctxGroup) int {
	n, multi := 0, 0
	for _, it := range g.items {
		switch {
		case it.truncated:
			n++
		case len(it.cont) > 1:
			multi++
		}
	}
	return n + max(multi-1, 0)
}

// needsContext reports whether any request is scored after the group's
// own context (not truncated, and with continuation tokens).
func needsContext(g *ctxGroup) bool {
	for _, it := range g.items {
		if !it.truncated && len(it.cont) > 0 {
			return true
		}
	}
	return false
}

// planGroup adds the group's prefix job (if its prefix is not cached yet)
// and context job, and returns the jobs that must run after them.
func (e *Engine) planGroup(g *ctxGroup, slot int, p *prefixEntry, pinned map[*prefixEntry]bool, prefixJobs, ctxJobs *[]job) []job {
	var extra []job
	var live []llItem
	for _, it := range g.items {
		switch {
		case it.truncated:
			extra = append(extra, e.truncatedJob(g.ctx, it))
		case len(it.cont) > 0:
			live = append(live, it)
		}
	}
	if len(live) == 0 {
		return extra
	}
	fork := 0
	if p != nil {
		if !p.ready && !pinned[p] {
			*prefixJobs = append(*prefixJobs, job{slot: p.slot, tokens: p.tokens, owner: g.first})
			e.stats.PrefixComputed++
		}
		pinned[p] = true
		common := commonPrefix(p.tokens, g.ctx)
		if common < len(p.tokens) {
			// The tokenizer merged across the prefix boundary. Positions
			// before the first difference still hold the same tokens, and
			// attention is causal, so their KV is still exact to reuse.
			e.stats.PrefixMismatch++
			for _, it := range g.items {
				it.resp.PrefixMismatch = true
			}
		}
		// At least the last context token is recomputed: its logits score
		// every continuation's first token.
		fork = min(common, len(g.ctx)-1)
		g.first.ReusedTokens += fork
		e.stats.ReusedTokens += int64(fork)
	}
	cj := job{slot: slot, forkSrc: p.slotOr(0), forkLen: fork, start: fork, tokens: g.ctx[fork:], owner: g.first}
	last := logitRow{row: len(cj.tokens) - 1}
	var multi []llItem
	for _, it := range live {
		last.targets = append(last.targets, target{it.resp, it.cont[0]})
		if len(it.cont) > 1 {
			multi = append(multi, it)
		}
	}
	cj.logits = append(cj.logits, last)
	if len(multi) > 0 {
		// The first multi-token continuation extends the context in its own
		// slot; the others fork the context into slots of their own.
		cj.tokens = append(cj.tokens[:len(cj.tokens):len(cj.tokens)], multi[0].cont[:len(multi[0].cont)-1]...)
		cj.logits = append(cj.logits, contRows(multi[0], len(g.ctx)-fork)...)
		for _, it := range multi[1:] {
			extra = append(extra, job{
				forkSrc: slot, forkLen: len(g.ctx), start: len(g.ctx),
				tokens: it.cont[:len(it.cont)-1], logits: contRows(it, 0), owner: it.resp,
			})
		}
	}
	*ctxJobs = append(*ctxJobs, cj)
	return extra
}

// slotOr is the entry's slot, or def for a nil entry.
func (p *prefixEntry) slotOr(def int) int {
	if p == nil {
		return def
	}
	return p.slot
}

// contRows are the logit rows scoring continuation tokens 1.. when the
// continuation's tokens 0..n-2 sit at job rows from offset on.
func contRows(it llItem, offset int) []logitRow {
	rows := make([]logitRow, len(it.cont)-1)
	for k := range rows {
		rows[k] = logitRow{row: offset + k, targets: []target{{it.resp, it.cont[k+1]}}}
	}
	return rows
}

// truncatedJob scores a request whose context + continuation exceed the
// model: as lm-eval, the input is the last MaxLength tokens of context +
// continuation minus its final token, from position 0 (BOS cut off too).
func (e *Engine) truncatedJob(ctxEnc []int32, it llItem) job {
	whole := append(append([]int32(nil), ctxEnc...), it.cont...)
	in := whole[len(whole)-e.maxLen-1 : len(whole)-1]
	j := job{tokens: in, owner: it.resp}
	first := len(in) - len(it.cont)
	for k, tok := range it.cont {
		j.logits = append(j.logits, logitRow{row: first + k, targets: []target{{it.resp, tok}}})
	}
	return j
}
