package cuda

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type fakeCompiler struct{ calls int }

func (f *fakeCompiler) compile(name, src string, opts []string, a Arch) ([]byte, error) {
	f.calls++
	if strings.Contains(src, "syntax error") {
		return nil, errors.New("fake: syntax error")
	}
	return []byte("IMAGE(" + src + "|" + strings.Join(opts, " ") + "|" + a.Name + ")"), nil
}

func TestCacheHitMissCorrupt(t *testing.T) {
	fc := &fakeCompiler{}
	var logs []string
	c := &Cache{Dir: filepath.Join(t.TempDir(), "a", "b"), NVRTCVersion: "13.0", Compile: fc.compile,
		Logf: func(f string, args ...any) { logs = append(logs, f) }}
	a := Arch{Name: "sm_90", Cubin: true}
	opts := CompileOptions(a)
	img, hit, err := c.Get("k.cu", "src", opts, a)
	if err != nil || hit || fc.calls != 1 {
		t.Fatalf("first get: hit %v, calls %d, %v", hit, fc.calls, err)
	}
	img2, hit, err := c.Get("k.cu", "src", opts, a)
	if err != nil || !hit || fc.calls != 1 || string(img2) != string(img) {
		t.Fatalf("second get: hit %v, calls %d, %q vs %q, %v", hit, fc.calls, img2, img, err)
	}
	// A truncated entry, and one with a flipped byte: both compiled again.
	p := c.Path("src", opts, a)
	if !strings.HasSuffix(p, ".cubin") {
		t.Errorf("cubin entry named %s", p)
	}
	b, _ := os.ReadFile(p)
	for i, bad := range [][]byte{b[:len(b)-3], append(append([]byte{}, b[:len(b)-1]...), b[len(b)-1]^1), []byte("junk")} {
		os.WriteFile(p, bad, 0o644)
		img3, hit, err := c.Get("k.cu", "src", opts, a)
		if err != nil || hit || string(img3) != string(img) {
			t.Fatalf("corrupt entry %d: hit %v, %q, %v", i, hit, img3, err)
		}
		if _, hit, _ := c.Get("k.cu", "src", opts, a); !hit {
			t.Fatalf("corrupt entry %d was not replaced", i)
		}
	}
	if fc.calls != 4 || len(logs) != 3 {
		t.Errorf("calls %d (want 4), corrupt notes %d (want 3)", fc.calls, len(logs))
	}
	// A compiler error is an error, and nothing is stored.
	if _, _, err := c.Get("bad.cu", "syntax error", opts, a); err == nil || !strings.Contains(err.Error(), "bad.cu") {
		t.Errorf("compile error: %v", err)
	}
	if _, err := os.Stat(c.Path("syntax error", opts, a)); err == nil {
		t.Error("a failed compile left an entry")
	}
	entries, _ := os.ReadDir(c.Dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestKeyChangesWithEachInput(t *testing.T) {
	base := Key("src", []string{"-a", "-b"}, "sm_90", "13.0")
	for name, k := range map[string]string{
		"source":        Key("src2", []string{"-a", "-b"}, "sm_90", "13.0"),
		"option":        Key("src", []string{"-a", "-c"}, "sm_90", "13.0"),
		"option order":  Key("src", []string{"-b", "-a"}, "sm_90", "13.0"),
		"options split": Key("src", []string{"-a-b"}, "sm_90", "13.0"),
		"arch":          Key("src", []string{"-a", "-b"}, "sm_100", "13.0"),
		"nvrtc":         Key("src", []string{"-a", "-b"}, "sm_90", "12.8"),
		"boundary":      Key("sr", []string{"c-a", "-b"}, "sm_90", "13.0"),
	} {
		if k == base {
			t.Errorf("changing the %s keeps the key", name)
		}
	}
	if Key("src", []string{"-a", "-b"}, "sm_90", "13.0") != base {
		t.Error("key is not deterministic")
	}
	// The cache's path follows the key and the image kind.
	c := &Cache{Dir: "/d", NVRTCVersion: "13.0"}
	if p := c.Path("src", []string{"-a", "-b"}, Arch{Name: "compute_90"}); p != "/d/"+Key("src", []string{"-a", "-b"}, "compute_90", "13.0")+".ptx" {
		t.Errorf("path %s", p)
	}
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv(CacheEnv, "/tmp/x")
	if d, err := DefaultCacheDir(); err != nil || d != "/tmp/x" {
		t.Errorf("%s, %v", d, err)
	}
	t.Setenv(CacheEnv, "")
	t.Setenv("XDG_CACHE_HOME", "/cachehome")
	if d, err := DefaultCacheDir(); err != nil || d != "/cachehome/gemma-bench/cuda" {
		t.Errorf("%s, %v", d, err)
	}
}

func TestChooseArch(t *testing.T) {
	for _, c := range []struct {
		major, minor int
		supported    []int
		want         Arch
		err          bool
	}{
		{9, 0, nil, Arch{"sm_90", true}, false},
		{9, 0, []int{75, 80, 86, 89, 90, 100}, Arch{"sm_90", true}, false},
		{12, 0, []int{75, 80, 90, 100}, Arch{"compute_100", false}, false}, // newer device: PTX, driver JIT
		{6, 0, []int{75, 80}, Arch{}, true},
	} {
		got, err := ChooseArch(c.major, c.minor, c.supported)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ChooseArch(%d.%d, %v) = %v, %v", c.major, c.minor, c.supported, got, err)
		}
	}
}
