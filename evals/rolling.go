package evals

import (
	"context"
	"fmt"

	"github.com/gemma-bench/gemma-bench/tasks"
)

// LoglikelihoodRolling scores every token of each text, as lm-eval's
// loglikelihood_rolling with context_len 1: the tokens are cut into windows
// of at most MaxLength predictions; the first window starts from BOS and
// each later one is re-read from scratch over the MaxLength tokens before
// its last prediction, so every token is predicted once, with as much
// context as fits. Result.Tokens is the token count (for token perplexity).
//
// One deliberate difference: lm-eval's HF backend encodes the text with
// Gemma's BOS already in it and also prepends BOS as the prefix token, so it
// scores log p(BOS | BOS) as part of the text; here the text's own tokens
// are scored after one BOS.
func (e *Engine) LoglikelihoodRolling(ctx context.Context, reqs []tasks.Request) ([]Response, error) {
	out := make([]Response, len(reqs))
	var jobs []job
	for i, r := range reqs {
		if r.Kind != tasks.LoglikelihoodRolling {
			return nil, fmt.Errorf("evals: loglikelihood_rolling: request %d is %s", i, r.Kind)
		}
		out[i].IsGreedy = true
		toks := ids32(e.enc.tok.Encode(r.Continuation))
		out[i].Tokens = len(toks)
		for _, w := range rollingWindows(toks, e.enc.bos, e.maxLen) {
			j := job{tokens: w.input, owner: &out[i]}
			first := len(w.input) - len(w.pred)
			for k, tok := range w.pred {
				j.logits = append(j.logits, logitRow{row: first + k, targets: []target{{&out[i], tok}}})
			}
			out[i].LMEvalTokens += len(w.input)
			e.stats.LMEvalTokens += int64(len(w.input))
			jobs = append(jobs, j)
		}
	}
	// Windows are independent: a slot each, as many at a time as there are.
	for len(jobs) > 0 {
		k := min(len(jobs), e.o.WorkSlots)
		for i := range jobs[:k] {
			jobs[i].slot = e.workSlot(i)
		}
		if err := e.runWave(ctx, jobs[:k]); err != nil {
			return nil, err
		}
		jobs = jobs[k:]
	}
	return out, nil
}

// window is one model input and the tokens its last rows predict.
type window struct {
	input, pred []int32
}

// rollingWindows is lm-eval's get_rolling_token_windows with context_len 1
// followed by make_disjoint_window, expressed as the model inputs it leads
// to: the first window is BOS + the first maxLen-1 tokens predicting the
// first maxLen; each next window predicts up to maxLen further tokens from
// the maxLen tokens before its last prediction.
func rollingWindows(toks []int32, bos int32, maxLen int) []window {
	if len(toks) == 0 {
		return nil
	}
	n := min(maxLen, len(toks))
	in := append([]int32{bos}, toks[:n-1]...)
	ws := []window{{input: in, pred: toks[:n]}}
	for done := n; done < len(toks); {
		k := min(len(toks)-done, maxLen)
		end := done + k
		ws = append(ws, window{input: toks[end-maxLen-1 : end-1], pred: toks[end-k : end]})
		done = end
	}
	return ws
}
