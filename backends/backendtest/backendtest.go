// Package backendtest is the conformance suite every backend passes: small
// graphs that exercise each op alone and in combination, with random
// weights in every supported dtype, run on the backend under test and on
// the reference ("go") and compared element by element.
//
// A backend's test calls Run(t, "name"); it skips (never fails) when the
// backend is not usable on this machine, e.g. no GPU.
package backendtest

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
)

// Tolerance is |got−want| ≤ ATol + RTol·max|want| over one output.
type Tolerance struct{ ATol, RTol float64 }

// Case is one conformance graph.
type Case struct {
	Name  string
	Build func(rng *rand.Rand, dt backends.DType) (*backends.Graph, []backends.Step)
}

const vocab, dim = 40, 24

// Run compares backend name against the reference on every case.
func Run(t *testing.T, name string, tol Tolerance) {
	be, err := backends.Open(name, backends.Options{Threads: 2})
	if errors.Is(err, backends.ErrUnavailable) {
		t.Skipf("backend %s not usable here: %v", name, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	ref, err := backends.Open("go", backends.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, c := range Cases() {
		for _, dt := range []backends.DType{backends.F32, backends.BF16, backends.F16} {
			t.Run(fmt.Sprintf("%s/%s", c.Name, dt), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(1, uint64(dt)))
				g, steps := c.Build(rng, dt)
				want, err := runSteps(ref, g, steps)
				if err != nil {
					t.Fatalf("reference: %v", err)
				}
				got, err := runSteps(be, g, steps)
				if errors.Is(err, backends.ErrNotImplemented) {
					t.Skipf("%s: %v", name, err)
				}
				if err != nil {
					t.Fatal(err)
				}
				for s := range want {
					var maxRef, maxDiff float64
					for i := range want[s] {
						maxRef = max(maxRef, math.Abs(float64(want[s][i])))
						maxDiff = max(maxDiff, math.Abs(float64(got[s][i]-want[s][i])))
					}
					if maxDiff > tol.ATol+tol.RTol*maxRef {
						t.Errorf("step %d: max|Δ| %.3g > %.3g", s, maxDiff, tol.ATol+tol.RTol*maxRef)
					}
				}
			})
		}
	}
}

func runSteps(be backends.Backend, g *backends.Graph, steps []backends.Step) ([][]float32, error) {
	ex, err := be.Compile(g)
	if err != nil {
		return nil, err
	}
	defer ex.Close()
	cache, err := be.NewKVCache(backends.KVLayout{Layers: g.Cache.Layers, KVHeads: g.Cache.KVHeads, HeadDim: g.Cache.HeadDim, Seqs: 2, MaxLen: 32})
	if err != nil {
		return nil, err
	}
	defer cache.Close()
	var out [][]float32
	for i := range steps {
		logits := make([]float32, g.LogitRows*g.Vocab)
		if err := ex.Run(context.Background(), cache, &steps[i], logits); err != nil {
			return nil, err
		}
		out = append(out, logits)
	}
	return out, nil
}

// RandomWeight makes a weight of the given shape with values uniform in
// ±scale, stored in dt.
func RandomWeight(rng *rand.Rand, name string, dt backends.DType, scale float64, shape ...int) *backends.Weight {
	n := 1
	for _, d := range shape {
		n *= d
	}
	w := &backends.Weight{Name: name, DType: dt, Shape: shape, Data: make([]byte, dt.RowBytes(n))}
	for i := 0; i < n; i++ {
		v := float32((2*rng.Float64() - 1) * scale)
		switch dt {
		case backends.F32:
			binary.LittleEndian.PutUint32(w.Data[4*i:], math.Float32bits(v))
		case backends.BF16:
			binary.LittleEndian.PutUint16(w.Data[2*i:], uint16(math.Float32bits(v)>>16))
		case backends.F16:
			binary.LittleEndian.PutUint16(w.Data[2*i:], f16(v))
		}
	}
	return w
}

// f16 converts by truncation: the suite only needs some f16 values, not
// correctly rounded ones, and must not depend on the kernels it tests.
func f16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int((b>>23)&0xff) - 127 + 15
	man := b & 0x7fffff
	switch {
	case exp <= 0:
		return sign
	case exp >= 31:
		return sign | 0x7c00
	}
	return sign | uint16(exp)<<10 | uint16(man>>13)
}
