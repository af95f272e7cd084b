package plots

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/plot"

	"github.com/gemma-bench/gemma-bench/results"
)

// batchFigure: decode throughput against the batch size, a line per
// backend and run and per combination of the sweep's other labels
// (steps, depth, threads), each point with its 95% CI.
func batchFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Decode throughput against batch size, median tok/s with 95% CI" + modelsOf(recs),
		empty: "These records hold no decode metrics with a batch size (gemma-bench bench -b).",
	}
	type group struct {
		s     series
		combo string
		pts   []point
	}
	var groups []*group
	var combos []map[string]string
	batches := map[float64]bool{}
	for _, s := range allSeries(recs) {
		byCombo := map[string]*group{}
		for i := range recs[s.rec].Backends[s.be].Metrics {
			m := &recs[s.rec].Backends[s.be].Metrics[i]
			if m.Name != "decode" || m.Unit != unitRate {
				continue
			}
			b, err := strconv.ParseFloat(m.Labels["b"], 64)
			bar, ok := summaryBar(m)
			if err != nil || !(b > 0) || !ok {
				continue
			}
			rest := maps.Clone(m.Labels)
			delete(rest, "b")
			key := labelString(rest)
			if !slices.ContainsFunc(combos, func(c map[string]string) bool { return labelString(c) == key }) {
				combos = append(combos, rest)
			}
			g := byCombo[key]
			if g == nil {
				g = &group{s: s, combo: key}
				byCombo[key] = g
				groups = append(groups, g)
			}
			g.pts = append(g.pts, point{x: b, y: bar.Center, lo: bar.Lo, hi: bar.Hi})
			batches[b] = true
		}
	}
	if len(groups) == 0 {
		return f
	}
	// Name a line's combination by the labels that differ between them.
	cs := newCaseSet()
	for _, c := range combos {
		cs.add(&results.Metric{Name: "decode", Labels: c})
	}
	varying, _ := cs.split()
	lp := &linePanel{xlabel: "batch (sequences per decode step)", ylabel: unitRate, logX: true}
	for _, g := range groups {
		slices.SortFunc(g.pts, func(a, b point) int { return cmpFloat(a.x, b.x) })
		// cs holds the combinations in combos' order, one key each.
		dash := slices.IndexFunc(combos, func(c map[string]string) bool { return labelString(c) == g.combo })
		name := g.s.name
		if len(varying) > 0 {
			name += " " + cs.tick(cs.keys[dash], varying, false)
		}
		lp.lines = append(lp.lines, line{name: name, color: g.s.color, dash: dash, pts: g.pts, marks: true})
	}
	for _, b := range slices.Sorted(maps.Keys(batches)) {
		lp.xTicks = append(lp.xTicks, plot.Tick{Value: b, Label: strconv.FormatFloat(b, 'g', -1, 64)})
	}
	_, _, common := cs.layout()
	lp.title = withCommon("decode", common)
	f.panels = append(f.panels, lp)
	return f
}

// labelString is labels as one sorted "k=v k=v" string: a map key.
func labelString(l map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(l)) {
		parts = append(parts, k+"="+l[k])
	}
	return strings.Join(parts, " ")
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
