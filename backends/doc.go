// Package backends is the contract between the Gemma model and the machines
// that run it. This comment is the project's record of that contract (v2);
// where ../shared/DESIGN.md's picture differs, this wins.
//
// # Graphs
//
// The model package writes the forward pass once, as a Graph of nine
// coarse ops (Embed, RMSNorm, MatMul, RoPE, Attention, GeGLU, Add, SoftCap,
// GatherRows) over static shapes. A graph's shape is (Rows, LogitRows):
// Rows tokens in, LogitRows ≥ 1 rows of outputs out. The runner pads every
// step to a finite, documented bucket set (model.Buckets) and compiles
// those shapes before anything is timed (model.Runner.Precompile), so a
// compiling backend (PJRT) builds a bounded number of programs. The ops from
// the single GatherRows on are the head: they read only the gathered rows
// and end in the logits; an eager backend skips them in a step that wants
// no output (an intermediate prefill chunk).
//
// Every row of a step carries its own (slot, position), so one shape serves
// a prefill chunk, a decode batch and the eval runner's mixed steps that
// score several continuations forked from one cached prefix.
//
// # Steps and outputs
//
// Executable.Run takes a Step and returns an Output the backend owns. The
// step says which outputs it wants (Want): per logit row the argmax (greedy
// decoding), per Target the log-softmax value of a token and whether it is
// the argmax (lm-eval's loglikelihood), and whole logits only when asked
// (sampling, cross-implementation diffs). On a GPU the narrow outputs are a
// few bytes per row instead of Vocab floats: the whole-logit copy would
// dominate a decode step. The CPU backend is the reference implementation;
// tests hold its narrow outputs equal to what its whole logits say.
//
// # KV caches
//
// KVLayout is complete (dtype f32/bf16, per-layer windows, slots, positions,
// rows per slot per step) and chosen before any graph is built: Compile
// sees it in Graph.Cache. Its doc states the sequence rules callers obey
// (Sequences checks them; the runner applies it to every step) and the
// attention semantics under which a ring of Window+MaxRows−1 positions per
// sliding layer is a valid cache; the CPU backend implements that ring
// behind the option kv=ring and tests it against the full cache.
//
// # Profiles, lifetimes, errors
//
// Per-op timings are data: Step.Profile asks for them and they come back
// in Output.Profile at the step's sync point; a backend that cannot
// attribute time to ops returns ErrNotImplemented, which callers report.
// Executables hold references to the weights they prepared; Close drops
// them, and a weight no open executable uses is freed. Run checks only
// what protects memory (Step.CheckBounds) and never panics on a bad step.
//
// # Conformance
//
// backends/backendtest is the suite every backend passes: an independent
// float64 interpreter of the graph, cases that reach the blocked and
// windowed paths, forks, bad steps and the narrow outputs, per-dtype
// tolerances. Missing f32 or bf16 support fails it; the model and evals
// oracle tests run on the backend $GEMMA_BENCH_TEST_BACKEND names.
//
// Dependencies point one way: this package imports nothing of the project
// but kernels, and backends never import model. Backends register
// themselves by name from init(); see Register and Open.
package backends

// Departures from DESIGN.md §2, and why:
//   - No Logits, Slice or Mul ops. The output head is GatherRows (which rows
//     want outputs, chosen per step) + RMSNorm + MatMul against the tied
//     embedding + SoftCap: the same ops every backend already has, and the
//     gather before the norm means a prefill pays for one vocab-sized
//     product, not T.
//   - No StepKind: prefill and decode differ only in shape, so programs are
//     keyed by (Rows, LogitRows) and nothing else.
//   - Narrow outputs are computed by the backend after the graph rather
//     than by extra ops in it, so every backend's head stays the same
//     graph and a static-shape backend sizes targets from MaxTargets.
