package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
)

// decoder reads little-endian fields from a file image, refusing every
// read that would run past its end, so a corrupt length can cost at most
// an error, never a panic or a huge allocation.
type decoder struct {
	buf []byte
	off int
}

func (d *decoder) remaining() int { return len(d.buf) - d.off }

func (d *decoder) take(n uint64, what string) ([]byte, error) {
	if n > uint64(d.remaining()) {
		return nil, fmt.Errorf("%s: %d bytes at byte %d run past the end of the file (%d bytes; truncated?)", what, n, d.off, len(d.buf))
	}
	b := d.buf[d.off : d.off+int(n) : d.off+int(n)]
	d.off += int(n)
	return b, nil
}

func (d *decoder) u32(what string) (uint32, error) {
	b, err := d.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (d *decoder) u64(what string) (uint64, error) {
	b, err := d.take(8, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

// str reads a GGUF string: a uint64 length, then that many bytes (no NUL).
func (d *decoder) str(what string) (string, error) {
	n, err := d.u64(what + " length")
	if err != nil {
		return "", err
	}
	b, err := d.take(n, what)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// value reads one metadata value of type t.
func (d *decoder) value(t ValueType) (any, error) {
	switch t {
	case String:
		return d.str("string value")
	case Array:
		return d.array()
	}
	if t >= numValueTypes {
		return nil, fmt.Errorf("unknown value type %d", uint32(t))
	}
	at := d.off
	b, err := d.take(uint64(valueSizes[t]), t.String()+" value")
	if err != nil {
		return nil, err
	}
	if t == Bool && b[0] > 1 {
		return nil, fmt.Errorf("bool byte %d at byte %d, want 0 or 1", b[0], at)
	}
	return scalar(t, b), nil
}

// scalar decodes a fixed-size value of type t from b.
func scalar(t ValueType, b []byte) any {
	le := binary.LittleEndian
	switch t {
	case Uint8:
		return b[0]
	case Int8:
		return int8(b[0])
	case Uint16:
		return le.Uint16(b)
	case Int16:
		return int16(le.Uint16(b))
	case Uint32:
		return le.Uint32(b)
	case Int32:
		return int32(le.Uint32(b))
	case Float32:
		return math.Float32frombits(le.Uint32(b))
	case Bool:
		return b[0] == 1
	case Uint64:
		return le.Uint64(b)
	case Int64:
		return int64(le.Uint64(b))
	case Float64:
		return math.Float64frombits(le.Uint64(b))
	}
	panic("gguf: scalar of " + t.String())
}

// array reads an array's element type, count and elements into a typed
// slice ([]uint32, []string, …).
func (d *decoder) array() (any, error) {
	at := d.off
	u, err := d.u32("array element type")
	if err != nil {
		return nil, err
	}
	et := ValueType(u)
	switch {
	case et == Array:
		return nil, fmt.Errorf("array of arrays at byte %d: nested arrays are not supported", at)
	case et >= numValueTypes:
		return nil, fmt.Errorf("array at byte %d: unknown element type %d", at, u)
	}
	n, err := d.u64("array length")
	if err != nil {
		return nil, err
	}
	// Every element takes at least minSize bytes, so a count the rest of
	// the file cannot hold is refused before anything is allocated.
	minSize := valueSizes[et]
	if et == String {
		minSize = 8
	}
	if n > uint64(d.remaining()/minSize) {
		return nil, fmt.Errorf("array of %d %s at byte %d runs past the end of the file (%d bytes; truncated?)", n, et, at, len(d.buf))
	}
	if et == String {
		out := make([]string, n)
		for i := range out {
			if out[i], err = d.str(fmt.Sprintf("array element %d", i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	b, _ := d.take(n*uint64(minSize), "array") // fits: checked above
	if et == Bool {
		for i, v := range b {
			if v > 1 {
				return nil, fmt.Errorf("array element %d: bool byte %d, want 0 or 1", i, v)
			}
		}
	}
	return fixedArray(et, b, int(n)), nil
}

func fixedArray(et ValueType, b []byte, n int) any {
	le := binary.LittleEndian
	switch et {
	case Uint8:
		return decodeAll(b, n, 1, func(b []byte) uint8 { return b[0] })
	case Int8:
		return decodeAll(b, n, 1, func(b []byte) int8 { return int8(b[0]) })
	case Uint16:
		return decodeAll(b, n, 2, le.Uint16)
	case Int16:
		return decodeAll(b, n, 2, func(b []byte) int16 { return int16(le.Uint16(b)) })
	case Uint32:
		return decodeAll(b, n, 4, le.Uint32)
	case Int32:
		return decodeAll(b, n, 4, func(b []byte) int32 { return int32(le.Uint32(b)) })
	case Float32:
		return decodeAll(b, n, 4, func(b []byte) float32 { return math.Float32frombits(le.Uint32(b)) })
	case Bool:
		return decodeAll(b, n, 1, func(b []byte) bool { return b[0] == 1 })
	case Uint64:
		return decodeAll(b, n, 8, le.Uint64)
	case Int64:
		return decodeAll(b, n, 8, func(b []byte) int64 { return int64(le.Uint64(b)) })
	case Float64:
		return decodeAll(b, n, 8, func(b []byte) float64 { return math.Float64frombits(le.Uint64(b)) })
	}
	panic("gguf: array of " + et.String())
}

func decodeAll[T any](b []byte, n, size int, conv func([]byte) T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = conv(b[i*size : (i+1)*size])
	}
	return out
}
