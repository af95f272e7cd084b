package plots

import (
	"maps"
	"slices"
	"strings"

	"gonum.org/v1/plot"

	"github.com/gemma-bench/gemma-bench/results"
)

// maxTrendLines bounds each trend panel's lines (its legend stays
// legible); the metrics present in the most runs are kept.
const maxTrendLines = 8

// trendFigure: the headline metrics over the runs, oldest first (by
// start time), one line per backend and metric: throughput on a log axis
// (prefill and decode rates differ by orders of magnitude) and accuracy
// on [0, 1] (MMLU's where a run has it, else every task's).
func trendFigure(recs []*results.Record) *figure {
	sorted := slices.Clone(recs)
	slices.SortStableFunc(sorted, func(a, b *results.Record) int { return a.Start.Compare(b.Start) })
	f := &figure{
		title: "Headline metrics over the runs, oldest first" + modelsOf(sorted),
		empty: "These records hold no throughput or accuracy metrics to follow.",
	}
	var ticks []plot.Tick
	for i, n := range runNames(sorted) {
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: n})
	}

	accName, mmlu := "", false
	for _, r := range sorted {
		for _, b := range r.Backends {
			for _, m := range b.Metrics {
				if m.Unit == results.UnitAcc {
					if accName == "" || m.Name == "acc" {
						accName = m.Name
					}
					mmlu = mmlu || m.Labels["task"] == "mmlu"
				}
			}
		}
	}
	for _, pc := range []struct {
		title, ylabel string
		accept        func(*results.Metric) bool
		logY          bool
	}{
		{"throughput, median with 95% CI", unitRate, func(m *results.Metric) bool { return m.Unit == unitRate }, true},
		{accName + ", mean ± 1 s.e.", accName, func(m *results.Metric) bool {
			return m.Unit == results.UnitAcc && m.Name == accName && (!mmlu || m.Labels["task"] == "mmlu")
		}, false},
	} {
		lines := headlines(sorted, pc.accept)
		if len(lines) == 0 {
			continue
		}
		lp := &linePanel{title: pc.title, ylabel: pc.ylabel, xlabel: "run", lines: lines, xTicks: ticks, logY: pc.logY}
		if !pc.logY {
			lp.yMin, lp.yMax = 0, 1
		}
		f.panels = append(f.panels, lp)
	}
	return f
}

// headlines are the lines of the metrics accept takes, one per backend
// label and metric key, at most maxTrendLines: those in the most runs,
// then in the order they first appear.
func headlines(recs []*results.Record, accept func(*results.Metric) bool) []line {
	type track struct {
		name string
		pts  []point
	}
	var order []*track
	byID := map[string]*track{}
	for ri, r := range recs {
		for bi, label := range backendLabels(r.Backends) {
			for mi := range r.Backends[bi].Metrics {
				m := &r.Backends[bi].Metrics[mi]
				b, ok := summaryBar(m)
				if !accept(m) || !ok {
					continue
				}
				id := label + "\x00" + m.Key()
				t := byID[id]
				if t == nil {
					t = &track{name: label + " " + metricShort(m)}
					byID[id] = t
					order = append(order, t)
				}
				t.pts = append(t.pts, point{x: float64(ri), y: b.Center, lo: b.Lo, hi: b.Hi})
			}
		}
	}
	slices.SortStableFunc(order, func(a, b *track) int { return len(b.pts) - len(a.pts) })
	var out []line
	for i, t := range order[:min(len(order), maxTrendLines)] {
		out = append(out, line{name: t.name, color: i, pts: t.pts, marks: true})
	}
	return out
}

// metricShort names one metric in a legend: llama-bench's pp512, tg128
// (with @dN for a depth other than 0) or its name, then its other labels
// (a task by its name; lm-eval's default filter "none" left out).
func metricShort(m *results.Metric) string {
	l := m.Labels
	var head string
	switch {
	case l["p"] != "":
		head = "pp" + l["p"]
	case l["n"] != "":
		head = "tg" + l["n"]
	default:
		head = strings.TrimSuffix(m.Name, "_throughput")
	}
	if d := l["d"]; d != "" && d != "0" {
		head += "@d" + d
	}
	parts := []string{head}
	for _, k := range slices.Sorted(maps.Keys(l)) {
		v := l[k]
		switch {
		case k == "p" || k == "n" || k == "d":
		case k == "task":
			parts = append(parts, v)
		case k == "filter" && v == "none":
		default:
			parts = append(parts, k+"="+v)
		}
	}
	return strings.Join(parts, " ")
}
