package results

import "encoding/json"

// SamplesFile is the per-doc log inside a run directory.
const SamplesFile = "samples.jsonl"

// Sample is one scored doc: everything needed to recompute the task's
// metrics (Metrics) and to audit the model's answer (Requests), plus how
// long it took (Perf). Field names follow lm-eval's samples files where one
// exists (doc_id, prompt_hash, target_hash, target).
type Sample struct {
	Task  string `json:"task"`
	DocID int    `json:"doc_id"`
	// Source locates the doc's data ("file:line" or "arith seed 1 eval #3").
	Source string `json:"source,omitempty"`
	// PromptHash is lm-eval's prompt_hash: sha256 of the first request's
	// context (of the text, for perplexity), so two runs that scored the
	// same prompt can be matched without storing the prompt.
	PromptHash string `json:"prompt_hash"`
	TargetHash string `json:"target_hash"`
	Target     string `json:"target"`
	// Requests holds one entry per model request, in the task's order.
	Requests []SampleRequest `json:"requests"`
	// Pred and PredNorm are the argmax choices by raw and length-normalised
	// log-prob (multiple choice), -1 otherwise; Gold is the right choice.
	Pred     int `json:"pred"`
	PredNorm int `json:"pred_norm"`
	Gold     int `json:"gold"`
	// Extracted holds, per filter, the answer pulled out of a generation.
	Extracted []string `json:"extracted,omitempty"`
	// Metrics lines up with the task's metric list.
	Metrics []MetricValue `json:"metrics"`
	Perf    SamplePerf    `json:"perf"`
}

// SampleRequest is one request's answer.
type SampleRequest struct {
	Kind string `json:"kind"` // loglikelihood, loglikelihood_rolling, generate_until
	// ContextHash is set only when it differs from the sample's PromptHash
	// (Winogrande-style partial scoring gives each choice its own context).
	ContextHash  string `json:"context_hash,omitempty"`
	Continuation string `json:"continuation,omitempty"`
	// LogProb is the summed natural-log probability of the continuation.
	LogProb  Float `json:"logprob"`
	IsGreedy bool  `json:"is_greedy"`
	// Tokens is how many continuation tokens LogProb sums over (generated
	// tokens for generate_until).
	Tokens int `json:"tokens"`
	// Truncated: the input was cut from the left to fit the model.
	Truncated bool `json:"truncated,omitempty"`
	// Output is the generated text (generate_until).
	Output string `json:"output,omitempty"`
}

// MetricValue is one doc's contribution to a metric: Num/Den as in
// tasks.Value (Den is 1 for accuracies, a count for perplexities).
type MetricValue struct {
	Key string `json:"key"` // lm-eval's "name,filter"
	Num Float  `json:"num"`
	Den Float  `json:"den"`
}

// SamplePerf is the doc's cost. Docs scored in one batch share its wall time:
// LatencyNs is what each waited, CostNs its share of the batch, so that
// summing CostNs over any set of samples gives the compute time they took.
type SamplePerf struct {
	LatencyNs int64 `json:"latency_ns"`
	CostNs    int64 `json:"cost_ns"`
	// TTFTNs is the time to the first generated token (generate_until).
	TTFTNs int64 `json:"ttft_ns,omitempty"`
	// PrefillNs and DecodeNs split the doc's share of model time by phase.
	PrefillNs int64 `json:"prefill_ns"`
	DecodeNs  int64 `json:"decode_ns,omitempty"`
	// PrefillTokens counts the token rows the model computed for this doc,
	// a shared prefix included when this doc paid for it; LMEvalTokens is
	// what lm-eval would have computed for the same requests.
	PrefillTokens int `json:"prefill_tokens"`
	LMEvalTokens  int `json:"lm_eval_tokens"`
	// ReusedTokens were forked from a cached prefix; PrefixMismatch says the
	// prefix did not tokenize as a token prefix of the context.
	ReusedTokens   int  `json:"reused_tokens"`
	PrefixMismatch bool `json:"prefix_mismatch,omitempty"`
	DecodeTokens   int  `json:"decode_tokens,omitempty"`
	// DecodeStepNs holds the wall time of each decode step (generation), the
	// per-token latency distribution.
	DecodeStepNs []int64 `json:"decode_step_ns,omitempty"`
	BatchDocs    int     `json:"batch_docs"`
}

// SampleKey identifies a doc within a run.
type SampleKey struct {
	Task  string
	DocID int
}

// Key returns the doc's identity.
func (s Sample) Key() SampleKey { return SampleKey{s.Task, s.DocID} }

// WithoutPerf returns the sample with its timing block cleared: the part
// that must be identical between an interrupted-and-resumed run, a sharded
// run and one uninterrupted run.
func (s Sample) WithoutPerf() Sample {
	s.Perf = SamplePerf{}
	return s
}

// Marshal renders the sample as one JSON line (without the newline).
func (s Sample) Marshal() ([]byte, error) { return json.Marshal(s) }
