package backends

import "fmt"

// Step is the runtime input of one execution. Tokens, Positions and Seqs
// have one entry per graph row; LogitRows one per graph logit row.
type Step struct {
	Tokens    []int32
	Positions []int32 // position of each row in its slot
	Seqs      []int32 // cache slot of each row
	// LogitRows names, for each logit row, the row (index into Tokens)
	// whose next-token distribution it holds; a row may appear twice.
	LogitRows []int32
	// Targets are scored when Want has WantTargets: at most the graph's
	// MaxTargets.
	Targets []Target
	Want    Want
	// Profile asks for per-op timings in Output.Profile.
	Profile bool
}

// Target asks for log p(Token) under logit row Row (an index into
// LogitRows).
type Target struct {
	Row   int32
	Token int32
}

// CheckBounds validates everything about a step that protects memory: the
// slice lengths, and that every token, position, slot, logit row and
// target is in range for the graph and its cache layout. Backends call it
// in Run; it allocates nothing.
func (s *Step) CheckBounds(g *Graph) error {
	l := g.Cache
	if len(s.Tokens) != g.Rows || len(s.Positions) != g.Rows || len(s.Seqs) != g.Rows {
		return fmt.Errorf("step has %d tokens, %d positions, %d slots for a %d-row graph", len(s.Tokens), len(s.Positions), len(s.Seqs), g.Rows)
	}
	if len(s.LogitRows) != g.LogitRows {
		return fmt.Errorf("step names %d logit rows, graph computes %d", len(s.LogitRows), g.LogitRows)
	}
	if len(s.Targets) > g.MaxTargets {
		return fmt.Errorf("step has %d targets, graph holds %d", len(s.Targets), g.MaxTargets)
	}
	if s.Want&^(WantLogits|WantArgmax|WantTargets) != 0 {
		return fmt.Errorf("step wants unknown outputs %#x", uint8(s.Want))
	}
	for i := range s.Tokens {
		if s.Tokens[i] < 0 || int(s.Tokens[i]) >= g.Vocab {
			return fmt.Errorf("token %d at row %d is outside the vocabulary [0, %d)", s.Tokens[i], i, g.Vocab)
		}
		if s.Positions[i] < 0 || int(s.Positions[i]) >= l.MaxLen {
			return fmt.Errorf("position %d at row %d is outside the cache [0, %d)", s.Positions[i], i, l.MaxLen)
		}
		if s.Seqs[i] < 0 || int(s.Seqs[i]) >= l.Seqs {
			return fmt.Errorf("slot %d at row %d is outside the cache's %d slots", s.Seqs[i], i, l.Seqs)
		}
	}
	for _, r := range s.LogitRows {
		if r < 0 || int(r) >= g.Rows {
			return fmt.Errorf("logit row names row %d outside [0, %d)", r, g.Rows)
		}
	}
	for i, t := range s.Targets {
		if t.Row < 0 || int(t.Row) >= g.LogitRows {
			return fmt.Errorf("target %d is on logit row %d outside [0, %d)", i, t.Row, g.LogitRows)
		}
		if t.Token < 0 || int(t.Token) >= g.Vocab {
			return fmt.Errorf("target %d token %d is outside the vocabulary [0, %d)", i, t.Token, g.Vocab)
		}
	}
	return nil
}
