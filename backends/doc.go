// Package backends is the contract between the Gemma model and the machines
// that run it.
//
// The model package writes the forward pass once, as a Graph of a dozen
// coarse ops over static shapes (one graph per step shape: a prefill of T
// tokens, or a decode of B sequences × 1 token). A Backend compiles a Graph
// into an Executable and runs it step after step against a KVCache it owns.
// Eager backends (go, simd, cuda) walk the op list; compiling backends (pjrt)
// lower the whole list at once. Either way the graph is the single source of
// the model's semantics, which is what makes cross-backend diffs, per-op
// profiles and roofline figures possible without per-backend model code.
//
// Dependencies point one way: this package imports nothing of the project,
// and backends never import model. Backends register themselves by name from
// init(); see Register and Open.
package backends

// Departures from DESIGN.md §2, and why:
//   - No Logits, Slice or Mul ops. The output head is GatherRows (which rows
//     want logits, chosen per step) + RMSNorm + MatMul against the tied
//     embedding + SoftCap: the same ops every backend already has, and the
//     gather before the norm means a prefill pays for one vocab-sized
//     product, not T.
//   - Every row of a step carries its own (sequence slot, position), so one
//     graph shape serves a prefill chunk, a decode batch, and a mixed step
//     that scores several continuations forked from one cached prefix —
//     what the eval runner needs — without a separate op for each.
//   - The KV cache keeps every position of every sequence in float32, also
//     for sliding-window layers: simplest to fork and compare; a ring buffer
//     for local layers is a memory optimisation a backend may add behind
//     the same KVCache interface.
