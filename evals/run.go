package evals

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// RunOptions say where a run writes and how it reports.
type RunOptions struct {
	// Dir is the run directory (gemma-bench-results/<run-id> by default); created if needed.
	Dir   string
	RunID string
	// Resume continues the run recorded in Dir, skipping docs already in
	// its samples.jsonl. Without it an existing run in Dir is an error.
	Resume bool
	// Settings identify the evaluation (model, tokenizer, backend, flags);
	// a resumed run must match them.
	Settings results.Settings
	// Progress receives progress reports (stderr); nil for none. With
	// ProgressTTY a redrawn bar, else a plain line now and then (logs).
	Progress    io.Writer
	ProgressTTY bool
	// OnSample, when set, is called after each sample is on disk with the
	// number saved so far (resumed ones included) and the run's context.
	OnSample func(ctx context.Context, saved int)
	// Started is when the process started, for the wall time (zero: now).
	Started time.Time
}

// Outcome is what a finished run produced.
type Outcome struct {
	Run     results.Run
	Samples []results.Sample
	Results *results.Results
	// Resumed counts the docs taken from an earlier invocation.
	Resumed int
}

// ErrInterrupted wraps the context's error when a run stops early; every
// doc scored before is already on disk.
var ErrInterrupted = errors.New("run interrupted")

// Run scores the plan's docs with lm, appending each doc's sample to
// Dir/samples.jsonl as soon as it is scored (fsynced), and at the end writes
// Dir/results.json atomically. A cancelled ctx stops it between batches (or
// inside a step, for backends that check) and returns ErrInterrupted.
func Run(ctx context.Context, lm LM, plan *Plan, o RunOptions) (*Outcome, error) {
	if o.Started.IsZero() {
		o.Started = time.Now()
	}
	// Compile what the run will execute before its first timed step, and
	// before the run directory exists: planning tokenizes every request,
	// so a tokenizer the model cannot run fails here, leaving nothing.
	if p, ok := lm.(interface {
		Precompile(context.Context, *Plan) error
	}); ok {
		if err := p.Precompile(ctx, plan); err != nil {
			if ctx.Err() != nil {
				return nil, interrupted(ctx.Err(), 0, plan.Planned)
			}
			return nil, err
		}
	}
	run := NewRunRecord(plan, o.RunID, o.Settings)
	done, err := openRunDir(o.Dir, run, plan, o.Resume)
	if err != nil {
		return nil, err
	}
	w, err := results.OpenSampleWriter(filepath.Join(o.Dir, results.SamplesFile))
	if err != nil {
		return nil, err
	}
	defer w.Close()
	have := map[results.SampleKey]bool{}
	for _, s := range done {
		have[s.Key()] = true
	}
	out := &Outcome{Run: run, Samples: done, Resumed: len(done)}
	bar := newProgress(o.Progress, o.ProgressTTY, plan.Planned, len(done))
	stop := func(err error) error {
		if bar != nil {
			bar.abort() // end the bar's line before the error
		}
		return err
	}
	for _, b := range plan.Batches {
		if allDone(b, have) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return out, stop(interrupted(err, len(out.Samples), plan.Planned))
		}
		samples, err := scoreBatch(ctx, lm, plan.Suite.Tasks[b.Task], b)
		if err != nil {
			if ctx.Err() != nil {
				return out, stop(interrupted(ctx.Err(), len(out.Samples), plan.Planned))
			}
			return out, stop(err)
		}
		for _, s := range samples {
			if have[s.Key()] {
				continue // recomputed only to keep the batch whole
			}
			if err := w.Append(s); err != nil {
				return out, stop(err)
			}
			have[s.Key()] = true
			out.Samples = append(out.Samples, s)
			if bar != nil {
				bar.add(1)
			}
			if o.OnSample != nil {
				o.OnSample(ctx, len(out.Samples))
			}
		}
	}
	if bar != nil {
		bar.finish()
	}
	perf := PerfInfo{WallSeconds: time.Since(o.Started).Seconds(), PeakRSSBytes: results.PeakRSS()}
	if be, ok := lm.(interface{ BackendName() string }); ok {
		perf.Backend = be.BackendName()
	}
	res, err := Summarize(run, out.Samples, perf)
	if err != nil {
		return out, err
	}
	out.Results = res
	if err := results.WriteJSONAtomic(filepath.Join(o.Dir, results.ResultsFile), res); err != nil {
		return out, err
	}
	return out, nil
}

func interrupted(cause error, done, planned int) error {
	return fmt.Errorf("%w after %d of %d docs (all scored docs are saved; rerun with --resume to continue): %w", ErrInterrupted, done, planned, cause)
}

func allDone(b Batch, have map[results.SampleKey]bool) bool {
	for _, d := range b.Docs {
		if !have[results.SampleKey{Task: d.Task, DocID: d.ID}] {
			return false
		}
	}
	return true
}

// openRunDir prepares dir and returns the samples an earlier invocation
// recorded. A fresh run refuses a directory that already holds a run; a
// resumed one refuses a run of a different evaluation or shard.
func openRunDir(dir string, run results.Run, plan *Plan, resume bool) ([]results.Sample, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("evals: %w", err)
	}
	runPath := filepath.Join(dir, results.RunFile)
	var prev results.Run
	err := results.ReadJSON(runPath, &prev)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if _, serr := os.Stat(filepath.Join(dir, results.SamplesFile)); serr == nil {
			return nil, fmt.Errorf("evals: %s has samples but no %s: not a run directory of ours", dir, results.RunFile)
		}
		return nil, results.WriteJSONAtomic(runPath, run)
	case err != nil:
		return nil, err
	case !resume:
		return nil, fmt.Errorf("evals: %s already holds run %s: pass --resume to continue it, or choose another --run-id or --output-dir", dir, prev.RunID)
	}
	if err := prev.SameEvaluation(run, true); err != nil {
		return nil, fmt.Errorf("evals: cannot resume %s: %w", dir, err)
	}
	samples, err := results.ReadSamples(filepath.Join(dir, results.SamplesFile))
	if err != nil {
		return nil, err
	}
	planned := map[results.SampleKey]bool{}
	for _, b := range plan.Batches {
		for _, d := range b.Docs {
			planned[results.SampleKey{Task: d.Task, DocID: d.ID}] = true
		}
	}
	for _, s := range samples {
		if !planned[s.Key()] {
			return nil, fmt.Errorf("evals: cannot resume %s: %s doc %d is not in this run's plan", dir, s.Task, s.DocID)
		}
	}
	return samples, nil
}

// scoreBatch sends a batch's requests to the model in one call and turns
// the answers into samples.
func scoreBatch(ctx context.Context, lm LM, t tasks.Task, b Batch) ([]results.Sample, error) {
	var reqs []tasks.Request
	for _, d := range b.Docs {
		reqs = append(reqs, d.Requests...)
	}
	var before Stats
	st, hasStats := lm.(interface{ Stats() Stats })
	if hasStats {
		before = st.Stats()
	}
	t0 := time.Now()
	resps, err := send(ctx, lm, t, reqs)
	if err != nil {
		return nil, taskErr(t.Name(), err)
	}
	if len(resps) != len(reqs) {
		return nil, fmt.Errorf("evals: %s: %d answers for %d requests", t.Name(), len(resps), len(reqs))
	}
	var phase Stats
	if hasStats {
		after := st.Stats()
		phase.PrefillTime, phase.DecodeTime = after.PrefillTime-before.PrefillTime, after.DecodeTime-before.DecodeTime
	}
	out := make([]results.Sample, 0, len(b.Docs))
	k := 0
	for _, d := range b.Docs {
		rs := resps[k : k+len(d.Requests)]
		k += len(d.Requests)
		s, err := makeSample(t, d, rs)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	// Every doc of the batch waited for the whole call; each is charged an
	// equal share of its time.
	lat := time.Since(t0)
	n := int64(len(out))
	for i := range out {
		p := &out[i].Perf
		p.LatencyNs, p.CostNs = lat.Nanoseconds(), lat.Nanoseconds()/n
		p.PrefillNs, p.DecodeNs = phase.PrefillTime.Nanoseconds()/n, phase.DecodeTime.Nanoseconds()/n
		p.BatchDocs = len(out)
	}
	return out, nil
}
