package backendtest

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// The contract checks run a small f32 model and break the rules on
// purpose: invalid steps, graphs and caches, cancellation, profiles, Close,
// and rewinds deeper than a ring cache holds.

var tinyArch = &arch{vocab: 48, dim: 32, embedScale: 2, addOne: true, kvHeads: 1, headDim: 16,
	layers: []layerSpec{
		{heads: 2, window: 4, ffn: 32, theta: 10000, posScale: 1},
		{heads: 2, ffn: 32, theta: 10000, posScale: 1},
	}}

func tinyGraph() (*backends.Graph, backends.KVLayout) {
	w := tinyArch.weights(weightRNG(9, backends.F32), backends.F32)
	l := tinyArch.layout(backends.F32, 2, 48, 4)
	return tinyArch.graph(w, l, 4, 2, 3), l
}

// tinyStep is a valid step of tinyGraph: slot, positions p0.., every output.
func tinyStep(slot, p0 int) backends.Step {
	seqs, pos := chunk(slot, p0, 4)
	return backends.Step{
		Tokens: []int32{int32(1 + p0%40), 7, 30, int32(47 - p0%40)}, Positions: pos, Seqs: seqs,
		LogitRows: []int32{3, 1},
		Targets:   []backends.Target{{Row: 0, Token: 5}, {Row: 1, Token: 47}, {Row: 1, Token: 0}},
		Want:      wantAll,
	}
}

// pair runs the same graph on the backend and on the reference, step by
// step, each against its own cache.
type pair struct {
	g          *backends.Graph
	exe, rexe  backends.Executable
	cache, rc  backends.KVCache
	tol        Tolerance
	ref        backends.Backend
	closeFuncs []func() error
}

func newPair(be backends.Backend, g *backends.Graph, o *Options) (*pair, error) {
	p := &pair{g: g, tol: o.tolerance(backends.F32, g.Cache.DType), ref: NewReference()}
	var err error
	if p.exe, err = be.Compile(g); err != nil {
		p.close()
		return nil, fmt.Errorf("Compile: %w", err)
	}
	p.closeFuncs = append(p.closeFuncs, p.exe.Close)
	if p.cache, err = be.NewKVCache(g.Cache); err != nil {
		p.close()
		return nil, fmt.Errorf("NewKVCache: %w", err)
	}
	p.closeFuncs = append(p.closeFuncs, p.cache.Close)
	if p.rexe, err = p.ref.Compile(g); err != nil {
		p.close()
		return nil, fmt.Errorf("%w: reference Compile: %v", errSuite, err)
	}
	if p.rc, err = p.ref.NewKVCache(g.Cache); err != nil {
		p.close()
		return nil, fmt.Errorf("%w: reference NewKVCache: %v", errSuite, err)
	}
	return p, nil
}

func (p *pair) close() {
	for _, f := range p.closeFuncs {
		f()
	}
	p.ref.Close()
}

// step runs st on both. It returns the backend's error, or the
// differences of its outputs from the reference's.
func (p *pair) step(ctx context.Context, st backends.Step) (runErr error, diffs []error) {
	out, err := safeRun(p.exe, ctx, p.cache, &st)
	if err != nil {
		return err, nil
	}
	rst := st
	if rst.Want != 0 {
		rst.Want = wantAll
	}
	rst.Profile = false
	rout, err := p.rexe.Run(context.Background(), p.rc, &rst)
	if err != nil {
		return nil, []error{fmt.Errorf("%w: reference: %v", errSuite, err)}
	}
	if st.Want == 0 {
		return nil, nil
	}
	got, err := copyOutput(p.g, &st, out)
	if err != nil {
		return nil, []error{err}
	}
	ref, err := copyOutput(p.g, &rst, rout)
	if err != nil {
		return nil, []error{fmt.Errorf("%w: reference: %v", errSuite, err)}
	}
	diffs, _ = compareStep(p.g, &st, got, ref, p.tol)
	return nil, diffs
}

// fork applies CopyPrefix to both caches; it returns the backend's error.
func (p *pair) fork(dst, src, n int) error {
	if err := p.rc.CopyPrefix(dst, src, n); err != nil {
		return fmt.Errorf("%w: reference: %v", errSuite, err)
	}
	return safeCall(func() error { return p.cache.CopyPrefix(dst, src, n) })
}

// safeRun is Run with a panic turned into an error.
func safeRun(e backends.Executable, ctx context.Context, c backends.KVCache, st *backends.Step) (out *backends.Output, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return e.Run(ctx, c, st)
}

func safeCall(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return f()
}

var errPanic = errors.New("panicked")

func contractChecks() []check {
	return []check{
		{"contract/bad-steps", checkBadSteps},
		{"contract/invalid-graphs", checkInvalidGraphs},
		{"contract/cache", checkCache},
		{"contract/cancel", checkCancel},
		{"contract/profile", checkProfile},
		{"contract/close", checkClose},
		{"contract/deep-rewind", checkDeepRewind},
		{"contract/non-finite", checkNonFinite},
	}
}

// withPair opens a pair on the tiny graph, runs f, and closes it.
func withPair(be backends.Backend, o *Options, f func(p *pair) []error) []error {
	g, _ := tinyGraph()
	p, err := newPair(be, g, o)
	if err != nil {
		return []error{fmt.Errorf("f32 weights and cache are mandatory: %w", err)}
	}
	defer p.close()
	return f(p)
}

// good runs st on the pair and reports any error or difference.
func (p *pair) good(what string, st backends.Step) []error {
	runErr, diffs := p.step(context.Background(), st)
	if runErr != nil {
		return []error{fmt.Errorf("%s: valid step failed: %w", what, runErr)}
	}
	var errs []error
	for _, d := range diffs {
		errs = append(errs, fmt.Errorf("%s: %w", what, d))
	}
	return errs
}

func checkBadSteps(be backends.Backend, o *Options) ([]error, string) {
	return withPair(be, o, func(p *pair) []error {
		var errs []error
		g, l := p.g, p.g.Cache
		bad := []struct {
			name string
			f    func(s *backends.Step)
		}{
			{"token = vocab", func(s *backends.Step) { s.Tokens[2] = int32(g.Vocab) }},
			{"negative token", func(s *backends.Step) { s.Tokens[0] = -1 }},
			{"position = MaxLen", func(s *backends.Step) { s.Positions[3] = int32(l.MaxLen) }},
			{"negative position", func(s *backends.Step) { s.Positions[0] = -1 }},
			{"slot = Seqs", func(s *backends.Step) { s.Seqs[1] = int32(l.Seqs) }},
			{"negative slot", func(s *backends.Step) { s.Seqs[0] = -1 }},
			{"logit row = rows", func(s *backends.Step) { s.LogitRows[1] = int32(g.Rows) }},
			{"negative logit row", func(s *backends.Step) { s.LogitRows[0] = -1 }},
			{"target row = logit rows", func(s *backends.Step) { s.Targets[1].Row = int32(g.LogitRows) }},
			{"negative target row", func(s *backends.Step) { s.Targets[0].Row = -1 }},
			{"target token = vocab", func(s *backends.Step) { s.Targets[2].Token = int32(g.Vocab) }},
			{"negative target token", func(s *backends.Step) { s.Targets[2].Token = -1 }},
			{"too many targets", func(s *backends.Step) { s.Targets = append(s.Targets, backends.Target{Row: 0, Token: 1}) }},
			{"short Tokens", func(s *backends.Step) { s.Tokens = s.Tokens[:3] }},
			{"long Positions", func(s *backends.Step) { s.Positions = append(s.Positions, 4) }},
			{"nil Seqs", func(s *backends.Step) { s.Seqs = nil }},
			{"extra logit row", func(s *backends.Step) { s.LogitRows = append(s.LogitRows, 0) }},
			{"missing logit row", func(s *backends.Step) { s.LogitRows = s.LogitRows[:1] }},
			{"unknown Want bit", func(s *backends.Step) { s.Want |= 0x80 }},
		}
		for _, b := range bad {
			for _, want := range []backends.Want{wantAll, 0} {
				st := tinyStep(0, 0)
				st.Want = want
				b.f(&st)
				_, err := safeRun(p.exe, context.Background(), p.cache, &st)
				switch {
				case errors.Is(err, errPanic):
					errs = append(errs, fmt.Errorf("step with %s (want %s): %w", b.name, wantString(st.Want), err))
				case err == nil:
					errs = append(errs, fmt.Errorf("step with %s (want %s) was accepted", b.name, wantString(st.Want)))
				}
			}
		}
		// Caches that do not fit the graph.
		other := func(name string, f func(l *backends.KVLayout)) {
			ol := l
			ol.Windows = append([]int(nil), l.Windows...)
			f(&ol)
			c, err := be.NewKVCache(ol)
			if err != nil {
				errs = append(errs, fmt.Errorf("NewKVCache(%s): %w", ol, err))
				return
			}
			defer c.Close()
			st := tinyStep(0, 0)
			st.Positions = []int32{int32(l.MaxLen - 4), int32(l.MaxLen - 3), int32(l.MaxLen - 2), int32(l.MaxLen - 1)}
			switch _, err := safeRun(p.exe, context.Background(), c, &st); {
			case errors.Is(err, errPanic):
				errs = append(errs, fmt.Errorf("step on a cache with %s: %w", name, err))
			case err == nil:
				errs = append(errs, fmt.Errorf("step on a cache with %s (layout %s, graph's %s) was accepted", name, ol, l))
			}
		}
		other("one slot more", func(l *backends.KVLayout) { l.Seqs++ })
		other("one position less", func(l *backends.KVLayout) { l.MaxLen-- })
		other("another window", func(l *backends.KVLayout) { l.Windows[0]++ })
		other("bf16 storage", func(l *backends.KVLayout) { l.DType = backends.BF16 })
		st := tinyStep(0, 0)
		switch _, err := safeRun(p.exe, context.Background(), foreignCache{l}, &st); {
		case errors.Is(err, errPanic):
			errs = append(errs, fmt.Errorf("step on another backend's cache: %w", err))
		case err == nil:
			errs = append(errs, fmt.Errorf("step on another backend's cache was accepted"))
		}
		// CopyPrefix outside the cache.
		for _, f := range [][3]int{{l.Seqs, 0, 1}, {0, l.Seqs, 1}, {-1, 0, 1}, {0, -1, 1}, {1, 0, l.MaxLen + 1}, {1, 0, -1}} {
			switch err := safeCall(func() error { return p.cache.CopyPrefix(f[0], f[1], f[2]) }); {
			case errors.Is(err, errPanic):
				errs = append(errs, fmt.Errorf("CopyPrefix(%d, %d, %d): %w", f[0], f[1], f[2], err))
			case err == nil:
				errs = append(errs, fmt.Errorf("CopyPrefix(%d, %d, %d) outside %d slots × %d positions was accepted", f[0], f[1], f[2], l.Seqs, l.MaxLen))
			}
		}
		// The backend still works.
		errs = append(errs, p.good("after the invalid steps", tinyStep(0, 0))...)
		return append(errs, p.good("after the invalid steps", tinyStep(0, 4))...)
	}), ""
}

// foreignCache is a KVCache no backend made.
type foreignCache struct{ l backends.KVLayout }

func (c foreignCache) Layout() backends.KVLayout        { return c.l }
func (c foreignCache) Bytes() int64                     { return 0 }
func (c foreignCache) CopyPrefix(dst, src, n int) error { return nil }
func (c foreignCache) Close() error                     { return nil }

func checkInvalidGraphs(be backends.Backend, o *Options) ([]error, string) {
	var errs []error
	bad := []struct {
		name string
		f    func(g *backends.Graph)
	}{
		{"LogitRows 0", func(g *backends.Graph) { g.LogitRows = 0 }},
		{"an attention window that is not its layer's", func(g *backends.Graph) {
			g.Ops = append([]backends.Op(nil), g.Ops...)
			for i := range g.Ops {
				if g.Ops[i].Kind == backends.Attention && g.Ops[i].Window > 0 {
					g.Ops[i].Window++
				}
			}
		}},
		{"an invalid cache layout", func(g *backends.Graph) { g.Cache.MaxRows = 0 }},
		{"a truncated weight", func(g *backends.Graph) {
			g.Ops = append([]backends.Op(nil), g.Ops...)
			w := *g.Ops[1].W
			w.Data = w.Data[:len(w.Data)-4]
			g.Ops[1].W = &w
		}},
	}
	for _, b := range bad {
		g, _ := tinyGraph()
		b.f(g)
		var e backends.Executable
		err := safeCall(func() (err error) { e, err = be.Compile(g); return err })
		switch {
		case errors.Is(err, errPanic):
			errs = append(errs, fmt.Errorf("Compile of a graph with %s: %w", b.name, err))
		case err == nil:
			e.Close()
			errs = append(errs, fmt.Errorf("Compile accepted a graph with %s", b.name))
		}
	}
	return errs, ""
}

func checkCache(be backends.Backend, o *Options) ([]error, string) {
	var errs []error
	_, l := tinyGraph()
	for _, kv := range []backends.DType{backends.F32, backends.BF16} {
		l.DType = kv
		c, err := be.NewKVCache(l)
		if errors.Is(err, backends.ErrNotImplemented) && kv == backends.BF16 {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("NewKVCache(%s): %w", l, err))
			continue
		}
		if !c.Layout().Equal(l) {
			errs = append(errs, fmt.Errorf("NewKVCache(%s).Layout() = %s", l, c.Layout()))
		}
		if c.Bytes() < l.RingBytes() {
			errs = append(errs, fmt.Errorf("cache %s holds %d bytes, less than the %d the contract needs", l, c.Bytes(), l.RingBytes()))
		}
		if err := c.Close(); err != nil {
			errs = append(errs, fmt.Errorf("cache Close: %w", err))
		}
	}
	l.MaxRows = 0
	var c backends.KVCache
	switch err := safeCall(func() (err error) { c, err = be.NewKVCache(l); return err }); {
	case errors.Is(err, errPanic):
		errs = append(errs, fmt.Errorf("NewKVCache of an invalid layout: %w", err))
	case err == nil:
		c.Close()
		errs = append(errs, fmt.Errorf("NewKVCache accepted an invalid layout (%s)", l))
	}
	return errs, ""
}

func checkCancel(be backends.Backend, o *Options) ([]error, string) {
	return withPair(be, o, func(p *pair) []error {
		var errs []error
		errs = append(errs, p.good("before", tinyStep(0, 0))...)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		for _, want := range []backends.Want{wantAll, 0} {
			st := tinyStep(0, 4)
			st.Want = want
			_, err := safeRun(p.exe, ctx, p.cache, &st)
			if !errors.Is(err, context.Canceled) {
				errs = append(errs, fmt.Errorf("Run with a cancelled context (want %s) = %v, want an error wrapping context.Canceled", wantString(want), err))
			}
		}
		// The cancelled step's positions count as unwritten: run them again.
		return append(errs, p.good("after a cancelled step", tinyStep(0, 4))...)
	}), ""
}

func checkProfile(be backends.Backend, o *Options) (errs []error, skip string) {
	errs = withPair(be, o, func(p *pair) []error {
		var errs []error
		for _, want := range []backends.Want{wantAll, 0} {
			st := tinyStep(0, 0)
			st.Want, st.Profile = want, true
			out, err := safeRun(p.exe, context.Background(), p.cache, &st)
			if errors.Is(err, backends.ErrNotImplemented) {
				skip = fmt.Sprintf("per-op profile: %v", err)
				return nil
			}
			if err != nil {
				return append(errs, fmt.Errorf("profiled step (want %s): %w", wantString(want), err))
			}
			if out == nil || len(out.Profile) == 0 {
				return append(errs, fmt.Errorf("profiled step (want %s): empty profile and no error (ErrNotImplemented)", wantString(want)))
			}
			prof := append([]backends.OpTime(nil), out.Profile...)
			last := -1
			seen := map[int]bool{}
			for _, t := range prof {
				switch {
				case t.Op <= last || t.Op >= len(p.g.Ops):
					errs = append(errs, fmt.Errorf("profiled step (want %s): entry for op %d after op %d of %d: want each op once, in graph order", wantString(want), t.Op, last, len(p.g.Ops)))
				case t.D < 0:
					errs = append(errs, fmt.Errorf("profiled step: op %d took %v", t.Op, t.D))
				}
				last = t.Op
				seen[t.Op] = true
			}
			need := len(p.g.Ops)
			if want == 0 {
				need = p.g.Head()
			}
			for i := range need {
				if !seen[i] {
					errs = append(errs, fmt.Errorf("profiled step (want %s): no entry for op %d (%s), which it must run", wantString(want), i, p.g.Ops[i].Name))
					break
				}
			}
			// The reference runs the step too, so that the caches agree.
			if want != 0 {
				if _, err := p.rexe.Run(context.Background(), p.rc, &st); err != nil {
					errs = append(errs, fmt.Errorf("%w: %v", errSuite, err))
				}
			}
		}
		return append(errs, p.good("after profiled steps", tinyStep(0, 0))...)
	})
	return errs, skip
}

func checkClose(be backends.Backend, o *Options) ([]error, string) {
	return withPair(be, o, func(p *pair) []error {
		var errs []error
		e, err := be.Compile(p.g) // a second executable sharing every weight
		if err != nil {
			return []error{fmt.Errorf("second Compile: %w", err)}
		}
		st := tinyStep(0, 0)
		if _, err := safeRun(e, context.Background(), p.cache, &st); err != nil {
			errs = append(errs, fmt.Errorf("second executable: %w", err))
		}
		if err := e.Close(); err != nil {
			errs = append(errs, fmt.Errorf("Close: %w", err))
		}
		if err := safeCall(e.Close); err != nil {
			errs = append(errs, fmt.Errorf("second Close: %v (closing twice is a no-op)", err))
		}
		st = tinyStep(0, 0)
		switch _, err := safeRun(e, context.Background(), p.cache, &st); {
		case err == nil:
			errs = append(errs, fmt.Errorf("Run of a closed executable succeeded"))
		case !errors.Is(err, backends.ErrClosed):
			errs = append(errs, fmt.Errorf("Run of a closed executable: %v, want an error wrapping backends.ErrClosed", err))
		}
		// The other executable keeps its weights.
		errs = append(errs, p.good("after closing an executable sharing its weights", tinyStep(0, 0))...)
		return append(errs, p.good("after closing an executable sharing its weights", tinyStep(0, 4))...)
	}), ""
}

// checkDeepRewind rewinds a slot further than a ring cache holds: a cache
// that keeps everything must give the right answer, a ring cache either
// the right answer or an error, never outputs read from overwritten
// positions.
func checkDeepRewind(be backends.Backend, o *Options) ([]error, string) {
	return withPair(be, o, func(p *pair) []error {
		var errs []error
		ring := p.cache.Bytes() < p.g.Cache.Bytes()
		for p0 := 0; p0 < 40; p0 += 4 {
			st := tinyStep(0, p0)
			if p0 < 36 {
				st.Want = 0
			}
			errs = append(errs, p.good("filling slot 0", st)...)
		}
		try := func(what string, runErr error, diffs []error) {
			switch {
			case runErr != nil && !ring:
				errs = append(errs, fmt.Errorf("%s on a cache that keeps every position: %w", what, runErr))
			case runErr != nil && errors.Is(runErr, errPanic):
				errs = append(errs, fmt.Errorf("%s: %w", what, runErr))
			case runErr != nil && o.Logf != nil:
				o.Logf("ring cache refused %s: %v", what, runErr)
			}
			for _, d := range diffs {
				errs = append(errs, fmt.Errorf("%s: %w", what, d))
			}
		}
		step := func(what string, st backends.Step) {
			runErr, diffs := p.step(context.Background(), st)
			try(what, runErr, diffs)
		}
		// A fork of 10 of slot 0's 40 positions, continued.
		if err := p.fork(1, 0, 10); err != nil {
			try("CopyPrefix(1, 0, 10) of a 40-position slot", err, nil)
		} else {
			step("a step at 10 after CopyPrefix(1, 0, 10) of a 40-position slot", tinyStep(1, 10))
		}
		// Two short rewinds: truncate slot 0 from 40 to 37, then step at
		// 33, within MaxRows of the length but not of the 40 positions
		// written, which a ring of Window+MaxRows−1 has overwritten.
		if err := p.fork(0, 0, 37); err != nil {
			try("CopyPrefix(0, 0, 37) of a 40-position slot", err, nil)
		} else {
			step("a step at 33 after truncating slot 0 from 40 to 37 positions", tinyStep(0, 33))
		}
		// A step at 20 on slot 0, which holds 37.
		step("a step at 20 on a 37-position slot", tinyStep(0, 20))
		return errs
	}), ""
}

// checkNonFinite: NaN weights must show in Output.NonFinite for every
// Want, and finite ones must not.
func checkNonFinite(be backends.Backend, o *Options) ([]error, string) {
	g, l := tinyGraph()
	var errs []error
	for _, poison := range []bool{false, true} {
		if poison {
			// The output head's weight, all NaN: every logit is NaN.
			for i := range g.Ops {
				if op := &g.Ops[i]; op.Kind == backends.MatMul && i > g.Head() {
					w := *op.W
					w.Data = make([]byte, len(op.W.Data))
					for j := 0; j+4 <= len(w.Data); j += 4 {
						binary.LittleEndian.PutUint32(w.Data[j:], 0x7fc00000)
					}
					op.W = &w
				}
			}
		}
		exe, err := be.Compile(g)
		if err != nil {
			return []error{fmt.Errorf("compile: %w", err)}, ""
		}
		cache, err := be.NewKVCache(l)
		if err != nil {
			exe.Close()
			return []error{fmt.Errorf("cache: %w", err)}, ""
		}
		for _, want := range []backends.Want{backends.WantArgmax, backends.WantTargets, backends.WantLogits, wantAll} {
			st := tinyStep(0, 0)
			st.Want = want
			out, err := safeRun(exe, context.Background(), cache, &st)
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("want %#x, NaN head %v: %w", uint8(want), poison, err))
			case poison && out.NonFinite == 0:
				errs = append(errs, fmt.Errorf("want %#x: NaN logits, but NonFinite is 0", uint8(want)))
			case !poison && out.NonFinite != 0:
				errs = append(errs, fmt.Errorf("want %#x: finite logits, but NonFinite is %d", uint8(want), out.NonFinite))
			}
		}
		cache.Close()
		exe.Close()
	}
	return errs, ""
}
