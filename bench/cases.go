package bench

import (
	"fmt"
	"strconv"
)

// Kind is what a case measures.
type Kind int

const (
	// Prefill is one prompt of Tokens tokens in as few steps as the
	// runner's chunk allows, after Depth tokens already in the cache.
	Prefill Kind = iota
	// Decode is Tokens steps of Batch sequences × one token each, from
	// an empty cache or after a prefill of Depth tokens (every sequence
	// sharing that prefix).
	Decode
)

// Metric names in the record, one per kind.
const (
	MetricPrefill = "prefill"
	MetricDecode  = "decode"
)

func (k Kind) String() string {
	if k == Prefill {
		return MetricPrefill
	}
	return MetricDecode
}

// Case is one measured configuration of a backend and thread count.
type Case struct {
	Kind   Kind
	Tokens int // prompt tokens (prefill) or decode steps (decode)
	Batch  int // sequences per decode step; 1 for prefill
	Depth  int // tokens in the cache before the timed part
}

// Test is llama-bench's name for the case: "pp512", "tg128",
// "tg128@d4096". The batch is not in it: tables give it a column.
func (c Case) Test() string {
	s := "pp" + strconv.Itoa(c.Tokens)
	if c.Kind == Decode {
		s = "tg" + strconv.Itoa(c.Tokens)
	}
	if c.Depth > 0 {
		s += "@d" + strconv.Itoa(c.Depth)
	}
	return s
}

// String names the case in messages: Test, and the batch when it is not 1.
func (c Case) String() string {
	if c.Batch > 1 {
		return fmt.Sprintf("%s b=%d", c.Test(), c.Batch)
	}
	return c.Test()
}

// Positions is how many cache positions the case needs per sequence.
func (c Case) Positions() int { return c.Depth + c.Tokens }

// TokensPerRun is what one repetition produces: the rate's numerator.
func (c Case) TokensPerRun() int { return c.Tokens * max(c.Batch, 1) }

// Labels are the case's metric labels (threads added by the runner): p,
// d for a prefill; n, b, d for a decode. Every label is always present so
// that a metric's key does not change with the sweep around it.
func (c Case) Labels(threads int) map[string]string {
	l := map[string]string{"d": strconv.Itoa(c.Depth), "t": strconv.Itoa(threads)}
	if c.Kind == Prefill {
		l["p"] = strconv.Itoa(c.Tokens)
	} else {
		l["n"] = strconv.Itoa(c.Tokens)
		l["b"] = strconv.Itoa(c.Batch)
	}
	return l
}

// Sweep is the grammar's product: what to run on every backend and
// thread count.
type Sweep struct {
	Prompts []int // -p: prompt lengths; 0 entries are skipped
	Gens    []int // -n: decode steps; 0 entries are skipped
	Batches []int // -b: sequences per decode step (≥ 1)
	Depths  []int // -d: tokens already in the cache (≥ 0)
}

// Cases lists the sweep's cases in run order: every prefill (by depth,
// then length), then every decode (by depth, batch, then steps). Backends
// and thread counts are the outer loops, in Run.
func (s Sweep) Cases() []Case {
	depths := s.Depths
	if len(depths) == 0 {
		depths = []int{0}
	}
	batches := s.Batches
	if len(batches) == 0 {
		batches = []int{1}
	}
	var out []Case
	for _, d := range depths {
		for _, p := range s.Prompts {
			if p > 0 {
				out = append(out, Case{Kind: Prefill, Tokens: p, Batch: 1, Depth: d})
			}
		}
	}
	for _, d := range depths {
		for _, b := range batches {
			for _, n := range s.Gens {
				if n > 0 {
					out = append(out, Case{Kind: Decode, Tokens: n, Batch: b, Depth: d})
				}
			}
		}
	}
	return out
}
