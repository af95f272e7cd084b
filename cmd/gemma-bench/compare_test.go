package main

import (
	"context"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
)

// writeBenchRecord writes a bench record of model with one decode metric
// of n seeded N(mean, 2) samples, and returns its path.
func writeBenchRecord(t *testing.T, model string, seed uint64, mean float64) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 0))
	samples := make([]float64, 10)
	for i := range samples {
		samples[i] = mean + 2*r.NormFloat64()
	}
	t0 := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	rec := &results.Record{
		Schema: results.RecordSchema, Kind: results.KindBench, RunID: "r", Start: t0, End: t0.Add(time.Minute),
		Host:  results.Host{CPU: "cpu", Cores: 2, OS: "linux", Arch: "amd64"},
		Model: results.ModelRef{Name: model, Weights: "stored", Fingerprint: "fp-" + model},
		Backends: []results.BackendRun{{Name: "go", Metrics: []results.Metric{{
			Name: "decode", Labels: map[string]string{"n": "128"}, Unit: "tok/s", HigherIsBetter: true,
			Samples: samples, Summary: results.MedianSummary(samples)}}}},
	}
	path := filepath.Join(t.TempDir(), model+".json")
	if err := results.WriteRecord(path, rec); err != nil {
		t.Fatal(err)
	}
	return path
}

func exitCode(err error) int {
	var s *exitStatus
	switch {
	case err == nil:
		return 0
	case errors.As(err, &s):
		return s.code
	}
	return -1
}

// TestCompareCLI: the exit status says ok (0), regression (1) or could
// not compare (2), and the messages say why.
func TestCompareCLI(t *testing.T) {
	base := writeBenchRecord(t, "gemma-2b", 1, 100)
	same := writeBenchRecord(t, "gemma-2b", 2, 100)
	slow := writeBenchRecord(t, "gemma-2b", 3, 90)
	other := writeBenchRecord(t, "gemma2-2b", 4, 100)
	cases := []struct {
		name    string
		args    []string
		code    int
		inOut   string // in stdout
		inError string // in the error
	}{
		{"slowdown", []string{base, slow, "--fail-on", "tg128<-5%"}, 1, "REGRESSION (tg128<-5%)", "REGRESSION: 1 metric"},
		{"flags first", []string{"--fail-on", "tg128<-5%", "-o", "md", base, slow}, 1, "| decode/n=128 |", "go decode/n=128"},
		{"same distribution", []string{base, same, "--fail-on", "tg128<-5%", "--fail-on", "decode>+5%"}, 0, "ok: no threshold crossed", ""},
		{"no thresholds", []string{base, slow}, 0, "worse", ""},
		{"other model", []string{base, other}, 2, "", "model name: gemma-2b vs gemma2-2b"},
		{"forced", []string{base, other, "--force"}, 0, "forced past: model name: gemma-2b vs gemma2-2b", ""},
		{"bad spec", []string{base, slow, "--fail-on", "tg128<-5"}, 2, "", `"tg128<-5": amount "-5" needs a unit`},
		{"selects nothing", []string{base, slow, "--fail-on", "pp512<-5%"}, 2, "", "selects no metric"},
		{"missing file", []string{base, filepath.Join(t.TempDir(), "nope.json")}, 2, "", "nope.json"},
		{"not a run dir", []string{base, t.TempDir()}, 2, "", "not a run directory"},
		{"one argument", []string{base}, 2, "", "want BASE and NEW"},
		{"bad format", []string{base, slow, "-o", "html"}, 2, "", `-o "html"`},
	}
	for _, tc := range cases {
		out, _, err := runCLI(t, append([]string{"compare"}, tc.args...)...)
		if got := exitCode(err); got != tc.code {
			t.Errorf("%s: exit %d (%v), want %d", tc.name, got, err, tc.code)
		}
		if !strings.Contains(out, tc.inOut) {
			t.Errorf("%s: stdout lacks %q:\n%s", tc.name, tc.inOut, out)
		}
		if tc.inError != "" && (err == nil || !strings.Contains(err.Error(), tc.inError)) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.inError)
		}
	}
	if _, _, err := runCLI(t, "compare", "--help"); !errors.Is(err, flag.ErrHelp) || exitCode(err) == 2 {
		t.Errorf("--help: %v", err)
	}
	// The statuses reach the process's exit code.
	for _, tc := range []struct {
		args []string
		code int
	}{{[]string{base, slow, "--fail-on", "tg128<-5%"}, 1}, {[]string{base, other}, 2}, {[]string{base, same}, 0}} {
		cmd, out := child(t, 0, append([]string{"compare"}, tc.args...)...)
		err := cmd.Wait()
		var ee *exec.ExitError
		if got := 0; (err == nil && tc.code != 0) || (err != nil && (!errors.As(err, &ee) || ee.ExitCode() != tc.code)) {
			t.Errorf("%v: process ended %v, want exit %d (got %d):\n%s", tc.args, err, tc.code, got, out)
		}
	}
}

// TestCompareEvalDirs: eval run directories compare directly (through
// results.EvalRecord), as does a directory holding a record.
func TestCompareEvalDirs(t *testing.T) {
	mdir := tinyModelDir(t)
	root := t.TempDir()
	var dirs []string
	for _, name := range []string{"a", "b"} {
		dir := filepath.Join(root, name)
		if _, err := cli(context.Background(), "run", "--model", mdir, "--backend", "go", "--threads", "1", "--tasks", "arith",
			"--arith-n", "4", "--shots", "0", "--output-dir", dir); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	out, _, err := runCLI(t, "compare", dirs[0], dirs[1], "--fail-on", "acc<-1pt", "-o", "md")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"| acc/filter=none/task=arith | ", "| latency/task=arith |", "ok: no threshold crossed"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// The same run as a record in a directory of its own.
	rec, err := results.EvalRecord(dirs[0])
	if err != nil {
		t.Fatal(err)
	}
	recDir := filepath.Join(root, "rec")
	os.MkdirAll(recDir, 0o755)
	if err := results.WriteRecord(filepath.Join(recDir, results.RecordFile), rec); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runCLI(t, "compare", recDir, dirs[1]); err != nil || !strings.Contains(out, "acc/filter=none/task=arith") {
		t.Errorf("record directory: %v\n%s", err, out)
	}
}
