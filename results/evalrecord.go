package results

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/perf/benchmath"
)

// Units of the metrics EvalRecord writes.
const (
	// UnitAcc is a per-doc score in [0, 1] averaged over docs (acc,
	// acc_norm, exact_match): a change of 0.01 is one point.
	UnitAcc = "acc"
	// UnitSeconds is a duration.
	UnitSeconds = "s"
)

// Perf metric names EvalRecord derives from the samples' timings.
const (
	MetricLatency    = "latency"     // per doc: the wait for its request batch
	MetricTTFT       = "ttft"        // per doc: time to the first generated token
	MetricDecodeStep = "decode_step" // per generated token: one decode step
)

// EvalRecord turns an eval run directory (run.json, samples.jsonl,
// results.json) into a Record of kind eval with one backend: the run's.
// Errors name the file at fault.
func EvalRecord(dir string) (*Record, error) {
	var run Run
	if err := ReadJSON(filepath.Join(dir, RunFile), &run); err != nil {
		return nil, err
	}
	samples, err := ReadSamples(filepath.Join(dir, SamplesFile))
	if err != nil {
		return nil, err
	}
	resPath := filepath.Join(dir, ResultsFile)
	var res Results
	if err := ReadJSON(resPath, &res); err != nil {
		// The standard errors come from results.json, so a run that never
		// summarised cannot be turned into a record yet.
		return nil, fmt.Errorf("%w (finish the run with --resume, or merge its shards)", err)
	}
	rec, err := EvalRecordOf(run, samples, &res)
	if err != nil {
		return nil, &RecordError{File: resPath, Err: err}
	}
	return rec, nil
}

// EvalRecordOf builds the record from a run's parts already read.
//
// Per task and per mean-aggregated metric (acc, acc_norm, exact_match) a
// Metric labelled task and filter, its samples the per-doc values in doc
// order and its summary the mean ∓ the standard error results.json
// reports (lm-eval's, so the record and the scores table agree; where
// lm-eval says N/A, one doc, Lo = Hi = the mean). Groups get the same
// over all their leaves' docs, with lm-eval's pooled standard error.
// Perplexity-type metrics (a ratio of sums, not a mean of per-doc values)
// have no place in a Summary and are left out. Where the samples carry
// timings, per task the median latency per doc, time to first token and
// decode step time, with benchmath's 95% interval.
//
// What run.json does not hold stays empty rather than guessed: the model's
// arch and dtype, the host's CPU flags, every task's data hash. End is
// Start plus the run's recorded wall time, not a clock reading.
func EvalRecordOf(run Run, samples []Sample, res *Results) (*Record, error) {
	env := run.Environment
	rec := &Record{
		Schema: RecordSchema, Kind: KindEval, RunID: run.RunID,
		Start: run.Created, End: run.Created,
		Build: Build{GoVersion: env.GoVersion, Commit: env.VCSRevision, CommitAt: env.VCSTime, Modified: env.VCSModified},
		Host:  Host{CPU: env.CPU, Cores: env.NumCPU, MemBytes: env.MemBytes, OS: env.OS, Arch: env.Arch, Kernel: env.Kernel, Hostname: env.Hostname},
		Model: ModelRef{
			Name: run.Settings.Model.Name, Params: run.Settings.Model.Params, Path: run.Settings.Model.Dir,
			Weights: run.Settings.Model.Weights, Fingerprint: run.Settings.Model.Fingerprint,
		},
	}
	if i := strings.LastIndexByte(env.Module, '@'); i >= 0 {
		rec.Build.Module, rec.Build.Version = env.Module[:i], env.Module[i+1:]
	} else {
		rec.Build.Module = env.Module
	}
	if rec.Model.Weights == "" {
		rec.Model.Weights = "stored"
	}
	if secs, err := strconv.ParseFloat(res.TotalEvaluationTimeSeconds, 64); err == nil && secs > 0 && !math.IsInf(secs, 0) {
		rec.End = rec.Start.Add(time.Duration(secs * float64(time.Second)))
	}
	if tk := run.Settings.Tokenizer; tk.SHA256 != "" {
		rec.Tokenizer = &tk
	}

	byTask := map[string][]Sample{}
	for _, s := range samples {
		byTask[s.Task] = append(byTask[s.Task], s)
	}
	be := BackendRun{Name: run.Settings.Backend, Options: run.Settings.BackendOptions}
	// perDoc holds each task's per-doc values by metric key, for groups.
	perDoc := map[string]map[string][]float64{}
	for _, t := range run.Tasks {
		ss := byTask[t.Name]
		delete(byTask, t.Name)
		slices.SortFunc(ss, func(a, b Sample) int { return a.DocID - b.DocID })
		rec.Tasks = append(rec.Tasks, TaskRef{Name: t.Name, Version: t.Version, NShot: t.NShot, Docs: len(ss), DataHash: t.DataHash})
		perDoc[t.Name] = map[string][]float64{}
		for mi, mt := range t.Metrics {
			if mt.Aggregation != "mean" || len(ss) == 0 {
				continue
			}
			vals := make([]float64, len(ss))
			for i, s := range ss {
				if mi >= len(s.Metrics) || s.Metrics[mi].Key != mt.Key() {
					return nil, fmt.Errorf("%s doc %d: sample lacks metric %s", s.Task, s.DocID, mt.Key())
				}
				vals[i] = float64(s.Metrics[mi].Num)
			}
			perDoc[t.Name][mt.Key()] = vals
			m, err := meanMetric(mt, t.Name, vals, res.Results[t.Name])
			if err != nil {
				return nil, err
			}
			be.Metrics = append(be.Metrics, m)
		}
		be.Metrics = append(be.Metrics, perfMetrics(t.Name, ss)...)
	}
	for name := range byTask {
		return nil, fmt.Errorf("samples of task %s, which run.json does not list", name)
	}
	groupMetrics, err := groupMetrics(run, perDoc, res)
	if err != nil {
		return nil, err
	}
	be.Metrics = append(be.Metrics, groupMetrics...)
	rec.Backends = []BackendRun{be}
	if err := rec.Validate(); err != nil {
		return nil, err
	}
	return rec, nil
}

// meanMetric is one task's or group's mean metric, checked against the
// score results.json reports for it.
func meanMetric(mt MetricInfo, task string, vals []float64, sc Scores) (Metric, error) {
	var sum float64
	for _, v := range vals {
		sum += v
	}
	mean := sum / float64(len(vals))
	got, ok := sc.Values[mt.Key()]
	if !ok {
		return Metric{}, fmt.Errorf("%s: no %s score", task, mt.Key())
	}
	if math.Abs(got-mean) > 1e-9*max(1, math.Abs(mean)) {
		return Metric{}, fmt.Errorf("%s: %s is %v, the samples' mean %v: results.json is stale (resume or merge the run again)", task, mt.Key(), got, mean)
	}
	se := sc.Values[mt.StderrKey()]
	if math.IsNaN(se) || math.IsInf(se, 0) || se < 0 {
		se = 0 // lm-eval's N/A: one doc
	}
	return Metric{
		Name: mt.Name, Labels: map[string]string{"task": task, "filter": mt.Filter},
		Unit: UnitAcc, HigherIsBetter: mt.HigherIsBetter, Samples: vals,
		Summary: Summary{N: len(vals), Center: mean, Lo: mean - se, Hi: mean + se, Stat: "mean"},
	}, nil
}

// groupMetrics are the groups' mean metrics over their leaf tasks' docs,
// built as evals.Summarize builds results.json's group entries (leaves
// with docs, mean metrics only), so the two agree.
func groupMetrics(run Run, perDoc map[string]map[string][]float64, res *Results) ([]Metric, error) {
	info := map[string]TaskInfo{}
	for _, t := range run.Tasks {
		info[t.Name] = t
	}
	var out []Metric
	for _, g := range run.Groups {
		vals := map[string][]float64{}
		var order []MetricInfo
		for _, leaf := range leafTasks(run, g.Name, 0) {
			for _, mt := range info[leaf].Metrics {
				v, ok := perDoc[leaf][mt.Key()]
				if !ok {
					continue
				}
				if _, seen := vals[mt.Key()]; !seen {
					order = append(order, mt)
				}
				vals[mt.Key()] = append(vals[mt.Key()], v...)
			}
		}
		for _, mt := range order {
			m, err := meanMetric(mt, g.Name, vals[mt.Key()], res.Results[g.Name])
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
	}
	return out, nil
}

// leafTasks lists the tasks under a group, depth-first (depth guards a
// cyclic run.json).
func leafTasks(run Run, name string, depth int) []string {
	if depth > len(run.Groups) {
		return nil
	}
	for _, g := range run.Groups {
		if g.Name == name {
			var out []string
			for _, m := range g.Members {
				out = append(out, leafTasks(run, m, depth+1)...)
			}
			return out
		}
	}
	return []string{name}
}

// perfMetrics are one task's timing distributions, where its samples
// carry them. Docs of one batch share its latency, so these describe what
// a request waited, not independent repetitions of one measurement.
func perfMetrics(task string, ss []Sample) []Metric {
	var latency, ttft, step []float64
	for _, s := range ss {
		if s.Perf.LatencyNs > 0 {
			latency = append(latency, float64(s.Perf.LatencyNs)/1e9)
		}
		if s.Perf.TTFTNs > 0 {
			ttft = append(ttft, float64(s.Perf.TTFTNs)/1e9)
		}
		for _, ns := range s.Perf.DecodeStepNs {
			if ns > 0 {
				step = append(step, float64(ns)/1e9)
			}
		}
	}
	var out []Metric
	for _, p := range []struct {
		name string
		vals []float64
	}{{MetricLatency, latency}, {MetricTTFT, ttft}, {MetricDecodeStep, step}} {
		if len(p.vals) == 0 {
			continue
		}
		out = append(out, Metric{
			Name: p.name, Labels: map[string]string{"task": task}, Unit: UnitSeconds,
			Samples: p.vals, Summary: MedianSummary(p.vals),
		})
	}
	return out
}

// MedianSummary is samples' median with benchmath's 95% confidence
// interval. Where there are too few samples for a finite interval (fewer
// than 6), benchmath's ±∞ bound becomes the sample's extreme, since JSON
// has no infinity: the interval then says only what was observed, and a
// reader wanting benchmath's verdict recomputes it from the samples.
func MedianSummary(samples []float64) Summary {
	if len(samples) == 0 {
		return Summary{Stat: "median"}
	}
	s := benchmath.NewSample(slices.Clone(samples), &benchmath.DefaultThresholds)
	sum := benchmath.AssumeNothing.Summary(s, 0.95)
	lo, hi := sum.Lo, sum.Hi
	if math.IsInf(lo, 0) || math.IsNaN(lo) {
		lo = s.Values[0]
	}
	if math.IsInf(hi, 0) || math.IsNaN(hi) {
		hi = s.Values[len(s.Values)-1]
	}
	return Summary{N: len(samples), Center: sum.Center, Lo: lo, Hi: hi, Stat: "median"}
}
