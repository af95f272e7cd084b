package evals

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/gemma-bench/gemma-bench/results"
)

// Merge combines the run directories of all shards of one evaluation into
// out: run.json (as one unsharded run), samples.jsonl in plan order, and
// results.json recomputed from the samples, which is therefore the summary
// one unsharded run would have written. It refuses shards of different
// evaluations, missing or repeated shards, and shards that did not finish.
func Merge(dirs []string, out string) (*Outcome, error) {
	if len(dirs) == 0 {
		return nil, errors.New("evals: merge: no run directories")
	}
	var runs []results.Run
	var all []results.Sample
	perf := PerfInfo{}
	for _, d := range dirs {
		var r results.Run
		if err := results.ReadJSON(filepath.Join(d, results.RunFile), &r); err != nil {
			return nil, fmt.Errorf("evals: merge: %w", err)
		}
		if len(runs) > 0 {
			if err := runs[0].SameEvaluation(r, false); err != nil {
				return nil, fmt.Errorf("evals: merge: %s and %s are not shards of one evaluation: %w", dirs[0], d, err)
			}
		}
		ss, err := results.ReadSamples(filepath.Join(d, results.SamplesFile))
		if err != nil {
			return nil, fmt.Errorf("evals: merge: %w", err)
		}
		if len(ss) != r.Planned {
			return nil, fmt.Errorf("evals: merge: %s (shard %s) has %d of its %d docs: finish it with --resume first", d, r.Shard, len(ss), r.Planned)
		}
		var prev results.Results
		if err := results.ReadJSON(filepath.Join(d, results.ResultsFile), &prev); err == nil {
			perf.WallSeconds += prev.Performance.WallSeconds
			perf.PeakRSSBytes = max(perf.PeakRSSBytes, prev.Performance.PeakRSSBytes)
			if perf.Backend == "" {
				perf.Backend = prev.Performance.Backend
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("evals: merge: %w", err)
		}
		runs = append(runs, r)
		all = append(all, ss...)
	}
	n := runs[0].Shard.Count
	seen := make([]string, n)
	for i, r := range runs {
		if r.Shard.Index < 0 || r.Shard.Index >= n {
			return nil, fmt.Errorf("evals: merge: %s: shard index %d of %d", dirs[i], r.Shard.Index, n)
		}
		if seen[r.Shard.Index] != "" {
			return nil, fmt.Errorf("evals: merge: shard %s given twice (%s and %s)", r.Shard, seen[r.Shard.Index], dirs[i])
		}
		seen[r.Shard.Index] = dirs[i]
	}
	for i, d := range seen {
		if d == "" {
			return nil, fmt.Errorf("evals: merge: shard %d/%d is missing", i+1, n)
		}
	}
	dup := map[results.SampleKey]bool{}
	for _, s := range all {
		if dup[s.Key()] {
			return nil, fmt.Errorf("evals: merge: %s doc %d appears in two shards", s.Task, s.DocID)
		}
		dup[s.Key()] = true
	}
	run := runs[0]
	order := map[string]int{}
	total := 0
	for i, t := range run.Tasks {
		order[t.Name] = i
		total += t.Effective
	}
	if len(all) != total {
		return nil, fmt.Errorf("evals: merge: %d docs in all, the evaluation has %d", len(all), total)
	}
	// Plan order: tasks in run order, docs by id, as one run writes them.
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Task != b.Task {
			return order[a.Task] < order[b.Task]
		}
		return a.DocID < b.DocID
	})
	run.Shard = results.Shard{Index: 0, Count: 1}
	run.Planned = total
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("evals: merge: %w", err)
	}
	var lines []byte
	for _, s := range all {
		b, err := s.Marshal()
		if err != nil {
			return nil, fmt.Errorf("evals: merge: %w", err)
		}
		lines = append(append(lines, b...), '\n')
	}
	if err := results.WriteFileAtomic(filepath.Join(out, results.SamplesFile), lines); err != nil {
		return nil, err
	}
	if err := results.WriteJSONAtomic(filepath.Join(out, results.RunFile), run); err != nil {
		return nil, err
	}
	res, err := Summarize(run, all, perf)
	if err != nil {
		return nil, err
	}
	res.Shards = nil
	for _, r := range runs {
		res.Shards = append(res.Shards, r.Shard)
	}
	sort.Slice(res.Shards, func(i, j int) bool { return res.Shards[i].Index < res.Shards[j].Index })
	if err := results.WriteJSONAtomic(filepath.Join(out, results.ResultsFile), res); err != nil {
		return nil, err
	}
	return &Outcome{Run: run, Samples: all, Results: res}, nil
}
