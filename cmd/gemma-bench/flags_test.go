package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNumericFlagRanges: every numeric flag of every subcommand refuses a
// value outside its documented range with an error naming the flag and the
// range, and writes nothing.
func TestNumericFlagRanges(t *testing.T) {
	mdir := tinyModelDir(t)
	t.Chdir(t.TempDir())
	cases := []struct {
		args []string
		flag string
	}{
		{[]string{"bench", "--model", mdir, "--warmup", "-1", "-r", "1"}, "--warmup"},
		{[]string{"bench", "--model", mdir, "-p", "-1"}, "--p"},
		{[]string{"bench", "--model", mdir, "-n", "-4"}, "--n"},
		{[]string{"bench", "--model", mdir, "-r", "0"}, "--r"},
		{[]string{"bench", "--model", mdir, "--threads", "-3"}, "--threads"},
		{[]string{"bench", "--model", mdir, "--threads", "100000"}, "--threads"},
		{[]string{"run", "--model", mdir, "--threads", "-3"}, "--threads"},
		{[]string{"run", "--model", mdir, "--threads", "100000"}, "--threads"},
		{[]string{"run", "--model", mdir, "--shots", "-5"}, "--shots"},
		{[]string{"run", "--model", mdir, "--batch-size", "0"}, "--batch-size"},
		{[]string{"run", "--model", mdir, "--batch-size", "-2"}, "--batch-size"},
		{[]string{"run", "--model", mdir, "--max-length", "-5"}, "--max-length"},
		{[]string{"run", "--model", mdir, "--limit", "-1"}, "--limit"},
		{[]string{"run", "--model", mdir, "--arith-n", "-1"}, "--arith-n"},
		{[]string{"generate", "--model", mdir, "--ids", "2", "--max-tokens", "0"}, "--max-tokens"},
		{[]string{"generate", "--model", mdir, "--ids", "2", "--top-k", "-1"}, "--top-k"},
		{[]string{"generate", "--model", mdir, "--ids", "2", "--threads", "-1"}, "--threads"},
		{[]string{"logits", "--model", mdir, "--ids", "2", "--threads", "5000"}, "--threads"},
		{[]string{"synth", "--arch", "gemma-2b", "--out", "x", "--layers", "-1"}, "--layers"},
	}
	for _, tc := range cases {
		out, err := cli(bg, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.flag+" ") || !strings.Contains(err.Error(), "range [") {
			t.Errorf("%v: error %v, want one naming %s and its range", tc.args, err, tc.flag)
		}
		if strings.Contains(out, "Benchmark") {
			t.Errorf("%v measured something:\n%s", tc.args, out)
		}
	}
	if out, err := cli(bg, "bench", "--model", mdir, "-p", "0", "-n", "0"); err == nil || !strings.Contains(err.Error(), "nothing") {
		t.Errorf("bench -p 0 -n 0: %v\n%s", err, out)
	}
	if ents, _ := os.ReadDir("."); len(ents) != 0 {
		t.Errorf("refused commands wrote %v", ents)
	}
}

// TestRunIDStaysInside: a run id is safe path segments (store.ValidRunID),
// so a run can never be written outside the results directory.
func TestRunIDStaysInside(t *testing.T) {
	mdir := tinyModelDir(t)
	root := t.TempDir()
	t.Chdir(filepath.Join(root))
	if err := os.Mkdir("work", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir("work")
	for _, id := range []string{"../../etc", "..", ".", "a//b", "/abs", "a/../b", "a/.hidden", "a/", `a\b`, "", "x y", "../escape"} {
		if id == "" {
			continue // empty means a timestamp
		}
		_, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "2", "--run-id", id)
		if err == nil || !strings.Contains(err.Error(), "run id") {
			t.Errorf("--run-id %q: %v", id, err)
		}
	}
	for _, dir := range []string{".", ".."} {
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if e.Name() != "work" {
				t.Errorf("refused run ids wrote %s in %s", e.Name(), dir)
			}
		}
	}
}

// TestResumeNeedsARun: --resume with a run id that names no run is an
// error before any work, not a silent fresh start.
func TestResumeNeedsARun(t *testing.T) {
	mdir := tinyModelDir(t)
	t.Chdir(t.TempDir())
	_, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "2", "--resume", "--run-id", "TYPO")
	if err == nil || !strings.Contains(err.Error(), "nothing to resume") {
		t.Fatalf("resume of a missing run: %v", err)
	}
	if ents, _ := os.ReadDir("."); len(ents) != 0 {
		t.Errorf("a refused resume wrote %v", ents)
	}
}

// TestDefaultResultsRoot: a run without --output-dir lands under
// gemma-bench-results/<run-id>, never beside source packages.
func TestDefaultResultsRoot(t *testing.T) {
	mdir := tinyModelDir(t)
	t.Chdir(t.TempDir())
	if _, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "2", "--run-id", "doc.go"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(resultsRoot, "doc.go", "results.json")); err != nil {
		t.Errorf("run not under %s: %v", resultsRoot, err)
	}
}

// TestRunRecordsEffectiveShots: run.json says the shots used, not -1.
func TestRunRecordsEffectiveShots(t *testing.T) {
	mdir := tinyModelDir(t)
	dir := filepath.Join(t.TempDir(), "r")
	if _, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "2", "--output-dir", dir); err != nil {
		t.Fatal(err)
	}
	var run struct {
		Settings struct {
			Shots int `json:"shots"`
		} `json:"settings"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &run); err != nil {
		t.Fatal(err)
	}
	if run.Settings.Shots != 5 {
		t.Errorf("run.json records shots %d, want arith's default 5", run.Settings.Shots)
	}
}
