package cpu

import (
	"context"
	"errors"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// normGraph is embed → norm(w) → gather → matmul: the smallest graph that
// makes the backend hold a widened weight (and, with a Q4_0 head, a packed
// one). The width is the norm's, the vocabulary the head's.
func normGraph(embed, norm, head *backends.Weight, rows int) *backends.Graph {
	d, vocab := norm.Shape[0], head.Shape[0]
	g := &backends.Graph{Rows: rows, LogitRows: 1, MaxTargets: 1, Vocab: vocab, Cache: backends.KVLayout{
		Layers: 1, KVHeads: 1, HeadDim: 2, DType: backends.F32, Windows: []int{0}, Seqs: 1, MaxLen: 8, MaxRows: 8}}
	x := g.NewValue("x", rows, d)
	n := g.NewValue("n", rows, d)
	s := g.NewValue("s", 1, d)
	o := g.NewValue("logits", 1, vocab)
	g.Ops = []backends.Op{
		{Kind: backends.Embed, Name: "embed", Layer: -1, W: embed, Scale: 1, Out: x},
		{Kind: backends.RMSNorm, Name: "norm", Layer: -1, W: norm, Eps: 1e-6, In: []backends.Value{x}, Out: n},
		{Kind: backends.GatherRows, Name: "gather", Layer: -1, In: []backends.Value{n}, Out: s},
		{Kind: backends.MatMul, Name: "head", Layer: -1, W: head, In: []backends.Value{s}, Out: o},
	}
	g.Output = o
	return g
}

func f32Weight(name string, shape ...int) *backends.Weight {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return &backends.Weight{Name: name, DType: backends.F32, Shape: shape, Data: make([]byte, 4*n)}
}

// TestCloseReleasesWeights: a widened weight lives while any executable
// that reads it is open, and no longer.
func TestCloseReleasesWeights(t *testing.T) {
	b, err := New("go", kernels.Scalar, backends.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	embed, head := f32Weight("embed", 5, 8), f32Weight("head", 5, 8)
	shared, own := f32Weight("shared", 8), f32Weight("own", 8)
	a, err := b.Compile(normGraph(embed, shared, head, 2))
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.Compile(normGraph(embed, shared, head, 3))
	if err != nil {
		t.Fatal(err)
	}
	d, err := b.Compile(normGraph(embed, own, head, 2))
	if err != nil {
		t.Fatal(err)
	}
	if n := b.heldWeights(); n != 2 {
		t.Fatalf("%d widened weights held, want 2 (shared once, own)", n)
	}
	d.Close()
	if n := b.heldWeights(); n != 1 {
		t.Fatalf("after closing its only user: %d weights held, want 1", n)
	}
	a.Close()
	a.Close() // twice is a no-op
	if n := b.heldWeights(); n != 1 {
		t.Fatalf("shared weight freed while an executable still reads it (%d held)", n)
	}
	cache, err := b.NewKVCache(normGraph(embed, shared, head, 3).Cache)
	if err != nil {
		t.Fatal(err)
	}
	st := &backends.Step{Tokens: []int32{1, 2, 3}, Positions: []int32{0, 1, 2}, Seqs: []int32{0, 0, 0}, LogitRows: []int32{2}, Want: backends.WantArgmax}
	if _, err := c.Run(context.Background(), cache, st); err != nil {
		t.Fatalf("the executable still open fails: %v", err)
	}
	c.Close()
	if n := b.heldWeights(); n != 0 {
		t.Fatalf("%d weights held after every executable closed", n)
	}
	if _, err := c.Run(context.Background(), cache, st); !errors.Is(err, backends.ErrClosed) {
		t.Fatalf("run after close: %v", err)
	}
	// A failed compile holds nothing either.
	bad := normGraph(embed, &backends.Weight{Name: "q", DType: backends.Q8_0, Shape: []int{8}, Data: make([]byte, 0)}, head, 2)
	if _, err := b.Compile(bad); err == nil {
		t.Fatal("quantized norm weight accepted")
	}
	if n := b.heldWeights(); n != 0 {
		t.Fatalf("failed compile left %d weights held", n)
	}
}
