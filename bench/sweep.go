package bench

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// maxValues bounds what one flag's list may expand to: a range like
// 1-1000000 is a typo, not a sweep anyone can wait for.
const maxValues = 1024

// ParseList reads one flag of the sweep grammar llama-bench uses: a comma
// list of items, each a number or a range, every value in [lo, hi]:
//
//	128          one value
//	1-4          1, 2, 3, 4 (step 1)
//	1-16*2       1, 2, 4, 8, 16 (multiplicative; the start must be ≥ 1)
//	0-4096+1024  0, 1024, 2048, 3072, 4096 (additive)
//
// A range stops at the last value ≤ its end. flag names the flag in
// errors ("--p", as the project's other range errors do). Empty items, a start above the end, a step of 0, a factor
// below 2, values out of range, duplicates and more than 1024 values are
// errors, never silently dropped.
func ParseList(flag, spec string, lo, hi int) ([]int, error) {
	if strings.TrimSpace(spec) == "" {
		return nil, fmt.Errorf("%s %q: empty list", flag, spec)
	}
	var out []int
	for _, item := range strings.Split(spec, ",") {
		vals, err := parseItem(strings.TrimSpace(item), lo, hi)
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", flag, spec, err)
		}
		for _, v := range vals {
			if slices.Contains(out, v) {
				// Each value names a metric; two would collide in the record.
				return nil, fmt.Errorf("%s %q: %d is listed twice", flag, spec, v)
			}
			if out = append(out, v); len(out) > maxValues {
				return nil, fmt.Errorf("%s %q: expands to more than %d values", flag, spec, maxValues)
			}
		}
	}
	return out, nil
}

// parseItem expands one item of a list.
func parseItem(item string, lo, hi int) ([]int, error) {
	if item == "" {
		return nil, errors.New("empty item")
	}
	first, rest, isRange := strings.Cut(item, "-")
	if !isRange {
		v, err := parseValue(item, lo, hi)
		if err != nil {
			return nil, err
		}
		return []int{v}, nil
	}
	if first == "" {
		if _, err := strconv.Atoi(rest); err == nil {
			return nil, fmt.Errorf("%s is outside its range [%d, %d]", item, lo, hi)
		}
		return nil, fmt.Errorf("item %q: a range with no start", item)
	}
	a, err := parseValue(first, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("item %q: %w", item, err)
	}
	last, op, step := rest, byte('+'), "1"
	if i := strings.IndexAny(rest, "+*"); i >= 0 {
		last, op, step = rest[:i], rest[i], rest[i+1:]
	}
	b, err := parseValue(last, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("item %q: range end: %w", item, err)
	}
	if a > b {
		return nil, fmt.Errorf("item %q: start %d is above end %d", item, a, b)
	}
	s, err := strconv.Atoi(step)
	switch {
	case err != nil:
		return nil, fmt.Errorf("item %q: step %q is not a whole number", item, step)
	case op == '+' && s <= 0:
		return nil, fmt.Errorf("item %q: step %d: want ≥ 1", item, s)
	case op == '*' && s < 2:
		return nil, fmt.Errorf("item %q: factor %d: want ≥ 2 (a factor of 1 never reaches the end)", item, s)
	case op == '*' && a < 1:
		return nil, fmt.Errorf("item %q: a multiplicative range must start at 1 or more, not %d", item, a)
	}
	var out []int
	for v := a; v <= b; {
		if out = append(out, v); len(out) > maxValues {
			return nil, fmt.Errorf("item %q expands to more than %d values", item, maxValues)
		}
		// Stop before the next value would overflow: b ≤ hi bounds it.
		if op == '+' {
			if v > b-s {
				break
			}
			v += s
		} else {
			if v > b/s {
				break
			}
			v *= s
		}
	}
	return out, nil
}

// parseValue reads one decimal value in [lo, hi].
func parseValue(s string, lo, hi int) (int, error) {
	v, err := strconv.ParseInt(s, 10, 64)
	var ne *strconv.NumError
	switch {
	case errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange):
		return 0, fmt.Errorf("%q overflows", s)
	case err != nil:
		return 0, fmt.Errorf("%q is not a whole number", s)
	case v < int64(lo) || v > int64(hi) || v > math.MaxInt:
		return 0, fmt.Errorf("%d is outside its range [%d, %d]", v, lo, hi)
	}
	return int(v), nil
}

// ListFlag is a flag.Value for one sweep flag: the grammar of ParseList,
// and a flag given twice (-p 128 -p 512) appends, as in llama-bench.
type ListFlag struct {
	Name   string // "--p", for errors
	Lo, Hi int
	Values []int
	isSet  bool
}

// Alias is the same list under another flag name (--threads for -t),
// whose errors name it.
func (f *ListFlag) Alias(name string) flag.Value { return alias{f, name} }

type alias struct {
	*ListFlag
	name string
}

func (a alias) Set(spec string) error { return a.set(a.name, spec) }

// NewListFlag is a ListFlag holding def until the flag is first set.
func NewListFlag(name string, lo, hi int, def ...int) *ListFlag {
	return &ListFlag{Name: name, Lo: lo, Hi: hi, Values: def}
}

func (f *ListFlag) String() string {
	if f == nil {
		return ""
	}
	s := make([]string, len(f.Values))
	for i, v := range f.Values {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, ",")
}

// Set parses one occurrence of the flag.
func (f *ListFlag) Set(spec string) error { return f.set(f.Name, spec) }

func (f *ListFlag) set(name, spec string) error {
	v, err := ParseList(name, spec, f.Lo, f.Hi)
	if err != nil {
		return err
	}
	if !f.isSet {
		f.Values, f.isSet = nil, true
	}
	for _, x := range v {
		if slices.Contains(f.Values, x) {
			return fmt.Errorf("%s: %d is listed twice", name, x)
		}
	}
	f.Values = append(f.Values, v...)
	return nil
}
