// Package tasks defines evaluation tasks as plain values: loaders for their
// data, prompt building with few-shot examples, and the scoring math. It does
// not run models; package evals does, and this is the contract between them.
//
// # Contract
//
// A Task builds Docs; each Doc carries the Requests the model must answer,
// using only lm-evaluation-harness's three request kinds:
//
//   - Loglikelihood (Context, Continuation): multiple choice, one request per
//     choice. For ordinary multiple choice every request of a doc has the
//     same Context string and differs only in Continuation, so one forward
//     pass over the context serves all choices.
//   - LoglikelihoodRolling (Continuation = the whole text): perplexity.
//   - GenerateUntil (Context, Until, MaxTokens): greedy generation.
//
// The runner returns one Result per Request, in order, to Task.Process, which
// yields a Score: one Value per Metric. Aggregate, WeightedMean and
// PooledStderr reduce Values to the numbers lm-eval reports, and Groups say
// which tasks aggregate together (MMLU's categories), weighted by size.
//
// Contexts never contain BOS; the runner adds the model's own. Context is
// byte-identical to what lm-eval (plain text, no chat template) would pass;
// Request.PrefixLen marks the description plus few-shot block, which is the
// same string for every doc of a task when shots come from a separate split.
// Context[:PrefixLen] + Context[PrefixLen:] == Context trivially, so a runner
// that caches the prefix's KV state scores exactly the same text. (Whether
// the tokenizer splits the same way at that boundary is the runner's check:
// the prefix always ends with the few-shot delimiter, "\n\n" by default.)
//
// # Data
//
// Constructors read and validate all data before returning. Malformed input
// is an error that names file:line and wraps ErrData; nothing panics and no
// row is skipped. MMLU CSVs load in both layouts (the headerless original
// with letter answers and the header export with 0-based answers), detected
// per file. JSONL tasks are declared by MCSpec, GenSpec and PerplexitySpec,
// which load from small JSON files; templates substitute {{field}} paths and
// nothing else. Arith needs no data at all.
//
// # Parity with lm-eval
//
// Prompts, continuations, acc/acc_norm, perplexity weighting, GSM8K filters
// and exact match follow lm-eval at commit 4e7e0d47 (see each function's
// comment for the file it mirrors). Few-shot examples are always taken
// first_n in file order, which is what lm-eval does for MMLU; lm-eval's random
// sampler (its default for other tasks) is not reproduced.
//
// Docs, Requests and their slices are shared read-only values: a runner must
// not modify them.
package tasks
