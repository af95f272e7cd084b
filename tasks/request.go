package tasks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// RequestKind is one of lm-eval's three model-facing request types. The
// runner only ever sees these; every task is expressed through them.
type RequestKind uint8

const (
	// Loglikelihood asks for log P(Continuation | Context), summed over the
	// continuation's tokens, and whether greedy decoding would produce it.
	Loglikelihood RequestKind = iota + 1
	// LoglikelihoodRolling asks for the summed log-likelihood of every token
	// of Continuation (Context is empty): perplexity over a whole text, cut
	// into windows by the runner when it is longer than the model's limit.
	LoglikelihoodRolling
	// GenerateUntil asks for greedy text after Context, stopped at the first
	// of Until or after MaxTokens tokens.
	GenerateUntil
)

// String returns lm-eval's name for the kind, used in logs and results.
func (k RequestKind) String() string {
	switch k {
	case Loglikelihood:
		return "loglikelihood"
	case LoglikelihoodRolling:
		return "loglikelihood_rolling"
	case GenerateUntil:
		return "generate_until"
	}
	return fmt.Sprintf("RequestKind(%d)", uint8(k))
}

// MarshalText lets the kind appear by name in JSON logs.
func (k RequestKind) MarshalText() ([]byte, error) {
	if k < Loglikelihood || k > GenerateUntil {
		return nil, fmt.Errorf("tasks: invalid request kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a name written by MarshalText (resume reads logs back).
func (k *RequestKind) UnmarshalText(b []byte) error {
	for c := Loglikelihood; c <= GenerateUntil; c++ {
		if c.String() == string(b) {
			*k = c
			return nil
		}
	}
	return fmt.Errorf("tasks: unknown request kind %q", b)
}

// Request is one model call. Context never includes BOS: the runner adds the
// model's own BOS, as lm-eval's HF backend does for Gemma.
type Request struct {
	Kind RequestKind
	// Context is the full conditioning text, byte for byte what lm-eval
	// would pass as the first request argument.
	Context string
	// PrefixLen is the length in bytes of the leading part of Context that is
	// the task description plus few-shot examples. For first_n few-shot it is
	// identical for every doc of a (sub)task, so a runner can compute its KV
	// cache once and fork it. Context[:PrefixLen] + Context[PrefixLen:] ==
	// Context by construction, so no byte can drift between the two views.
	PrefixLen int
	// Continuation is the scored text (Loglikelihood: target delimiter plus
	// choice; LoglikelihoodRolling: the whole document).
	Continuation string
	// Until lists stop strings for GenerateUntil; the output is cut at the
	// earliest one (see CutAtStop). The runner may add the model's EOS.
	Until []string
	// MaxTokens bounds GenerateUntil's output length in tokens.
	MaxTokens int
}

// Prefix is the shared description + few-shot block of Context.
func (r Request) Prefix() string { return r.Context[:r.PrefixLen] }

// Rest is the per-doc remainder of Context after Prefix.
func (r Request) Rest() string { return r.Context[r.PrefixLen:] }

// Result is the model's answer to one Request; which fields matter depends
// on the request kind.
type Result struct {
	// LogProb is the summed natural-log probability of the continuation's
	// tokens (Loglikelihood, LoglikelihoodRolling).
	LogProb float64
	// IsGreedy reports that every continuation token was the argmax
	// (Loglikelihood).
	IsGreedy bool
	// Tokens is how many tokens LogProb sums over (LoglikelihoodRolling:
	// needed for token perplexity, which only the runner can count).
	Tokens int
	// Text is the generated text (GenerateUntil). Process cuts it at the
	// stop strings again, so a runner that returns a little more is harmless.
	Text string
}

// Doc is one evaluation example turned into requests. Docs are plain values:
// a runner may batch, shard, reorder and resume them freely and hand the
// results back to Task.Process in request order.
type Doc struct {
	// Task is the name of the (leaf) task the doc belongs to, e.g.
	// "mmlu_anatomy"; with ID it identifies the doc in logs and resumes.
	Task string
	// ID is the doc's position in the evaluation split (lm-eval's doc_id).
	ID int
	// Requests holds one request per choice for multiple choice, otherwise
	// exactly one.
	Requests []Request
	// Choices are lm-eval's doc_to_choice strings (without the target
	// delimiter). acc_norm divides by their length in characters.
	Choices []string
	// Gold is the index of the correct choice, -1 when not multiple choice.
	Gold int
	// Target is str(doc_to_target) as lm-eval logs it: the gold index for
	// multiple choice, the shared suffix for partial scoring, the reference
	// answer for generation, the text for perplexity.
	Target string
	// Source locates the doc's data as "file:line", or "seed N #i" for
	// generated docs, so a suspicious sample can be found by hand.
	Source string
	// Hash is lm-eval's prompt_hash: the hex sha256 of the first request's
	// first argument (its Context; the text itself for a rolling request).
	// Two runs scored the same prompt exactly when their hashes agree.
	Hash string
	// Words and Bytes are the document-level counts for perplexity tasks
	// (lm-eval counts them on the original text); zero otherwise.
	Words, Bytes int
}

// TargetHash is lm-eval's target_hash: the hex sha256 of Target.
func (d Doc) TargetHash() string { return hashString(d.Target) }

// Prefix is the shared few-shot prefix of the doc's first request.
func (d Doc) Prefix() string {
	if len(d.Requests) == 0 {
		return ""
	}
	return d.Requests[0].Prefix()
}

func hashString(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// finish fills the fields every constructor derives the same way.
func (d *Doc) finish() {
	if len(d.Requests) == 0 {
		return
	}
	r := d.Requests[0]
	if r.Kind == LoglikelihoodRolling {
		d.Hash = hashString(r.Continuation)
	} else {
		d.Hash = hashString(r.Context)
	}
}
