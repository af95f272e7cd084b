package model

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/mmap"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// Quantize re-encodes every matrix of m (the embedding, the projections,
// an untied head) as Q8_0 or Q4_0 in GGML's block layout, as
// `--weights q8_0|q4_0` asks; norms keep their stored dtype, as
// llama.cpp's quantizer keeps them. A matrix already in dt is left as it
// is; a matrix whose width is not a multiple of 32 is an error.
//
// The quantized copies live on the heap. Each source tensor's mapped pages
// are dropped from the process as soon as it is encoded (madvise
// DONTNEED), so the peak resident set stays near the quantized size plus
// one tensor, not the size of both checkpoints.
func Quantize(m *Model, dt backends.DType) error {
	if dt != backends.Q8_0 && dt != backends.Q4_0 {
		return fmt.Errorf("quantize: %s is not a block format (want q8_0 or q4_0)", dt)
	}
	done := map[*backends.Weight]*backends.Weight{} // tied head: encode once
	for _, s := range m.Config.TensorSpecs() {
		slot := s.Slot(m.Weights)
		w := *slot
		if w == nil || len(w.Shape) != 2 {
			continue
		}
		if q, ok := done[w]; ok {
			*slot = q
			continue
		}
		q, err := quantizeMatrix(w, dt)
		if err != nil {
			return fmt.Errorf("quantize %s: %w", w.Name, err)
		}
		done[w], *slot = q, q
	}
	if m.Weights.LMHead != nil && done[m.Weights.LMHead] != nil {
		m.Weights.LMHead = done[m.Weights.LMHead]
	}
	return nil
}

func quantizeMatrix(w *backends.Weight, dt backends.DType) (*backends.Weight, error) {
	if w.DType == dt {
		return w, nil
	}
	rows, cols := w.Shape[0], w.Shape[1]
	if cols%kernels.QBlock != 0 {
		return nil, fmt.Errorf("width %d is not a multiple of %d", cols, kernels.QBlock)
	}
	widen, err := rowWidener(w)
	if err != nil {
		return nil, err
	}
	rb := int(dt.RowBytes(cols))
	out := make([]byte, rows*rb)
	enc := kernels.QuantizeQ8_0
	if dt == backends.Q4_0 {
		enc = kernels.QuantizeQ4_0
	}
	// Rows split over the cores; each worker widens one row at a time.
	workers := min(runtime.GOMAXPROCS(0), max(1, rows/64))
	var wg sync.WaitGroup
	per := (rows + workers - 1) / workers
	for r0 := 0; r0 < rows; r0 += per {
		r1 := min(r0+per, rows)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := make([]float32, cols)
			for r := r0; r < r1; r++ {
				widen(f, r)
				enc(out[r*rb:(r+1)*rb], f)
			}
		}()
	}
	wg.Wait()
	if w.Mapped {
		mmap.Drop(w.Data) // a heap source is left alone: DONTNEED would zero it
	}
	return &backends.Weight{Name: w.Name, DType: dt, Shape: w.Shape, Data: out}, nil
}

// rowWidener returns a function writing row r of w as float32.
func rowWidener(w *backends.Weight) (func(dst []float32, r int), error) {
	cols := w.Shape[1]
	switch w.DType {
	case backends.F32:
		src := unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(w.Data))), len(w.Data)/4)
		return func(dst []float32, r int) { copy(dst, src[r*cols:(r+1)*cols]) }, nil
	case backends.BF16, backends.F16:
		src := unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(w.Data))), len(w.Data)/2)
		conv := kernels.BF16ToF32Slice
		if w.DType == backends.F16 {
			conv = kernels.F16ToF32Slice
		}
		return func(dst []float32, r int) { conv(dst, src[r*cols:(r+1)*cols]) }, nil
	case backends.Q8_0, backends.Q4_0:
		rb := int(w.DType.RowBytes(cols))
		deq := kernels.DequantQ8_0
		if w.DType == backends.Q4_0 {
			deq = kernels.DequantQ4_0
		}
		return func(dst []float32, r int) { deq(dst, w.Data[r*rb:(r+1)*rb]) }, nil
	}
	return nil, fmt.Errorf("stored dtype %s cannot be quantized", w.DType)
}
