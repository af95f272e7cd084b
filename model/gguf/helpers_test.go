package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// raw builds file images field by field, so tests can write what the
// Writer refuses to.
type raw struct{ bytes.Buffer }

func (r *raw) u32(v uint32) *raw { r.Write(binary.LittleEndian.AppendUint32(nil, v)); return r }
func (r *raw) u64(v uint64) *raw { r.Write(binary.LittleEndian.AppendUint64(nil, v)); return r }
func (r *raw) str(s string) *raw { r.u64(uint64(len(s))); r.WriteString(s); return r }
func (r *raw) raw(b ...byte) *raw {
	r.Write(b)
	return r
}

// head starts an image: magic, version, counts.
func head(version uint32, tensors, kvs uint64) *raw {
	r := &raw{}
	r.WriteString(Magic)
	return r.u32(version).u64(tensors).u64(kvs)
}

// kvU32 appends a uint32 metadata entry.
func (r *raw) kvU32(key string, v uint32) *raw { return r.str(key).u32(uint32(Uint32)).u32(v) }

// info appends a tensor info; dims are ggml's ne[] (innermost first).
func (r *raw) info(name string, t GGMLType, off uint64, ne ...uint64) *raw {
	r.str(name).u32(uint32(len(ne)))
	for _, d := range ne {
		r.u64(d)
	}
	return r.u32(uint32(t)).u64(off)
}

// data pads to align and appends n pattern bytes.
func (r *raw) data(align, n int) []byte {
	for r.Len()%align != 0 {
		r.WriteByte(0)
	}
	for i := range n {
		r.WriteByte(byte(i*7 + 1))
	}
	return bytes.Clone(r.Bytes())
}

func writeBytes(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkErr asserts err is non-nil, names the file (by base name), the
// tensor or key when given (as `tensor "x"` / `key "k"`), and contains
// every fragment of want.
func checkErr(t *testing.T, err error, file, what string, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one mentioning %q %v", file, want)
	}
	msg := err.Error()
	if !strings.Contains(msg, file) {
		t.Errorf("error %q does not name the file %q", msg, file)
	}
	if what != "" && !strings.Contains(msg, what) {
		t.Errorf("error %q does not name %s", msg, what)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not contain %q", msg, w)
		}
	}
}

func isFormatErr(err error) bool {
	var fe *Error
	return errors.As(err, &fe)
}

func pattern(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31) ^ seed
	}
	return b
}

// smallFile writes a valid two-tensor file and returns its path and bytes.
func smallFile(t testing.TB, dir string) (string, []byte) {
	path := filepath.Join(dir, "small.gguf")
	kvs := []KV{{"general.architecture", "gemma"}, {"n", uint32(3)}, {"list", []string{"a", "bb"}}}
	tensors := []Tensor{
		{TensorSpec{"w", F32, []int{2, 3}}, pattern(24, 1)},
		{TensorSpec{"q", Q8_0, []int{1, 32}}, pattern(34, 2)},
	}
	if err := Write(path, kvs, tensors); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, b
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
