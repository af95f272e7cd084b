package tasks

import (
	"fmt"
	"strings"
)

// Few-shot prompt assembly shared by the multiple-choice and generation
// tasks, as lm-eval's ConfigurableTask.fewshot_context renders plain text (no
// chat template, no system instruction, no gen_prefix):
//
//	description + Σ shots (question + target_delim + answer + fewshot_delim) + question

// mcPrompt holds the text that surrounds items.
type mcPrompt struct {
	description  string
	targetDelim  string
	fewshotDelim string
}

// shot is one solved few-shot example: question turn, answer, and the content
// key used to keep an eval doc out of its own shots.
type shot struct{ q, a, key string }

// prefix renders the description and the shots.
func (p mcPrompt) prefix(shots []shot) string {
	var b strings.Builder
	b.WriteString(p.description)
	for _, s := range shots {
		b.WriteString(s.q)
		b.WriteString(p.targetDelim)
		b.WriteString(s.a)
		b.WriteString(p.fewshotDelim)
	}
	return b.String()
}

// fewshot draws shots first_n from a pool, lm-eval's FirstNSampler.
type fewshot struct {
	prompt mcPrompt
	pool   []shot
	// samePool: the pool is the eval split, so each doc is removed from its
	// own shots (lm-eval passes eval_doc to the sampler in that case).
	samePool bool
}

// check fails when fewer than n shots can be drawn.
func (f fewshot) check(task string, n int) error {
	avail := len(f.pool)
	if f.samePool {
		avail--
	}
	if n > avail {
		return fmt.Errorf("tasks: %s: %d few-shot examples requested, %d available", task, n, max(avail, 0))
	}
	return nil
}

// prefixes returns a function giving the prefix for a doc key. With a
// separate few-shot split it returns one string for every doc, so the shared
// prefix is literally shared and a runner may key its cache on it.
func (f fewshot) prefixes(n int) func(key string) (string, error) {
	shared := f.prompt.prefix(f.pool[:min(n, len(f.pool))])
	if !f.samePool || n == 0 {
		return func(string) (string, error) { return shared, nil }
	}
	return func(key string) (string, error) {
		out := make([]shot, 0, n)
		for _, p := range f.pool {
			if len(out) == n {
				break
			}
			// Like lm-eval's rm_eval_doc, drop every copy of the doc, so a
			// duplicated row can leave fewer shots than asked: an error, not
			// a silently shorter prompt.
			if p.key != key {
				out = append(out, p)
			}
		}
		if len(out) < n {
			return "", fmt.Errorf("tasks: %d few-shot examples requested, %d left after removing the doc's duplicates", n, len(out))
		}
		return f.prompt.prefix(out), nil
	}
}
