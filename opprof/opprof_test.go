package opprof_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	_ "github.com/gemma-bench/gemma-bench/backends/cpu"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/opprof"
	"github.com/google/pprof/profile"
)

// tinyModel is a three-layer Gemma 2 at test size, as the model tests make
// theirs.
func tinyModel(t *testing.T) *model.Model {
	t.Helper()
	c, err := model.ByName("gemma2-2b")
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "custom"
	c.VocabSize, c.ModelDim, c.FFNDim = 64, 32, 64
	c.Heads, c.KVHeads, c.HeadDim = 4, 2, 8
	c.QueryPreAttnScalar = 8
	c.MaxPositions = 64
	c.SlidingWindow = 4
	c.Layers, c.LayerKinds = 3, c.LayerKinds[:3]
	dir := t.TempDir()
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 1, DType: backends.F32, NoTokenizer: true}); err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// steps records what the runner handed the profiler, beside the builder,
// so the test can check the profile against the steps themselves.
type steps struct {
	ops   int
	total time.Duration
	flops int64
	kinds map[string]int
}

// TestProfileOfRealSteps profiles a prefill and two decode steps on the go
// backend, writes the profile, parses it back and checks every sample
// against the steps: one per op executed, durations summing to the
// steps' time, labels and stacks that say which op it was.
func TestProfileOfRealSteps(t *testing.T) {
	m := tinyModel(t)
	be, err := backends.Open("go", backends.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 1, MaxLen: 32, MaxRows: 8})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	b := opprof.New()
	var got steps
	got.kinds = map[string]int{}
	depth := 0
	hook := b.HookAt("go", func() int { return depth })
	prefillRows := 0
	r.SetProfiler(func(g *backends.Graph, prof []backends.OpTime) {
		hook(g, prof)
		if g.Rows > 1 {
			prefillRows = g.Rows // the bucket the runner padded to
		}
		for _, p := range prof {
			op := &g.Ops[p.Op]
			got.ops++
			got.total += p.D
			got.flops += g.OpCost(op, depth).FLOPs
			got.kinds[op.Kind.String()]++
		}
	})
	ctx := context.Background()
	depth = 3
	if _, err := r.Prefill(ctx, 0, 0, []int32{2, 5, 7, 9, 11}, backends.WantArgmax); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		depth = 6 + i
		if _, err := r.Decode(ctx, []int32{0}, []int32{int32(5 + i)}, []int32{13}, backends.WantArgmax); err != nil {
			t.Fatal(err)
		}
	}
	if got.ops == 0 || b.Len() != got.ops {
		t.Fatalf("builder holds %d samples, the steps executed %d ops", b.Len(), got.ops)
	}

	path := filepath.Join(t.TempDir(), "ops.pb.gz")
	if err := b.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.CheckValid(); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, st := range p.SampleType {
		types = append(types, st.Type+"/"+st.Unit)
	}
	if s := strings.Join(types, " "); s != "time/nanoseconds bytes/bytes flops/count" || p.DefaultSampleType != "time" {
		t.Fatalf("sample types %s, default %q", s, p.DefaultSampleType)
	}
	if len(p.Sample) != got.ops {
		t.Fatalf("%d samples, %d op executions", len(p.Sample), got.ops)
	}
	var ns, flops int64
	kinds := map[string]int{}
	layers := map[int64]bool{}
	for _, s := range p.Sample {
		ns += s.Value[0]
		flops += s.Value[2]
		if s.Value[0] < 0 || s.Value[1] <= 0 {
			t.Errorf("sample %v: negative time or no bytes", s.Value)
		}
		kind, name := s.Label["kind"], s.Label["name"]
		if len(kind) != 1 || len(name) != 1 || len(s.Label["backend"]) != 1 || s.Label["backend"][0] != "go" {
			t.Fatalf("labels %v", s.Label)
		}
		kinds[kind[0]]++
		leaf := s.Location[0].Line[0].Function.Name
		if !strings.HasPrefix(leaf, kind[0]+".") {
			t.Errorf("op %s (%s): leaf frame %q", name[0], kind[0], leaf)
		}
		if l, ok := s.NumLabel["layer"]; ok {
			layers[l[0]] = true
			// The layer's own frame, and the op's name without its prefix.
			if len(s.Location) != 2 || s.Location[1].Line[0].Function.Name != "layer."+itoa(l[0]) {
				t.Errorf("op %s: stack %v", name[0], frames(s))
			}
			if want := kind[0] + "." + strings.TrimPrefix(name[0], "l"+itoa(l[0])+"."); leaf != want {
				t.Errorf("op %s: leaf %q, want %q", name[0], leaf, want)
			}
		} else if len(s.Location) != 1 {
			t.Errorf("op %s outside the blocks: stack %v", name[0], frames(s))
		}
		if r := s.NumLabel["rows"]; len(r) != 1 || (r[0] != int64(prefillRows) && r[0] != 1) {
			t.Errorf("op %s: rows label %v, want the prefill's %d or a decode step's 1", name[0], r, prefillRows)
		}
		if _, ok := s.NumLabel["ctx"]; !ok {
			t.Errorf("op %s: no ctx label", name[0])
		}
		if kind[0] == "matmul" && len(s.Label["weights"]) != 1 {
			t.Errorf("matmul %s: weights label %v", name[0], s.Label["weights"])
		}
	}
	if ns != got.total.Nanoseconds() || p.DurationNanos != ns {
		t.Errorf("sample times sum to %d ns, duration %d ns; the steps took %d ns", ns, p.DurationNanos, got.total.Nanoseconds())
	}
	if flops != got.flops {
		t.Errorf("sample flops sum to %d, the cost model says %d", flops, got.flops)
	}
	for k, n := range got.kinds {
		if kinds[k] != n {
			t.Errorf("kind %s: %d samples, %d executions", k, kinds[k], n)
		}
	}
	if len(layers) != 3 {
		t.Errorf("layers seen: %v", layers)
	}
	if kinds["matmul"] == 0 || kinds["attention"] == 0 {
		t.Errorf("kinds %v", kinds)
	}
	pprofTop(t, path)
}

// pprofTop runs `go tool pprof -top` on the file when a go tool is at
// hand: the profile must read as a table of ops, and -tagfocus must
// select by label.
func pprofTop(t *testing.T, path string) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Log("no go tool on PATH: skipping the pprof -top check")
		return
	}
	top := func(args ...string) string {
		cmd := exec.Command(goTool, append(append([]string{"tool", "pprof", "-top"}, args...), path)...)
		cmd.Env = append(os.Environ(), "PPROF_TMPDIR="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go tool pprof -top %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	all := top()
	for _, want := range []string{"matmul.attn_q", "attention.attn", "layer.2", "embed.embed"} {
		if !strings.Contains(all, want) {
			t.Errorf("pprof -top lacks %s:\n%s", want, all)
		}
	}
	mm := top("-tagfocus=kind=matmul")
	if !strings.Contains(mm, "matmul.ffn_down") || strings.Contains(mm, "attention.attn") || strings.Contains(mm, "rmsnorm.") {
		t.Errorf("pprof -top -tagfocus=kind=matmul:\n%s", mm)
	}
	l1 := top("-tagfocus=layer=1", "-sample_index=flops")
	if strings.Contains(l1, "layer.0") || strings.Contains(l1, "layer.2") || !strings.Contains(l1, "layer.1") {
		t.Errorf("pprof -top -tagfocus=layer=1:\n%s", l1)
	}
}

func frames(s *profile.Sample) []string {
	var f []string
	for _, l := range s.Location {
		f = append(f, l.Line[0].Function.Name)
	}
	return f
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

// TestOutOfRangeOpsDropped: a timing naming an op its graph lacks (a
// backend bug) is counted in a comment, not a panic or a wrong sample.
func TestOutOfRangeOpsDropped(t *testing.T) {
	g := &backends.Graph{Rows: 1, Ops: []backends.Op{{Kind: backends.GatherRows, Name: "gather", Layer: -1}},
		Values: []backends.ValueInfo{{Name: "x", Rows: 1, Cols: 4}, {Name: "y", Rows: 1, Cols: 4}}}
	g.Ops[0].In, g.Ops[0].Out = []backends.Value{0}, 1
	b := opprof.New()
	b.Add("go", g, []backends.OpTime{{Op: 0, D: time.Microsecond}, {Op: 5, D: time.Microsecond}, {Op: -1}})
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p, err := profile.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sample) != 1 || p.Sample[0].Value[0] != 1000 {
		t.Fatalf("samples %v", p.Sample)
	}
	if c := strings.Join(p.Comments, "\n"); !strings.Contains(c, "2 timings") {
		t.Errorf("comments %q", c)
	}
}
