package report

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/compare"
	"github.com/gemma-bench/gemma-bench/results"
)

// view is what the template reads: everything formatted here, so the
// template holds layout only.
type view struct {
	Title       string
	Runs        []runV
	Baseline    *runV
	Comparisons []comparisonView
	Charts      []chartView
}

type runV struct {
	ID, Source, Href       string
	Kind, Model, Weights   string
	Start, Duration        string
	Commit, Build          string
	Tasks                  string
	Host                   []kv
	Backends               []backendView
	BackendNames, CPUShort string
}

type kv struct{ Key, Value string }

type backendView struct {
	Name      string
	Options   string
	Metrics   []metricView
	Agreement string
	Errors    []string
}

type metricView struct {
	Key, Value, Interval, N, Limit, Basis string
}

type comparisonView struct {
	Run        string
	Error      string
	Summary    string
	Regression bool
	Metrics    compare.Table
	Drift      compare.Table
	Lines      []string
}

type chartView struct {
	Kind, PNG, SVG, Caption string
}

var funcs = template.FuncMap{}

func runView(r Run, href string) runV {
	rec := r.Record
	v := runV{
		ID: rec.RunID, Source: r.Source, Href: href, Kind: rec.Kind,
		Model:    fmt.Sprintf("%s (%s, %s params, %s)", rec.Model.Name, orDash(rec.Model.Arch), params(rec.Model.Params), shortFP(rec.Model.Fingerprint)),
		Weights:  orDash(rec.Model.Weights) + dtypeSuffix(rec.Model.DType),
		Start:    rec.Start.UTC().Format("2006-01-02 15:04:05 UTC"),
		Duration: rec.End.Sub(rec.Start).Round(10 * time.Millisecond).String(),
		Commit:   orDash(short(rec.Build.Commit, 12)),
		Build:    strings.TrimSpace(fmt.Sprintf("%s %s %s", rec.Build.Module, rec.Build.Version, rec.Build.GoVersion)),
		CPUShort: fmt.Sprintf("%s, %d cores", orDash(rec.Host.CPU), rec.Host.Cores),
	}
	if rec.Build.Modified {
		v.Commit += " (modified)"
	}
	var tasks []string
	for _, t := range rec.Tasks {
		tasks = append(tasks, fmt.Sprintf("%s (%d-shot, %d docs)", t.Name, t.NShot, t.Docs))
	}
	v.Tasks = orDash(strings.Join(tasks, ", "))
	h := rec.Host
	v.Host = []kv{{"CPU", orDash(h.CPU)}, {"cores", fmt.Sprint(h.Cores)}, {"memory", bytesText(h.MemBytes)},
		{"OS / arch", h.OS + "/" + h.Arch}, {"kernel", orDash(h.Kernel)}, {"hostname", orDash(h.Hostname)},
		{"CPU flags", orDash(strings.Join(h.CPUFlags, " "))}}
	for _, a := range h.Accelerators {
		keys := make([]string, 0, len(a))
		for k := range a {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+"="+a[k])
		}
		v.Host = append(v.Host, kv{"accelerator", strings.Join(parts, " ")})
	}
	if rec.Tokenizer != nil {
		v.Host = append(v.Host, kv{"tokenizer", fmt.Sprintf("%+v", *rec.Tokenizer)})
	}
	v.Host = append(v.Host, kv{"build", orDash(v.Build)}, kv{"commit", v.Commit})
	var names []string
	for _, b := range rec.Backends {
		bv := backendView{Name: b.Name, Options: orDash(options(b.Options)), Errors: b.Errors}
		names = append(names, b.Name+optSuffix(b.Options))
		if b.Agreement != nil {
			a := b.Agreement
			bv.Agreement = fmt.Sprintf("max |Δlogit| %.3g, rel %.3g, KL %.3g (max %.3g), top-1 %.1f%%, non-finite %d, over %s (%d rows)",
				a.MaxAbs, a.RelErr, a.KL, a.MaxKL, 100*a.Top1, a.NonFinite, a.Over, a.Rows)
		}
		for _, m := range b.Metrics {
			bv.Metrics = append(bv.Metrics, metricRow(m))
		}
		v.Backends = append(v.Backends, bv)
	}
	v.BackendNames = strings.Join(names, ", ")
	return v
}

func metricRow(m results.Metric) metricView {
	s := m.Summary
	mv := metricView{Key: m.Key(), N: fmt.Sprint(s.N), Limit: "—"}
	if m.Unit == results.UnitAcc {
		mv.Value = fmt.Sprintf("%.2f%%", 100*s.Center)
		mv.Interval = fmt.Sprintf("±%.2f (stderr)", 100*(s.Hi-s.Lo)/2)
	} else {
		mv.Value = num(s.Center) + " " + m.Unit
		what := "95% CI"
		if s.Stat == "mean" {
			what = "± stderr"
		}
		mv.Interval = fmt.Sprintf("[%s, %s] %s", num(s.Lo), num(s.Hi), what)
	}
	if l := m.Limit; l != nil {
		mv.Limit = fmt.Sprintf("%.0f%% of %s", 100*l.Fraction, num(l.Value))
		mv.Basis = l.Basis
	}
	return mv
}

func options(o map[string]string) string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + o[k]
	}
	return strings.Join(parts, " ")
}

// optSuffix names what tells apart two runs of one backend.
func optSuffix(o map[string]string) string {
	var parts []string
	for _, k := range []string{"math", "kernels", "device"} {
		if v := o[k]; v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, " ") + ")"
}

func num(v float64) string {
	if a := math.Abs(v); a != 0 && (a < 1e-3 || a >= 1e6) {
		return fmt.Sprintf("%.3e", v)
	}
	return fmt.Sprintf("%.4g", v)
}

func params(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2fB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n > 0:
		return fmt.Sprint(n)
	}
	return "?"
}

func bytesText(n int64) string {
	if n <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}

func dtypeSuffix(d string) string {
	if d == "" {
		return ""
	}
	return " (stored " + d + ")"
}

func shortFP(fp string) string { return "fingerprint " + short(fp, 12) }

func short(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
