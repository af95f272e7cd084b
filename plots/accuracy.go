package plots

import (
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// mmluSummary is MMLU's score and lm-eval's four category groups, in the
// order lm-eval prints them. Where a record has any of them, MMLU's 57
// subjects are left out: the groups are what a reader compares.
var mmluSummary = []string{"mmlu", "mmlu_humanities", "mmlu_other", "mmlu_social_sciences", "mmlu_stem"}

// accuracyFigure: one bar panel per accuracy metric (acc, acc_norm,
// exact_match), a case per task, ± one standard error.
func accuracyFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Accuracy, mean ± 1 standard error" + modelsOf(recs),
		empty: "These records hold no accuracy metrics (an eval run's acc, acc_norm or exact_match).",
	}
	summarised := false
	for _, r := range recs {
		for _, b := range r.Backends {
			for _, m := range b.Metrics {
				summarised = summarised || (m.Unit == results.UnitAcc && slices.Contains(mmluSummary, m.Labels["task"]))
			}
		}
	}
	shown := func(m *results.Metric) bool {
		if m.Unit != results.UnitAcc {
			return false
		}
		t := m.Labels["task"]
		return !summarised || !strings.HasPrefix(t, "mmlu_") || slices.Contains(mmluSummary, t)
	}
	ss := allSeries(recs)
	for _, name := range metricNames(recs, shown) {
		cs := newCaseSet()
		ticks, common, bars := collectBarsInto(cs, recs, ss, func(m *results.Metric) bool { return m.Name == name && shown(m) }, summaryBar)
		if len(bars) == 0 {
			continue
		}
		order := mmluFirst(cs, ticks)
		ticks = permute(ticks, order)
		for i := range bars {
			bars[i].bars = permute(bars[i].bars, order)
		}
		f.panels = append(f.panels, &barPanel{title: withCommon(name, common), ylabel: name, cases: ticks, series: bars, yMin: 0, yMax: 1})
	}
	return f
}

// mmluFirst is the order that puts MMLU and its groups first (in
// mmluSummary's order) and keeps every other case where it was.
func mmluFirst(cs *caseSet, ticks []string) []int {
	keys, _, _ := cs.layout()
	rank := func(i int) int {
		if r := slices.Index(mmluSummary, cs.labels[keys[i]]["task"]); r >= 0 {
			return r
		}
		return len(mmluSummary)
	}
	order := make([]int, len(ticks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(a) - rank(b) })
	return order
}

func permute[T any](xs []T, order []int) []T {
	out := make([]T, len(order))
	for i, j := range order {
		out[i] = xs[j]
	}
	return out
}
