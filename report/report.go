// Package report writes the static HTML report of one or more runs: the
// charts of package plots, the runs' metric and agreement tables, the
// environment each ran in, the comparison against a baseline, and the raw
// records, linked. The page is html/template with inline CSS, no script
// and no absolute link, so it reads the same opened from disk as served
// from a bucket.
package report

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/compare"
	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
	"github.com/gemma-bench/gemma-bench/plots"
	"github.com/gemma-bench/gemma-bench/results"
)

// Run is one record in a report and where it was read from.
type Run struct {
	// Source is the path or store URL the record came from; shown, never
	// linked (it may be a local path of another machine).
	Source string
	Record *results.Record
}

// Options shape a report.
type Options struct {
	// Title heads the page; empty: one naming the models.
	Title string
	// Baseline, when set, is compared with every run (compare.Compare).
	Baseline *Run
	Compare  compare.Options
	// History feeds the trend chart (a store's runs, oldest first); empty:
	// the runs themselves.
	History []Run
	// Charts are the chart kinds drawn, in order; nil: plots.Kinds.
	Charts []plots.Kind
}

// Result says what Write produced.
type Result struct {
	Dir    string
	Index  string   // the page, Dir/index.html
	Charts []string // chart files, relative to Dir
	// Comparisons against the baseline, one per run (nil where the two
	// could not be compared; the page says why).
	Comparisons []*compare.Report
	// Regressions counts the runs whose comparison found one.
	Regressions int
}

// IndexFile is the page's name in the report directory; marker is what a
// directory must hold to be replaced by a new report.
const (
	IndexFile = "index.html"
	marker    = ".gemma-bench-report"
)

//go:embed report.html.tmpl
var pageTemplate string

var page = template.Must(template.New("report").Funcs(funcs).Parse(pageTemplate))

// Write renders the report into dir. It builds the whole report in a
// sibling directory and swaps it in at the end, so an interrupted Write
// never leaves a half-written report under dir. A dir that exists must be
// empty or an earlier report (it holds the marker file): anything else is
// refused rather than replaced.
func Write(dir string, runs []Run, opt Options) (*Result, error) {
	if len(runs) == 0 {
		return nil, errors.New("report: no runs")
	}
	for i, r := range runs {
		if r.Record == nil {
			return nil, fmt.Errorf("report: run %d (%s): no record", i+1, r.Source)
		}
		if err := r.Record.Validate(); err != nil {
			return nil, fmt.Errorf("report: %s: %w", r.Source, err)
		}
	}
	if err := checkReplaceable(dir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	defer os.RemoveAll(tmp) // after a successful swap it no longer exists

	res := &Result{Dir: dir, Index: filepath.Join(dir, IndexFile)}
	v, err := build(tmp, runs, opt, res)
	if err != nil {
		return nil, err
	}
	var html bytes.Buffer
	if err := page.Execute(&html, v); err != nil {
		return nil, fmt.Errorf("report: rendering the page: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(tmp, IndexFile), html.Bytes()); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(tmp, marker), []byte("written by gemma-bench report; the directory may be replaced by the next report\n")); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if err := swap(tmp, dir); err != nil {
		return nil, err
	}
	return res, nil
}

// checkReplaceable refuses to replace a directory that is neither empty
// nor an earlier report.
func checkReplaceable(dir string) error {
	ents, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("report: %w", err)
	case len(ents) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
		return fmt.Errorf("report: %s is not empty and holds no earlier report (no %s): not replacing it", dir, marker)
	}
	return nil
}

// swap puts the finished report at dir, moving an earlier one aside first
// and removing it after.
func swap(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("report: moving the earlier report aside: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return fmt.Errorf("report: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// build writes the charts and raw records into tmp and returns the page's
// data.
func build(tmp string, runs []Run, opt Options, res *Result) (*view, error) {
	recs := make([]*results.Record, len(runs))
	for i, r := range runs {
		recs[i] = r.Record
	}
	v := &view{Title: opt.Title}
	if v.Title == "" {
		v.Title = "gemma-bench report: " + strings.Join(modelNames(recs), ", ")
	}

	// Raw records first: every other section links to them.
	if err := os.MkdirAll(filepath.Join(tmp, "records"), 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	used := map[string]bool{}
	link := func(r Run, role string) (string, error) {
		name := "records/" + uniqueName(used, role+"-"+safeName(r.Record.RunID)) + ".json"
		b, err := json.MarshalIndent(r.Record, "", "  ")
		if err != nil {
			return "", fmt.Errorf("report: %s: %w", r.Source, err)
		}
		if err := atomicfile.WriteFile(filepath.Join(tmp, filepath.FromSlash(name)), append(b, '\n')); err != nil {
			return "", fmt.Errorf("report: %w", err)
		}
		return name, nil
	}
	for i, r := range runs {
		href, err := link(r, fmt.Sprintf("run%d", i+1))
		if err != nil {
			return nil, err
		}
		v.Runs = append(v.Runs, runView(r, href))
	}
	if b := opt.Baseline; b != nil {
		if b.Record == nil {
			return nil, errors.New("report: baseline: no record")
		}
		if err := b.Record.Validate(); err != nil {
			return nil, fmt.Errorf("report: baseline %s: %w", b.Source, err)
		}
		href, err := link(*b, "baseline")
		if err != nil {
			return nil, err
		}
		bv := runView(*b, href)
		v.Baseline = &bv
		for i, r := range runs {
			cv := comparisonView{Run: v.Runs[i].ID}
			rep, err := compare.Compare(b.Record, r.Record, opt.Compare)
			if err != nil {
				cv.Error = err.Error()
			} else {
				rep.BaseName, rep.NewName = b.Source, r.Source
				cv.Summary = rep.Summary()
				cv.Regression = len(rep.Regressions()) > 0
				cv.Metrics = rep.MetricTable()
				cv.Drift = rep.DriftTable()
				cv.Lines = rep.Lines()
				if cv.Regression {
					res.Regressions++
				}
			}
			res.Comparisons = append(res.Comparisons, rep)
			v.Comparisons = append(v.Comparisons, cv)
		}
	}

	kinds := opt.Charts
	if kinds == nil {
		kinds = plots.Kinds
	}
	if err := os.MkdirAll(filepath.Join(tmp, "charts"), 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	for _, k := range kinds {
		in := recs
		if k == plots.Trend && len(opt.History) > 0 {
			in = make([]*results.Record, len(opt.History))
			for i, h := range opt.History {
				in[i] = h.Record
			}
		}
		c := chartView{Kind: string(k), PNG: "charts/" + string(k) + ".png", SVG: "charts/" + string(k) + ".svg", Caption: captions[k]}
		for _, f := range []string{c.PNG, c.SVG} {
			if err := plots.WriteFile(filepath.Join(tmp, filepath.FromSlash(f)), k, in, plots.Options{}); err != nil {
				return nil, fmt.Errorf("report: chart %s: %w", k, err)
			}
			res.Charts = append(res.Charts, f)
		}
		v.Charts = append(v.Charts, c)
	}
	return v, nil
}

// captions say what each chart shows and how to read it.
var captions = map[plots.Kind]string{
	plots.Throughput: "Throughput per backend and case (median, whiskers: 95% confidence interval).",
	plots.Batch:      "Decode throughput against batch size.",
	plots.Roofline:   "Prefill and decode as a percentage of the machine's limit (matmul peak, read bandwidth) per backend and weight format.",
	plots.Latency:    "Latency distributions: time to first token, per-token decode step and per-request latency (empirical CDF).",
	plots.Accuracy:   "Accuracy per backend for MMLU and lm-eval's four categories (or per task), ± one standard error.",
	plots.Drift:      "Numerical agreement of each backend with the reference backend: max |Δlogit| and KL divergence.",
	plots.Trend:      "Headline metrics over the runs, oldest first.",
}

func modelNames(recs []*results.Record) []string {
	var out []string
	for _, r := range recs {
		if !slices.Contains(out, r.Model.Name) {
			out = append(out, r.Model.Name)
		}
	}
	return out
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// safeName makes a run id a file name (ids may hold slashes).
func safeName(id string) string {
	s := strings.Trim(unsafeChars.ReplaceAllString(id, "_"), "._")
	if s == "" {
		s = "run"
	}
	return s
}

func uniqueName(used map[string]bool, s string) string {
	name := s
	for i := 2; used[name]; i++ {
		name = fmt.Sprintf("%s-%d", s, i)
	}
	used[name] = true
	return name
}
