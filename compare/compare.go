package compare

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"golang.org/x/perf/benchmath"

	"github.com/gemma-bench/gemma-bench/results"
)

// ErrIncomparable marks records that cannot be compared: different models
// or tasks without Force, nothing in common, a threshold that selects
// nothing.
var ErrIncomparable = errors.New("cannot compare")

// Options control a comparison.
type Options struct {
	// Force compares records whose identities differ (Differences of
	// severity Error), which are then reported as warnings.
	Force bool
	// Alpha is the significance level; 0 means 0.05.
	Alpha  float64
	FailOn []Threshold
}

// Report is a comparison's outcome.
type Report struct {
	// BaseName and NewName say where the records came from (file paths).
	BaseName, NewName string
	Base, New         *results.Record
	Alpha             float64
	// Differences are the identity differences (errors only with Force).
	Differences []Difference
	Rows        []Row
	Drift       []Drift
	// OnlyBase and OnlyNew are metrics ("backend metric-key") and backends
	// present on one side only.
	OnlyBase, OnlyNew []string
	FailOn            []Threshold
}

// Row is one metric present on both sides.
type Row struct {
	Backend        string
	Key            string // results.Metric.Key
	Name           string
	Labels         map[string]string
	Unit           string
	Stat           string // "median" or "mean"
	HigherIsBetter bool
	Base, New      Side
	// Change is new against base in ChangeUnit: % for a median, points
	// for an accuracy, the metric's unit for another mean. Lo and Hi bound
	// it at ≥95% confidence (±Inf where the samples cannot bound it).
	Change     float64
	ChangeUnit string
	Lo, Hi     float64
	// P is the two-sided p-value of no change (NaN: not testable).
	P           float64
	Significant bool
	// Crossed are the thresholds this row crosses; Regression is set when
	// one is crossed and the change is significant.
	Crossed    []Threshold
	Regression bool
	Notes      []string
}

// Side is one record's summary of a metric as compare uses it: for a
// median benchmath's 95% interval recomputed from the samples, for a mean
// the recorded mean ∓ standard error.
type Side struct {
	N              int
	Center, Lo, Hi float64
	// PctRange is the interval's half-width as benchstat prints it ("±2%",
	// "±∞" with too few samples).
	PctRange string
}

// Drift is one backend's agreement with its record's reference backend on
// both sides (nil where a side has none).
type Drift struct {
	Backend   string
	Base, New *results.AgreementRef
}

// z975 is Φ⁻¹(0.975): a two-sided 95% normal interval is ±z975 σ.
const z975 = 1.959963984540054

// Compare sets new against base.
func Compare(base, new *results.Record, opt Options) (*Report, error) {
	if opt.Alpha == 0 {
		opt.Alpha = benchmath.DefaultThresholds.CompareAlpha
	}
	if !(opt.Alpha > 0 && opt.Alpha < 1) {
		return nil, fmt.Errorf("%w: alpha %v: want 0 < alpha < 1", ErrIncomparable, opt.Alpha)
	}
	r := &Report{Base: base, New: new, Alpha: opt.Alpha, FailOn: opt.FailOn}
	r.Differences = Differences(base, new)
	var errs []string
	for _, d := range r.Differences {
		if d.Severity == Error {
			errs = append(errs, d.String())
		}
	}
	if len(errs) > 0 && !opt.Force {
		return nil, fmt.Errorf("%w: %s (pass --force to compare anyway)", ErrIncomparable, strings.Join(errs, "; "))
	}

	bk, nk := backendKeys(base), backendKeys(new)
	th := &benchmath.Thresholds{CompareAlpha: opt.Alpha}
	for i, k := range bk {
		j := slices.Index(nk, k)
		if j < 0 {
			r.OnlyBase = append(r.OnlyBase, "backend "+k)
			continue
		}
		bb, nb := base.Backends[i], new.Backends[j]
		if bb.Agreement != nil || nb.Agreement != nil {
			r.Drift = append(r.Drift, Drift{Backend: k, Base: bb.Agreement, New: nb.Agreement})
		}
		newByKey := map[string]results.Metric{}
		for _, m := range nb.Metrics {
			newByKey[m.Key()] = m
		}
		for _, bm := range bb.Metrics {
			nm, ok := newByKey[bm.Key()]
			if !ok {
				r.OnlyBase = append(r.OnlyBase, k+" "+bm.Key())
				continue
			}
			delete(newByKey, bm.Key())
			r.Rows = append(r.Rows, compareMetric(k, bm, nm, th))
		}
		for _, nm := range nb.Metrics {
			if _, ok := newByKey[nm.Key()]; ok {
				r.OnlyNew = append(r.OnlyNew, k+" "+nm.Key())
			}
		}
	}
	for _, k := range nk {
		if !slices.Contains(bk, k) {
			r.OnlyNew = append(r.OnlyNew, "backend "+k)
		}
	}
	if len(r.Rows) == 0 {
		return nil, fmt.Errorf("%w: no metric of the same backend and key on both sides", ErrIncomparable)
	}
	if err := r.applyThresholds(); err != nil {
		return nil, err
	}
	return r, nil
}

// compareMetric compares one metric present on both sides.
func compareMetric(backend string, b, n results.Metric, th *benchmath.Thresholds) Row {
	row := Row{
		Backend: backend, Key: b.Key(), Name: b.Name, Labels: b.Labels, Unit: b.Unit, Stat: b.Summary.Stat,
		HigherIsBetter: b.HigherIsBetter, P: math.NaN(), Change: math.NaN(), Lo: math.Inf(-1), Hi: math.Inf(1),
	}
	switch {
	case b.Unit != n.Unit:
		row.Notes = append(row.Notes, fmt.Sprintf("units differ (%s vs %s): not compared", b.Unit, n.Unit))
		return row
	case b.Summary.Stat != n.Summary.Stat:
		row.Notes = append(row.Notes, fmt.Sprintf("summaries differ (%s vs %s): not compared", b.Summary.Stat, n.Summary.Stat))
		return row
	case len(b.Samples) == 0 || len(n.Samples) == 0:
		row.Notes = append(row.Notes, "no samples on one side: not compared")
		return row
	}
	if b.HigherIsBetter != n.HigherIsBetter {
		row.Notes = append(row.Notes, "higher_is_better differs between the records; the base's is used")
	}
	if b.Summary.Stat == "median" {
		compareMedians(&row, b.Samples, n.Samples, th)
	} else {
		compareMeans(&row, b.Summary, n.Summary, th.CompareAlpha)
	}
	return row
}

// compareMedians: benchmath's U test on the raw samples, and the change's
// interval from each median's 97.5% interval (see the package doc).
func compareMedians(row *Row, bs, ns []float64, th *benchmath.Thresholds) {
	b := benchmath.NewSample(slices.Clone(bs), th)
	n := benchmath.NewSample(slices.Clone(ns), th)
	b95, n95 := benchmath.AssumeNothing.Summary(b, 0.95), benchmath.AssumeNothing.Summary(n, 0.95)
	row.Base = Side{N: len(bs), Center: b95.Center, Lo: b95.Lo, Hi: b95.Hi, PctRange: "±" + b95.PctRangeString()}
	row.New = Side{N: len(ns), Center: n95.Center, Lo: n95.Lo, Hi: n95.Hi, PctRange: "±" + n95.PctRangeString()}
	row.ChangeUnit = UnitPercent
	if b95.Center > 0 {
		row.Change = 100 * (n95.Center/b95.Center - 1)
	} else {
		row.Notes = append(row.Notes, "base median is not positive: no relative change")
	}
	b975, n975 := benchmath.AssumeNothing.Summary(b, 0.975), benchmath.AssumeNothing.Summary(n, 0.975)
	if b975.Lo > 0 && !math.IsInf(b975.Hi, 0) && !math.IsInf(n975.Lo, 0) {
		row.Lo = 100 * (n975.Lo/b975.Hi - 1)
	}
	if b975.Lo > 0 && !math.IsInf(n975.Hi, 0) {
		row.Hi = 100 * (n975.Hi/b975.Lo - 1)
	}
	if math.IsInf(row.Lo, 0) || math.IsInf(row.Hi, 0) {
		row.Notes = append(row.Notes, fmt.Sprintf("interval of the change unbounded: %d and %d samples (a bounded one needs ≥ 7 a side)", len(bs), len(ns)))
	}
	c := benchmath.AssumeNothing.Compare(b, n)
	row.P = c.P
	row.Significant = c.P < c.Alpha
	for _, w := range c.Warnings {
		row.Notes = append(row.Notes, w.Error())
	}
}

// compareMeans: the two-sample z-test on the recorded standard errors.
func compareMeans(row *Row, b, n results.Summary, alpha float64) {
	bse, nse := (b.Hi-b.Lo)/2, (n.Hi-n.Lo)/2
	row.Base = Side{N: b.N, Center: b.Center, Lo: b.Lo, Hi: b.Hi}
	row.New = Side{N: n.N, Center: n.Center, Lo: n.Lo, Hi: n.Hi}
	scale, unit := 1.0, row.Unit
	if row.Unit == results.UnitAcc {
		scale, unit = 100, UnitPoints
	}
	row.ChangeUnit = unit
	delta := n.Center - b.Center
	row.Change = scale * delta
	se := math.Hypot(bse, nse)
	if se == 0 {
		if delta == 0 {
			row.P, row.Lo, row.Hi = 1, 0, 0
		} else {
			row.Notes = append(row.Notes, "no standard error on either side (one doc?): not tested")
		}
		return
	}
	row.Lo, row.Hi = scale*(delta-z975*se), scale*(delta+z975*se)
	row.P = math.Erfc(math.Abs(delta/se) / math.Sqrt2)
	row.Significant = row.P < alpha
}

// applyThresholds marks the crossed thresholds and regressions. Every
// threshold must select at least one compared metric, and "pt" only
// accuracies.
func (r *Report) applyThresholds() error {
	for _, t := range r.FailOn {
		matched := 0
		for i := range r.Rows {
			row := &r.Rows[i]
			if !t.Matches(row.Backend, results.Metric{Name: row.Name, Labels: row.Labels}) {
				continue
			}
			matched++
			var change float64
			switch {
			case t.Unit == UnitPoints && row.Unit != results.UnitAcc:
				return fmt.Errorf("%w: --fail-on %q: pt is for accuracies (unit %s), %s %s is in %s", ErrIncomparable, t.Spec, results.UnitAcc, row.Backend, row.Key, row.Unit)
			case t.Unit == UnitPoints:
				change = row.Change
			case row.ChangeUnit == UnitPercent:
				change = row.Change
			case row.Base.Center != 0:
				change = 100 * (row.New.Center/row.Base.Center - 1)
			default:
				change = math.NaN()
			}
			if t.Crossed(change) {
				row.Crossed = append(row.Crossed, t)
				if row.Significant {
					row.Regression = true
				}
			}
		}
		if matched == 0 {
			return fmt.Errorf("%w: --fail-on %q selects no metric present in both records", ErrIncomparable, t.Spec)
		}
	}
	return nil
}

// Regressions are the rows that fail the comparison.
func (r *Report) Regressions() []Row {
	var out []Row
	for _, row := range r.Rows {
		if row.Regression {
			out = append(out, row)
		}
	}
	return out
}

// Verdict is a row's one-word outcome with its reason.
func (row Row) Verdict() string {
	specs := make([]string, len(row.Crossed))
	for i, t := range row.Crossed {
		specs[i] = t.Spec
	}
	crossed := strings.Join(specs, ", ")
	switch {
	case row.Regression:
		return "REGRESSION (" + crossed + ")"
	case math.IsNaN(row.P) || math.IsNaN(row.Change):
		return "not compared"
	case !row.Significant && crossed != "":
		return "~ (crossed " + crossed + ", not significant)"
	case !row.Significant:
		return "~"
	case row.Change == 0:
		return "different (same centre)"
	case (row.Change > 0) == row.HigherIsBetter:
		return "better"
	default:
		return "worse"
	}
}
