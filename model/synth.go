package model

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"runtime"
	"sync"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/model/safetensors"
	"github.com/gemma-bench/gemma-bench/model/tokenizer"
)

// ShardBytes is the size above which synthetic checkpoints are sharded.
const ShardBytes = 2 << 30

// SynthOptions describe a synthetic checkpoint.
type SynthOptions struct {
	Seed  uint64
	DType backends.DType // F32, F16 or BF16
	// ShardBytes overrides the sharding threshold (tests use small ones).
	ShardBytes int64
	// NoTokenizer skips training and writing tokenizer.json; by default a
	// synthetic checkpoint loads through the same tokenizer path as a real
	// one.
	NoTokenizer bool
}

// Synthesize writes a complete HF-layout checkpoint of c with random
// weights: config.json, generation_config.json and safetensors (sharded
// with an index above the threshold). Every value is a pure function of
// (seed, tensor name, element index), so the same seed gives the same
// bytes whatever the chunking or thread count, and a benchmark on
// "gemma-2b seed 1" means the same weights everywhere.
//
// Magnitudes keep activations O(1) at any depth: projections uniform with
// variance 1/fan_in, embeddings with variance 1/d (scaled up by √d on
// input), norm weights near zero (Gemma multiplies by 1+w).
func Synthesize(dir string, c Config, o SynthOptions) error {
	if err := c.Validate(); err != nil {
		return err
	}
	var st safetensors.DType
	switch o.DType {
	case backends.F32:
		st = safetensors.F32
	case backends.F16:
		st = safetensors.F16
	case backends.BF16:
		st = safetensors.BF16
	default:
		return fmt.Errorf("synth: dtype %s: want f32, f16 or bf16", o.DType)
	}
	if o.ShardBytes <= 0 {
		o.ShardBytes = ShardBytes
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	specs := c.TensorSpecs()
	byName := map[string]TensorSpec{}
	var tspecs []safetensors.TensorSpec
	for _, s := range specs {
		byName[s.Name] = s
		tspecs = append(tspecs, safetensors.TensorSpec{Name: s.Name, DType: st, Shape: s.Shape})
	}
	size := o.DType.RowBytes(1)
	fill := func(name string, offset int64, dst []byte) error {
		s := byName[name]
		fillSynthetic(dst, o.DType, s, o.Seed, offset/size)
		return nil
	}
	meta := map[string]string{"format": "pt", "generator": "gemma-bench synth", "seed": fmt.Sprint(o.Seed)}
	if err := safetensors.WriteSharded(dir, tspecs, meta, o.ShardBytes, fill); err != nil {
		return err
	}
	if !o.NoTokenizer {
		tok, err := tokenizer.Train("", c.VocabSize, nil)
		if err != nil {
			return fmt.Errorf("synth: tokenizer: %w", err)
		}
		if err := tok.WriteFiles(dir); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	// config.json last: its presence marks a complete checkpoint (callers
	// that cache synthetic models test for it).
	return WriteHFConfig(dir, c)
}

// fillSynthetic writes elements [first, first+len(dst)/size) of tensor s.
// Chunks are split over the CPUs: generating 2.5 G values is the bulk of
// synthesising a 2B model.
func fillSynthetic(dst []byte, dt backends.DType, s TensorSpec, seed uint64, first int64) {
	size := int(dt.RowBytes(1))
	n := len(dst) / size
	h := fnv.New64a()
	h.Write([]byte(s.Name))
	key := splitmix(seed ^ h.Sum64())
	var scale float64
	switch s.Role {
	case RoleProjection, RoleEmbedding: // variance 1/fan_in
		scale = math.Sqrt(3 / float64(s.FanIn))
	case RoleNorm:
		scale = 0.1
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, n/(1<<16)))
	var wg sync.WaitGroup
	per := (n + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*per, min((w+1)*per, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				// Uniform in [-scale, scale): 53 random bits → float64.
				u := float64(splitmix(key+uint64(first+int64(i))*0x9e3779b97f4a7c15)>>11) / (1 << 53)
				v := float32((2*u - 1) * scale)
				b := dst[i*size : (i+1)*size]
				switch dt {
				case backends.F32:
					binary.LittleEndian.PutUint32(b, math.Float32bits(v))
				case backends.BF16:
					binary.LittleEndian.PutUint16(b, kernels.F32ToBF16(v))
				case backends.F16:
					binary.LittleEndian.PutUint16(b, kernels.F32ToF16(v))
				}
			}
		}()
	}
	wg.Wait()
}

// splitmix is SplitMix64's finaliser: a counter-based generator, so any
// element can be produced without producing the ones before it.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
