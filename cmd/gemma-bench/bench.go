package main

import (
	"context"
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
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/membw"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// cmdBench measures prefill (pp N) and decode (tg N) like llama-bench and
// prints every repetition as a Go benchmark line, so benchstat can compare
// runs, followed by a median summary and the peak RSS.
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("bench", "bench --model DIR [-p 512] [-n 128] [-r 3] [--backend NAME] [--threads N]", stdout, stderr)
	dir, backend, threads := engineFlags(fs, "checkpoint directory (HF layout)")
	weights := weightsFlag(fs)
	pp := fs.Int("p", 512, "prompt tokens per prefill case (0 = skip)")
	tg := fs.Int("n", 128, "tokens per decode case (0 = skip)")
	reps := fs.Int("r", 3, "repetitions of each case (1–65536)")
	warmup := fs.Int("warmup", 1, "untimed runs before the repetitions, pages the weights in (0–65536)")
	kvDTypeFlag := fs.String("kv-dtype", "f32", "KV cache storage: f32 or bf16")
	profile := fs.Bool("profile", false, "print a per-op time profile of the timed runs with achieved GFLOP/s and GB/s")
	roofline := fs.Bool("roofline", true, "measure read bandwidth and print decode as a fraction of it, prefill as GFLOP/s")
	cpuProfile := fs.String("cpuprofile", "", "write a Go CPU profile (pprof) of the timed runs to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("bench: --model is required")
	}
	if err := ranges(inRange("bench", "p", *pp, 0, 1<<20), inRange("bench", "n", *tg, 0, 1<<20),
		inRange("bench", "r", *reps, 1, 1<<16), inRange("bench", "warmup", *warmup, 0, 1<<16),
		inRange("bench", "threads", *threads, 0, maxThreads)); err != nil {
		return err
	}
	if *pp == 0 && *tg == 0 {
		return fmt.Errorf("bench: -p 0 and -n 0 measure nothing: give at least one of them")
	}
	kvDType, err := parseKVDType(*kvDTypeFlag)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	m, err := loadModel(*dir, *weights)
	if err != nil {
		return err
	}
	defer m.Close()
	be, err := openBackend(*backend, *threads)
	if err != nil {
		return err
	}
	defer be.Close()
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 1, MaxLen: max(*pp, *tg+1), MaxRows: min(max(*pp, 1), 512), KVDType: kvDType})
	if err != nil {
		return err
	}
	defer r.Close()
	// Compile the shapes the cases run before anything is timed: the
	// prefill chunks and the one-row decode step.
	chunk := min(max(*pp, 1), r.MaxChunk)
	shapes := []model.Shape{r.ShapeOf(1, 1, 0)}
	if *pp > 0 {
		shapes = append(shapes, r.ShapeOf(chunk, 1, 0))
		if rest := *pp % chunk; rest != 0 {
			shapes = append(shapes, r.ShapeOf(rest, 1, 0))
		}
	}
	if err := r.Precompile(ctx, shapes); err != nil {
		return err
	}
	nthreads := *threads
	if nthreads <= 0 {
		nthreads = runtime.GOMAXPROCS(0)
	}
	name := m.Config.Name
	if name == "custom" {
		name = filepath.Base(*dir)
	}
	vocab := m.Config.VocabSize
	// Deterministic prompt: BOS then ids spread over the vocabulary.
	prompt := make([]int32, max(*pp, 1))
	prompt[0] = int32(m.Config.BOS)
	for i := 1; i < len(prompt); i++ {
		prompt[i] = int32((i*7919 + 13) % vocab)
	}
	var curCtx int
	var profiles []*opProfile
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var results []benchCase
	measure := func(label string, tokens int, fn func() error) error {
		res := benchCase{label: label, tokens: tokens}
		for i := 0; i < *warmup+*reps; i++ {
			if *profile && i == *warmup {
				p := newOpProfile()
				p.label = shortLabel(label)
				profiles = append(profiles, p)
				r.SetProfiler(p.profiler(func() int { return curCtx }))
			}
			t0 := time.Now()
			err := fn()
			if errors.Is(err, backends.ErrNotImplemented) && *profile && i == *warmup {
				// Reported, not printed as an empty table.
				fmt.Fprintf(stderr, "bench %s: no per-op profile on backend %s: %v\n", label, be.Name(), err)
				profiles = profiles[:len(profiles)-1]
				r.SetProfiler(nil)
				t0 = time.Now()
				err = fn()
			}
			if err != nil {
				return fmt.Errorf("bench %s: %w", label, err)
			}
			d := time.Since(t0)
			if i < *warmup {
				continue
			}
			res.ns = append(res.ns, float64(d.Nanoseconds()))
			fmt.Fprintf(stdout, "Benchmark%s/backend=%s%s/model=%s-%d\t1\t%.0f ns/op\t%.3f tok/s\n",
				label, be.Name(), backendKeys(be), name, nthreads, float64(d.Nanoseconds()), float64(tokens)/d.Seconds())
		}
		results = append(results, res)
		r.SetProfiler(nil)
		return nil
	}
	if *pp > 0 {
		curCtx = *pp / 2
		if err := measure(fmt.Sprintf("Prefill/pp=%d", *pp), *pp, func() error {
			_, err := r.Prefill(ctx, 0, 0, prompt[:*pp], backends.WantArgmax)
			return err
		}); err != nil {
			return err
		}
	}
	if *tg > 0 {
		seq, pos, tok := []int32{0}, []int32{0}, []int32{int32(m.Config.BOS)}
		curCtx = *tg / 2
		if err := measure(fmt.Sprintf("Decode/tg=%d", *tg), *tg, func() error {
			tok[0] = int32(m.Config.BOS)
			for i := 0; i < *tg; i++ {
				pos[0] = int32(i)
				out, err := r.Decode(ctx, seq, pos, tok, backends.WantArgmax)
				if err != nil {
					return err
				}
				tok[0] = out.Argmax[0]
			}
			return nil
		}); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "\n%-16s %-8s %-8s %12s %12s  %s\n", "model", "backend", "test", "tok/s (med)", "min–max", "samples")
	for _, res := range results {
		rates := res.rates()
		fmt.Fprintf(stdout, "%-16s %-8s %-8s %12.3f %5.2f–%-6.2f  %d\n", name, be.Name(), shortLabel(res.label), median(rates), rates[0], rates[len(rates)-1], len(rates))
	}
	for _, p := range profiles {
		p.write(stdout)
	}
	// Read before the bandwidth probe, whose 1 GiB buffer is not the model's.
	rss := peakRSSGiB()
	if *roofline {
		bw := membw.Read(nthreads, 1<<30, 3)
		dg, err := r.Graph(r.ShapeOf(1, 1, 0))
		if err != nil {
			return err
		}
		pg, err := r.Graph(r.ShapeOf(chunk, 1, 0))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "\nroofline: measured read bandwidth %.1f GB/s (%d threads, 1 GiB, best of 3)\n", bw/1e9, nthreads)
		for _, res := range results {
			rate := median(res.rates())
			if strings.HasPrefix(res.label, "Decode") {
				c := dg.StepCost(*tg / 2)
				fmt.Fprintf(stdout, "  %-6s %.2f GB/token × %.3f tok/s = %.1f GB/s = %.0f%% of measured bandwidth (limit %.2f tok/s)\n",
					shortLabel(res.label), float64(c.Bytes)/1e9, rate, float64(c.Bytes)*rate/1e9, 100*float64(c.Bytes)*rate/bw, bw/float64(c.Bytes))
			} else {
				c := pg.StepCost(*pp / 2)
				perTok := float64(c.FLOPs) / float64(pg.Rows)
				fmt.Fprintf(stdout, "  %-6s %.2f GFLOP/token × %.3f tok/s = %.1f GFLOP/s achieved\n",
					shortLabel(res.label), perTok/1e9, rate, perTok*rate/1e9)
			}
		}
	}
	fmt.Fprintf(stdout, "\npeak RSS: %.2f GiB; weights %.2f GiB; threads %d\n", rss, float64(weightBytes(m))/(1<<30), nthreads)
	return nil
}

func shortLabel(l string) string {
	var kind string
	var n int
	if _, err := fmt.Sscanf(l, "Prefill/pp=%d", &n); err == nil {
		kind = fmt.Sprintf("pp%d", n)
	} else if _, err := fmt.Sscanf(l, "Decode/tg=%d", &n); err == nil {
		kind = fmt.Sprintf("tg%d", n)
	}
	return kind
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// peakRSSGiB is results.PeakRSS in GiB: one peak-RSS function for the
// module, portable (NaN where the platform does not say).
func peakRSSGiB() float64 {
	if b := results.PeakRSS(); b > 0 {
		return float64(b) / (1 << 30)
	}
	return math.NaN()
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

// benchCase is one measured case: its raw samples, kept as benchstat does.
type benchCase struct {
	label  string
	tokens int
	ns     []float64
}

// rates are the samples as tokens/s, ascending.
func (c benchCase) rates() []float64 {
	r := make([]float64, len(c.ns))
	for i, ns := range c.ns {
		r[i] = float64(c.tokens) / (ns / 1e9)
	}
	slices.Sort(r)
	return r
}
