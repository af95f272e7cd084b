package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/tokenizer"
	"github.com/gemma-bench/gemma-bench/results"
)

// childArgs, when set, makes the test binary act as gemma-bench itself
// (arguments separated by \x1f), so a test can kill a real CLI process.
const childArgs = "GEMMA_BENCH_TEST_CHILD_ARGS"

// childPause, when set to n, holds the child's run after its n-th saved
// sample until it is signalled or killed.
const childPause = "GEMMA_BENCH_TEST_CHILD_PAUSE"

func TestMain(m *testing.M) {
	if a := os.Getenv(childArgs); a != "" {
		if n, err := strconv.Atoi(os.Getenv(childPause)); err == nil {
			// Hold the run once n samples are on disk, until interrupted:
			// the parent then kills or signals it at a known point.
			onSample = func(ctx context.Context, saved int) {
				if saved == n {
					<-ctx.Done()
				}
			}
		}
		os.Args = append([]string{"gemma-bench"}, strings.Split(a, "\x1f")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

// tinyModelDir is a small gemma3-shaped checkpoint with a trained synthetic
// tokenizer beside it, built once per test binary.
func tinyModelDir(t *testing.T) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "gemma-bench-run-test-")
		if fixtureErr != nil {
			return
		}
		c, err := model.ByName("gemma3-270m")
		if err != nil {
			fixtureErr = err
			return
		}
		c.Name = "custom"
		c.VocabSize, c.ModelDim, c.FFNDim = 512, 64, 96
		c.Heads, c.KVHeads, c.HeadDim, c.QueryPreAttnScalar = 4, 1, 16, 16
		c.MaxPositions, c.SlidingWindow = 1024, 32
		c.Layers, c.LayerKinds = 3, c.LayerKinds[3:6]
		if fixtureErr = model.Synthesize(fixtureDir, c, model.SynthOptions{Seed: 2, DType: backends.F32}); fixtureErr != nil {
			return
		}
		tok, err := tokenizer.Train(tokenizer.Corpus(1<<17), c.VocabSize, nil)
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureErr = tok.WriteFiles(fixtureDir)
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureDir
}

// cli runs the command in-process.
func cli(ctx context.Context, args ...string) (string, error) {
	var out, errb bytes.Buffer
	err := run(ctx, args, &out, &errb)
	return out.String() + errb.String(), err
}

// child starts the CLI as a separate process.
func child(t *testing.T, pauseAt int, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childArgs+"="+strings.Join(args, "\x1f"), fmt.Sprintf("%s=%d", childPause, pauseAt))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// waitLines polls a samples file until it has at least n complete lines.
func waitLines(t *testing.T, path string, n int, cmd *exec.Cmd) int {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(path)
		if k := bytes.Count(b, []byte("\n")); k >= n {
			return k
		}
		time.Sleep(2 * time.Millisecond)
	}
	cmd.Process.Kill()
	t.Fatalf("%s: fewer than %d lines after 2 minutes", path, n)
	return 0
}

func readIdentity(t *testing.T, dir string) []string {
	t.Helper()
	ss, err := results.ReadSamples(filepath.Join(dir, results.SamplesFile))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		b, _ := json.Marshal(s.WithoutPerf())
		out[i] = string(b)
	}
	return out
}

func readScores(t *testing.T, dir string) string {
	t.Helper()
	var r results.Results
	if err := results.ReadJSON(filepath.Join(dir, results.ResultsFile), &r); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(r.Results)
	return string(b)
}

// A run killed with SIGKILL, resumed, interrupted with SIGINT (which must
// exit non-zero) and resumed again ends with exactly the samples of one
// uninterrupted run.
func TestRunKilledAndResumedEqualsOneRun(t *testing.T) {
	mdir := tinyModelDir(t)
	root := t.TempDir()
	const n = 400
	args := []string{"run", "--model", mdir, "--backend", "go", "--threads", "1", "--tasks", "arith",
		"--arith-n", fmt.Sprint(n), "--shots", "2", "--batch-size", "2"}
	dir := filepath.Join(root, "killed")
	samples := filepath.Join(dir, results.SamplesFile)

	// The child holds its run after the 6th sample: the kill lands there,
	// however fast the machine.
	cmd, _ := child(t, 6, append(args, "--output-dir", dir)...)
	got := waitLines(t, samples, 6, cmd)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if got != 6 {
		t.Fatalf("killed with %d samples on disk, want 6", got)
	}

	cmd, out := child(t, got+6, append(args, "--output-dir", dir, "--resume")...)
	waitLines(t, samples, got+6, cmd)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 || !strings.Contains(out.String(), "interrupted") {
		t.Fatalf("SIGINT: exit %v, output:\n%s", err, out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, results.ResultsFile)); err == nil {
		t.Error("an interrupted run wrote results.json")
	}

	if msg, err := cli(bg, append(args, "--output-dir", dir, "--resume")...); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	whole := filepath.Join(root, "whole")
	if msg, err := cli(bg, append(args, "--output-dir", whole)...); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	a, b := readIdentity(t, dir), readIdentity(t, whole)
	if len(a) != n || !reflect.DeepEqual(a, b) {
		t.Errorf("resumed run: %d samples, uninterrupted %d; equal: %v", len(a), len(b), reflect.DeepEqual(a, b))
	}
	if readScores(t, dir) != readScores(t, whole) {
		t.Errorf("scores differ:\n%s\n%s", readScores(t, dir), readScores(t, whole))
	}
}

func TestRunShardsMergeEqualsOneRun(t *testing.T) {
	mdir := tinyModelDir(t)
	root := t.TempDir()
	spec := writeSpec(t, root)
	args := []string{"run", "--model", mdir, "--backend", "go", "--tasks", "arith," + spec, "--arith-n", "13", "--shots", "1"}
	whole := filepath.Join(root, "whole")
	msg, err := cli(bg, append(args, "--output-dir", whole)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	for _, want := range []string{"arith", "mc_cli", "acc_norm", "lm-eval equivalent", "latency per doc"} {
		if !strings.Contains(msg, want) {
			t.Errorf("output lacks %q:\n%s", want, msg)
		}
	}
	var dirs []string
	for i := 1; i <= 3; i++ {
		d := filepath.Join(root, fmt.Sprint("s", i))
		if msg, err := cli(bg, append(args, "--shard", fmt.Sprintf("%d/3", i), "--output-dir", d)...); err != nil {
			t.Fatalf("%v\n%s", err, msg)
		}
		dirs = append(dirs, d)
	}
	merged := filepath.Join(root, "merged")
	if msg, err := cli(bg, append([]string{"merge", "--out", merged}, dirs...)...); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	if !reflect.DeepEqual(readIdentity(t, merged), readIdentity(t, whole)) {
		t.Error("merged samples differ from one run")
	}
	if readScores(t, merged) != readScores(t, whole) {
		t.Errorf("scores differ:\n%s\n%s", readScores(t, merged), readScores(t, whole))
	}
	if _, err := cli(bg, "merge", "--out", filepath.Join(root, "bad"), dirs[0]); err == nil {
		t.Error("merge of one shard of three: no error")
	}
	// Nothing is overwritten unless asked, and never an input.
	mergeTo := func(out string, force bool) error {
		a := []string{"merge", "--out", out}
		if force {
			a = append(a, "--force")
		}
		_, err := cli(bg, append(a, dirs...)...)
		return err
	}
	if err := mergeTo(merged, false); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("merge over an existing run: %v", err)
	}
	if err := mergeTo(merged, true); err != nil {
		t.Errorf("merge --force over an existing run: %v", err)
	}
	for _, out := range []string{dirs[1], root} {
		if err := mergeTo(out, true); err == nil || !strings.Contains(err.Error(), "input") {
			t.Errorf("merge --force --out %s (an input, or holding one): %v", out, err)
		}
	}
	if !reflect.DeepEqual(readIdentity(t, merged), readIdentity(t, whole)) {
		t.Error("refused merges damaged the runs")
	}
}

// writeSpec writes a small multiple-choice spec with multi-token choices.
func writeSpec(t *testing.T, dir string) string {
	t.Helper()
	files := map[string]string{
		"mc.json": `{"name": "mc_cli", "splits": {"train": "train.jsonl", "test": "test.jsonl"}, "text": "Q: {{q}}\nA:",
			"choices_field": "c", "target": "y", "metrics": ["acc", "acc_norm"]}`,
		"train.jsonl": `{"q": "Snow is", "c": ["white", "green grass"], "y": 0}` + "\n",
		"test.jsonl": `{"q": "Fire is", "c": ["hot", "cold as ice"], "y": 0}` + "\n" +
			`{"q": "The sky is", "c": ["blue", "made of stone", "red"], "y": 0}` + "\n" +
			`{"q": "Fish live in", "c": ["water", "trees"], "y": 0}` + "\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "mc.json")
}

// Malformed inputs fail with the file and line, before any model time.
func TestRunMalformedInputs(t *testing.T) {
	root := t.TempDir()
	write := func(rel, content string) string {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	row := `"Q?","a","b","c","d",0` + "\n"
	header := "question,choice0,choice1,choice2,choice3,answer\n"
	write("cols/dev/anatomy_dev.csv", header+row)
	write("cols/test/anatomy_test.csv", header+row+`"Q?","a","b","c",0`+"\n")
	write("answer/dev/anatomy_dev.csv", header+row)
	write("answer/test/anatomy_test.csv", header+row+row+`"Q?","a","b","c","d",7`+"\n")
	write("empty/dev/anatomy_dev.csv", header+row)
	write("empty/test/anatomy_test.csv", header)
	write("bad/train.jsonl", `{"q": "x", "c": ["a", "b"], "y": 0}`+"\n")
	write("bad/test.jsonl", `{"q": "x", "c": ["a", "b"], "y": 0}`+"\n"+`{"q": "x", "c": ["a", "b"], "y": 0`+"\n")
	badJSONL := write("bad/mc.json", `{"name": "m", "splits": {"train": "train.jsonl", "test": "test.jsonl"}, "text": "{{q}}", "choices_field": "c", "target": "y"}`)
	typo := write("typo.json", `{"name": "m", "splits": {"test": "test.jsonl"}, "text": "{{q}}", "choices": ["a"], "target_delimter": " "}`)
	notJSON := write("broken.json", `{"name": `)
	emptyDoc := write("empty.txt", "")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"mmlu wrong column count", []string{"--tasks", "mmlu_anatomy", "--data", filepath.Join(root, "cols")}, "anatomy_test.csv:3"},
		{"mmlu answer out of range", []string{"--tasks", "mmlu_anatomy", "--data", filepath.Join(root, "answer")}, "anatomy_test.csv:4"},
		{"mmlu empty subject", []string{"--tasks", "mmlu_anatomy", "--data", filepath.Join(root, "empty")}, "anatomy_test.csv"},
		{"mmlu unknown subject", []string{"--tasks", "mmlu_anatomyy", "--data", filepath.Join(root, "cols")}, "anatomyy"},
		{"bad jsonl line", []string{"--tasks", badJSONL}, "test.jsonl:2"},
		{"spec with a typo", []string{"--tasks", typo}, "typo.json"},
		{"spec not json", []string{"--tasks", notJSON}, "broken.json"},
		{"empty text", []string{"--tasks", emptyDoc}, "empty.txt:1"},
		{"unknown task", []string{"--tasks", "hellaswag"}, `unknown task "hellaswag"`},
		{"bad shard", []string{"--shard", "3/2"}, "--shard"},
		{"resume without a run", []string{"--resume"}, "--resume needs"},
		{"stray argument", []string{"extra"}, "unexpected argument"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := cli(bg, append([]string{"run", "--model", filepath.Join(root, "no-model")}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one naming %q\n%s", err, tc.want, msg)
			}
		})
	}
}

// A second run into a used directory needs --resume, and --resume refuses
// a directory holding a different evaluation.
func TestRunRefusesMixingRuns(t *testing.T) {
	mdir := tinyModelDir(t)
	dir := filepath.Join(t.TempDir(), "r")
	args := []string{"run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "3", "--output-dir", dir}
	if msg, err := cli(bg, args...); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	if _, err := cli(bg, args...); err == nil || !strings.Contains(err.Error(), "--resume") {
		t.Errorf("rerun without --resume: %v", err)
	}
	if _, err := cli(bg, append(args, "--resume", "--shots", "1")...); err == nil || !strings.Contains(err.Error(), "cannot resume") {
		t.Errorf("resume with other settings: %v", err)
	}
	if msg, err := cli(bg, append(args, "--resume")...); err != nil {
		t.Errorf("resuming a finished run: %v\n%s", err, msg)
	}
}

// The tokens-only mode counts what a run would compute.
func TestRunDryRun(t *testing.T) {
	mdir := tinyModelDir(t)
	msg, err := cli(bg, "run", "--dry-run", "--model", mdir, "--tasks", "arith", "--arith-n", "20")
	if err != nil || !strings.Contains(msg, "lm-eval equivalent") || !strings.Contains(msg, "ratio") {
		t.Fatalf("%v\n%s", err, msg)
	}
	cancelled, cancel := context.WithCancel(bg)
	cancel()
	if _, err := cli(cancelled, "run", "--model", mdir, "--backend", "go", "--tasks", "arith", "--arith-n", "3",
		"--output-dir", filepath.Join(t.TempDir(), "x")); err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Errorf("cancelled run: %v", err)
	}
}

var bg = context.Background()

// TestRunSeveralBackends: one run over go and simd scores the same plan on
// each (a resumable run directory apiece), writes one record holding both
// with the second's agreement with the first, prints the comparison, and
// writes an op profile covering both.
func TestRunSeveralBackends(t *testing.T) {
	mdir := tinyModelDir(t)
	dir := filepath.Join(t.TempDir(), "multi")
	prof := filepath.Join(t.TempDir(), "ops.pb.gz")
	out, err := cli(context.Background(), "run", "--model", mdir, "--backend", "go,simd:math=exact", "--threads", "1",
		"--tasks", "arith", "--arith-n", "6", "--shots", "1", "--output-dir", dir, "--op-profile", prof)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	rec, err := results.ReadRecord(filepath.Join(dir, results.RecordFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Backends) != 2 || rec.Backends[0].Name != "go" || rec.Backends[1].Name != "simd" {
		t.Fatalf("record backends: %+v", rec.Backends)
	}
	a := rec.Backends[1].Agreement
	if a == nil || a.Rows == 0 || a.RelErr > 1e-4 || a.Top1 < 0.99 {
		t.Errorf("simd:math=exact against go: %+v", a)
	}
	if rec.Backends[1].Options["math"] != "exact" {
		t.Errorf("simd options in the record: %v", rec.Backends[1].Options)
	}
	for _, sub := range []string{"go", "simd_math-exact"} {
		if _, err := os.Stat(filepath.Join(dir, sub, results.RunFile)); err != nil {
			t.Errorf("backend run directory: %v", err)
		}
	}
	if !strings.Contains(out, "agreement with go") || !strings.Contains(out, "(reference)") {
		t.Errorf("no comparison table in\n%s", out)
	}
	if st, err := os.Stat(prof); err != nil || st.Size() == 0 {
		t.Errorf("op profile: %v", err)
	}
}
