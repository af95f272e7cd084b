package cuda_test

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/cuda"
	kc "github.com/gemma-bench/gemma-bench/kernels/cuda"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/modeltest"

	_ "github.com/gemma-bench/gemma-bench/backends/cpu" // the go reference
)

// The tiny reference checkpoints, and a small Gemma 2 shaped model with
// float32 weights (the shared models are bf16), so that the plan is also
// held to the float32 tolerance.
func testdataModels(t *testing.T) []modeltest.Named { return modeltest.Tiny(t) }
func synthF32(t *testing.T) modeltest.Named {
	return modeltest.Small(t, "gemma2-2b", 3, 7, backends.F32)
}

// A script step: rows as (slot, position), the logit rows, targets.
type scriptStep struct {
	seqs, pos []int32
	logit     []int32
	targets   []backends.Target
	want      backends.Want
}

// script mixes what the executor must serve: interleaved rows of two
// slots in one step, a prefill that wants nothing (the head skipped), a
// decode batch over slots at different positions, and windows shorter
// than the sequence (the models' windows are 3 or 4).
var script = []scriptStep{
	{seqs: []int32{0, 0, 0, 0, 1, 0, 0, 1}, pos: []int32{0, 1, 2, 3, 0, 4, 5, 1}, logit: []int32{5, 7},
		targets: []backends.Target{{Row: 0, Token: 3}, {Row: 1, Token: 9}, {Row: 1, Token: 10}}, want: backends.WantLogits | backends.WantArgmax | backends.WantTargets},
	{seqs: []int32{2, 2, 2, 2, 2, 2, 2, 2}, pos: []int32{0, 1, 2, 3, 4, 5, 6, 7}, logit: []int32{7, 7}},
	{seqs: []int32{0, 2}, pos: []int32{6, 8}, logit: []int32{0, 1}, targets: []backends.Target{{Row: 1, Token: 1}},
		want: backends.WantLogits | backends.WantArgmax | backends.WantTargets},
	{seqs: []int32{1, 0}, pos: []int32{2, 7}, logit: []int32{1, 0}, want: backends.WantLogits | backends.WantArgmax},
}

type limitsCase struct {
	name   string
	lim    cuda.Limits
	maxLen int
	splits bool // some attention must split its keys
}

var limitsCases = []limitsCase{
	{"one-split", cuda.Limits{Multiprocessors: 1, SharedOptinBytes: 227 << 10}, 16, false},
	{"split-k", cuda.H100, 600, true},
}

// TestPlanMatchesGoBackend runs every script step through the plan on
// the emulator and through the go backend, for the tiny reference models
// and a float32 one, both cache dtypes, with and without split keys, and
// holds the logits and narrow outputs together.
func TestPlanMatchesGoBackend(t *testing.T) {
	models := append(testdataModels(t), synthF32(t))
	for _, nm := range models {
		for _, kv := range []backends.DType{backends.F32, backends.BF16} {
			for _, lc := range limitsCases {
				for _, exact := range []bool{true, false} {
					name := nm.Name + "/w=" + nm.M.Weights.Embed.DType.String() + "/kv=" + kv.String() + "/" + lc.name
					if !exact {
						name += "/narrowed"
					}
					t.Run(name, func(t *testing.T) { runScript(t, nm.M, kv, lc, exact) })
				}
			}
		}
	}
}

// runScript plays the script; exact holds the plan to float32's
// tolerance with the bf16 narrowing of GEMM inputs undone (see
// emulator.exact), otherwise the narrowing stays and the bound is bf16
// activations' (the CUDA backend's numerics class: 26 layers of bf16
// products reach 2.6% of max|logit| on gemma2-tiny).
func runScript(t *testing.T, m *model.Model, kv backends.DType, lc limitsCase, exact bool) {
	layout := m.Config.KVLayout(3, lc.maxLen, 8, kv)
	ref, err := backends.Open("go", backends.Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	cache, err := ref.NewKVCache(layout)
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	rtol := 1e-4
	if !exact && m.Weights.Embed.DType != backends.F32 {
		rtol = 5e-2
	}
	if kv == backends.BF16 {
		rtol += 5e-3 // keys and values rounded to bf16 (backendtest's DefaultKVBF16)
	}
	var em *emulator
	sawSplit := false
	for si, s := range script {
		g, err := model.BuildGraph(m.Config, m.Weights, layout, len(s.seqs), len(s.logit))
		if err != nil {
			t.Fatal(err)
		}
		p, err := cuda.NewPlan(g, lc.lim)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range p.Launches {
			sawSplit = sawSplit || l.Kernel == kc.AttentionCombine
		}
		if em == nil {
			em = newEmulator(p, layout)
			em.exact = exact
		} else {
			em.rebind(p)
		}
		st := &backends.Step{Seqs: s.seqs, Positions: s.pos, LogitRows: s.logit, Targets: s.targets, Want: s.want}
		for r := range s.seqs {
			st.Tokens = append(st.Tokens, int32((7*si+13*r+1)%g.Vocab))
		}
		if err := st.CheckBounds(g); err != nil {
			t.Fatal(err)
		}
		got, logits, err := em.step(st)
		if err != nil {
			t.Fatalf("step %d: %v", si, err)
		}
		exe, err := ref.Compile(g)
		if err != nil {
			t.Fatal(err)
		}
		want, err := exe.Run(t.Context(), cache, st)
		if err != nil {
			t.Fatal(err)
		}
		if s.want == 0 {
			exe.Close()
			continue
		}
		maxAbs := 0.0
		for _, v := range want.Logits {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
		worst := 0.0
		for i := range want.Logits {
			worst = math.Max(worst, math.Abs(float64(logits[i]-want.Logits[i])))
		}
		if worst > rtol*maxAbs {
			t.Errorf("step %d: max |Δlogit| %.3g > %.0e·max|logit| (%.3g)", si, worst, rtol, maxAbs)
		}
		t.Logf("step %d: max |Δlogit| / max|logit| = %.2g", si, worst/maxAbs)
		if got.NonFinite != 0 {
			t.Errorf("step %d: %d non-finite rows", si, got.NonFinite)
		}
		for r := range g.LogitRows {
			row := logits[r*g.Vocab : (r+1)*g.Vocab]
			if a := got.Argmax[r]; row[a] != slicesMax(row) {
				t.Errorf("step %d row %d: argmax %d is not the row's maximum", si, r, a)
			}
			if d := float64(want.Logits[r*g.Vocab+int(got.Argmax[r])]) - float64(slicesMax(want.Logits[r*g.Vocab:(r+1)*g.Vocab])); math.Abs(d) > 2*rtol*maxAbs {
				t.Errorf("step %d row %d: argmax %d is %.3g below the reference's maximum", si, r, got.Argmax[r], -d)
			}
		}
		if len(got.LogProb) != len(s.targets) {
			t.Errorf("step %d: %d log-probs for %d targets", si, len(got.LogProb), len(s.targets))
		}
		for i := range got.LogProb {
			if d := math.Abs(got.LogProb[i] - want.LogProb[i]); d > 2*rtol*maxAbs {
				t.Errorf("step %d target %d: log-prob %.6g, reference %.6g", si, i, got.LogProb[i], want.LogProb[i])
			}
			tg := s.targets[i]
			if got.IsArgmax[i] != (got.Argmax[tg.Row] == tg.Token) {
				t.Errorf("step %d target %d: is-argmax disagrees with the argmax", si, i)
			}
		}
		exe.Close()
	}
	if lc.splits && !sawSplit {
		t.Errorf("no attention split its keys under %s", lc.name)
	}
}

func slicesMax(x []float32) float32 {
	m := x[0]
	for _, v := range x {
		if v > m {
			m = v
		}
	}
	return m
}

// kernelParams parses each kernel's C parameter list from the sources
// into the argument kinds a launch must pass.
func kernelParams(t *testing.T) map[string][]cuda.ArgKind {
	src, err := kc.Program()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`extern "C" __global__ void (\w+)\(([^)]*)\)`)
	out := map[string][]cuda.ArgKind{}
	for _, mm := range re.FindAllStringSubmatch(src, -1) {
		var kinds []cuda.ArgKind
		for _, p := range strings.Split(mm[2], ",") {
			switch p = strings.TrimSpace(p); {
			case strings.Contains(p, "*"):
				kinds = append(kinds, cuda.ArgPtr)
			case strings.HasPrefix(p, "long long "):
				kinds = append(kinds, cuda.ArgI64)
			case strings.HasPrefix(p, "int "):
				kinds = append(kinds, cuda.ArgI32)
			case strings.HasPrefix(p, "float "):
				kinds = append(kinds, cuda.ArgF32)
			default:
				t.Fatalf("kernel %s: parameter %q of a type the plan cannot pass", mm[1], p)
			}
		}
		out[mm[1]] = kinds
	}
	return out
}

// TestPlanInvariants checks every plan of the real graphs (every model,
// cache dtype and a spread of shapes) against what the executor and the
// kernels assume: each launch's arguments are its kernel's parameters,
// every buffer lies in the arena, values alive at once never share bytes
// (except an in-place op's dying input), regions do not overlap, the
// head starts at the gather, and geometry is within CUDA's limits.
func TestPlanInvariants(t *testing.T) {
	params := kernelParams(t)
	for _, nm := range testdataModels(t) {
		m := nm.M
		for _, kv := range []backends.DType{backends.F32, backends.BF16} {
			layout := m.Config.KVLayout(4, 2048, 256, kv)
			for _, shape := range [][2]int{{1, 1}, {2, 2}, {8, 1}, {8, 8}, {64, 4}, {256, 1}} {
				g, err := model.BuildGraph(m.Config, m.Weights, layout, shape[0], shape[1])
				if err != nil {
					t.Fatal(err)
				}
				p, err := cuda.NewPlan(g, cuda.H100)
				if err != nil {
					t.Fatal(err)
				}
				checkPlan(t, nm.Name, p, params)
			}
		}
	}
}

func checkPlan(t *testing.T, name string, p *cuda.Plan, params map[string][]cuda.ArgKind) {
	t.Helper()
	g := p.Graph
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s rows=%d: "+format, append([]any{name, g.Rows}, args...)...)
	}
	// Launches cover every op in order; the head begins at the gather.
	last := -1
	seen := map[int]bool{}
	for i, l := range p.Launches {
		if i < p.Stats && (l.Op < last || l.Op < 0) {
			fail("launch %d (%s) out of op order", i, l.String())
		}
		if i >= p.Stats && l.Op != -1 {
			fail("output launch %d belongs to op %d", i, l.Op)
		}
		if i < p.Stats {
			last = l.Op
			seen[l.Op] = true
		}
		if l.Gemm == nil {
			want, ok := params[l.Kernel]
			if !ok {
				fail("launch %d: no kernel %q", i, l.Kernel)
				continue
			}
			if len(want) != len(l.Args) {
				fail("launch %d (%s): %d arguments, the kernel takes %d", i, l.Kernel, len(l.Args), len(want))
				continue
			}
			for j, a := range l.Args {
				if a.Kind != want[j] {
					fail("launch %d (%s): argument %d is kind %d, the kernel's parameter %d", i, l.Kernel, j, a.Kind, want[j])
				}
			}
		}
	}
	for i := range g.Ops {
		if !seen[i] {
			fail("op %d (%s) has no launch", i, g.Ops[i].Name)
		}
	}
	if p.Launches[p.Head].Op != g.Head() || (p.Head > 0 && p.Launches[p.Head-1].Op >= g.Head()) {
		fail("head starts at launch %d (op %d), the gather is op %d", p.Head, p.Launches[p.Head].Op, g.Head())
	}
	// Regions: values, narrow scratch, partials, inputs, outputs, in
	// order and inside the arena.
	type region struct {
		name     string
		off, len int64
	}
	regions := []region{{"narrow", p.Narrow.Off, p.NarrowBytes}, {"partial", p.Partial.Off, p.PartBytes},
		{"inputs", p.Inputs.Base, p.Inputs.Bytes}, {"outputs", p.Outputs.Base, p.Outputs.Bytes}}
	valEnd := int64(0)
	for v, off := range p.Values {
		if off >= 0 {
			valEnd = max(valEnd, off+4*int64(g.Values[v].Rows)*int64(g.Values[v].Cols))
		}
	}
	prev := region{"values", 0, valEnd}
	for _, r := range regions {
		if r.off < prev.off+prev.len || r.off%256 != 0 {
			fail("region %s at %d overlaps %s [%d, %d) or is misaligned", r.name, r.off, prev.name, prev.off, prev.off+prev.len)
		}
		prev = r
	}
	if prev.off+prev.len > p.ArenaBytes {
		fail("outputs end at %d past the arena's %d bytes", prev.off+prev.len, p.ArenaBytes)
	}
	// Liveness: define and last use of every value.
	def, lastUse := make([]int, len(g.Values)), make([]int, len(g.Values))
	for v := range lastUse {
		def[v], lastUse[v] = -1, -1
	}
	for i, op := range g.Ops {
		def[op.Out] = i
		for _, v := range op.In {
			lastUse[v] = i
		}
	}
	lastUse[g.Output] = len(g.Ops)
	inPlaceOK := func(a, b int) bool { // b written by the op where a dies, from a
		op := g.Ops[def[b]]
		switch op.Kind {
		case backends.RMSNorm, backends.RoPE, backends.SoftCap, backends.Add, backends.GeGLU:
		default:
			return false
		}
		if lastUse[a] != def[b] || p.Values[a] != p.Values[b] {
			return false
		}
		for _, v := range op.In {
			if int(v) == a {
				return true
			}
		}
		return false
	}
	size := func(v int) int64 { return 4 * int64(g.Values[v].Rows) * int64(g.Values[v].Cols) }
	for a := range g.Values {
		if def[a] < 0 {
			continue
		}
		end := max(lastUse[a], def[a])
		for b := a + 1; b < len(g.Values); b++ {
			if def[b] < 0 || def[b] > end || def[a] > max(lastUse[b], def[b]) {
				continue // not alive together
			}
			oa, ob := p.Values[a], p.Values[b]
			if oa < ob+size(b) && ob < oa+size(a) && !inPlaceOK(a, b) && !inPlaceOK(b, a) {
				fail("values %s and %s are alive together and share bytes", g.Values[a].Name, g.Values[b].Name)
			}
		}
	}
	// Every GEMM reads a weight as [out, in] and writes its output value.
	for i, l := range p.Launches {
		gm := l.Gemm
		if gm == nil {
			continue
		}
		op := g.Ops[l.Op]
		w := p.Weights[gm.A.Index]
		if w != op.W || gm.M != w.Shape[0] || gm.K != w.Shape[1] || gm.N != g.Values[op.Out].Rows || !gm.TransA || gm.TransB {
			fail("launch %d: gemm m=%d n=%d k=%d for weight %s %v", i, gm.M, gm.N, gm.K, w.Name, w.Shape)
		}
		if gm.C.Off != p.Values[op.Out] || gm.LDA < gm.K || gm.LDB < gm.K || gm.LDC < gm.M {
			fail("launch %d: gemm writes %d (output at %d), lda %d ldb %d ldc %d", i, gm.C.Off, p.Values[op.Out], gm.LDA, gm.LDB, gm.LDC)
		}
	}
}

// A weight format the kernels lack is ErrNotImplemented, not a bad plan.
func TestPlanRefusesQuantizedWeights(t *testing.T) {
	m := testdataModels(t)[0].M
	w := *m.Weights
	q := *w.Embed
	q.DType = backends.Q8_0
	q.Data = make([]byte, q.DType.RowBytes(q.Shape[0]*q.Shape[1]))
	w.Embed = &q
	g, err := model.BuildGraph(m.Config, &w, m.Config.KVLayout(1, 16, 8, backends.F32), 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cuda.NewPlan(g, cuda.H100); err == nil || !strings.Contains(err.Error(), "not implemented") {
		t.Fatalf("q8_0 embedding: %v", err)
	}
}
