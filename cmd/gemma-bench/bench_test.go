package main

import (
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/bench"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/google/pprof/profile"
)

// tinyBenchModel writes a gemma2-shaped checkpoint small enough that a
// sweep of a dozen cases on two backends runs in a second, with room for
// 64 positions.
func tinyBenchModel(t *testing.T) string {
	t.Helper()
	c, err := model.ByName("gemma2-2b")
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = 320, 64, 128
	c.Heads, c.KVHeads, c.HeadDim, c.QueryPreAttnScalar = 4, 2, 16, 16
	c.MaxPositions, c.SlidingWindow = 64, 8
	c.Layers, c.LayerKinds = 2, c.LayerKinds[:2]
	dir := filepath.Join(t.TempDir(), "tiny")
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 1, DType: backends.BF16}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBenchSweepRecord: a sweep over two backends written as a record
// file: it reads back, holds one BackendRun per backend with every case,
// and the second agrees with the first; stdout shows the table.
func TestBenchSweepRecord(t *testing.T) {
	dir := tinyBenchModel(t)
	path := filepath.Join(t.TempDir(), "rec.json")
	out, errOut, err := runCLI(t, "bench", "--model", dir, "--backend", "go,simd", "-p", "8", "-n", "3", "-b", "1,2", "-d", "0-4+4",
		"-t", "1", "-r", "2", "--warmup", "0", "--roofline=false", "-o", "json", "--output", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	rec, err := results.ReadRecord(path)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Kind != results.KindBench || len(rec.Backends) != 2 || rec.Model.Name != "tiny" || rec.Model.Weights != "stored" || rec.Model.DType != "bf16" {
		t.Fatalf("record %+v", rec)
	}
	for _, br := range rec.Backends {
		if len(br.Metrics) != 6 || len(br.Errors) != 0 {
			t.Errorf("%s: %d metrics, errors %v", br.Name, len(br.Metrics), br.Errors)
		}
		for _, m := range br.Metrics {
			if len(m.Samples) != 2 || m.Limit != nil {
				t.Errorf("%s %s: %+v", br.Name, m.Key(), m)
			}
		}
	}
	if a := rec.Backends[1].Agreement; a == nil || a.Rows != 64 || rec.Backends[0].Agreement != nil {
		t.Errorf("agreement %+v", a)
	}
	for _, want := range []string{"model tiny · weights stored · threads 1", "│ backend │", "│ simd    │ tg3@d4 │ 2 │", "agreement with go", "peak RSS"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "wrote "+path+" (json)") {
		t.Errorf("stderr %q", errOut)
	}
}

// TestBenchFormats: every -o format on stdout, each in its own shape;
// the machine formats keep stdout clean of the human lines.
func TestBenchFormats(t *testing.T) {
	dir := tinyBenchModel(t)
	args := []string{"bench", "--model", dir, "--backend", "go", "-p", "4", "-n", "2", "-t", "1", "-r", "1", "--warmup", "0", "--roofline=false"}
	for _, tc := range []struct {
		format string
		check  func(out string) error
	}{
		{"md", func(out string) error {
			return contains(out, "backend go · model tiny", "| test |", "|:-----", "| pp4  |", "peak RSS")
		}},
		{"csv", func(out string) error {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				return err
			}
			if len(rows) != 3 || rows[1][5] != "prefill" || rows[2][5] != "decode" {
				return errors.New("want a header and two metric rows")
			}
			return nil
		}},
		{"jsonl", func(out string) error {
			if n := strings.Count(out, "\n"); n != 2 || !strings.HasPrefix(out, `{"run_id":"bench-`) {
				return errors.New("want two JSON lines")
			}
			return nil
		}},
		{"json", func(out string) error {
			_, err := results.ParseRecord([]byte(out))
			return err
		}},
		{"benchfmt", func(out string) error {
			return contains(out, "goos: ", "cpu: ", "Unit tok/s better=higher", "BenchmarkPrefill/backend=go/", "/model=tiny/p=4-1\t1\t", "BenchmarkDecode/backend=go/")
		}},
	} {
		out, errOut, err := runCLI(t, append(args, "-o", tc.format)...)
		if err != nil {
			t.Fatalf("-o %s: %v\n%s", tc.format, err, errOut)
		}
		if err := tc.check(out); err != nil {
			t.Errorf("-o %s: %v:\n%s", tc.format, err, out)
		}
		if tc.format != "md" && strings.Contains(out, "peak RSS") {
			t.Errorf("-o %s: human lines on stdout:\n%s", tc.format, out)
		}
	}
}

func contains(s string, want ...string) error {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return errors.New("no " + w)
		}
	}
	return nil
}

// TestBenchFailingCase: a depth beyond the model's positions fails its
// cases, the rest still run and render, and the command's error (exit 1)
// says cases failed.
func TestBenchFailingCase(t *testing.T) {
	dir := tinyBenchModel(t)
	out, errOut, err := runCLI(t, "bench", "--model", dir, "--backend", "go", "-p", "4", "-n", "2", "-d", "0,100", "-t", "1",
		"-r", "1", "--warmup", "0", "--roofline=false", "-o", "md")
	if !errors.Is(err, bench.ErrCasesFailed) || !strings.Contains(err.Error(), "2 (first: go t=1 pp4@d100: needs 104 positions") {
		t.Fatalf("error %v", err)
	}
	if !strings.Contains(out, "| pp4  |") || !strings.Contains(out, "| tg2  |") || !strings.Contains(out, "failed:\n- go t=1 pp4@d100: needs 104") || !strings.Contains(out, "\n- go t=1 tg2@d100: needs 102 positions") {
		t.Errorf("stdout:\n%s", out)
	}
	if !strings.Contains(errOut, "bench: go t=1 pp4@d100: needs 104 positions per sequence; the cache holds 64") {
		t.Errorf("stderr:\n%s", errOut)
	}
}

// TestBenchFlagErrors: bad sweep specs and outputs are errors naming the
// flag, before anything loads.
func TestBenchFlagErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-p", "1-"}, "-p"},
		{[]string{"-n", "8-4"}, "start 8 is above end 4"},
		{[]string{"-b", "0"}, "-b"},
		{[]string{"-d", "1,,2"}, "empty item"},
		{[]string{"-t", "1-8*1"}, "factor 1"},
		{[]string{"--threads", "x"}, `"x" is not a whole number`},
		{[]string{"-p", "0", "-n", "0"}, "measure nothing"},
		{[]string{"-o", "xml"}, `-o "xml"`},
		{[]string{"--output", filepath.Join(missing, "r.json")}, "--output"},
		{[]string{"--op-profile", filepath.Join(missing, "ops.pb.gz")}, "--op-profile"},
		{[]string{"--weights", "q3"}, "--weights"},
		{[]string{"--backend", "go,,simd"}, "--backend"},
	} {
		_, _, err := runCLI(t, append([]string{"bench", "--model", missing}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one mentioning %q", tc.args, err, tc.want)
		}
	}
	// A model that does not load is reported as such, after the flags.
	if _, _, err := runCLI(t, "bench", "--model", missing); err == nil || !strings.Contains(err.Error(), "no") {
		t.Errorf("missing model: %v", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a failed bench created its output directory")
	}
}

// TestBenchOpProfile: --op-profile writes a pprof profile of every timed
// step's ops that pprof's own parser reads, labelled by backend and kind;
// --profile prints the per-op table beside it.
func TestBenchOpProfile(t *testing.T) {
	dir := tinyBenchModel(t)
	path := filepath.Join(t.TempDir(), "ops.pb.gz")
	out, errOut, err := runCLI(t, "bench", "--model", dir, "--backend", "go", "-p", "4", "-n", "2", "-t", "1", "-r", "1", "--warmup", "0",
		"--roofline=false", "--profile", "--op-profile", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, s := range p.Sample {
		if b := s.Label["backend"]; len(b) != 1 || b[0] != "go" {
			t.Fatalf("sample backend %v", b)
		}
		kinds[s.Label["kind"][0]]++
	}
	// Three profiled steps (one prefill, two decode), each op once: the
	// two layers' seven projections per step, and the logits.
	if kinds["matmul"] != 3*(2*7+1) || len(p.Sample) == 0 {
		t.Errorf("%d samples, kinds %v", len(p.Sample), kinds)
	}
	if !strings.Contains(out, "per-op profile, pp4") || !strings.Contains(errOut, "op profile: "+path) {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out, errOut)
	}
}

// TestBenchRoofline: with --roofline every figure carries its limit from
// hwinfo (measured here into a fresh cache): read bandwidth or the
// backend's matmul peak, whichever is lower for the case.
func TestBenchRoofline(t *testing.T) {
	dir := tinyBenchModel(t)
	t.Setenv("GEMMA_BENCH_CACHE", t.TempDir())
	path := filepath.Join(t.TempDir(), "rec.json")
	_, errOut, err := runCLI(t, "bench", "--model", dir, "--backend", "go", "-p", "4", "-n", "2", "-t", "1", "-r", "1", "--warmup", "0",
		"-o", "json", "--output", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	rec, err := results.ReadRecord(path)
	if err != nil {
		t.Fatal(err)
	}
	// The lower ceiling binds: on a model this small and the go
	// backend's slow matmul, even a decode may be compute-bound.
	for _, m := range rec.Backends[0].Metrics {
		if m.Limit == nil || m.Limit.Value <= 0 || !strings.Contains(m.Limit.Basis, "measured") ||
			!strings.Contains(m.Limit.Basis, "read bandwidth") && !strings.Contains(m.Limit.Basis, "matmul peak") {
			t.Errorf("%s: limit %+v, want one from hwinfo", m.Key(), m.Limit)
		}
	}
}

// TestBenchBandwidthAlongside: --bandwidth-alongside gives the decode a
// limit from bandwidth read after its repetitions, the model's largest
// tensor named, even with the cached roofline off; the prefill has none.
func TestBenchBandwidthAlongside(t *testing.T) {
	dir := tinyBenchModel(t)
	path := filepath.Join(t.TempDir(), "rec.json")
	_, errOut, err := runCLI(t, "bench", "--model", dir, "--backend", "go", "-p", "4", "-n", "2", "-t", "1", "-r", "2", "--warmup", "0",
		"--roofline=false", "--bandwidth-alongside", "-o", "json", "--output", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	rec, err := results.ReadRecord(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Backends[0].Metrics {
		switch m.Name {
		case "decode":
			if m.Limit == nil || !strings.Contains(m.Limit.Basis, "after each of 2 repetitions") || !strings.Contains(m.Limit.Basis, "1 threads reading") {
				t.Errorf("decode limit %+v", m.Limit)
			}
		default:
			if m.Limit != nil {
				t.Errorf("%s: limit %+v without the roofline", m.Key(), m.Limit)
			}
		}
	}
}
