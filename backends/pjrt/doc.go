// Package pjrt is the "pjrt" backend: every step of a graph shape is one
// StableHLO program (backends/pjrt/lower) compiled by a PJRT plugin (XLA's
// CUDA plugin from a JAX install, or libtpu) and run with the weights,
// RoPE tables and KV cache resident in device memory.
//
// # What has run where
//
// Nothing here has run on a real plugin. On machines without one (CI)
// the lowering is proven by interpreting the exact StableHLO text a
// plugin would compile (internal/hloeval) inside this backend, in place
// of the device: the conformance suite (backendtest) and the tiny Gemma
// 1/2/3 models against the go backend pass that way, and deliberately
// broken lowerings (lower.Mutations) fail. The cgo adapter over go-xla
// (backends/pjrt/xla) builds and is exercised by no test without a
// plugin; the plugin tests (plugin_test.go) skip, saying why.
//
// # Runtime
//
// Compile lowers the graph and compiles its text once per distinct text
// (graphs of one shape share a program whatever their weights: weights are
// parameters); weights upload once in their stored dtype with a reference
// count per *Weight across executables; each layer's keys and values are
// device buffers [Seqs, MaxLen, KVHeads·HeadDim], donated to every step and
// replaced by its updated outputs (the program aliases them); CopyPrefix is
// a small program of its own. A step uploads one vector of its tokens,
// positions, slots, logit rows and targets (a few hundred bytes), runs,
// and copies back only what Want asks for: argmax and the non-finite flags
// always (one small copy), log-probs from the program, or, when the whole
// logits come back anyway, recomputed from them in float64 (the contract's
// 1e-6 agreement is finer than a float32 normaliser). A step that wants
// nothing still runs the head inside its program (one vocab-sized product
// per logit row): a second program per shape would double compile time. A per-op profile is ErrNotImplemented: one program
// has no per-op times. Compiled executables are cached in memory only:
// go-xla v0.1.4 does not expose PJRT's executable serialization.
//
// Everything but the plugin file is shared with a TPU run (lowering,
// buffers, donation); a TPU has not been tried, and its plugin may want a
// different math mode (f32 products at HIGHEST precision are slow there).
//
// # Plugins and options
//
// The plugin is plugin=PATH, else $GEMMA_BENCH_PJRT_PLUGIN, else the first
// of jax_plugins/xla_cuda13, jax_plugins/xla_cuda12 (xla_cuda_plugin.so)
// and libtpu/libtpu.so found in a Python site-packages (Search). It is
// loaded where it lies, and its PJRT C API version is checked against the
// header go-xla was built with (same major; `gemma-bench backends` shows
// both). Until a run on real hardware validates it, Probe fails unless
// $GEMMA_BENCH_PJRT_EXPERIMENTAL=1, so the automatic choice never picks it;
// Probe sees no spec options, so with plugin= alone set the environment
// variable too.
//
// Options: plugin=PATH; math=exact (default: 16-bit weights widened,
// float32 products at HIGHEST precision, the go backend's numerics) or
// math=fast (activations narrowed to the weight dtype, default precision:
// the tensor-core path); attention=auto|masked|gathered (lower.Options:
// auto gathers each row's slot when a step has no more rows than slots,
// and otherwise masks scores against every slot); PJRT client create options by name
// (preallocate=false, memory_fraction=0.5, allocator, visible_devices…)
// or as client.NAME=VALUE. $GEMMA_BENCH_PJRT_LOG=1 prints each compile and
// its time per shape to stderr.
package pjrt
