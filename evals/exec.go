package evals

import (
	"context"
	"fmt"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

// A job appends tokens to one sequence slot, optionally after forking the
// first forkLen positions of another slot into it, and asks for the logits
// of some of its rows. Jobs of one wave are independent: forks happen
// before the wave's first step, so a job may fork a slot that an earlier
// wave filled.
type job struct {
	slot             int
	forkSrc, forkLen int // forkLen 0: no fork
	start            int // position of tokens[0]
	tokens           []int32
	logits           []logitRow
	owner            *Response // charged with the rows; may be nil
}

// logitRow is a row whose next-token distribution is needed.
type logitRow struct {
	row     int // index into job.tokens
	targets []target
	// pick, when set, receives the row's argmax (generation).
	pick func(id int32)
}

// target adds log p(tok) to a response's LogProb and clears IsGreedy when
// tok is not the argmax.
type target struct {
	resp *Response
	tok  int32
}

// runWave executes jobs, packing their rows into steps of at most MaxRows
// rows and MaxLogitRows logit rows. A job may span several steps: its rows
// stay in order, and each step writes the KV cache before the next reads it.
func (e *Engine) runWave(ctx context.Context, jobs []job) error {
	for _, j := range jobs {
		if j.start+len(j.tokens) > e.o.CacheLen {
			return fmt.Errorf("evals: internal: %d positions exceed the cache's %d", j.start+len(j.tokens), e.o.CacheLen)
		}
		if j.forkLen > 0 && e.run != nil {
			if err := e.run.CopyPrefix(j.slot, j.forkSrc, j.forkLen); err != nil {
				return fmt.Errorf("evals: %w", err)
			}
		}
	}
	var st stepBuf
	for ji := range jobs {
		j := &jobs[ji]
		next := 0 // next entry of j.logits
		for r, tok := range j.tokens {
			wantLogits := next < len(j.logits) && j.logits[next].row == r
			full := len(st.tokens) == e.o.MaxRows
			if wantLogits {
				nt := len(st.targets) + len(j.logits[next].targets)
				full = full || len(st.rows) == e.o.MaxLogitRows || nt > e.o.MaxLogitRows*model.TargetsPerLogitRow
			}
			if full {
				if err := e.flush(ctx, &st, false); err != nil {
					return err
				}
			}
			st.add(tok, j.start+r, j.slot)
			if wantLogits {
				w := j.logits[next]
				for _, t := range w.targets {
					st.targets = append(st.targets, backends.Target{Row: int32(len(st.rows)), Token: t.tok})
				}
				st.rows = append(st.rows, int32(len(st.tokens)-1))
				st.want = append(st.want, w)
				next++
			}
			if j.owner != nil {
				j.owner.PrefillTokens++
			}
		}
	}
	return e.flush(ctx, &st, false)
}

// stepBuf accumulates one step's rows.
type stepBuf struct {
	tokens, pos, seqs, rows []int32
	targets                 []backends.Target
	want                    []logitRow
}

func (s *stepBuf) add(tok int32, pos, seq int) {
	s.tokens = append(s.tokens, tok)
	s.pos = append(s.pos, int32(pos))
	s.seqs = append(s.seqs, int32(seq))
}

func (s *stepBuf) reset() {
	s.tokens, s.pos, s.seqs, s.rows, s.targets, s.want = s.tokens[:0], s.pos[:0], s.seqs[:0], s.rows[:0], s.targets[:0], s.want[:0]
}

// flush runs the buffered rows as one step and scores the logit rows from
// the step's narrow outputs: the backend returns each target's log-prob
// and whether it is the argmax, and each row's argmax, never whole logits.
// The runner pads the step to its bucket (model.Buckets), so only a
// bounded set of shapes is ever compiled.
func (e *Engine) flush(ctx context.Context, s *stepBuf, decode bool) error {
	n := len(s.tokens)
	if n == 0 {
		return nil
	}
	defer s.reset()
	if e.run == nil {
		for r, tok := range s.tokens {
			if tok < 0 || int(tok) >= e.vocab {
				return fmt.Errorf("evals: %w: token id %d (row %d of a planned step) is outside the model's vocabulary of %d: the tokenizer does not fit this model",
					ErrInput, tok, r, e.vocab)
			}
		}
		sh := model.ShapeFor(n, len(s.rows), len(s.targets), e.o.MaxRows, e.o.MaxLogitRows, e.perOctave)
		if e.shapes != nil {
			e.shapes[sh] = true
		}
		e.countOnly(n, sh.Rows, decode, s.want)
		return ctx.Err()
	}
	st := backends.Step{Tokens: s.tokens, Positions: s.pos, Seqs: s.seqs, LogitRows: s.rows, Targets: s.targets}
	for _, w := range s.want {
		if w.pick != nil {
			st.Want |= backends.WantArgmax
		}
	}
	if len(s.targets) > 0 {
		st.Want |= backends.WantTargets
	}
	before := e.run.Stats().PaddingRows
	t0 := time.Now()
	out, err := e.run.Step(ctx, &st)
	if err != nil {
		return fmt.Errorf("evals: step of %d rows: %w", n, err)
	}
	d := time.Since(t0)
	e.stats.Steps++
	e.stats.PaddingRows += e.run.Stats().PaddingRows - before
	if decode {
		e.stats.DecodeTime += d
		e.stats.DecodeTokens += int64(n)
	} else {
		e.stats.PrefillTime += d
		e.stats.PrefillTokens += int64(n)
	}
	ti := 0
	for i, w := range s.want {
		if w.pick != nil {
			w.pick(out.Argmax[i])
		}
		for _, t := range w.targets {
			t.resp.LogProb += out.LogProb[ti]
			if !out.IsArgmax[ti] {
				t.resp.IsGreedy = false
			}
			ti++
		}
	}
	return ctx.Err()
}

// countOnly books a step a counter does not run. Generation is told its
// first token is a stop id, so a counter counts context tokens only.
func (e *Engine) countOnly(n, rows int, decode bool, want []logitRow) {
	e.stats.Steps++
	e.stats.PaddingRows += int64(rows - n)
	if decode {
		e.stats.DecodeTokens += int64(n)
	} else {
		e.stats.PrefillTokens += int64(n)
	}
	stop := int32(e.cfg.EOS)
	if len(e.o.StopIDs) > 0 {
		stop = int32(e.o.StopIDs[0])
	}
	for _, w := range want {
		if w.pick != nil {
			w.pick(stop)
		}
	}
}

// runPrefixesThenContexts computes the shared prefixes a batch needs, marks
// their slots usable, then runs the contexts that fork from them: the
// contexts' CopyPrefix must see the prefixes' KV.
func (e *Engine) runPrefixesThenContexts(ctx context.Context, prefixJobs, ctxJobs []job) error {
	if err := e.runWave(ctx, prefixJobs); err != nil {
		return err
	}
	for _, j := range prefixJobs {
		for _, p := range e.prefixes {
			if p.slot == j.slot {
				p.ready = true
			}
		}
	}
	return e.runWave(ctx, ctxJobs)
}
