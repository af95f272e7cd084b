package compare

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/gemma-bench/gemma-bench/results"
)

// Columns of the metric table, in both formats.
var tableHeader = []string{"metric", "base", "new", "change", "95% CI", "p", "verdict"}

// cells renders the metric table: one row of tableHeader cells per Row.
// The backend leads the metric's name when the rows span several.
func (r *Report) cells() [][]string {
	backends := map[string]bool{}
	for _, row := range r.Rows {
		backends[row.Backend] = true
	}
	out := make([][]string, len(r.Rows))
	for i, row := range r.Rows {
		name := row.Key
		if len(backends) > 1 {
			name = row.Backend + " " + row.Key
		}
		out[i] = []string{name, formatSide(row, row.Base), formatSide(row, row.New), formatChange(row.Change, row.ChangeUnit),
			formatCI(row), formatP(row.P), row.Verdict()}
	}
	return out
}

func formatSide(row Row, s Side) string {
	switch {
	case row.Stat == "median":
		return fmt.Sprintf("%s %s %s", num(s.Center), row.Unit, s.PctRange)
	case row.Unit == results.UnitAcc:
		return fmt.Sprintf("%.2f%% ±%.2f", 100*s.Center, 100*(s.Hi-s.Lo)/2)
	default:
		return fmt.Sprintf("%s %s ±%s", num(s.Center), row.Unit, num((s.Hi-s.Lo)/2))
	}
}

// num is 4 significant digits, without an exponent in the usual range.
func num(v float64) string {
	if a := math.Abs(v); a != 0 && (a < 1e-3 || a >= 1e6) {
		return fmt.Sprintf("%.3e", v)
	}
	return fmt.Sprintf("%.4g", v)
}

func formatChange(v float64, unit string) string {
	switch {
	case math.IsNaN(v):
		return "n/a"
	case unit == UnitPercent:
		return fmt.Sprintf("%+.2f%%", v)
	case unit == UnitPoints:
		return fmt.Sprintf("%+.2f pt", v)
	default:
		return fmt.Sprintf("%+.4g %s", v, unit)
	}
}

func formatCI(row Row) string {
	if math.IsNaN(row.Change) {
		return "n/a"
	}
	end := func(v float64) string {
		switch {
		case math.IsInf(v, -1):
			return "-∞"
		case math.IsInf(v, 1):
			return "+∞"
		case row.ChangeUnit == UnitPercent || row.ChangeUnit == UnitPoints:
			return fmt.Sprintf("%+.2f", v)
		}
		return fmt.Sprintf("%+.4g", v)
	}
	unit := row.ChangeUnit
	if unit != UnitPercent {
		unit = " " + unit
	}
	return fmt.Sprintf("[%s, %s]%s", end(row.Lo), end(row.Hi), unit)
}

func formatP(p float64) string {
	switch {
	case math.IsNaN(p):
		return "n/a"
	case p < 0.001:
		return "<0.001"
	}
	return fmt.Sprintf("%.3f", p)
}

// describe is one record's identity line.
func describe(name string, rec *results.Record) []string {
	fp := rec.Model.Fingerprint
	if len(fp) > 12 {
		fp = fp[:12]
	}
	commit := rec.Build.Commit
	if len(commit) > 12 {
		commit = commit[:12]
	}
	if commit == "" {
		commit = "(unknown)"
	}
	if rec.Build.Modified {
		commit += "+dirty"
	}
	return []string{name, rec.RunID, rec.Kind, fmt.Sprintf("%s %s (%s)", rec.Model.Name, fp, rec.Model.Weights),
		commit, rec.Start.UTC().Format("2006-01-02 15:04 UTC")}
}

// differenceLines are the identity differences as printed: warnings, and
// with --force the errors that were overridden.
func (r *Report) differenceLines() []string {
	var out []string
	for _, d := range r.Differences {
		if d.Severity == Error {
			out = append(out, "forced past: "+d.String())
		} else {
			out = append(out, "warning: "+d.String())
		}
	}
	return out
}

// driftCells are the agreement table's rows: each field's base → new.
func (r *Report) driftCells() [][]string {
	var out [][]string
	for _, d := range r.Drift {
		over := func(a *results.AgreementRef) string {
			if a == nil {
				return "—"
			}
			return a.Over
		}
		field := func(f func(results.Agreement) float64, pct bool) string {
			s := func(a *results.AgreementRef) string {
				switch {
				case a == nil:
					return "—"
				case pct:
					return fmt.Sprintf("%.2f%%", 100*f(a.Agreement))
				}
				return fmt.Sprintf("%.3g", f(a.Agreement))
			}
			return s(d.Base) + " → " + s(d.New)
		}
		ov := over(d.Base)
		if o := over(d.New); o != ov {
			ov += " → " + o
		}
		out = append(out, []string{d.Backend, ov,
			field(func(a results.Agreement) float64 { return a.MaxAbs }, false),
			field(func(a results.Agreement) float64 { return a.RelErr }, false),
			field(func(a results.Agreement) float64 { return a.KL }, false),
			field(func(a results.Agreement) float64 { return a.MaxKL }, false),
			field(func(a results.Agreement) float64 { return a.Top1 }, true),
			field(func(a results.Agreement) float64 { return float64(a.NonFinite) }, false),
		})
	}
	return out
}

var driftHeader = []string{"backend", "over", "max |Δlogit|", "rel err", "KL", "max KL", "top-1", "non-finite"}

func (r *Report) notes() []string {
	var out []string
	for _, row := range r.Rows {
		for _, n := range row.Notes {
			out = append(out, row.Backend+" "+row.Key+": "+n)
		}
	}
	return out
}

// Summary is the report's last line: the verdict and why.
func (r *Report) Summary() string {
	regs := r.Regressions()
	if len(regs) == 0 {
		crossed := 0
		for _, row := range r.Rows {
			if len(row.Crossed) > 0 {
				crossed++
			}
		}
		switch {
		case len(r.FailOn) == 0:
			return fmt.Sprintf("ok: %d metrics compared, no thresholds given", len(r.Rows))
		case crossed > 0:
			return fmt.Sprintf("ok: %d metric(s) crossed a threshold, none significantly (alpha %g)", crossed, r.Alpha)
		}
		return fmt.Sprintf("ok: no threshold crossed (%d metrics compared)", len(r.Rows))
	}
	parts := make([]string, len(regs))
	for i, row := range regs {
		p := formatP(row.P)
		if !strings.HasPrefix(p, "<") {
			p = "=" + p
		}
		parts[i] = fmt.Sprintf("%s %s %s (p%s)", row.Backend, row.Key, formatChange(row.Change, row.ChangeUnit), p)
	}
	return fmt.Sprintf("REGRESSION: %d metric(s) crossed a threshold significantly (alpha %g): %s", len(regs), r.Alpha, strings.Join(parts, "; "))
}

func thresholdList(ts []Threshold) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Spec
		if c := t.String(); c != t.Spec {
			parts[i] += " (" + c + ")"
		}
	}
	return strings.Join(parts, ", ")
}

// WriteText writes the report as aligned plain text.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, l := range [][]string{{"", "record", "run", "kind", "model", "commit", "start"}, append([]string{"base:"}, describe(r.BaseName, r.Base)...), append([]string{"new:"}, describe(r.NewName, r.New)...)} {
		fmt.Fprintln(tw, strings.Join(l, "\t"))
	}
	tw.Flush()
	for _, l := range r.differenceLines() {
		fmt.Fprintln(w, l)
	}
	if len(r.FailOn) > 0 {
		fmt.Fprintln(w, "thresholds:", thresholdList(r.FailOn))
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(tableHeader, "\t"))
	for _, c := range r.cells() {
		fmt.Fprintln(tw, strings.Join(c, "\t"))
	}
	tw.Flush()
	if d := r.driftCells(); len(d) > 0 {
		fmt.Fprintln(w, "\nnumerical agreement with each record's reference backend (base → new):")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(driftHeader, "\t"))
		for _, c := range d {
			fmt.Fprintln(tw, strings.Join(c, "\t"))
		}
		tw.Flush()
	}
	r.writeLists(w, func(s string) string { return s })
	_, err := fmt.Fprintln(w, "\n"+r.Summary())
	return err
}

// writeLists writes the one-sided metrics and the notes.
func (r *Report) writeLists(w io.Writer, item func(string) string) {
	for _, l := range []struct {
		title string
		items []string
	}{{"only in base", r.OnlyBase}, {"only in new", r.OnlyNew}, {"notes", r.notes()}} {
		if len(l.items) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", l.title)
		for _, s := range l.items {
			fmt.Fprintln(w, "  "+item(s))
		}
	}
}

// WriteMarkdown writes the report as GitHub-flavoured Markdown, for a CI
// step summary.
func (r *Report) WriteMarkdown(w io.Writer) error {
	fmt.Fprintln(w, "### gemma-bench compare")
	fmt.Fprintln(w)
	mdTable(w, []string{"", "record", "run", "kind", "model", "commit", "start"}, [][]string{
		append([]string{"base"}, describe(r.BaseName, r.Base)...), append([]string{"new"}, describe(r.NewName, r.New)...)})
	if l := r.differenceLines(); len(l) > 0 {
		fmt.Fprintln(w)
		for _, s := range l {
			fmt.Fprintln(w, "> "+mdEscape(s)+"  ")
		}
	}
	if len(r.FailOn) > 0 {
		fmt.Fprintf(w, "\nThresholds: %s\n", mdEscape(thresholdList(r.FailOn)))
	}
	fmt.Fprintln(w)
	mdTable(w, tableHeader, r.cells())
	if d := r.driftCells(); len(d) > 0 {
		fmt.Fprintln(w, "\nNumerical agreement with each record's reference backend (base → new):")
		fmt.Fprintln(w)
		mdTable(w, driftHeader, d)
	}
	r.writeLists(w, func(s string) string { return "- " + mdEscape(s) })
	_, err := fmt.Fprintf(w, "\n**%s**\n", mdEscape(r.Summary()))
	return err
}

func mdTable(w io.Writer, header []string, rows [][]string) {
	line := func(cells []string) {
		esc := make([]string, len(cells))
		for i, c := range cells {
			esc[i] = mdEscape(c)
		}
		fmt.Fprintln(w, "| "+strings.Join(esc, " | ")+" |")
	}
	line(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	fmt.Fprintln(w, "|"+strings.Join(sep, "|")+"|")
	for _, r := range rows {
		line(r)
	}
}

// mdEscape keeps a cell one cell: pipes escaped, no line breaks, and
// Markdown's emphasis characters taken literally.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "<", "&lt;").Replace(s)
}
