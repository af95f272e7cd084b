package gguf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// everyValue holds each value type, scalar and as an array (empty arrays
// and strings included), with extreme values where the type has them.
func everyValue() []KV {
	return []KV{
		{"u8", uint8(255)}, {"i8", int8(-128)}, {"u16", uint16(65535)}, {"i16", int16(-32768)},
		{"u32", uint32(math.MaxUint32)}, {"i32", int32(math.MinInt32)}, {"f32", float32(1e-6)},
		{"t", true}, {"f", false}, {"s", "héllo, wörld"}, {"empty", ""},
		{"u64", uint64(math.MaxUint64)}, {"i64", int64(math.MinInt64)}, {"f64", math.Pi},
		{"nan", float32(math.NaN())},
		{"a.u8", []uint8{0, 1, 255}}, {"a.i8", []int8{-1, 0, 127}}, {"a.u16", []uint16{1, 65535}},
		{"a.i16", []int16{-2, 2}}, {"a.u32", []uint32{3, 4, 5}}, {"a.i32", []int32{-5, 6}},
		{"a.f32", []float32{0.5, -1.25}}, {"a.bool", []bool{true, false, true}},
		{"a.str", []string{"<pad>", "", "▁the"}}, {"a.u64", []uint64{1 << 40}}, {"a.i64", []int64{-1 << 40}},
		{"a.f64", []float64{math.Inf(1), -0.0}}, {"a.empty", []uint32{}}, {"a.emptystr", []string{}},
	}
}

// everyTensor has each supported type, a known unsupported one, and one to
// four dimensions.
func everyTensor() []Tensor {
	specs := []TensorSpec{
		{"f32", F32, []int{3, 5}},
		{"f16", F16, []int{7}},
		{"bf16", BF16, []int{2, 3, 4}},
		{"q8_0", Q8_0, []int{3, 64}},
		{"q4_0", Q4_0, []int{2, 1, 2, 32}},
		{"q4_k", Q4_K, []int{2, 256}},
		{"scalar", F32, nil},
		{"empty", F16, []int{0, 4}},
	}
	var out []Tensor
	for i, s := range specs {
		n, err := s.NumBytes()
		if err != nil {
			panic(err)
		}
		out = append(out, Tensor{s, pattern(int(n), byte(i))})
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	for _, align := range []uint32{0, 64, 1} {
		t.Run(fmt.Sprintf("alignment=%d", align), func(t *testing.T) {
			kvs := everyValue()
			if align != 0 {
				kvs = append(kvs, KV{AlignmentKey, align})
			}
			tensors := everyTensor()
			path := filepath.Join(t.TempDir(), "rt.gguf")
			if err := Write(path, kvs, tensors); err != nil {
				t.Fatal(err)
			}
			f, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := int(align)
			if align == 0 {
				want = DefaultAlignment
			}
			if f.Version() != 3 || f.Alignment() != want || f.DataOffset()%want != 0 {
				t.Errorf("version %d alignment %d data at %d; want 3, %d, aligned", f.Version(), f.Alignment(), f.DataOffset(), want)
			}
			got := f.KVs()
			if len(got) != len(kvs) {
				t.Fatalf("%d KVs, want %d", len(got), len(kvs))
			}
			for i, kv := range kvs {
				if got[i].Key != kv.Key || !sameValue(got[i].Value, kv.Value) {
					t.Errorf("KV %d: got %s=%#v, want %s=%#v", i, got[i].Key, got[i].Value, kv.Key, kv.Value)
				}
			}
			ts := f.Tensors()
			if len(ts) != len(tensors) {
				t.Fatalf("%d tensors, want %d", len(ts), len(tensors))
			}
			for i, w := range tensors {
				g := ts[i]
				if g.Name != w.Name || g.Type != w.Type || !reflect.DeepEqual(g.Shape, nonNil(w.Shape)) || !bytes.Equal(g.Data, w.Data) {
					t.Errorf("tensor %d: got %s %v %v (%d bytes), want %s %v %v (%d bytes)", i, g.Name, g.Type, g.Shape, len(g.Data), w.Name, w.Type, w.Shape, len(w.Data))
				}
				if g.Offset%uint64(want) != 0 || g.File != path {
					t.Errorf("tensor %s: offset %d, file %s", g.Name, g.Offset, g.File)
				}
				if lt, ok := f.Tensor(w.Name); !ok || lt.Name != w.Name {
					t.Errorf("Tensor(%q) = %v, %v", w.Name, lt.Name, ok)
				}
			}
		})
	}
}

// TestShapeIsRowMajor pins the dimension order on disk: a [rows, cols]
// matrix is stored as ggml ne = [cols, rows].
func TestShapeIsRowMajor(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := Write(path, nil, []Tensor{{TensorSpec{"m", F32, []int{2, 3}}, make([]byte, 24)}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	want := head(3, 1, 0).info("m", F32, 0, 3, 2).data(32, 0)
	if !bytes.Equal(b[:len(want)], want) {
		t.Errorf("header\n% x\nwant\n% x", b[:len(want)], want)
	}
}

func sameValue(a, b any) bool {
	if x, ok := a.(float32); ok && math.IsNaN(float64(x)) {
		y, ok := b.(float32)
		return ok && math.IsNaN(float64(y))
	}
	return reflect.DeepEqual(a, b)
}

func nonNil(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func TestTypedLookups(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kv.gguf")
	if err := Write(path, everyValue(), nil); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, ok, err := f.Float("f32"); err != nil || !ok || v != 1e-6 {
		t.Errorf("Float(f32) = %v, %v, %v; want 1e-6 (the decimal the writer meant)", v, ok, err)
	}
	if v, ok, err := f.Uint("u16"); err != nil || !ok || v != 65535 {
		t.Errorf("Uint(u16) = %v, %v, %v", v, ok, err)
	}
	if _, _, err := f.Uint("i8"); err == nil {
		t.Error("Uint of int8 -128 succeeded")
	} else {
		checkErr(t, err, "kv.gguf", `key "i8"`, "int8 -128, want a non-negative integer")
	}
	if v, ok, err := f.Str("s"); err != nil || !ok || v != "héllo, wörld" {
		t.Errorf("Str(s) = %q, %v, %v", v, ok, err)
	}
	if _, _, err := f.Str("u8"); err == nil {
		t.Error("Str of uint8 succeeded")
	} else {
		checkErr(t, err, "kv.gguf", `key "u8"`, "uint8, want string")
	}
	if v, ok, err := f.Bool("t"); err != nil || !ok || !v {
		t.Errorf("Bool(t) = %v, %v, %v", v, ok, err)
	}
	if v, ok, err := f.Uints("a.u32"); err != nil || !ok || !reflect.DeepEqual(v, []uint64{3, 4, 5}) {
		t.Errorf("Uints(a.u32) = %v, %v, %v", v, ok, err)
	}
	if _, _, err := f.Uints("a.i32"); err == nil {
		t.Error("Uints of [-5 6] succeeded")
	} else {
		checkErr(t, err, "kv.gguf", `key "a.i32"`, "element 0: int32 -5")
	}
	if _, _, err := f.Float("a.str"); err == nil {
		t.Error("Float of a string array succeeded")
	} else {
		checkErr(t, err, "kv.gguf", `key "a.str"`, "array of 3 string, want float32 or float64")
	}
	if _, ok, err := f.Str("absent"); ok || err != nil {
		t.Errorf("Str(absent) = %v, %v", ok, err)
	}
}

// TestSharedModels opens the GGUF files of ../shared/testdata: what
// llama.cpp's gguf-py writes must open, with llama.cpp's tensor names and
// our row-major shapes.
func TestSharedModels(t *testing.T) {
	dir := os.Getenv("GEMMA_BENCH_TESTDATA") // test binaries carried elsewhere
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "testdata")
	}
	dir = filepath.Join(dir, "models")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test data missing under CI: %v", err)
		}
		t.Skipf("shared test data not found: %v", err)
	}
	for _, m := range []struct {
		name   string
		arch   string
		vocab  int
		dim    int
		blocks uint64
	}{
		{"gemma1-tiny-mqa", "gemma", 512, 128, 2},
		{"gemma2-tiny", "gemma2", 512, 64, 26},
		{"gemma3-tiny", "gemma3", 512, 64, 6},
	} {
		t.Run(m.name, func(t *testing.T) {
			f, err := Open(filepath.Join(dir, m.name, "model-f32.gguf"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if a, _, _ := f.Str("general.architecture"); a != m.arch {
				t.Errorf("architecture %q, want %q", a, m.arch)
			}
			if n, _, _ := f.Uint(m.arch + ".block_count"); n != m.blocks {
				t.Errorf("block_count %d, want %d", n, m.blocks)
			}
			emb, ok := f.Tensor("token_embd.weight")
			if !ok || emb.Type != F32 || !reflect.DeepEqual(emb.Shape, []int{m.vocab, m.dim}) {
				t.Errorf("token_embd.weight: %v %v %v, want F32 [%d %d]", ok, emb.Type, emb.Shape, m.vocab, m.dim)
			}
			if toks, ok := f.Lookup("tokenizer.ggml.tokens"); !ok || arrayLen(toks) != m.vocab {
				t.Errorf("tokenizer.ggml.tokens: %v entries, want %d", arrayLen(toks), m.vocab)
			}
		})
	}
}
