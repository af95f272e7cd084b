package plots

import (
	"fmt"
	"math"
	"slices"

	"github.com/gemma-bench/gemma-bench/results"
)

// latencyPanels are the timings an eval record carries, in the order a
// request lives them.
var latencyPanels = []struct{ metric, title string }{
	{results.MetricTTFT, "time to first token (per doc)"},
	{results.MetricDecodeStep, "decode step (per generated token)"},
	{results.MetricLatency, "request latency (per doc)"},
}

// maxCDFPoints bounds an empirical CDF's points (a decode_step metric
// holds one sample per generated token); beyond it evenly spaced ranks
// are kept, the smallest and largest always.
const maxCDFPoints = 2000

// latencyFigure: per timing, one empirical CDF per backend and run of
// every sample the record holds, all tasks pooled, in milliseconds.
func latencyFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Latency distributions (empirical CDF, all tasks pooled)" + modelsOf(recs),
		empty: "These records hold no latency samples (an eval run records latency, ttft and decode_step).",
	}
	ss := allSeries(recs)
	for _, lp := range latencyPanels {
		var lines []line
		for _, s := range ss {
			var xs []float64
			for _, m := range recs[s.rec].Backends[s.be].Metrics {
				if m.Name == lp.metric && m.Unit == results.UnitSeconds {
					xs = append(xs, m.Samples...)
				}
			}
			if len(xs) == 0 {
				continue
			}
			lines = append(lines, line{name: s.name + " " + percentileNote(xs), color: s.color, pts: ecdf(xs, 1e3), step: true})
		}
		if len(lines) > 0 {
			f.panels = append(f.panels, &linePanel{title: lp.title, xlabel: "ms", ylabel: "fraction ≤ x", lines: lines, yMin: 0, yMax: 1})
		}
	}
	return f
}

// percentileNote is a legend's "p50 … p99 …" of samples in seconds, as
// the run's own tables compute them.
func percentileNote(xs []float64) string {
	ns := make([]int64, len(xs))
	for i, x := range xs {
		ns[i] = int64(math.Round(x * 1e9))
	}
	p := results.PercentilesOf(ns)
	return fmt.Sprintf("p50 %.3g p99 %.3g ms (n=%d)", p.P50, p.P99, p.N)
}

// ecdf is the empirical CDF of xs scaled by scale, as points for a post
// step line: it starts at zero at the smallest value and climbs 1/n at
// each.
func ecdf(xs []float64, scale float64) []point {
	v := slices.Clone(xs)
	slices.Sort(v)
	n := len(v)
	ranks := make([]int, 0, min(n, maxCDFPoints))
	if n <= maxCDFPoints {
		for i := range n {
			ranks = append(ranks, i)
		}
	} else {
		for j := range maxCDFPoints {
			ranks = append(ranks, j*(n-1)/(maxCDFPoints-1))
		}
	}
	pts := []point{{x: v[0] * scale}}
	for _, i := range ranks {
		y := float64(i+1) / float64(n)
		pts = append(pts, point{x: v[i] * scale, y: y})
	}
	return pts
}
