package results

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// evalFixture is a small eval run: a multiple-choice task (acc, acc_norm),
// a generation task (exact_match, with timings of a generation) and a
// perplexity task, the first two in a group.
type evalFixture struct {
	run     Run
	samples []Sample
	res     Results
}

func newEvalFixture() *evalFixture {
	t0 := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	f := &evalFixture{}
	f.run = Run{
		Schema: Schema, RunID: "eval-1", Created: t0,
		Settings: Settings{
			Model:          ModelInfo{Dir: "/m/gemma-2b", Name: "gemma-2b", Params: 2506172416, Fingerprint: "fp-a"},
			Tokenizer:      TokenizerInfo{Path: "/m/gemma-2b/tokenizer.json", SHA256: "tok-a"},
			Backend:        "simd",
			BackendOptions: map[string]string{"kernels": "avx2", "math": "fast"},
			TaskArgs:       []string{"grp", "ppl"},
		},
		Shard: Shard{Count: 1},
		Tasks: []TaskInfo{
			{Name: "mc", Version: "1.0", OutputType: "multiple_choice", NShot: 5, Metrics: []MetricInfo{
				{Name: "acc", Filter: "none", Aggregation: "mean", HigherIsBetter: true},
				{Name: "acc_norm", Filter: "none", Aggregation: "mean", HigherIsBetter: true}}},
			{Name: "gen", Version: "2", OutputType: "generate_until", Metrics: []MetricInfo{
				{Name: "exact_match", Filter: "strict", Aggregation: "mean", HigherIsBetter: true}}},
			{Name: "ppl", Version: "1", OutputType: "loglikelihood_rolling", Metrics: []MetricInfo{
				{Name: "word_perplexity", Filter: "none", Aggregation: "perplexity"}}},
		},
		Groups: []GroupInfo{{Name: "grp", Alias: "grp", Version: "1", Members: []string{"mc", "gen"}}},
		Environment: Environment{GoVersion: "go1.26.0", OS: "linux", Arch: "amd64", CPU: "AMD EPYC", NumCPU: 2,
			Module: "github.com/gemma-bench/gemma-bench@(devel)", VCSRevision: "abc123"},
	}
	acc := []float64{1, 0, 1, 1}
	norm := []float64{1, 1, 0, 1}
	// Docs out of order, as batches finish them.
	for _, id := range []int{2, 0, 3, 1} {
		f.samples = append(f.samples, Sample{Task: "mc", DocID: id,
			Metrics: []MetricValue{{Key: "acc,none", Num: Float(acc[id]), Den: 1}, {Key: "acc_norm,none", Num: Float(norm[id]), Den: 1}},
			Perf:    SamplePerf{LatencyNs: int64(100+id) * 1e6}})
	}
	em := []float64{1, 0, 0}
	for id := range em {
		f.samples = append(f.samples, Sample{Task: "gen", DocID: id,
			Metrics: []MetricValue{{Key: "exact_match,strict", Num: Float(em[id]), Den: 1}},
			Perf:    SamplePerf{LatencyNs: 2e9, TTFTNs: int64(300+id) * 1e6, DecodeStepNs: []int64{10e6, 11e6}}})
	}
	for id := range 2 {
		f.samples = append(f.samples, Sample{Task: "ppl", DocID: id,
			Metrics: []MetricValue{{Key: "word_perplexity,none", Num: -12, Den: 5}}})
	}
	f.res = Results{
		Results: map[string]Scores{
			"mc":  {Values: map[string]float64{"acc,none": 0.75, "acc_stderr,none": 0.25, "acc_norm,none": 0.75, "acc_norm_stderr,none": 0.25}},
			"gen": {Values: map[string]float64{"exact_match,strict": 1.0 / 3, "exact_match_stderr,strict": math.Sqrt(1.0 / 3 / 3)}},
			"ppl": {Values: map[string]float64{"word_perplexity,none": math.Exp(24.0 / 10), "word_perplexity_stderr,none": math.NaN()}},
			"grp": {Values: map[string]float64{"acc,none": 0.75, "acc_stderr,none": 0.2, "acc_norm,none": 0.75, "acc_norm_stderr,none": 0.2,
				"exact_match,strict": 1.0 / 3, "exact_match_stderr,strict": 0.3}},
		},
		TotalEvaluationTimeSeconds: "90.5",
	}
	return f
}

func (f *evalFixture) write(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := WriteJSONAtomic(filepath.Join(dir, RunFile), f.run); err != nil {
		t.Fatal(err)
	}
	w, err := OpenSampleWriter(filepath.Join(dir, SamplesFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range f.samples {
		if err := w.Append(s); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	if err := WriteJSONAtomic(filepath.Join(dir, ResultsFile), f.res); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestEvalRecord(t *testing.T) {
	dir := newEvalFixture().write(t)
	rec, err := EvalRecord(dir)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Kind != KindEval || rec.RunID != "eval-1" || rec.Model.Name != "gemma-2b" || rec.Model.Fingerprint != "fp-a" ||
		rec.Model.Weights != "stored" || rec.Tokenizer == nil || rec.Tokenizer.SHA256 != "tok-a" {
		t.Errorf("identity: %+v %+v %+v", rec.Kind, rec.Model, rec.Tokenizer)
	}
	if rec.Build.Module != "github.com/gemma-bench/gemma-bench" || rec.Build.Version != "(devel)" || rec.Build.Commit != "abc123" {
		t.Errorf("build %+v", rec.Build)
	}
	if got := rec.End.Sub(rec.Start); got != 90500*time.Millisecond {
		t.Errorf("end - start = %v, want the run's 90.5 s", got)
	}
	wantTasks := []TaskRef{{Name: "mc", Version: "1.0", NShot: 5, Docs: 4}, {Name: "gen", Version: "2", Docs: 3}, {Name: "ppl", Version: "1", Docs: 2}}
	if !slices.Equal(rec.Tasks, wantTasks) {
		t.Errorf("tasks %+v, want %+v (no data hash: run.json records none)", rec.Tasks, wantTasks)
	}
	if len(rec.Backends) != 1 || rec.Backends[0].Name != "simd" || rec.Backends[0].Options["kernels"] != "avx2" {
		t.Fatalf("backends %+v", rec.Backends)
	}
	byKey := map[string]Metric{}
	var keys []string
	for _, m := range rec.Backends[0].Metrics {
		byKey[m.Key()] = m
		keys = append(keys, m.Key())
	}
	wantKeys := []string{
		"acc/filter=none/task=mc", "acc_norm/filter=none/task=mc", "latency/task=mc",
		"exact_match/filter=strict/task=gen", "latency/task=gen", "ttft/task=gen", "decode_step/task=gen",
		"acc/filter=none/task=grp", "acc_norm/filter=none/task=grp", "exact_match/filter=strict/task=grp",
	}
	if !slices.Equal(keys, wantKeys) {
		t.Errorf("metrics\n%q\nwant\n%q (perplexities left out)", keys, wantKeys)
	}
	acc := byKey["acc/filter=none/task=mc"]
	if !slices.Equal(acc.Samples, []float64{1, 0, 1, 1}) || acc.Unit != UnitAcc || !acc.HigherIsBetter ||
		acc.Summary != (Summary{N: 4, Center: 0.75, Lo: 0.5, Hi: 1, Stat: "mean"}) {
		t.Errorf("mc acc: %+v (samples in doc order, mean ∓ results.json's stderr)", acc)
	}
	grp := byKey["exact_match/filter=strict/task=grp"]
	if len(grp.Samples) != 3 || math.Abs(grp.Summary.Lo-(1.0/3-0.3)) > 1e-12 {
		t.Errorf("group exact_match: %+v (the leaves' docs, the pooled stderr)", grp)
	}
	if g := byKey["acc/filter=none/task=grp"]; len(g.Samples) != 4 || g.Summary.Hi != 0.95 {
		t.Errorf("group acc: %+v", g)
	}
	lat := byKey["latency/task=mc"]
	if lat.Unit != UnitSeconds || lat.HigherIsBetter || lat.Summary.Stat != "median" || lat.Summary.Center != 0.1015 || lat.Summary.N != 4 {
		t.Errorf("latency: %+v", lat)
	}
	if st := byKey["decode_step/task=gen"]; st.Summary.N != 6 || math.Abs(st.Summary.Center-0.0105) > 1e-15 {
		t.Errorf("decode steps: %+v", st)
	}
	path := filepath.Join(t.TempDir(), RecordFile)
	if err := WriteRecord(path, rec); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRecord(path); err != nil {
		t.Fatalf("record does not read back: %v", err)
	}
}

// TestEvalRecordErrors: a directory that cannot become a record is an
// error naming the file at fault.
func TestEvalRecordErrors(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(f *evalFixture)
		after func(dir string)
		file  string
		want  string
	}{
		{"no run.json", nil, func(d string) { os.Remove(filepath.Join(d, RunFile)) }, RunFile, "no such file"},
		{"no results.json", nil, func(d string) { os.Remove(filepath.Join(d, ResultsFile)) }, ResultsFile, "--resume"},
		{"torn samples", nil, func(d string) {
			os.WriteFile(filepath.Join(d, SamplesFile), []byte("{\"task\":\"mc\"\n{}\n"), 0o644)
		}, SamplesFile + ":1", "corrupt"},
		{"stale results.json", func(f *evalFixture) { f.res.Results["mc"].Values["acc,none"] = 0.5 }, nil, ResultsFile, "stale"},
		{"score missing", func(f *evalFixture) { delete(f.res.Results["gen"].Values, "exact_match,strict") }, nil, ResultsFile, "no exact_match,strict score"},
		{"sample lacks metric", func(f *evalFixture) { f.samples[0].Metrics = f.samples[0].Metrics[:1] }, nil, ResultsFile, "lacks metric acc_norm,none"},
		{"unlisted task", func(f *evalFixture) { f.samples = append(f.samples, Sample{Task: "other"}) }, nil, ResultsFile, "task other"},
		{"no fingerprint", func(f *evalFixture) { f.run.Settings.Model.Fingerprint = "" }, nil, ResultsFile, "fingerprint missing"},
	}
	for _, tc := range cases {
		f := newEvalFixture()
		if tc.edit != nil {
			tc.edit(f)
		}
		dir := f.write(t)
		if tc.after != nil {
			tc.after(dir)
		}
		_, err := EvalRecord(dir)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, tc.file)) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one naming %s and saying %q", tc.name, err, tc.file, tc.want)
		}
	}
}

// TestMedianSummary: benchmath's interval where the samples give one;
// with fewer than 6, the observed range instead of ±∞ (JSON has none).
func TestMedianSummary(t *testing.T) {
	few := []float64{3, 1, 2}
	if s := MedianSummary(few); s != (Summary{N: 3, Center: 2, Lo: 1, Hi: 3, Stat: "median"}) {
		t.Errorf("3 samples: %+v", s)
	}
	if !slices.Equal(few, []float64{3, 1, 2}) {
		t.Error("MedianSummary sorted its argument")
	}
	many := []float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5}
	s := MedianSummary(many)
	if s.Center != 5.5 || !(s.Lo > 1 && s.Lo < 5.5 && s.Hi > 5.5 && s.Hi < 10) {
		t.Errorf("10 samples: %+v, want the median 5.5 inside an interval narrower than the range", s)
	}
	m := Metric{Name: "x", Unit: "s", Samples: many, Summary: s}
	if err := m.checkSummary(); err != nil {
		t.Errorf("the record's own check refuses it: %v", err)
	}
	if MedianSummary(nil) != (Summary{Stat: "median"}) {
		t.Error("empty")
	}
}
