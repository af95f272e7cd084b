package gguf

import (
	"errors"
	"path/filepath"
	"testing"
	"unsafe"
)

// FuzzParse feeds whole file images to the parser. Whatever the input, it
// must not panic, must fail only with a *Error naming the file, and on
// success must hand out unique tensors that lie inside the data section at
// aligned offsets, hold exactly their shape's bytes, and do not overlap.
func FuzzParse(f *testing.F) {
	dir := f.TempDir()
	_, small := smallFile(f, dir)
	path := filepath.Join(dir, "every.gguf")
	if err := Write(path, append(everyValue(), KV{AlignmentKey, uint32(64)}), everyTensor()); err != nil {
		f.Fatal(err)
	}
	every := readFile(f, path)
	for _, seed := range [][]byte{small, every} {
		f.Add(seed)
		for n := 0; n < len(seed); n += max(1, len(seed)/40) {
			f.Add(seed[:n])
		}
	}
	f.Add(head(3, 2, 0).info("a", F32, 0, 16).info("b", F32, 32, 16).data(32, 128))
	f.Add(head(2, 1, 1).kvU32(AlignmentKey, 8).info("w", Q4_0, 8, 32).data(8, 32))
	const file = "fuzz.gguf"
	f.Fuzz(func(t *testing.T, buf []byte) {
		h, err := parse(buf, file)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.File != file {
				t.Fatalf("error %v is not a *Error for %s", err, file)
			}
			return
		}
		base := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
		keys := map[string]bool{}
		for _, kv := range h.kvs {
			if keys[kv.Key] {
				t.Fatalf("duplicate key %q accepted", kv.Key)
			}
			keys[kv.Key] = true
			if _, _, ok := TypeOf(kv.Value); !ok {
				t.Fatalf("key %q: value %T has no GGUF type", kv.Key, kv.Value)
			}
		}
		if h.alignment <= 0 || h.alignment&(h.alignment-1) != 0 || h.dataStart > len(buf) {
			t.Fatalf("alignment %d, data start %d of %d", h.alignment, h.dataStart, len(buf))
		}
		type span struct{ begin, end uintptr }
		var spans []span
		names := map[string]bool{}
		for _, ti := range h.tensors {
			if names[ti.Name] || ti.Name == "" {
				t.Fatalf("duplicate or empty tensor %q accepted", ti.Name)
			}
			names[ti.Name] = true
			if len(ti.Shape) > MaxDims || !ti.Type.Known() {
				t.Fatalf("%s: shape %v type %v accepted", ti.Name, ti.Shape, ti.Type)
			}
			ne := make([]uint64, len(ti.Shape))
			for i, d := range ti.Shape {
				if d < 0 {
					t.Fatalf("%s: negative dim accepted", ti.Name)
				}
				ne[len(ne)-1-i] = uint64(d)
			}
			size, err := byteSize(ne, ti.Type)
			if err != nil || size != uint64(len(ti.Data)) {
				t.Fatalf("%s: %d bytes of data, shape says %d (%v)", ti.Name, len(ti.Data), size, err)
			}
			if ti.Offset%uint64(h.alignment) != 0 {
				t.Fatalf("%s: offset %d not aligned to %d", ti.Name, ti.Offset, h.alignment)
			}
			if len(ti.Data) == 0 {
				continue
			}
			begin := uintptr(unsafe.Pointer(unsafe.SliceData(ti.Data))) - base
			end := begin + uintptr(len(ti.Data))
			if begin < uintptr(h.dataStart) || end > uintptr(len(buf)) || begin != uintptr(h.dataStart)+uintptr(ti.Offset) {
				t.Fatalf("%s: data [%d, %d) outside the data section [%d, %d)", ti.Name, begin, end, h.dataStart, len(buf))
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
