package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Formats are the output formats Render writes.
var Formats = []string{"table", "md", "csv", "json", "jsonl", "benchfmt"}

// Render writes records in one of Formats. json is the record itself
// (results.WriteRecord's bytes: ReadRecord reads it back) and takes exactly
// one; the others take any number, one row (or line) per metric.
func Render(w io.Writer, format string, recs ...*results.Record) error {
	switch format {
	case "table":
		return renderTable(w, recs, false)
	case "md":
		return renderTable(w, recs, true)
	case "csv":
		return renderCSV(w, recs)
	case "json":
		return renderJSON(w, recs)
	case "jsonl":
		return renderJSONL(w, recs)
	case "benchfmt":
		return renderBenchfmt(w, recs)
	}
	return fmt.Errorf("output format %q: want one of %s", format, strings.Join(Formats, ", "))
}

func renderJSON(w io.Writer, recs []*results.Record) error {
	if len(recs) != 1 {
		return fmt.Errorf("json: one record per file, %d given", len(recs))
	}
	if err := recs[0].Validate(); err != nil {
		return fmt.Errorf("json: record %s: %w", recs[0].RunID, err)
	}
	b, err := json.MarshalIndent(recs[0], "", "  ")
	if err != nil {
		return fmt.Errorf("json: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// row is one metric with what identifies it.
type row struct {
	rec *results.Record
	br  *results.BackendRun
	m   *results.Metric
}

func rowsOf(recs []*results.Record) []row {
	var rows []row
	for _, rec := range recs {
		for bi := range rec.Backends {
			br := &rec.Backends[bi]
			for mi := range br.Metrics {
				rows = append(rows, row{rec, br, &br.Metrics[mi]})
			}
		}
	}
	return rows
}

// TestName is a metric's llama-bench test name: "pp512", "tg128",
// "tg128@d4096"; another metric's name and labels (Metric.Key) as they are.
func TestName(m *results.Metric) string {
	var s string
	switch m.Name {
	case MetricPrefill:
		s = "pp" + m.Labels["p"]
	case MetricDecode:
		s = "tg" + m.Labels["n"]
	default:
		return m.Key()
	}
	if d := m.Labels["d"]; d != "" && d != "0" {
		s += "@d" + d
	}
	return s
}

// column is a table column that identifies rows; shown only when its
// value varies across them (the rest go in a caption line above).
type column struct {
	head string
	get  func(r row, names backendNames) string
}

// KeyColumns are the identifying columns in table order. The case's
// prompt length, steps and depth are in its test name; the decode batch,
// which the name lacks, is a column of its own.
var keyColumns = []column{
	{"backend", func(r row, n backendNames) string { return n[r.br] }},
	{"model", func(r row, _ backendNames) string { return r.rec.Model.Name }},
	{"weights", func(r row, _ backendNames) string { return r.rec.Model.Weights }},
	{"threads", func(r row, _ backendNames) string { return r.m.Labels["t"] }},
	{"test", func(r row, _ backendNames) string { return TestName(r.m) }},
	{"b", func(r row, _ backendNames) string { return r.m.Labels["b"] }},
}

// backendNames are the names tables show: a backend's name, and when two
// runs share it, the options that tell them apart ("simd:math=exact").
type backendNames map[*results.BackendRun]string

func namesOf(rows []row) backendNames {
	byName := map[string][]*results.BackendRun{}
	n := backendNames{}
	for _, r := range rows {
		if _, ok := n[r.br]; !ok {
			n[r.br] = r.br.Name
			byName[r.br.Name] = append(byName[r.br.Name], r.br)
		}
	}
	for name, group := range byName {
		if len(group) < 2 {
			continue
		}
		keys := map[string]bool{}
		for _, br := range group {
			for k := range br.Options {
				keys[k] = true
			}
		}
		var differ []string
		for k := range keys {
			for _, br := range group[1:] {
				if br.Options[k] != group[0].Options[k] {
					differ = append(differ, k)
					break
				}
			}
		}
		sort.Strings(differ)
		for _, br := range group {
			var kv []string
			for _, k := range differ {
				kv = append(kv, k+"="+br.Options[k])
			}
			if len(kv) > 0 {
				n[br] = name + ":" + strings.Join(kv, ",")
			}
		}
	}
	return n
}

// Columns splits the key columns of rows into those whose value varies
// (table columns) and those that are the same on every row (the caption).
//
// An empty value is "does not apply" (a prefill has no batch): it does not
// make a column vary, and a value some rows lack is not a caption either.
func splitColumns(rows []row, names backendNames) (varying []column, constant []string) {
	for _, c := range keyColumns {
		vals, empty := map[string]bool{}, false
		var v string
		for _, r := range rows {
			if v = c.get(r, names); v == "" {
				empty = true
			} else {
				vals[v] = true
			}
		}
		switch {
		case len(vals) > 1:
			varying = append(varying, c)
		case len(vals) == 1 && !empty:
			constant = append(constant, c.head+" "+v)
		}
	}
	return varying, constant
}

// Rate renders a summary as its median ± the larger half of its 95%
// interval; "± ∞" when the samples are too few for one.
func Rate(m *results.Metric) string {
	s := m.Summary
	if s.N == 0 {
		return "-"
	}
	if Unbounded(m.Samples) {
		return fmt.Sprintf("%s ± ∞", num(s.Center))
	}
	return fmt.Sprintf("%s ± %s", num(s.Center), num(max(s.Center-s.Lo, s.Hi-s.Center)))
}

// num prints a rate with two decimals, or three significant digits when
// it is below 1.
func num(v float64) string {
	if math.Abs(v) < 1 && v != 0 {
		return fmt.Sprintf("%.3g", v)
	}
	return fmt.Sprintf("%.2f", v)
}

func renderTable(w io.Writer, recs []*results.Record, markdown bool) error {
	rows := rowsOf(recs)
	names := namesOf(rows)
	varying, constant := splitColumns(rows, names)
	withLimit := slices.ContainsFunc(rows, func(r row) bool { return r.m.Limit != nil })
	var head []string
	for _, c := range varying {
		head = append(head, c.head)
	}
	unit := "t/s"
	if len(rows) > 0 && rows[0].m.Unit != "tok/s" {
		unit = rows[0].m.Unit
	}
	head = append(head, unit)
	if withLimit {
		head = append(head, "% of limit")
	}
	if len(constant) > 0 {
		if _, err := fmt.Fprintf(w, "%s\n\n", strings.Join(constant, " · ")); err != nil {
			return err
		}
	}
	opts := []tablewriter.Option{tablewriter.WithHeaderAutoFormat(tw.Off)}
	if markdown {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	}
	align := make([]tw.Align, len(head))
	for i := range align {
		align[i] = tw.AlignLeft
		if i >= len(varying) {
			align[i] = tw.AlignRight
		}
	}
	opts = append(opts, tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: align}))
	t := tablewriter.NewTable(w, opts...)
	t.Header(head)
	for _, r := range rows {
		var cells []string
		for _, c := range varying {
			v := c.get(r, names)
			if v == "" {
				v = "-"
			}
			cells = append(cells, v)
		}
		cells = append(cells, Rate(r.m))
		if withLimit {
			lim := "-"
			if r.m.Limit != nil {
				lim = fmt.Sprintf("%.0f%%", 100*r.m.Limit.Fraction)
			}
			cells = append(cells, lim)
		}
		if err := t.Append(cells); err != nil {
			return fmt.Errorf("table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("table: %w", err)
	}
	return writeNotes(w, recs, rows, names, markdown)
}

// writeNotes follows a table: each backend's agreement with the first,
// the limits' bases, and what failed.
func writeNotes(w io.Writer, recs []*results.Record, rows []row, names backendNames, markdown bool) error {
	var b strings.Builder
	item := "  "
	if markdown {
		item = "- "
	}
	// The ceilings once each; the per-token cost each row divides by is
	// in the record (Limit.Basis).
	seen := map[string]bool{}
	var ceilings []string
	for _, r := range rows {
		if l := r.m.Limit; l != nil {
			c, _, _ := strings.Cut(l.Basis, " ÷ ")
			if !seen[c] {
				seen[c] = true
				ceilings = append(ceilings, item+c)
			}
		}
	}
	if len(ceilings) > 0 {
		fmt.Fprintf(&b, "\nlimits (÷ the cost model's bytes or FLOPs per token):\n%s\n", strings.Join(ceilings, "\n"))
	}
	for _, rec := range recs {
		if len(rec.Backends) < 2 {
			continue
		}
		ref := rec.Backends[0].Name
		var lines []string
		over := ""
		for bi := range rec.Backends[1:] {
			br := &rec.Backends[bi+1]
			if a := br.Agreement; a != nil {
				over = a.Over
				lines = append(lines, fmt.Sprintf("%s%s: max |Δlogit| %.3g, relative %.3g, KL %.3g nats (max %.3g), top-1 %.1f%% over %d rows",
					item, displayName(names, br), a.MaxAbs, a.RelErr, a.KL, a.MaxKL, 100*a.Top1, a.Rows))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(&b, "\nagreement with %s (%s):\n%s\n", ref, over, strings.Join(lines, "\n"))
		}
	}
	var failed []string
	for _, rec := range recs {
		for bi := range rec.Backends {
			br := &rec.Backends[bi]
			for _, e := range br.Errors {
				failed = append(failed, fmt.Sprintf("%s%s %s", item, displayName(names, br), e))
			}
		}
	}
	if len(failed) > 0 {
		fmt.Fprintf(&b, "\nfailed:\n%s\n", strings.Join(failed, "\n"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// displayName is a backend's table name; a backend with no metrics (all
// its cases failed) is not in the table's rows and shows by its own name.
func displayName(n backendNames, br *results.BackendRun) string {
	if s, ok := n[br]; ok {
		return s
	}
	return br.Name
}
