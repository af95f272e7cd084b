package compare

// Table is one of the report's tables as cells, for renderers outside this
// package (the HTML report) that must show what text and Markdown show.
type Table struct {
	Header []string
	Rows   [][]string
}

// MetricTable is the per-metric table: base, new, change, interval, p,
// verdict.
func (r *Report) MetricTable() Table { return Table{Header: tableHeader, Rows: r.cells()} }

// DriftTable is the numerical agreement table (base → new per backend);
// it has no rows when neither record carries agreement.
func (r *Report) DriftTable() Table { return Table{Header: driftHeader, Rows: r.driftCells()} }

// Lines are the report's remarks in the order the text report prints them:
// identity differences, then metrics and backends on one side only, then
// per-metric notes.
func (r *Report) Lines() []string {
	out := r.differenceLines()
	for _, s := range r.OnlyBase {
		out = append(out, "only in base: "+s)
	}
	for _, s := range r.OnlyNew {
		out = append(out, "only in new: "+s)
	}
	return append(out, r.notes()...)
}
