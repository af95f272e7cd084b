package safetensors

import (
	"errors"
	"fmt"

	"github.com/gemma-bench/gemma-bench/internal/mmap"
)

// File is one open safetensors file. Its methods are safe for concurrent use
// until Close.
type File struct {
	path     string
	buf      []byte // the whole file, mapped read-only
	unmap    func([]byte) error
	tensors  []TensorInfo // header order
	byName   map[string]int
	metadata map[string]string
}

// Open maps path read-only and validates its header. The caller must Close
// the File once it no longer uses any TensorInfo.Data from it.
func Open(path string) (*File, error) {
	buf, unmap, err := mmap.MapFile(path, 8, "the 8-byte header length prefix")
	var pr *mmap.Problem
	if errors.As(err, &pr) {
		return nil, errorf(path, "", "%s", pr.Msg)
	}
	if err != nil {
		return nil, err
	}
	tensors, metadata, err := parseHeader(buf, path)
	if err != nil {
		unmap(buf)
		return nil, err
	}
	byName := make(map[string]int, len(tensors))
	for i, t := range tensors {
		byName[t.Name] = i
	}
	return &File{path: path, buf: buf, unmap: unmap, tensors: tensors, byName: byName, metadata: metadata}, nil
}

// Path returns the path given to Open.
func (f *File) Path() string { return f.path }

// Tensors returns every tensor in the order the header lists them. The slice
// is a copy; the Data slices in it are not.
func (f *File) Tensors() []TensorInfo {
	out := make([]TensorInfo, len(f.tensors))
	copy(out, f.tensors)
	return out
}

// Tensor looks a tensor up by name.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.byName[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.tensors[i], true
}

// Metadata returns the header's __metadata__ object (nil if absent). The
// caller must not modify it.
func (f *File) Metadata() map[string]string { return f.metadata }

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
