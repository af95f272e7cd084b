package cpu_test

// Acceptance evidence for the conformance suite: the go backend passes it
// with tight tolerances (full and ring caches), and each of a set of
// realistic faults, injected into its kernels or wrapped around its
// executor, makes it fail, in the cases aimed at that fault.

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/backends/cpu"
	"github.com/gemma-bench/gemma-bench/kernels"
)

func openGo(t *testing.T, k kernels.Set, extra map[string]string) backends.Backend {
	t.Helper()
	be, err := cpu.New("go", k, backends.Options{Threads: 2, Extra: extra})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { be.Close() })
	return be
}

func tight() backendtest.Options {
	return backendtest.Options{Tol: map[backends.DType]backendtest.Tolerance{backends.F32: {RTol: 2e-5}}}
}

func TestGoConformsTightly(t *testing.T) {
	for _, kv := range []string{"full", "ring"} {
		t.Run("kv="+kv, func(t *testing.T) {
			be := openGo(t, kernels.Scalar, map[string]string{"kv": kv})
			o := tight()
			o.Logf = t.Logf
			for _, f := range backendtest.Check(be, o) {
				t.Error(f)
			}
		})
	}
}

// matmulFault wraps one MatMul slot of any weight type.
type matmul[W any] func(y []float32, ldy int, x []float32, w W, T, in, o0, o1 int)

// lastRowFromPrevious: for T ≥ 16 the last row is computed from the
// activations of the row before it (a blocked path's tail tile reading
// one row short).
func lastRowFromPrevious[W any](f matmul[W]) matmul[W] {
	return func(y []float32, ldy int, x []float32, w W, T, in, o0, o1 int) {
		f(y, ldy, x, w, T, in, o0, o1)
		if T >= 16 {
			f(y[(T-1)*ldy:], ldy, x[(T-2)*in:], w, 1, in, o0, o1)
		}
	}
}

// firstKBlockOnly: for in > 256 only the first 256 inputs are summed (a
// K-blocked loop that drops its tail blocks).
func firstKBlockOnly[W any](f matmul[W]) matmul[W] {
	return func(y []float32, ldy int, x []float32, w W, T, in, o0, o1 int) {
		if in > 256 {
			x2 := append([]float32(nil), x[:T*in]...)
			for t := range T {
				clear(x2[t*in+256 : (t+1)*in])
			}
			x = x2
		}
		f(y, ldy, x, w, T, in, o0, o1)
	}
}

func withMatMuls(k kernels.Set, f32 func(matmul[[]float32]) matmul[[]float32], u16 func(matmul[[]uint16]) matmul[[]uint16], q func(matmul[[]byte]) matmul[[]byte]) kernels.Set {
	k.MatMulF32 = f32(k.MatMulF32)
	k.MatMulBF16 = u16(k.MatMulBF16)
	k.MatMulF16 = u16(k.MatMulF16)
	k.MatMulQ8_0 = q(k.MatMulQ8_0)
	k.MatMulQ4_0 = q(k.MatMulQ4_0)
	return k
}

// wrapper is the go backend with an executor fault: hooks on Compile,
// NewKVCache, CopyPrefix and Run.
type wrapper struct {
	backends.Backend
	graph  func(g *backends.Graph) *backends.Graph
	layout func(l backends.KVLayout) backends.KVLayout
	fork   func(c backends.KVCache, dst, src, n int) error
	run    func(e backends.Executable, ctx context.Context, c backends.KVCache, s *backends.Step) (*backends.Output, error)
	notImp bool
}

type wrappedExec struct {
	backends.Executable
	w *wrapper
}

type wrappedCache struct {
	backends.KVCache
	w *wrapper
	l backends.KVLayout // the layout asked for
}

func (w *wrapper) Compile(g *backends.Graph) (backends.Executable, error) {
	if w.notImp {
		return nil, fmt.Errorf("wrapper: %w", backends.ErrNotImplemented)
	}
	if w.graph != nil {
		g = w.graph(g)
	}
	e, err := w.Backend.Compile(g)
	if err != nil {
		return nil, err
	}
	return &wrappedExec{e, w}, nil
}

func (w *wrapper) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	inner := l
	if w.layout != nil {
		inner = w.layout(l)
	}
	c, err := w.Backend.NewKVCache(inner)
	if err != nil {
		return nil, err
	}
	return &wrappedCache{c, w, l}, nil
}

func (c *wrappedCache) Layout() backends.KVLayout { return c.l }

func (c *wrappedCache) CopyPrefix(dst, src, n int) error {
	if c.w.fork != nil {
		return c.w.fork(c.KVCache, dst, src, n)
	}
	return c.KVCache.CopyPrefix(dst, src, n)
}

func (e *wrappedExec) Run(ctx context.Context, c backends.KVCache, s *backends.Step) (*backends.Output, error) {
	if wc, ok := c.(*wrappedCache); ok {
		c = wc.KVCache
	}
	if e.w.run != nil {
		return e.w.run(e.Executable, ctx, c, s)
	}
	return e.Executable.Run(ctx, c, s)
}

// widerWindows moves every sliding window one position further, in the
// layout and the attention ops alike (an executor counting the window
// from p−W instead of p−W+1).
func widerWindows(l backends.KVLayout) backends.KVLayout {
	l.Windows = append([]int(nil), l.Windows...)
	for i, w := range l.Windows {
		if w > 0 {
			l.Windows[i] = w + 1
		}
	}
	return l
}

func widerWindowGraph(g *backends.Graph) *backends.Graph {
	g2 := *g
	g2.Cache = widerWindows(g.Cache)
	g2.Ops = append([]backends.Op(nil), g.Ops...)
	for i := range g2.Ops {
		if op := &g2.Ops[i]; op.Kind == backends.Attention && op.Window > 0 {
			op.Window++
		}
	}
	return &g2
}

// shiftedRows answers every narrow output from the next logit row.
func shiftedRows(e backends.Executable, ctx context.Context, c backends.KVCache, s *backends.Step) (*backends.Output, error) {
	s2 := *s
	n := int32(len(s.LogitRows))
	s2.Targets = make([]backends.Target, len(s.Targets))
	for i, t := range s.Targets {
		s2.Targets[i] = backends.Target{Row: (t.Row + 1) % max(n, 1), Token: t.Token}
	}
	out, err := e.Run(ctx, c, &s2)
	if err != nil || out == nil {
		return out, err
	}
	o := *out
	if out.Argmax != nil {
		o.Argmax = make([]int32, len(out.Argmax))
		for i := range o.Argmax {
			o.Argmax[i] = out.Argmax[(i+1)%len(out.Argmax)]
		}
	}
	return &o, nil
}

func TestFaultsAreCaught(t *testing.T) {
	if testing.Short() {
		t.Skip("seven runs of the conformance suite")
	}
	scalar := kernels.Scalar
	ropeTable := scalar
	ropeTable.RoPEAngles = func(cos, sin []float64, pos float64, invFreq []float64) {
		if pos >= 64 {
			pos = math.Mod(pos, 64) // a 64-entry angle table indexed without a bound
		}
		scalar.RoPEAngles(cos, sin, pos, invFreq)
	}
	faults := []struct {
		name string
		open func(t *testing.T) backends.Backend
		// must lists case-name prefixes at least one failure must fall in.
		must []string
	}{
		{"matmul wrong for T≥16", func(t *testing.T) backends.Backend {
			return openGo(t, withMatMuls(scalar, lastRowFromPrevious, lastRowFromPrevious, lastRowFromPrevious), nil)
		}, []string{"prefill-blocked/w=f32/", "prefill-blocked/w=q4_0/"}},
		{"matmul wrong for in>256", func(t *testing.T) backends.Backend {
			return openGo(t, withMatMuls(scalar, firstKBlockOnly, firstKBlockOnly, firstKBlockOnly), nil)
		}, []string{"prefill-blocked/w=f32/", "prefill-blocked/w=bf16/", "prefill-blocked/w=q8_0/"}},
		{"rope wrong at positions ≥64", func(t *testing.T) backends.Backend {
			return openGo(t, ropeTable, nil)
		}, []string{"gqa-sliding-long/w=f32/", "fork-multislot/w=f32/"}},
		{"attention window one too wide", func(t *testing.T) backends.Backend {
			return &wrapper{Backend: openGo(t, scalar, nil), graph: widerWindowGraph, layout: widerWindows}
		}, []string{"gqa-sliding-long/w=f32/", "mqa-headdim256/w=f32/", "fork-multislot/w=f32/"}},
		{"copy prefix one position short", func(t *testing.T) backends.Backend {
			return &wrapper{Backend: openGo(t, scalar, nil), fork: func(c backends.KVCache, dst, src, n int) error {
				return c.CopyPrefix(dst, src, max(n-1, 0))
			}}
		}, []string{"fork-multislot/w=f32/"}},
		{"narrow outputs from the next row", func(t *testing.T) backends.Backend {
			return &wrapper{Backend: openGo(t, scalar, nil), run: shiftedRows}
		}, []string{"prefill-blocked/w=f32/", "fork-multislot/w=f32/"}},
		{"everything not implemented", func(t *testing.T) backends.Backend {
			return &wrapper{Backend: openGo(t, scalar, nil), notImp: true}
		}, []string{"prefill-blocked/w=f32/kv=f32", "prefill-blocked/w=bf16/kv=f32", "contract/"}},
	}
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			fails := backendtest.Check(f.open(t), backendtest.Options{})
			if len(fails) == 0 {
				t.Fatal("the suite passed a faulty backend")
			}
			cases := backendtest.FailedCases(fails)
			t.Logf("caught by %d of %d checks: %s", len(cases), len(backendtest.CaseNames()), strings.Join(cases, " "))
			t.Logf("first failure: %v", fails[0])
			for _, m := range f.must {
				found := false
				for _, c := range cases {
					found = found || strings.HasPrefix(c, m)
				}
				if !found {
					t.Errorf("no failure in %s*", m)
				}
			}
		})
	}
}
