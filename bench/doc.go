// Package bench measures prefill and decode throughput the way llama-bench
// does and returns the result as a results.Record: raw samples included,
// summaries computed from them, ceilings attached. Callers only render.
//
// # Sweeps
//
// ParseList reads llama-bench's grammar for each sweep flag (-p 128,512
// -n 128 -b 1,4,16 -d 0,4096 -t 1,2; ranges a-b, a-b*m, a-b+s). The cases
// are prefill pp=P (one prompt of P tokens), decode tg=N (N steps of one
// token) and batched decode (B sequences × one token per step, N steps),
// each at every depth D (after an untimed prefill of D tokens, shared by
// the B sequences: "tg128@d4096"). Run opens each backend once per thread
// count and runs every case on it, so a model is loaded once (by the
// caller) and a backend opened once per thread count.
//
// # Samples and summaries
//
// Each case runs Warmup untimed repetitions, then Reps timed ones; each
// timed repetition's tokens per second is a raw sample. The summary is the
// median with benchmath's 95% confidence interval (order statistics: no
// distribution assumed). Six samples are the fewest for which that
// interval is finite; with fewer, the record's Lo and Hi hold the sample's
// extremes and renderers print "± ∞" (Unbounded).
//
// # Limits
//
// Every metric carries its ceiling when the Limits know it: a decode
// against read bandwidth (bytes per token from the graph's cost model ÷
// bytes/s), a prefill against peak FLOP/s (FLOPs per token ÷ FLOP/s);
// when both ceilings are known the lower one binds (a large batch turns a
// decode compute-bound). Costs are per real token, so padding a step to
// its bucket counts against the case.
//
// # Several backends
//
// Every backend runs the same cases; the record has one BackendRun per
// backend, in order. Each one after the first carries its agreement with
// the first on a fixed probe (the logits of every position of a 64-token
// id sequence, one prefill from an empty cache), via results.Agree.
//
// # Failures
//
// A case that fails (a step's error, a depth beyond the model's positions,
// a backend that does not open) is reported on Options.Log and in its
// BackendRun.Errors, and the sweep goes on; Run then returns the record
// and an error wrapping ErrCasesFailed, so a command can exit non-zero.
//
// # Output
//
// Render writes table and md (only the identifying columns that vary
// across rows; the constant ones in a caption above), csv (one row per
// metric), json (the record: results.ReadRecord reads it), jsonl (one
// metric per line) and benchfmt (one Go benchmark line per raw sample, so
// benchstat reads our files directly).
package bench
