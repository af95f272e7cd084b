package backendtest

import (
	"context"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// The suite's decoders and encoders against the kernels' (two independent
// implementations agreeing on every input).

func TestHalfDecodersMatchKernels(t *testing.T) {
	for h := range 1 << 16 {
		b, f := bf16Value(uint16(h)), f16Value(uint16(h))
		if kb := float64(kernels.BF16ToF32(uint16(h))); !(b == kb || b != b && kb != kb) {
			t.Fatalf("bf16 %#04x: %g, kernels %g", h, b, kb)
		}
		if kf := float64(kernels.F16ToF32(uint16(h))); !(f == kf || f != f && kf != kf) {
			t.Fatalf("f16 %#04x: %g, kernels %g", h, f, kf)
		}
	}
}

func TestHalfEncodersMatchKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	vals := []float32{0, 1, -1, 65504, 65519.99, 65520, 1e-8, 6e-8, 3e-8, 2.98e-8, 6.1e-5, 1e30, float32(math.Inf(1)), float32(math.Inf(-1))}
	for range 200000 {
		vals = append(vals, math.Float32frombits(rng.Uint32()))
	}
	for _, v := range vals {
		if v != v {
			continue
		}
		if got, want := bf16Bits(v), kernels.F32ToBF16(v); got != want {
			t.Fatalf("bf16 of %g (%#08x): %#04x, kernels %#04x", v, math.Float32bits(v), got, want)
		}
		if got, want := f16Bits(float64(v)), kernels.F32ToF16(v); got != want {
			t.Fatalf("f16 of %g (%#08x): %#04x, kernels %#04x", v, math.Float32bits(v), got, want)
		}
	}
}

func TestBlockDecodersMatchKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	for _, dt := range []backends.DType{backends.Q8_0, backends.Q4_0} {
		w := RandomWeight(rng, "w", dt, 0.7, 8, 64)
		got, err := decode(w)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]float32, 8*64)
		if dt == backends.Q8_0 {
			kernels.DequantQ8_0(want, w.Data)
		} else {
			kernels.DequantQ4_0(want, w.Data)
		}
		lo, hi := 0.0, 0.0
		for i := range want {
			if got[i] != float64(want[i]) {
				t.Fatalf("%s value %d: %g, kernels %g", dt, i, got[i], want[i])
			}
			lo, hi = min(lo, got[i]), max(hi, got[i])
		}
		if lo > -0.3 || hi < 0.3 || lo < -0.8 || hi > 0.8 {
			t.Errorf("%s weights of scale 0.7 span [%g, %g]", dt, lo, hi)
		}
	}
}

// Known answers for the reference's ops, on hand-built values.

func newOpGraph(rows int, values ...backends.ValueInfo) *backends.Graph {
	return &backends.Graph{Rows: rows, LogitRows: 1, Vocab: 1, Values: values,
		Cache: backends.KVLayout{Layers: 1, KVHeads: 1, HeadDim: 2, DType: backends.F32, Windows: []int{2}, Seqs: 1, MaxLen: 8, MaxRows: 8}}
}

func f32Weight(vals ...float32) *backends.Weight {
	w := &backends.Weight{Name: "w", DType: backends.F32, Shape: []int{len(vals)}, Data: make([]byte, 4*len(vals))}
	for i, v := range vals {
		binary.LittleEndian.PutUint32(w.Data[4*i:], math.Float32bits(v))
	}
	return w
}

func near(t *testing.T, what string, got, want []float64) {
	t.Helper()
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Fatalf("%s: got %v, want %v", what, got, want)
		}
	}
}

func TestReferenceOps(t *testing.T) {
	t.Run("rmsnorm groups", func(t *testing.T) {
		g := newOpGraph(1, backends.ValueInfo{Rows: 1, Cols: 4}, backends.ValueInfo{Rows: 1, Cols: 4})
		w := f32Weight(0, 1)
		e := &refExec{g: g, w: map[*backends.Weight][]float64{w: {0, 1}}}
		vals := [][]float64{{3, 4, 1, 1}, nil}
		e.op(&backends.Op{Kind: backends.RMSNorm, In: []backends.Value{0}, Out: 1, W: w, AddOne: true, Group: 2}, vals, nil, &backends.Step{})
		s := math.Sqrt(12.5)
		near(t, "rmsnorm", vals[1], []float64{3 / s, 2 * 4 / s, 1, 2})
	})
	t.Run("rope quarter turn", func(t *testing.T) {
		g := newOpGraph(1, backends.ValueInfo{Rows: 1, Cols: 4}, backends.ValueInfo{Rows: 1, Cols: 4})
		e := &refExec{g: g}
		vals := [][]float64{{1, 2, 3, 4}, nil}
		// Angle i = (1/PosScale)·Theta^(−2i/4): π/2 for i = 0, π/2/Theta^½ = π for i = 1 with Theta 1/4.
		e.op(&backends.Op{Kind: backends.RoPE, In: []backends.Value{0}, Out: 1, Heads: 1, HeadDim: 4, Theta: 0.25, PosScale: 2 / math.Pi},
			vals, nil, &backends.Step{Positions: []int32{1}})
		// Pairs (x0, x2) and (x1, x3): (1,3) by π/2 → (−3, 1); (2,4) by π → (−2, −4).
		near(t, "rope", vals[1], []float64{-3, -2, 1, -4})
	})
	t.Run("geglu", func(t *testing.T) {
		g := newOpGraph(1, backends.ValueInfo{Rows: 1, Cols: 2}, backends.ValueInfo{Rows: 1, Cols: 2}, backends.ValueInfo{Rows: 1, Cols: 2})
		e := &refExec{g: g}
		vals := [][]float64{{1, -2}, {2, 1}, nil}
		e.op(&backends.Op{Kind: backends.GeGLU, In: []backends.Value{0, 1}, Out: 2}, vals, nil, &backends.Step{})
		// gelu_tanh(1) = 0.8411919906082768, gelu_tanh(−2) = −0.04540230591222329.
		near(t, "geglu", vals[2], []float64{2 * 0.8411919906082768, -0.04540230591222494})
	})
	t.Run("attention window", func(t *testing.T) {
		// Window 2 at position 5: only positions 4 and 5, keys equal so
		// the weights are ½ each. Positions 0..3 hold other values.
		ref := NewReference().(*reference)
		kv, err := ref.NewKVCache(backends.KVLayout{Layers: 1, KVHeads: 1, HeadDim: 2, DType: backends.F32, Windows: []int{2}, Seqs: 1, MaxLen: 8, MaxRows: 8})
		if err != nil {
			t.Fatal(err)
		}
		c := kv.(*refCache)
		for p := range 4 {
			copy(c.k[0][0][2*p:], []float64{1, 1})
			copy(c.v[0][0][2*p:], []float64{100, 100})
		}
		g := newOpGraph(2, backends.ValueInfo{Rows: 2, Cols: 2}, backends.ValueInfo{Rows: 2, Cols: 2}, backends.ValueInfo{Rows: 2, Cols: 2}, backends.ValueInfo{Rows: 2, Cols: 2})
		e := &refExec{g: g}
		vals := [][]float64{{0, 0, 0, 0}, {5, 5, 5, 5}, {1, 2, 3, 6}, nil}
		y := make([]float64, 4)
		e.attention(&backends.Op{Heads: 1, KVHeads: 1, HeadDim: 2, Window: 2, Scale: 1}, vals[0], vals[1], vals[2], y, c,
			&backends.Step{Tokens: []int32{0, 0}, Seqs: []int32{0, 0}, Positions: []int32{4, 5}})
		// Row at 4 sees 3 (100, 100) and itself (1, 2); row at 5 sees 4 and 5.
		near(t, "attention", y, []float64{50.5, 51, 2, 4})
	})
}

// The reference must pass its own suite exactly: this checks the scripts
// keep the sequence rules, the narrow outputs agree with the logits, and
// the contract checks hold for a conforming backend.
func TestReferencePassesSuite(t *testing.T) {
	t0 := time.Now()
	zero := map[backends.DType]Tolerance{}
	for _, dt := range weightDTypes {
		zero[dt] = Tolerance{}
	}
	be := NewReference()
	defer be.Close()
	RunBackend(t, be, Options{Tol: zero, KVBF16: Tolerance{ATol: 1e-300}, Logf: t.Logf})
	t.Logf("suite on the reference: %v", time.Since(t0))
}

// A reference whose logits are off by a little must fail.
func TestSuiteCatchesSmallLogitError(t *testing.T) {
	fails := Check(&perturbed{NewReference()}, Options{})
	if len(fails) == 0 {
		t.Fatal("Check passed a backend whose logits are 1e-3 off")
	}
	t.Logf("caught by %v", FailedCases(fails))
}

type perturbed struct{ backends.Backend }

func (p *perturbed) Compile(g *backends.Graph) (backends.Executable, error) {
	e, err := p.Backend.Compile(g)
	if err != nil {
		return nil, err
	}
	return &perturbedExec{e}, nil
}

type perturbedExec struct{ backends.Executable }

func (e *perturbedExec) Run(ctx context.Context, c backends.KVCache, s *backends.Step) (*backends.Output, error) {
	out, err := e.Executable.Run(ctx, c, s)
	if err == nil {
		for i := range out.Logits {
			out.Logits[i] += 1e-3 * float32(i%3)
		}
	}
	return out, err
}
