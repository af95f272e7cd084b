package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

// TestSynthGenerateLogits drives the main-job path end to end on a tiny
// synthetic model: synth, generate (ids and text), logits, tokenize.
func TestSynthGenerateLogits(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "m")
	if _, _, err := runCLI(t, "synth", "--arch", "gemma3-270m", "--layers", "2", "--out", dir); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "generate", "--model", dir, "--ids", "2,100,200", "--max-tokens", "4", "--threads", "2", "--ignore-eos")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(strings.TrimSpace(out), ",")); n != 4 {
		t.Fatalf("generate printed %q, want 4 ids", out)
	}
	if _, _, err := runCLI(t, "generate", "--model", dir, "--prompt", "What is 2 + 2?", "--chat", "--max-tokens", "3"); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, "logits", "--model", dir, "--ids", "2,10,20", "--backend", "go")
	if err != nil {
		t.Fatal(err)
	}
	var lj struct {
		IDs    []int       `json:"ids"`
		Logits [][]float64 `json:"logits"`
	}
	if err := json.Unmarshal([]byte(out), &lj); err != nil {
		t.Fatalf("logits output is not JSON: %v", err)
	}
	if len(lj.Logits) != 3 || len(lj.Logits[0]) != 262144 {
		t.Fatalf("logits shape %d×%d", len(lj.Logits), len(lj.Logits[0]))
	}
	dec, _, err := runCLI(t, "logits", "--model", dir, "--ids", "2,10,20", "--decode")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dec, `"ids": [2, 10, 20]`) {
		t.Fatalf("decode logits output starts %q", dec[:40])
	}
	out, _, err = runCLI(t, "tokenize", "--model", dir, "--ids", "--bos", "hello world")
	if err != nil || !strings.HasPrefix(out, "2,") {
		t.Fatalf("tokenize: %q, %v", out, err)
	}
}

func TestCLIErrors(t *testing.T) {
	good := filepath.Join(t.TempDir(), "m")
	if _, _, err := runCLI(t, "synth", "--arch", "gemma-2b", "--layers", "1", "--out", good); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"synth", "--arch", "gemma-3b", "--out", "x"}, "gemma-3b"},
		{[]string{"synth", "--arch", "gemma-2b"}, "--out"},
		{[]string{"synth", "--arch", "gemma-2b", "--out", "x", "--dtype", "int4"}, "int4"},
		{[]string{"synth", "--arch", "gemma-2b", "--out", "x", "--dtype", "q8_0"}, "want f32, f16 or bf16"},
		{[]string{"generate", "--model", good, "--ids", "2,x"}, `"x"`},
		{[]string{"generate", "--model", good, "--ids", "2,999999"}, "vocabulary"},
		{[]string{"generate", "--model", good, "--ids", "2", "--backend", "nosuch"}, "nosuch"},
		{[]string{"generate", "--model", good, "--ids", "2", "--temperature", "-1"}, "temperature"},
		{[]string{"logits", "--model", filepath.Join(good, "missing"), "--ids", "2"}, "config.json"},
		{[]string{"logits", "--model", good, "--ids", "2", "stray"}, "unexpected argument"},
		{[]string{"bench", "--model", good, "-r", "0"}, "-r"},
		{[]string{"bench", "--model", good, "--kv-dtype", "q8_0"}, "--kv-dtype"},
		{[]string{"bench", "--model", good, "--backend", "go:kv=rung"}, "kv"},
	}
	for _, tc := range cases {
		_, _, err := runCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one mentioning %q", tc.args, err, tc.want)
		}
	}
	if _, _, err := runCLI(t, "generate", "--help"); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v", err)
	}
	if out, _, err := runCLI(t, "backends"); err != nil || !strings.Contains(out, "go ") {
		t.Errorf("backends: %q %v", out, err)
	}
	os.RemoveAll(good)
}

// TestBenchProfileRingBF16 runs bench end to end with a per-op profile on
// the ring cache and a bf16 KV cache: the profile is data returned by the
// steps, and must name the graph's ops.
func TestBenchProfileRingBF16(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "m")
	if _, _, err := runCLI(t, "synth", "--arch", "gemma3-270m", "--layers", "2", "--out", dir); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "bench", "--model", dir, "--backend", "go:kv=ring", "--kv-dtype", "bf16", "-p", "20", "-n", "4",
		"-r", "1", "--warmup", "0", "--profile", "--roofline=false", "--threads", "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"backend go · model m · weights stored · threads 1", "│ pp20 ", "│ tg4 ", "per-op profile, pp20", "per-op profile, tg4", "attn ", "ffn_gate"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out)
		}
	}
}

// TestSynthRefusesOverwrite: synth into a non-empty directory is refused;
// --force replaces it, leaving no stale files beside the new checkpoint.
func TestSynthRefusesOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "m")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "model-00002-of-00002.safetensors")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"synth", "--arch", "gemma3-270m", "--layers", "1", "--out", dir}
	if _, _, err := runCLI(t, args...); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("synth over a non-empty directory: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "config.json")); err == nil {
		t.Fatal("a refused synth wrote a checkpoint")
	}
	if _, _, err := runCLI(t, append(args, "--force")...); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("--force left a stale file beside the new checkpoint")
	}
}

// TestNaNWeights: a checkpoint of NaN weights fails run and generate with
// an error naming the step, and logits prints valid JSON.
func TestNaNWeights(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "m")
	if _, _, err := runCLI(t, "synth", "--arch", "gemma3-270m", "--layers", "1", "--out", dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "model.safetensors")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 8 + int(binary.LittleEndian.Uint64(data))
	for i := n; i < len(data); i++ {
		data[i] = 0xff // bf16 0xffff is a NaN
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCLI(t, "run", "--model", dir, "--backend", "go", "--tasks", "arith", "--arith-n", "2", "--output-dir", filepath.Join(t.TempDir(), "r"))
	if err == nil || !strings.Contains(err.Error(), "NaN") || !strings.Contains(err.Error(), "step") {
		t.Errorf("run on NaN weights: %v", err)
	}
	if _, _, err := runCLI(t, "generate", "--model", dir, "--ids", "2,10", "--max-tokens", "3"); err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("generate on NaN weights: %v", err)
	}
	out, _, err := runCLI(t, "logits", "--model", dir, "--ids", "2,10")
	if err != nil {
		t.Fatal(err)
	}
	var lj struct {
		Logits [][]any `json:"logits"`
	}
	if err := json.Unmarshal([]byte(out), &lj); err != nil {
		t.Fatalf("logits of NaN weights is not JSON: %v", err)
	}
	if v := lj.Logits[0][0]; v != "NaN" {
		t.Errorf("a NaN logit prints as %v, want the string NaN", v)
	}
}

// TestHelpGoesToStdout: asked-for help is printed on stdout and is not an
// error exit; `help CMD` is CMD --help; a bad flag prints the usage on
// stderr.
func TestHelpGoesToStdout(t *testing.T) {
	for name := range commands {
		for _, args := range [][]string{{name, "--help"}, {"help", name}} {
			out, errOut, err := runCLI(t, args...)
			if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "usage: gemma-bench "+name) || errOut != "" {
				t.Errorf("%v: err %v, stdout %q, stderr %q", args, err, out, errOut)
			}
		}
	}
	out, _, err := runCLI(t, "--help")
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "commands:") {
		t.Errorf("--help: %v, %q", err, out)
	}
	out, errOut, err := runCLI(t, "bench", "--nosuch")
	if err == nil || out != "" || !strings.Contains(errOut, "usage: gemma-bench bench") {
		t.Errorf("bad flag: err %v, stdout %q, stderr %q", err, out, errOut)
	}
}

// TestLogitsCompare: logits --compare reports a backend (here with
// weights quantized on load) against the go reference on stored weights;
// go against itself agrees exactly; a bad --weights is an error.
func TestLogitsCompare(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "testdata", "models", "gemma2-tiny")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared test models not found: %v", err)
	}
	out, _, err := runCLI(t, "logits", "--model", dir, "--ids", "2,10,20,30", "--backend", "go", "--compare", "go")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"max |Δlogit|      0\n", "KL divergence     0 nats", "top-1 agreement   100.0%", "4 positions by prefill"} {
		if !strings.Contains(out, want) {
			t.Errorf("go vs go: no %q in\n%s", want, out)
		}
	}
	out, _, err = runCLI(t, "logits", "--model", dir, "--ids", "2,10,20,30", "--backend", "go", "--weights", "q8_0", "--compare", "go", "--decode")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "(weights q8_0) against go") || strings.Contains(out, "max |Δlogit|      0\n") {
		t.Errorf("q8_0 vs stored:\n%s", out)
	}
	if _, _, err := runCLI(t, "logits", "--model", dir, "--ids", "2", "--weights", "q3"); err == nil || !strings.Contains(err.Error(), "q8_0") {
		t.Errorf("--weights q3: %v", err)
	}
}
