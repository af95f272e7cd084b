package main

import (
	"context"
	"fmt"
	"io"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/hwinfo"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/results"
)

// runThroughput turns an eval's prefill and decode rates into record
// metrics, each against its roof from hwinfo (measured once per host and
// cached; the first run on a machine spends a few seconds on it):
// prefill against the backend's own matmul peak for these weights, decode
// against read bandwidth. The per-token work comes from the graph's cost
// model for a 128-row prefill chunk and a one-row decode step at the
// run's mean context; an eval mixes shapes, so the fraction is an
// estimate, and its basis says so.
func runThroughput(ctx context.Context, m *model.Model, spec string, threads int, perf results.Performance, meanCtx int, log io.Writer) ([]results.Metric, error) {
	weights := m.Weights.Layers[0].Gate.DType.String()
	info, err := hwinfo.LoadWith(ctx, hwinfo.Options{CacheDir: cacheRoot(), Backends: []string{spec}, Threads: threads, Formats: []string{weights}, Log: log})
	if err != nil {
		return nil, err
	}
	cost := func(rows int) (backends.Cost, int, error) {
		layout := m.Config.KVLayout(1, max(meanCtx, rows)+1, rows, backends.F32)
		g, err := model.BuildGraph(m.Config, m.Weights, layout, rows, 1)
		if err != nil {
			return backends.Cost{}, 0, err
		}
		return g.StepCost(meanCtx), rows, nil
	}
	var out []results.Metric
	add := func(name string, rate float64, rows int, kind string) error {
		if rate <= 0 {
			return nil
		}
		c, n, err := cost(rows)
		if err != nil {
			return err
		}
		mt := results.Metric{Name: name, Unit: "tok/s", HigherIsBetter: true, Samples: []float64{rate},
			Summary: results.Summary{N: 1, Center: rate, Lo: rate, Hi: rate, Stat: "median"}}
		var roof float64
		var basis string
		if kind == "prefill" {
			peak, pb := info.PeakFLOPS(spec, weights)
			if peak > 0 {
				roof, basis = peak/(float64(c.FLOPs)/float64(n)), fmt.Sprintf("≈ peak %.1f GFLOP/s (%s) ÷ %.3g GFLOP/token (128-row chunk at context %d)", peak/1e9, pb, float64(c.FLOPs)/float64(n)/1e9, meanCtx)
			}
		} else {
			bw, bb := info.ReadBandwidth()
			if bw > 0 {
				roof, basis = bw/float64(c.Bytes), fmt.Sprintf("≈ read %.1f GB/s (%s) ÷ %.3g GB/token (decode at context %d)", bw/1e9, bb, float64(c.Bytes)/1e9, meanCtx)
			}
		}
		if roof > 0 {
			mt.Limit = &results.Limit{Value: roof, Fraction: rate / roof, Basis: basis}
		}
		out = append(out, mt)
		return nil
	}
	if err := add("prefill_throughput", perf.PrefillTokensPerSecond, 128, "prefill"); err != nil {
		return nil, err
	}
	if err := add("decode_throughput", perf.DecodeTokensPerSecond, 1, "decode"); err != nil {
		return nil, err
	}
	return out, nil
}

// printThroughput is the roofline line under a run's perf table.
func printThroughput(w io.Writer, ms []results.Metric) {
	for _, m := range ms {
		if m.Limit == nil {
			fmt.Fprintf(w, "%s: %.1f tok/s (no roof known)\n", m.Name, m.Summary.Center)
			continue
		}
		fmt.Fprintf(w, "%s: %.1f tok/s = %.0f%% of %.1f tok/s, %s\n", m.Name, m.Summary.Center, 100*m.Limit.Fraction, m.Limit.Value, m.Limit.Basis)
	}
}
