package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/compare"
	"github.com/gemma-bench/gemma-bench/plots"
	"github.com/gemma-bench/gemma-bench/results"
)

func record(id string, decode ...float64) *results.Record {
	t0 := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	m := results.Metric{Name: "decode", Labels: map[string]string{"n": "32"}, Unit: "tok/s", HigherIsBetter: true,
		Samples: decode, Summary: results.MedianSummary(decode)}
	return &results.Record{Schema: results.RecordSchema, Kind: results.KindBench, RunID: id, Start: t0, End: t0.Add(time.Minute),
		Model:    results.ModelRef{Name: "gemma-2b", Fingerprint: "abc", Weights: "stored"},
		Backends: []results.BackendRun{{Name: "simd", Options: map[string]string{"math": "fast"}, Metrics: []results.Metric{m}}}}
}

func TestWriteReplacesOnlyReports(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "r")
	base := Run{Source: "base.json", Record: record("base", 10, 10.1, 9.9, 10, 10.2, 9.8, 10)}
	slow := Run{Source: "new.json", Record: record("new", 8, 8.1, 7.9, 8, 8.2, 7.8, 8)}
	th, err := compare.ParseThreshold("tg32<-5%")
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Baseline: &base, Compare: compare.Options{FailOn: []compare.Threshold{th}}, Charts: []plots.Kind{plots.Throughput}}
	res, err := Write(dir, []Run{slow}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Regressions != 1 || len(res.Comparisons) != 1 {
		t.Errorf("a planted 20%% slowdown past a 5%% threshold: %d regressions", res.Regressions)
	}
	page, err := os.ReadFile(res.Index)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"REGRESSION", "charts/throughput.png", "records/run1-new.json", "records/baseline-base.json", "simd"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("page lacks %q", want)
		}
	}
	raw, err := results.ReadRecord(filepath.Join(dir, "records", "run1-new.json"))
	if err != nil || raw.RunID != "new" {
		t.Errorf("linked raw record: %v", err)
	}
	// A second report replaces the first whole: nothing of it is left.
	if _, err := Write(dir, []Run{base}, Options{Charts: []plots.Kind{plots.Trend}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "charts", "throughput.png")); !os.IsNotExist(err) {
		t.Errorf("the earlier report's chart survived: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(dir)); len(ents) != 1 {
		t.Errorf("temporary directories left beside the report: %v", ents)
	}
	// A directory that is not a report is never replaced.
	mine := t.TempDir()
	os.WriteFile(filepath.Join(mine, "keep"), []byte("x"), 0o644)
	if _, err := Write(mine, []Run{base}, Options{}); err == nil || !strings.Contains(err.Error(), "not replacing") {
		t.Errorf("writing over a directory of other files: %v", err)
	}
	bad := *base.Record
	bad.RunID = ""
	if _, err := Write(filepath.Join(t.TempDir(), "x"), []Run{{Source: "bad.json", Record: &bad}}, Options{}); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("an invalid record: %v", err)
	}
}
