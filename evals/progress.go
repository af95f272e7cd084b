package evals

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress reports docs scored. On a terminal it is a redrawn bar; in a
// log (CI) it is a plain line every tenth of the run or every 10 s,
// whichever comes first. Rates count only docs scored by this invocation
// and only once one is done, so a resume shows no absurd start.
type progress interface {
	add(n int)
	finish()
	abort() // ends the line before an error is printed
}

func newProgress(w io.Writer, tty bool, planned, resumed int) progress {
	if w == nil {
		return nil
	}
	todo := planned - resumed
	desc := "scoring"
	if resumed > 0 {
		desc = fmt.Sprintf("scoring (%d resumed)", resumed)
	}
	if tty {
		return &barProgress{w: w, bar: progressbar.NewOptions(todo,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(desc),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
		)}
	}
	p := &lineProgress{w: w, todo: todo, resumed: resumed, start: time.Now(), every: 10 * time.Second}
	p.last = p.start
	fmt.Fprintf(w, "%s: %d docs to score\n", desc, todo)
	return p
}

type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (b *barProgress) add(n int) { b.bar.Add(n) }
func (b *barProgress) finish()   { b.bar.Finish() }
func (b *barProgress) abort()    { fmt.Fprintln(b.w) }

type lineProgress struct {
	w           io.Writer
	todo, done  int
	resumed     int
	start, last time.Time
	every       time.Duration
	lastTenth   int
}

func (p *lineProgress) add(n int) {
	p.done += n
	now := time.Now()
	tenth := 0
	if p.todo > 0 {
		tenth = 10 * p.done / p.todo
	}
	if tenth == p.lastTenth && now.Sub(p.last) < p.every && p.done < p.todo {
		return
	}
	p.lastTenth, p.last = tenth, now
	p.line(now)
}

func (p *lineProgress) line(now time.Time) {
	el := now.Sub(p.start)
	msg := fmt.Sprintf("scoring: %d/%d docs (%d%%) in %s", p.done, p.todo, 100*p.done/max(p.todo, 1), el.Round(time.Second))
	if p.done > 0 && el > 0 {
		rate := float64(p.done) / el.Seconds()
		eta := time.Duration(float64(p.todo-p.done) / rate * float64(time.Second))
		msg += fmt.Sprintf(", %.2f docs/s, %s left", rate, eta.Round(time.Second))
	}
	fmt.Fprintln(p.w, msg)
}

func (p *lineProgress) finish() {}
func (p *lineProgress) abort()  {}
