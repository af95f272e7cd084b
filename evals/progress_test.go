package evals

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestLineProgress: outside a terminal progress is plain lines, a tenth of
// the run apart, with rates only from docs this invocation scored.
func TestLineProgress(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, false, 120, 20)
	for range 100 {
		p.add(1)
	}
	p.finish()
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if lines[0] != "scoring (20 resumed): 100 docs to score" {
		t.Errorf("first line %q", lines[0])
	}
	if len(lines) != 11 {
		t.Errorf("%d lines for 100 docs, want a header and 10:\n%s", len(lines), b.String())
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "scoring: 100/100 docs (100%)") {
		t.Errorf("last line %q", last)
	}
	if strings.Contains(b.String(), "\r") || strings.Contains(b.String(), "\x1b") {
		t.Error("terminal control characters in a log")
	}
}

func TestTaskErrPrefixOnce(t *testing.T) {
	inner := fmt.Errorf("evals: step of 24 rows: %w", ErrInput)
	err := taskErr("arith", inner)
	if got := err.Error(); got != "evals: arith: step of 24 rows: request cannot be scored" {
		t.Errorf("%q", got)
	}
	if !errors.Is(err, ErrInput) {
		t.Error("taskErr hides its cause")
	}
}
