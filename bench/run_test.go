package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	_ "github.com/gemma-bench/gemma-bench/backends/all"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// tinyModel writes and loads a synthetic checkpoint with a real family's
// structure (norms, softcaps, sliding layers) at test size.
func tinyModel(t testing.TB, family string, maxPositions int) (*model.Model, string) {
	t.Helper()
	c, err := model.ByName(family)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = 320, 64, 128
	c.Heads, c.KVHeads, c.HeadDim = 4, 2, 16
	c.QueryPreAttnScalar = 16
	c.MaxPositions = maxPositions
	if c.SlidingWindow > 0 {
		c.SlidingWindow = 8
	}
	kinds := c.LayerKinds
	c.Layers, c.LayerKinds = 2, make([]model.LayerKind, 2)
	for i := range c.LayerKinds {
		c.LayerKinds[i] = kinds[i%len(kinds)]
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 1, DType: backends.BF16}); err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m, dir
}

// fakeLimits are fixed ceilings.
type fakeLimits struct{ bw, peak float64 }

func (f *fakeLimits) ReadBandwidth() (float64, string) { return f.bw, "fake bandwidth" }

func (f *fakeLimits) PeakFLOPS(backend, weights string) (float64, string) {
	if weights != "bf16" {
		return 0, ""
	}
	return f.peak, "fake peak " + backend
}

// TestRunMultiBackend: go and simd run the same cases; the record has one
// BackendRun each, the second with its agreement with the first, every
// metric with its samples, summary and limit; the profile hook sees every
// timed step.
func TestRunMultiBackend(t *testing.T) {
	m, dir := tinyModel(t, "gemma2-2b", 128)
	var mu sync.Mutex
	steps, ctxs := map[string]int{}, map[string][]int{}
	lim := &fakeLimits{bw: 10e9, peak: 100e9}
	var log bytes.Buffer
	rep, err := Run(context.Background(), Options{
		Model: m, ModelPath: dir, Weights: "stored",
		Backends: []string{"go", "simd"}, Threads: []int{1},
		Sweep: Sweep{Prompts: []int{8}, Gens: []int{3}, Batches: []int{1, 2}, Depths: []int{0, 5}},
		Reps:  2, Warmup: 1, Log: &log,
		LimitsAt: func(threads int) (Limits, error) {
			if threads != 1 {
				t.Errorf("limits asked at %d threads", threads)
			}
			return lim, nil
		},
		OnProfile: func(p ProfileStep) {
			if p.Graph == nil || len(p.Ops) == 0 {
				t.Errorf("profile step without ops: %+v", p)
			}
			mu.Lock()
			key := p.Backend + " " + p.Case.String()
			steps[key]++
			ctxs[key] = append(ctxs[key], p.Ctx)
			mu.Unlock()
		},
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	rec := rep.Record
	if err := rec.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(rec.Backends) != 2 || rec.Backends[0].Name != "go" || rec.Backends[1].Name != "simd" {
		t.Fatalf("backends %+v", rec.Backends)
	}
	if rec.Backends[0].Agreement != nil {
		t.Error("the reference has an agreement")
	}
	a := rec.Backends[1].Agreement
	if a == nil {
		t.Fatal("simd has no agreement with go")
	}
	if a.Rows != 64 || !strings.Contains(a.Over, "64-token") || a.Top1 < 0.9 || a.NonFinite != 0 {
		t.Errorf("agreement %+v", a)
	}
	wantKeys := []string{"prefill/d=0/p=8/t=1", "prefill/d=5/p=8/t=1",
		"decode/b=1/d=0/n=3/t=1", "decode/b=2/d=0/n=3/t=1", "decode/b=1/d=5/n=3/t=1", "decode/b=2/d=5/n=3/t=1"}
	for _, br := range rec.Backends {
		if len(br.Errors) > 0 {
			t.Errorf("%s errors %v", br.Name, br.Errors)
		}
		if br.Options["kv_dtype"] != "f32" || br.Options["op_profile"] != "on" || br.Options["threads"] != "" {
			t.Errorf("%s options %v", br.Name, br.Options)
		}
		var keys []string
		for _, m := range br.Metrics {
			keys = append(keys, m.Key())
			if len(m.Samples) != 2 || m.Summary.N != 2 || m.Unit != "tok/s" || !m.HigherIsBetter {
				t.Errorf("%s %s: %+v", br.Name, m.Key(), m)
			}
			if m.Limit == nil || m.Limit.Value <= 0 || math.Abs(m.Limit.Fraction-m.Summary.Center/m.Limit.Value) > 1e-12 {
				t.Errorf("%s %s: limit %+v", br.Name, m.Key(), m.Limit)
				continue
			}
			// On a model this small either ceiling may bind (TestLimitFor
			// checks which); the basis names the one that does.
			if !strings.Contains(m.Limit.Basis, "fake bandwidth") && !strings.Contains(m.Limit.Basis, "fake peak "+br.Name) {
				t.Errorf("%s %s: basis %q", br.Name, m.Key(), m.Limit.Basis)
			}
		}
		if strings.Join(keys, " ") != strings.Join(wantKeys, " ") {
			t.Errorf("%s metrics %v, want %v", br.Name, keys, wantKeys)
		}
	}
	// Two timed repetitions: one prefill step each (8 rows fit a chunk),
	// three decode steps each.
	for _, be := range []string{"go", "simd"} {
		for c, want := range map[string]int{"pp8": 2, "pp8@d5": 2, "tg3": 6, "tg3@d5 b=2": 6} {
			if got := steps[be+" "+c]; got != want {
				t.Errorf("%s %s: %d profiled steps, want %d", be, c, got, want)
			}
		}
	}
	// Each step's attention context: a decode step at depth 5 attends to
	// 6, 7, 8 positions; the 8-row prefill after 5 rows, 5 + 4.5 on average.
	if got := fmt.Sprint(ctxs["go tg3@d5"]); got != "[6 7 8 6 7 8]" {
		t.Errorf("decode contexts %s", got)
	}
	if got := fmt.Sprint(ctxs["simd pp8@d5"]); got != "[9 9]" {
		t.Errorf("prefill contexts %s", got)
	}
	if rec.Model.Name != strings.TrimSuffix(dir[strings.LastIndex(dir, "/")+1:], "/") || rec.Model.Arch != "gemma2" || rec.Model.DType != "bf16" || rec.Model.Fingerprint == "" {
		t.Errorf("model %+v", rec.Model)
	}
}

// TestRunFailingCaseContinues: a case beyond the model's positions and a
// backend that does not open are reported, in the record and the log, and
// everything else still runs; the error says cases failed.
func TestRunFailingCaseContinues(t *testing.T) {
	m, dir := tinyModel(t, "gemma3-270m", 32)
	var log bytes.Buffer
	rep, err := Run(context.Background(), Options{
		Model: m, ModelPath: dir, Backends: []string{"go:kv=ring", "nosuch"}, Threads: []int{1},
		Sweep: Sweep{Prompts: []int{8}, Gens: []int{4}, Depths: []int{0, 30}},
		Reps:  1, Log: &log,
	})
	// Six: two cases beyond the positions, four on the backend that never opened.
	if !errors.Is(err, ErrCasesFailed) || !strings.Contains(err.Error(), "6 (first: go t=1 pp8@d30: needs 38 positions") {
		t.Fatalf("error %v", err)
	}
	rec := rep.Record
	if err := rec.Validate(); err != nil {
		t.Fatal(err)
	}
	goRun, bad := rec.Backends[0], rec.Backends[1]
	if len(goRun.Metrics) != 2 || goRun.Metrics[0].Key() != "prefill/d=0/p=8/t=1" || goRun.Metrics[1].Key() != "decode/b=1/d=0/n=4/t=1" {
		t.Errorf("go metrics %+v", goRun.Metrics)
	}
	if len(goRun.Errors) != 2 || !strings.Contains(goRun.Errors[1], "tg4@d30: needs 34 positions per sequence; the cache holds 32") {
		t.Errorf("go errors %q", goRun.Errors)
	}
	if bad.Name != "nosuch" || len(bad.Metrics) != 0 || len(bad.Errors) != 1 || !strings.Contains(bad.Errors[0], "unknown backend") {
		t.Errorf("nosuch: %+v", bad)
	}
	if bad.Agreement != nil {
		t.Error("a backend that never opened has an agreement")
	}
	for _, want := range []string{"bench: go t=1 pp8@d30: needs", "bench: go t=1 tg4@d30", "bench: nosuch t=1: open backend"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}

// TestRunCancel: a cancelled sweep stops, returning what ran and ctx's
// error rather than a list of failed cases.
func TestRunCancel(t *testing.T) {
	m, dir := tinyModel(t, "gemma-2b", 64)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, err := Run(ctx, Options{
		Model: m, ModelPath: dir, Backends: []string{"go"},
		Sweep: Sweep{Prompts: []int{4}, Gens: []int{8}}, Reps: 3,
		OnProfile: func(p ProfileStep) {
			if p.Case.Kind == Decode {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrCasesFailed) {
		t.Fatalf("error %v", err)
	}
	if rep == nil || len(rep.Record.Backends) != 1 || len(rep.Record.Backends[0].Metrics) != 1 || len(rep.Record.Backends[0].Errors) != 0 {
		t.Fatalf("report %+v", rep)
	}
}

// TestRunAlongside: Alongside is called once after the last warm-up (its
// figure dropped: it pages the tensor in) and once after each timed
// decode repetition, not for prefill, at the case's thread count, and the
// timed figures become the decode's limit without LimitsAt.
func TestRunAlongside(t *testing.T) {
	m, dir := tinyModel(t, "gemma-2b", 64)
	calls := 0
	rep, err := Run(context.Background(), Options{
		Model: m, ModelPath: dir, Backends: []string{"go"}, Threads: []int{1},
		Sweep: Sweep{Gens: []int{2}, Prompts: []int{3}}, Reps: 3, Warmup: 2,
		Alongside: func(threads int) (float64, string) {
			calls++
			if threads != 1 {
				t.Errorf("alongside at %d threads", threads)
			}
			return float64(calls) * 1e9, "test reader"
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 4 {
		t.Errorf("%d alongside measurements, want 4 (one after the warm-ups, one per timed decode repetition)", calls)
	}
	for _, m := range rep.Record.Backends[0].Metrics {
		switch {
		case m.Name == "prefill" && m.Limit != nil:
			t.Errorf("prefill got a bandwidth limit: %+v", m.Limit)
		case m.Name == "decode" && (m.Limit == nil || !strings.Contains(m.Limit.Basis, "read 3.0 GB/s") || !strings.Contains(m.Limit.Basis, "test reader")):
			t.Errorf("decode limit %+v", m.Limit)
		}
	}
}

// TestRunThreadsAndProgress: each thread count is a metric label; a
// thread count that resolves to one already measured is skipped, not
// duplicated; the progress line is drawn and cleared.
func TestRunThreadsAndProgress(t *testing.T) {
	m, dir := tinyModel(t, "gemma-2b", 64)
	var prog, log bytes.Buffer
	asked := map[int]int{}
	rep, err := Run(context.Background(), Options{
		Model: m, ModelPath: dir, Backends: []string{"go"}, Threads: []int{1, 2, 2},
		Sweep: Sweep{Gens: []int{2}, Prompts: []int{3}}, Reps: 1, Progress: &prog, Log: &log,
		LimitsAt: func(threads int) (Limits, error) {
			asked[threads]++
			if threads == 2 {
				return nil, errors.New("no bandwidth at 2")
			}
			return &fakeLimits{bw: 1e9}, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, m := range rep.Record.Backends[0].Metrics {
		keys = append(keys, m.Key())
	}
	if strings.Join(keys, " ") != "prefill/d=0/p=3/t=1 decode/b=1/d=0/n=2/t=1 prefill/d=0/p=3/t=2 decode/b=1/d=0/n=2/t=2" {
		t.Errorf("metrics %v", keys)
	}
	// Limits once per thread count; a prefill has none without a peak, a
	// decode at 1 thread has one, at 2 (an error) none.
	for i, want := range []bool{false, true, false, false} {
		if got := rep.Record.Backends[0].Metrics[i].Limit != nil; got != want {
			t.Errorf("%s: limit %v", keys[i], got)
		}
	}
	if asked[1] != 1 || asked[2] != 1 {
		t.Errorf("limits asked %v", asked)
	}
	for _, want := range []string{"already measured", "limits at 2 threads: no bandwidth at 2"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q: %q", want, log.String())
		}
	}
	if p := prog.String(); !strings.Contains(p, "[1/6] go t=1 pp3 rep 1/1") || !strings.Contains(p, "[2/6] go t=1 tg2 rep 1/1") || !strings.HasSuffix(p, "\r\033[K") {
		t.Errorf("progress %q", p)
	}
	if rep.PeakRSS < 0 {
		t.Errorf("peak RSS %d", rep.PeakRSS)
	}
}

func TestLimitFor(t *testing.T) {
	dec := pendingLimit{kind: Decode, weights: "bf16", cost: caseCost{bytesPerToken: 1e9, flopsPerToken: 1e9}}
	pre := pendingLimit{kind: Prefill, weights: "bf16", cost: caseCost{bytesPerToken: 1e6, flopsPerToken: 1e9}}
	cases := []struct {
		name     string
		l        *fakeLimits
		p        pendingLimit
		value    float64
		basisHas string
	}{
		{"decode, bandwidth only", &fakeLimits{bw: 20e9}, dec, 20, "read 20.0 GB/s"},
		{"decode, compute binds", &fakeLimits{bw: 20e9, peak: 10e9}, dec, 10, "peak 10.0 GFLOP/s"},
		{"prefill, peak unknown", &fakeLimits{bw: 20e9}, pre, 0, ""},
		{"prefill", &fakeLimits{bw: 20e9, peak: 100e9}, pre, 100, "peak 100.0 GFLOP/s"},
		{"nothing known", &fakeLimits{}, dec, 0, ""},
	}
	for _, tc := range cases {
		got := limitFor(tc.l, tc.p, &results.Metric{Samples: []float64{5}, Summary: results.Summary{Center: 5}})
		switch {
		case tc.value == 0 && got != nil:
			t.Errorf("%s: limit %+v, want none", tc.name, got)
		case tc.value != 0 && (got == nil || math.Abs(got.Value-tc.value) > 1e-9 || got.Fraction != 5/got.Value || !strings.Contains(got.Basis, tc.basisHas)):
			t.Errorf("%s: limit %+v, want %v with %q", tc.name, got, tc.value, tc.basisHas)
		}
	}
}

// TestLimitForAlongside: with bandwidth measured after each repetition,
// the decode limit is their median and the fraction the median of each
// repetition's own (not the median tok/s over the median bandwidth); a
// compute ceiling below it still binds, with the plain fraction; a
// measurement missing or unusable falls back to the cached figure.
func TestLimitForAlongside(t *testing.T) {
	samples := []float64{10, 12, 7} // tok/s
	// 1 GB/token: fractions 10/20, 12/15, 7/35 = 0.5, 0.8, 0.2.
	along := &alongside{bw: []float64{20e9, 15e9, 35e9}, basis: "2 threads reading blk.0 (9 MiB)"}
	m := &results.Metric{Samples: samples, Summary: results.MedianSummary(samples)}
	dec := pendingLimit{kind: Decode, weights: "bf16", cost: caseCost{bytesPerToken: 1e9, flopsPerToken: 1e9}, along: along}
	got := limitFor(nil, dec, m)
	if got == nil || math.Abs(got.Value-20) > 1e-9 || math.Abs(got.Fraction-0.5) > 1e-12 {
		t.Fatalf("limit %+v, want 20 tok/s at fraction 0.5", got)
	}
	for _, want := range []string{"read 20.0 GB/s", "after each of 3 repetitions", "15.0–35.0 GB/s", "blk.0"} {
		if !strings.Contains(got.Basis, want) {
			t.Errorf("basis %q lacks %q", got.Basis, want)
		}
	}
	// The cached bandwidth is not used when the alongside figures are.
	if got := limitFor(&fakeLimits{bw: 100e9}, dec, m); got == nil || math.Abs(got.Value-20) > 1e-9 {
		t.Errorf("with a cached figure: %+v", got)
	}
	if got := limitFor(&fakeLimits{peak: 5e9}, dec, m); got == nil || got.Value != 5 || got.Fraction != m.Summary.Center/5 {
		t.Errorf("compute binds: %+v", got)
	}
	bad := *dec.along
	bad.bw = []float64{20e9, 0, 35e9}
	dec.along = &bad
	if got := limitFor(&fakeLimits{bw: 40e9}, dec, m); got == nil || got.Value != 40 || strings.Contains(got.Basis, "repetitions") {
		t.Errorf("unusable alongside figures: %+v", got)
	}
	if got := limitFor(nil, dec, m); got != nil {
		t.Errorf("nothing usable: %+v", got)
	}
}

// TestSummaries: the record's median summary (results.MedianSummary,
// benchmath's) validates at every sample count, and Unbounded says when
// its interval is not finite: below six samples.
func TestSummaries(t *testing.T) {
	vals := []float64{5, 3, 9, 1, 7, 2, 8, 4, 6, 10}
	for n := 1; n <= len(vals); n++ {
		m := results.Metric{Name: "decode", Unit: "tok/s", Samples: vals[:n], Summary: results.MedianSummary(vals[:n])}
		rec := &results.Record{Backends: []results.BackendRun{{Name: "go", Metrics: []results.Metric{m}}}}
		if err := rec.Validate(); err != nil && strings.Contains(err.Error(), "metric") {
			t.Errorf("n=%d: %v", n, err)
		}
		if got, want := Unbounded(vals[:n]), n < 6; got != want {
			t.Errorf("n=%d: unbounded %v", n, got)
		}
		if vals[0] != 5 {
			t.Fatal("Unbounded reordered its input")
		}
	}
}
