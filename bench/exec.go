package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// probeTokens is the length of the agreement probe: long enough that
// attention over a real context is compared, short enough that its logits
// (tokens × vocab floats per backend) stay small.
const probeTokens = 64

// runState is one sweep in progress.
type runState struct {
	o        Options
	cases    []Case
	prompt   []int32
	log      io.Writer
	progress progress
	pending  []pendingLimit
	failed   int
	first    string // the first failure, for the returned error
}

// maxPositions is the longest token sequence any case or the probe
// feeds, capped at the model's positions (a case that needs more fails
// on its own, before it runs).
func (s *runState) maxPositions() int {
	n := probeTokens
	for _, c := range s.cases {
		n = max(n, c.Positions())
	}
	return min(n, s.o.Model.Config.MaxPositions)
}

// fail records what failed, on the backend's record and the log, counting
// n failed cases.
func (s *runState) fail(br *results.BackendRun, what string, err error, n int) {
	msg := what + ": " + err.Error()
	br.Errors = append(br.Errors, msg)
	s.failed += n
	if s.first == "" {
		s.first = br.Name + " " + msg
	}
	s.progress.clear()
	fmt.Fprintf(s.log, "bench: %s %s\n", br.Name, msg)
}

func (s *runState) note(format string, args ...any) {
	s.progress.clear()
	fmt.Fprintf(s.log, "bench: "+format+"\n", args...)
}

// backend runs every thread count and case on one backend spec. The
// returned probe logits are nil unless probe asks for them and they ran.
// Only cancellation is an error: everything else is a failed case.
func (s *runState) backend(ctx context.Context, bi int, spec string, probe bool) (results.BackendRun, []float32, error) {
	br := results.BackendRun{Name: spec}
	if name, _, err := backends.ParseSpec(spec); err == nil {
		br.Name = name
	} else if spec == "" {
		br.Name = "default"
	}
	var logits []float32
	seen := map[int]bool{}
	opened := false
	for _, t := range s.o.threads() {
		if err := ctx.Err(); err != nil {
			return br, logits, err
		}
		be, err := backends.Open(spec, backends.Options{Threads: t})
		if err != nil {
			s.fail(&br, fmt.Sprintf("t=%d", t), fmt.Errorf("open backend %q: %w", spec, err), len(s.cases))
			s.progress.done += len(s.cases)
			continue
		}
		threads := resolvedThreads(be, t)
		if !opened {
			opened = true
			br.Name, br.Options = be.Name(), s.options(be)
		}
		if seen[threads] {
			// -t 0,2 on a two-core machine: the same runs twice, and two
			// metrics with one key.
			s.note("%s: -t %d runs %d threads, already measured; skipped", br.Name, t, threads)
			s.progress.done += len(s.cases)
			be.Close()
			continue
		}
		seen[threads] = true
		if probe && logits == nil {
			var err error
			if logits, err = s.probe(ctx, be); err != nil {
				if ctx.Err() != nil {
					be.Close()
					return br, nil, ctx.Err()
				}
				s.fail(&br, fmt.Sprintf("t=%d agreement probe", threads), err, 1)
				logits = nil
			}
		}
		err = s.runCases(ctx, bi, &br, be, spec, threads)
		be.Close()
		if err != nil {
			return br, logits, err
		}
	}
	return br, logits, nil
}

// options are the backend's reported settings for the record, threads
// left out (each metric's "t" label has them), plus what this sweep set.
func (s *runState) options(be backends.Backend) map[string]string {
	o := map[string]string{"kv_dtype": s.o.kvDType().String()}
	for k, v := range backends.SettingsOf(be) {
		if k != "threads" {
			o[k] = v
		}
	}
	if s.o.OnProfile != nil {
		o["op_profile"] = "on" // the timings include the profiling
	}
	return o
}

// runCases runs every case on one opened backend and thread count, with
// one runner sized for the largest.
func (s *runState) runCases(ctx context.Context, bi int, br *results.BackendRun, be backends.Backend, spec string, threads int) error {
	if spec == "" {
		spec = be.Name() // the default backend, by the name it chose
	}
	var seqs, rows, positions int
	for _, c := range s.cases {
		seqs, positions = max(seqs, c.Batch), max(positions, c.Positions())
		rows = max(rows, c.Batch, c.Tokens, c.Depth)
	}
	positions = min(max(positions, seqs), s.o.Model.Config.MaxPositions)
	r, err := model.NewRunnerWith(s.o.Model, be, model.RunnerOptions{Seqs: seqs, MaxLen: positions, MaxRows: min(rows, 512), KVDType: s.o.kvDType()})
	if err != nil {
		s.fail(br, fmt.Sprintf("t=%d", threads), fmt.Errorf("runner: %w", err), len(s.cases))
		s.progress.done += len(s.cases)
		return nil
	}
	defer r.Close()
	// Every shape a case runs compiles before anything is timed.
	if err := r.Precompile(ctx, s.shapes(r)); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.fail(br, fmt.Sprintf("t=%d", threads), fmt.Errorf("compile: %w", err), len(s.cases))
		s.progress.done += len(s.cases)
		return nil
	}
	profile := s.o.OnProfile != nil
	for _, c := range s.cases {
		m, cost, along, err := s.measure(ctx, r, br.Name, spec, threads, c, &profile)
		s.progress.done++
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.fail(br, fmt.Sprintf("t=%d %s", threads, c), err, 1)
			continue
		}
		br.Metrics = append(br.Metrics, m)
		s.pending = append(s.pending, pendingLimit{backend: bi, metric: len(br.Metrics) - 1, kind: c.Kind,
			spec: spec, weights: MatmulDType(s.o.Model), threads: threads, cost: cost, along: along})
	}
	return nil
}

// limits gives every measured metric its ceiling, asking LimitsAt once
// per thread count.
func (s *runState) limits(runs []results.BackendRun) {
	at := map[int]Limits{}
	for _, p := range s.pending {
		l, ok := at[p.threads]
		if !ok && s.o.LimitsAt != nil {
			var err error
			if l, err = s.o.LimitsAt(p.threads); err != nil {
				s.note("limits at %d threads: %v (figures at %d threads have none)", p.threads, err, p.threads)
				l = nil
			}
			at[p.threads] = l
		}
		if l != nil || p.along != nil {
			m := &runs[p.backend].Metrics[p.metric]
			m.Limit = limitFor(l, p, m)
		}
	}
}

// shapes are the step shapes the cases run, for Precompile.
func (s *runState) shapes(r *model.Runner) []model.Shape {
	set := map[model.Shape]bool{}
	var out []model.Shape
	add := func(rows, logitRows int) {
		if sh := r.ShapeOf(rows, logitRows, 0); !set[sh] {
			set[sh] = true
			out = append(out, sh)
		}
	}
	prefill := func(n int) {
		if n <= 0 {
			return
		}
		chunk := min(n, r.MaxChunk)
		add(chunk, 1)
		if rest := n % chunk; rest != 0 {
			add(rest, 1)
		}
	}
	for _, c := range s.cases {
		if c.Positions() > r.MaxLen() {
			continue
		}
		prefill(c.Depth)
		if c.Kind == Prefill {
			prefill(c.Tokens)
		} else {
			add(c.Batch, c.Batch)
		}
	}
	return out
}

// measure runs one case: warm-ups, then the timed repetitions. *profile
// is cleared when the backend cannot time ops (the case then runs
// without, and so do the later ones).
func (s *runState) measure(ctx context.Context, r *model.Runner, name, spec string, threads int, c Case, profile *bool) (results.Metric, caseCost, *alongside, error) {
	if c.Positions() > r.MaxLen() {
		return results.Metric{}, caseCost{}, nil, fmt.Errorf("needs %d positions per sequence; the cache holds %d (the model's max_position_embeddings is %d)",
			c.Positions(), r.MaxLen(), s.o.Model.Config.MaxPositions)
	}
	setup, run := s.steps(r, c)
	step := 0 // of the repetition being profiled
	chunk := min(c.Tokens, r.MaxChunk)
	hook := func(g *backends.Graph, ops []backends.OpTime) {
		// The mean context a row of this step attends to: a prefill
		// chunk's rows from its first position on, a decode step's one row
		// everything before it and itself.
		ctx := c.Depth + step + 1
		if c.Kind == Prefill {
			lo := step * chunk
			ctx = c.Depth + lo + (min(chunk, c.Tokens-lo)+1)/2
		}
		step++
		s.o.OnProfile(ProfileStep{Backend: spec, Threads: threads, Case: c, Graph: g, Ops: ops, Ctx: ctx})
	}
	samples := make([]float64, 0, s.o.Reps)
	var along *alongside
	if s.o.Alongside != nil && c.Kind == Decode {
		along = &alongside{}
	}
	for i := 0; i < s.o.Warmup+s.o.Reps; i++ {
		if err := ctx.Err(); err != nil {
			return results.Metric{}, caseCost{}, nil, err
		}
		timed := i >= s.o.Warmup
		if timed {
			s.progress.show("%s t=%d %s rep %d/%d", name, threads, c, i-s.o.Warmup+1, s.o.Reps)
		} else {
			s.progress.show("%s t=%d %s warm-up %d/%d", name, threads, c, i+1, s.o.Warmup)
		}
		if err := setup(ctx); err != nil {
			return results.Metric{}, caseCost{}, nil, fmt.Errorf("prefill of the %d-token depth: %w", c.Depth, err)
		}
		profiling := timed && *profile
		if profiling {
			step = 0
			r.SetProfiler(hook)
		}
		t0 := time.Now()
		err := run(ctx)
		d := time.Since(t0)
		r.SetProfiler(nil)
		if profiling && errors.Is(err, backends.ErrNotImplemented) {
			s.note("%s: no per-op profile on this backend (%v); timing without one", name, err)
			*profile = false
			i-- // this repetition again, unprofiled
			continue
		}
		if err != nil {
			return results.Metric{}, caseCost{}, nil, err
		}
		if i == s.o.Warmup-1 && along != nil {
			// One read of the bandwidth tensor after the warm-up, which
			// pages the weights in: a backend that packed the tensor into
			// its own copy has dropped its mapped pages, and the first
			// timed read would fault them back in and read low.
			s.o.Alongside(threads)
		}
		if timed {
			samples = append(samples, float64(c.TokensPerRun())/max(d, time.Nanosecond).Seconds())
			if along != nil {
				bw, basis := s.o.Alongside(threads)
				along.bw, along.basis = append(along.bw, bw), basis
			}
		}
	}
	cost, err := s.cost(r, c, c.Depth+c.Tokens/2)
	if err != nil {
		return results.Metric{}, caseCost{}, nil, err
	}
	return results.Metric{Name: c.Kind.String(), Labels: c.Labels(threads), Unit: "tok/s", HigherIsBetter: true,
		Samples: samples, Summary: results.MedianSummary(samples)}, cost, along, nil
}

// steps are a case's untimed setup and its timed part. Every repetition
// rebuilds its depth from position 0: a ring cache may refuse to rewind to
// the middle of what it has overwritten.
func (s *runState) steps(r *model.Runner, c Case) (setup, run func(context.Context) error) {
	p, d := s.prompt, c.Depth
	depth := func(ctx context.Context) error {
		if d == 0 {
			return nil
		}
		_, err := r.Prefill(ctx, 0, 0, p[:d], 0)
		return err
	}
	if c.Kind == Prefill {
		return depth, func(ctx context.Context) error {
			_, err := r.Prefill(ctx, 0, d, p[d:d+c.Tokens], backends.WantArgmax)
			return err
		}
	}
	seqs, pos, toks := make([]int32, c.Batch), make([]int32, c.Batch), make([]int32, c.Batch)
	setup = func(ctx context.Context) error {
		if err := depth(ctx); err != nil {
			return err
		}
		for sl := range seqs {
			seqs[sl] = int32(sl)
			if sl > 0 && d > 0 {
				// Every sequence continues the same prefix, as a batch of
				// requests sharing a prompt would.
				if err := r.CopyPrefix(sl, 0, d); err != nil {
					return err
				}
			}
			toks[sl] = p[d] // BOS at depth 0
		}
		return nil
	}
	run = func(ctx context.Context) error {
		for i := 0; i < c.Tokens; i++ {
			for sl := range pos {
				pos[sl] = int32(d + i)
			}
			out, err := r.Decode(ctx, seqs, pos, toks, backends.WantArgmax)
			if err != nil {
				return fmt.Errorf("decode step %d: %w", i+1, err)
			}
			copy(toks, out.Argmax)
		}
		return nil
	}
	return setup, run
}

// cost is the case's work per token from the graph's cost model at its
// mean attention context ctx: bytes
// (a decode's roof is reading them) and FLOPs (a prefill's), per real
// token, so that a padded step's extra rows count against the case.
func (s *runState) cost(r *model.Runner, c Case, ctx int) (caseCost, error) {
	sh := r.ShapeOf(c.Batch, c.Batch, 0)
	tokens := c.Batch
	if c.Kind == Prefill {
		sh = r.ShapeOf(min(c.Tokens, r.MaxChunk), 1, 0)
		tokens = min(c.Tokens, r.MaxChunk)
	}
	g, err := r.Graph(sh)
	if err != nil {
		return caseCost{}, fmt.Errorf("cost model: %w", err)
	}
	sc := g.StepCost(ctx)
	return caseCost{bytesPerToken: float64(sc.Bytes) / float64(tokens), flopsPerToken: float64(sc.FLOPs) / float64(tokens)}, nil
}

// probe is the agreement probe's logits on this backend.
func (s *runState) probe(ctx context.Context, be backends.Backend) ([]float32, error) {
	return ProbeLogits(ctx, s.o.Model, be, s.o.kvDType())
}

// ProbeLogits is the agreement probe every several-backend record (bench
// and run) compares backends on: the logits of every position of the
// first probeTokens ids of promptIDs (fewer if the model has fewer
// positions), one prefill from an empty cache. ProbeOver describes it.
func ProbeLogits(ctx context.Context, m *model.Model, be backends.Backend, kv backends.DType) ([]float32, error) {
	n := min(probeTokens, m.Config.MaxPositions)
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 1, MaxLen: n, MaxRows: n, KVDType: kv})
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return r.PrefillLogits(ctx, 0, 0, promptIDs(m.Config, n))
}

// ProbeOver is AgreementRef.Over for a probe of rows positions.
func ProbeOver(rows int) string {
	return fmt.Sprintf("probe set: logits of every position of a fixed %d-token id sequence (BOS, then ids spread over the vocabulary), "+
		"one prefill from an empty cache", rows)
}

// agreement sets a non-first backend's agreement with the first.
func (s *runState) agreement(br *results.BackendRun, bi int, ref, got []float32) {
	if bi == 0 || got == nil {
		return // the reference, or its own probe failed (reported)
	}
	if ref == nil {
		s.fail(br, "agreement", errors.New("the first backend's probe did not run, so there is no reference"), 1)
		return
	}
	vocab := s.o.Model.Config.VocabSize
	a, err := results.Agree(ref, got, vocab)
	if err != nil {
		s.fail(br, "agreement", err, 1)
		return
	}
	br.Agreement = &results.AgreementRef{Agreement: a, Over: ProbeOver(len(got)/vocab) + ", each backend at its first thread count"}
}
