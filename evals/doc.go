// Package evals runs tasks against a model and measures it in the same run.
//
// # Model-facing interface
//
// The model sees only lm-evaluation-harness's three request kinds (LM):
// Loglikelihood, LoglikelihoodRolling and GenerateUntil. Engine implements
// them on a model.Runner; tests implement them by brute force. Tokenization
// follows lm-eval's HF backend for Gemma: BOS is always prepended; the
// context's trailing whitespace moves to the continuation; the continuation
// tokens are those of BOS+enc(context+continuation) beyond len(BOS+enc(context));
// inputs longer than MaxLength keep their last MaxLength tokens (counted as
// truncated); is_greedy says every continuation token was the argmax.
// Log-softmax is taken in float64 over the whole vocabulary row.
//
// # What is computed, and what is reused
//
// Requests sharing a context string (a question's choices) are one group:
// its context is run once, every single-token continuation is scored from
// the last context position, and multi-token continuations become rows of
// one further step over forked copies of the context (KVCache.CopyPrefix).
// A context starting with a task's few-shot prefix (Request.PrefixLen)
// forks the KV of BOS+prefix, computed once per distinct prefix into a
// prefix slot, instead of recomputing it. The fork is checked token by
// token: when the tokenizer merges across the prefix boundary only the
// common tokens are reused (still exact, attention being causal) and the
// doc is counted as a prefix mismatch. Every Response says how many token
// rows were computed for it and how many lm-eval would compute
// (LMEvalTokens: one pass per distinct context+continuation[:-1], lm-eval's
// own grouping), which is the reuse figure a run reports.
//
// Steps pad their rows to a few bucket sizes, so a run compiles a bounded
// set of step shapes; the padding rows write to a scratch slot.
//
// # Runs
//
// NewPlan expands a tasks.Suite into docs (with --limit) cut into batches,
// and keeps this shard's: batch k belongs to shard k mod n. Run scores the
// batches, appending each doc's results.Sample to samples.jsonl (fsynced)
// as it completes, skips docs an earlier invocation recorded (--resume),
// and writes results.json atomically at the end; Summarize computes it from
// the samples alone, so Merge of n shards reproduces one run's summary.
// Latency, time to first token, prefill/decode throughput and peak RSS come
// from the same run as the scores.
package evals
