package compare

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
)

// normal draws n seeded samples of N(mean, sd).
func normal(seed uint64, n int, mean, sd float64) []float64 {
	r := rand.New(rand.NewPCG(seed, 0))
	out := make([]float64, n)
	for i := range out {
		out[i] = mean + sd*r.NormFloat64()
	}
	return out
}

func speed(name string, labels map[string]string, samples []float64) results.Metric {
	return results.Metric{Name: name, Labels: labels, Unit: "tok/s", HigherIsBetter: true, Samples: samples, Summary: results.MedianSummary(samples)}
}

// accuracy is a mean metric whose summary is mean ∓ se.
func accuracy(task string, samples []float64, se float64) results.Metric {
	var sum float64
	for _, v := range samples {
		sum += v
	}
	mean := sum / float64(len(samples))
	return results.Metric{Name: "acc", Labels: map[string]string{"task": task, "filter": "none"}, Unit: results.UnitAcc, HigherIsBetter: true,
		Samples: samples, Summary: results.Summary{N: len(samples), Center: mean, Lo: mean - se, Hi: mean + se, Stat: "mean"}}
}

func record(kind, model string, backends ...results.BackendRun) *results.Record {
	t0 := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	r := &results.Record{
		Schema: results.RecordSchema, Kind: kind, RunID: "run-" + model, Start: t0, End: t0.Add(time.Minute),
		Build:    results.Build{Module: "github.com/gemma-bench/gemma-bench", Commit: "0123456789abcdef"},
		Host:     results.Host{CPU: "AMD EPYC 9654", Cores: 2, OS: "linux", Arch: "amd64"},
		Model:    results.ModelRef{Name: model, Arch: "gemma", Weights: "stored", Fingerprint: "fp-" + model},
		Backends: backends,
	}
	if kind == results.KindEval {
		r.Tasks = []results.TaskRef{{Name: "arith", Version: "1", Docs: 4}}
	}
	if err := r.Validate(); err != nil {
		panic(err)
	}
	return r
}

func decodeRecord(model string, samples []float64) *results.Record {
	return record(results.KindBench, model, results.BackendRun{Name: "go",
		Metrics: []results.Metric{speed("decode", map[string]string{"n": "128"}, samples)}})
}

func thresholds(t *testing.T, specs ...string) []Threshold {
	t.Helper()
	var out []Threshold
	for _, s := range specs {
		th, err := ParseThreshold(s)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, th)
	}
	return out
}

// TestPlantedSlowdown: a 10% slowdown in 10 samples a side is flagged:
// significant, its interval excludes no change, and tg128<-5% fails.
func TestPlantedSlowdown(t *testing.T) {
	base, slow := decodeRecord("gemma-2b", normal(1, 10, 100, 2)), decodeRecord("gemma-2b", normal(2, 10, 90, 2))
	rep, err := Compare(base, slow, Options{FailOn: thresholds(t, "tg128<-5%")})
	if err != nil {
		t.Fatal(err)
	}
	row := rep.Rows[0]
	if math.Abs(row.Change+10) > 3 || !(row.Lo < row.Change && row.Change < row.Hi && row.Hi < 0) {
		t.Errorf("change %.2f%% in [%.2f, %.2f]: want about -10%%, an interval below 0 holding it", row.Change, row.Lo, row.Hi)
	}
	if !row.Significant || row.P >= 0.001 || !row.Regression || len(rep.Regressions()) != 1 {
		t.Errorf("p %v, significant %v, regression %v", row.P, row.Significant, row.Regression)
	}
	if v := row.Verdict(); v != "REGRESSION (tg128<-5%)" {
		t.Errorf("verdict %q", v)
	}
	if s := rep.Summary(); !strings.HasPrefix(s, "REGRESSION: 1 metric") || !strings.Contains(s, "go decode/n=128") {
		t.Errorf("summary %q", s)
	}
}

// TestSameDistribution: two samples of one distribution are not flagged,
// and over many seeds the test is significant about alpha of the time.
func TestSameDistribution(t *testing.T) {
	rep, err := Compare(decodeRecord("gemma-2b", normal(1, 10, 100, 2)), decodeRecord("gemma-2b", normal(2, 10, 100, 2)),
		Options{FailOn: thresholds(t, "tg128<-5%", "decode>+5%")})
	if err != nil {
		t.Fatal(err)
	}
	if row := rep.Rows[0]; row.Significant || row.Regression || row.Verdict() != "~" || !(row.Lo < 0 && row.Hi > 0) {
		t.Errorf("same distribution: %+v, verdict %q", row, row.Verdict())
	}
	significant := 0
	const trials = 100
	for seed := range uint64(trials) {
		rep, err := Compare(decodeRecord("m", normal(2*seed+10, 10, 100, 2)), decodeRecord("m", normal(2*seed+11, 10, 100, 2)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rows[0].Significant {
			significant++
		}
	}
	if significant > 12 {
		t.Errorf("%d of %d same-distribution pairs significant at alpha 0.05", significant, trials)
	}
}

// TestSignificantWithinThreshold: a real 3% slowdown is reported as worse
// but does not fail a 5% gate; a 10% drop in 3 samples a side crosses it
// but cannot be significant, and does not fail either.
func TestSignificantWithinThreshold(t *testing.T) {
	rep, err := Compare(decodeRecord("m", normal(1, 10, 100, 1)), decodeRecord("m", normal(2, 10, 97, 1)), Options{FailOn: thresholds(t, "tg128<-5%")})
	if err != nil {
		t.Fatal(err)
	}
	if row := rep.Rows[0]; !row.Significant || row.Regression || row.Verdict() != "worse" || len(row.Crossed) != 0 {
		t.Errorf("3%% slower: %+v verdict %q", row, row.Verdict())
	}
	rep, err = Compare(decodeRecord("m", []float64{100, 101, 99}), decodeRecord("m", []float64{90, 91, 89}), Options{FailOn: thresholds(t, "tg128<-5%")})
	if err != nil {
		t.Fatal(err)
	}
	row := rep.Rows[0]
	if row.Significant || row.Regression || row.Verdict() != "~ (crossed tg128<-5%, not significant)" || !math.IsInf(row.Lo, -1) {
		t.Errorf("3 samples: %+v verdict %q", row, row.Verdict())
	}
	if len(row.Notes) < 2 || !strings.Contains(strings.Join(row.Notes, "\n"), "need >= 4 samples") {
		t.Errorf("notes %q: want benchmath's sample-size warning and the unbounded interval", row.Notes)
	}
	if s := rep.Summary(); !strings.Contains(s, "none significantly") {
		t.Errorf("summary %q", s)
	}
}

// TestAccuracyZTest: means are compared with a z-test on the standard
// errors; a difference of exactly 1.96 combined standard errors has p 0.05.
func TestAccuracyZTest(t *testing.T) {
	const se = 0.05 // hypot(0.03, 0.04)
	delta := -z975 * se
	base := record(results.KindEval, "m", results.BackendRun{Name: "go", Metrics: []results.Metric{accuracy("arith", []float64{0.5}, 0.03)}})
	nw := record(results.KindEval, "m", results.BackendRun{Name: "go", Metrics: []results.Metric{accuracy("arith", []float64{0.5 + delta}, 0.04)}})
	rep, err := Compare(base, nw, Options{FailOn: thresholds(t, "acc<-1pt")})
	if err != nil {
		t.Fatal(err)
	}
	row := rep.Rows[0]
	if math.Abs(row.P-0.05) > 1e-9 || row.ChangeUnit != UnitPoints || math.Abs(row.Change-100*delta) > 1e-9 || math.Abs(row.Hi) > 1e-9 {
		t.Errorf("row %+v: want p 0.05, change %.3f pt, interval ending at 0", row, 100*delta)
	}
	// 0.5 → 0.4 over 1000 docs each: -10 pt, far past its stderr.
	big := func(p float64) []float64 {
		s := make([]float64, 1000)
		for i := range int(p * 1000) {
			s[i] = 1
		}
		return s
	}
	sd := func(p float64) float64 { return math.Sqrt(p * (1 - p) / 999) }
	base = record(results.KindEval, "m", results.BackendRun{Name: "go", Metrics: []results.Metric{accuracy("arith", big(0.5), sd(0.5))}})
	nw = record(results.KindEval, "m", results.BackendRun{Name: "go", Metrics: []results.Metric{accuracy("arith", big(0.4), sd(0.4))}})
	rep, err = Compare(base, nw, Options{FailOn: thresholds(t, "acc/task=arith<-1pt")})
	if err != nil {
		t.Fatal(err)
	}
	if row := rep.Rows[0]; !row.Regression || row.P > 1e-4 || math.Abs(row.Change+10) > 1e-9 {
		t.Errorf("10 pt drop: %+v", row)
	}
	if _, err := Compare(base, nw, Options{FailOn: thresholds(t, "acc<-1%")}); err != nil {
		t.Errorf("a relative threshold on an accuracy: %v", err)
	}
}

// TestDifferentModels: a run of model A is not compared with one of B
// unless forced, and the error names both.
func TestDifferentModels(t *testing.T) {
	a, b := decodeRecord("gemma-2b", normal(1, 10, 100, 2)), decodeRecord("gemma2-2b", normal(2, 10, 100, 2))
	_, err := Compare(a, b, Options{})
	if !errors.Is(err, ErrIncomparable) || !strings.Contains(err.Error(), "model name: gemma-2b vs gemma2-2b") ||
		!strings.Contains(err.Error(), "model fingerprint: fp-gemma-2b vs fp-gemma2-2b") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("different models: %v", err)
	}
	rep, err := Compare(a, b, Options{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	rep.WriteText(&text)
	if !strings.Contains(text.String(), "forced past: model name: gemma-2b vs gemma2-2b") {
		t.Errorf("forced report does not say what differed:\n%s", text.String())
	}
}

// TestIdentityDifferences: task differences are errors; host and backend
// option differences warnings.
func TestIdentityDifferences(t *testing.T) {
	acc := []results.Metric{accuracy("arith", []float64{1, 0, 1, 1}, 0.25)}
	base := record(results.KindEval, "m", results.BackendRun{Name: "simd", Options: map[string]string{"math": "fast"}, Metrics: acc})
	nw := record(results.KindEval, "m", results.BackendRun{Name: "simd", Options: map[string]string{"math": "exact"}, Metrics: acc})
	nw.Host.CPU = "Intel Xeon 8480"
	nw.Tokenizer = &results.TokenizerInfo{SHA256: "t2"}
	rep, err := Compare(base, nw, Options{})
	if err != nil {
		t.Fatalf("host and options differ: %v", err)
	}
	var got []string
	for _, d := range rep.Differences {
		got = append(got, d.Severity.String()+" "+d.String())
	}
	want := []string{
		"warning 1 task(s) without a data hash on one side or both: not checked that both read the same data",
		"warning backend simd option math: fast vs exact",
		"warning host CPU: AMD EPYC 9654 vs Intel Xeon 8480",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("differences\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, tc := range []struct {
		edit func(r *results.Record)
		want string
	}{
		{func(r *results.Record) { r.Tasks[0].Version = "2" }, "task arith version: 1 vs 2"},
		{func(r *results.Record) { r.Tasks[0].Docs = 8 }, "task arith docs: 4 vs 8"},
		{func(r *results.Record) { r.Tasks[0].Name = "mmlu" }, "task arith: v1 vs (absent); task mmlu: (absent) vs v1"},
		{func(r *results.Record) { r.Model.Weights = "q8_0" }, "model weights: stored vs q8_0"},
		{func(r *results.Record) { r.Kind = results.KindBench }, "kind of run: eval vs bench"},
	} {
		changed := record(results.KindEval, "m", results.BackendRun{Name: "simd", Metrics: acc})
		tc.edit(changed)
		if _, err := Compare(base, changed, Options{}); !errors.Is(err, ErrIncomparable) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want one saying %q", err, tc.want)
		}
	}
	hashed := func(h string) *results.Record {
		r := record(results.KindEval, "m", results.BackendRun{Name: "simd", Metrics: acc})
		r.Tasks[0].DataHash = h
		return r
	}
	if _, err := Compare(hashed("aa"), hashed("bb"), Options{}); err == nil || !strings.Contains(err.Error(), "task arith data hash: aa vs bb") {
		t.Errorf("data hash: %v", err)
	}
	if rep, err := Compare(hashed("aa"), hashed("aa"), Options{}); err != nil || len(rep.Differences) != 0 {
		t.Errorf("same hash: %v %v", err, rep.Differences)
	}
}

// TestCannotCompare: nothing in common, or a gate that checks nothing.
func TestCannotCompare(t *testing.T) {
	a := decodeRecord("m", normal(1, 10, 100, 2))
	b := record(results.KindBench, "m", results.BackendRun{Name: "go", Metrics: []results.Metric{speed("prefill", map[string]string{"p": "512"}, normal(3, 10, 100, 2))}})
	if _, err := Compare(a, b, Options{}); !errors.Is(err, ErrIncomparable) || !strings.Contains(err.Error(), "no metric") {
		t.Errorf("nothing in common: %v", err)
	}
	for _, tc := range []struct{ spec, want string }{
		{"pp512<-5%", "selects no metric"},
		{"tg128/backend=simd<-5%", "selects no metric"},
		{"tg128<-1pt", "pt is for accuracies"},
	} {
		if _, err := Compare(a, a, Options{FailOn: thresholds(t, tc.spec)}); !errors.Is(err, ErrIncomparable) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.spec, err, tc.want)
		}
	}
	if _, err := Compare(a, a, Options{Alpha: 2}); err == nil {
		t.Error("alpha 2 accepted")
	}
}

// TestBackendsAndDrift: backends match by name (a repeated name by its
// occurrence), one-sided ones are listed, and agreement is set side by side.
func TestBackendsAndDrift(t *testing.T) {
	m := func(seed uint64, mean float64) []results.Metric {
		return []results.Metric{speed("decode", map[string]string{"n": "128"}, normal(seed, 10, mean, 1))}
	}
	agree := func(kl float64) *results.AgreementRef {
		return &results.AgreementRef{Agreement: results.Agreement{Rows: 40, MaxAbs: 0.01, RelErr: 1e-3, KL: kl, MaxKL: 2 * kl, Top1: 1}, Over: "probe set"}
	}
	base := record(results.KindBench, "m",
		results.BackendRun{Name: "go", Metrics: m(1, 100)},
		results.BackendRun{Name: "simd", Metrics: m(2, 200), Agreement: agree(1e-6)},
		results.BackendRun{Name: "simd", Options: map[string]string{"math": "exact"}, Metrics: m(3, 150), Agreement: agree(1e-8)},
		results.BackendRun{Name: "xla", Metrics: m(4, 300), Agreement: agree(1e-5)})
	nw := record(results.KindBench, "m",
		results.BackendRun{Name: "go", Metrics: m(5, 100)},
		results.BackendRun{Name: "simd", Metrics: m(6, 180), Agreement: agree(4e-6)},
		results.BackendRun{Name: "simd", Options: map[string]string{"math": "exact"}, Metrics: m(7, 150), Agreement: agree(1e-8)})
	rep, err := Compare(base, nw, Options{FailOn: thresholds(t, "tg128/backend=simd<-5%")})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, r := range rep.Rows {
		rows = append(rows, r.Backend+" "+r.Verdict())
	}
	if got := strings.Join(rows, ", "); got != "go ~, simd REGRESSION (tg128/backend=simd<-5%), simd#2 ~" {
		t.Errorf("rows: %s", got)
	}
	if len(rep.OnlyBase) != 1 || rep.OnlyBase[0] != "backend xla" || len(rep.OnlyNew) != 0 {
		t.Errorf("one-sided: %q %q", rep.OnlyBase, rep.OnlyNew)
	}
	if len(rep.Drift) != 2 || rep.Drift[0].Backend != "simd" || rep.Drift[0].New.KL != 4e-6 {
		t.Errorf("drift %+v", rep.Drift)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1e-06 → 4e-06", "only in base:\n  backend xla", "simd#2 decode/n=128", "REGRESSION: 1 metric"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
}
