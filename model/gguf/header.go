package gguf

import (
	"fmt"
	"math"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// Format constants and the limits Open enforces.
const (
	Magic            = "GGUF"
	Version          = 3 // what the writer produces; 2 is read too
	DefaultAlignment = 32
	AlignmentKey     = "general.alignment"

	// MaxTensors and MaxKVs bound the header's counts far above any real
	// model (a few thousand tensors, a few dozen keys) so that a corrupt
	// count fails at once with a message saying so.
	MaxTensors = 1 << 20
	MaxKVs     = 1 << 20
	// MaxKeyBytes is the spec's limit on a key's length.
	MaxKeyBytes = 65535
	// MaxNameBytes is ggml's limit on a tensor name (GGML_MAX_NAME 64,
	// NUL included); llama.cpp refuses longer names.
	MaxNameBytes = 63
	// MaxDims is GGML_MAX_DIMS.
	MaxDims = 4
)

// KV is one metadata entry. Value holds one of uint8, int8, uint16, int16,
// uint32, int32, float32, bool, string, uint64, int64, float64, or a slice
// of one of them for an array.
type KV struct {
	Key   string
	Value any
}

// TensorInfo describes one tensor and gives zero-copy access to its bytes.
// Copies share Shape and Data with the File; treat both as read-only.
type TensorInfo struct {
	Name string
	Type GGMLType
	// Shape is row-major, outermost dimension first, the convention of the
	// rest of gemma-bench: GGUF stores ggml's ne[] innermost (contiguous)
	// first, so a [rows, cols] matrix is stored as ne = [cols, rows] and
	// Shape is that list reversed. A projection of HF shape [out, in]
	// therefore reads back as [out, in].
	Shape []int
	// Offset is where the data starts relative to the data section.
	Offset uint64
	// Data is the tensor's raw bytes (little-endian; blocks for the
	// quantized types), a slice of the file's read-only mapping: valid
	// until the File is closed.
	Data []byte
	// File is the path of the file holding the tensor, as given to Open.
	File string
}

// NumElements returns the product of the shape (1 for a scalar).
func (t TensorInfo) NumElements() int64 {
	n := int64(1)
	for _, d := range t.Shape {
		n *= int64(d)
	}
	return n
}

// header is a parsed and validated file image.
type header struct {
	version   uint32
	alignment int
	kvs       []KV
	tensors   []TensorInfo
	dataStart int // file offset of the data section (may equal len(buf))
}

// parse validates the complete image of a GGUF file and returns its
// metadata and tensors, with Data slicing into buf. file is used in error
// messages and TensorInfo.File only.
func parse(buf []byte, file string) (*header, error) {
	if len(buf) < 4 {
		return nil, errorf(file, "file is %d bytes, shorter than the 4-byte magic", len(buf))
	}
	if string(buf[:4]) != Magic {
		return nil, errorf(file, "bad magic %q (% x), want %q: not a GGUF file", buf[:4], buf[:4], Magic)
	}
	d := &decoder{buf: buf, off: 4}
	h := &header{alignment: DefaultAlignment}
	var err error
	if h.version, err = d.u32("version"); err != nil {
		return nil, errorf(file, "header: %w", err)
	}
	if err := checkVersion(h.version); err != nil {
		return nil, errorf(file, "%w", err)
	}
	nTensors, err := d.u64("tensor count")
	if err != nil {
		return nil, errorf(file, "header: %w", err)
	}
	nKV, err := d.u64("metadata count")
	if err != nil {
		return nil, errorf(file, "header: %w", err)
	}
	// The smallest KV is 13 bytes (key length, type, one byte of value),
	// the smallest tensor info 24 (name length, n_dims, type, offset).
	switch {
	case nTensors > MaxTensors:
		return nil, errorf(file, "header: tensor count %d exceeds the limit of %d", nTensors, MaxTensors)
	case nKV > MaxKVs:
		return nil, errorf(file, "header: metadata count %d exceeds the limit of %d", nKV, MaxKVs)
	case nKV*13+nTensors*24 > uint64(d.remaining()):
		return nil, errorf(file, "header: %d metadata entries and %d tensors cannot fit in the %d bytes after the header (truncated?)", nKV, nTensors, d.remaining())
	}
	if h.kvs, err = parseKVs(d, int(nKV), file); err != nil {
		return nil, err
	}
	if h.alignment, err = alignment(h.kvs, file); err != nil {
		return nil, err
	}
	infos, sizes, err := parseTensorInfos(d, int(nTensors), file)
	if err != nil {
		return nil, err
	}
	// The data section starts at the first aligned offset after the
	// tensor infos; the padding before it is not checked, as ggml does not.
	start := (uint64(d.off) + uint64(h.alignment) - 1) &^ (uint64(h.alignment) - 1)
	h.dataStart = int(min(start, uint64(len(buf))))
	if err := placeTensors(infos, sizes, buf, start, h.alignment, file); err != nil {
		return nil, err
	}
	h.tensors = infos
	return h, nil
}

func checkVersion(v uint32) error {
	switch {
	case v == 2 || v == 3:
		// v2 and v3 share the layout; v3 only allowed big-endian files,
		// which carry their version byte-swapped and are caught below.
		return nil
	case v == 1:
		return fmt.Errorf("GGUF version 1 is not supported (it used 32-bit counts and lengths); convert the model again with a current llama.cpp")
	case v != 0 && bits.ReverseBytes32(v) <= 3:
		return fmt.Errorf("version field %#08x looks byte-swapped: a big-endian GGUF file; only little-endian files are supported", v)
	}
	return fmt.Errorf("unsupported GGUF version %d (want 2 or 3)", v)
}

func parseKVs(d *decoder, n int, file string) ([]KV, error) {
	kvs := make([]KV, 0, n)
	seen := make(map[string]bool, n)
	for i := range n {
		key, err := d.str("key")
		if err != nil {
			return nil, errorf(file, "metadata entry %d of %d: %w", i, n, err)
		}
		switch {
		case key == "":
			return nil, errorf(file, "metadata entry %d of %d: empty key", i, n)
		case len(key) > MaxKeyBytes:
			return nil, errorf(file, "metadata entry %d of %d: key of %d bytes exceeds the limit of %d", i, n, len(key), MaxKeyBytes)
		case !utf8.ValidString(key):
			return nil, errorf(file, "metadata entry %d of %d: key %q is not valid UTF-8", i, n, key)
		case seen[key]:
			return nil, keyErrorf(file, key, "duplicate key")
		}
		seen[key] = true
		t, err := d.u32("value type")
		if err != nil {
			return nil, keyErrorf(file, key, "%w", err)
		}
		v, err := d.value(ValueType(t))
		if err != nil {
			return nil, keyErrorf(file, key, "%w", err)
		}
		kvs = append(kvs, KV{Key: key, Value: v})
	}
	return kvs, nil
}

// alignment reads general.alignment, which ggml reads as a uint32 and
// requires to be a power of two.
func alignment(kvs []KV, file string) (int, error) {
	for _, kv := range kvs {
		if kv.Key != AlignmentKey {
			continue
		}
		a, ok := kv.Value.(uint32)
		switch {
		case !ok:
			return 0, keyErrorf(file, kv.Key, "%s, want uint32", describe(kv.Value))
		case a == 0 || a&(a-1) != 0:
			return 0, keyErrorf(file, kv.Key, "%d is not a power of two", a)
		}
		return int(a), nil
	}
	return DefaultAlignment, nil
}

func parseTensorInfos(d *decoder, n int, file string) ([]TensorInfo, []uint64, error) {
	infos := make([]TensorInfo, 0, n)
	sizes := make([]uint64, 0, n)
	seen := make(map[string]bool, n)
	for i := range n {
		name, err := d.str("tensor name")
		if err != nil {
			return nil, nil, errorf(file, "tensor info %d of %d: %w", i, n, err)
		}
		switch {
		case name == "":
			return nil, nil, errorf(file, "tensor info %d of %d: empty tensor name", i, n)
		case len(name) > MaxNameBytes:
			return nil, nil, errorf(file, "tensor info %d of %d: name of %d bytes exceeds ggml's limit of %d", i, n, len(name), MaxNameBytes)
		case !utf8.ValidString(name):
			return nil, nil, errorf(file, "tensor info %d of %d: name %q is not valid UTF-8", i, n, name)
		case seen[name]:
			return nil, nil, tensorErrorf(file, name, "duplicate tensor name")
		}
		seen[name] = true
		ti, size, err := parseTensorInfo(d)
		if err != nil {
			return nil, nil, tensorErrorf(file, name, "%w", err)
		}
		ti.Name, ti.File = name, file
		infos = append(infos, ti)
		sizes = append(sizes, size)
	}
	return infos, sizes, nil
}

// parseTensorInfo reads n_dims, ne[], type and offset, and returns the
// tensor's size in bytes.
func parseTensorInfo(d *decoder) (TensorInfo, uint64, error) {
	var ti TensorInfo
	nDims, err := d.u32("n_dims")
	if err != nil {
		return ti, 0, err
	}
	if nDims > MaxDims {
		return ti, 0, fmt.Errorf("%d dimensions, more than ggml's %d", nDims, MaxDims)
	}
	ne := make([]uint64, nDims)
	for j := range ne {
		if ne[j], err = d.u64(fmt.Sprintf("ne[%d]", j)); err != nil {
			return ti, 0, err
		}
		switch {
		case ne[j] > math.MaxInt64:
			return ti, 0, fmt.Errorf("ne[%d] = %d is negative", j, int64(ne[j]))
		case ne[j] > math.MaxInt:
			return ti, 0, fmt.Errorf("ne[%d] = %d does not fit in an int on this platform", j, ne[j])
		}
	}
	t, err := d.u32("type")
	if err != nil {
		return ti, 0, err
	}
	ti.Type = GGMLType(t)
	if !ti.Type.Known() {
		return ti, 0, fmt.Errorf("unknown ggml type %d", t)
	}
	if ti.Offset, err = d.u64("offset"); err != nil {
		return ti, 0, err
	}
	ti.Shape = make([]int, nDims)
	for j, v := range ne {
		ti.Shape[int(nDims)-1-j] = int(v)
	}
	size, err := byteSize(ne, ti.Type)
	return ti, size, err
}

// byteSize is the storage size of a tensor with ggml dims ne (innermost
// first) of type t: whole blocks along ne[0], then the product of the
// other dims. It fails if ne[0] is not a multiple of the block size or the
// size overflows an int64. A zero dimension makes the size zero even when
// the others would overflow.
func byteSize(ne []uint64, t GGMLType) (uint64, error) {
	row := uint64(1) // an absent ne[0] is 1, as in ggml
	if len(ne) > 0 {
		row = ne[0]
	}
	block := uint64(t.BlockSize())
	if row%block != 0 {
		return 0, fmt.Errorf("row of %d values is not a whole number of %s blocks of %d", row, t, block)
	}
	for _, v := range ne {
		if v == 0 {
			return 0, nil
		}
	}
	n := uint64(t.BlockBytes())
	factors := append([]uint64{row / block}, ne[min(1, len(ne)):]...)
	for _, v := range factors {
		hi, lo := bits.Mul64(n, v)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, fmt.Errorf("shape %v of %s overflows", reversed(ne), t)
		}
		n = lo
	}
	return n, nil
}

func reversed(ne []uint64) []uint64 {
	out := make([]uint64, len(ne))
	for i, v := range ne {
		out[len(ne)-1-i] = v
	}
	return out
}

// placeTensors checks each tensor's offset against the alignment and the
// file, points Data into buf, and refuses tensors sharing bytes.
// Zero-length tensors occupy no bytes, so they may sit anywhere in the
// data section, even inside another tensor.
func placeTensors(infos []TensorInfo, sizes []uint64, buf []byte, start uint64, align int, file string) error {
	fileLen := uint64(len(buf))
	var dataLen uint64
	if start < fileLen {
		dataLen = fileLen - start
	}
	for i := range infos {
		ti := &infos[i]
		off, size := ti.Offset, sizes[i]
		switch {
		case off%uint64(align) != 0:
			return tensorErrorf(file, ti.Name, "offset %d is not a multiple of the alignment %d", off, align)
		case off > dataLen || size > dataLen-off:
			return tensorErrorf(file, ti.Name, "%d bytes at offset %d run past the end of the data section (%d bytes from byte %d of a %d-byte file; truncated?)",
				size, off, dataLen, start, fileLen)
		}
		if size > 0 {
			b := start + off
			ti.Data = buf[b : b+size : b+size]
		}
	}
	idx := make([]int, 0, len(infos))
	for i, s := range sizes {
		if s > 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return infos[idx[a]].Offset < infos[idx[b]].Offset })
	for k := 1; k < len(idx); k++ {
		prev, cur := idx[k-1], idx[k]
		if infos[cur].Offset < infos[prev].Offset+sizes[prev] {
			return tensorErrorf(file, infos[cur].Name, "data [%d, %d) overlaps tensor %q [%d, %d)",
				infos[cur].Offset, infos[cur].Offset+sizes[cur], infos[prev].Name, infos[prev].Offset, infos[prev].Offset+sizes[prev])
		}
	}
	return nil
}
