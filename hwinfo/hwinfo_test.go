package hwinfo

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	_ "github.com/gemma-bench/gemma-bench/backends/all"
	"github.com/gemma-bench/gemma-bench/results"
)

// tiny sizes every measurement so that a test runs in a fraction of a
// second: the numbers are meaningless, only their plumbing is tested.
func tiny(dir string) Options {
	return Options{CacheDir: dir, Backends: []string{"go"}, Threads: 1, Formats: []string{"f32", "q8_0"},
		Shape: Shape{Rows: 8, Dim: 64, FFN: 96}, Reps: 1, BandwidthBytes: 1 << 20, BandwidthReps: 1}
}

func load(t *testing.T, o Options) *Info {
	t.Helper()
	info, err := LoadWith(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

func allCached(info *Info) bool {
	if !info.Bandwidth.Cached {
		return false
	}
	for _, p := range info.Peaks {
		if !p.Cached {
			return false
		}
	}
	return true
}

func noneCached(info *Info) bool {
	if info.Bandwidth.Cached {
		return false
	}
	for _, p := range info.Peaks {
		if p.Cached {
			return false
		}
	}
	return true
}

// TestMeasureAndCacheRoundTrip: a first Load measures positive numbers
// and writes the cache; a second reads exactly them back; Refresh
// measures again.
func TestMeasureAndCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first := load(t, tiny(dir))
	if len(first.Notes) != 0 || !noneCached(first) {
		t.Fatalf("first load: notes %q, cached %v", first.Notes, !noneCached(first))
	}
	if bw, basis := first.ReadBandwidth(); !(bw > 0) || !strings.Contains(basis, "1 threads") {
		t.Errorf("bandwidth %g (%s)", bw, basis)
	}
	for _, w := range []string{"f32", "Q8_0"} {
		if f, basis := first.PeakFLOPS("go", w); !(f > 0) || !strings.Contains(basis, "matmul peak") {
			t.Errorf("go %s: %g FLOP/s (%s)", w, f, basis)
		}
	}
	if f, basis := first.PeakFLOPS("simd", "f32"); f != 0 || basis != "" {
		t.Errorf("unmeasured backend: %g (%s)", f, basis)
	}
	if f, _ := first.PeakFLOPS("go", "bf16"); f != 0 {
		t.Errorf("unmeasured format: %g", f)
	}
	if _, err := os.Stat(first.CacheFile); err != nil || !strings.HasPrefix(first.CacheFile, dir) {
		t.Fatalf("cache file %s: %v", first.CacheFile, err)
	}

	second := load(t, tiny(dir))
	if len(second.Notes) != 0 || !allCached(second) {
		t.Fatalf("second load: notes %q, peaks %+v", second.Notes, second.Peaks)
	}
	if second.Bandwidth.BytesPerSec != first.Bandwidth.BytesPerSec || len(second.Peaks) != len(first.Peaks) {
		t.Fatalf("cache changed the numbers: %+v vs %+v", second, first)
	}
	for i := range first.Peaks {
		if second.Peaks[i].FLOPsPerSec != first.Peaks[i].FLOPsPerSec {
			t.Errorf("peak %d: %g, cached %g", i, first.Peaks[i].FLOPsPerSec, second.Peaks[i].FLOPsPerSec)
		}
	}
	if _, basis := second.PeakFLOPS("go", "f32"); !strings.Contains(basis, "(cached)") {
		t.Errorf("basis of a cached number does not say so: %s", basis)
	}

	// Another thread count is another key: measured, and the first kept.
	o := tiny(dir)
	o.Threads = 2
	if two := load(t, o); !noneCached(two) {
		t.Errorf("threads=2 served from threads=1's entries")
	}
	o.Refresh = true
	o.Threads = 1
	if again := load(t, o); !noneCached(again) {
		t.Errorf("--refresh served cached numbers")
	}
	var f cacheFile
	data, _ := os.ReadFile(first.CacheFile)
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Bandwidth) != 2 || len(f.Peaks) != 4 {
		t.Errorf("cache holds %d bandwidth and %d peak entries, want 2 and 4 (threads 1 and 2)", len(f.Bandwidth), len(f.Peaks))
	}
}

// TestPeakOfAnotherBuildMeasuredAgain: a peak in the cache that another
// executable measured (other kernels) is measured again, said in a note,
// and replaced in the file rather than kept beside the new one.
func TestPeakOfAnotherBuildMeasuredAgain(t *testing.T) {
	if buildID() == "" {
		t.Skip("this test binary cannot read itself")
	}
	f := goodFile(t)
	for i := range f.Peaks {
		if f.Peaks[i].Build != buildID() {
			t.Fatalf("peak %d: build %q, this executable is %q", i, f.Peaks[i].Build, buildID())
		}
		f.Peaks[i].Build = "0123456789abcdef"
	}
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := writeFile(t, dir, data)
	info := load(t, tiny(dir))
	if !noneCached(&Info{Peaks: info.Peaks}) || len(info.Peaks) != 2 {
		t.Fatalf("peaks of another build served: %+v", info.Peaks)
	}
	if len(info.Notes) != 2 || !strings.Contains(info.Notes[0], "another build") {
		t.Errorf("notes %q", info.Notes)
	}
	var g cacheFile
	data, _ = os.ReadFile(path)
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Peaks) != 2 || g.Peaks[0].Build != buildID() || g.Peaks[1].Build != buildID() {
		t.Errorf("cache after: %+v", g.Peaks)
	}
}

// writeFile plants a cache file for this host's fingerprint.
func writeFile(t *testing.T, dir string, data []byte) string {
	t.Helper()
	fp := Fingerprint(results.HostOf())
	path := cachePath(dir, fp)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// goodFile is a valid cache file for this host, as a first Load writes it.
func goodFile(t *testing.T) cacheFile {
	t.Helper()
	dir := t.TempDir()
	info := load(t, tiny(dir))
	data, err := os.ReadFile(info.CacheFile)
	if err != nil {
		t.Fatal(err)
	}
	var f cacheFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestOtherHostIgnored: a file whose host differs is never trusted, even
// under this host's file name and fingerprint (a copied cache directory).
func TestOtherHostIgnored(t *testing.T) {
	f := goodFile(t)
	f.Host.CPU = "Some Other CPU @ 9.9GHz"
	f.Peaks[0].FLOPsPerSec = 1e15 // a number that must not come back
	data, _ := json.Marshal(f)
	dir := t.TempDir()
	path := writeFile(t, dir, data)
	info := load(t, tiny(dir))
	if len(info.Notes) != 1 || !strings.Contains(info.Notes[0], "another host") || !strings.Contains(info.Notes[0], path) {
		t.Fatalf("notes %q", info.Notes)
	}
	if !noneCached(info) || info.Peaks[0].FLOPsPerSec == 1e15 {
		t.Fatalf("numbers from another host were used: %+v", info.Peaks)
	}
	// Rewritten for this host: the next load trusts it.
	if next := load(t, tiny(dir)); len(next.Notes) != 0 || !allCached(next) {
		t.Fatalf("after rewrite: notes %q", next.Notes)
	}
}

// TestCorruptCacheIgnored: whatever is wrong with the file, Load says so
// and measures; a bad entry in a good file is dropped alone.
func TestCorruptCacheIgnored(t *testing.T) {
	good := goodFile(t)
	marshal := func(edit func(*cacheFile)) []byte {
		f := good
		f.Peaks = slices.Clone(good.Peaks)
		f.Bandwidth = slices.Clone(good.Bandwidth)
		edit(&f)
		b, _ := json.Marshal(f)
		return b
	}
	whole, _ := json.Marshal(good)
	cases := []struct {
		name string
		data []byte
		note string // in the first note
		kept int    // peaks still served from the cache
	}{
		{"empty", nil, "not a hwinfo cache file", 0},
		{"truncated", whole[:len(whole)/2], "not a hwinfo cache file", 0},
		{"garbage", []byte("\x00\x01 not json"), "not a hwinfo cache file", 0},
		{"trailing data", append(append([]byte{}, whole...), []byte(` {"schema":1}`)...), "data after", 0},
		{"unknown field", []byte(strings.Replace(string(whole), `"schema":1`, `"schema":1,"extra":true`, 1)), "unknown field", 0},
		{"newer schema", marshal(func(f *cacheFile) { f.Schema = 2 }), "schema 2", 0},
		{"other fingerprint", marshal(func(f *cacheFile) { f.Fingerprint = "0123456789abcdef" }), "another host", 0},
		{"negative peak", marshal(func(f *cacheFile) { f.Peaks[0].FLOPsPerSec = -1 }), "dropping peak entry 0", 1},
		{"unknown format", marshal(func(f *cacheFile) { f.Peaks[1].Weights = "q2_k" }), "dropping peak entry 1", 1},
		{"zero bandwidth", marshal(func(f *cacheFile) { f.Bandwidth[0].BytesPerSec = 0 }), "dropping bandwidth entry 0", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, c.data)
			info := load(t, tiny(dir))
			if len(info.Notes) == 0 || !strings.Contains(info.Notes[0], c.note) {
				t.Fatalf("notes %q, want %q", info.Notes, c.note)
			}
			kept := 0
			for _, p := range info.Peaks {
				if p.Cached {
					kept++
				}
				if !(p.FLOPsPerSec > 0) {
					t.Errorf("peak %s %s: %g", p.Backend, p.Weights, p.FLOPsPerSec)
				}
			}
			if kept != c.kept {
				t.Errorf("%d peaks served from the cache, want %d", kept, c.kept)
			}
			if !(info.Bandwidth.BytesPerSec > 0) {
				t.Errorf("bandwidth %g", info.Bandwidth.BytesPerSec)
			}
			if next := load(t, tiny(dir)); len(next.Notes) != 0 || !allCached(next) {
				t.Errorf("the rewritten cache is not trusted: %q", next.Notes)
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	h := results.Host{CPU: "X", CPUFlags: []string{"avx2", "fma"}, Cores: 8, MemBytes: 16 << 30, OS: "linux", Arch: "amd64", Hostname: "a", Kernel: "6.1"}
	fp := Fingerprint(h)
	same := h
	same.CPUFlags = []string{"fma", "avx2"}
	same.Hostname, same.Kernel = "b", "6.8"
	same.MemBytes -= 40 << 20 // MemTotal moves a little between kernels
	if Fingerprint(same) != fp || !sameHost(h, same) {
		t.Errorf("flag order, hostname, kernel or a few MiB changed the fingerprint")
	}
	for _, edit := range []func(*results.Host){
		func(h *results.Host) { h.CPU = "Y" },
		func(h *results.Host) { h.CPUFlags = h.CPUFlags[:1] },
		func(h *results.Host) { h.Cores = 4 },
		func(h *results.Host) { h.MemBytes = 32 << 30 },
		func(h *results.Host) { h.Arch = "arm64" },
	} {
		o := h
		o.CPUFlags = slices.Clone(h.CPUFlags)
		edit(&o)
		if Fingerprint(o) == fp || sameHost(h, o) {
			t.Errorf("%+v has the fingerprint of %+v", o, h)
		}
	}
}

// TestUnsupportedFormatRecorded: a backend that cannot run the probe says
// why, as a 0 peak with a reason, and that answer is cached too.
func TestUnsupportedFormatRecorded(t *testing.T) {
	dir := t.TempDir()
	o := tiny(dir)
	o.Backends = []string{fakeName}
	info := load(t, o)
	if len(info.Peaks) != 2 {
		t.Fatalf("peaks %+v", info.Peaks)
	}
	f, basis := info.PeakFLOPS(fakeName, "f32")
	if f != 0 || !strings.Contains(basis, "not implemented") {
		t.Errorf("unsupported: %g (%s)", f, basis)
	}
	if next := load(t, o); !allCached(next) || next.Peaks[0].Unsupported == "" {
		t.Errorf("the unsupported answer was not cached: %+v", next.Peaks)
	}
}

func TestOptionErrors(t *testing.T) {
	for _, o := range []Options{
		{Formats: []string{"q3_k"}},
		{Backends: []string{":x=1"}},
		{Shape: Shape{Rows: 8, Dim: 60, FFN: 64}},
		{Threads: 5000},
	} {
		if _, err := LoadWith(context.Background(), o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	if _, err := Load(context.Background(), t.TempDir(), []string{"no-such-backend"}, 1, false); err == nil || !strings.Contains(err.Error(), "no-such-backend") {
		t.Errorf("unknown backend: %v", err)
	}
}

func TestNormSpec(t *testing.T) {
	a, _ := normSpec("simd:math=exact,kernels=avx2")
	b, _ := normSpec("simd:kernels=avx2,math=exact")
	if a != b || a != "simd:kernels=avx2,math=exact" {
		t.Errorf("%q, %q", a, b)
	}
}

// fakeName is a backend that cannot compile anything: what a GPU backend
// without a kernel for a format answers.
const fakeName = "hwinfo-test-unsupported"

func init() {
	// No test here uses the default backend set, which would include it.
	backends.Register(backends.Registration{Name: fakeName, Priority: -100,
		Open: func(backends.Options) (backends.Backend, error) { return fakeBackend{}, nil }})
}

type fakeBackend struct{}

func (fakeBackend) Name() string { return fakeName }
func (fakeBackend) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	return fakeCache{l}, nil
}
func (fakeBackend) Compile(*backends.Graph) (backends.Executable, error) {
	return nil, backends.ErrNotImplemented
}
func (fakeBackend) Close() error { return nil }

type fakeCache struct{ l backends.KVLayout }

func (c fakeCache) Layout() backends.KVLayout        { return c.l }
func (c fakeCache) Bytes() int64                     { return 0 }
func (c fakeCache) CopyPrefix(dst, src, n int) error { return nil }
func (c fakeCache) Close() error                     { return nil }
