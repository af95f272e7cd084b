package gguf

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenMalformed(t *testing.T) {
	_, valid := smallFile(t, t.TempDir())
	cases := []struct {
		name string
		file []byte
		what string // `tensor "x"` or `key "k"` the error must name, if any
		want []string
	}{
		{name: "empty file", file: nil, want: []string{"0 bytes", "shorter than the 4-byte magic"}},
		{name: "bad magic", file: []byte("GGML\x03\x00\x00\x00"), want: []string{`bad magic "GGML"`, "not a GGUF file"}},
		{name: "safetensors file", file: []byte{8, 0, 0, 0, 0, 0, 0, 0, '{', '}'}, want: []string{"bad magic", "08 00 00 00"}},
		{name: "version 1", file: head(1, 0, 0).Bytes(), want: []string{"version 1 is not supported"}},
		{name: "version 4", file: head(4, 0, 0).Bytes(), want: []string{"unsupported GGUF version 4 (want 2 or 3)"}},
		{name: "big-endian", file: head(3<<24, 0, 0).Bytes(), want: []string{"big-endian"}},
		{name: "truncated version", file: []byte("GGUF\x03\x00"), want: []string{"header: version", "run past the end", "truncated"}},
		{name: "truncated header", file: valid[:12], want: []string{"header: tensor count", "at byte 8", "truncated"}},
		{name: "tensor count huge", file: head(3, 1<<40, 0).Bytes(), want: []string{"tensor count 1099511627776 exceeds the limit"}},
		{name: "metadata count huge", file: head(3, 0, math.MaxUint64).Bytes(), want: []string{"metadata count", "exceeds the limit"}},
		{name: "counts cannot fit", file: head(3, 10, 10).raw(make([]byte, 100)...).Bytes(), want: []string{"cannot fit in the 100 bytes"}},
		{name: "truncated kv", file: head(3, 0, 1).str("general.name").u32(uint32(String)).u64(5).raw('a', 'b').Bytes(),
			what: `key "general.name"`, want: []string{"string value: 5 bytes", "run past the end", "truncated"}},
		{name: "key length past EOF", file: head(3, 0, 1).u64(1 << 40).raw(make([]byte, 20)...).Bytes(),
			want: []string{"metadata entry 0 of 1: key: 1099511627776 bytes at byte 32 run past the end"}},
		{name: "string value past EOF", file: head(3, 0, 1).str("general.name").u32(uint32(String)).u64(math.MaxUint64).Bytes(),
			what: `key "general.name"`, want: []string{"run past the end"}},
		{name: "empty key", file: head(3, 0, 1).str("").u32(uint32(Uint8)).raw(1).Bytes(), want: []string{"entry 0 of 1: empty key"}},
		{name: "key not UTF-8", file: head(3, 0, 1).str("a\xffb").u32(uint32(Uint8)).raw(1).Bytes(), want: []string{"not valid UTF-8"}},
		{name: "duplicate key", file: head(3, 0, 2).kvU32("a.b", 1).kvU32("a.b", 2).Bytes(), what: `key "a.b"`, want: []string{"duplicate key"}},
		{name: "unknown value type", file: head(3, 0, 1).str("k").u32(13).u32(0).Bytes(), what: `key "k"`, want: []string{"unknown value type 13"}},
		{name: "bad bool", file: head(3, 0, 1).str("k").u32(uint32(Bool)).raw(2).Bytes(), what: `key "k"`, want: []string{"bool byte 2", "want 0 or 1"}},
		{name: "nested array", file: head(3, 0, 1).str("k").u32(uint32(Array)).u32(uint32(Array)).u64(1).raw(make([]byte, 16)...).Bytes(),
			what: `key "k"`, want: []string{"nested arrays are not supported"}},
		{name: "array element type unknown", file: head(3, 0, 1).str("k").u32(uint32(Array)).u32(99).u64(0).Bytes(),
			what: `key "k"`, want: []string{"unknown element type 99"}},
		{name: "array past EOF", file: head(3, 0, 1).str("k").u32(uint32(Array)).u32(uint32(Uint32)).u64(1_000_000).raw(make([]byte, 40)...).Bytes(),
			what: `key "k"`, want: []string{"array of 1000000 uint32", "runs past the end"}},
		{name: "string array past EOF", file: head(3, 0, 1).str("k").u32(uint32(Array)).u32(uint32(String)).u64(2).str("x").u64(9).Bytes(),
			what: `key "k"`, want: []string{"array element 1: 9 bytes", "run past the end"}},
		{name: "alignment not a power of two", file: head(3, 0, 1).kvU32(AlignmentKey, 24).Bytes(), what: `key "general.alignment"`, want: []string{"24 is not a power of two"}},
		{name: "alignment zero", file: head(3, 0, 1).kvU32(AlignmentKey, 0).Bytes(), what: `key "general.alignment"`, want: []string{"0 is not a power of two"}},
		{name: "alignment wrong type", file: head(3, 0, 1).str(AlignmentKey).u32(uint32(Uint64)).u64(32).Bytes(), what: `key "general.alignment"`, want: []string{"uint64, want uint32"}},
		{name: "truncated tensor info", file: head(3, 1, 0).str("w").u32(2).u64(4).raw(make([]byte, 4)...).Bytes(), what: `tensor "w"`, want: []string{"ne[1]", "run past the end"}},
		{name: "too many dims", file: head(3, 1, 0).info("w", F32, 0, 1, 1, 1, 1, 1).data(32, 4), what: `tensor "w"`, want: []string{"5 dimensions, more than ggml's 4"}},
		{name: "negative dim", file: head(3, 1, 0).info("w", F32, 0, 4, math.MaxUint64).data(32, 16), what: `tensor "w"`, want: []string{"ne[1] = -1 is negative"}},
		{name: "unknown ggml type", file: head(3, 1, 0).info("w", 4, 0, 32).data(32, 64), what: `tensor "w"`, want: []string{"unknown ggml type 4"}},
		{name: "type past the enum", file: head(3, 1, 0).info("w", 1000, 0, 32).data(32, 64), what: `tensor "w"`, want: []string{"unknown ggml type 1000"}},
		{name: "row not whole blocks", file: head(3, 1, 0).info("w", Q8_0, 0, 48, 2).data(32, 102), what: `tensor "w"`, want: []string{"row of 48 values is not a whole number of Q8_0 blocks of 32"}},
		{name: "size overflow", file: head(3, 1, 0).info("w", F32, 0, 1<<40, 1<<40).data(32, 0), what: `tensor "w"`, want: []string{"overflows"}},
		{name: "size overflow by type", file: head(3, 1, 0).info("w", F64, 0, 1<<61).data(32, 0), what: `tensor "w"`, want: []string{"overflows"}},
		{name: "data past EOF", file: head(3, 1, 0).info("w", F32, 0, 8).data(32, 31), what: `tensor "w"`, want: []string{"32 bytes at offset 0 run past the end of the data section (31 bytes", "truncated"}},
		{name: "offset past EOF", file: head(3, 1, 0).info("w", F32, 1<<62, 8).data(32, 32), what: `tensor "w"`, want: []string{"run past the end"}},
		{name: "offset wraps", file: head(3, 1, 0).info("w", F32, math.MaxUint64-31, 8).data(32, 64), what: `tensor "w"`, want: []string{"run past the end"}},
		{name: "misaligned offset", file: head(3, 1, 0).info("w", F32, 4, 2).data(32, 32), what: `tensor "w"`, want: []string{"offset 4 is not a multiple of the alignment 32"}},
		{name: "misaligned for custom alignment", file: head(3, 1, 1).kvU32(AlignmentKey, 64).info("w", F32, 32, 2).data(64, 128), what: `tensor "w"`, want: []string{"alignment 64"}},
		{name: "overlapping tensors", file: head(3, 2, 0).info("a", F32, 0, 16).info("b", F32, 32, 16).data(32, 128), what: `tensor "b"`, want: []string{`overlaps tensor "a" [0, 64)`}},
		{name: "identical ranges", file: head(3, 2, 0).info("a", F16, 0, 4).info("b", F16, 0, 4).data(32, 32), want: []string{"overlaps tensor"}},
		{name: "duplicate tensor names", file: head(3, 2, 0).info("w", F32, 0, 1).info("w", F32, 32, 1).data(32, 64), what: `tensor "w"`, want: []string{"duplicate tensor name"}},
		{name: "empty tensor name", file: head(3, 1, 0).info("", F32, 0, 1).data(32, 32), want: []string{"tensor info 0 of 1: empty tensor name"}},
		{name: "tensor name too long", file: head(3, 1, 0).info(string(make([]byte, 64)), F32, 0, 1).data(32, 32), want: []string{"name of 64 bytes exceeds ggml's limit of 63"}},
	}
	dir := t.TempDir()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := "bad" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".gguf"
			path := writeBytes(t, filepath.Join(dir, base), tc.file)
			f, err := Open(path)
			if err == nil {
				f.Close()
			}
			t.Log(err)
			checkErr(t, err, base, tc.what, tc.want...)
			if !isFormatErr(err) {
				t.Errorf("error %v is not a *Error", err)
			}
		})
	}
}

// Oddities the format allows must open.
func TestOpenLenient(t *testing.T) {
	cases := []struct {
		name    string
		file    []byte
		tensors int
	}{
		{"no tensors, no data", head(3, 0, 0).Bytes(), 0},
		{"version 2", head(2, 1, 0).info("w", F32, 0, 4).data(32, 16), 1},
		{"gap between tensors", head(3, 2, 0).info("a", F32, 0, 1).info("b", F32, 64, 1).data(32, 68), 2},
		{"tensors out of offset order", head(3, 2, 0).info("a", F32, 32, 1).info("b", F32, 0, 1).data(32, 36), 2},
		{"zero-length inside another", head(3, 2, 0).info("a", F32, 0, 16).info("z", F16, 32, 0, 3).data(32, 64), 2},
		{"zero dim beside huge dim", head(3, 1, 0).info("z", F32, 0, 0, math.MaxInt64).data(32, 0), 1},
		{"scalar", head(3, 1, 0).info("s", BF16, 0).data(32, 2), 1},
		{"unsupported but known type", head(3, 1, 0).info("k", Q4_K, 0, 256).data(32, 144), 1},
		{"alignment 1", head(3, 1, 1).kvU32(AlignmentKey, 1).info("w", F16, 0, 3).data(1, 6), 1},
		{"trailing bytes", head(3, 1, 0).info("w", F32, 0, 1).data(32, 100), 1},
		{"empty arrays and strings", head(3, 0, 2).str("a").u32(uint32(Array)).u32(uint32(String)).u64(0).str("s").u32(uint32(String)).str("").Bytes(), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeBytes(t, filepath.Join(t.TempDir(), "ok.gguf"), tc.file)
			f, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := len(f.Tensors()); got != tc.tensors {
				t.Errorf("got %d tensors, want %d", got, tc.tensors)
			}
		})
	}
}

func TestOpenNotAFile(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	checkErr(t, err, dir, "", "not a regular file")

	missing := filepath.Join(dir, "missing.gguf")
	_, err = Open(missing)
	checkErr(t, err, "missing.gguf", "")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("errors.Is(%v, ErrNotExist) = false", err)
	}
	short := writeBytes(t, filepath.Join(dir, "short.gguf"), []byte("GG"))
	_, err = Open(short)
	checkErr(t, err, "short.gguf", "", "2 bytes, shorter than the 4-byte magic")
}
