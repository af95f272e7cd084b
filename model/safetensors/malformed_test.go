package safetensors

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A valid two-tensor header used as the base of several cases: a is F32
// [2, 2] at [0, 16), b is BF16 [4] at [16, 24).
const okHeader = `{"__metadata__":{"format":"pt"},` +
	`"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},` +
	`"b":{"dtype":"BF16","shape":[4],"data_offsets":[16,24]}}`

func lengthOnly(n uint64, total int) []byte {
	b := make([]byte, total)
	binary.LittleEndian.PutUint64(b, n)
	return b
}

func TestOpenMalformed(t *testing.T) {
	truncated := image(okHeader, 24)
	truncated = truncated[:len(truncated)-3]

	cases := []struct {
		name    string
		file    []byte
		tensor  string // tensor the error must name, if any
		want    []string
		unsuppt bool // want errors.Is(err, ErrUnsupportedDType)
	}{
		{name: "empty file", file: nil, want: []string{"0 bytes", "shorter than the 8-byte"}},
		{name: "shorter than 8 bytes", file: []byte{1, 2, 3, 4, 5}, want: []string{"5 bytes"}},
		{name: "header length past EOF", file: lengthOnly(1000, 50), want: []string{"header length 1000 runs past the end"}},
		{name: "header length huge", file: lengthOnly(1<<63, 64), want: []string{"exceeds the limit"}},
		{name: "header length just over limit", file: lengthOnly(MaxHeaderSize+1, 64), want: []string{"exceeds the limit"}},
		{name: "truncated data", file: truncated, tensor: "b", want: []string{"run past the end of the data section", "truncated"}},
		{name: "not JSON", file: image("hello!!!", 0), want: []string{"header: invalid JSON: invalid character"}},
		{name: "JSON array", file: image(`[{"a":1}]`, 0), want: []string{"is an array, want an object"}},
		{name: "JSON string", file: image(`"x"`, 0), want: []string{"is a string, want an object"}},
		{name: "truncated JSON", file: image(`{"a":{"dtype":"F32"`, 0), tensor: "a", want: []string{"invalid JSON: unexpected EOF"}},
		{name: "trailing garbage", file: image(`{} x`, 0), want: []string{"after the JSON object"}},
		{name: "two objects", file: image(`{}{}`, 0), want: []string{"after the JSON object"}},
		{name: "invalid UTF-8", file: image("{\"\xff\":{}}", 0), want: []string{"UTF-8"}},
		{name: "entry not object", file: image(`{"a":5}`, 0), tensor: "a", want: []string{"is a number, want an object"}},
		{name: "offsets past end", file: image(`{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, 8), tensor: "a", want: []string{"data_offsets [0, 16] run past the end", "8 bytes"}},
		{name: "begin past end of data", file: image(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[9,9]}}`, 8), tensor: "a", want: []string{"run past the end"}},
		{name: "begin greater than end", file: image(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}}`, 8), tensor: "a", want: []string{"begin > end"}},
		{name: "overlapping tensors", file: image(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12), tensor: "b", want: []string{`overlap tensor "a"`}},
		{name: "identical ranges", file: image(`{"b":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"a":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}`, 4), want: []string{"overlap"}},
		{name: "shape times dtype mismatch", file: image(`{"w":{"dtype":"BF16","shape":[3,2],"data_offsets":[0,16]}}`, 16), tensor: "w", want: []string{"needs 12 bytes", "hold 16"}},
		{name: "dtype size mismatch", file: image(`{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,8]}}`, 8), tensor: "w", want: []string{"needs 16 bytes"}},
		{name: "negative dimension", file: image(`{"w":{"dtype":"F32","shape":[-1,4],"data_offsets":[0,0]}}`, 0), tensor: "w", want: []string{"shape[0] is negative"}},
		{name: "fractional dimension", file: image(`{"w":{"dtype":"F32","shape":[1.5],"data_offsets":[0,0]}}`, 0), tensor: "w", want: []string{"not an integer"}},
		{name: "string dimension", file: image(`{"w":{"dtype":"F32","shape":["4"],"data_offsets":[0,16]}}`, 16), tensor: "w", want: []string{"shape[0] is a string"}},
		{name: "negative offset", file: image(`{"w":{"dtype":"F32","shape":[0],"data_offsets":[-4,0]}}`, 0), tensor: "w", want: []string{"negative"}},
		{name: "shape overflow", file: image(`{"w":{"dtype":"F32","shape":[4611686018427387904,4611686018427387904],"data_offsets":[0,0]}}`, 0), tensor: "w", want: []string{"overflows"}},
		{name: "shape overflow by dtype", file: image(`{"w":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,0]}}`, 0), tensor: "w", want: []string{"overflows"}},
		{name: "duplicate names", file: image(`{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, 8), tensor: "w", want: []string{"duplicate tensor name"}},
		{name: "duplicate field", file: image(`{"w":{"dtype":"F32","dtype":"F16","shape":[1],"data_offsets":[0,4]}}`, 4), tensor: "w", want: []string{`duplicate key "dtype"`}},
		{name: "duplicate metadata", file: image(`{"__metadata__":{},"__metadata__":{}}`, 0), want: []string{"duplicate __metadata__"}},
		{name: "unknown dtype", file: image(`{"w":{"dtype":"Q4_0","shape":[1],"data_offsets":[0,4]}}`, 4), tensor: "w", want: []string{`unknown dtype "Q4_0"`}},
		{name: "lower-case dtype", file: image(`{"w":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}}`, 4), tensor: "w", want: []string{`unknown dtype "f32"`}},
		{name: "unsupported dtype I64", file: image(`{"w":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}}`, 8), tensor: "w", want: []string{"unsupported dtype I64"}, unsuppt: true},
		{name: "unsupported dtype F8_E4M3", file: image(`{"w":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}}`, 1), tensor: "w", want: []string{"unsupported dtype F8_E4M3"}, unsuppt: true},
		{name: "missing dtype", file: image(`{"w":{"shape":[1],"data_offsets":[0,4]}}`, 4), tensor: "w", want: []string{"missing dtype"}},
		{name: "missing shape", file: image(`{"w":{"dtype":"F32","data_offsets":[0,4]}}`, 4), tensor: "w", want: []string{"missing shape"}},
		{name: "missing offsets", file: image(`{"w":{"dtype":"F32","shape":[1]}}`, 4), tensor: "w", want: []string{"missing data_offsets"}},
		{name: "three offsets", file: image(`{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}`, 8), tensor: "w", want: []string{"3 elements"}},
		{name: "metadata not strings", file: image(`{"__metadata__":{"n":1}}`, 0), want: []string{"__metadata__", "is a number, want a string"}},
		{name: "metadata not object", file: image(`{"__metadata__":[]}`, 0), want: []string{"__metadata__", "is an array"}},
		{name: "empty tensor name", file: image(`{"":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}}`, 0), want: []string{"empty tensor name"}},
	}
	dir := t.TempDir()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := "bad" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".safetensors"
			path := writeBytes(t, filepath.Join(dir, base), tc.file)
			f, err := Open(path)
			if err == nil {
				f.Close()
			}
			t.Log(err)
			checkErr(t, err, base, tc.tensor, tc.want...)
			if !isFormatErr(err) {
				t.Errorf("error %v is not a *Error", err)
			}
			if tc.unsuppt != errors.Is(err, ErrUnsupportedDType) {
				t.Errorf("errors.Is(err, ErrUnsupportedDType) = %v, want %v", !tc.unsuppt, tc.unsuppt)
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
		{"empty header", image(`{}`, 0), 0},
		{"padded header", image(`{}      `, 0), 0},
		{"null metadata", image(`{"__metadata__":null}`, 0), 0},
		{"gap between tensors", image(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}`, 16), 2},
		{"zero-length inside another", image(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"z":{"dtype":"F16","shape":[3,0],"data_offsets":[4,4]}}`, 8), 2},
		{"zero dim beside huge dim", image(`{"z":{"dtype":"F32","shape":[9223372036854775807,0],"data_offsets":[0,0]}}`, 0), 1},
		{"scalar", image(`{"s":{"dtype":"BF16","shape":[],"data_offsets":[0,2]}}`, 2), 1},
		{"extra fields", image(`{"a":{"dtype":"F32","extra":{"x":[1,{}]},"shape":[1],"data_offsets":[0,4]}}`, 4), 1},
		{"whitespace around", image(" \n{ \"a\" : {\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]} }\n ", 4), 1},
		{"trailing data", image(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, 100), 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeBytes(t, filepath.Join(t.TempDir(), "ok.safetensors"), tc.file)
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

	missing := filepath.Join(dir, "missing.safetensors")
	_, err = Open(missing)
	checkErr(t, err, "missing.safetensors", "")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("errors.Is(%v, ErrNotExist) = false", err)
	}
}
