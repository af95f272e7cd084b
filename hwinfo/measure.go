package hwinfo

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/membw"
	"github.com/gemma-bench/gemma-bench/model"
)

// Shape sizes the matmul probe: a prefill of Rows tokens through one
// Gemma 2 block of width Dim and MLP width FFN. Its seven projections are
// the same kernel calls a real model's prefill makes, so the peak is the
// one a prefill can approach; widths near a real model's keep the weights
// out of the caches, as they are in a real prefill.
type Shape struct {
	Rows int `json:"rows"` // tokens per prefill step
	Dim  int `json:"dim"`  // model width (a multiple of 32, the block formats' unit)
	FFN  int `json:"ffn"`  // MLP width (a multiple of 32)
}

// DefaultShape is what `gemma-bench hwinfo` measures with: 256 rows
// through a block of 8.1 GFLOP (d 1024, ffn 4096: 15.7 M weights, 60 MiB
// in f32, well beyond the last-level cache), a few seconds per format on
// the go backend and well under one on simd.
var DefaultShape = Shape{Rows: 256, Dim: 1024, FFN: 4096}

func (s Shape) String() string { return fmt.Sprintf("%d rows × d %d × ffn %d", s.Rows, s.Dim, s.FFN) }

func (s Shape) validate() error {
	if s.Rows < 1 || s.Rows > 8192 || s.Dim < 32 || s.Dim%32 != 0 || s.FFN < 32 || s.FFN%32 != 0 || s.Dim > 1<<15 || s.FFN > 1<<17 {
		return fmt.Errorf("probe shape %s: want 1–8192 rows and widths that are multiples of 32 (d ≤ 32768, ffn ≤ 131072)", s)
	}
	return nil
}

// config is the probe's one-layer model: Gemma 2's block (pre and post
// norms, soft-capped attention) at the shape's widths, a vocabulary just
// large enough for the special tokens (the head is never run: the probe
// asks for no logits).
func (s Shape) config() (model.Config, error) {
	c, err := model.ByName("gemma2-2b")
	if err != nil {
		return model.Config{}, err
	}
	c.Name = "custom"
	c.Layers = 1
	c.LayerKinds = c.LayerKinds[:1]
	c.VocabSize = 256
	c.ModelDim, c.FFNDim = s.Dim, s.FFN
	c.HeadDim = min(128, s.Dim)
	c.Heads = s.Dim / c.HeadDim
	c.KVHeads = max(1, c.Heads/2)
	if c.Heads%c.KVHeads != 0 {
		c.KVHeads = c.Heads
	}
	c.QueryPreAttnScalar = float64(c.HeadDim)
	c.MaxPositions = max(s.Rows, 1)
	if err := c.Validate(); err != nil {
		return model.Config{}, fmt.Errorf("probe shape %s: %w", s, err)
	}
	return c, nil
}

// Formats are the weight formats Load measures by default: the float
// formats a checkpoint stores and the two block formats of --weights.
var Formats = []string{"f32", "bf16", "f16", "q8_0", "q4_0"}

// probeModel writes the probe's synthetic checkpoint in format and loads
// it: float formats as Synthesize writes them, block formats as a GGUF
// file (SynthesizeGGUF), mapped as a quantized checkpoint is, so that a
// backend's load-time layout (simd's repack=auto) serves the probe as it
// serves a real one. Where GGUF cannot express the probe's config, block
// formats are quantized on load from bf16, as `--weights q8_0` does. The
// caller closes the model and removes dir.
func probeModel(dir string, c model.Config, format backends.DType) (*model.Model, error) {
	stored := format
	if format.BlockSize() != 1 {
		path := filepath.Join(dir, "probe.gguf")
		if err := model.SynthesizeGGUF(path, c, model.SynthOptions{Seed: 1, DType: format}); err == nil {
			m, err := model.Load(path)
			if err != nil {
				return nil, fmt.Errorf("probe model: %w", err)
			}
			return m, nil
		}
		os.Remove(path)
		stored = backends.BF16
	}
	if err := model.Synthesize(dir, c, model.SynthOptions{Seed: 1, DType: stored, NoTokenizer: true}); err != nil {
		return nil, fmt.Errorf("probe model: %w", err)
	}
	m, err := model.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("probe model: %w", err)
	}
	if stored != format {
		if err := model.Quantize(m, format); err != nil {
			m.Close()
			return nil, fmt.Errorf("probe model %s: %w", format, err)
		}
	}
	return m, nil
}

// measurePeak runs a warm-up and then reps profiled prefills of the probe
// on be, and returns the best rate of its MatMul ops: their FLOPs (the
// cost model) over their measured time. A backend that cannot run the
// format (or cannot time ops) returns an error wrapping
// backends.ErrNotImplemented.
func measurePeak(ctx context.Context, be backends.Backend, format backends.DType, s Shape, reps int) (float64, error) {
	c, err := s.config()
	if err != nil {
		return 0, err
	}
	dir, err := os.MkdirTemp("", "gemma-bench-hwinfo-*")
	if err != nil {
		return 0, fmt.Errorf("probe model: %w", err)
	}
	defer os.RemoveAll(dir)
	m, err := probeModel(dir, c, format)
	if err != nil {
		return 0, err
	}
	defer m.Close()
	r, err := model.NewRunnerWith(m, be, model.RunnerOptions{Seqs: 1, MaxLen: s.Rows, MaxRows: s.Rows})
	if err != nil {
		return 0, err
	}
	defer r.Close()
	tokens := make([]int32, s.Rows)
	for i := range tokens {
		tokens[i] = int32(3 + i%(c.VocabSize-3)) // past the special tokens
	}
	var flops int64
	var took time.Duration
	r.SetProfiler(func(g *backends.Graph, prof []backends.OpTime) {
		for _, t := range prof {
			if op := &g.Ops[t.Op]; op.Kind == backends.MatMul {
				flops += g.OpCost(op, 0).FLOPs
				took += t.D
			}
		}
	})
	best := 0.0
	// The first prefill compiles, converts or packs the weights as the
	// backend does once per model, and pages them in: never timed.
	for i := 0; i <= reps; i++ {
		flops, took = 0, 0
		if _, err := r.Prefill(ctx, 0, 0, tokens, 0); err != nil {
			return 0, fmt.Errorf("%s %s: %w", be.Name(), format, err)
		}
		if i == 0 {
			continue
		}
		if flops == 0 || took <= 0 {
			return 0, fmt.Errorf("%s %s: %w: the profiled prefill timed no matmul", be.Name(), format, backends.ErrNotImplemented)
		}
		best = max(best, float64(flops)/took.Seconds())
	}
	if !(best > 0) || math.IsInf(best, 0) {
		return 0, fmt.Errorf("%s %s: no usable timing", be.Name(), format)
	}
	return best, nil
}

// measureBandwidth is membw.Read with the cache's parameters.
func measureBandwidth(threads int, size int64, reps int) (float64, error) {
	bw := membw.Read(threads, size, reps)
	if !(bw > 0) || math.IsInf(bw, 0) {
		return 0, errors.New("read bandwidth: no usable timing")
	}
	return bw, nil
}
