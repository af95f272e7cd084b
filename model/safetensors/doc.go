// Package safetensors reads and writes checkpoints in the Hugging Face
// safetensors format (https://github.com/huggingface/safetensors).
//
// # File format
//
// A file is an 8-byte little-endian header length N, N bytes of UTF-8 JSON,
// then the data section. The JSON is an object mapping each tensor name to
// {"dtype", "shape", "data_offsets": [begin, end]} (offsets relative to the
// data section), plus an optional "__metadata__" object of string values.
//
// # Reading
//
// [Open] maps one file read-only (mmap, MAP_SHARED, PROT_READ) and validates
// the whole header before returning, so every [TensorInfo] it hands out is
// known to be in bounds:
//
//   - the header length is at most [MaxHeaderSize] and fits in the file;
//   - the header is a single JSON object with no duplicate keys (at any level
//     this package interprets), followed only by whitespace;
//   - every tensor has a dtype, a shape of non-negative integers and
//     data_offsets [begin, end] with begin ≤ end ≤ data section size;
//   - shape product × dtype size == end − begin, computed without overflow;
//   - no two tensors with data overlap (zero-length tensors are exempt);
//     gaps between tensors are allowed.
//
// Only F32, F16 and BF16 are supported; other dtypes of the format (F64, I64,
// F8_E4M3, …) are recognised and rejected with an error wrapping
// [ErrUnsupportedDType].
//
// TensorInfo.Data slices point into the mapping: no copy is made, pages are
// read from disk on first touch, and a multi-GB checkpoint never sits in the
// Go heap. The slices are valid only until Close; using them afterwards
// faults. The mapping is read-only, so writing to Data faults too. If another
// process truncates the file while it is mapped, touching the lost pages
// raises SIGBUS — checkpoints are expected to be immutable while open.
//
// [OpenDir] opens a Hugging Face model directory: model.safetensors if it
// exists, otherwise model.safetensors.index.json and every shard it names,
// cross-checking the index against the shards (no missing, extra, or
// duplicated tensors; no shard path leaving the directory).
//
// # Writing
//
// [Create] streams a file: the header is written first from the declared
// [TensorSpec] list, then each tensor's bytes are produced in bounded chunks
// by a caller-supplied [FillFunc], so writing a 5 GB checkpoint needs only one
// chunk buffer. Data goes to path+".tmp", which is fsynced and renamed over
// path only when Close has verified that every tensor was written in full;
// a crash or error never leaves a partial file under the final name.
// [WriteSharded] writes a whole checkpoint directory, splitting it into
// HF-style shards plus an index when it exceeds a size limit. The writer
// accepts every dtype of the format, even those the reader rejects, so tests
// can build such files.
//
// Files written here are readable by the reference implementation: tensors
// are contiguous (no gaps), and the header is space-padded to a multiple of
// 8 bytes with larger element types laid out first, so every tensor's data is
// aligned to its element size relative to the start of the file.
//
// # Errors
//
// Every error names the file it concerns, and the tensor where there is one,
// in the form `path: tensor "name": problem`. Format problems are [*Error]
// values; I/O problems are the wrapped *fs.PathError from the os package.
// Malformed input never causes a panic.
package safetensors
