//go:build cgo && linux

package cuda

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
)

// A file that is not a library: the error names the file and carries
// dlerror's reason.
func TestDlopenNotALibrary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "libcuda.so.1")
	if err := os.WriteFile(p, []byte("not an ELF file, just text long enough to have a header's size......"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := dlopen("CUDA driver", p, false)
	if err == nil {
		t.Fatal("dlopen of a text file succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, p) || !strings.Contains(msg, "invalid ELF header") {
		t.Errorf("error %q does not name %s and dlerror's reason", msg, p)
	}
	empty := filepath.Join(dir, "libempty.so.1")
	os.WriteFile(empty, nil, 0o644)
	if _, err := dlopen("x", empty, false); err == nil || !strings.Contains(err.Error(), "file too short") {
		t.Errorf("empty file: %v", err)
	}
}

// openFirst on a library that exists nowhere says where it looked; on
// one whose only candidate is broken it says why that candidate failed.
func TestOpenFirstMessages(t *testing.T) {
	fake := Library{"fake", []string{"libgemmabench-fake.so.13", "libgemmabench-fake.so.12"}}
	dir := t.TempDir()
	s := Search{Dirs: []string{dir}, Root: t.TempDir()}
	_, err := openFirst(fake, s, false)
	if err == nil || !strings.Contains(err.Error(), "libgemmabench-fake.so.13/.12 not found in: "+dir) {
		t.Errorf("missing library: %v", err)
	}
	bad := filepath.Join(dir, "libgemmabench-fake.so.12")
	os.WriteFile(bad, nil, 0o644)
	_, err = openFirst(fake, s, false)
	if err == nil || !strings.Contains(err.Error(), "found but not loadable") || !strings.Contains(err.Error(), bad) {
		t.Errorf("broken library: %v", err)
	}
}

// A real shared library loads and resolves, and a missing symbol is an
// error naming the library and the symbol.
func TestSymbols(t *testing.T) {
	l, err := dlopen("libc", "libc.so.6", false)
	if err != nil {
		t.Skipf("no libc.so.6 to test with: %v", err)
	}
	if _, err := l.sym("gemmabench_nosuch_v2", "gemmabench_nosuch"); err == nil || !strings.Contains(err.Error(), "gemmabench_nosuch_v2 or gemmabench_nosuch") {
		t.Errorf("missing symbol: %v", err)
	}
	if p, err := l.sym("gemmabench_nosuch", "strlen"); err != nil || p == nil {
		t.Errorf("fallback name: %v", err)
	}
}

// Probe either finds everything (a GPU machine) or says what is missing;
// it never panics, and backends.Open reports it as unavailable.
func TestProbeSaysWhatIsMissing(t *testing.T) {
	err := probe()
	if l, lerr := load(SearchFromEnv("")); lerr == nil {
		t.Logf("CUDA found here: %s", l.summary())
		if !experimental() && (err == nil || !strings.Contains(err.Error(), "not built yet")) {
			t.Errorf("probe with every library present: %v, want the not-built refusal", err)
		}
		return
	}
	if err == nil {
		t.Fatal("probe passed without the libraries")
	}
	msg := err.Error()
	if !strings.Contains(msg, "libcuda.so.1") && !strings.Contains(msg, "cuDeviceGetCount") && !strings.Contains(msg, "cuInit") {
		t.Errorf("probe error does not name the driver's problem: %s", msg)
	}
	for _, lib := range []string{"libnvrtc.so", "libcublas"} {
		if !strings.Contains(msg, lib) {
			t.Logf("note: %s is present here (the message does not name it)", lib)
		}
	}
	t.Logf("probe: %s", msg)
	if _, err := backends.Open("cuda", backends.Options{}); !errors.Is(err, backends.ErrUnavailable) {
		t.Errorf("Open on a machine without CUDA: %v, want ErrUnavailable", err)
	}
}
