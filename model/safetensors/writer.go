package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"
)

// TensorSpec declares a tensor to be written.
type TensorSpec struct {
	Name  string
	DType DType
	Shape []int
}

// NumBytes returns the tensor's size in bytes, or an error if the spec is
// invalid (invalid dtype, negative dimension, size overflow). Dtypes the
// reader rejects, such as I64, can still be written: tests need such files
// to check that loaders report them.
func (s TensorSpec) NumBytes() (int64, error) {
	if s.DType.Size() == 0 {
		return 0, fmt.Errorf("invalid dtype %v", s.DType)
	}
	dims := make([]uint64, len(s.Shape))
	for i, d := range s.Shape {
		if d < 0 {
			return 0, fmt.Errorf("shape %v: negative dimension", s.Shape)
		}
		dims[i] = uint64(d)
	}
	n, ok := byteSize(dims, s.DType.Size())
	if !ok {
		return 0, fmt.Errorf("shape %v of %s overflows", s.Shape, s.DType)
	}
	return int64(n), nil
}

// FillFunc produces a tensor's bytes: it must fill all of dst with the
// bytes at [offset, offset+len(dst)) of the tensor. It is called with
// consecutive chunks of at most ChunkSize bytes, each a whole number of
// elements, so a generator never needs the whole tensor in memory.
type FillFunc func(offset int64, dst []byte) error

// ChunkSize is the largest dst a FillFunc is handed.
const ChunkSize = 4 << 20

type slot struct {
	begin, size int64 // within the data section
	elem        int
	written     bool
}

// Writer streams one safetensors file. WriteTensor may be called from
// several goroutines at once for different tensors.
type Writer struct {
	path, tmp string
	f         *os.File
	dataStart int64
	chunk     int // ChunkSize, smaller in tests to exercise chunking
	bufs      sync.Pool

	mu     sync.Mutex
	slots  map[string]*slot
	order  []string
	err    error // first failure; poisons the file
	closed bool
}

// Create starts writing path. The header is written at once from specs;
// every tensor must then be supplied once, in any order, with WriteTensor or
// WriteTensorBytes before Close. Data layout follows specs except that
// larger element types come first, which keeps every tensor aligned to its
// element size. Until Close succeeds the data lives in path+".tmp".
func Create(path string, specs []TensorSpec, metadata map[string]string) (*Writer, error) {
	w := &Writer{path: path, tmp: path + ".tmp", chunk: ChunkSize, slots: make(map[string]*slot)}
	layout := make([]TensorSpec, len(specs))
	copy(layout, specs)
	sort.SliceStable(layout, func(i, j int) bool { return layout[i].DType.Size() > layout[j].DType.Size() })

	var hdr bytes.Buffer
	hdr.WriteByte('{')
	if len(metadata) > 0 {
		for k, v := range metadata {
			if !utf8.ValidString(k) || !utf8.ValidString(v) {
				return nil, errorf(path, "", "metadata %q: not valid UTF-8", k)
			}
		}
		mj, _ := json.Marshal(metadata) // sorted keys; cannot fail for map[string]string
		hdr.WriteString(`"` + metadataKey + `":`)
		hdr.Write(mj)
	}
	var off int64
	for i, s := range layout {
		switch {
		case s.Name == "" || s.Name == metadataKey || !utf8.ValidString(s.Name):
			return nil, errorf(path, s.Name, "invalid tensor name")
		case w.slots[s.Name] != nil:
			return nil, errorf(path, s.Name, "duplicate tensor name")
		}
		n, err := s.NumBytes()
		if err == nil && off > math.MaxInt64-n {
			err = errors.New("file size overflows")
		}
		if err != nil {
			return nil, errorf(path, s.Name, "%w", err)
		}
		w.slots[s.Name] = &slot{begin: off, size: n, elem: s.DType.Size(), written: n == 0}
		w.order = append(w.order, s.Name)
		if i > 0 || len(metadata) > 0 {
			hdr.WriteByte(',')
		}
		nj, _ := json.Marshal(s.Name)
		hdr.Write(nj)
		hdr.WriteString(`:{"dtype":"` + s.DType.String() + `","shape":[`)
		for k, d := range s.Shape {
			if k > 0 {
				hdr.WriteByte(',')
			}
			hdr.WriteString(strconv.Itoa(d))
		}
		fmt.Fprintf(&hdr, `],"data_offsets":[%d,%d]}`, off, off+n)
		off += n
	}
	hdr.WriteByte('}')
	// Space padding (which JSON ignores) puts the data section on an 8-byte
	// boundary, so mapped tensors can be viewed as []float32 in place.
	for hdr.Len()%8 != 0 {
		hdr.WriteByte(' ')
	}
	if hdr.Len() > MaxHeaderSize {
		return nil, errorf(path, "", "header of %d bytes exceeds the limit of %d", hdr.Len(), MaxHeaderSize)
	}
	w.dataStart = 8 + int64(hdr.Len())

	f, err := os.OpenFile(w.tmp, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	w.f = f
	var prefix [8]byte
	binary.LittleEndian.PutUint64(prefix[:], uint64(hdr.Len()))
	if _, err = f.Write(prefix[:]); err == nil {
		_, err = f.Write(hdr.Bytes())
	}
	if err == nil {
		// Sized up front so tensors can land in any order with WriteAt.
		err = f.Truncate(w.dataStart + off)
	}
	if err != nil {
		w.Abort()
		return nil, err
	}
	return w, nil
}

// claim reserves a tensor for writing, so concurrent writers of the same
// name are caught.
func (w *Writer) claim(name string) (*slot, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.closed:
		return nil, errorf(w.path, name, "write after Close")
	case w.err != nil:
		return nil, w.err
	}
	s := w.slots[name]
	switch {
	case s == nil:
		return nil, errorf(w.path, name, "not declared in Create")
	case s.written && s.size > 0:
		return nil, errorf(w.path, name, "written twice")
	}
	s.written = true
	return s, nil
}

func (w *Writer) fail(err error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
	return err
}

// WriteTensor writes a tensor's bytes, asking fill for them chunk by chunk.
// An error from fill or from the disk makes the whole file fail: Close will
// return it and remove the temporary file.
func (w *Writer) WriteTensor(name string, fill FillFunc) error {
	s, err := w.claim(name)
	if err != nil {
		return err
	}
	if s.size == 0 {
		return nil
	}
	chunk := int(min(int64(max(w.chunk/s.elem*s.elem, s.elem)), s.size))
	bp, _ := w.bufs.Get().(*[]byte)
	if bp == nil || cap(*bp) < chunk {
		b := make([]byte, chunk)
		bp = &b
	}
	defer w.bufs.Put(bp)
	for off := int64(0); off < s.size; {
		dst := (*bp)[:min(int64(chunk), s.size-off)]
		clear(dst) // a fill that skips bytes must not leak the previous chunk
		if err := fill(off, dst); err != nil {
			return w.fail(errorf(w.path, name, "fill at offset %d: %w", off, err))
		}
		if _, err := w.f.WriteAt(dst, w.dataStart+s.begin+off); err != nil {
			return w.fail(fmt.Errorf("%s: tensor %q: %w", w.path, name, err))
		}
		off += int64(len(dst))
	}
	return nil
}

// WriteTensorBytes writes a tensor whose bytes are already in memory.
func (w *Writer) WriteTensorBytes(name string, data []byte) error {
	w.mu.Lock()
	s := w.slots[name]
	w.mu.Unlock()
	if s != nil && int64(len(data)) != s.size {
		return errorf(w.path, name, "got %d bytes, want %d", len(data), s.size)
	}
	return w.WriteTensor(name, func(off int64, dst []byte) error {
		copy(dst, data[off:])
		return nil
	})
}

// Close checks that every tensor was written, then syncs the temporary file
// and renames it to the final path. On any failure it removes the temporary
// file and returns the error; no file appears under the final path.
func (w *Writer) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return errorf(w.path, "", "Close called twice")
	}
	w.closed = true
	err := w.err
	if err == nil {
		var missing []string
		for _, name := range w.order {
			if !w.slots[name].written {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			err = errorf(w.path, "", "%d tensor(s) never written: %q", len(missing), missing[:min(len(missing), 5)])
		}
	}
	w.mu.Unlock()

	if err == nil {
		err = w.f.Sync() // before the rename, or a crash could expose a hole-filled file
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(w.tmp, w.path)
	}
	if err != nil {
		os.Remove(w.tmp)
	}
	return err
}

// Abort discards the file being written. It is a no-op after Close, so
// `defer w.Abort()` is a safe way to clean up on early returns.
func (w *Writer) Abort() {
	w.mu.Lock()
	done := w.closed
	w.closed = true
	w.mu.Unlock()
	if done {
		return
	}
	w.f.Close()
	os.Remove(w.tmp)
}
