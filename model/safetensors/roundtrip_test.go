package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unsafe"
)

var mixedSpecs = []TensorSpec{
	{"model.embed_tokens.weight", BF16, []int{16, 8}},
	{"model.norm.weight", F32, []int{8}},
	{"odd.f16", F16, []int{3}}, // 6 bytes: would misalign what follows if not reordered
	{"layers.0.q", F32, []int{8, 8}},
	{"layers.0.k", BF16, []int{5, 3}},
	{"empty", F16, []int{0, 7}},
	{"scalar", F32, []int{}},
	{"layers.1.q", F16, []int{7, 9}},
}

func fillPattern(name string, off int64, dst []byte) error {
	pattern(name, off, dst)
	return nil
}

func TestRoundTrip(t *testing.T) {
	total := int64(0)
	for _, s := range mixedSpecs {
		n, _ := s.NumBytes()
		total += n
	}
	cases := []struct {
		name     string
		maxShard int64
		shards   int // 0: single file
	}{
		{"single, no limit", 0, 0},
		{"single, at limit", total, 0},
		{"sharded, two", total - 1, 2},
		{"sharded, one tensor each", 1, len(mixedSpecs) - 1}, // "empty" shares with "scalar"
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			md := map[string]string{"format": "pt", "note": `quotes " and \ survive`}
			if err := WriteSharded(dir, mixedSpecs, md, tc.maxShard, fillPattern); err != nil {
				t.Fatal(err)
			}
			noTmpFiles(t, dir)
			c, err := OpenDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()

			wantFiles := max(tc.shards, 1)
			if got := len(c.Paths()); got != wantFiles {
				t.Errorf("read from %d files, want %d", got, wantFiles)
			}
			if tc.shards == 0 {
				if !maps(c.Metadata(), md) {
					t.Errorf("metadata = %v, want %v", c.Metadata(), md)
				}
			} else if c.Metadata()["total_size"] != itoa(total) {
				t.Errorf("index metadata = %v, want total_size %d", c.Metadata(), total)
			}

			got := c.Tensors()
			if !slices.IsSortedFunc(got, func(a, b TensorInfo) int { return cmpStr(a.Name, b.Name) }) {
				t.Error("Tensors() not sorted by name")
			}
			if len(got) != len(mixedSpecs) {
				t.Fatalf("got %d tensors, want %d", len(got), len(mixedSpecs))
			}
			for _, s := range mixedSpecs {
				ti, ok := c.Tensor(s.Name)
				if !ok {
					t.Fatalf("tensor %q missing", s.Name)
				}
				n, _ := s.NumBytes()
				if ti.DType != s.DType || !slices.Equal(ti.Shape, s.Shape) || ti.NumElements()*s.DType.Size() != int(n) {
					t.Errorf("%s: got %v %v, want %v %v", s.Name, ti.DType, ti.Shape, s.DType, s.Shape)
				}
				if !bytes.Equal(ti.Data, patternBytes(s.Name, n)) {
					t.Errorf("%s: data differs", s.Name)
				}
				if n > 0 && uintptr(unsafe.Pointer(&ti.Data[0]))%uintptr(s.DType.Size()) != 0 {
					t.Errorf("%s: data not aligned to %d bytes", s.Name, s.DType.Size())
				}
			}
		})
	}
}

func maps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			return false
		}
	}
	return true
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// The header must be what other readers expect: 8-byte aligned data start,
// contiguous offsets from 0, and an index in the HF layout.
func TestWrittenLayout(t *testing.T) {
	dir := t.TempDir()
	if err := WriteSharded(dir, mixedSpecs, nil, 300, fillPattern); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, IndexFileName))
	if err != nil {
		t.Fatal(err)
	}
	var index struct {
		Metadata  map[string]any
		WeightMap map[string]string `json:"weight_map"`
	}
	if err := json.Unmarshal(raw, &index); err != nil {
		t.Fatal(err)
	}
	if _, ok := index.Metadata["total_size"].(float64); !ok {
		t.Errorf("index metadata.total_size is %T, want a number", index.Metadata["total_size"])
	}
	shards := map[string]bool{}
	for _, s := range index.WeightMap {
		shards[s] = true
	}
	for s := range shards {
		b, err := os.ReadFile(filepath.Join(dir, s))
		if err != nil {
			t.Fatal(err)
		}
		n := binary.LittleEndian.Uint64(b)
		if n%8 != 0 {
			t.Errorf("%s: header length %d not a multiple of 8", s, n)
		}
		var hdr map[string]struct {
			Offsets []int64 `json:"data_offsets"`
		}
		if err := json.Unmarshal(b[8:8+n], &hdr); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		var ranges [][]int64
		for name, e := range hdr {
			if name != metadataKey {
				ranges = append(ranges, e.Offsets)
			}
		}
		slices.SortFunc(ranges, func(a, b []int64) int { return int(a[0] - b[0]) })
		end := int64(0)
		for _, r := range ranges {
			if r[0] != end {
				t.Errorf("%s: gap or overlap at %d (range %v)", s, end, r)
			}
			end = r[1]
		}
		if int64(len(b)) != 8+int64(n)+end {
			t.Errorf("%s: file is %d bytes, want %d", s, len(b), 8+int64(n)+end)
		}
	}
	if len(shards) < 2 {
		t.Errorf("expected several shards, got %v", shards)
	}
}

// Switching layouts must not leave the old one to shadow the new.
func TestWriteShardedReplacesOtherLayout(t *testing.T) {
	dir := t.TempDir()
	if err := WriteSharded(dir, mixedSpecs, nil, 0, fillPattern); err != nil {
		t.Fatal(err)
	}
	if err := WriteSharded(dir, mixedSpecs, nil, 100, fillPattern); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, SingleFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale %s survived a sharded write", SingleFileName)
	}
	if err := WriteSharded(dir, mixedSpecs, nil, 0, fillPattern); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, IndexFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale %s survived a single-file write", IndexFileName)
	}
}

func TestWriterChunks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.safetensors")
	specs := []TensorSpec{{"w", F32, []int{10}}, {"h", BF16, []int{7}}}
	w, err := Create(path, specs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	w.sw.Chunk = 10 // rounds down to 8 bytes for F32, 10 for BF16
	for _, s := range specs {
		var calls [][2]int64
		err := w.WriteTensor(s.Name, func(off int64, dst []byte) error {
			calls = append(calls, [2]int64{off, int64(len(dst))})
			pattern(s.Name, off, dst)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][][2]int64{
			"w": {{0, 8}, {8, 8}, {16, 8}, {24, 8}, {32, 8}},
			"h": {{0, 10}, {10, 4}},
		}[s.Name]
		if !slices.Equal(calls, want) {
			t.Errorf("%s: fill calls %v, want %v", s.Name, calls, want)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range specs {
		ti, _ := f.Tensor(s.Name)
		if !bytes.Equal(ti.Data, patternBytes(s.Name, int64(len(ti.Data)))) {
			t.Errorf("%s: data differs", s.Name)
		}
	}
}
