package model

import (
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/model/gguf"
)

// SynthesizeGGUF writes c with random weights as one GGUF file at path, as
// llama.cpp's converter lays a Gemma out: its tensor names and ggml
// shapes, norms as 1+w in F32, the matrices (embedding and projections) in
// o.DType (F32, F16, BF16, or Q8_0/Q4_0 quantized with kernels.Quantize*),
// the hyperparameters and a placeholder SPM vocabulary that llama.cpp
// loads. The values are Synthesize's for the same seed: a float dtype
// gives the same bytes as the safetensors checkpoint, and the quantized
// types encode its float32 values.
//
// A config GGUF cannot express as llama.cpp reads it (a query scale or
// layer pattern it would derive differently) is refused before anything
// is written, since the file would not run the model it names.
func SynthesizeGGUF(path string, c Config, o SynthOptions) error {
	if err := c.Validate(); err != nil {
		return err
	}
	mt, ok := map[backends.DType]gguf.GGMLType{backends.F32: gguf.F32, backends.F16: gguf.F16,
		backends.BF16: gguf.BF16, backends.Q8_0: gguf.Q8_0, backends.Q4_0: gguf.Q4_0}[o.DType]
	if !ok {
		return fmt.Errorf("synth: dtype %s: want f32, f16, bf16, q8_0 or q4_0", o.DType)
	}
	specs := c.TensorSpecs()
	gspecs := make([]gguf.TensorSpec, len(specs))
	shapes := map[string][]int{}
	for i, s := range specs {
		t := mt
		if s.Role == RoleNorm {
			t = gguf.F32 // llama.cpp keeps 1-D tensors in F32
		} else if bs := t.BlockSize(); s.Shape[len(s.Shape)-1]%bs != 0 {
			return fmt.Errorf("synth: %s: width %d is not a multiple of %d, which %s needs", s.Name, s.Shape[len(s.Shape)-1], bs, o.DType)
		}
		gspecs[i] = gguf.TensorSpec{Name: ggufTensorName(s.Name, c.Family), Type: t, Shape: s.Shape}
		shapes[gspecs[i].Name] = s.Shape
	}
	kvs := ggufMetadata(c, fmt.Sprintf("%s synthetic seed %d", c.Name, o.Seed), mt, placeholderVocab(c))
	md, err := gguf.NewMetadata(path, kvs)
	if err != nil {
		return err
	}
	back, err := ggufConfig(md, path, func(name string) (gguf.TensorInfo, bool) {
		shape, ok := shapes[name]
		return gguf.TensorInfo{Name: name, Shape: shape}, ok
	})
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	if !sameShape(c, back) {
		return fmt.Errorf("synth: %s cannot be written as GGUF, which llama.cpp would read differently: %v", c.Name, configDiff(c, back))
	}

	w, err := gguf.Create(path, kvs, gspecs)
	if err != nil {
		return err
	}
	defer w.Abort()
	for i, s := range specs {
		g := gspecs[i]
		if err := w.WriteTensor(g.Name, func(off int64, dst []byte) error {
			synthGGUFChunk(dst, g.Type, o.DType, s, o.Seed, off)
			return nil
		}); err != nil {
			return err
		}
	}
	return w.Close()
}

// synthGGUFChunk fills dst, the bytes at offset off of tensor s stored as
// t, from Synthesize's values: float types directly, block types by
// quantizing the float32 values of the whole blocks dst covers, norms as
// float32 1+w of w rounded to the checkpoint dtype (what the safetensors
// model multiplies by).
func synthGGUFChunk(dst []byte, t gguf.GGMLType, dt backends.DType, s TensorSpec, seed uint64, off int64) {
	blockBytes, block := int64(t.BlockBytes()), int64(t.BlockSize())
	first, n := off/blockBytes*block, int64(len(dst))/blockBytes*block
	switch {
	case s.Role == RoleNorm:
		src := dt
		if dt.BlockSize() > 1 {
			src = backends.F32
		}
		vals := synthFloats(src, s, seed, first, n)
		for i, v := range vals {
			binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(1+v))
		}
	case t == gguf.Q8_0:
		quantizeParallel(dst, synthFloats(backends.F32, s, seed, first, n), kernels.Q8_0Bytes, kernels.QuantizeQ8_0)
	case t == gguf.Q4_0:
		quantizeParallel(dst, synthFloats(backends.F32, s, seed, first, n), kernels.Q4_0Bytes, kernels.QuantizeQ4_0)
	default:
		fillSynthetic(dst, dt, s, seed, first)
	}
}

// synthFloats returns elements [first, first+n) of s as stored in dt
// (a float type), widened to float32.
func synthFloats(dt backends.DType, s TensorSpec, seed uint64, first, n int64) []float32 {
	size := dt.Size()
	raw := make([]byte, n*size)
	fillSynthetic(raw, dt, s, seed, first)
	out := make([]float32, n)
	for i := range out {
		switch dt {
		case backends.F32:
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		case backends.BF16:
			out[i] = kernels.BF16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		case backends.F16:
			out[i] = kernels.F16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
	}
	return out
}

// placeholderVocab is an SPM vocabulary of c.VocabSize tokens that
// llama.cpp's vocabulary loader accepts: every string distinct (it
// asserts so), the special tokens where c puts them (Gemma: <pad> 0,
// <eos> 1, <bos> 2, <unk> 3), the 256 byte tokens <0x00>…<0xFF> from id
// 4 (byte fallback, and the newline token it looks up), and <unusedN>
// placeholders for the rest. Benchmarks feed token ids, so the text a
// placeholder stands for does not matter.
func placeholderVocab(c Config) []gguf.KV {
	const (
		normal, unknown, control, byteToken = 1, 2, 3, 6 // llama_token_type
	)
	n := c.VocabSize
	tokens := make([]string, n)
	types := make([]int32, n)
	for i := range n {
		tokens[i], types[i] = fmt.Sprintf("<unused%d>", i), normal
		if b := i - 4; b >= 0 && b < 256 {
			tokens[i], types[i] = fmt.Sprintf("<0x%02X>", b), byteToken
		}
	}
	unk := -1
	if n > 3 && 3 != c.BOS && 3 != c.EOS && 3 != c.PAD {
		unk = 3
		tokens[unk], types[unk] = "<unk>", unknown
	}
	kvs := []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: "llama"},
		{Key: "tokenizer.ggml.pre", Value: "default"},
	}
	ids := []gguf.KV{
		{Key: "tokenizer.ggml.bos_token_id", Value: uint32(c.BOS)},
		{Key: "tokenizer.ggml.eos_token_id", Value: uint32(c.EOS)},
	}
	set := func(id int, name string) {
		tokens[id], types[id] = name, control
	}
	if c.PAD >= 0 {
		set(c.PAD, "<pad>")
	}
	set(c.EOS, "<eos>")
	set(c.BOS, "<bos>")
	if unk >= 0 {
		ids = append(ids, gguf.KV{Key: "tokenizer.ggml.unknown_token_id", Value: uint32(unk)})
	}
	if c.PAD >= 0 {
		ids = append(ids, gguf.KV{Key: "tokenizer.ggml.padding_token_id", Value: uint32(c.PAD)})
	}
	kvs = append(kvs,
		gguf.KV{Key: "tokenizer.ggml.tokens", Value: tokens},
		gguf.KV{Key: "tokenizer.ggml.scores", Value: make([]float32, n)},
		gguf.KV{Key: "tokenizer.ggml.token_type", Value: types})
	kvs = append(kvs, ids...)
	return append(kvs,
		gguf.KV{Key: "tokenizer.ggml.add_bos_token", Value: true},
		gguf.KV{Key: "tokenizer.ggml.add_eos_token", Value: false},
		gguf.KV{Key: "tokenizer.ggml.add_space_prefix", Value: false})
}

// quantizeParallel encodes src into dst over the CPUs, in whole blocks:
// quantizing is as costly as generating, which is already parallel.
func quantizeParallel(dst []byte, src []float32, blockBytes int, quantize func([]byte, []float32)) {
	blocks := len(src) / kernels.QBlock
	workers := min(runtime.GOMAXPROCS(0), max(1, blocks/2048))
	per := (blocks + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < blocks; lo += per {
		hi := min(lo+per, blocks)
		wg.Add(1)
		go func() {
			defer wg.Done()
			quantize(dst[lo*blockBytes:hi*blockBytes], src[lo*kernels.QBlock:hi*kernels.QBlock])
		}()
	}
	wg.Wait()
}
