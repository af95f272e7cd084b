package backendtest

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
)

// A script is what one case does: graphs compiled against one cache, and
// the steps, forks and closes run on it in order.
type script struct {
	layout  backends.KVLayout
	graphs  []*backends.Graph
	actions []action
}

type actKind uint8

const (
	actStep  actKind = iota
	actFork          // CopyPrefix(dst, src, n)
	actClose         // close the executable of graph
)

type action struct {
	kind        actKind
	graph       int
	step        backends.Step
	dst, src, n int
}

func (a *action) String() string {
	switch a.kind {
	case actFork:
		return fmt.Sprintf("CopyPrefix(dst %d, src %d, n %d)", a.dst, a.src, a.n)
	case actClose:
		return fmt.Sprintf("close graph %d", a.graph)
	}
	s := &a.step
	lo, hi := s.Positions[0], s.Positions[0]
	for _, p := range s.Positions {
		lo, hi = min(lo, p), max(hi, p)
	}
	return fmt.Sprintf("graph %d step: %d rows, slots %v, positions %d..%d, want %s", a.graph, len(s.Tokens), distinct(s.Seqs), lo, hi, wantString(s.Want))
}

func distinct(xs []int32) []int32 {
	var out []int32
	seen := map[int32]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func wantString(w backends.Want) string {
	if w == 0 {
		return "nothing"
	}
	s := ""
	for _, f := range []struct {
		w backends.Want
		n string
	}{{backends.WantLogits, "logits"}, {backends.WantArgmax, "argmax"}, {backends.WantTargets, "targets"}} {
		if w&f.w != 0 {
			if s != "" {
				s += "+"
			}
			s += f.n
		}
	}
	return s
}

const wantAll = backends.WantLogits | backends.WantArgmax | backends.WantTargets

// result is a copy of one step's outputs (the backend's Output is only
// valid until its next Run).
type result struct {
	logits   []float32
	argmax   []int32
	logProb  []float64
	isArgmax []bool
}

// errSuite marks an error in the suite itself (a script that breaks the
// sequence rules), not in the backend.
var errSuite = errors.New("backendtest bug")

// play runs s on be with fresh executables and a fresh cache. With all,
// every step that wants anything wants everything (the reference's run).
// It returns one result per action (nil for forks, closes and steps that
// want nothing).
func play(be backends.Backend, s *script, all bool) (res []*result, err error) {
	exes := make([]backends.Executable, len(s.graphs))
	defer func() {
		for _, e := range exes {
			if e != nil {
				if cerr := e.Close(); cerr != nil && err == nil {
					err = fmt.Errorf("executable Close: %w", cerr)
				}
			}
		}
	}()
	for i, g := range s.graphs {
		e, err := be.Compile(g)
		if err != nil {
			return nil, fmt.Errorf("Compile graph %d (%d rows, %d logit rows): %w", i, g.Rows, g.LogitRows, err)
		}
		exes[i] = e
	}
	cache, err := be.NewKVCache(s.layout)
	if err != nil {
		return nil, fmt.Errorf("NewKVCache(%s): %w", s.layout, err)
	}
	defer func() {
		if cerr := cache.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("cache Close: %w", cerr)
		}
	}()
	if !cache.Layout().Equal(s.layout) {
		return nil, fmt.Errorf("cache.Layout() = %s, asked for %s", cache.Layout(), s.layout)
	}
	seqs := backends.NewSequences(s.layout)
	res = make([]*result, len(s.actions))
	ctx := context.Background()
	for i := range s.actions {
		a := &s.actions[i]
		switch a.kind {
		case actFork:
			if err := seqs.Fork(a.dst, a.src, a.n); err != nil {
				return nil, fmt.Errorf("%w: action %d: %v", errSuite, i, err)
			}
			if err := cache.CopyPrefix(a.dst, a.src, a.n); err != nil {
				return nil, fmt.Errorf("action %d, %s: %w", i, a, err)
			}
		case actClose:
			if err := exes[a.graph].Close(); err != nil {
				return nil, fmt.Errorf("action %d, %s: %w", i, a, err)
			}
			exes[a.graph] = nil
		case actStep:
			g := s.graphs[a.graph]
			if err := seqs.Check(g, &a.step); err != nil {
				return nil, fmt.Errorf("%w: action %d: %v", errSuite, i, err)
			}
			st := a.step
			if all && st.Want != 0 {
				st.Want = wantAll
			}
			out, err := exes[a.graph].Run(ctx, cache, &st)
			if err != nil {
				return nil, fmt.Errorf("action %d, %s: %w", i, a, err)
			}
			seqs.Commit(&st)
			if st.Want == 0 {
				continue
			}
			r, err := copyOutput(g, &st, out)
			if err != nil {
				return nil, fmt.Errorf("action %d, %s: %w", i, a, err)
			}
			res[i] = r
		}
	}
	return res, nil
}

// copyOutput checks that out holds what st asked for, sized as the
// contract says, and copies it.
func copyOutput(g *backends.Graph, st *backends.Step, out *backends.Output) (*result, error) {
	if out == nil {
		return nil, fmt.Errorf("nil Output for a step that wants %s", wantString(st.Want))
	}
	r := &result{}
	if st.Want&backends.WantLogits != 0 {
		if len(out.Logits) != g.LogitRows*g.Vocab {
			return nil, fmt.Errorf("Output.Logits has %d values, want %d logit rows × %d", len(out.Logits), g.LogitRows, g.Vocab)
		}
		r.logits = append([]float32(nil), out.Logits...)
	}
	if st.Want&backends.WantArgmax != 0 {
		if len(out.Argmax) != g.LogitRows {
			return nil, fmt.Errorf("Output.Argmax has %d values, want %d", len(out.Argmax), g.LogitRows)
		}
		r.argmax = append([]int32(nil), out.Argmax...)
	}
	if st.Want&backends.WantTargets != 0 {
		if len(out.LogProb) != len(st.Targets) || len(out.IsArgmax) != len(st.Targets) {
			return nil, fmt.Errorf("Output has %d LogProb and %d IsArgmax for %d targets", len(out.LogProb), len(out.IsArgmax), len(st.Targets))
		}
		r.logProb = append([]float64(nil), out.LogProb...)
		r.isArgmax = append([]bool(nil), out.IsArgmax...)
	}
	return r, nil
}

// compare holds the results of a backend's run of s against the
// reference's (which wanted everything).
// It also returns the largest logit error seen, relative to max|logit|.
func compare(s *script, got, ref []*result, tol Tolerance) (errs []error, worst float64) {
	for i := range s.actions {
		a := &s.actions[i]
		if a.kind != actStep || a.step.Want == 0 {
			continue
		}
		stepErrs, rel := compareStep(s.graphs[a.graph], &a.step, got[i], ref[i], tol)
		worst = max(worst, rel)
		for _, err := range stepErrs {
			errs = append(errs, fmt.Errorf("action %d, %s: %w", i, a, err))
		}
	}
	return errs, worst
}

// LogProbTol is how closely Output.LogProb must match the value computed
// in float64 from the same step's Output.Logits.
const LogProbTol = 1e-6

func compareStep(g *backends.Graph, st *backends.Step, got, ref *result, tol Tolerance) (errs []error, rel float64) {
	V := g.Vocab
	maxRef := 0.0
	for _, x := range ref.logits {
		maxRef = max(maxRef, math.Abs(float64(x)))
	}
	limit := tol.ATol + tol.RTol*maxRef
	row := func(l []float32, r int) []float32 { return l[r*V : (r+1)*V] }

	if got.logits != nil {
		// (b) the logits against the reference.
		worst, at := 0.0, -1
		for j, x := range got.logits {
			d := math.Abs(float64(x) - float64(ref.logits[j]))
			if d > worst || d != d {
				worst, at = d, j
				if d != d {
					break
				}
			}
		}
		rel = worst / maxRef
		if !(worst <= limit) {
			errs = append(errs, fmt.Errorf("logits: max|Δ| %.3g at logit row %d token %d (got %g, reference %g) > tolerance %.3g (ATol %g + RTol %g × max|logit| %.3g)",
				worst, at/V, at%V, got.logits[at], ref.logits[at], limit, tol.ATol, tol.RTol, maxRef))
		}
		// (a) the narrow outputs against the backend's own logits.
		for r := range g.LogitRows {
			if got.argmax != nil {
				if want := argmax32(row(got.logits, r)); int(got.argmax[r]) != want {
					errs = append(errs, fmt.Errorf("Argmax[%d] = %d, but its own logits peak at %d", r, got.argmax[r], want))
				}
			}
		}
		for i, t := range st.Targets {
			if got.logProb == nil {
				break
			}
			own := row(got.logits, int(t.Row))
			lp := float64(own[t.Token]) - logSumExp32(own)
			if d := math.Abs(got.logProb[i] - lp); !(d <= LogProbTol) {
				errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): LogProb %.9g, but its own logits give %.9g", i, t.Row, t.Token, got.logProb[i], lp))
			}
			if want := t.Token == int32(argmax32(own)); got.isArgmax[i] != want {
				errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): IsArgmax %v, but its own logits say %v", i, t.Row, t.Token, got.isArgmax[i], want))
			}
		}
		return errs, rel
	}
	// No logits to check against: the narrow outputs against the
	// reference, allowing for what the logits tolerance allows (a logit
	// off by limit moves a log-probability by at most 2·limit).
	slack := 2 * limit
	refMax := func(r int) float64 {
		return float64(row(ref.logits, r)[argmax32(row(ref.logits, r))])
	}
	for r := range g.LogitRows {
		if got.argmax == nil {
			break
		}
		a := got.argmax[r]
		if a < 0 || int(a) >= V {
			errs = append(errs, fmt.Errorf("Argmax[%d] = %d outside the vocabulary", r, a))
			continue
		}
		if v := float64(row(ref.logits, r)[a]); v < refMax(r)-slack {
			errs = append(errs, fmt.Errorf("Argmax[%d] = %d, whose reference logit %g is below the reference max %g (token %d) by more than %.3g",
				r, a, v, refMax(r), argmax32(row(ref.logits, r)), slack))
		}
	}
	for i, t := range st.Targets {
		if got.logProb == nil {
			break
		}
		if d := math.Abs(got.logProb[i] - ref.logProb[i]); !(d <= slack) {
			errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): LogProb %.6g, reference %.6g: |Δ| %.3g > %.3g", i, t.Row, t.Token, got.logProb[i], ref.logProb[i], d, slack))
		}
		if got.argmax != nil {
			if want := t.Token == got.argmax[t.Row]; got.isArgmax[i] != want {
				errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): IsArgmax %v, but Argmax[%d] = %d", i, t.Row, t.Token, got.isArgmax[i], t.Row, got.argmax[t.Row]))
			}
			continue
		}
		// Only where the reference is clear by more than the slack.
		rl := row(ref.logits, int(t.Row))
		v, others := float64(rl[t.Token]), math.Inf(-1)
		for j, x := range rl {
			if j != int(t.Token) {
				others = max(others, float64(x))
			}
		}
		switch {
		case v > others+slack && !got.isArgmax[i]:
			errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): IsArgmax false, but the reference puts it first by %.3g", i, t.Row, t.Token, v-others))
		case v < others-slack && got.isArgmax[i]:
			errs = append(errs, fmt.Errorf("target %d (logit row %d, token %d): IsArgmax true, but the reference puts it %.3g below the max", i, t.Row, t.Token, others-v))
		}
	}
	return errs, rel
}

// identical reports the first difference between two runs of one script.
func identical(s *script, a, b []*result) error {
	for i := range a {
		x, y := a[i], b[i]
		if x == nil || y == nil {
			continue
		}
		for j := range x.logits {
			if math.Float32bits(x.logits[j]) != math.Float32bits(y.logits[j]) {
				return fmt.Errorf("action %d, %s: logit %d is %g in one run and %g in the other", i, &s.actions[i], j, x.logits[j], y.logits[j])
			}
		}
		for j := range x.argmax {
			if x.argmax[j] != y.argmax[j] {
				return fmt.Errorf("action %d, %s: Argmax[%d] is %d in one run and %d in the other", i, &s.actions[i], j, x.argmax[j], y.argmax[j])
			}
		}
		for j := range x.logProb {
			if math.Float64bits(x.logProb[j]) != math.Float64bits(y.logProb[j]) || x.isArgmax[j] != y.isArgmax[j] {
				return fmt.Errorf("action %d, %s: target %d is (%g, %v) in one run and (%g, %v) in the other", i, &s.actions[i], j, x.logProb[j], x.isArgmax[j], y.logProb[j], y.isArgmax[j])
			}
		}
	}
	return nil
}
