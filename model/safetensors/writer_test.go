package safetensors

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func TestCreateRejectsBadSpecs(t *testing.T) {
	cases := []struct {
		name   string
		specs  []TensorSpec
		tensor string
		want   string
	}{
		{"duplicate", []TensorSpec{{"a", F32, []int{1}}, {"a", F32, []int{2}}}, "a", "duplicate tensor name"},
		{"negative dim", []TensorSpec{{"a", F32, []int{2, -1}}}, "a", "negative dimension"},
		{"zero dtype", []TensorSpec{{"a", 0, []int{1}}}, "a", "invalid dtype DType(0)"},
		{"out of range dtype", []TensorSpec{{"a", 200, []int{1}}}, "a", "invalid dtype DType(200)"},
		{"overflow", []TensorSpec{{"a", F32, []int{1 << 62, 4}}}, "a", "overflows"},
		{"empty name", []TensorSpec{{"", F32, []int{1}}}, "", "invalid tensor name"},
		{"metadata name", []TensorSpec{{metadataKey, F32, []int{1}}}, metadataKey, "invalid tensor name"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.safetensors")
			w, err := Create(path, tc.specs, nil)
			if err == nil {
				w.Abort()
			}
			checkErr(t, err, "x.safetensors", tc.tensor, tc.want)
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left behind: %v", entries)
			}
		})
	}
}

// Every way of failing to supply the data must leave no file under the final
// name and no temporary file either.
func TestWriterFailuresLeaveNothing(t *testing.T) {
	specs := []TensorSpec{{"a", F32, []int{4}}, {"b", BF16, []int{2}}, {"z", F16, []int{0}}}
	boom := errors.New("boom")
	cases := []struct {
		name  string
		write func(w *Writer) error // returns the error WriteTensor* gave, if any
		want  []string
	}{
		{"missing tensor", func(w *Writer) error {
			return w.WriteTensorBytes("a", make([]byte, 16))
		}, []string{"1 tensor(s) never written", `"b"`}},
		{"fill error", func(w *Writer) error {
			return w.WriteTensor("a", func(int64, []byte) error { return boom })
		}, []string{`tensor "a"`, "boom"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.safetensors")
			w, err := Create(path, specs, nil)
			if err != nil {
				t.Fatal(err)
			}
			werr := tc.write(w)
			err = w.Close()
			checkErr(t, err, "x.safetensors", "", tc.want...)
			if werr != nil && !errors.Is(err, boom) {
				t.Errorf("Close error %v does not wrap the fill error", err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left behind: %v", entries)
			}
		})
	}
}

func TestWriterMisuse(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.safetensors")
	w, err := Create(path, []TensorSpec{{"a", F32, []int{2}}, {"z", F32, []int{0}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	checkErr(t, w.WriteTensorBytes("nope", nil), "x.safetensors", "nope", "not declared")
	checkErr(t, w.WriteTensorBytes("a", make([]byte, 7)), "x.safetensors", "a", "got 7 bytes, want 8")
	if err := w.WriteTensorBytes("a", make([]byte, 8)); err != nil {
		t.Fatal(err)
	}
	checkErr(t, w.WriteTensorBytes("a", make([]byte, 8)), "x.safetensors", "a", "written twice")
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("final file exists before Close")
	}
	// "z" has no bytes, so not writing it is fine.
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	checkErr(t, w.Close(), "x.safetensors", "", "Close called twice")
	checkErr(t, w.WriteTensorBytes("a", make([]byte, 8)), "x.safetensors", "a", "after Close")
	noTmpFiles(t, dir)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestWriterConcurrent(t *testing.T) {
	var specs []TensorSpec
	for i := range 16 {
		specs = append(specs, TensorSpec{Name: string(rune('a' + i)), DType: BF16, Shape: []int{100, i + 1}})
	}
	path := filepath.Join(t.TempDir(), "x.safetensors")
	w, err := Create(path, specs, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.sw.Chunk = 64
	var wg sync.WaitGroup
	for _, s := range specs {
		wg.Go(func() {
			if err := w.WriteTensor(s.Name, func(off int64, dst []byte) error {
				pattern(s.Name, off, dst)
				return nil
			}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, ti := range f.Tensors() {
		if string(ti.Data) != string(patternBytes(ti.Name, int64(len(ti.Data)))) {
			t.Errorf("%s: data differs", ti.Name)
		}
	}
}

func TestDType(t *testing.T) {
	for _, tc := range []struct {
		d         DType
		s         string
		size      int
		supported bool
	}{
		{F32, "F32", 4, true}, {F16, "F16", 2, true}, {BF16, "BF16", 2, true},
		{F64, "F64", 8, false}, {I8, "I8", 1, false}, {BOOL, "BOOL", 1, false},
		{F8_E5M2, "F8_E5M2", 1, false}, {0, "DType(0)", 0, false}, {200, "DType(200)", 0, false},
	} {
		if tc.d.String() != tc.s || tc.d.Size() != tc.size || tc.d.Supported() != tc.supported {
			t.Errorf("%d: got %s/%d/%v, want %s/%d/%v", tc.d, tc.d, tc.d.Size(), tc.d.Supported(), tc.s, tc.size, tc.supported)
		}
		if tc.d.Size() > 0 {
			if got, err := ParseDType(tc.s); err != nil || got != tc.d {
				t.Errorf("ParseDType(%q) = %v, %v", tc.s, got, err)
			}
		}
	}
	if got, err := ParseDType("bf16"); err != nil || got != BF16 {
		t.Errorf("ParseDType(bf16) = %v, %v", got, err)
	}
	if _, err := ParseDType("q4_0"); err == nil {
		t.Error("ParseDType(q4_0) succeeded")
	}
}

// Writing and opening a tensor far bigger than a chunk must not allocate
// anything near its size: that is what lets a 5 GB checkpoint be
// synthesised and read on a small machine.
func TestStreamingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 64 MiB")
	}
	const size = 64 << 20
	dir := t.TempDir()
	specs := []TensorSpec{{"big", F32, []int{size / 4}}, {"small", BF16, []int{3}}}
	allocated := func(f func()) uint64 {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	var err error
	got := allocated(func() { err = WriteSharded(dir, specs, nil, 0, fillPattern) })
	if err != nil {
		t.Fatal(err)
	}
	// One chunk buffer, plus slack for a pool emptied by GC or the race detector.
	if got > 4*ChunkSize {
		t.Errorf("writing %d bytes allocated %d bytes", size, got)
	}
	var c *Checkpoint
	got = allocated(func() { c, err = OpenDir(dir) })
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got > 1<<20 {
		t.Errorf("opening a %d-byte file allocated %d bytes", size, got)
	}
	ti, _ := c.Tensor("big")
	want := make([]byte, 4096)
	pattern("big", size-4096, want)
	if string(ti.Data[size-4096:]) != string(want) {
		t.Error("tail of big tensor differs")
	}
}

// The writer accepts every dtype of the format so that tests can build
// files the reader must reject.
func TestWriteUnsupportedDType(t *testing.T) {
	dir := t.TempDir()
	specs := []TensorSpec{{"ok", BF16, []int{2}}, {"ids", I64, []int{3}}}
	if err := WriteSharded(dir, specs, nil, 0, fillPattern); err != nil {
		t.Fatal(err)
	}
	_, err := OpenDir(dir)
	checkErr(t, err, SingleFileName, "ids", "unsupported dtype I64")
	if !errors.Is(err, ErrUnsupportedDType) {
		t.Errorf("errors.Is(%v, ErrUnsupportedDType) = false", err)
	}
}
