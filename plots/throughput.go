package plots

import (
	"math"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// unitRate is the unit of every throughput metric (bench's prefill and
// decode, an eval's prefill_throughput and decode_throughput).
const unitRate = "tok/s"

// throughputFigure: one bar panel per throughput metric name, its cases
// the sweep's (pp512, tg128@d4096 ...), a bar per backend and run.
func throughputFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Throughput, median tok/s with 95% CI" + modelsOf(recs),
		empty: "These records hold no throughput (tok/s) metrics.",
	}
	ss := allSeries(recs)
	for _, name := range metricNames(recs, func(m *results.Metric) bool { return m.Unit == unitRate }) {
		ticks, common, bars := collectBars(recs, ss,
			func(m *results.Metric) bool { return m.Name == name && m.Unit == unitRate }, summaryBar)
		if len(bars) == 0 {
			continue
		}
		f.panels = append(f.panels, &barPanel{title: withCommon(name, common), ylabel: unitRate, cases: ticks, series: bars})
	}
	return f
}

// rooflineFigure: every throughput metric that knows its limit, as a
// percentage of it, in one panel with a line at 100%.
func rooflineFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Throughput as % of the roof (peak FLOP/s for prefill, read bandwidth for decode)" + modelsOf(recs),
		empty: "These records hold no throughput metric with a known limit (hwinfo measures them).",
	}
	ticks, common, bars := collectBars(recs, allSeries(recs), func(m *results.Metric) bool {
		return m.Unit == unitRate && m.Limit != nil && m.Limit.Value > 0 && finite(m.Limit.Value)
	}, func(m *results.Metric) (Bar, bool) {
		b, ok := summaryBar(m)
		pct := 100 / m.Limit.Value
		return Bar{OK: true, N: b.N, Center: b.Center * pct, Lo: b.Lo * pct, Hi: b.Hi * pct}, ok
	})
	if len(bars) > 0 {
		f.panels = append(f.panels, &barPanel{title: withCommon("% of roof", common), ylabel: "% of roof", cases: ticks, series: bars, ref: 100, yMin: 0, yMax: 100})
	}
	return f
}

// summaryBar is a metric's recorded summary; a metric without samples
// or with a centre that is not finite has no bar, and an interval that
// is not finite no whisker.
func summaryBar(m *results.Metric) (Bar, bool) {
	s := m.Summary
	if s.N == 0 || !finite(s.Center) {
		return Bar{}, false
	}
	b := Bar{OK: true, N: s.N, Center: s.Center, Lo: s.Lo, Hi: s.Hi}
	if !finite(b.Lo) || !finite(b.Hi) || b.Lo > b.Center || b.Hi < b.Center {
		b.Lo, b.Hi = b.Center, b.Center
	}
	return b, true
}

// collectBars gathers, for every series, the metrics accept takes as the
// bars value makes of them, and lays out their cases. Series without any
// such metric are left out.
func collectBars(recs []*results.Record, ss []series, accept func(*results.Metric) bool, value func(*results.Metric) (Bar, bool)) (ticks []string, common string, out []barSeries) {
	return collectBarsInto(newCaseSet(), recs, ss, accept, value)
}

// collectBarsInto is collectBars gathering the cases into cs.
func collectBarsInto(cs *caseSet, recs []*results.Record, ss []series, accept func(*results.Metric) bool, value func(*results.Metric) (Bar, bool)) (ticks []string, common string, out []barSeries) {
	bySeries := make([]map[string]Bar, len(ss))
	for i, s := range ss {
		be := &recs[s.rec].Backends[s.be]
		for mi := range be.Metrics {
			m := &be.Metrics[mi]
			if !accept(m) {
				continue
			}
			b, ok := value(m)
			if !ok {
				continue
			}
			if bySeries[i] == nil {
				bySeries[i] = map[string]Bar{}
			}
			bySeries[i][cs.add(m)] = b
		}
	}
	if len(cs.keys) == 0 {
		return nil, "", nil
	}
	keys, ticks, common := cs.layout()
	for i, s := range ss {
		if len(bySeries[i]) == 0 {
			continue
		}
		bs := barSeries{name: s.name, color: s.color, bars: make([]Bar, len(keys))}
		for ci, k := range keys {
			bs.bars[ci] = bySeries[i][k]
		}
		out = append(out, bs)
	}
	return ticks, common, out
}

// metricNames are the names of the metrics accept takes, in the order
// they first appear.
func metricNames(recs []*results.Record, accept func(*results.Metric) bool) []string {
	var out []string
	for _, r := range recs {
		for _, b := range r.Backends {
			for i := range b.Metrics {
				if m := &b.Metrics[i]; accept(m) && !slices.Contains(out, m.Name) {
					out = append(out, m.Name)
				}
			}
		}
	}
	return out
}

// modelsOf names the records' models and weight formats for a title.
func modelsOf(recs []*results.Record) string {
	var ms []string
	for _, r := range recs {
		if m := r.Model.Name + " " + weightFormat(r); !slices.Contains(ms, m) {
			ms = append(ms, m)
		}
	}
	if len(ms) > 3 {
		ms = append(ms[:3], "…")
	}
	return " · " + strings.Join(ms, ", ")
}

func withCommon(title, common string) string {
	if common == "" {
		return title
	}
	return title + " (" + common + ")"
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
