package plots

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// series is one backend of one record: what most charts draw a colour of.
type series struct {
	rec, be int    // indices into the records and the record's Backends
	label   string // the backend, unique within its record
	name    string // the legend entry, unique within the figure
	color   int
}

// allSeries lists every backend of every record, grouped by backend label
// in the order labels first appear and then by record, so that one
// backend's bars across runs stand together and keep one colour order.
// A name is the backend's label, with the weight format when the records
// differ in it, and the run when that still leaves two alike.
func allSeries(recs []*results.Record) []series {
	var order []string
	byLabel := map[string][]series{}
	for ri, r := range recs {
		for bi, l := range backendLabels(r.Backends) {
			if _, ok := byLabel[l]; !ok {
				order = append(order, l)
			}
			byLabel[l] = append(byLabel[l], series{rec: ri, be: bi, label: l})
		}
	}
	var out []series
	for _, l := range order {
		out = append(out, byLabel[l]...)
	}
	formats := make([]string, len(recs))
	for i, r := range recs {
		formats[i] = weightFormat(r)
	}
	slices.Sort(formats)
	manyFormats := len(slices.Compact(formats)) > 1
	runs := runNames(recs)
	count := map[string]int{}
	for i := range out {
		s := &out[i]
		s.color = i
		s.name = s.label
		if manyFormats {
			s.name += " " + weightFormat(recs[s.rec])
		}
		count[s.name]++
	}
	for i := range out {
		if s := &out[i]; count[s.name] > 1 {
			s.name += " (" + runs[s.rec] + ")"
		}
	}
	return out
}

// weightFormat is the weights a run computed with: the quantization it
// applied on load, else the stored dtype.
func weightFormat(r *results.Record) string {
	w := r.Model.Weights
	if w == "" || w == "stored" {
		if r.Model.DType != "" {
			return r.Model.DType
		}
		return "stored"
	}
	return w
}

// runNames are the records' run IDs, numbered where two coincide.
func runNames(recs []*results.Record) []string {
	out := make([]string, len(recs))
	seen := map[string]int{}
	for i, r := range recs {
		n := r.RunID
		seen[n]++
		if k := seen[n]; k > 1 {
			n = fmt.Sprintf("%s#%d", n, k)
		}
		out[i] = n
	}
	return out
}

// backendLabels names a record's backends uniquely: a name listed once is
// itself; a name listed several times (simd in both numerics) gets the
// options that differ between its entries ("simd math=exact"), and a
// number where even those agree.
func backendLabels(bes []results.BackendRun) []string {
	byName := map[string][]int{}
	for i, b := range bes {
		byName[b.Name] = append(byName[b.Name], i)
	}
	out := make([]string, len(bes))
	for name, idx := range byName {
		if len(idx) == 1 {
			out[idx[0]] = name
			continue
		}
		diff := differingOptions(bes, idx)
		for _, i := range idx {
			parts := []string{name}
			for _, k := range diff {
				if v, ok := bes[i].Options[k]; ok {
					parts = append(parts, k+"="+v)
				}
			}
			out[i] = strings.Join(parts, " ")
		}
	}
	seen := map[string]int{}
	for i, l := range out {
		seen[l]++
		if k := seen[l]; k > 1 {
			out[i] = fmt.Sprintf("%s#%d", l, k)
		}
	}
	return out
}

// differingOptions are the option keys, sorted, whose value or presence
// is not the same on all the backends idx.
func differingOptions(bes []results.BackendRun, idx []int) []string {
	keys := map[string]bool{}
	for _, i := range idx {
		for k := range bes[i].Options {
			keys[k] = true
		}
	}
	var out []string
	for k := range keys {
		v0, ok0 := bes[idx[0]].Options[k]
		for _, i := range idx[1:] {
			if v, ok := bes[i].Options[k]; ok != ok0 || v != v0 {
				out = append(out, k)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}
