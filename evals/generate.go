package evals

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/tasks"
)

// genSeq is one generation in flight.
type genSeq struct {
	resp  *Response
	req   tasks.Request
	slot  int
	pos   int // position of the next token fed
	ids   []int
	last  int32
	done  bool
	start time.Time
}

// GenerateUntil decodes greedily after each context until a stop id, one of
// the request's Until strings, or MaxTokens tokens, as lm-eval's
// generate_until without sampling. Contexts are cut from the left to leave
// room for MaxTokens (lm-eval's max_length - max_gen_toks). Sequences of a
// batch decode together, one row each per step; shared prefixes are forked
// as for Loglikelihood.
func (e *Engine) GenerateUntil(ctx context.Context, reqs []tasks.Request) ([]Response, error) {
	out := make([]Response, len(reqs))
	start := time.Now()
	for lo := 0; lo < len(reqs); {
		n, err := e.genRound(ctx, reqs[lo:], out[lo:], start)
		if err != nil {
			return nil, err
		}
		lo += n
	}
	return out, nil
}

func (e *Engine) genRound(ctx context.Context, reqs []tasks.Request, out []Response, start time.Time) (int, error) {
	pinned := map[*prefixEntry]bool{}
	var prefixJobs, ctxJobs []job
	var seqs []*genSeq
	for i, r := range reqs {
		if i == e.o.WorkSlots {
			break
		}
		if r.Kind != tasks.GenerateUntil {
			return 0, fmt.Errorf("evals: generate_until: request %d is %s", i, r.Kind)
		}
		if r.MaxTokens <= 0 || r.MaxTokens >= e.maxLen {
			return 0, fmt.Errorf("evals: %w: generate_until asks for %d tokens with a %d-token model", ErrInput, r.MaxTokens, e.maxLen)
		}
		enc := e.enc.context(r.Context)
		// lm-eval truncates the encoded context (BOS included) to leave
		// max_gen_toks positions.
		truncated := false
		if room := e.maxLen - r.MaxTokens; len(enc) > room {
			enc, truncated = enc[len(enc)-room:], true
		}
		var p *prefixEntry
		if r.PrefixLen > 0 && !e.o.NoPrefixReuse && !truncated {
			if p = e.prefix(r.Prefix(), pinned); p == nil && i > 0 {
				break // every prefix slot is pinned: next round
			}
		}
		if truncated {
			out[i].Truncated = true
			e.stats.Truncated++
		}
		out[i].LMEvalTokens = len(enc)
		e.stats.LMEvalTokens += int64(len(enc))
		s := &genSeq{resp: &out[i], req: r, slot: e.workSlot(i), pos: len(enc), start: start}
		fork := 0
		if p != nil {
			if !p.ready && !pinned[p] {
				prefixJobs = append(prefixJobs, job{slot: p.slot, tokens: p.tokens, owner: &out[i]})
				e.stats.PrefixComputed++
			}
			pinned[p] = true
			common := commonPrefix(p.tokens, enc)
			if common < len(p.tokens) {
				out[i].PrefixMismatch = true
				e.stats.PrefixMismatch++
			}
			fork = min(common, len(enc)-1)
			out[i].ReusedTokens = fork
			e.stats.ReusedTokens += int64(fork)
		}
		ctxJobs = append(ctxJobs, job{
			slot: s.slot, forkSrc: p.slotOr(0), forkLen: fork, start: fork, tokens: enc[fork:], owner: &out[i],
			logits: []logitRow{{row: len(enc) - fork - 1, pick: s.accept(e, start)}},
		})
		seqs = append(seqs, s)
	}
	if err := e.runPrefixesThenContexts(ctx, prefixJobs, ctxJobs); err != nil {
		return 0, err
	}
	if err := e.decode(ctx, seqs); err != nil {
		return 0, err
	}
	for _, s := range seqs {
		s.resp.Text = e.enc.tok.Decode(s.ids)
		s.resp.Tokens = len(s.ids)
	}
	return len(seqs), nil
}

// accept returns the callback that takes a sequence's next greedy token.
func (s *genSeq) accept(e *Engine, start time.Time) func(int32) {
	return func(id int32) {
		if len(s.ids) == 0 && s.resp.TTFT == 0 {
			s.resp.TTFT = time.Since(start)
		}
		if slices.Contains(e.o.StopIDs, int(id)) {
			s.done = true // the stop token is not part of the text
			return
		}
		s.ids = append(s.ids, int(id))
		s.last = id
		if len(s.ids) >= s.req.MaxTokens {
			s.done = true
			return
		}
		// Stop strings are matched on the decoded text, as lm-eval's
		// stopping criteria do; Process cuts the text at them again.
		if len(s.req.Until) > 0 {
			text := e.enc.tok.Decode(s.ids)
			for _, u := range s.req.Until {
				if u != "" && strings.Contains(text, u) {
					s.done = true
					return
				}
			}
		}
	}
}

// decode runs one-row-per-sequence steps until every sequence is done.
func (e *Engine) decode(ctx context.Context, seqs []*genSeq) error {
	var st stepBuf
	for {
		var live []*genSeq
		for _, s := range seqs {
			if !s.done {
				live = append(live, s)
			}
		}
		if len(live) == 0 {
			return nil
		}
		for _, s := range live {
			st.add(s.last, s.pos, s.slot)
			st.rows = append(st.rows, int32(len(st.tokens)-1))
			st.want = append(st.want, logitRow{pick: s.accept(e, s.start)})
			s.pos++
		}
		t0 := time.Now()
		if err := e.flush(ctx, &st, true); err != nil {
			return err
		}
		d := time.Since(t0)
		for _, s := range live {
			s.resp.DecodeSteps = append(s.resp.DecodeSteps, d)
		}
	}
}
