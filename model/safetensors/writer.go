package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/gemma-bench/gemma-bench/internal/streamfile"
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
// bytes at [offset, offset+len(dst)) of the tensor, in chunks of at most
// ChunkSize bytes that are whole elements.
type FillFunc = streamfile.FillFunc

// ChunkSize is the largest dst a FillFunc is handed.
const ChunkSize = streamfile.ChunkSize

// Writer streams one safetensors file. WriteTensor may be called from
// several goroutines at once for different tensors.
type Writer struct{ sw *streamfile.Writer }

// Create starts writing path. The header is written at once from specs;
// every tensor must then be supplied once, in any order, with WriteTensor or
// WriteTensorBytes before Close. Data layout follows specs except that
// larger element types come first, which keeps every tensor aligned to its
// element size. Until Close succeeds the data lives in path+".tmp".
func Create(path string, specs []TensorSpec, metadata map[string]string) (*Writer, error) {
	type region struct {
		name        string
		begin, size int64
		elem        int
	}
	var regions []region
	seen := map[string]bool{}
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
		case seen[s.Name]:
			return nil, errorf(path, s.Name, "duplicate tensor name")
		}
		n, err := s.NumBytes()
		if err == nil && off > math.MaxInt64-n {
			err = errors.New("file size overflows")
		}
		if err != nil {
			return nil, errorf(path, s.Name, "%w", err)
		}
		seen[s.Name] = true
		regions = append(regions, region{s.Name, off, n, s.DType.Size()})
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
	sw, err := streamfile.Create(path, false, func(tensor, format string, args ...any) error {
		return errorf(path, tensor, format, args...)
	})
	if err != nil {
		return nil, err
	}
	for _, r := range regions {
		sw.Declare(r.name, r.begin, r.size, r.elem)
	}
	var prefix [8]byte
	binary.LittleEndian.PutUint64(prefix[:], uint64(hdr.Len()))
	if err := sw.Begin(append(prefix[:], hdr.Bytes()...), 8+int64(hdr.Len()), off); err != nil {
		return nil, err
	}
	return &Writer{sw: sw}, nil
}

// WriteTensor writes a tensor's bytes, asking fill for them chunk by chunk.
// An error from fill or from the disk makes the whole file fail: Close will
// return it and remove the temporary file.
func (w *Writer) WriteTensor(name string, fill FillFunc) error { return w.sw.WriteRegion(name, fill) }

// WriteTensorBytes writes a tensor whose bytes are already in memory.
func (w *Writer) WriteTensorBytes(name string, data []byte) error {
	return w.sw.WriteRegionBytes(name, data)
}

// Close checks that every tensor was written, then syncs the temporary file
// and renames it to the final path. On any failure it removes the temporary
// file and returns the error; no file appears under the final path.
func (w *Writer) Close() error { return w.sw.Close() }

// Abort discards the file being written. It is a no-op after Close, so
// `defer w.Abort()` is a safe way to clean up on early returns.
func (w *Writer) Abort() { w.sw.Abort() }
