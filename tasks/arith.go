package tasks

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ArithVersion changes whenever the generator or the prompt changes, so old
// arith scores are never compared with new ones.
const ArithVersion = "1.0"

// arithPool is how many solved examples the few-shot pool holds.
const arithPool = 10

// ArithConfig configures the built-in synthetic task.
type ArithConfig struct {
	Seed uint64 // any value, 0 included
	N    int    // evaluation questions; 0 means 200
	// Shots is the default for Docs(-1); 0 means 5, negative means none.
	Shots int
}

// Arith is a built-in multiple-choice arithmetic task generated from a seed,
// so the default run needs no data files. It uses MMLU's prompt format (a
// description, shared first_n shots, "Answer:" and letter continuations),
// which exercises exactly the paths MMLU takes, prefix sharing included.
// Docs are a pure function of (Seed, N): the few-shot pool and the questions
// come from separate streams, so N never changes the shots and question i
// is the same for every N > i.
func Arith(cfg ArithConfig) (Task, error) {
	n := cfg.N
	if n == 0 {
		n = 200
	}
	if n < 0 {
		return nil, fmt.Errorf("tasks: arith: negative N %d", n)
	}
	shots := cfg.Shots
	switch {
	case shots == 0:
		shots = 5
	case shots < 0:
		shots = 0
	case shots > arithPool:
		return nil, fmt.Errorf("tasks: arith: %d shots, pool holds %d", shots, arithPool)
	}
	gen := func(stream uint64, count int, what string) []mcItem {
		r := splitMix{state: cfg.Seed ^ stream*0x9e3779b97f4a7c15}
		items := make([]mcItem, count)
		for i := range items {
			items[i] = arithItem(&r)
			items[i].source = fmt.Sprintf("arith seed %d %s #%d", cfg.Seed, what, i)
			items[i].key = items[i].source
		}
		return items
	}
	p := mcPrompt{
		description:  "The following are multiple choice questions (with answers) about arithmetic.\n\n",
		targetDelim:  " ",
		fewshotDelim: "\n\n",
	}
	acc := []Metric{{Name: "acc", Filter: "none", Agg: Mean, HigherIsBetter: true}}
	return newMCTask("arith", ArithVersion, p, gen(2, n, "eval"), gen(1, arithPool, "dev"), false, shots, acc), nil
}

// arithItem draws one question: +, - or * on small operands, three distinct
// non-negative near-miss distractors, and the answer at a random letter.
func arithItem(r *splitMix) mcItem {
	var a, b, ans int
	var op string
	switch r.intN(3) {
	case 0:
		a, b, op = 10+r.intN(90), 10+r.intN(90), "+"
		ans = a + b
	case 1:
		a = 10 + r.intN(90)
		b, op = 1+r.intN(a), "-"
		ans = a - b
	default:
		a, b, op = 2+r.intN(18), 2+r.intN(18), "*"
		ans = a * b
	}
	var cands []int
	for _, d := range []int{-10, -2, -1, 1, 2, 10} {
		if v := ans + d; v >= 0 {
			cands = append(cands, v)
		}
	}
	// Fisher-Yates on the candidates, then the first three.
	for i := len(cands) - 1; i > 0; i-- {
		j := r.intN(i + 1)
		cands[i], cands[j] = cands[j], cands[i]
	}
	gold := r.intN(4)
	vals := slices.Insert(slices.Clone(cands[:3]), gold, ans)

	var t strings.Builder
	t.WriteString("What is " + strconv.Itoa(a) + " " + op + " " + strconv.Itoa(b) + "?")
	for i, v := range vals {
		t.WriteString("\n" + mmluLetters[i] + ". " + strconv.Itoa(v))
	}
	t.WriteString("\nAnswer:")
	return mcItem{text: t.String(), choices: []string{"A", "B", "C", "D"}, gold: gold}
}

// splitMix is SplitMix64: tiny, fully specified here, so arith docs stay
// identical across Go releases (math/rand/v2 does not promise that for IntN).
type splitMix struct{ state uint64 }

func (s *splitMix) next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intN is uniform in [0, n) by rejection, so no value is favoured.
func (s *splitMix) intN(n int) int {
	limit := ^uint64(0) - ^uint64(0)%uint64(n)
	for {
		if v := s.next(); v < limit {
			return int(v % uint64(n))
		}
	}
}
