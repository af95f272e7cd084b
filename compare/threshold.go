package compare

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// ErrBadThreshold marks a --fail-on spec that does not parse.
var ErrBadThreshold = errors.New("bad threshold")

// Threshold is one --fail-on rule (the grammar is in the package doc).
type Threshold struct {
	Spec string // as given
	// Name and Labels select metrics: the name must equal, each label be
	// present with that value.
	Name   string
	Labels map[string]string
	Op     byte    // '<' or '>'
	Amount float64 // signed, in Unit
	Unit   string  // UnitPercent or UnitPoints
}

// Threshold amount units.
const (
	UnitPercent = "%"
	UnitPoints  = "pt"
)

// llamaTokens are llama-bench's test names: the token prefix, the metric
// it stands for and the label its number sets.
var llamaTokens = []struct{ prefix, name, label string }{
	{"pp", "prefill", "p"},
	{"tg", "decode", "n"},
}

var (
	llamaRE = regexp.MustCompile(`^(pp|tg)([0-9]+)(?:@d([0-9]+))?$`)
	nameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)
)

// ParseThreshold reads a --fail-on spec.
func ParseThreshold(spec string) (Threshold, error) {
	bad := func(format string, a ...any) (Threshold, error) {
		return Threshold{}, fmt.Errorf("%w %q: %s", ErrBadThreshold, spec, fmt.Sprintf(format, a...))
	}
	i := strings.IndexAny(spec, "<>")
	if i < 0 {
		return bad("no comparison: want SELECTOR<AMOUNT or SELECTOR>AMOUNT, e.g. tg128<-5%% or acc<-1pt")
	}
	t := Threshold{Spec: spec, Op: spec[i], Labels: map[string]string{}}
	sel, amount := strings.TrimSpace(spec[:i]), strings.TrimSpace(spec[i+1:])
	if strings.ContainsAny(amount, "<>=") {
		return bad("one comparison per spec, < or > (no <= or >=)")
	}
	if sel == "" {
		return bad("no metric before %c", t.Op)
	}
	parts := strings.Split(sel, "/")
	head := strings.TrimSpace(parts[0])
	if m := llamaRE.FindStringSubmatch(head); m != nil {
		for _, tok := range llamaTokens {
			if tok.prefix == m[1] {
				t.Name = tok.name
				t.Labels[tok.label] = trimZeros(m[2])
			}
		}
		if m[3] != "" {
			t.Labels["d"] = trimZeros(m[3])
		}
	} else if nameRE.MatchString(head) {
		t.Name = head
	} else {
		return bad("metric %q: want a name (decode, acc, latency) or a llama-bench token (pp512, tg128, tg128@d4096)", head)
	}
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return bad("label %q: want key=value, e.g. decode/n=128/t=2", p)
		}
		if _, dup := t.Labels[k]; dup {
			return bad("label %s given twice", k)
		}
		t.Labels[k] = v
	}
	switch {
	case strings.HasSuffix(amount, UnitPercent):
		t.Unit = UnitPercent
	case strings.HasSuffix(amount, UnitPoints):
		t.Unit = UnitPoints
	default:
		return bad("amount %q needs a unit: %% (relative change) or pt (accuracy points)", amount)
	}
	num := strings.TrimSpace(strings.TrimSuffix(amount, t.Unit))
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || strings.ContainsAny(num, "eExXpP_") {
		return bad("amount %q is not a number", num)
	}
	t.Amount = v
	return t, nil
}

// trimZeros makes "0128" match a label of "128".
func trimZeros(s string) string {
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return "0"
}

// Matches reports whether the threshold selects backend's metric m.
func (t Threshold) Matches(backend string, m results.Metric) bool {
	if t.Name != m.Name {
		return false
	}
	for k, v := range t.Labels {
		got, ok := m.Labels[k]
		if !ok && k == "backend" {
			got, ok = backend, true
		}
		if !ok || got != v {
			return false
		}
	}
	return true
}

// Crossed reports whether a change, in the threshold's unit, crosses it.
func (t Threshold) Crossed(change float64) bool {
	if math.IsNaN(change) {
		return false
	}
	if t.Op == '<' {
		return change < t.Amount
	}
	return change > t.Amount
}

// String is the selector in canonical form with the rule, for reports.
func (t Threshold) String() string {
	var b strings.Builder
	b.WriteString(t.Name)
	for _, k := range slices.Sorted(maps.Keys(t.Labels)) {
		fmt.Fprintf(&b, "/%s=%s", k, t.Labels[k])
	}
	fmt.Fprintf(&b, "%c%+g%s", t.Op, t.Amount, t.Unit)
	return b.String()
}
