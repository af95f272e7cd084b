package backends_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
)

func TestValidateRejectsBrokenGraphs(t *testing.T) {
	good := func() *backends.Graph {
		g := backendtest.SampleGraph(rand.New(rand.NewPCG(1, 2)), backends.BF16)
		return g
	}
	if err := good().Validate(); err != nil {
		t.Fatalf("conformance graph invalid: %v", err)
	}
	cases := []struct {
		name   string
		break_ func(g *backends.Graph)
		want   string
	}{
		{"undefined input", func(g *backends.Graph) { g.Ops[1].In[0] = backends.Value(len(g.Values) - 1) }, "undefined value"},
		{"written twice", func(g *backends.Graph) { g.Ops[1].Out = g.Ops[0].Out }, "twice"},
		{"weight shape", func(g *backends.Graph) { g.Ops[1].W.Shape = []int{3, 3} }, "shape"},
		{"weight bytes", func(g *backends.Graph) { g.Ops[1].W.Data = g.Ops[1].W.Data[:10] }, "bytes"},
		{"missing weight", func(g *backends.Graph) { g.Ops[1].W = nil }, "missing weight"},
		{"output never computed", func(g *backends.Graph) { g.Output = backends.Value(999) }, "output"},
		{"rows", func(g *backends.Graph) { g.LogitRows = g.Rows + 1 }, "logit rows"},
		{"input count", func(g *backends.Graph) { g.Ops[1].In = nil }, "inputs"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := good()
			tc.break_(g)
			err := g.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}

func TestOpenUnknownBackend(t *testing.T) {
	_, err := backends.Open("nosuch", backends.Options{})
	if !errors.Is(err, backends.ErrUnknownBackend) || !strings.Contains(err.Error(), "nosuch") {
		t.Fatalf("Open(nosuch) = %v", err)
	}
}

func TestParseSpec(t *testing.T) {
	name, extra, err := backends.ParseSpec("cuda:device=1,graphs=off")
	if err != nil || name != "cuda" || extra["device"] != "1" || extra["graphs"] != "off" {
		t.Fatalf("ParseSpec = %q %v %v", name, extra, err)
	}
	for _, bad := range []string{"", ":x=1", "cuda:device"} {
		if _, _, err := backends.ParseSpec(bad); err == nil {
			t.Errorf("ParseSpec(%q) accepted", bad)
		}
	}
}

func TestStepCostMatMul(t *testing.T) {
	g := backendtest.SampleGraph(rand.New(rand.NewPCG(1, 2)), backends.BF16)
	for i := range g.Ops {
		op := &g.Ops[i]
		if op.Kind != backends.MatMul || op.Name != "up" {
			continue
		}
		c := g.OpCost(op, 1)
		in, out := g.Values[op.In[0]], g.Values[op.Out]
		if want := int64(2 * in.Rows * in.Cols * out.Cols); c.FLOPs != want {
			t.Errorf("matmul FLOPs %d, want %d", c.FLOPs, want)
		}
		if c.Bytes < op.W.Bytes() {
			t.Errorf("matmul bytes %d below its weight's %d", c.Bytes, op.W.Bytes())
		}
	}
}

func TestSplitSpecs(t *testing.T) {
	for in, want := range map[string][]string{
		"go":                                {"go"},
		"go,simd":                           {"go", "simd"},
		"go,simd:math=exact,kernels=avx2":   {"go", "simd:math=exact,kernels=avx2"},
		"simd:math=fast,go:kv=ring,simd":    {"simd:math=fast", "go:kv=ring", "simd"},
		"simd:kernels=avx2,math=exact,cuda": {"simd:kernels=avx2,math=exact", "cuda"},
	} {
		got, err := backends.SplitSpecs(in)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("SplitSpecs(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "go,", ",go", "math=fast", "go,math=fast"} {
		if got, err := backends.SplitSpecs(bad); err == nil {
			t.Errorf("SplitSpecs(%q) = %q, want an error", bad, got)
		}
	}
}
