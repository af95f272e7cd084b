package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/bench"
	"github.com/gemma-bench/gemma-bench/evals"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/tokenizer"
	"github.com/gemma-bench/gemma-bench/opprof"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// defaultArithN is the embedded default's question count: on the go
// backend with 2 cores a gemma3-270m-shaped model scores about two arith
// questions a second with prefix reuse, so synthesis, loading and 100
// questions fit well inside two minutes.
const defaultArithN = 100

type runFlags struct {
	model, tokenizer, backend, tasks, data, shard, runID, outDir, arch string
	kvDType, weights, opProfile, results                               string
	threads, shots, limit, batch, maxLen, arithN                       int
	arithSeed                                                          uint64
	resume, noReuse, dryRun, roofline                                  bool
}

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	started := time.Now()
	fs := newFlags("run", "run [--model DIR] [--tasks mmlu,arith,spec.json] [--shots N] [--limit N] [--shard i/n] [--resume --run-id ID]", stdout, stderr)
	var f runFlags
	engineFlagsVar(fs, &f.model, &f.backend, &f.threads, "checkpoint directory (HF layout); empty: a synthetic gemma3-270m cached under "+cacheRoot())
	fs.StringVar(&f.weights, "weights", "stored", weightsHelp)
	fs.StringVar(&f.tokenizer, "tokenizer", "", "tokenizer directory (default: the model directory)")
	fs.StringVar(&f.kvDType, "kv-dtype", "f32", "KV cache storage: f32 or bf16")
	fs.BoolVar(&f.roofline, "roofline", true, "report prefill and decode throughput as a fraction of the machine's roofs (hwinfo: measured once per host, then cached)")
	fs.StringVar(&f.opProfile, "op-profile", "", "write a pprof profile of every step's ops (labels kind, layer, op, backend; values time, bytes, FLOPs) to this file")
	fs.StringVar(&f.tasks, "tasks", "arith", "comma-separated: mmlu, mmlu_<subject>, arith, or a task spec .json / text .txt file")
	fs.StringVar(&f.data, "data", "", "MMLU data directory (default ../shared/mmlu-data when present)")
	fs.IntVar(&f.shots, "shots", -1, "few-shot examples, 0–1000 (-1: each task's default)")
	fs.IntVar(&f.limit, "limit", 0, "score only the first N docs of each task (0: all)")
	fs.StringVar(&f.shard, "shard", "1/1", "score shard i of n (1-based); merge the n run directories with 'gemma-bench merge'")
	fs.IntVar(&f.batch, "batch-size", 1, "docs per model call (1–4096)")
	fs.IntVar(&f.maxLen, "max-length", 0, "truncate inputs from the left beyond this many tokens (0: the model's maximum)")
	fs.BoolVar(&f.noReuse, "no-prefix-reuse", false, "recompute the few-shot prefix for every doc (for comparison)")
	fs.IntVar(&f.arithN, "arith-n", 0, fmt.Sprintf("arith questions (0: 200, or %d for the embedded default)", defaultArithN))
	fs.Uint64Var(&f.arithSeed, "arith-seed", 1, "arith generator seed")
	fs.StringVar(&f.runID, "run-id", "", "run id (default: a timestamp); results go to "+resultsRoot+"/<run-id>")
	fs.StringVar(&f.outDir, "output-dir", "", "run directory (overrides "+resultsRoot+"/<run-id>)")
	fs.StringVar(&f.results, "results", "", "where runs are kept: a directory (default "+resultsRoot+"), or a store gs://bucket/prefix: the run is written\nunder "+resultsRoot+"/<run-id> and uploaded as <run-id> when it completes (idempotent: rerun to retry)")
	fs.BoolVar(&f.resume, "resume", false, "continue the run in the run directory, skipping docs already scored")
	fs.BoolVar(&f.dryRun, "dry-run", false, "tokenize only: print the tokens a run would compute with and without prefix reuse")
	fs.StringVar(&f.arch, "arch", "gemma3-1b", "with --dry-run and no --model: the config whose BOS and context length to use")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := ranges(inRange("run", "threads", f.threads, 0, maxThreads), inRange("run", "shots", f.shots, -1, 1000),
		inRange("run", "limit", f.limit, 0, 1<<30), inRange("run", "batch-size", f.batch, 1, 4096),
		inRange("run", "max-length", f.maxLen, 0, 1<<24), inRange("run", "arith-n", f.arithN, 0, 1<<24)); err != nil {
		return err
	}
	if f.runID != "" {
		if err := validRunID(f.runID); err != nil {
			return fmt.Errorf("run: --run-id: %w", err)
		}
	}
	shard, err := parseShard(f.shard)
	if err != nil {
		return err
	}
	if f.resume && f.runID == "" && f.outDir == "" {
		return errors.New("run: --resume needs the --run-id or --output-dir of the run to continue")
	}
	if f.resume {
		// Before any work: a typo must not start a fresh run.
		dir, _ := runDir(f, shard)
		if specs, err := backends.SplitSpecs(f.backend); err == nil && len(specs) > 1 {
			dir = backendDirs(dir, specs)[0]
		}
		if _, err := os.Stat(filepath.Join(dir, results.RunFile)); err != nil {
			return fmt.Errorf("run: --resume: nothing to resume in %s (no %s); check --run-id or --output-dir", dir, results.RunFile)
		}
	}
	embedded := f.model == "" && !f.dryRun
	if f.arithN == 0 && embedded {
		f.arithN = defaultArithN
	}
	suite, extra, err := loadSuite(f)
	if err != nil {
		return err
	}
	plan, err := evals.NewPlan(suite, evals.PlanOptions{Shots: f.shots, Limit: f.limit, BatchSize: f.batch, Shard: shard})
	if err != nil {
		return err
	}
	if f.dryRun {
		return dryRun(ctx, f, plan, stdout)
	}
	if embedded {
		if f.model, err = embeddedModel(stderr); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "embedded default: synthetic gemma3-270m (random weights, so scores are at chance) in %s\n", f.model)
		if f.tasks == "arith" {
			fmt.Fprintf(stdout, "built-in arith task, %d questions %d-shot, sized to finish in under 2 minutes on 2 cores\n", f.arithN, plan.Shots[0])
		}
		fmt.Fprintln(stdout)
	}
	if f.tokenizer == "" {
		f.tokenizer = f.model
	}
	m, err := loadModel(f.model, f.weights)
	if err != nil {
		return err
	}
	defer m.Close()
	tok, err := tokenizer.Load(f.tokenizer)
	if err != nil {
		return err
	}
	if tok.VocabSize() > m.Config.VocabSize {
		// Gemma 3's tokenizer.json lists 262145 ids for a 262144-row
		// embedding (the extra one is an image placeholder text never
		// produces), so this is a warning; a step given an id outside the
		// vocabulary fails with the row and id.
		fmt.Fprintf(stderr, "warning: tokenizer in %s has %d ids, the model %d\n", f.tokenizer, tok.VocabSize(), m.Config.VocabSize)
	}
	kvDType, err := parseKVDType(f.kvDType)
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	if kvDType != backends.F32 {
		extra["kv_dtype"] = kvDType.String()
	}
	specs := []string{f.backend}
	if f.backend != "" {
		if specs, err = backends.SplitSpecs(f.backend); err != nil {
			return fmt.Errorf("run: --backend: %w", err)
		}
	}
	maxLen := f.maxLen
	if maxLen <= 0 || maxLen > m.Config.MaxPositions {
		maxLen = m.Config.MaxPositions
	}
	dir, id := runDir(f, shard)
	dirs := backendDirs(dir, specs)
	var prof *opprof.Builder
	if f.opProfile != "" {
		prof = opprof.New()
	}
	var runs []backendRun
	for i, spec := range specs {
		br, err := runOneBackend(ctx, f, spec, dirs[i], id, m, tok, plan, suite, extra, kvDType, maxLen, shard, started, prof, stdout, stderr)
		if err != nil {
			return err
		}
		runs = append(runs, br)
	}
	if prof != nil {
		if err := prof.WriteFile(f.opProfile); err != nil {
			return fmt.Errorf("run: --op-profile: %w", err)
		}
		fmt.Fprintf(stderr, "op profile: %s (go tool pprof -top %s)\n", f.opProfile, f.opProfile)
	}
	rec, err := writeRunRecord(dir, id, started, m, runs, stderr)
	if err != nil {
		return err
	}
	// A local --results is the run's root unless --output-dir put the run
	// elsewhere; anything else is copied into the store once complete.
	if f.results != "" && (store.IsURL(f.results) || f.outDir != "") {
		where, err := uploadRun(ctx, f.results, id, dir)
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		fmt.Fprintf(stderr, "stored: %s\n", where)
	}
	if len(runs) > 1 {
		return printBackendComparison(stdout, rec, filepath.Join(dir, results.RecordFile))
	}
	return nil
}

// backendRun is one backend's finished part of a run.
type backendRun struct {
	spec, dir string
	name      string
	options   map[string]string
	outcome   *evals.Outcome
	probe     []float32 // logits of the agreement probe
	// throughput is prefill and decode tok/s against their roofs.
	throughput []results.Metric
}

// backendDirs: one backend runs in the run directory itself; several run
// each in a subdirectory named after its spec, every one a complete,
// resumable eval run, with the combined record beside them.
func backendDirs(dir string, specs []string) []string {
	if len(specs) == 1 {
		return []string{dir}
	}
	seen := map[string]bool{}
	out := make([]string, len(specs))
	for i, spec := range specs {
		name := strings.NewReplacer(":", "_", ",", "_", "=", "-", "/", "_").Replace(spec)
		if name == "" || seen[name] {
			name = fmt.Sprintf("%d-%s", i+1, name)
		}
		seen[name] = true
		out[i] = filepath.Join(dir, name)
	}
	return out
}

// runOneBackend scores the whole plan on one backend into dir.
func runOneBackend(ctx context.Context, f runFlags, spec, dir, id string, m *model.Model, tok *tokenizer.Tokenizer, plan *evals.Plan,
	suite tasks.Suite, extra map[string]string, kvDType backends.DType, maxLen int, shard results.Shard, started time.Time, prof *opprof.Builder, stdout, stderr io.Writer) (backendRun, error) {
	be, err := openBackend(spec, f.threads)
	if err != nil {
		return backendRun{}, err
	}
	defer be.Close()
	eng, err := evals.NewEngine(m, be, tok, evals.Options{
		MaxLength: maxLen, CacheLen: plan.CacheLen(maxLen), NoPrefixReuse: f.noReuse,
		WorkSlots: min(max(8, plan.MaxRequests()), 64), KVDType: kvDType,
	})
	if err != nil {
		return backendRun{}, err
	}
	defer eng.Close()
	if prof != nil {
		eng.SetProfiler(prof.Hook(be.Name() + backendKeys(be)))
	}
	settings, err := runSettings(f, m, be.Name(), maxLen, extra, plan.Shots)
	if err != nil {
		return backendRun{}, err
	}
	// Threads change speed, not results: shards run with different
	// --threads still merge.
	settings.BackendOptions = backendSettings(be)
	delete(settings.BackendOptions, "threads")
	fmt.Fprintf(stderr, "%s on %s: %d docs of %d tasks (shard %s), writing %s\n", m.Config.Name, be.Name()+backendKeys(be), plan.Planned, len(suite.Tasks), shard, dir)
	out, err := evals.Run(ctx, eng, plan, evals.RunOptions{Dir: dir, RunID: id, Resume: f.resume, Settings: settings, Progress: stderr, ProgressTTY: isTerminal(stderr), Started: started, OnSample: onSample})
	if err != nil {
		return backendRun{}, err
	}
	if out.Resumed > 0 {
		fmt.Fprintf(stderr, "resumed: %d docs were already scored\n", out.Resumed)
	}
	if err := printOutcome(stdout, out.Results, dir); err != nil {
		return backendRun{}, err
	}
	probe, err := bench.ProbeLogits(ctx, m, be, kvDType)
	if err != nil {
		return backendRun{}, fmt.Errorf("run: agreement probe on %s: %w", be.Name(), err)
	}
	var tput []results.Metric
	if f.roofline {
		roofSpec := spec
		if roofSpec == "" {
			roofSpec = be.Name()
		}
		perf := out.Results.Performance
		meanCtx := int(perf.PrefillTokens / int64(max(1, perf.Docs)))
		if tput, err = runThroughput(ctx, m, roofSpec, f.threads, perf, meanCtx, stderr); err != nil {
			return backendRun{}, fmt.Errorf("run: roofline: %w", err)
		}
		printThroughput(stdout, tput)
	}
	return backendRun{spec: spec, dir: dir, name: be.Name(), options: backendSettings(be), outcome: out, probe: probe, throughput: tput}, nil
}

// printOutcome prints the scores and the speed side by side.
func printOutcome(w io.Writer, res *results.Results, dir string) error {
	if err := results.WriteScoreTable(w, res); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := results.WritePerfTable(w, res.Performance); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nresults: %s\n", filepath.Join(dir, results.ResultsFile))
	return err
}

// parseShard reads "i/n" (1-based) into a 0-based results.Shard.
func parseShard(s string) (results.Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return results.Shard{}, fmt.Errorf("run: --shard %q: want i/n with 1 <= i <= n", s)
	}
	return results.Shard{Index: i - 1, Count: n}, nil
}

// runDir is --output-dir, else resultsRoot/<run-id>.
func runDir(f runFlags, shard results.Shard) (dir, id string) {
	id = f.runID
	if id == "" {
		id = time.Now().Format("20060102-150405")
		if shard.Count > 1 {
			id += fmt.Sprintf("-shard%dof%d", shard.Index+1, shard.Count)
		}
	}
	if f.outDir != "" {
		return f.outDir, id
	}
	root := resultsRoot
	if f.results != "" && !store.IsURL(f.results) {
		root = f.results
	}
	return filepath.Join(root, filepath.FromSlash(id)), id
}

// loadSuite resolves --tasks into one suite; extra records where the data
// came from, for the run's identity.
func loadSuite(f runFlags) (tasks.Suite, map[string]string, error) {
	var suite tasks.Suite
	extra := map[string]string{}
	var mmluSubjects []string
	wholeMMLU := false
	for _, name := range strings.Split(f.tasks, ",") {
		name = strings.TrimSpace(name)
		switch {
		case name == "":
		case name == "mmlu":
			wholeMMLU = true
		case strings.HasPrefix(name, "mmlu_"):
			mmluSubjects = append(mmluSubjects, strings.TrimPrefix(name, "mmlu_"))
		case name == "arith":
			t, err := tasks.Arith(tasks.ArithConfig{Seed: f.arithSeed, N: f.arithN})
			if err != nil {
				return suite, nil, err
			}
			suite.Tasks = append(suite.Tasks, t)
			extra["arith"] = fmt.Sprintf("seed=%d n=%d", f.arithSeed, f.arithN)
		case strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".jsonl"):
			// Absolute, so that samples' sources do not depend on the
			// directory a resumed run is started from.
			abs, err := filepath.Abs(name)
			if err != nil {
				return suite, nil, fmt.Errorf("run: %w", err)
			}
			t, err := tasks.LoadFile(abs)
			if err != nil {
				return suite, nil, err
			}
			suite.Tasks = append(suite.Tasks, t)
			extra["spec:"+t.Name()] = abs
		default:
			return suite, nil, fmt.Errorf("run: unknown task %q (want mmlu, mmlu_<subject>, arith, or a .json/.txt file)", name)
		}
	}
	if wholeMMLU || len(mmluSubjects) > 0 {
		dir := f.data
		if dir == "" {
			dir = filepath.Join("..", "shared", "mmlu-data")
			if _, err := os.Stat(dir); err != nil {
				return suite, nil, errors.New("run: mmlu needs --data DIR (no ../shared/mmlu-data here)")
			}
		}
		dir, err := filepath.Abs(dir)
		if err != nil {
			return suite, nil, fmt.Errorf("run: %w", err)
		}
		opt := tasks.MMLUOptions{}
		if !wholeMMLU {
			opt.Subjects = mmluSubjects
		}
		s, err := tasks.MMLU(dir, opt)
		if err != nil {
			return suite, nil, err
		}
		suite.Tasks = append(suite.Tasks, s.Tasks...)
		suite.Groups = append(suite.Groups, s.Groups...)
		extra["mmlu"] = dir
	}
	if len(suite.Tasks) == 0 {
		return suite, nil, errors.New("run: --tasks names no task")
	}
	return suite, extra, nil
}

// runSettings is the run's identity for run.json.
func runSettings(f runFlags, m *model.Model, backend string, maxLen int, extra map[string]string, taskShots []int) (results.Settings, error) {
	// The shots actually used: --shots, or the tasks' default when they all
	// share one (else -1; each task's n_shot is recorded beside it).
	shots := f.shots
	if shots < 0 && len(taskShots) > 0 && !slices.ContainsFunc(taskShots, func(n int) bool { return n != taskShots[0] }) {
		shots = taskShots[0]
	}
	mdir, _ := filepath.Abs(f.model)
	fp, err := results.ModelFingerprint(f.model)
	if err != nil {
		return results.Settings{}, fmt.Errorf("run: %w", err)
	}
	tdir, _ := filepath.Abs(f.tokenizer)
	tsum, err := results.TokenizerHash(f.tokenizer)
	if err != nil {
		return results.Settings{}, fmt.Errorf("run: %w", err)
	}
	var names []string
	for _, n := range strings.Split(f.tasks, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	if len(extra) == 0 {
		extra = nil
	}
	return results.Settings{
		Model:     results.ModelInfo{Dir: mdir, Name: m.Config.Name, Params: m.Config.ParamCount(), Fingerprint: fp, Weights: f.weights},
		Tokenizer: results.TokenizerInfo{Path: tdir, SHA256: tsum},
		Backend:   backend, TaskArgs: names, Shots: shots, Limit: f.limit, BatchSize: f.batch,
		MaxLength: maxLen, PrefixReuse: !f.noReuse, Extra: extra,
	}, nil
}

// dryRun tokenizes the plan and prints what a run would compute.
func dryRun(ctx context.Context, f runFlags, plan *evals.Plan, stdout io.Writer) error {
	var c model.Config
	var err error
	if f.model != "" {
		c, err = model.ReadHFConfig(filepath.Join(f.model, "config.json"))
	} else {
		c, err = model.ByName(f.arch)
	}
	if err != nil {
		return err
	}
	if f.tokenizer == "" {
		f.tokenizer = f.model
	}
	if f.tokenizer == "" {
		return errors.New("run: --dry-run needs --tokenizer or --model")
	}
	tok, err := tokenizer.Load(f.tokenizer)
	if err != nil {
		return err
	}
	c.BOS = tok.BOS()
	t0 := time.Now()
	cnt, err := evals.NewCounter(c, tok, evals.Options{MaxLength: f.maxLen, NoPrefixReuse: f.noReuse, WorkSlots: min(max(8, plan.MaxRequests()), 64)})
	if err != nil {
		return err
	}
	st, err := evals.Count(ctx, cnt, plan)
	if err != nil {
		return err
	}
	ratio := float64(st.LMEvalTokens) / float64(max(st.PrefillTokens, 1))
	fmt.Fprintf(stdout, "%d docs of %d tasks, tokenized in %.1fs (max length %d)\n", plan.Planned, len(plan.Suite.Tasks), time.Since(t0).Seconds(), cnt.MaxLength())
	fmt.Fprintf(stdout, "lm-eval equivalent: %d tokens\ncomputed with prefix reuse: %d tokens (%d prefixes, %d tokens reused, %d prefix/context mismatches, %d truncated)\nratio: %.2f×\n",
		st.LMEvalTokens, st.PrefillTokens, st.PrefixComputed, st.ReusedTokens, st.PrefixMismatch, st.Truncated, ratio)
	return nil
}

// cacheRoot is where the embedded default keeps its synthetic model:
// $GEMMA_BENCH_CACHE, else $XDG_CACHE_HOME/gemma-bench, else
// ~/.cache/gemma-bench (the same place scripts/tokenizer/fetch.sh uses).
func cacheRoot() string {
	if d := os.Getenv("GEMMA_BENCH_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "gemma-bench")
	}
	return filepath.Join("out", "cache")
}

// embeddedModel returns the cached synthetic gemma3-270m with its synthetic
// tokenizer, building it on first use in a temporary directory renamed into
// place, so an interrupted build never leaves a half-written model.
func embeddedModel(stderr io.Writer) (string, error) {
	dir := filepath.Join(cacheRoot(), "synth-gemma3-270m-seed1-bf16")
	if _, err := os.Stat(filepath.Join(dir, "tokenizer.json")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", fmt.Errorf("run: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".synth-*")
	if err != nil {
		return "", fmt.Errorf("run: %w", err)
	}
	defer os.RemoveAll(tmp)
	t0 := time.Now()
	c, err := model.ByName("gemma3-270m")
	if err != nil {
		return "", err
	}
	fmt.Fprintf(stderr, "building the embedded default model in %s (once)...\n", dir)
	if err := model.Synthesize(tmp, c, model.SynthOptions{Seed: 1, DType: backends.BF16}); err != nil {
		return "", err
	}
	tok, err := tokenizer.Train("", c.VocabSize, nil)
	if err != nil {
		return "", err
	}
	if err := tok.WriteFiles(tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return "", fmt.Errorf("run: %w", err)
	}
	fmt.Fprintf(stderr, "built in %.1fs\n", time.Since(t0).Seconds())
	return dir, nil
}

// writeRunRecord writes the run's versioned record beside its files: each
// backend's metrics from its run directory, and for every backend after
// the first its agreement with the first on the probe.
func writeRunRecord(dir, id string, started time.Time, m *model.Model, runs []backendRun, stderr io.Writer) (*results.Record, error) {
	var rec *results.Record
	for i, br := range runs {
		r, err := results.EvalRecord(br.dir)
		if err != nil {
			return nil, fmt.Errorf("run: record: %w", err)
		}
		bs := r.Backends
		if i == 0 {
			rec = r
			rec.RunID = id
			rec.Backends = nil
		}
		for _, b := range bs {
			b.Options = br.options
			b.Metrics = append(b.Metrics, br.throughput...)
			if i > 0 {
				a, err := results.Agree(runs[0].probe, br.probe, m.Config.VocabSize)
				if err != nil {
					return nil, fmt.Errorf("run: agreement: %w", err)
				}
				b.Agreement = &results.AgreementRef{Agreement: a, Over: bench.ProbeOver(len(br.probe) / m.Config.VocabSize)}
			}
			rec.Backends = append(rec.Backends, b)
		}
	}
	rec.Start, rec.End = started, time.Now()
	rec.Model.Arch = m.Config.Family.String()
	if rec.Model.Weights == "" || rec.Model.Weights == "stored" {
		// After --weights the stored dtype is gone from the model; Weights
		// then says what ran.
		rec.Model.DType = m.Weights.Layers[0].Gate.DType.String()
	}
	path := filepath.Join(dir, results.RecordFile)
	if err := results.WriteRecord(path, rec); err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "record: %s\n", path)
	return rec, nil
}

// printBackendComparison is the one-run, several-backends table, read
// from the record: per backend every metric (scores with their standard
// error, speed with its interval) and its agreement with the first.
func printBackendComparison(w io.Writer, rec *results.Record, path string) error {
	fmt.Fprintf(w, "\n%-40s %-34s %12s %12s  %s\n", "backend", "metric", "value", "±", "agreement with "+rec.Backends[0].Name)
	for _, b := range rec.Backends {
		label := b.Name + optionKeys(b.Options)
		agree := "(reference)"
		if a := b.Agreement; a != nil {
			agree = fmt.Sprintf("max|Δlogit| %.3g, rel %.2g, KL %.2g, top-1 %.0f%%", a.MaxAbs, a.RelErr, a.KL, 100*a.Top1)
		}
		for j, mt := range b.Metrics {
			if j > 0 {
				label, agree = "", ""
			}
			fmt.Fprintf(w, "%-40s %-34s %12.4g %12.2g  %s\n", label, mt.Key(), mt.Summary.Center, (mt.Summary.Hi-mt.Summary.Lo)/2, agree)
		}
		if len(b.Metrics) == 0 {
			fmt.Fprintf(w, "%-40s %-34s %12s %12s  %s\n", label, "(no metrics)", "", "", agree)
		}
	}
	_, err := fmt.Fprintf(w, "\nrecord: %s\n", path)
	return err
}
