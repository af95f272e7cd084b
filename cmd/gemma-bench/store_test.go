package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/results"
)

// TestLocalStoreCommands: runs land in a store given by --results, and
// every reader takes STORE#RUNID.
func TestLocalStoreCommands(t *testing.T) {
	mdir := tinyModelDir(t)
	st := filepath.Join(t.TempDir(), "store")
	for _, id := range []string{"night/a", "night/b"} {
		if out, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "4", "--shots", "0",
			"--run-id", id, "--results", st); err != nil {
			t.Fatalf("run %s: %v\n%s", id, err, out)
		}
		if _, err := results.ReadRecord(filepath.Join(st, filepath.FromSlash(id), results.RecordFile)); err != nil {
			t.Fatalf("run %s is not in the store: %v", id, err)
		}
	}
	if out, err := cli(bg, "bench", "--model", mdir, "--backend", "go", "-t", "1", "-p", "8", "-n", "2", "-r", "2", "--warmup", "0",
		"--run-id", "bench/x", "--results", st); err != nil {
		t.Fatalf("bench: %v\n%s", err, out)
	}
	out, err := cli(bg, "store", "ls", st)
	if err != nil {
		t.Fatal(err, out)
	}
	for _, want := range []string{"night/a", "night/b", "bench/x", "eval", "bench"} {
		if !strings.Contains(out, want) {
			t.Errorf("store ls lacks %q:\n%s", want, out)
		}
	}
	if out, err := cli(bg, "compare", st+"#night/a", st+"#night/b", "--fail-on", "acc<-1pt"); err != nil {
		t.Errorf("compare of two identical runs from the store: %v\n%s", err, out)
	}
	if _, err := cli(bg, "compare", st, st+"#night/b"); err == nil || !strings.Contains(err.Error(), "name one") {
		t.Errorf("compare of a whole store: %v", err)
	}

	latest := func(args ...string) (string, error) {
		out, err := cli(bg, append([]string{"store", "latest", st}, args...)...)
		return strings.TrimSpace(out), err
	}
	if id, err := latest("--prefix", "night/"); err != nil || id != "night/b" {
		t.Errorf("latest night/: %q %v", id, err)
	}
	if _, err := latest("--prefix", "night/", "--mark", "good"); err == nil {
		t.Errorf("latest good before any mark: no error")
	}
	if out, err := cli(bg, "store", "mark", st, "night/a", "good"); err != nil {
		t.Fatal(err, out)
	}
	if out, err := cli(bg, "store", "mark", st, "night/a", "good"); err != nil {
		t.Errorf("marking twice is idempotent: %v\n%s", err, out)
	}
	if _, err := cli(bg, "store", "mark", st, "nosuch", "good"); err == nil {
		t.Errorf("marking a run that is not there: no error")
	}
	if id, err := latest("--prefix", "night/", "--mark", "good", "--before", "night/b"); err != nil || id != "night/a" {
		t.Errorf("latest good before night/b: %q %v", id, err)
	}

	// put and get round trip a run, byte for byte.
	if out, err := cli(bg, "store", "put", st, "copy/a", filepath.Join(st, "night", "a")); err != nil {
		t.Fatal(err, out)
	}
	got := filepath.Join(t.TempDir(), "got")
	if out, err := cli(bg, "store", "get", st, "copy/a", got); err != nil {
		t.Fatal(err, out)
	}
	for _, f := range []string{results.RecordFile, results.RunFile, results.SamplesFile, results.ResultsFile} {
		a, _ := os.ReadFile(filepath.Join(st, "night", "a", f))
		b, err := os.ReadFile(filepath.Join(got, f))
		if err != nil || string(a) != string(b) {
			t.Errorf("%s after put and get: %v (equal: %v)", f, err, string(a) == string(b))
		}
	}
	// A different run under a stored id is refused, never overwritten.
	if _, err := cli(bg, "store", "put", st, "copy/a", filepath.Join(st, "night", "b")); err == nil || !strings.Contains(err.Error(), "different") {
		t.Errorf("put of another run under a stored id: %v", err)
	}
	for _, bad := range []string{"../x", "a//b", "/abs", ".hidden"} {
		if _, err := cli(bg, "store", "put", st, bad, filepath.Join(st, "night", "a")); err == nil {
			t.Errorf("store put run id %q: no error", bad)
		}
	}
}

// TestMergeFromStore: shards stored by --results merge from the store
// into a stored run that reads like any other.
func TestMergeFromStore(t *testing.T) {
	mdir := tinyModelDir(t)
	st := filepath.Join(t.TempDir(), "store")
	for i := 1; i <= 2; i++ {
		id := "m-" + string(rune('0'+i))
		if out, err := cli(bg, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "6", "--shots", "0",
			"--shard", string(rune('0'+i))+"/2", "--run-id", id, "--results", st); err != nil {
			t.Fatalf("shard %d: %v\n%s", i, err, out)
		}
	}
	if out, err := cli(bg, "merge", "--out", st+"#m", st+"#m-1", st+"#m-2"); err != nil {
		t.Fatalf("merge: %v\n%s", err, out)
	}
	rec, err := results.ReadRecord(filepath.Join(st, "m", results.RecordFile))
	if err != nil {
		t.Fatal(err)
	}
	if rec.RunID != "m" || len(rec.Tasks) != 1 || rec.Tasks[0].Docs != 6 {
		t.Errorf("merged record: id %q, tasks %+v", rec.RunID, rec.Tasks)
	}
}
