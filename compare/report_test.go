package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/results"
)

// mdTables reads back the pipe tables of a Markdown document: per table
// its header and rows, cells unescaped.
func mdTables(t *testing.T, md string) [][][]string {
	t.Helper()
	var tables [][][]string
	var cur [][]string
	unescape := strings.NewReplacer(`\|`, "|", `\*`, "*", `\_`, "_", "&lt;", "<")
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			if cur != nil {
				tables, cur = append(tables, cur), nil
			}
			continue
		}
		if !strings.HasSuffix(line, "|") {
			t.Fatalf("table line does not end in a pipe: %q", line)
		}
		var cells []string
		var b strings.Builder
		body := line[1 : len(line)-1]
		for i := 0; i < len(body); i++ {
			switch {
			case body[i] == '\\' && i+1 < len(body):
				b.WriteByte(body[i])
				b.WriteByte(body[i+1])
				i++
			case body[i] == '|':
				cells, b = append(cells, unescape.Replace(strings.TrimSpace(b.String()))), strings.Builder{}
			default:
				b.WriteByte(body[i])
			}
		}
		cells = append(cells, unescape.Replace(strings.TrimSpace(b.String())))
		if len(cur) == 1 { // the delimiter row
			for _, c := range cells {
				if strings.Trim(c, "-:") != "" {
					t.Fatalf("second table line is not a delimiter row: %q", line)
				}
			}
			cur = append(cur, nil)
			continue
		}
		if len(cur) > 0 && len(cells) != len(cur[0]) {
			t.Fatalf("row of %d cells under a header of %d: %q", len(cells), len(cur[0]), line)
		}
		cur = append(cur, cells)
	}
	if cur != nil {
		tables = append(tables, cur)
	}
	for i := range tables {
		tables[i] = slices.Delete(tables[i], 1, 2)
	}
	return tables
}

// TestMarkdownRoundTrip: the Markdown report's tables read back cell for
// cell as the report's rows, pipes and emphasis characters included.
func TestMarkdownRoundTrip(t *testing.T) {
	m := func(seed uint64, mean float64) []results.Metric {
		return []results.Metric{
			speed("decode", map[string]string{"n": "128"}, normal(seed, 10, mean, 1)),
			speed("decode_step", map[string]string{"task": "a|b*c"}, normal(seed+100, 10, mean, 1)),
			accuracy("arith", []float64{1, 0, 1, 1}, 0.25),
		}
	}
	agree := &results.AgreementRef{Agreement: results.Agreement{Rows: 4, MaxAbs: 0.5, KL: 1e-4, Top1: 0.75}, Over: "probe set"}
	base := record(results.KindEval, "a", results.BackendRun{Name: "go", Metrics: m(1, 100)}, results.BackendRun{Name: "simd", Metrics: m(2, 200), Agreement: agree})
	nw := record(results.KindEval, "b", results.BackendRun{Name: "go", Metrics: m(3, 100)}, results.BackendRun{Name: "simd", Metrics: m(4, 170)})
	rep, err := Compare(base, nw, Options{Force: true, FailOn: thresholds(t, "tg128<-5%", "acc<-1pt")})
	if err != nil {
		t.Fatal(err)
	}
	rep.BaseName, rep.NewName = "base|1.json", "new.json"
	var md strings.Builder
	if err := rep.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	tables := mdTables(t, md.String())
	if len(tables) != 3 {
		t.Fatalf("%d tables, want identity, metrics, agreement:\n%s", len(tables), md.String())
	}
	if got := tables[0][1][1]; got != "base|1.json" {
		t.Errorf("identity table: base record %q", got)
	}
	if !slices.Equal(tables[1][0], tableHeader) {
		t.Errorf("metric header %q", tables[1][0])
	}
	want := rep.cells()
	if len(tables[1])-1 != len(want) {
		t.Fatalf("%d metric rows, want %d", len(tables[1])-1, len(want))
	}
	for i, row := range want {
		if !slices.Equal(tables[1][i+1], row) {
			t.Errorf("row %d reads back as\n%q\nwant\n%q", i, tables[1][i+1], row)
		}
	}
	if got := tables[1][len(want)-1]; got[0] != "simd decode_step/task=a|b*c" {
		t.Errorf("escaped metric name reads back as %q", got[0])
	}
	if d := tables[2]; len(d) != 2 || d[1][0] != "simd" || d[1][2] != "0.5 → —" {
		t.Errorf("agreement table %q", d)
	}
	for _, want := range []string{"> forced past: model name: a vs b", "**REGRESSION: 1 metric(s)", "Thresholds: tg128&lt;-5% (decode/n=128&lt;-5%)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
}
