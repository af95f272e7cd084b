package bench

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
	"golang.org/x/perf/benchfmt"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func metric(name string, labels map[string]string, samples ...float64) results.Metric {
	return results.Metric{Name: name, Labels: labels, Unit: "tok/s", HigherIsBetter: true, Samples: samples, Summary: results.MedianSummary(samples)}
}

func pp(p, d, t string) map[string]string { return map[string]string{"p": p, "d": d, "t": t} }
func tg(n, b, d, t string) map[string]string {
	return map[string]string{"n": n, "b": b, "d": d, "t": t}
}

// sampleRecord is a sweep's record without running one: three backends
// (two of them simd, told apart by an option), two thread counts, depths
// and batches, limits on some metrics, agreements and a failure.
func sampleRecord() *results.Record {
	t0 := time.Date(2026, 12, 2, 4, 0, 0, 0, time.UTC)
	six := []float64{10.5, 10.1, 10.9, 10.2, 10.4, 10.3}
	lim := func(m results.Metric, v float64) results.Metric {
		m.Limit = &results.Limit{Value: v, Fraction: m.Summary.Center / v, Basis: "read 20.0 GB/s (membw) ÷ 5.03 GB/token"}
		return m
	}
	return &results.Record{
		Schema: results.RecordSchema, Kind: results.KindBench, RunID: "bench-1", Start: t0, End: t0.Add(time.Minute),
		Build: results.Build{Module: "github.com/gemma-bench/gemma-bench", Version: "(devel)", GoVersion: "go1.26"},
		Host:  results.Host{CPU: "AMD EPYC 7B13", Cores: 2, OS: "linux", Arch: "amd64"},
		Model: results.ModelRef{Name: "gemma-2b", Arch: "gemma", Params: 2506172416, DType: "bf16", Weights: "stored", Fingerprint: "abc"},
		Backends: []results.BackendRun{
			{Name: "go", Options: map[string]string{"kernels": "generic", "kv": "full", "kv_dtype": "f32"}, Metrics: []results.Metric{
				metric("prefill", pp("512", "0", "1"), 50, 52, 51),
				lim(metric("decode", tg("128", "1", "0", "1"), six...), 4),
				metric("decode", tg("128", "4", "4096", "2"), 30, 31),
			}},
			{Name: "simd", Options: map[string]string{"kernels": "avx2", "math": "fast", "kv": "full", "kv_dtype": "f32"},
				Agreement: &results.AgreementRef{Agreement: results.Agreement{Rows: 64, MaxAbs: 0.01, RelErr: 0.001, KL: 1e-6, MaxKL: 2e-6, Top1: 1}, Over: "probe set"},
				Metrics: []results.Metric{
					metric("prefill", pp("512", "0", "1"), 150, 152, 151),
					lim(metric("decode", tg("128", "1", "0", "1"), 3.1, 3.3, 3.2), 4),
				}},
			{Name: "simd", Options: map[string]string{"kernels": "avx2", "math": "exact", "kv": "full", "kv_dtype": "f32"},
				Agreement: &results.AgreementRef{Agreement: results.Agreement{Rows: 64, Top1: 1}, Over: "probe set"},
				Errors:    []string{"t=1 tg128@d9000: needs 9128 positions"},
				Metrics: []results.Metric{
					metric("prefill", pp("512", "0", "1"), 140),
				}},
		},
	}
}

func render(t *testing.T, format string, recs ...*results.Record) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, format, recs...); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.String()
}

func TestRenderJSONRoundTrip(t *testing.T) {
	rec := sampleRecord()
	out := render(t, "json", rec)
	got, err := results.ParseRecord([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, rec) {
		t.Errorf("round trip differs:\n%+v\n%+v", got, rec)
	}
	// The bytes results.WriteRecord writes: a file either reads the same.
	path := filepath.Join(t.TempDir(), "r.json")
	if err := results.WriteRecord(path, rec); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != out {
		t.Errorf("-o json differs from WriteRecord:\n%s\n%s", out, b)
	}
	if err := Render(&bytes.Buffer{}, "json", rec, rec); err == nil {
		t.Error("json of two records accepted")
	}
	bad := sampleRecord()
	bad.RunID = ""
	if err := Render(&bytes.Buffer{}, "json", bad); err == nil || !strings.Contains(err.Error(), "run_id") {
		t.Errorf("an invalid record: %v", err)
	}
}

func TestRenderCSVRoundTrip(t *testing.T) {
	rec := sampleRecord()
	rows, err := csv.NewReader(strings.NewReader(render(t, "csv", rec))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	i := 1
	for _, br := range rec.Backends {
		for _, m := range br.Metrics {
			if i >= len(rows) {
				t.Fatalf("%d rows for more metrics", len(rows)-1)
			}
			r := rows[i]
			i++
			get := func(k string) string { return r[col[k]] }
			if get("backend") != br.Name || get("metric") != m.Name || get("model") != "gemma-2b" || get("run_id") != "bench-1" ||
				get("p") != m.Labels["p"] || get("n") != m.Labels["n"] || get("b") != m.Labels["b"] || get("d") != m.Labels["d"] || get("t") != m.Labels["t"] ||
				get("options") != optionString(br.Options) || get("test") != TestName(&m) || get("unit") != "tok/s" || get("higher_is_better") != "true" {
				t.Errorf("row %d: %v", i-1, r)
			}
			var samples []float64
			for _, f := range strings.Fields(get("samples")) {
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					t.Fatal(err)
				}
				samples = append(samples, v)
			}
			if !slices.Equal(samples, m.Samples) || get("n_samples") != strconv.Itoa(len(m.Samples)) {
				t.Errorf("row %d samples %v, want %v", i-1, samples, m.Samples)
			}
			if med, _ := strconv.ParseFloat(get("median"), 64); med != m.Summary.Center {
				t.Errorf("row %d median %v, want %v", i-1, med, m.Summary.Center)
			}
			if (get("limit") != "") != (m.Limit != nil) {
				t.Errorf("row %d limit %q", i-1, get("limit"))
			}
			if m.Limit != nil {
				if v, _ := strconv.ParseFloat(get("limit_fraction"), 64); v != m.Limit.Fraction || get("limit_basis") != m.Limit.Basis {
					t.Errorf("row %d limit %v %q", i-1, v, get("limit_basis"))
				}
			}
		}
	}
	if i != len(rows) {
		t.Errorf("%d rows, %d metrics", len(rows)-1, i-1)
	}
}

func TestRenderJSONLRoundTrip(t *testing.T) {
	rec := sampleRecord()
	sc := bufio.NewScanner(strings.NewReader(render(t, "jsonl", rec)))
	var lines []JSONLine
	for sc.Scan() {
		var l JSONLine
		d := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		d.DisallowUnknownFields()
		if err := d.Decode(&l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		lines = append(lines, l)
	}
	i := 0
	for _, br := range rec.Backends {
		for _, m := range br.Metrics {
			if i >= len(lines) {
				t.Fatal("too few lines")
			}
			want := JSONLine{RunID: rec.RunID, Model: rec.Model.Name, Weights: rec.Model.Weights, Backend: br.Name, Options: br.Options, Metric: m}
			if !reflect.DeepEqual(lines[i], want) {
				t.Errorf("line %d:\n%+v\nwant\n%+v", i, lines[i], want)
			}
			i++
		}
	}
	if i != len(lines) {
		t.Errorf("%d lines, %d metrics", len(lines), i)
	}
}

// headerOf finds the table's header row, the first line naming "t/s".
func headerOf(t *testing.T, out string) []string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "t/s") {
			continue
		}
		var cells []string
		for _, c := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '│' }) {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		return cells
	}
	t.Fatalf("no header in\n%s", out)
	return nil
}

// TestRenderTablesShowVaryingColumns: table and md show exactly the
// identifying columns whose values vary, the constant ones in the caption.
func TestRenderTablesShowVaryingColumns(t *testing.T) {
	one := sampleRecord()
	one.Backends = one.Backends[:1]
	one.Backends[0].Metrics = one.Backends[0].Metrics[:2]
	cases := []struct {
		name    string
		rec     *results.Record
		head    []string
		caption string
		cells   []string // each must appear
	}{
		{"sweep", sampleRecord(), []string{"backend", "threads", "test", "b", "t/s", "% of limit"}, "model gemma-2b · weights stored",
			[]string{"simd:math=exact", "simd:math=fast", "tg128@d4096", "10.35 ± 0.55", "51.00 ± ∞", "259%", "80%"}},
		{"one backend", one, []string{"test", "t/s", "% of limit"}, "backend go · model gemma-2b · weights stored · threads 1",
			[]string{"pp512", "tg128"}},
	}
	for _, tc := range cases {
		for _, format := range []string{"table", "md"} {
			out := render(t, format, tc.rec)
			if got := headerOf(t, out); !slices.Equal(got, tc.head) {
				t.Errorf("%s %s: columns %q, want %q\n%s", tc.name, format, got, tc.head, out)
			}
			if !strings.HasPrefix(out, tc.caption+"\n") {
				t.Errorf("%s %s: caption, want %q:\n%s", tc.name, format, tc.caption, out)
			}
			for _, c := range tc.cells {
				if !strings.Contains(out, c) {
					t.Errorf("%s %s: no %q in\n%s", tc.name, format, c, out)
				}
			}
		}
	}
	md := render(t, "md", sampleRecord())
	for _, want := range []string{"|     backend     |", "|:---", "agreement with go (probe set):\n- simd:math=fast: max |Δlogit| 0.01", "failed:\n- simd:math=exact t=1 tg128@d9000"} {
		if !strings.Contains(md, want) {
			t.Errorf("md lacks %q:\n%s", want, md)
		}
	}
	golden(t, "sweep.md", md)
	golden(t, "sweep.txt", render(t, "table", sampleRecord()))
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update rewrites it):\ngot\n%s\nwant\n%s", path, got, want)
	}
}

// TestRenderBenchfmtParsesBack: benchstat's reader reads our benchmark
// format back: one result per raw sample, with our names, values and
// units, the host in the file configuration.
func TestRenderBenchfmtParsesBack(t *testing.T) {
	rec := sampleRecord()
	out := render(t, "benchfmt", rec)
	if !strings.Contains(out, "BenchmarkDecode/backend=go/kernels=generic/kv=full/kv_dtype=f32/model=gemma-2b/n=128-1\t1\t") {
		t.Errorf("no plain decode line in\n%s", out)
	}
	type want struct {
		name  string
		procs string
		tokps float64
		nsop  float64
	}
	var wants []want
	for bi := range rec.Backends {
		br := &rec.Backends[bi]
		for mi := range br.Metrics {
			m := &br.Metrics[mi]
			for _, v := range m.Samples {
				wants = append(wants, want{"Benchmark" + BenchName(rec, br, m), m.Labels["t"], v, float64(tokensOf(m)) / v * 1e9})
			}
		}
	}
	r := benchfmt.NewReader(strings.NewReader(out), "bench.txt")
	var i int
	for r.Scan() {
		switch res := r.Result().(type) {
		case *benchfmt.SyntaxError:
			t.Fatal(res)
		case *benchfmt.Result:
			if i >= len(wants) {
				t.Fatalf("more results than samples (%d)", len(wants))
			}
			w := wants[i]
			i++
			base, procs := res.Name.Full(), ""
			if j := bytes.LastIndexByte(base, '-'); j >= 0 {
				base, procs = base[:j], string(base[j+1:])
			}
			if "Benchmark"+string(base) != w.name && string(base) != strings.TrimPrefix(w.name, "Benchmark") || procs != w.procs {
				t.Errorf("result %d: name %s, want %s-%s", i, res.Name.Full(), w.name, w.procs)
			}
			if v, ok := res.Value("tok/s"); !ok || v != w.tokps {
				t.Errorf("result %d %s: tok/s %v, want %v", i, res.Name, v, w.tokps)
			}
			if v, ok := res.Value("sec/op"); !ok || v*1e9-w.nsop > 1 || w.nsop-v*1e9 > 1 {
				t.Errorf("result %d %s: sec/op %v, want %v ns", i, res.Name, v, w.nsop)
			}
			if res.Iters != 1 || res.GetConfig("goos") != "linux" || res.GetConfig("goarch") != "amd64" || res.GetConfig("cpu") != "AMD EPYC 7B13" {
				t.Errorf("result %d: iters %d, config %v", i, res.Iters, res.Config)
			}
		}
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if i != len(wants) {
		t.Errorf("%d results, %d samples", i, len(wants))
	}
	if u := r.Units().GetBetter("tok/s"); u != 1 {
		t.Errorf("tok/s better=%d, want higher (1)", u)
	}
	// Two records in one stream: two headers, every sample still there.
	two := render(t, "benchfmt", rec, rec)
	if strings.Count(two, "goos: linux") != 2 || strings.Count(two, "\t1\t") != 2*len(wants) {
		t.Errorf("two records:\n%s", two)
	}
}

func TestRenderUnknownFormat(t *testing.T) {
	err := Render(&bytes.Buffer{}, "xml", sampleRecord())
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "benchfmt") {
		t.Errorf("error %v", err)
	}
}

func TestBenchName(t *testing.T) {
	rec := sampleRecord()
	rec.Model.Weights = "q8_0"
	br := &results.BackendRun{Name: "simd", Options: map[string]string{"math": "fast", "threads": "2"}}
	for _, tc := range []struct {
		m    results.Metric
		want string
	}{
		{metric("decode", tg("128", "1", "0", "2"), 1), "Decode/backend=simd/math=fast/model=gemma-2b/weights=q8_0/n=128"},
		{metric("decode", tg("128", "4", "4096", "2"), 1), "Decode/backend=simd/math=fast/model=gemma-2b/weights=q8_0/n=128/b=4/d=4096"},
		{metric("prefill", pp("512", "16", "2"), 1), "Prefill/backend=simd/math=fast/model=gemma-2b/weights=q8_0/p=512/d=16"},
		{metric("ttft", map[string]string{"task": "a b/c"}, 1), "Ttft/backend=simd/math=fast/model=gemma-2b/weights=q8_0/task=a_b_c"},
	} {
		if got := BenchName(rec, br, &tc.m); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.m.Key(), got, tc.want)
		}
	}
}
