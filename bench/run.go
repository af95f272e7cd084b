package bench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// ErrCasesFailed marks a sweep that finished with some cases missing: the
// record holds what ran and, per backend, what failed.
var ErrCasesFailed = errors.New("bench: cases failed")

// Options configure one sweep: a model, the backends and thread counts it
// runs on, the cases, and the hooks a caller renders with.
type Options struct {
	// Model is the loaded checkpoint (weights already in the format
	// Weights names); ModelPath is where it was loaded from, for the
	// record's fingerprint.
	Model     *model.Model
	ModelPath string
	// Weights is the format the run used: "stored", "q8_0", "q4_0".
	Weights string
	// DType is the checkpoint's stored weight dtype (before any
	// quantization on load); empty: read from the model's embedding.
	DType string

	// Backends are specs for backends.Open ("go", "simd:math=exact");
	// empty: one, the default backend. Every backend runs the same cases;
	// the second and later are checked for agreement with the first.
	Backends []string
	// Threads are the thread counts to run each backend with (0 = the
	// backend's default, all cores); empty: {0}.
	Threads []int
	Sweep   Sweep
	// Reps are the timed repetitions of each case, after Warmup untimed
	// ones (which page the weights in and warm the caches).
	Reps, Warmup int
	// KVDType stores the KV cache (0: f32).
	KVDType backends.DType

	// LimitsAt, if set, gives the ceilings at a thread count (Metric.Limit
	// of every throughput measured with it). It is called once per thread
	// count, after every case has run, so that whatever it measures is not
	// resident while anything is timed; a nil Limits or an error (logged)
	// leaves that thread count's figures without limits.
	LimitsAt func(threads int) (Limits, error)
	// Alongside, if set, measures the read bandwidth (bytes/s, at a thread
	// count) right after each timed decode repetition. A decode's
	// bandwidth limit is then the median of its own repetitions'
	// measurements, and its fraction the median of each repetition's
	// tok/s over the limit measured beside it: a shared host's bandwidth
	// swings by a third within minutes, which skews every fraction taken
	// against one cached figure. basis says what was read.
	Alongside func(threads int) (bytesPerSec float64, basis string)
	// OnProfile, if set, receives the per-op timings of every timed step;
	// steps are then run with profiling on, which costs some speed (the
	// record's options say "op_profile": "on").
	OnProfile func(ProfileStep)
	// Progress, if set, gets one updating status line (carriage returns):
	// give it a terminal, never a log.
	Progress io.Writer
	// Log, if set, gets a line per failed case and per note.
	Log io.Writer
	// RunID names the record; empty: "bench-<UTC time>-<random>".
	RunID string
}

// ProfileStep is one profiled step: the graph it ran and its op timings.
type ProfileStep struct {
	Backend string // the spec the sweep opened
	Threads int
	Case    Case
	Graph   *backends.Graph
	Ops     []backends.OpTime
	// Ctx is the step's attention context, the mean positions a row
	// attends to, for the graph's cost model (backends.Graph.OpCost).
	Ctx int
}

// Report is a finished sweep.
type Report struct {
	Record *results.Record
	// PeakRSS is the process's peak resident set in bytes after the cases
	// and before the Limits were asked for (their probes allocate), 0
	// where the platform does not say.
	PeakRSS int64
}

// Run runs the sweep: for each backend and thread count (opened once),
// every case, warm-ups then repetitions, each repetition's tok/s kept as a
// raw sample. A case that fails is reported (Log, BackendRun.Errors) and
// the sweep goes on; Run then returns the report and an error wrapping
// ErrCasesFailed. A cancelled ctx stops the sweep: the report holds what
// ran and the error is ctx's.
func Run(ctx context.Context, o Options) (*Report, error) {
	start := time.Now()
	if err := o.check(); err != nil {
		return nil, err
	}
	mref, err := o.modelRef()
	if err != nil {
		return nil, err
	}
	s := &runState{o: o, cases: o.Sweep.Cases(), log: o.Log}
	if s.log == nil {
		s.log = io.Discard
	}
	s.progress = progress{w: o.Progress, total: len(o.backends()) * len(o.threads()) * len(s.cases)}
	s.prompt = promptIDs(o.Model.Config, s.maxPositions())
	var runs []results.BackendRun
	var ref []float32 // the first backend's probe logits
	var runErr error
	for bi, spec := range o.backends() {
		br, probe, err := s.backend(ctx, bi, spec, len(o.backends()) > 1)
		runs = append(runs, br)
		if err != nil {
			runErr = err
			break
		}
		if len(o.backends()) > 1 {
			s.agreement(&runs[bi], bi, ref, probe)
		}
		if bi == 0 {
			ref = probe
		}
	}
	s.progress.clear()
	rep := &Report{PeakRSS: results.PeakRSS()}
	if (o.LimitsAt != nil || o.Alongside != nil) && runErr == nil {
		s.limits(runs)
	}
	runID := o.RunID
	if runID == "" {
		runID = newRunID(start)
	}
	rep.Record = &results.Record{
		Schema: results.RecordSchema, Kind: results.KindBench, RunID: runID,
		Start: start, End: time.Now(), Build: results.BuildOf(), Host: results.HostOf(),
		Model: mref, Backends: runs,
	}
	if runErr != nil {
		return rep, runErr
	}
	if s.failed > 0 {
		return rep, fmt.Errorf("%w: %d (first: %s)", ErrCasesFailed, s.failed, s.first)
	}
	return rep, nil
}

func (o Options) check() error {
	switch {
	case o.Model == nil:
		return errors.New("bench: no model")
	case o.ModelPath == "":
		return errors.New("bench: no model path (the record fingerprints the checkpoint)")
	case o.Reps < 1:
		return fmt.Errorf("bench: %d repetitions: want at least 1", o.Reps)
	case o.Warmup < 0:
		return fmt.Errorf("bench: %d warm-up runs", o.Warmup)
	case len(o.Sweep.Cases()) == 0:
		return errors.New("bench: the sweep has no case (every -p and -n is 0)")
	}
	for _, b := range o.Sweep.Batches {
		if b < 1 {
			return fmt.Errorf("bench: batch %d: want ≥ 1", b)
		}
	}
	for _, v := range append(append(append([]int{}, o.Sweep.Prompts...), o.Sweep.Gens...), o.Sweep.Depths...) {
		if v < 0 {
			return fmt.Errorf("bench: negative size %d in the sweep", v)
		}
	}
	return nil
}

func (o Options) backends() []string {
	if len(o.Backends) == 0 {
		return []string{""}
	}
	return o.Backends
}

func (o Options) threads() []int {
	if len(o.Threads) == 0 {
		return []int{0}
	}
	return o.Threads
}

func (o Options) kvDType() backends.DType {
	if o.KVDType == 0 {
		return backends.F32
	}
	return o.KVDType
}

// modelRef identifies the checkpoint for the record.
func (o Options) modelRef() (results.ModelRef, error) {
	c := o.Model.Config
	fp, err := results.ModelFingerprint(o.ModelPath)
	if err != nil {
		return results.ModelRef{}, fmt.Errorf("bench: %s: %w", o.ModelPath, err)
	}
	path, err := filepath.Abs(o.ModelPath)
	if err != nil {
		path = o.ModelPath
	}
	name := c.Name
	if name == "custom" || name == "" {
		name = filepath.Base(path)
	}
	dtype := o.DType
	if dtype == "" && o.Model.Weights.Embed != nil {
		dtype = o.Model.Weights.Embed.DType.String()
	}
	weights := o.Weights
	if weights == "" {
		weights = "stored"
	}
	return results.ModelRef{Name: name, Arch: c.Family.String(), Params: c.ParamCount(), Path: path,
		DType: dtype, Weights: weights, Fingerprint: fp}, nil
}

// MatmulDType is the dtype m's projections run in ("bf16", "q8_0"): what
// a peak FLOP/s figure is per (Limits.PeakFLOPS's weights).
func MatmulDType(m *model.Model) string {
	if len(m.Weights.Layers) > 0 && m.Weights.Layers[0].Q != nil {
		return m.Weights.Layers[0].Q.DType.String()
	}
	if m.Weights.Embed != nil {
		return m.Weights.Embed.DType.String()
	}
	return ""
}

func newRunID(t time.Time) string {
	var b [4]byte
	rand.Read(b[:])
	return "bench-" + t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// promptIDs is the deterministic token sequence every case and the
// agreement probe feed: BOS, then ids spread over the vocabulary (a prime
// stride, so neighbours differ and no id repeats for a long stretch).
func promptIDs(c model.Config, n int) []int32 {
	ids := make([]int32, max(n, 1))
	ids[0] = int32(c.BOS)
	for i := 1; i < len(ids); i++ {
		ids[i] = int32((i*7919 + 13) % c.VocabSize)
	}
	return ids
}

// resolvedThreads is the thread count a backend opened with asked for t
// actually uses: what it reports, else t, else all cores.
func resolvedThreads(be backends.Backend, t int) int {
	if v, err := strconv.Atoi(backends.SettingsOf(be)["threads"]); err == nil && v > 0 {
		return v
	}
	if t > 0 {
		return t
	}
	return runtime.GOMAXPROCS(0)
}
