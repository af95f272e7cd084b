package bench

import (
	"fmt"
	"io"
)

// progress is the one status line a sweep keeps redrawn on a terminal:
// "[3/12] simd t=2 tg128 rep 2/5". Nothing is written without a writer.
type progress struct {
	w           io.Writer
	total, done int
	shown       bool
}

func (p *progress) show(format string, args ...any) {
	if p.w == nil {
		return
	}
	// \r\033[K: back to the start of the line and clear it.
	fmt.Fprintf(p.w, "\r\033[K[%d/%d] "+format, append([]any{min(p.done+1, p.total), p.total}, args...)...)
	p.shown = true
}

// clear erases the line, before a log line or at the end.
func (p *progress) clear() {
	if p.w != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
