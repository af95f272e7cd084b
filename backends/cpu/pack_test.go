package cpu

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/mmap"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// xorSet is Scalar with a fast Q4_0 product and a packed layout that is
// GGML's with every byte XORed: an executor that handed the packed
// product the stored matrix, or the stored product the packed one, would
// multiply garbage. packs counts the matrices packed.
func xorSet(packs *atomic.Int32) kernels.Set {
	s := kernels.Scalar
	s.FastQuant = true
	s.PackedQ4_0 = &kernels.PackedLayout{
		Name: "xor",
		Len:  func(out, in int) int { return out * int(backends.Q4_0.RowBytes(in)) },
		Pack: func(dst, w []byte, out, in int) {
			packs.Add(1)
			for i := range dst {
				dst[i] = w[i] ^ 0x5a
			}
		},
		MatMul: func(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int) {
			w := make([]byte, len(wp))
			for i, v := range wp {
				w[i] = v ^ 0x5a
			}
			kernels.MatMulQ4_0Q8(y, ldy, xq, w, T, in, o0, o1)
		},
		RowAlign: 16,
	}
	return s
}

// q4Head is a random [vocab, 32] Q4_0 matrix in data (which it fills).
func q4Head(data []byte, r *rand.Rand) *backends.Weight {
	const d = 32
	vocab := len(data) / int(backends.Q4_0.RowBytes(d))
	f := make([]float32, vocab*d)
	for i := range f {
		f[i] = float32(r.NormFloat64())
	}
	kernels.QuantizeQ4_0(data, f)
	return &backends.Weight{Name: "head", DType: backends.Q4_0, Shape: []int{vocab, d}, Data: data}
}

// q4Graph is normGraph with a Q4_0 head, 32 wide.
func q4Graph(embed, norm, head *backends.Weight) *backends.Graph {
	return normGraph(embed, norm, head, 2)
}

func logitsOf(t *testing.T, b *Backend, g *backends.Graph) []float32 {
	t.Helper()
	e, err := b.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	c, err := b.NewKVCache(g.Cache)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out, err := e.Run(context.Background(), c, &backends.Step{Tokens: []int32{1, 3}, Positions: []int32{0, 1}, Seqs: []int32{0, 0}, LogitRows: []int32{1}, Want: backends.WantLogits})
	if err != nil {
		t.Fatal(err)
	}
	return append([]float32(nil), out.Logits...)
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestRepack: repack=on multiplies a packed copy, made once however many
// executables read the matrix and freed with the last of them, and gives
// the stored layout's logits bit for bit; repack=off and math=exact never
// pack; auto packs a mapped matrix and leaves a heap one alone.
func TestRepack(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	embed := f32Weight("embed", 40, 32)
	for i := range embed.Data {
		embed.Data[i] = byte(r.Uint32() & 0x3f) // small finite floats
	}
	norm := f32Weight("norm", 32)
	for i := 0; i < len(norm.Data); i += 4 {
		norm.Data[i+2], norm.Data[i+3] = 0x80, 0x3f // 1.0
	}
	head := q4Head(make([]byte, 40*int(backends.Q4_0.RowBytes(32))), r)
	g := q4Graph(embed, norm, head)

	var packs atomic.Int32
	open := func(n Numerics, repack string) *Backend {
		b, err := NewWith("test", xorSet(&packs), n, backends.Options{Threads: 2, Extra: map[string]string{"repack": repack}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	}
	want := logitsOf(t, open(Fast, repackOff), g)
	if slices.Equal(want, make([]float32, len(want))) {
		t.Fatal("the case's logits are all zero: it would tell no layout from another")
	}
	if packs.Load() != 0 {
		t.Fatalf("repack=off packed %d matrices", packs.Load())
	}
	logitsOf(t, open(Exact, repackOn), g)
	if packs.Load() != 0 {
		t.Fatalf("math=exact packed %d matrices", packs.Load())
	}

	on := open(Fast, repackOn)
	a, err := on.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	c, err := on.Compile(q4Graph(embed, norm, head))
	if err != nil {
		t.Fatal(err)
	}
	if packs.Load() != 1 {
		t.Fatalf("two executables of one matrix packed it %d times, want once", packs.Load())
	}
	if got := on.Settings()["repack"]; got != repackOn {
		t.Errorf("settings say repack=%q", got)
	}
	a.Close()
	c.Close()
	if n := on.heldWeights(); n != 0 {
		t.Fatalf("%d weights held after every executable closed", n)
	}
	if got := logitsOf(t, on, g); !sameBits(got, want) {
		t.Fatalf("packed logits %v, stored layout's %v", got, want)
	}

	packs.Store(0)
	auto := open(Fast, repackAuto)
	if got := logitsOf(t, auto, g); !sameBits(got, want) || packs.Load() != 0 {
		t.Fatalf("auto on a heap matrix: %d packs, logits %v want %v", packs.Load(), got, want)
	}
	// The same matrix in a file mapping: auto packs it and drops its
	// pages, and the embedding-free graph still reads right after.
	path := filepath.Join(t.TempDir(), "head.bin")
	if err := os.WriteFile(path, head.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, unmap, err := mmap.Map(f, len(head.Data))
	if err != nil {
		t.Fatal(err)
	}
	defer unmap(m)
	mapped := &backends.Weight{Name: "head", DType: backends.Q4_0, Shape: head.Shape, Data: m, Mapped: mmap.Mapped}
	got := logitsOf(t, auto, q4Graph(embed, norm, mapped))
	if wantPacks := int32(0); mmap.Mapped {
		wantPacks = 1
		if packs.Load() != wantPacks {
			t.Fatalf("auto on a mapped matrix packed %d, want %d", packs.Load(), wantPacks)
		}
	}
	if !sameBits(got, want) {
		t.Fatalf("mapped, packed logits %v, want %v", got, want)
	}
	if string(m) != string(head.Data) {
		t.Fatal("the mapping reads differently after its pages were dropped")
	}

	if _, err := NewWith("test", xorSet(&packs), Fast, backends.Options{Extra: map[string]string{"repack": "always"}}); err == nil {
		t.Error("repack=always accepted")
	}
}
