package results

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// Order lists the entries of res for display: each top-level group followed
// by its members depth first (in group_subtasks order), then the tasks that
// belong to no group, alphabetically. depth is the nesting level.
func (res *Results) Order() (names []string, depth []int) {
	member := map[string]bool{}
	for _, ms := range res.GroupSubtasks {
		for _, m := range ms {
			member[m] = true
		}
	}
	var roots, loose []string
	for g := range res.GroupSubtasks {
		if !member[g] {
			roots = append(roots, g)
		}
	}
	for t := range res.Results {
		if _, isGroup := res.GroupSubtasks[t]; !isGroup && !member[t] {
			loose = append(loose, t)
		}
	}
	sort.Strings(roots)
	sort.Strings(loose)
	var walk func(n string, d int)
	walk = func(n string, d int) {
		names, depth = append(names, n), append(depth, d)
		for _, m := range res.GroupSubtasks[n] {
			walk(m, d+1)
		}
	}
	for _, r := range roots {
		walk(r, 0)
	}
	for _, t := range loose {
		walk(t, 0)
	}
	return names, depth
}

// WriteScoreTable prints lm-eval's Markdown results table: one row per
// metric of each task and group, indented by nesting.
func WriteScoreTable(w io.Writer, res *Results) error {
	var rows [][]string
	names, depth := res.Order()
	for i, n := range names {
		sc, ok := res.Results[n]
		if !ok {
			continue
		}
		// Aliases carry lm-eval's indentation (" - stem", "  - anatomy").
		label := sc.Alias
		if label == "" {
			label = strings.Repeat(" ", depth[i]) + n
		}
		shot := ""
		if k, ok := res.NShot[n]; ok {
			shot = fmt.Sprint(k)
		}
		first := true
		for _, key := range metricKeys(sc) {
			name, filter, _ := strings.Cut(key, ",")
			arrow := ""
			if hib, ok := res.HigherIsBetter[n][name]; ok {
				arrow = map[bool]string{true: "↑", false: "↓"}[hib]
			}
			se := "N/A"
			if v, ok := sc.Values[name+"_stderr,"+filter]; ok && !math.IsNaN(v) {
				se = fmt.Sprintf("%.4f", v)
			}
			task, ver := "", ""
			if first {
				task, ver = label, string(res.Versions[n])
			}
			rows = append(rows, []string{task, ver, filter, shot, name, arrow, fmtValue(sc.Values[key]), "±", se})
			first = false
		}
	}
	return writeMarkdown(w, []string{"Tasks", "Version", "Filter", "n-shot", "Metric", "", "Value", "", "Stderr"}, rows)
}

// metricKeys are an entry's metric keys without their stderrs, sorted.
func metricKeys(sc Scores) []string {
	var keys []string
	for k := range sc.Values {
		name, _, _ := strings.Cut(k, ",")
		if !strings.HasSuffix(name, "_stderr") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func fmtValue(v float64) string {
	if math.IsNaN(v) {
		return "N/A"
	}
	return fmt.Sprintf("%.4f", v)
}

// WritePerfTable prints the speed of the run next to its scores.
func WritePerfTable(w io.Writer, p Performance) error {
	ms := func(x Percentiles) string {
		return fmt.Sprintf("%.1f / %.1f / %.1f ms", x.P50, x.P90, x.P99)
	}
	rows := [][]string{
		{"backend", p.Backend},
		{"docs", fmt.Sprintf("%d in %.1fs of model time (%.1fs wall), %.2f docs/s", p.Docs, p.EvalSeconds, p.WallSeconds, p.DocsPerSecond)},
		{"prefill", fmt.Sprintf("%d tokens in %.1fs, %.1f tok/s", p.PrefillTokens, p.PrefillSeconds, p.PrefillTokensPerSecond)},
		{"lm-eval equivalent", fmt.Sprintf("%d tokens: %.2f× the tokens computed (%d reused from shared prefixes)", p.LMEvalTokens, p.TokenRatio, p.ReusedTokens)},
		{"latency per doc p50/p90/p99", ms(p.Latency)},
	}
	if p.DecodeTokens > 0 {
		rows = append(rows, []string{"decode", fmt.Sprintf("%d tokens in %.1fs, %.1f tok/s", p.DecodeTokens, p.DecodeSeconds, p.DecodeTokensPerSecond)})
	}
	if p.TTFT != nil {
		rows = append(rows, []string{"time to first token p50/p90/p99", ms(*p.TTFT)})
	}
	if p.DecodeStep != nil {
		rows = append(rows, []string{"decode step p50/p90/p99", ms(*p.DecodeStep)})
	}
	if p.PrefixMismatches > 0 || p.Truncated > 0 {
		rows = append(rows, []string{"warnings", fmt.Sprintf("%d docs with a prefix/context token mismatch, %d requests truncated on the left", p.PrefixMismatches, p.Truncated)})
	}
	rows = append(rows, []string{"peak RSS", fmt.Sprintf("%.2f GiB", float64(p.PeakRSSBytes)/(1<<30))})
	return writeMarkdown(w, []string{"Performance", "Value"}, rows)
}

// writeMarkdown pads columns so the table also reads well as plain text.
func writeMarkdown(w io.Writer, head []string, rows [][]string) error {
	width := make([]int, len(head))
	for i := range width {
		width[i] = 1 // a separator cell is at least "-"
	}
	for _, r := range append([][]string{head}, rows...) {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(c + strings.Repeat(" ", width[i]-len([]rune(c))) + "|")
		}
		b.WriteString("\n")
	}
	line(head)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = strings.Repeat("-", width[i])
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
