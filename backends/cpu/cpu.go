// Package cpu is the eager CPU executor of the step graph. It registers the
// "go" backend (the project's numerical reference, over the scalar kernels
// package); the "simd" backend is the same executor over another KernelSet.
package cpu

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// KernelSet is what distinguishes one CPU backend from another. Every
// function is single-threaded and allocation-free; the executor splits work
// over output rows.
type KernelSet struct {
	MatMulF32  func(y []float32, ldy int, x, w []float32, t, in, o0, o1 int)
	MatMulBF16 func(y []float32, ldy int, x []float32, w []uint16, t, in, o0, o1 int)
	MatMulF16  func(y []float32, ldy int, x []float32, w []uint16, t, in, o0, o1 int)
	Dot        func(a, b []float32) float32
	Axpy       func(y []float32, a float32, x []float32)
	RMSNorm    func(y, x, w []float32, eps float32, addOne bool)
	GeGLU      func(y, gate, up []float32)
	// RowAlign is the output-row granularity the MatMul kernels prefer, so
	// that parallel chunks do not split their register tiles.
	RowAlign int
}

// Scalar is the reference kernel set.
var Scalar = KernelSet{
	MatMulF32:  kernels.MatMulF32,
	MatMulBF16: kernels.MatMulBF16,
	MatMulF16:  kernels.MatMulF16,
	Dot:        kernels.Dot,
	Axpy:       kernels.Axpy,
	RMSNorm:    kernels.RMSNorm,
	GeGLU:      kernels.GeGLU,
	RowAlign:   4,
}

func init() {
	backends.Register(backends.Registration{
		Name:        "go",
		Description: "pure Go reference executor (float32 activations, weights in their stored dtype)",
		Priority:    0,
		Open: func(o backends.Options) (backends.Backend, error) {
			return New("go", Scalar, o)
		},
	})
}

// Backend runs graphs on the CPU.
type Backend struct {
	name    string
	k       KernelSet
	pool    *pool
	mu      sync.Mutex
	floats  map[*backends.Weight][]float32 // norms widened once, shared by graphs
	closed  bool
	threads int
}

var _ backends.Backend = (*Backend)(nil)

// New opens a CPU backend over the given kernel set.
func New(name string, k KernelSet, o backends.Options) (*Backend, error) {
	threads := o.Threads
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	for key := range o.Extra {
		return nil, fmt.Errorf("%s: unknown option %q", name, key)
	}
	return &Backend{name: name, k: k, pool: newPool(threads), floats: map[*backends.Weight][]float32{}, threads: threads}, nil
}

func (b *Backend) Name() string { return b.name }

// Threads is the number of workers loops are split over.
func (b *Backend) Threads() int { return b.threads }

func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		b.closed = true
		b.pool.close()
	}
	return nil
}

// widen returns a small weight (a norm) as float32, converting it once.
func (b *Backend) widen(w *backends.Weight) ([]float32, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if f, ok := b.floats[w]; ok {
		return f, nil
	}
	n := 1
	for _, d := range w.Shape {
		n *= d
	}
	f := make([]float32, n)
	switch w.DType {
	case backends.F32:
		copy(f, asF32(w.Data))
	case backends.BF16:
		kernels.BF16ToF32Slice(f, asU16(w.Data))
	case backends.F16:
		kernels.F16ToF32Slice(f, asU16(w.Data))
	default:
		return nil, fmt.Errorf("%s: %s weight %s: %w", b.name, w.DType, w.Name, backends.ErrNotImplemented)
	}
	b.floats[w] = f
	return f, nil
}

// asU16 and asF32 reinterpret mmap'd little-endian bytes without copying:
// converting a 5 GB checkpoint would double its memory. amd64 and arm64
// tolerate the rare unaligned view (safetensors only promises byte offsets).
func asU16(b []byte) []uint16 {
	if len(b) < 2 {
		return nil
	}
	return unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), len(b)/2)
}

func asF32(b []byte) []float32 {
	if len(b) < 4 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}
