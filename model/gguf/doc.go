// Package gguf reads and writes GGUF files, the model format of ggml and
// llama.cpp (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md).
//
// # File format
//
// A file is the magic "GGUF", a uint32 version, uint64 tensor and metadata
// counts, the metadata (key string, uint32 value type, value; arrays carry
// an element type and a uint64 count), one info per tensor (name, uint32
// n_dims, n_dims uint64 dims ne[], uint32 ggml type, uint64 offset), then,
// at the next multiple of the alignment, the data section. Strings are a
// uint64 length and that many bytes. Everything is little-endian.
//
// # Shapes
//
// ggml lists dimensions innermost first: ne[0] is the contiguous one. This
// package exposes shapes in the row-major order the rest of gemma-bench
// uses, outermost first, so [TensorInfo].Shape is ne[] reversed: an HF
// projection [out, in], stored by llama.cpp as ne = [in, out], reads as
// [out, in], and a [TensorSpec] shape is reversed on the way out.
//
// # Reading
//
// [Open] maps one file read-only (mmap, MAP_SHARED, PROT_READ) and
// validates everything before returning, so every [TensorInfo] it hands
// out is known to be in bounds:
//
//   - the version is 3 or 2 (same layout); version 1 (32-bit counts) and
//     big-endian files are refused with a message saying so;
//   - the tensor and metadata counts are at most [MaxTensors] and [MaxKVs]
//     and could fit in the file;
//   - every key is 1 to [MaxKeyBytes] bytes of UTF-8 and appears once;
//     every value has a known type; arrays of arrays are refused; a
//     length or count that runs past the end of the file is an error, not
//     an allocation;
//   - general.alignment, when present, is a uint32 power of two (default
//     [DefaultAlignment]);
//   - tensor names are 1 to [MaxNameBytes] bytes (ggml's limit), unique;
//     n_dims ≤ 4; no dimension is negative; the type is a known ggml type;
//     a row is a whole number of that type's blocks; the byte size is
//     computed without overflow;
//   - each offset is a multiple of the alignment and the tensor lies
//     inside the file; no two tensors with data overlap (gaps are allowed,
//     unlike in ggml, which wants them packed).
//
// All known ggml types open, so a Q4_K file can be listed; only F32, F16,
// BF16, Q8_0 and Q4_0 are [GGMLType.Supported], and loaders refuse the
// rest with an error wrapping [ErrUnsupportedType]. String values are not
// required to be UTF-8 (some converted vocabularies are not).
//
// Data slices point into the mapping: no copy is made, and a multi-GB
// model never sits in the Go heap. They are valid only until Close.
// Metadata is copied out of the mapping and outlives it.
//
// # Writing
//
// [Create] streams a version 3 file: header, metadata and tensor infos
// first, then each tensor's bytes in bounded chunks from a [FillFunc], so
// writing a 5 GB model needs one chunk buffer. Tensors are packed in spec
// order at aligned offsets, the layout llama.cpp requires. Data goes to a
// temporary file beside the destination that is fsynced and renamed over
// it only when Close has checked every tensor was written. [Write] is the
// same for tensors already in memory.
//
// # Errors
//
// Every error names the file, and the tensor or key where there is one:
// `path: tensor "name": problem`, `path: key "k": problem`. Format problems
// are [*Error] values; I/O problems are the wrapped *fs.PathError from the
// os package. Malformed input never causes a panic.
package gguf
