package results

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func sampleRecord() *Record {
	t0 := time.Date(2026, 12, 2, 4, 0, 0, 0, time.UTC)
	return &Record{
		Schema: RecordSchema, Kind: KindBench, RunID: "r1", Start: t0, End: t0.Add(time.Minute),
		Build: Build{Module: "github.com/gemma-bench/gemma-bench", Version: "(devel)", GoVersion: "go1.26"},
		Host:  Host{CPU: "AMD EPYC", Cores: 2, OS: "linux", Arch: "amd64"},
		Model: ModelRef{Name: "gemma-2b", Arch: "gemma", Params: 2506172416, DType: "bf16", Weights: "stored", Fingerprint: "abc"},
		Backends: []BackendRun{
			{Name: "go", Metrics: []Metric{{Name: "decode", Labels: map[string]string{"n": "128"}, Unit: "tok/s", HigherIsBetter: true,
				Samples: []float64{1, 3, 2}, Summary: Summary{N: 3, Center: 2, Lo: 1, Hi: 3, Stat: "median"}}}},
			{Name: "simd", Options: map[string]string{"math": "fast"}, Agreement: &AgreementRef{Over: "probe set"},
				Metrics: []Metric{{Name: "decode", Labels: map[string]string{"n": "128"}, Unit: "tok/s", HigherIsBetter: true,
					Samples: []float64{5, 6}, Summary: Summary{N: 2, Center: 5.5, Lo: 5, Hi: 6, Stat: "median"}}}},
		},
	}
}

func TestRecordRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), RecordFile)
	want := sampleRecord()
	if err := WriteRecord(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadRecord(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("round trip differs:\n%s\n%s", a, b)
	}
}

// TestBadRecords: each broken record is refused with an error that names
// the file and the problem.
func TestBadRecords(t *testing.T) {
	valid, err := json.Marshal(sampleRecord())
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(r *Record)) []byte {
		r := sampleRecord()
		f(r)
		b, _ := json.Marshal(r)
		return b
	}
	raw := func(f func(m map[string]any)) []byte {
		var m map[string]any
		json.Unmarshal(valid, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"truncated", valid[:len(valid)/2], "not a JSON record"},
		{"empty", nil, "not a JSON record"},
		{"not an object", []byte(`[1,2]`), "not a JSON record"},
		{"no schema", raw(func(m map[string]any) { delete(m, "schema") }), `no "schema" field`},
		{"newer schema", edit(func(r *Record) { r.Schema = RecordSchema + 1 }), "this binary reads schema"},
		{"unknown field", raw(func(m map[string]any) { m["speed"] = 1 }), `unknown field "speed"`},
		{"bad kind", edit(func(r *Record) { r.Kind = "sweep" }), `kind "sweep"`},
		{"missing run id", edit(func(r *Record) { r.RunID = "" }), "run_id missing"},
		{"end before start", edit(func(r *Record) { r.End = r.Start.Add(-time.Second) }), "times"},
		{"no model fingerprint", edit(func(r *Record) { r.Model.Fingerprint = "" }), "fingerprint missing"},
		{"no backends", edit(func(r *Record) { r.Backends = nil }), "no backends"},
		{"summary disagrees", edit(func(r *Record) { r.Backends[0].Metrics[0].Summary.Center = 2.5 }), "disagrees with the samples"},
		{"sample count", edit(func(r *Record) { r.Backends[0].Metrics[0].Samples = []float64{1, 2} }), "summary of 3 samples, 2 given"},
		{"interval misses centre", edit(func(r *Record) { r.Backends[0].Metrics[0].Summary.Hi = 1.5 }), "does not hold"},
		{"duplicate metric", edit(func(r *Record) {
			r.Backends[1].Metrics = append(r.Backends[1].Metrics, r.Backends[1].Metrics[0])
		}), "duplicate metric"},
		{"metric without unit", edit(func(r *Record) { r.Backends[0].Metrics[0].Unit = "" }), "name or unit missing"},
		{"reference with agreement", edit(func(r *Record) { r.Backends[0].Agreement = &AgreementRef{} }), "agreement with itself"},
		{"unknown stat", edit(func(r *Record) { r.Backends[0].Metrics[0].Summary.Stat = "mode" }), `stat "mode"`},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".json")
		if err := os.WriteFile(path, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadRecord(path)
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want the file and %q", tc.name, err, tc.want)
		}
	}
	r := sampleRecord()
	r.Schema = 7
	if err := WriteRecord(filepath.Join(dir, "w.json"), r); !errors.Is(err, ErrSchema) {
		t.Errorf("writing a wrong-schema record: %v", err)
	}
}
