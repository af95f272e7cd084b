package bench

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// CSVHeader is the first line of -o csv: one row per metric, its samples
// last, separated by spaces.
var CSVHeader = []string{"run_id", "model", "weights", "backend", "options", "metric", "test",
	"p", "n", "b", "d", "t", "unit", "higher_is_better", "n_samples", "median", "lo", "hi",
	"limit", "limit_fraction", "limit_basis", "samples"}

// fmtFloat prints the shortest representation that reads back to the
// same bits.
func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// optionString is a backend's options as sorted k=v pairs joined by ';'.
func optionString(o map[string]string) string {
	kv := make([]string, 0, len(o))
	for k, v := range o {
		kv = append(kv, k+"="+v)
	}
	sort.Strings(kv)
	return strings.Join(kv, ";")
}

func renderCSV(w io.Writer, recs []*results.Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, r := range rowsOf(recs) {
		m := r.m
		samples := make([]string, len(m.Samples))
		for i, v := range m.Samples {
			samples[i] = fmtFloat(v)
		}
		var lim, frac, basis string
		if m.Limit != nil {
			lim, frac, basis = fmtFloat(m.Limit.Value), fmtFloat(m.Limit.Fraction), m.Limit.Basis
		}
		rec := []string{r.rec.RunID, r.rec.Model.Name, r.rec.Model.Weights, r.br.Name, optionString(r.br.Options),
			m.Name, TestName(m), m.Labels["p"], m.Labels["n"], m.Labels["b"], m.Labels["d"], m.Labels["t"],
			m.Unit, strconv.FormatBool(m.HigherIsBetter), strconv.Itoa(m.Summary.N),
			fmtFloat(m.Summary.Center), fmtFloat(m.Summary.Lo), fmtFloat(m.Summary.Hi),
			lim, frac, basis, strings.Join(samples, " ")}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// JSONLine is one line of -o jsonl: a metric with the run, model and
// backend it belongs to.
type JSONLine struct {
	RunID   string            `json:"run_id"`
	Model   string            `json:"model"`
	Weights string            `json:"weights"`
	Backend string            `json:"backend"`
	Options map[string]string `json:"options,omitempty"`
	results.Metric
}

func renderJSONL(w io.Writer, recs []*results.Record) error {
	enc := json.NewEncoder(w)
	for _, r := range rowsOf(recs) {
		l := JSONLine{RunID: r.rec.RunID, Model: r.rec.Model.Name, Weights: r.rec.Model.Weights,
			Backend: r.br.Name, Options: r.br.Options, Metric: *r.m}
		if err := enc.Encode(l); err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
	}
	return nil
}

// BenchName is a metric's Go benchmark name without the -N suffix:
// "Decode/backend=simd/kernels=avx2/…/model=gemma-2b/n=128", the
// backend's options after its name (all but threads: the suffix has
// them), then the model, the weight format unless stored, then the case;
// a depth of 0 and a batch of 1 are left out, as the defaults.
func BenchName(rec *results.Record, br *results.BackendRun, m *results.Metric) string {
	var b strings.Builder
	switch m.Name {
	case MetricPrefill:
		b.WriteString("Prefill")
	case MetricDecode:
		b.WriteString("Decode")
	default:
		b.WriteString(benchPart(strings.ToUpper(m.Name[:1]) + m.Name[1:]))
	}
	part := func(k, v string) { fmt.Fprintf(&b, "/%s=%s", benchPart(k), benchPart(v)) }
	part("backend", br.Name)
	keys := make([]string, 0, len(br.Options))
	for k := range br.Options {
		if k != "threads" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		part(k, br.Options[k])
	}
	part("model", rec.Model.Name)
	if w := rec.Model.Weights; w != "" && w != "stored" {
		part("weights", w)
	}
	labels := make([]string, 0, len(m.Labels))
	for k := range m.Labels {
		labels = append(labels, k)
	}
	// The case's sizes in llama-bench's order, then anything else.
	order := map[string]int{"p": 0, "n": 1, "b": 2, "d": 3}
	sort.Slice(labels, func(i, j int) bool {
		oi, iok := order[labels[i]]
		oj, jok := order[labels[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return labels[i] < labels[j]
	})
	for _, k := range labels {
		v := m.Labels[k]
		if k == "t" || (k == "d" && v == "0") || (k == "b" && v == "1") {
			continue
		}
		part(k, v)
	}
	return b.String()
}

// benchPart keeps a name part inside benchfmt's grammar: no spaces (they
// end the name), no '/' or '=' (they split it).
func benchPart(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '/', '=':
			return '_'
		}
		return r
	}, s)
}

// renderBenchfmt writes the Go benchmark format benchstat reads: per
// record the goos/goarch/cpu header, then one line per raw sample with the
// repetition's time (ns/op) and its rate.
func renderBenchfmt(w io.Writer, recs []*results.Record) error {
	bw := bufio.NewWriter(w)
	for i, rec := range recs {
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "goos: %s\ngoarch: %s\ncpu: %s\n", benchValue(rec.Host.OS), benchValue(rec.Host.Arch), benchValue(rec.Host.CPU))
		units := map[string]bool{}
		for _, r := range rowsOf([]*results.Record{rec}) {
			m := r.m
			if !units[m.Unit] {
				units[m.Unit] = true
				better := "lower"
				if m.HigherIsBetter {
					better = "higher"
				}
				fmt.Fprintf(bw, "Unit %s better=%s assume=nothing\n", m.Unit, better)
			}
			name := "Benchmark" + BenchName(rec, r.br, m)
			if t := m.Labels["t"]; t != "" {
				name += "-" + t
			}
			tokens := tokensOf(m)
			for _, v := range m.Samples {
				if tokens > 0 && m.Unit == "tok/s" && v > 0 {
					fmt.Fprintf(bw, "%s\t1\t%.0f ns/op\t%s %s\n", name, float64(tokens)/v*1e9, fmtFloat(v), m.Unit)
				} else {
					fmt.Fprintf(bw, "%s\t1\t%s %s\n", name, fmtFloat(v), m.Unit)
				}
			}
		}
	}
	return bw.Flush()
}

// benchValue is a file-configuration value on one line.
func benchValue(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// tokensOf is a bench metric's tokens per repetition, 0 if it is not one.
func tokensOf(m *results.Metric) int {
	atoi := func(k string) int {
		v, _ := strconv.Atoi(m.Labels[k])
		return v
	}
	switch m.Name {
	case MetricPrefill:
		return atoi("p")
	case MetricDecode:
		return atoi("n") * max(atoi("b"), 1)
	}
	return 0
}
