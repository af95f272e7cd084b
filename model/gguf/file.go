package gguf

import (
	"errors"
	"fmt"

	"github.com/gemma-bench/gemma-bench/internal/mmap"
)

// File is one open GGUF file. Its methods are safe for concurrent use
// until Close.
type File struct {
	*Metadata // the key-value section, with typed lookups

	path   string
	buf    []byte // the whole file, mapped read-only
	unmap  func([]byte) error
	h      *header
	byName map[string]int
}

// Open maps path read-only and validates its header and tensor table
// before returning, so every TensorInfo it hands out lies inside the file.
// The caller must Close the File once it no longer uses any Data from it.
func Open(path string) (*File, error) {
	buf, unmap, err := mmap.MapFile(path, 4, "the 4-byte magic")
	var pr *mmap.Problem
	if errors.As(err, &pr) {
		return nil, errorf(path, "%s", pr.Msg)
	}
	if err != nil {
		return nil, err
	}
	h, err := parse(buf, path)
	if err != nil {
		unmap(buf)
		return nil, err
	}
	g := &File{Metadata: newMetadata(path, h.kvs), path: path, buf: buf, unmap: unmap, h: h,
		byName: make(map[string]int, len(h.tensors))}
	for i, t := range h.tensors {
		g.byName[t.Name] = i
	}
	return g, nil
}

// Path returns the path given to Open.
func (f *File) Path() string { return f.path }

// Version is the file's format version (2 or 3).
func (f *File) Version() uint32 { return f.h.version }

// Alignment is general.alignment, or DefaultAlignment when absent.
func (f *File) Alignment() int { return f.h.alignment }

// DataOffset is the file offset of the data section.
func (f *File) DataOffset() int { return f.h.dataStart }

// Tensors returns every tensor in file order. The slice is a copy; the
// Shape and Data slices in it are not.
func (f *File) Tensors() []TensorInfo {
	out := make([]TensorInfo, len(f.h.tensors))
	copy(out, f.h.tensors)
	return out
}

// Tensor looks a tensor up by name.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.byName[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.h.tensors[i], true
}

// Close unmaps the file. Data slices obtained from it must not be used
// afterwards. Closing twice is harmless.
func (f *File) Close() error {
	if f.buf == nil {
		return nil
	}
	buf := f.buf
	f.buf = nil
	if err := f.unmap(buf); err != nil {
		return fmt.Errorf("%s: munmap: %w", f.path, err)
	}
	return nil
}
