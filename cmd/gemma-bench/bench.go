package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/bench"
	"github.com/gemma-bench/gemma-bench/hwinfo"
	"github.com/gemma-bench/gemma-bench/internal/membw"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/opprof"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

// benchFlags are bench's flags: the sweep lists in llama-bench's grammar
// (see bench.ParseList), then what to do with the record.
type benchFlags struct {
	model, backend, weights, kvDType string
	prompts, gens, batches, depths   *bench.ListFlag
	threads                          *bench.ListFlag
	reps, warmup                     int
	format, output, runID, results   string
	profile, roofline, alongside     bool
	opProfile, cpuProfile            string
}

const benchSynopsis = "bench --model DIR [-p 512] [-n 128] [-b 1] [-d 0] [-t 0] [-r 6] [--backend go,simd] [-o table|md|csv|json|jsonl|benchfmt] [--output FILE]"

func newBenchFlags(stdout, stderr io.Writer) (*flagSet, *benchFlags) {
	fs := newFlags("bench", benchSynopsis, stdout, stderr)
	f := &benchFlags{
		prompts: bench.NewListFlag("--p", 0, 1<<20, 512),
		gens:    bench.NewListFlag("--n", 0, 1<<20, 128),
		batches: bench.NewListFlag("--b", 1, 1024, 1),
		depths:  bench.NewListFlag("--d", 0, 1<<20, 0),
		threads: bench.NewListFlag("--t", 0, maxThreads, 0),
	}
	const lists = "; a comma list, ranges a-b, a-b*m (×m), a-b+s (+s), or the flag repeated"
	fs.StringVar(&f.model, "model", "", "checkpoint directory (HF layout) or .gguf file")
	fs.StringVar(&f.backend, "backend", "", "backend spec name[:key=value,...], or a comma list of them to run the same cases on each, the first the reference for agreement (default: $GEMMA_BENCH_BACKEND, then the best usable; see 'gemma-bench backends')")
	cudaLibDirFlag(fs)
	fs.StringVar(&f.weights, "weights", "stored", weightsHelp)
	fs.StringVar(&f.kvDType, "kv-dtype", "f32", "KV cache storage: f32 or bf16")
	fs.Var(f.prompts, "p", "prompt tokens per prefill case (0 = no prefill)"+lists)
	fs.Var(f.gens, "n", "decode steps per decode case (0 = no decode)"+lists)
	fs.Var(f.batches, "b", "sequences per decode step (batched decode; 1 = plain)"+lists)
	fs.Var(f.depths, "d", "tokens already in the cache before each case (an untimed prefill)"+lists)
	fs.Var(f.threads, "t", fmt.Sprintf("CPU threads, 0–%d (0 = all cores)", maxThreads)+lists)
	fs.Var(f.threads.Alias("--threads"), "threads", "alias of -t")
	fs.IntVar(&f.reps, "r", 6, "timed repetitions of each case, 1–65536 (6: the fewest with a finite 95% interval of the median)")
	fs.IntVar(&f.warmup, "warmup", 1, "untimed runs before the repetitions, pages the weights in (0–65536)")
	fs.StringVar(&f.format, "o", "table", "output format: "+strings.Join(bench.Formats, ", ")+" (json: the record, as results.ReadRecord reads it; benchfmt: what benchstat reads)")
	fs.StringVar(&f.output, "output", "", "write the -o format to this file (atomically) instead of stdout, which then shows the table")
	fs.BoolVar(&f.profile, "profile", false, "print a per-op time profile of each case's timed runs with achieved GFLOP/s and GB/s")
	fs.StringVar(&f.opProfile, "op-profile", "", "write a pprof profile of every timed step's ops (labels kind, layer, op, backend; values time, bytes, FLOPs) to this file")
	fs.BoolVar(&f.alongside, "bandwidth-alongside", false, "measure the read bandwidth after every timed decode repetition, by reading the model's largest weight tensor, and give each decode figure its % of that: for hosts whose bandwidth swings from minute to minute (a shared VM), where a cached figure skews every %")
	fs.BoolVar(&f.roofline, "roofline", true, "give every figure its % of the machine's limit: read bandwidth and the backend's matmul peak, from gemma-bench hwinfo's cache (measured after the sweep when missing)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a Go CPU profile (pprof) of the sweep to this file")
	fs.StringVar(&f.runID, "run-id", "", "the record's run id (default: bench-<UTC time>-<random>)")
	fs.StringVar(&f.results, "results", "", "also store the record as <run-id>/"+results.RecordFile+" in this store (gs://bucket/prefix or a directory of runs); idempotent")
	return fs, f
}

// cmdBench measures prefill and decode throughput over a sweep (package
// bench) and renders the record it returns.
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, f := newBenchFlags(stdout, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if f.model == "" {
		fs.Usage()
		return errors.New("bench: --model is required")
	}
	if err := ranges(inRange("bench", "r", f.reps, 1, 1<<16), inRange("bench", "warmup", f.warmup, 0, 1<<16)); err != nil {
		return err
	}
	sweep := bench.Sweep{Prompts: f.prompts.Values, Gens: f.gens.Values, Batches: f.batches.Values, Depths: f.depths.Values}
	if len(sweep.Cases()) == 0 {
		return errors.New("bench: -p 0 and -n 0 measure nothing: give at least one of them")
	}
	kvDType, err := parseKVDType(f.kvDType)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if !slices.Contains(bench.Formats, f.format) {
		return fmt.Errorf("bench: -o %q: want one of %s", f.format, strings.Join(bench.Formats, ", "))
	}
	if f.runID != "" {
		if err := validRunID(f.runID); err != nil {
			return fmt.Errorf("bench: --run-id: %w", err)
		}
	}
	var dest store.Store
	if f.results != "" {
		// Opened before the sweep: a bad URL or missing credentials must
		// not cost the minutes of measurement.
		if dest, err = store.Open(ctx, f.results); err != nil {
			return fmt.Errorf("bench: --results: %w", err)
		}
	}
	// Files are checked before the sweep, not after minutes of it.
	for _, out := range []struct{ flag, path string }{{"--output", f.output}, {"--op-profile", f.opProfile}, {"--cpuprofile", f.cpuProfile}} {
		if err := checkOutFile(out.flag, out.path); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	specs := []string{f.backend}
	if f.backend != "" {
		if specs, err = backends.SplitSpecs(f.backend); err != nil {
			return fmt.Errorf("bench: --backend: %w", err)
		}
	}
	m, dtype, err := loadBenchModel(f.model, f.weights)
	if err != nil {
		return err
	}
	defer m.Close()
	o := bench.Options{
		Model: m, ModelPath: f.model, Weights: f.weights, DType: dtype,
		Backends: specs, Threads: f.threads.Values, Sweep: sweep,
		Reps: f.reps, Warmup: f.warmup, KVDType: kvDType, Log: stderr, RunID: f.runID,
	}
	if f.roofline {
		o.LimitsAt = benchLimits(ctx, specs, bench.MatmulDType(m), stderr)
	}
	if f.alongside {
		o.Alongside = alongside(m)
	}
	if isTerminal(stderr) {
		o.Progress = stderr
	}
	several := len(specs) > 1 || len(f.threads.Values) > 1
	tables := newCaseProfiles(several)
	var ops *opprof.Builder
	if f.opProfile != "" {
		ops = opprof.New()
	}
	if f.profile || ops != nil {
		o.OnProfile = func(s bench.ProfileStep) {
			if f.profile {
				tables.add(s)
			}
			if ops != nil {
				ops.AddAt(profileBackend(s, several), s.Graph, s.Ops, s.Ctx)
			}
		}
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	rep, runErr := bench.Run(ctx, o)
	if rep == nil {
		return runErr
	}
	if err := writeBenchOutput(f, rep, stdout, stderr); err != nil {
		return err
	}
	// A sweep cut short (Ctrl-C) is not stored as if complete.
	if dest != nil && (runErr == nil || errors.Is(runErr, bench.ErrCasesFailed)) {
		b, err := json.MarshalIndent(rep.Record, "", "  ")
		if err != nil {
			return fmt.Errorf("bench: --results: %w", err)
		}
		if err := dest.Put(ctx, rep.Record.RunID, results.RecordFile, append(b, '\n')); err != nil {
			return fmt.Errorf("bench: --results: %w (the upload is idempotent: retry with the same --run-id, or store put the -o json file)", err)
		}
		fmt.Fprintf(stderr, "stored: %s#%s\n", dest, rep.Record.RunID)
	}
	// Profiles go where they do not break a machine-readable stdout.
	human := stdout
	if f.output == "" && f.format != "table" && f.format != "md" {
		human = stderr
	}
	tables.write(human)
	if ops != nil {
		if err := ops.WriteFile(f.opProfile); err != nil {
			return fmt.Errorf("bench: --op-profile: %w", err)
		}
		fmt.Fprintf(stderr, "op profile: %s, %d op executions (go tool pprof -top %s)\n", f.opProfile, ops.Len(), f.opProfile)
	}
	fmt.Fprintf(human, "\npeak RSS: %.2f GiB; weights %.2f GiB\n", gib(rep.PeakRSS), gib(weightBytes(m)))
	if errors.Is(runErr, bench.ErrCasesFailed) {
		return fmt.Errorf("%w; the record lists every failure", runErr)
	}
	return runErr // nil, or the cancellation that cut the sweep short
}

// writeBenchOutput renders the record as -o says: to --output (json via
// results.WriteRecord, which validates it) with the table on stdout, or to
// stdout.
func writeBenchOutput(f *benchFlags, rep *bench.Report, stdout, stderr io.Writer) error {
	if f.output == "" {
		if err := bench.Render(stdout, f.format, rep.Record); err != nil {
			return fmt.Errorf("bench: -o %s: %w", f.format, err)
		}
		return nil
	}
	if f.format == "json" {
		if err := results.WriteRecord(f.output, rep.Record); err != nil {
			return fmt.Errorf("bench: --output: %w", err)
		}
	} else {
		var b bytes.Buffer
		if err := bench.Render(&b, f.format, rep.Record); err != nil {
			return fmt.Errorf("bench: -o %s: %w", f.format, err)
		}
		if err := results.WriteFileAtomic(f.output, b.Bytes()); err != nil {
			return fmt.Errorf("bench: --output: %w", err)
		}
	}
	fmt.Fprintf(stderr, "wrote %s (%s)\n", f.output, f.format)
	if err := bench.Render(stdout, "table", rep.Record); err != nil {
		return fmt.Errorf("bench: table: %w", err)
	}
	return nil
}

// checkOutFile refuses an output file whose directory does not exist.
func checkOutFile(flag, path string) error {
	if path == "" {
		return nil
	}
	st, err := os.Stat(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("%s %s: %w", flag, path, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s %s: %s is not a directory", flag, path, filepath.Dir(path))
	}
	return nil
}

// loadBenchModel loads the checkpoint and re-encodes it as --weights
// says, returning the dtype it was stored in (the record keeps both).
func loadBenchModel(dir, weights string) (*model.Model, string, error) {
	var dt backends.DType
	if weights != "" && weights != "stored" {
		d, err := backends.ParseDType(weights)
		if err != nil || (d != backends.Q8_0 && d != backends.Q4_0) {
			return nil, "", fmt.Errorf("bench: --weights %q: want stored, q8_0 or q4_0", weights)
		}
		dt = d
	}
	m, err := loadModel(dir, "stored")
	if err != nil {
		return nil, "", err
	}
	var stored string
	if m.Weights.Embed != nil {
		stored = m.Weights.Embed.DType.String()
	}
	if dt != 0 {
		if err := model.Quantize(m, dt); err != nil {
			m.Close()
			return nil, "", fmt.Errorf("%s: --weights %s: %w", dir, weights, err)
		}
	}
	return m, stored, nil
}

func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("bench: --cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: --cpuprofile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// benchLimits are the roofline's ceilings for bench at a thread count,
// from package hwinfo: read bandwidth and each backend's matmul peak in
// the format the model runs in, measured once per host and thread count
// and cached under the cache root (gemma-bench hwinfo --refresh measures
// again). bench asks after the sweep, so a probe's buffers are never
// resident while anything is timed.
func benchLimits(ctx context.Context, specs []string, weights string, log io.Writer) func(threads int) (bench.Limits, error) {
	if slices.Contains(specs, "") {
		specs = nil // the default backend: hwinfo measures every usable one
	}
	return func(threads int) (bench.Limits, error) {
		info, err := hwinfo.LoadWith(ctx, hwinfo.Options{CacheDir: cacheRoot(), Backends: specs, Threads: threads,
			Formats: []string{weights}, Log: log})
		if err != nil {
			return nil, err
		}
		for _, n := range info.Notes {
			fmt.Fprintln(log, "hwinfo:", n)
		}
		return info, nil
	}
}

// profileBackend is an op profile's backend label: the spec, and the
// thread count when the sweep ran several backends or thread counts.
func profileBackend(s bench.ProfileStep, several bool) string {
	if several {
		return fmt.Sprintf("%s t=%d", s.Backend, s.Threads)
	}
	return s.Backend
}

// caseProfiles are --profile's per-op tables, one per case (and backend
// and thread count when several ran), in the order they ran.
type caseProfiles struct {
	qualify bool
	order   []string
	byKey   map[string]*opProfile
}

func newCaseProfiles(qualify bool) *caseProfiles {
	return &caseProfiles{qualify: qualify, byKey: map[string]*opProfile{}}
}

func (c *caseProfiles) add(s bench.ProfileStep) {
	key := s.Case.String()
	if c.qualify {
		key = fmt.Sprintf("%s, %s t=%d", key, s.Backend, s.Threads)
	}
	p := c.byKey[key]
	if p == nil {
		p = newOpProfile()
		p.label = key
		c.byKey[key] = p
		c.order = append(c.order, key)
	}
	p.profiler(func() int { return s.Ctx })(s.Graph, s.Ops)
}

func (c *caseProfiles) write(w io.Writer) {
	for _, k := range c.order {
		c.byKey[k].write(w)
	}
}

// alongside is bench's Options.Alongside: one pass over the model's
// largest weight tensor, which a decode step has just streamed (its pages
// resident, nothing allocated), on the case's threads.
func alongside(m *model.Model) func(threads int) (float64, string) {
	var big *backends.Weight
	for _, s := range m.Config.TensorSpecs() {
		if w := *s.Slot(m.Weights); w != nil && (big == nil || w.Bytes() > big.Bytes()) {
			big = w
		}
	}
	return func(threads int) (float64, string) {
		if big == nil {
			return 0, ""
		}
		if threads <= 0 {
			threads = runtime.GOMAXPROCS(0)
		}
		return membw.ReadBytes(threads, big.Data), fmt.Sprintf("%d threads reading %s, %d MiB", threads, big.Name, big.Bytes()>>20)
	}
}

func gib(b int64) float64 {
	if b <= 0 {
		return math.NaN()
	}
	return float64(b) / (1 << 30)
}

func weightBytes(m *model.Model) int64 {
	var n int64
	for _, s := range m.Config.TensorSpecs() {
		if w := *s.Slot(m.Weights); w != nil {
			n += w.Bytes()
		}
	}
	return n
}
