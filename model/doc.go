// Package model is the Gemma definition: what a Gemma 1, 2 or 3 text model
// is, and how to run one on any backend.
//
//   - Config describes a model; ByName gives the canonical ones (gemma-2b …
//     gemma3-27b, checked against the published config.json files) and
//     ReadHFConfig reads an HF config.json into the same struct. Validate
//     rejects values no forward pass can run with.
//   - TensorSpecs is the weight table: every tensor with its HF name and
//     shape, listed once. Load (BindWeights), Synthesize and the tests walk
//     it, so they cannot disagree about what a checkpoint holds. Weights
//     stay in their stored dtype, memory-mapped.
//   - BuildGraph writes the forward pass once, as a backends.Graph for one
//     step shape. It is the only place Gemma's semantics live (HF
//     transformers' modeling_gemma*.py is the reference: RMSNorm x·(1+w),
//     embeddings × √d, tanh GELU, query_pre_attn_scalar, softcaps, sliding
//     windows, QK-norm, local/global RoPE with linear scaling).
//   - Runner compiles graphs per step shape on a backend, owns the KV cache
//     (sequence slots that can be forked with CopyPrefix) and offers
//     Prefill, Decode, Forward (arbitrary rows) and Generate. BOS is the
//     caller's business.
//   - Synthesize writes a complete HF-layout checkpoint of random weights in
//     any config's exact shape, deterministic from a seed, with a trained
//     synthetic tokenizer: how benchmarks get real shapes without
//     downloads.
package model
