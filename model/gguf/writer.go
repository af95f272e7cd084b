package gguf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/gemma-bench/gemma-bench/internal/streamfile"
)

// TensorSpec declares a tensor to be written.
type TensorSpec struct {
	Name  string
	Type  GGMLType
	Shape []int // row-major, as TensorInfo.Shape: the last dimension is contiguous
}

// NumBytes returns the tensor's size in bytes, or an error if the spec is
// invalid (unknown type, too many or negative dimensions, a row that is
// not whole blocks, size overflow). Known types the loader refuses, such
// as Q4_K, can be written: tests need such files.
func (s TensorSpec) NumBytes() (int64, error) {
	if !s.Type.Known() {
		return 0, fmt.Errorf("unknown ggml type %d", uint32(s.Type))
	}
	if len(s.Shape) > MaxDims {
		return 0, fmt.Errorf("shape %v: %d dimensions, more than ggml's %d", s.Shape, len(s.Shape), MaxDims)
	}
	ne := make([]uint64, len(s.Shape))
	for i, d := range s.Shape {
		if d < 0 {
			return 0, fmt.Errorf("shape %v: negative dimension", s.Shape)
		}
		ne[len(s.Shape)-1-i] = uint64(d)
	}
	n, err := byteSize(ne, s.Type)
	return int64(n), err
}

// FillFunc produces a tensor's bytes: it must fill all of dst with the
// bytes at [offset, offset+len(dst)) of the tensor. It is called with
// consecutive chunks of at most ChunkSize bytes, each a whole number of
// blocks, so a generator never needs the whole tensor in memory.
type FillFunc = streamfile.FillFunc

// ChunkSize bounds the dst a FillFunc is handed.
const ChunkSize = streamfile.ChunkSize

// Writer streams one GGUF v3 file. WriteTensor may be called from several
// goroutines at once for different tensors.
type Writer struct{ sw *streamfile.Writer }

// Create starts writing path: header, metadata and tensor infos at once,
// then every tensor must be supplied once, in any order, by WriteTensor or
// WriteTensorBytes before Close. Tensors are laid out in spec order, each
// at the next multiple of the alignment (general.alignment if kvs sets
// it, a uint32 power of two, otherwise 32), which is the layout ggml
// requires. Until Close succeeds the data lives in a temporary file beside
// path, so an interrupted write never leaves a file under the final name.
func Create(path string, kvs []KV, specs []TensorSpec) (*Writer, error) {
	done := false
	align, err := checkKVs(kvs, path)
	if err != nil {
		return nil, err
	}
	sw, err := streamfile.Create(path, true, func(tensor, format string, args ...any) error {
		if tensor == "" {
			return errorf(path, format, args...)
		}
		return tensorErrorf(path, tensor, format, args...)
	})
	if err != nil {
		return nil, err
	}
	defer func() {
		if !done {
			sw.Abort()
		}
	}()
	var hdr bytes.Buffer
	hdr.WriteString(Magic)
	putU32(&hdr, Version)
	putU64(&hdr, uint64(len(specs)))
	putU64(&hdr, uint64(len(kvs)))
	for _, kv := range kvs {
		putStr(&hdr, kv.Key)
		putValue(&hdr, kv.Value)
	}
	var off int64
	for _, s := range specs {
		switch {
		case s.Name == "" || len(s.Name) > MaxNameBytes || !utf8.ValidString(s.Name):
			return nil, tensorErrorf(path, s.Name, "invalid tensor name (want 1 to %d bytes of UTF-8)", MaxNameBytes)
		case sw.Declared(s.Name):
			return nil, tensorErrorf(path, s.Name, "duplicate tensor name")
		}
		n, err := s.NumBytes()
		if err == nil && off > math.MaxInt64-n-int64(align) {
			err = errors.New("file size overflows")
		}
		if err != nil {
			return nil, tensorErrorf(path, s.Name, "%w", err)
		}
		sw.Declare(s.Name, off, n, s.Type.BlockBytes())
		putStr(&hdr, s.Name)
		putU32(&hdr, uint32(len(s.Shape)))
		for i := len(s.Shape) - 1; i >= 0; i-- { // ggml order: innermost first
			putU64(&hdr, uint64(s.Shape[i]))
		}
		putU32(&hdr, uint32(s.Type))
		putU64(&hdr, uint64(off))
		off += pad(n, align)
	}
	// Begin sizes the file up front, so padding is zeros and tensors can
	// land in any order with WriteAt.
	if err := sw.Begin(hdr.Bytes(), pad(int64(hdr.Len()), align), off); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	done = true
	return &Writer{sw: sw}, nil
}

// checkKVs refuses metadata the reader would refuse and returns the
// alignment the file will use.
func checkKVs(kvs []KV, path string) (int, error) {
	align := DefaultAlignment
	seen := make(map[string]bool, len(kvs))
	for _, kv := range kvs {
		switch {
		case kv.Key == "" || len(kv.Key) > MaxKeyBytes || !utf8.ValidString(kv.Key):
			return 0, keyErrorf(path, kv.Key, "invalid key (want 1 to %d bytes of UTF-8)", MaxKeyBytes)
		case seen[kv.Key]:
			return 0, keyErrorf(path, kv.Key, "duplicate key")
		}
		seen[kv.Key] = true
		if _, _, ok := TypeOf(kv.Value); !ok {
			return 0, keyErrorf(path, kv.Key, "value of %s has no GGUF type", describe(kv.Value))
		}
		if kv.Key == AlignmentKey {
			a, err := alignment([]KV{kv}, path)
			if err != nil {
				return 0, err
			}
			align = a
		}
	}
	return align, nil
}

func pad(n int64, align int) int64 { return (n + int64(align) - 1) &^ (int64(align) - 1) }

// WriteTensor writes a tensor's bytes, asking fill for them chunk by
// chunk. An error from fill or from the disk makes the whole file fail:
// Close returns it and removes the temporary file.
func (w *Writer) WriteTensor(name string, fill FillFunc) error { return w.sw.WriteRegion(name, fill) }

// WriteTensorBytes writes a tensor whose bytes are already in memory.
func (w *Writer) WriteTensorBytes(name string, data []byte) error {
	return w.sw.WriteRegionBytes(name, data)
}

// Close checks that every tensor was written, syncs the temporary file and
// renames it to the final path. On any failure it removes the temporary
// file and returns the error; nothing appears under the final path.
func (w *Writer) Close() error { return w.sw.Close() }

// Abort discards the file being written. It is a no-op after Close, so
// `defer w.Abort()` is a safe way to clean up on early returns.
func (w *Writer) Abort() { w.sw.Abort() }

// Tensor is a tensor held in memory, for Write.
type Tensor struct {
	TensorSpec
	Data []byte
}

// Write writes a whole file from tensors in memory (tests, small files).
func Write(path string, kvs []KV, tensors []Tensor) error {
	specs := make([]TensorSpec, len(tensors))
	for i, t := range tensors {
		specs[i] = t.TensorSpec
	}
	w, err := Create(path, kvs, specs)
	if err != nil {
		return err
	}
	defer w.Abort()
	for _, t := range tensors {
		if err := w.WriteTensorBytes(t.Name, t.Data); err != nil {
			return err
		}
	}
	return w.Close()
}
