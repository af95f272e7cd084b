package safetensors

import (
	"encoding/binary"
	"errors"
	"testing"
	"unsafe"
)

// FuzzParseHeader feeds whole file images to the parser. Whatever the input,
// it must not panic, must fail only with a *Error naming the file, and on
// success must hand out tensors that lie inside the data section, match their
// shape and dtype, and do not overlap.
func FuzzParseHeader(f *testing.F) {
	f.Add(image(okHeader, 24))
	f.Add(image(`{}`, 0))
	f.Add(image(`{"a":{"dtype":"F16","shape":[0,3],"data_offsets":[2,2]},"b":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}}`, 2))
	f.Add(image(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12))
	f.Add(image(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, 4))
	f.Add([]byte{1, 0, 0, 0})
	const file = "fuzz.safetensors"
	f.Fuzz(func(t *testing.T, buf []byte) {
		tensors, _, err := parseHeader(buf, file)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.File != file {
				t.Fatalf("error %v is not a *Error for %s", err, file)
			}
			return
		}
		base := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
		dataStart := 8 + uintptr(binary.LittleEndian.Uint64(buf)) // success implies it fits
		type span struct{ begin, end uintptr }
		var spans []span
		names := map[string]bool{}
		for _, ti := range tensors {
			if names[ti.Name] {
				t.Fatalf("duplicate tensor %q accepted", ti.Name)
			}
			names[ti.Name] = true
			if !ti.DType.Supported() {
				t.Fatalf("%s: unsupported dtype %v accepted", ti.Name, ti.DType)
			}
			n := ti.DType.Size()
			for _, d := range ti.Shape {
				if d < 0 {
					t.Fatalf("%s: negative dim accepted", ti.Name)
				}
				n *= d
			}
			if n != len(ti.Data) {
				t.Fatalf("%s: shape %v × %d bytes != %d", ti.Name, ti.Shape, ti.DType.Size(), len(ti.Data))
			}
			if len(ti.Data) == 0 {
				continue
			}
			begin := uintptr(unsafe.Pointer(unsafe.SliceData(ti.Data))) - base
			end := begin + uintptr(len(ti.Data))
			if begin < dataStart || end > uintptr(len(buf)) {
				t.Fatalf("%s: data [%d, %d) outside the file of %d bytes", ti.Name, begin, end, len(buf))
			}
			for _, s := range spans {
				if begin < s.end && s.begin < end {
					t.Fatalf("%s: data [%d, %d) overlaps [%d, %d)", ti.Name, begin, end, s.begin, s.end)
				}
			}
			spans = append(spans, span{begin, end})
		}
	})
}
