package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/hwinfo"
)

// hwinfoArgs measure at test size: a probe of 8 rows through widths 64,
// a 1 MiB bandwidth buffer, one rep.
func hwinfoArgs(cache string, extra ...string) []string {
	return append([]string{"hwinfo", "--backend", "go", "--threads", "1", "--weights", "f32,q4_0",
		"--rows", "8", "--dim", "64", "--ffn", "64", "--reps", "1", "--bw-mib", "1", "--cache", cache}, extra...)
}

func TestHwinfoTableAndJSON(t *testing.T) {
	cache := t.TempDir()
	out, stderr, err := runCLI(t, hwinfoArgs(cache)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"bandwidth ", "GB/s read (1 threads, 1 MiB", "matmul peak GFLOP/s: prefill of 8 rows × d 64 × ffn 64",
		"backend", "f32", "q4_0", "\ngo ", "kernels="} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	cachedCell := regexp.MustCompile(`[0-9]\*`)
	if cachedCell.MatchString(out) {
		t.Errorf("a first run shows cached numbers:\n%s", out)
	}
	if !strings.Contains(stderr, "measuring go matmul peak, q4_0") {
		t.Errorf("no progress on stderr: %q", stderr)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "hwinfo", "host-*.json"))
	if len(files) != 1 {
		t.Fatalf("cache files %v", files)
	}

	out, stderr, err = runCLI(t, hwinfoArgs(cache, "--json")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var info hwinfo.Info
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	if len(info.Peaks) != 2 || !info.Bandwidth.Cached || strings.Contains(stderr, "measuring") {
		t.Fatalf("second run re-measured or lost entries: %+v\n%s", info, stderr)
	}
	for _, w := range []string{"f32", "q4_0"} {
		if f, _ := info.PeakFLOPS("go", w); !(f > 0) {
			t.Errorf("go %s: %g", w, f)
		}
	}

	// A corrupt file is reported on stderr and replaced.
	if err := os.WriteFile(files[0], []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err = runCLI(t, hwinfoArgs(cache)...); err != nil || !strings.Contains(stderr, "ignoring cache") {
		t.Fatalf("corrupt cache: %v, stderr %q", err, stderr)
	}
	out, _, err = runCLI(t, hwinfoArgs(cache)...)
	if err != nil || !cachedCell.MatchString(out) {
		t.Fatalf("after the rewrite: %v\n%s", err, out)
	}
}

func TestHwinfoBadFlags(t *testing.T) {
	cache := t.TempDir()
	for _, args := range [][]string{
		{"--threads", "-1"},
		{"--reps", "0"},
		{"--weights", "q3_k"},
		{"--weights", ","},
		{"--dim", "50"},
		{"--backend", "nope"},
	} {
		if _, _, err := runCLI(t, hwinfoArgs(cache, args...)...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestHwSplitSpecs(t *testing.T) {
	for in, want := range map[string][]string{
		"":                                     nil,
		"go":                                   {"go"},
		"go, simd":                             {"go", "simd"},
		"go,simd:math=exact,kernels=avx2":      {"go", "simd:math=exact,kernels=avx2"},
		"simd:kernels=avx2,go,simd:math=exact": {"simd:kernels=avx2", "go", "simd:math=exact"},
	} {
		if got := hwSplitSpecs(in); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
