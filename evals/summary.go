package evals

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// NewRunRecord describes a plan for run.json.
func NewRunRecord(p *Plan, runID string, s results.Settings) results.Run {
	r := results.Run{
		Schema: results.Schema, RunID: runID, Created: time.Now().UTC(),
		Settings: s, Shard: p.Shard, Planned: p.Planned, Environment: results.Fingerprint(),
	}
	for i, t := range p.Suite.Tasks {
		ti := results.TaskInfo{
			Name: t.Name(), Version: t.Version(), OutputType: t.OutputType().String(),
			NShot: p.Shots[i], Original: p.Orig[i], Effective: len(p.Docs[i]), DataHash: docsHash(p.Docs[i]),
		}
		for _, m := range t.Metrics() {
			ti.Metrics = append(ti.Metrics, results.MetricInfo{Name: m.Name, Filter: m.Filter, Aggregation: aggName(m.Agg), HigherIsBetter: m.HigherIsBetter})
		}
		r.Tasks = append(r.Tasks, ti)
	}
	for _, g := range p.Suite.Groups {
		r.Groups = append(r.Groups, results.GroupInfo{Name: g.Name, Alias: g.Alias, Version: g.Version, Members: g.Members})
	}
	return r
}

// docsHash identifies what a task evaluated: the sha256 over its docs, in
// order, of each one's id, prompt hash (its first context), choices, gold
// and target. It changes with the data, the prompt format, the shots and
// --limit; not with where the files lie (Source is left out).
func docsHash(docs []tasks.Doc) string {
	h := sha256.New()
	for _, d := range docs {
		fmt.Fprintf(h, "%d\x00%s\x00%d\x00%s\x00%d\x00", d.ID, d.Hash, d.Gold, d.Target, len(d.Choices))
		for _, c := range d.Choices {
			fmt.Fprintf(h, "%s\x00", c)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func aggName(a tasks.Aggregation) string {
	switch a {
	case tasks.Mean:
		return "mean"
	case tasks.Perplexity:
		return "perplexity"
	case tasks.BitsPerByte:
		return "bits_per_byte"
	}
	return fmt.Sprintf("aggregation(%d)", a)
}

func parseAgg(s string) (tasks.Aggregation, error) {
	for _, a := range []tasks.Aggregation{tasks.Mean, tasks.Perplexity, tasks.BitsPerByte} {
		if aggName(a) == s {
			return a, nil
		}
	}
	return 0, fmt.Errorf("evals: unknown aggregation %q", s)
}

// PerfInfo is what Summarize cannot learn from the samples.
type PerfInfo struct {
	Backend      string
	WallSeconds  float64
	PeakRSSBytes int64
}

// Summarize computes lm-eval's results from samples alone (plus run.json),
// so that a run, a resumed run and merged shards summarise identically:
// per task each metric's aggregate and stderr (tasks.Aggregate), per group
// the size-weighted mean and pooled stderr over all its leaf tasks
// (lm-eval's weight_by_size aggregation, where a group of groups also
// pools over the leaves beneath it).
func Summarize(run results.Run, samples []results.Sample, perf PerfInfo) (*results.Results, error) {
	res := &results.Results{
		Results: map[string]results.Scores{}, GroupSubtasks: map[string][]string{},
		Configs: map[string]results.TaskConfig{}, Versions: map[string]results.Version{},
		NShot: map[string]int{}, HigherIsBetter: map[string]map[string]bool{},
		NSamples: map[string]results.NSamples{}, RunID: run.RunID,
	}
	byTask := map[string][]results.Sample{}
	for _, s := range samples {
		byTask[s.Task] = append(byTask[s.Task], s)
	}
	depth, root := treeDepths(run)
	size := map[string]int{}
	info := map[string]results.TaskInfo{}
	for _, t := range run.Tasks {
		info[t.Name] = t
		ss := byTask[t.Name]
		delete(byTask, t.Name)
		size[t.Name] = len(ss)
		sc := results.Scores{Alias: indent(depth[t.Name]) + strings.TrimPrefix(t.Name, root[t.Name]+"_"), Values: map[string]float64{}}
		hib := map[string]bool{}
		cfg := results.TaskConfig{Task: t.Name, OutputType: t.OutputType, NumFewshot: t.NShot, Metadata: results.ConfigMetadata{Version: results.Version(t.Version)}}
		for mi, m := range t.Metrics {
			agg, err := parseAgg(m.Aggregation)
			if err != nil {
				return nil, err
			}
			vals := make([]tasks.Value, len(ss))
			for i, s := range ss {
				if mi >= len(s.Metrics) || s.Metrics[mi].Key != m.Key() {
					return nil, fmt.Errorf("evals: %s doc %d: sample lacks metric %s", s.Task, s.DocID, m.Key())
				}
				vals[i] = tasks.Value{Num: float64(s.Metrics[mi].Num), Den: float64(s.Metrics[mi].Den)}
			}
			v, se, ok := tasks.Aggregate(agg, vals)
			if !ok {
				se = math.NaN()
			}
			sc.Values[m.Key()], sc.Values[m.StderrKey()] = v, se
			hib[m.Name] = m.HigherIsBetter
			cfg.MetricList = append(cfg.MetricList, results.ConfigMetric{Metric: m.Name, Aggregation: m.Aggregation, HigherIsBetter: m.HigherIsBetter})
		}
		res.Results[t.Name] = sc
		res.Configs[t.Name] = cfg
		res.Versions[t.Name] = results.Version(t.Version)
		res.NShot[t.Name] = t.NShot
		res.HigherIsBetter[t.Name] = hib
		res.NSamples[t.Name] = results.NSamples{Original: t.Original, Effective: t.Effective}
	}
	for name := range byTask {
		return nil, fmt.Errorf("evals: samples of task %s, which the run does not list", name)
	}
	for _, g := range run.Groups {
		res.GroupSubtasks[g.Name] = g.Members
		res.Versions[g.Name] = results.Version(g.Version)
		sc := groupScores(run, g, info, res.Results, size)
		sc.Alias = indent(depth[g.Name]) + g.Alias
		res.Results[g.Name] = sc
		if res.Groups == nil {
			res.Groups = map[string]results.Scores{}
		}
		res.Groups[g.Name] = sc
		hib := map[string]bool{}
		for _, leaf := range leaves(run, g.Name) {
			for k, v := range res.HigherIsBetter[leaf] {
				hib[k] = v
			}
		}
		res.HigherIsBetter[g.Name] = hib
	}
	res.Config = results.RunConfig{
		Model: run.Settings.Model.Name, ModelArgs: "dir=" + run.Settings.Model.Dir,
		Backend: run.Settings.Backend, BatchSize: run.Settings.BatchSize,
		MaxLength: run.Settings.MaxLength, PrefixReuse: run.Settings.PrefixReuse,
	}
	if run.Settings.Limit > 0 {
		l := run.Settings.Limit
		res.Config.Limit = &l
	}
	res.Shards = []results.Shard{run.Shard}
	res.Performance = performance(samples, perf)
	res.TotalEvaluationTimeSeconds = fmt.Sprint(perf.WallSeconds)
	res.Environment = run.Environment
	return res, nil
}

// groupScores aggregates every mean metric of a group's leaf tasks.
func groupScores(run results.Run, g results.GroupInfo, info map[string]results.TaskInfo, scores map[string]results.Scores, size map[string]int) results.Scores {
	sc := results.Scores{Values: map[string]float64{}}
	type acc struct {
		vals, ses []float64
		sizes     []int
	}
	per := map[string]*acc{}
	var order []results.MetricInfo
	for _, leaf := range leaves(run, g.Name) {
		for _, m := range info[leaf].Metrics {
			if m.Aggregation != "mean" || size[leaf] == 0 {
				continue // perplexities do not average across corpora
			}
			a := per[m.Key()]
			if a == nil {
				a = &acc{}
				per[m.Key()] = a
				order = append(order, m)
			}
			a.vals = append(a.vals, scores[leaf].Values[m.Key()])
			a.ses = append(a.ses, scores[leaf].Values[m.StderrKey()])
			a.sizes = append(a.sizes, size[leaf])
		}
	}
	for _, m := range order {
		a := per[m.Key()]
		sc.Values[m.Key()] = tasks.WeightedMean(a.vals, a.sizes)
		se := math.NaN()
		if !anyNaN(a.ses) {
			se = tasks.PooledStderr(a.ses, a.sizes)
		}
		sc.Values[m.StderrKey()] = se
	}
	return sc
}

func anyNaN(xs []float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) {
			return true
		}
	}
	return false
}

// leaves lists the tasks under a group, recursively, in member order.
func leaves(run results.Run, name string) []string {
	var out []string
	for _, g := range run.Groups {
		if g.Name == name {
			for _, m := range g.Members {
				out = append(out, leaves(run, m)...)
			}
			return out
		}
	}
	return []string{name}
}

// treeDepths gives each task and group its nesting depth and its root
// group (for aliases: lm-eval prints "mmlu_anatomy" as "  - anatomy").
func treeDepths(run results.Run) (depth map[string]int, root map[string]string) {
	depth, root = map[string]int{}, map[string]string{}
	parent := map[string]string{}
	for _, g := range run.Groups {
		for _, m := range g.Members {
			parent[m] = g.Name
		}
	}
	names := []string{}
	for _, g := range run.Groups {
		names = append(names, g.Name)
	}
	for _, t := range run.Tasks {
		names = append(names, t.Name)
	}
	for _, n := range names {
		d, r := 0, n
		for p, ok := parent[r]; ok && d < len(names); p, ok = parent[r] {
			r, d = p, d+1
		}
		depth[n], root[n] = d, r
	}
	return depth, root
}

// indent is lm-eval's alias prefix for a nesting depth.
func indent(d int) string {
	if d == 0 {
		return ""
	}
	return strings.Repeat(" ", d) + "- "
}

// performance sums the samples' costs.
func performance(samples []results.Sample, info PerfInfo) results.Performance {
	p := results.Performance{Backend: info.Backend, Docs: len(samples), WallSeconds: info.WallSeconds, PeakRSSBytes: info.PeakRSSBytes}
	var lat, ttft, steps []int64
	var cost, prefillNs, decodeNs int64
	for _, s := range samples {
		q := s.Perf
		lat = append(lat, q.LatencyNs)
		cost += q.CostNs
		prefillNs += q.PrefillNs
		decodeNs += q.DecodeNs
		p.PrefillTokens += int64(q.PrefillTokens)
		p.LMEvalTokens += int64(q.LMEvalTokens)
		p.ReusedTokens += int64(q.ReusedTokens)
		p.DecodeTokens += int64(q.DecodeTokens)
		if q.PrefixMismatch {
			p.PrefixMismatches++
		}
		for _, r := range s.Requests {
			if r.Truncated {
				p.Truncated++
			}
		}
		if q.TTFTNs > 0 {
			ttft = append(ttft, q.TTFTNs)
		}
		steps = append(steps, q.DecodeStepNs...)
	}
	p.EvalSeconds = float64(cost) / 1e9
	p.PrefillSeconds = float64(prefillNs) / 1e9
	p.DecodeSeconds = float64(decodeNs) / 1e9
	p.DocsPerSecond = rate(float64(len(samples)), p.EvalSeconds)
	p.PrefillTokensPerSecond = rate(float64(p.PrefillTokens), p.PrefillSeconds)
	p.DecodeTokensPerSecond = rate(float64(p.DecodeTokens), p.DecodeSeconds)
	p.TokenRatio = rate(float64(p.LMEvalTokens), float64(p.PrefillTokens))
	p.Latency = results.PercentilesOf(lat)
	if len(ttft) > 0 {
		t := results.PercentilesOf(ttft)
		p.TTFT = &t
	}
	if len(steps) > 0 {
		t := results.PercentilesOf(steps)
		p.DecodeStep = &t
	}
	return p
}

func rate(n, d float64) float64 {
	if d <= 0 {
		return 0
	}
	return n / d
}
