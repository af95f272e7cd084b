package results

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFloatJSON(t *testing.T) {
	cases := []struct {
		in   float64
		want string
	}{
		{-1.2345678901234567, "-1.2345678901234567"},
		{0, "0"},
		{math.NaN(), `"NaN"`},
		{math.Inf(1), `"Infinity"`},
		{math.Inf(-1), `"-Infinity"`},
		{1e-300, "1e-300"},
	}
	for _, tc := range cases {
		b, err := json.Marshal(Float(tc.in))
		if err != nil || string(b) != tc.want {
			t.Errorf("%v: %s %v, want %s", tc.in, b, err, tc.want)
		}
		var back Float
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if got := float64(back); got != tc.in && !(math.IsNaN(got) && math.IsNaN(tc.in)) {
			t.Errorf("%s read back as %v", b, got)
		}
	}
	var f Float
	if err := json.Unmarshal([]byte(`"nope"`), &f); err == nil {
		t.Error(`"nope" read as a number`)
	}
}

func sample(task string, id int) Sample {
	return Sample{
		Task: task, DocID: id, PromptHash: "h", Target: "0", Gold: 0,
		Requests: []SampleRequest{{Kind: "loglikelihood", Continuation: " A", LogProb: -1.5, Tokens: 1}},
		Metrics:  []MetricValue{{Key: "acc,none", Num: 1, Den: 1}},
		Perf:     SamplePerf{LatencyNs: int64(id)},
	}
}

func TestSampleLogRoundTripAndTornTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), SamplesFile)
	w, err := OpenSampleWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sample{sample("a", 0), sample("a", 1), sample("b", 0)}
	for _, s := range want {
		if err := w.Append(s); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	// A process killed mid-write leaves a line without its newline.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"task":"b","doc_id":1,"prom`)
	f.Close()
	got, err := ReadSamples(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read %+v\nwant %+v", got, want)
	}
	// Reopening for append cuts the torn tail so the next line is whole.
	w, err = OpenSampleWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Append(sample("b", 1)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	got, err = ReadSamples(path)
	if err != nil || len(got) != 4 || got[3].Key() != (SampleKey{"b", 1}) {
		t.Fatalf("after reopen: %d samples, %v", len(got), err)
	}
}

func TestReadSamplesErrors(t *testing.T) {
	good, _ := sample("a", 0).Marshal()
	dup, _ := sample("a", 0).Marshal()
	cases := []struct {
		name, content, want string
	}{
		{"bad json", string(good) + "\n{not json}\n", ":2: "},
		{"unknown field", string(good) + "\n" + `{"task":"a","doc_id":1,"bogus":1}` + "\n", ":2: "},
		{"empty line", "\n" + string(good) + "\n", ":1: "},
		{"duplicate doc", string(good) + "\n" + string(dup) + "\n", "already recorded on line 1"},
		{"no task", `{"doc_id":3}` + "\n", ":1: "},
	}
	for _, tc := range cases {
		path := filepath.Join(t.TempDir(), "s.jsonl")
		os.WriteFile(path, []byte(tc.content), 0o644)
		_, err := ReadSamples(path)
		if err == nil || !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want ErrCorrupt with %q", tc.name, err, tc.want)
		}
	}
	if s, err := ReadSamples(filepath.Join(t.TempDir(), "missing")); s != nil || err != nil {
		t.Errorf("missing file: %v %v", s, err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.json")
	for _, content := range []string{"first", "second"} {
		if err := WriteFileAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(path); string(b) != content {
			t.Errorf("read %q, want %q", b, content)
		}
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("temporary files left behind: %v", ents)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x"), nil); err == nil {
		t.Error("writing into a missing directory: no error")
	}
}

func TestScoresJSON(t *testing.T) {
	s := Scores{Alias: " - stem", Values: map[string]float64{"acc,none": 0.25, "acc_stderr,none": math.NaN()}}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"alias":" - stem","acc,none":0.25,"acc_stderr,none":"N/A"}`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
	var back Scores
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Alias != s.Alias || back.Values["acc,none"] != 0.25 || !math.IsNaN(back.Values["acc_stderr,none"]) {
		t.Errorf("read back %+v", back)
	}
	if err := json.Unmarshal([]byte(`{"acc,none":"x"}`), &back); err == nil {
		t.Error(`"x" accepted as a score`)
	}
}

func TestVersionJSON(t *testing.T) {
	for in, want := range map[Version]string{"1.0": "1.0", "2": "2", "v1": `"v1"`, "": `""`} {
		b, _ := json.Marshal(in)
		if string(b) != want {
			t.Errorf("%q → %s, want %s", in, b, want)
		}
		var back Version
		if err := json.Unmarshal(b, &back); err != nil || back != in {
			t.Errorf("%s read back as %q (%v)", b, back, err)
		}
	}
}

func TestPercentiles(t *testing.T) {
	cases := []struct {
		ns   []int64
		want Percentiles
	}{
		{nil, Percentiles{}},
		{[]int64{5e6}, Percentiles{N: 1, Mean: 5, P50: 5, P90: 5, P99: 5, Max: 5}},
		// numpy.percentile([1,2,3,4], [50,90,99]) = 2.5, 3.7, 3.97
		{[]int64{4e6, 1e6, 3e6, 2e6}, Percentiles{N: 4, Mean: 2.5, P50: 2.5, P90: 3.7, P99: 3.97, Max: 4}},
	}
	for _, tc := range cases {
		got := PercentilesOf(tc.ns)
		if got.N != tc.want.N || math.Abs(got.P50-tc.want.P50) > 1e-9 || math.Abs(got.P90-tc.want.P90) > 1e-9 ||
			math.Abs(got.P99-tc.want.P99) > 1e-9 || got.Max != tc.want.Max || math.Abs(got.Mean-tc.want.Mean) > 1e-9 {
			t.Errorf("%v: %+v, want %+v", tc.ns, got, tc.want)
		}
	}
}

func TestOrderAndTables(t *testing.T) {
	res := &Results{
		Results: map[string]Scores{
			"mmlu":          {Alias: "mmlu", Values: map[string]float64{"acc,none": 0.5, "acc_stderr,none": 0.1}},
			"mmlu_stem":     {Alias: " - stem", Values: map[string]float64{"acc,none": 0.5, "acc_stderr,none": 0.1}},
			"mmlu_anatomy":  {Alias: "  - anatomy", Values: map[string]float64{"acc,none": 0.5, "acc_stderr,none": math.NaN()}},
			"arith":         {Alias: "arith", Values: map[string]float64{"acc,none": 1}},
			"mmlu_virology": {Alias: "  - virology", Values: map[string]float64{"acc,none": 0}},
			"mmlu_other":    {Alias: " - other", Values: map[string]float64{"acc,none": 0}},
		},
		GroupSubtasks: map[string][]string{"mmlu": {"mmlu_stem", "mmlu_other"}, "mmlu_stem": {"mmlu_anatomy"}, "mmlu_other": {"mmlu_virology"}},
		Versions:      map[string]Version{"mmlu": "2", "mmlu_anatomy": "1.0"},
		NShot:         map[string]int{"mmlu_anatomy": 5},
	}
	names, depth := res.Order()
	wantNames := []string{"mmlu", "mmlu_stem", "mmlu_anatomy", "mmlu_other", "mmlu_virology", "arith"}
	if !reflect.DeepEqual(names, wantNames) || !reflect.DeepEqual(depth, []int{0, 1, 2, 1, 2, 0}) {
		t.Errorf("order %v %v", names, depth)
	}
	var b strings.Builder
	if err := WriteScoreTable(&b, res); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "|  - anatomy |1.0    |none  |5     |acc   | |0.5000|±|N/A   |") {
		t.Errorf("score table:\n%s", b.String())
	}
	b.Reset()
	if err := WritePerfTable(&b, Performance{Backend: "go", Docs: 3, TTFT: &Percentiles{P50: 1}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "time to first token") {
		t.Errorf("perf table:\n%s", b.String())
	}
}

func TestSameEvaluation(t *testing.T) {
	base := Run{Settings: Settings{Backend: "go", Shots: 5}, Shard: Shard{0, 2}, Tasks: []TaskInfo{{Name: "a"}}}
	other := base
	other.Shard = Shard{1, 2}
	if err := base.SameEvaluation(other, false); err != nil {
		t.Errorf("different shards of one evaluation: %v", err)
	}
	if err := base.SameEvaluation(other, true); err == nil {
		t.Error("resume across shards allowed")
	}
	other = base
	other.Settings.Shots = 0
	if err := base.SameEvaluation(other, false); err == nil {
		t.Error("different shots allowed")
	}
	other = base
	other.Settings.Extra = map[string]string{}
	if err := base.SameEvaluation(other, true); err != nil {
		t.Errorf("nil and empty Extra differ: %v", err)
	}
}

func TestFingerprint(t *testing.T) {
	e := Fingerprint()
	if e.GoVersion == "" || e.NumCPU < 1 || e.GOMAXPROCS < 1 {
		t.Errorf("%+v", e)
	}
	if _, err := os.Stat("/proc/self/status"); err == nil && PeakRSS() <= 0 {
		t.Error("no peak RSS on a system with /proc")
	}
}

// TestSettingsDiffNamesFields: a resume or merge refused for different
// settings says which fields differ, with both values, not two documents.
func TestSettingsDiffNamesFields(t *testing.T) {
	a := Run{Settings: Settings{Backend: "go", Shots: 5, Extra: map[string]string{"arith": "seed=1"}}}
	b := Run{Settings: Settings{Backend: "simd", Shots: 5, Extra: map[string]string{"arith": "seed=2"}}}
	err := a.SameEvaluation(b, true)
	if err == nil {
		t.Fatal("different settings accepted")
	}
	msg := err.Error()
	for _, want := range []string{`backend: "go" vs "simd"`, `extra.arith: "seed=1" vs "seed=2"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "shots") {
		t.Errorf("%q names a field that agrees", msg)
	}
}
