package plots

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// caseSet gathers the cases of a bar panel, one per metric key, in the
// order the records list them.
type caseSet struct {
	keys   []string
	name   map[string]string
	labels map[string]map[string]string
}

func newCaseSet() *caseSet {
	return &caseSet{name: map[string]string{}, labels: map[string]map[string]string{}}
}

// add records m's case and returns its key.
func (cs *caseSet) add(m *results.Metric) string {
	k := m.Key()
	if _, ok := cs.name[k]; !ok {
		cs.keys = append(cs.keys, k)
		cs.name[k], cs.labels[k] = m.Name, m.Labels
	}
	return k
}

// layout orders the cases and names them. Cases stay grouped by metric
// name (in first-appearance order); within a name they are sorted by
// their varying labels where all of those are numbers (a sweep reads
// left to right whatever order it ran in), else kept in record order.
// Ticks use llama-bench's shorthand: pp512, tg128, @d4096 for a depth,
// then the other labels that vary; common lists the labels every case
// shares, for the title.
func (cs *caseSet) layout() (keys, ticks []string, common string) {
	varying, same := cs.split()
	names := []string{}
	for _, k := range cs.keys {
		if !slices.Contains(names, cs.name[k]) {
			names = append(names, cs.name[k])
		}
	}
	order := sortOrder(varying)
	for _, n := range names {
		var group []string
		for _, k := range cs.keys {
			if cs.name[k] == n {
				group = append(group, k)
			}
		}
		if cs.numeric(group, order) {
			slices.SortStableFunc(group, func(a, b string) int {
				for _, l := range order {
					x, _ := strconv.ParseFloat(cs.labels[a][l], 64)
					y, _ := strconv.ParseFloat(cs.labels[b][l], 64)
					if x != y {
						if x < y {
							return -1
						}
						return 1
					}
				}
				return 0
			})
		}
		keys = append(keys, group...)
	}
	for _, k := range keys {
		ticks = append(ticks, cs.tick(k, varying, len(names) > 1))
	}
	var parts []string
	for _, l := range same {
		if l != "p" && l != "n" { // already in every tick
			parts = append(parts, l+"="+cs.labels[cs.keys[0]][l])
		}
	}
	return keys, ticks, strings.Join(parts, ", ")
}

// split sorts the label keys into those that vary between the cases (in
// value or presence) and those every case has alike.
func (cs *caseSet) split() (varying map[string]bool, same []string) {
	all := map[string]bool{}
	for _, k := range cs.keys {
		for l := range cs.labels[k] {
			all[l] = true
		}
	}
	varying = map[string]bool{}
	for l := range all {
		v0, ok0 := cs.labels[cs.keys[0]][l]
		for _, k := range cs.keys[1:] {
			if v, ok := cs.labels[k][l]; ok != ok0 || v != v0 {
				varying[l] = true
				break
			}
		}
		if !varying[l] {
			same = append(same, l)
		}
	}
	slices.Sort(same)
	return varying, same
}

// sortOrder is the sweep's order of significance, then the rest by name.
func sortOrder(varying map[string]bool) []string {
	var out []string
	for _, l := range []string{"p", "n", "d", "b", "t"} {
		if varying[l] {
			out = append(out, l)
		}
	}
	var rest []string
	for l := range varying {
		if !slices.Contains(out, l) {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// numeric says every case of group has every varying label as a number.
func (cs *caseSet) numeric(group, order []string) bool {
	if len(order) == 0 {
		return false
	}
	for _, k := range group {
		for _, l := range order {
			v, ok := cs.labels[k][l]
			if !ok {
				return false
			}
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				return false
			}
		}
	}
	return true
}

// tick names case k: the pp/tg shorthand (or the metric's name where
// several share the panel), a varying depth as @dN, then the other
// varying labels.
func (cs *caseSet) tick(k string, varying map[string]bool, manyNames bool) string {
	l := cs.labels[k]
	head := ""
	switch {
	case l["p"] != "":
		head = "pp" + l["p"]
	case l["n"] != "":
		head = "tg" + l["n"]
	case manyNames || len(varying) == 0:
		head = strings.TrimSuffix(cs.name[k], "_throughput")
	}
	if d, ok := l["d"]; ok && varying["d"] && head != "" {
		head += "@d" + d
	}
	parts := []string{}
	if head != "" {
		parts = append(parts, head)
	}
	for _, lk := range sortOrder(varying) {
		v, ok := l[lk]
		if !ok || lk == "p" || lk == "n" || (lk == "d" && head != "") {
			continue
		}
		if lk == "task" {
			parts = append(parts, v)
		} else {
			parts = append(parts, lk+"="+v)
		}
	}
	return strings.Join(parts, " ")
}
