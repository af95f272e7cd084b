package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/compare"
	"github.com/gemma-bench/gemma-bench/plots"
	"github.com/gemma-bench/gemma-bench/report"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

func kindNames() string {
	names := make([]string, len(plots.Kinds))
	for i, k := range plots.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func cmdPlot(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("plot", "plot KIND RUN... -o FILE\n\nKIND is one of "+kindNames()+".\n"+
		"Each RUN is "+refHelp+".\nFILE's extension picks the format: .png, .svg or .pdf.", stdout, stderr)
	out := f.String("o", "", "the chart `file` (.png, .svg or .pdf)")
	last := f.Int("last", 30, "from a whole store, its last N runs (0: all)")
	width := f.Float64("width", 0, "canvas width in inches (0: the default)")
	height := f.Float64("height", 0, "canvas height in inches (0: the default)")
	pos, err := parseInterspersed(f, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		f.Usage()
		return fmt.Errorf("plot: want KIND and at least one run")
	}
	kind := plots.Kind(pos[0])
	if !slices.Contains(plots.Kinds, kind) {
		return fmt.Errorf("plot: unknown kind %q (want one of %s)", pos[0], kindNames())
	}
	if *out == "" {
		return errors.New("plot: -o FILE is required")
	}
	if err := ranges(inRange("plot", "last", *last, 0, 1<<20)); err != nil {
		return err
	}
	if err := checkOutFile("-o", *out); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	runs, err := loadRuns(ctx, pos[1:], *last)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if kind == plots.Trend {
		sortByStart(runs)
	}
	recs := make([]*results.Record, len(runs))
	for i, r := range runs {
		recs[i] = r.Record
	}
	if err := plots.WriteFile(*out, kind, recs, plots.Options{Width: *width, Height: *height}); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if !plots.HasData(kind, recs) {
		fmt.Fprintf(stderr, "plot: these runs hold nothing a %s chart draws; %s says so\n", kind, *out)
	}
	fmt.Fprintf(stderr, "wrote %s (%s chart of %d run(s))\n", *out, kind, len(recs))
	return nil
}

func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("report", "report RUN...|STORE --html DIR [--baseline RUN] [--history STORE]\n\n"+
		"One static HTML page (charts, tables, environments, the comparison with a baseline, links to the\n"+
		"raw records) in DIR, readable opened from disk or served from a bucket. Each RUN is "+refHelp+".", stdout, stderr)
	dir := f.String("html", "", "the report `directory` (new, empty or an earlier report)")
	baseline := f.String("baseline", "", "compare every run with this `run` (same forms as RUN)")
	history := f.String("history", "", "draw the trend chart from this `store`'s runs (default: the runs given)")
	historyPrefix := f.String("history-prefix", "", "with --history: only run ids starting with this")
	last := f.Int("last", 30, "from a whole store (as RUN or --history), its last N runs (0: all)")
	title := f.String("title", "", "the page's title")
	publish := f.String("publish", "", "also upload the report's files to STORE#NAME (served from the bucket as NAME/index.html)")
	force := f.Bool("force", false, "compare runs of different models, tokenizers or tasks with the baseline")
	alpha := f.Float64("alpha", 0.05, "significance level of the comparison")
	var failOn thresholdFlags
	f.Var(&failOn, "fail-on", "mark a significant change past this `threshold` a regression (compare's grammar; repeatable)")
	pos, err := parseInterspersed(f, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		f.Usage()
		return errNoRuns
	}
	if *dir == "" {
		return errors.New("report: --html DIR is required")
	}
	if err := ranges(inRange("report", "last", *last, 0, 1<<20)); err != nil {
		return err
	}
	var pubLoc, pubName string
	if *publish != "" {
		pubLoc, pubName = splitRef(*publish)
		if pubName == "" || pubName == latest {
			return fmt.Errorf("report: --publish %s: want STORE#NAME", *publish)
		}
		if err := store.ValidRunID(pubName); err != nil {
			return fmt.Errorf("report: --publish: %w", err)
		}
	}
	runs, err := loadRuns(ctx, pos, *last)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	opt := report.Options{Title: *title, Compare: compare.Options{Force: *force, Alpha: *alpha, FailOn: failOn}}
	if *baseline != "" {
		b, err := loadOne(ctx, *baseline)
		if err != nil {
			return fmt.Errorf("report: --baseline: %w", err)
		}
		opt.Baseline = &report.Run{Source: b.Source, Record: b.Record}
	}
	if *history != "" {
		h, err := loadRuns(ctx, []string{*history}, 0)
		if err != nil {
			return fmt.Errorf("report: --history: %w", err)
		}
		h = slices.DeleteFunc(h, func(r loadedRun) bool {
			_, id := splitRef(r.Source)
			return !strings.HasPrefix(id, *historyPrefix)
		})
		sortByStart(h)
		if *last > 0 && len(h) > *last {
			h = h[len(h)-*last:]
		}
		for _, r := range h {
			opt.History = append(opt.History, report.Run{Source: r.Source, Record: r.Record})
		}
	}
	in := make([]report.Run, len(runs))
	for i, r := range runs {
		in[i] = report.Run{Source: r.Source, Record: r.Record}
	}
	res, err := report.Write(*dir, in, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "report: %s (%d runs, %d charts)\n", res.Index, len(in), len(res.Charts))
	for i, c := range res.Comparisons {
		if c != nil {
			fmt.Fprintf(stdout, "%s vs baseline: %s\n", in[i].Record.RunID, c.Summary())
		}
	}
	if pubLoc != "" {
		where, err := publishDir(ctx, pubLoc, pubName, *dir)
		if err != nil {
			return fmt.Errorf("report: --publish: %w", err)
		}
		fmt.Fprintf(stderr, "published: %s\n", where)
	}
	fmt.Fprintln(stdout, res.Index)
	return nil
}

// publishDir uploads a report directory's files (not its marker) under
// name. Stored files are immutable, so publishing a changed report under
// a name already used fails with store.ErrConflict: publish each report
// under a name of its own (the run id, a date).
func publishDir(ctx context.Context, loc, name, dir string) (string, error) {
	s, err := store.Open(ctx, loc)
	if err != nil {
		return "", err
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return "", err
	}
	// The page last, so a reader who finds it finds its charts.
	slices.SortFunc(files, func(a, b string) int {
		if (a == report.IndexFile) != (b == report.IndexFile) {
			if a == report.IndexFile {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
	for _, rel := range files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return "", err
		}
		if err := s.Put(ctx, name, rel, b); err != nil {
			return "", err
		}
	}
	return s.String() + "#" + name, nil
}
