package gguf

import (
	"bytes"
	"encoding/binary"
	"math"
	"reflect"
)

func putU32(b *bytes.Buffer, v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
func putU64(b *bytes.Buffer, v uint64) { b.Write(binary.LittleEndian.AppendUint64(nil, v)) }

func putStr(b *bytes.Buffer, s string) {
	putU64(b, uint64(len(s)))
	b.WriteString(s)
}

// putValue writes a value's type tag and payload; v must be a type TypeOf
// accepts.
func putValue(b *bytes.Buffer, v any) {
	t, elem, _ := TypeOf(v)
	putU32(b, uint32(t))
	if t != Array {
		putScalar(b, v)
		return
	}
	putU32(b, uint32(elem))
	a := reflect.ValueOf(v)
	putU64(b, uint64(a.Len()))
	for i := range a.Len() {
		putScalar(b, a.Index(i).Interface())
	}
}

func putScalar(b *bytes.Buffer, v any) {
	le := binary.LittleEndian
	var buf []byte
	switch x := v.(type) {
	case uint8:
		buf = []byte{x}
	case int8:
		buf = []byte{byte(x)}
	case bool:
		buf = []byte{0}
		if x {
			buf[0] = 1
		}
	case uint16:
		buf = le.AppendUint16(nil, x)
	case int16:
		buf = le.AppendUint16(nil, uint16(x))
	case uint32:
		buf = le.AppendUint32(nil, x)
	case int32:
		buf = le.AppendUint32(nil, uint32(x))
	case float32:
		buf = le.AppendUint32(nil, math.Float32bits(x))
	case uint64:
		buf = le.AppendUint64(nil, x)
	case int64:
		buf = le.AppendUint64(nil, uint64(x))
	case float64:
		buf = le.AppendUint64(nil, math.Float64bits(x))
	case string:
		putStr(b, x)
		return
	}
	b.Write(buf)
}
