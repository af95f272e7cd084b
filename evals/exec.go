package evals

import (
	"context"
	"fmt"
	"math/bits"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
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
			if err := e.run.Cache().CopyPrefix(j.slot, j.forkSrc, j.forkLen); err != nil {
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
			if len(st.tokens) == e.o.MaxRows || (wantLogits && len(st.rows) == e.o.MaxLogitRows) {
				if err := e.flush(ctx, &st, backends.Prefill); err != nil {
					return err
				}
			}
			st.add(tok, j.start+r, j.slot)
			if wantLogits {
				st.rows = append(st.rows, int32(len(st.tokens)-1))
				st.want = append(st.want, j.logits[next])
				next++
			}
			if j.owner != nil {
				j.owner.PrefillTokens++
			}
		}
	}
	return e.flush(ctx, &st, backends.Prefill)
}

// stepBuf accumulates one step's rows.
type stepBuf struct {
	tokens, pos, seqs, rows []int32
	want                    []logitRow
}

func (s *stepBuf) add(tok int32, pos, seq int) {
	s.tokens = append(s.tokens, tok)
	s.pos = append(s.pos, int32(pos))
	s.seqs = append(s.seqs, int32(seq))
}

func (s *stepBuf) reset() {
	s.tokens, s.pos, s.seqs, s.rows, s.want = s.tokens[:0], s.pos[:0], s.seqs[:0], s.rows[:0], s.want[:0]
}

// flush runs the buffered rows as one step and scores the logit rows.
// Rows and logit rows are padded up to a bucket size so that only a few
// dozen step shapes are ever compiled (the runner keeps every compiled
// shape); padding rows go to slot 0, which nothing reads.
func (e *Engine) flush(ctx context.Context, s *stepBuf, kind backends.StepKind) error {
	n := len(s.tokens)
	if n == 0 {
		return nil
	}
	defer s.reset()
	rows, lrows := bucket(n, e.o.MaxRows), bucket(len(s.rows), e.o.MaxLogitRows)
	for i := n; i < rows; i++ {
		s.add(0, (i-n)%e.o.CacheLen, 0)
	}
	real := len(s.rows)
	for len(s.rows) < lrows {
		s.rows = append(s.rows, 0)
	}
	if e.run == nil {
		e.countOnly(n, rows, kind, s.want[:real])
		return ctx.Err()
	}
	t0 := time.Now()
	logits, err := e.run.Forward(ctx, kind, s.tokens, s.pos, s.seqs, s.rows)
	if err != nil {
		return fmt.Errorf("evals: step of %d rows: %w", rows, err)
	}
	d := time.Since(t0)
	e.stats.Steps++
	e.stats.PaddingRows += int64(rows - n)
	if kind == backends.Decode {
		e.stats.DecodeTime += d
		e.stats.DecodeTokens += int64(n)
	} else {
		e.stats.PrefillTime += d
		e.stats.PrefillTokens += int64(n)
	}
	for i := range real {
		score(logits[i*e.vocab:(i+1)*e.vocab], s.want[i])
	}
	return ctx.Err()
}

// bucket rounds n up to one of eight sizes per power of two (at most 12.5%
// padding), capped at limit.
func bucket(n, limit int) int {
	if n <= 8 {
		return n
	}
	step := 1 << (bits.Len(uint(n)) - 4)
	return min((n+step-1)/step*step, max(limit, n))
}

// score applies one logit row to its targets.
func score(logits []float32, w logitRow) {
	best := argmax(logits)
	if w.pick != nil {
		w.pick(int32(best))
	}
	if len(w.targets) == 0 {
		return
	}
	lse := logSumExp(logits)
	for _, t := range w.targets {
		t.resp.LogProb += float64(logits[t.tok]) - lse
		if int(t.tok) != best {
			t.resp.IsGreedy = false
		}
	}
}

// countOnly books a step a counter does not run. Generation is told its
// first token is a stop id, so a counter counts context tokens only.
func (e *Engine) countOnly(n, rows int, kind backends.StepKind, want []logitRow) {
	e.stats.Steps++
	e.stats.PaddingRows += int64(rows - n)
	if kind == backends.Decode {
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
