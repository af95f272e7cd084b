package safetensors

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// MaxHeaderSize bounds the JSON header, as the reference implementation
// does, so that a corrupt length prefix cannot make us parse gigabytes.
const MaxHeaderSize = 100_000_000

const metadataKey = "__metadata__"

// TensorInfo describes one tensor and gives zero-copy access to its bytes.
// Copies share Shape and Data with the File; treat both as read-only.
type TensorInfo struct {
	Name  string
	DType DType
	Shape []int
	// Data is the tensor's raw little-endian bytes, a slice of the file's
	// memory mapping: valid until the File (or Checkpoint) is closed, and
	// read-only (writing to it faults).
	Data []byte
	// File is the path of the file holding the tensor, as given to Open.
	File string
}

// NumElements returns the product of the shape (1 for a scalar).
func (t TensorInfo) NumElements() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// byteSize returns prod(shape) × elemSize, or ok=false if it does not fit in
// an int64. A zero dimension anywhere makes the product zero even when the
// others would overflow, which the reference implementation also accepts.
func byteSize(shape []uint64, elemSize int) (n uint64, ok bool) {
	for _, d := range shape {
		if d == 0 {
			return 0, true
		}
	}
	n = uint64(elemSize)
	for _, d := range shape {
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		n = lo
	}
	return n, true
}

// parseHeader validates the complete image of a safetensors file (length
// prefix, header, data section) and returns its tensors in header order, with
// Data slicing into buf. file is used only in error messages and TensorInfo.File.
func parseHeader(buf []byte, file string) ([]TensorInfo, map[string]string, error) {
	if len(buf) < 8 {
		return nil, nil, errorf(file, "", "file is %d bytes, shorter than the 8-byte header length prefix", len(buf))
	}
	n := binary.LittleEndian.Uint64(buf)
	if n > MaxHeaderSize {
		return nil, nil, errorf(file, "", "header length %d exceeds the limit of %d bytes", n, MaxHeaderSize)
	}
	if n > uint64(len(buf)-8) {
		return nil, nil, errorf(file, "", "header length %d runs past the end of the file (%d bytes; truncated?)", n, len(buf))
	}
	hdr := buf[8 : 8+n]
	data := buf[8+n:]
	if !utf8.Valid(hdr) {
		return nil, nil, errorf(file, "", "header is not valid UTF-8")
	}

	d := newDecoder(hdr)
	if err := expectDelim(d, '{', "header"); err != nil {
		if errors.Is(err, errJSON) {
			return nil, nil, errorf(file, "", "header: %w", err)
		}
		return nil, nil, errorf(file, "", "%w", err)
	}
	var (
		tensors  []TensorInfo
		offsets  [][2]uint64 // parallel to tensors
		metadata map[string]string
		seen     = make(map[string]struct{})
	)
	for d.More() {
		tok, err := token(d)
		if err != nil {
			return nil, nil, errorf(file, "", "header: %w", err)
		}
		name, _ := tok.(string) // object keys are always strings
		if _, dup := seen[name]; dup {
			if name == metadataKey {
				return nil, nil, errorf(file, "", "duplicate %s", metadataKey)
			}
			return nil, nil, errorf(file, name, "duplicate tensor name")
		}
		seen[name] = struct{}{}
		if name == metadataKey {
			if metadata, err = parseMetadata(d); err != nil {
				return nil, nil, errorf(file, "", "%w", err)
			}
			continue
		}
		if name == "" {
			return nil, nil, errorf(file, "", "empty tensor name")
		}
		ti, off, err := parseEntry(d, uint64(len(data)))
		if err != nil {
			return nil, nil, errorf(file, name, "%w", err)
		}
		ti.Name, ti.File = name, file
		ti.Data = data[off[0]:off[1]:off[1]]
		tensors = append(tensors, ti)
		offsets = append(offsets, off)
	}
	if _, err := token(d); err != nil {
		return nil, nil, errorf(file, "", "header: %w", err)
	}
	if err := expectEnd(d); err != nil {
		return nil, nil, errorf(file, "", "header: %w", err)
	}
	if err := checkOverlap(tensors, offsets); err != nil {
		return nil, nil, &Error{File: file, Tensor: err.Tensor, Err: err.Err}
	}
	return tensors, metadata, nil
}

func parseMetadata(d *json.Decoder) (map[string]string, error) {
	var raw json.RawMessage
	if err := d.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%w: %w", errJSON, err)
	}
	if string(raw) == "null" {
		return nil, nil
	}
	return readStringMap(newDecoder(raw), metadataKey, false)
}

// parseEntry reads one tensor's description and checks it against the data
// section size.
func parseEntry(d *json.Decoder, dataSize uint64) (TensorInfo, [2]uint64, error) {
	var (
		ti                          TensorInfo
		shape, offs                 []uint64
		dtypeName                   string
		hasDType, hasShape, hasOffs bool
	)
	err := walkObject(d, "entry", func(key string) error {
		var err error
		switch key {
		case "dtype":
			dtypeName, err = readString(d, "dtype")
			hasDType = true
		case "shape":
			shape, err = readUints(d, "shape", math.MaxInt)
			hasShape = true
		case "data_offsets":
			offs, err = readUints(d, "data_offsets", math.MaxUint64)
			hasOffs = true
		default:
			err = skipValue(d) // the format allows extra fields
		}
		return err
	})
	if err != nil {
		return ti, [2]uint64{}, err
	}
	switch {
	case !hasDType:
		return ti, [2]uint64{}, fmt.Errorf("missing dtype")
	case !hasShape:
		return ti, [2]uint64{}, fmt.Errorf("missing shape")
	case !hasOffs:
		return ti, [2]uint64{}, fmt.Errorf("missing data_offsets")
	}
	dt, err := ParseDType(dtypeName)
	if err != nil || dt.String() != dtypeName { // the format is case-sensitive
		return ti, [2]uint64{}, fmt.Errorf("unknown dtype %q", dtypeName)
	}
	if err := dt.checkSupported(); err != nil {
		return ti, [2]uint64{}, err
	}
	if len(offs) != 2 {
		return ti, [2]uint64{}, fmt.Errorf("data_offsets has %d elements, want [begin, end]", len(offs))
	}
	begin, end := offs[0], offs[1]
	if begin > end {
		return ti, [2]uint64{}, fmt.Errorf("data_offsets [%d, %d]: begin > end", begin, end)
	}
	if end > dataSize {
		return ti, [2]uint64{}, fmt.Errorf("data_offsets [%d, %d] run past the end of the data section (%d bytes; truncated?)", begin, end, dataSize)
	}
	want, ok := byteSize(shape, dt.Size())
	if !ok {
		return ti, [2]uint64{}, fmt.Errorf("shape %v of %s overflows", shape, dt)
	}
	if want != end-begin {
		return ti, [2]uint64{}, fmt.Errorf("shape %v of %s needs %d bytes, data_offsets [%d, %d] hold %d", shape, dt, want, begin, end, end-begin)
	}
	ti.DType = dt
	ti.Shape = make([]int, len(shape))
	for i, v := range shape {
		ti.Shape[i] = int(v) // readUints bounded each dim by MaxInt
	}
	return ti, [2]uint64{begin, end}, nil
}

// checkOverlap rejects tensors sharing bytes. Zero-length tensors occupy no
// bytes, so they may sit anywhere, including inside another tensor's range.
func checkOverlap(tensors []TensorInfo, offs [][2]uint64) *Error {
	idx := make([]int, 0, len(tensors))
	for i, o := range offs {
		if o[1] > o[0] {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return offs[idx[a]][0] < offs[idx[b]][0] })
	for k := 1; k < len(idx); k++ {
		prev, cur := idx[k-1], idx[k]
		if offs[cur][0] < offs[prev][1] {
			return &Error{Tensor: tensors[cur].Name, Err: fmt.Errorf(
				"data_offsets [%d, %d] overlap tensor %q [%d, %d]",
				offs[cur][0], offs[cur][1], tensors[prev].Name, offs[prev][0], offs[prev][1])}
		}
	}
	return nil
}
