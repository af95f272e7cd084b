package evals

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// makeSample scores one doc with its task and records it.
func makeSample(t tasks.Task, d tasks.Doc, rs []Response) (results.Sample, error) {
	res := make([]tasks.Result, len(rs))
	for i, r := range rs {
		res[i] = r.Result
	}
	sc, err := t.Process(d, res)
	if err != nil {
		return results.Sample{}, fmt.Errorf("evals: %s doc %d (%s): %w", d.Task, d.ID, d.Source, err)
	}
	metrics := t.Metrics()
	if len(sc.Values) != len(metrics) {
		return results.Sample{}, fmt.Errorf("evals: %s doc %d: %d values for %d metrics", d.Task, d.ID, len(sc.Values), len(metrics))
	}
	s := results.Sample{
		Task: d.Task, DocID: d.ID, Source: d.Source,
		PromptHash: d.Hash, TargetHash: d.TargetHash(), Target: d.Target,
		Pred: sc.Pred, PredNorm: sc.PredNorm, Gold: d.Gold, Extracted: sc.Extracted,
	}
	for i, m := range metrics {
		s.Metrics = append(s.Metrics, results.MetricValue{Key: m.Key(), Num: results.Float(sc.Values[i].Num), Den: results.Float(sc.Values[i].Den)})
	}
	for i, r := range rs {
		q := d.Requests[i]
		sr := results.SampleRequest{
			Kind: q.Kind.String(), LogProb: results.Float(r.LogProb), IsGreedy: r.IsGreedy,
			Tokens: r.Tokens, Truncated: r.Truncated,
		}
		switch q.Kind {
		case tasks.GenerateUntil:
			sr.Output = r.Text
			sr.LogProb, sr.IsGreedy = 0, false
		case tasks.Loglikelihood:
			sr.Continuation = q.Continuation
			if h := hashString(q.Context); h != d.Hash {
				sr.ContextHash = h
			}
		}
		s.Requests = append(s.Requests, sr)
		p := &s.Perf
		p.PrefillTokens += r.PrefillTokens
		p.LMEvalTokens += r.LMEvalTokens
		p.ReusedTokens += r.ReusedTokens
		p.PrefixMismatch = p.PrefixMismatch || r.PrefixMismatch
		if q.Kind == tasks.GenerateUntil {
			p.TTFTNs = max(p.TTFTNs, r.TTFT.Nanoseconds())
			p.DecodeTokens += len(r.DecodeSteps)
			for _, st := range r.DecodeSteps {
				p.DecodeStepNs = append(p.DecodeStepNs, st.Nanoseconds())
			}
		}
	}
	return s, nil
}

func hashString(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
