package gguf

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriterRefuses(t *testing.T) {
	f32 := func(name string, shape ...int) TensorSpec { return TensorSpec{name, F32, shape} }
	cases := []struct {
		name  string
		kvs   []KV
		specs []TensorSpec
		want  string
	}{
		{"duplicate tensor", nil, []TensorSpec{f32("w", 1), f32("w", 2)}, `tensor "w": duplicate tensor name`},
		{"empty name", nil, []TensorSpec{f32("", 1)}, "invalid tensor name"},
		{"long name", nil, []TensorSpec{f32(string(bytes.Repeat([]byte{'x'}, 64)), 1)}, "invalid tensor name (want 1 to 63 bytes"},
		{"duplicate key", []KV{{"a", uint8(1)}, {"a", uint8(2)}}, nil, `key "a": duplicate key`},
		{"empty key", []KV{{"", uint8(1)}}, nil, "invalid key"},
		{"untyped value", []KV{{"k", 3}}, nil, `key "k": value of Go type int has no GGUF type`},
		{"nested array", []KV{{"k", [][]string{{"a"}}}}, nil, "no GGUF type"},
		{"bad alignment", []KV{{AlignmentKey, uint32(12)}}, nil, "12 is not a power of two"},
		{"alignment type", []KV{{AlignmentKey, 32}}, nil, `key "general.alignment"`},
		{"unknown type", nil, []TensorSpec{{"w", 5, []int{1}}}, "unknown ggml type 5"},
		{"five dims", nil, []TensorSpec{f32("w", 1, 1, 1, 1, 1)}, "5 dimensions"},
		{"negative dim", nil, []TensorSpec{f32("w", 2, -1)}, "negative dimension"},
		{"partial block", nil, []TensorSpec{{"w", Q4_0, []int{2, 16}}}, "not a whole number of Q4_0 blocks"},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "out.gguf")
			w, err := Create(path, tc.kvs, tc.specs)
			if err == nil {
				w.Abort()
			}
			checkErr(t, err, "out.gguf", "", tc.want)
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Errorf("refused Create left files: %v", ents)
			}
		})
	}
}

func TestWriterIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	specs := []TensorSpec{{"a", F32, []int{4}}, {"b", F32, []int{4}}}
	w, err := Create(path, nil, specs)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteTensorBytes("a", make([]byte, 16)); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteTensorBytes("a", make([]byte, 16)); err == nil {
		t.Error("a tensor written twice")
	}
	if err := w.WriteTensorBytes("b", make([]byte, 8)); err == nil {
		t.Error("a short tensor accepted")
	}
	if err := w.WriteTensorBytes("c", nil); err == nil {
		t.Error("an undeclared tensor accepted")
	}
	err = w.Close()
	checkErr(t, err, "m.gguf", "", `1 tensor(s) never written: ["b"]`)
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("failed write replaced the file: %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}

	// A failing fill poisons the file.
	w, err = Create(path, nil, specs)
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := w.WriteTensor("a", func(int64, []byte) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("fill error %v does not wrap boom", err)
	}
	if err := w.WriteTensorBytes("b", make([]byte, 16)); !errors.Is(err, boom) {
		t.Errorf("write after a failure: %v", err)
	}
	if err := w.Close(); !errors.Is(err, boom) {
		t.Errorf("Close after a failure: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("failed write replaced the file: %q", b)
	}
}

// TestWriterChunks: fills see whole blocks, in order, covering the tensor.
func TestWriterChunks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.gguf")
	spec := TensorSpec{"q", Q8_0, []int{10, 32}} // 340 bytes
	w, err := Create(path, nil, []TensorSpec{spec})
	if err != nil {
		t.Fatal(err)
	}
	w.sw.Chunk = 100 // two blocks (68 bytes) per chunk
	want := pattern(340, 9)
	var next int64
	err = w.WriteTensor("q", func(off int64, dst []byte) error {
		if off != next || len(dst)%34 != 0 || len(dst) > 100 {
			t.Errorf("chunk at %d of %d bytes (want at %d, whole blocks, ≤ 100)", off, len(dst), next)
		}
		copy(dst, want[off:])
		next = off + int64(len(dst))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if q, _ := f.Tensor("q"); !bytes.Equal(q.Data, want) {
		t.Error("chunked tensor reads back different")
	}
}
