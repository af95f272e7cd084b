package evals_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/evals"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// cancelAfter wraps an LM and cancels the run's context when its n-th call
// returns, the way Ctrl-C lands between two batches.
type cancelAfter struct {
	evals.LM
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Loglikelihood(ctx context.Context, reqs []tasks.Request) ([]evals.Response, error) {
	res, err := c.LM.Loglikelihood(ctx, reqs)
	if c.n--; c.n == 0 {
		c.cancel()
	}
	return res, err
}

type runFixture struct {
	m     *model.Model
	tok   evals.Tokenizer
	suite tasks.Suite
}

func newRunFixture(t *testing.T) runFixture {
	c := tinyConfig(t, 512)
	arith, err := tasks.Arith(tasks.ArithConfig{Seed: 5, N: 9, Shots: 2})
	if err != nil {
		t.Fatal(err)
	}
	mc, err := tasks.LoadMCTask("testdata/mc.json")
	if err != nil {
		t.Fatal(err)
	}
	return runFixture{m: loadModel(t, synthDir(t, c)), tok: trainedTok(t), suite: tasks.Suite{Tasks: []tasks.Task{arith, mc}}}
}

// engine plans the suite and opens an engine sized for it on tok.
func (f runFixture) engine(t *testing.T, tok evals.Tokenizer, shard results.Shard) (*evals.Plan, *evals.Engine) {
	t.Helper()
	plan, err := evals.NewPlan(f.suite, evals.PlanOptions{Shots: -1, BatchSize: 2, Shard: shard})
	if err != nil {
		t.Fatal(err)
	}
	e, err := evals.NewEngine(f.m, openGo(t), tok, evals.Options{CacheLen: plan.CacheLen(512)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return plan, e
}

// run scores the suite into dir with a fresh engine.
func (f runFixture) run(t *testing.T, ctx context.Context, dir string, shard results.Shard, resume bool, wrap func(evals.LM) evals.LM) (*evals.Outcome, error) {
	t.Helper()
	plan, e := f.engine(t, f.tok, shard)
	var lm evals.LM = e
	if wrap != nil {
		lm = wrap(e)
	}
	return evals.Run(ctx, lm, plan, evals.RunOptions{Dir: dir, RunID: "t", Resume: resume, Settings: results.Settings{Backend: "go", Shots: -1, BatchSize: 2}})
}

// identity strips what legitimately differs between equivalent runs.
func identity(t *testing.T, ss []results.Sample) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		b, err := json.Marshal(s.WithoutPerf())
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(b)
	}
	return out
}

func scoresOf(res *results.Results) map[string]string {
	out := map[string]string{}
	for k, v := range res.Results {
		b, _ := json.Marshal(v)
		out[k] = string(b)
	}
	return out
}

func TestRunResumeAndShardsEqualOneRun(t *testing.T) {
	f := newRunFixture(t)
	root := t.TempDir()
	whole, err := f.run(t, bg, filepath.Join(root, "whole"), results.Shard{Count: 1}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Samples) != 14 || whole.Results.Performance.LMEvalTokens <= whole.Results.Performance.PrefillTokens {
		t.Fatalf("%d samples, perf %+v", len(whole.Samples), whole.Results.Performance)
	}
	disk, err := results.ReadSamples(filepath.Join(root, "whole", results.SamplesFile))
	if err != nil || !reflect.DeepEqual(identity(t, disk), identity(t, whole.Samples)) {
		t.Fatalf("samples on disk differ from the run's: %v", err)
	}

	t.Run("interrupted and resumed", func(t *testing.T) {
		dir := filepath.Join(root, "resumed")
		ctx, cancel := context.WithCancel(bg)
		defer cancel()
		part, err := f.run(t, ctx, dir, results.Shard{Count: 1}, false, func(lm evals.LM) evals.LM { return &cancelAfter{LM: lm, n: 3, cancel: cancel} })
		if !errors.Is(err, evals.ErrInterrupted) || !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted run: %v", err)
		}
		if got, _ := results.ReadSamples(filepath.Join(dir, results.SamplesFile)); len(got) != 6 {
			t.Fatalf("%d samples saved before the interrupt, want the 3 batches scored (6)", len(got))
		}
		if len(part.Samples) != 6 {
			t.Errorf("outcome holds %d samples", len(part.Samples))
		}
		if _, err := f.run(t, bg, dir, results.Shard{Count: 1}, false, nil); err == nil {
			t.Fatal("a second run into the same directory without --resume: no error")
		}
		done, err := f.run(t, bg, dir, results.Shard{Count: 1}, true, nil)
		if err != nil {
			t.Fatal(err)
		}
		if done.Resumed != 6 {
			t.Errorf("resumed %d docs, want 6", done.Resumed)
		}
		disk, _ := results.ReadSamples(filepath.Join(dir, results.SamplesFile))
		if !reflect.DeepEqual(identity(t, disk), identity(t, whole.Samples)) {
			t.Error("resumed samples differ from one uninterrupted run")
		}
		if !reflect.DeepEqual(scoresOf(done.Results), scoresOf(whole.Results)) {
			t.Errorf("resumed scores %v\nwant %v", scoresOf(done.Results), scoresOf(whole.Results))
		}
	})

	t.Run("shards merged", func(t *testing.T) {
		var dirs []string
		for i := range 3 {
			dir := filepath.Join(root, fmt.Sprint("shard", i))
			if _, err := f.run(t, bg, dir, results.Shard{Index: i, Count: 3}, false, nil); err != nil {
				t.Fatal(err)
			}
			dirs = append(dirs, dir)
		}
		if _, err := evals.Merge(dirs[:2], filepath.Join(root, "bad")); err == nil {
			t.Error("merge with a shard missing: no error")
		}
		if _, err := evals.Merge([]string{dirs[0], dirs[0], dirs[1]}, filepath.Join(root, "bad")); err == nil {
			t.Error("merge with a shard twice: no error")
		}
		if _, err := evals.Merge([]string{dirs[0], dirs[1], filepath.Join(root, "whole")}, filepath.Join(root, "bad")); err == nil {
			t.Error("merge of a whole run with shards: no error")
		}
		merged, err := evals.Merge(dirs, filepath.Join(root, "merged"))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(identity(t, merged.Samples), identity(t, whole.Samples)) {
			t.Error("merged samples differ from one run")
		}
		if !reflect.DeepEqual(scoresOf(merged.Results), scoresOf(whole.Results)) {
			t.Errorf("merged scores %v\nwant %v", scoresOf(merged.Results), scoresOf(whole.Results))
		}
		var onDisk results.Results
		if err := results.ReadJSON(filepath.Join(root, "merged", results.ResultsFile), &onDisk); err != nil {
			t.Fatal(err)
		}
		if len(onDisk.Shards) != 3 || onDisk.Performance.Docs != 14 {
			t.Errorf("merged results.json: shards %v, %d docs", onDisk.Shards, onDisk.Performance.Docs)
		}
	})
}

// Group scores are lm-eval's: size-weighted means and pooled stderrs over
// every leaf task beneath the group, N/A where a leaf has one sample.
func TestSummarizeGroups(t *testing.T) {
	acc := []results.MetricInfo{{Name: "acc", Filter: "none", Aggregation: "mean", HigherIsBetter: true}}
	run := results.Run{
		RunID: "g",
		Tasks: []results.TaskInfo{
			{Name: "mmlu_a", Version: "1.0", Metrics: acc, Original: 4, Effective: 4},
			{Name: "mmlu_b", Version: "1.0", Metrics: acc, Original: 2, Effective: 2},
			{Name: "mmlu_c", Version: "1.0", Metrics: acc, Original: 1, Effective: 1},
		},
		Groups: []results.GroupInfo{
			{Name: "mmlu", Alias: "mmlu", Version: "2", Members: []string{"mmlu_x", "mmlu_y"}},
			{Name: "mmlu_x", Alias: "x", Version: "2", Members: []string{"mmlu_a", "mmlu_b"}},
			{Name: "mmlu_y", Alias: "y", Version: "2", Members: []string{"mmlu_c"}},
		},
	}
	var ss []results.Sample
	add := func(task string, vals ...float64) {
		for i, v := range vals {
			ss = append(ss, results.Sample{Task: task, DocID: i, Metrics: []results.MetricValue{{Key: "acc,none", Num: results.Float(v), Den: 1}}})
		}
	}
	add("mmlu_a", 1, 0, 1, 1)
	add("mmlu_b", 0, 1)
	add("mmlu_c", 1)
	res, err := evals.Summarize(run, ss, evals.PerfInfo{})
	if err != nil {
		t.Fatal(err)
	}
	seA := 0.5 / 2                       // sample sd of {1,0,1,1} is 0.5; / √4
	seB := math.Sqrt(0.5) / math.Sqrt(2) // sample sd of {0,1} is √0.5; / √2
	pooledX := math.Sqrt((3*seA*seA*4 + 1*seB*seB*2) / (6 - 2) / 6)
	cases := []struct {
		name, alias string
		acc, se     float64
	}{
		{"mmlu_a", "  - a", 0.75, seA},
		{"mmlu_x", " - x", 4.0 / 6, pooledX},
		{"mmlu_c", "  - c", 1, math.NaN()},
		{"mmlu_y", " - y", 1, math.NaN()},
		{"mmlu", "mmlu", 5.0 / 7, math.NaN()}, // a leaf with one sample makes it N/A
	}
	for _, tc := range cases {
		sc := res.Results[tc.name]
		if sc.Alias != tc.alias || !close(sc.Values["acc,none"], tc.acc, 1e-12, 0) ||
			(math.IsNaN(tc.se) != math.IsNaN(sc.Values["acc_stderr,none"])) || (!math.IsNaN(tc.se) && !close(sc.Values["acc_stderr,none"], tc.se, 1e-12, 0)) {
			t.Errorf("%s: %+v, want alias %q acc %v stderr %v", tc.name, sc, tc.alias, tc.acc, tc.se)
		}
	}
	if _, ok := res.Groups["mmlu_x"]; !ok || len(res.Groups) != 3 || string(res.Versions["mmlu"]) != "2" {
		t.Errorf("groups %v versions %v", res.Groups, res.Versions)
	}
	ss = append(ss, results.Sample{Task: "other", Metrics: []results.MetricValue{{Key: "acc,none"}}})
	if _, err := evals.Summarize(run, ss, evals.PerfInfo{}); err == nil {
		t.Error("samples of an unknown task: no error")
	}
}

// TestPrecompileCoversTheRun: the shapes a counter predicts are exactly
// enough: after Precompile, scoring the whole plan compiles nothing more
// (no compile inside a timed step), and far fewer than the whole bucket
// set were built.
func TestPrecompileCoversTheRun(t *testing.T) {
	f := newRunFixture(t)
	plan, e := f.engine(t, f.tok, results.Shard{})
	if err := e.Precompile(bg, plan); err != nil {
		t.Fatal(err)
	}
	before := e.Compiles()
	if before == 0 {
		t.Fatal("nothing precompiled")
	}
	if _, err := evals.Run(bg, e, plan, evals.RunOptions{Dir: t.TempDir(), RunID: "p", Settings: results.Settings{Backend: "go", Shots: -1, BatchSize: 2}}); err != nil {
		t.Fatal(err)
	}
	if after := e.Compiles(); after != before {
		t.Errorf("the run compiled %d shapes after Precompile", after-before)
	}
	if all := len(model.Shapes(256, 32, model.DefaultBucketsPerOctave)); before >= all/4 {
		t.Errorf("precompiled %d of %d bucket shapes: not selective", before, all)
	}
}

// bigTok is a tokenizer whose ids overrun the model's vocabulary.
type bigTok struct{ evals.Tokenizer }

func (b bigTok) Encode(s string) []int {
	ids := b.Tokenizer.Encode(s)
	for i := range ids {
		ids[i] += 1 << 20
	}
	return ids
}

// TestRunRefusesATokenizerTooBig: ids the model cannot embed fail the run
// before its directory exists, not at the first step with half a run on
// disk.
func TestRunRefusesATokenizerTooBig(t *testing.T) {
	f := newRunFixture(t)
	plan, e := f.engine(t, bigTok{f.tok}, results.Shard{})
	dir := filepath.Join(t.TempDir(), "run")
	_, err := evals.Run(bg, e, plan, evals.RunOptions{Dir: dir, RunID: "big", Settings: results.Settings{Backend: "go"}})
	if !errors.Is(err, evals.ErrInput) || !strings.Contains(err.Error(), "vocabulary") {
		t.Fatalf("run with ids past the vocabulary: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused run left %s behind (%v)", dir, err)
	}
}
