// Package cpu is the eager CPU executor of the step graph. It registers the
// "go" backend (the project's numerical reference, over kernels.Scalar);
// the "simd" backend is the same executor bound to another kernels.Set.
package cpu

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
)

func init() {
	backends.Register(backends.Registration{
		Name:        "go",
		Description: "pure Go reference executor (float32 activations, weights in their stored dtype)",
		Priority:    0,
		Open: func(o backends.Options) (backends.Backend, error) {
			return New("go", kernels.Scalar, o)
		},
	})
}

// Backend runs graphs on the CPU.
type Backend struct {
	name    string
	k       kernels.Set
	pool    *pool
	threads int
	ring    bool // kv=ring: sliding layers keep only what the contract needs
	fast    bool // math=fast: narrow activations where the set gains by it

	// run serialises steps: executables share the activation arena, the
	// scratch and the outputs below.
	run sync.Mutex
	// arena holds every executable's activations (a step needs only one
	// plan's worth at a time); gen counts its reallocations so that an
	// executable rebinds its views after a growth.
	arena []float32
	gen   int
	// Per-worker scratch: attention scores over positions, RoPE angles.
	scores [][]float32
	cos    [][]float64
	sin    [][]float64
	// narrow holds one matmul's activation rows narrowed for math=fast
	// (bf16 or Q8 blocks), as uint64s so that every view is aligned.
	narrow []uint64
	buf    outputBuffers
	res    backends.Output // what Run returns: views of buf

	// repack is when Q4_0 and Q8_0 matrices are copied into the set's
	// packed layouts (kernels.Set.PackedQ4_0, PackedQ8_0) for math=fast:
	// repackAuto, repackOn or repackOff.
	repack string

	mu     sync.Mutex // guards floats, packs and closed
	floats map[*backends.Weight]*widened
	packs  map[*backends.Weight]*packedW
	closed bool
}

// outputBuffers back the Output of every step; they grow to the largest
// compiled shape, so a step allocates nothing (whole logits: once per size).
type outputBuffers struct {
	logits   []float32
	argmax   []int32
	lse      []float64 // per logit row, for targets
	bad      []bool    // per logit row: not finite
	logProb  []float64
	isArgmax []bool
	profile  []backends.OpTime
}

// widened is a small weight (a norm) converted to float32 once and shared
// by every executable that reads it.
type widened struct {
	f    []float32
	refs int
}

// packedW is a matrix in the set's packed layout, made once and shared by
// every executable that multiplies it.
type packedW struct {
	b    []byte
	refs int
}

// The repack option's values. auto packs a matrix only where the copy
// costs no memory: a view of a file mapping, whose pages are dropped
// once packed (backends.Weight.Mapped). A heap matrix (quantized on
// load) would be held twice, which --weights promises not to do, so auto
// leaves it in GGML's layout; on packs it too, off never packs.
const (
	repackAuto = "auto"
	repackOn   = "on"
	repackOff  = "off"
)

var _ backends.Backend = (*Backend)(nil)

// Numerics is how a CPU backend computes its matmuls.
type Numerics int

const (
	// Exact keeps float32 activations everywhere; weights are widened
	// exactly. The go backend's only mode.
	Exact Numerics = iota
	// Fast narrows the activations of a matmul to the weights' class where
	// the kernel set says it pays (Set.FastBF16, Set.FastQuant): bf16 for
	// bf16 weights, Q8 blocks for Q8_0/Q4_0 — llama.cpp's numerics class.
	Fast
)

func (n Numerics) String() string {
	if n == Fast {
		return "fast"
	}
	return "exact"
}

// New opens a CPU backend over the given kernel set with exact numerics.
// Options: threads, and Extra "kv=full" (default) or "kv=ring".
func New(name string, k kernels.Set, o backends.Options) (*Backend, error) {
	return NewWith(name, k, Exact, o)
}

// NewWith is New with the numerics chosen.
func NewWith(name string, k kernels.Set, n Numerics, o backends.Options) (*Backend, error) {
	threads := o.Threads
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	if m := k.Missing(); len(m) > 0 {
		return nil, fmt.Errorf("%s: kernel set %q lacks %v", name, k.Name, m)
	}
	b := &Backend{name: name, k: k, threads: threads, fast: n == Fast, repack: repackAuto,
		floats: map[*backends.Weight]*widened{}, packs: map[*backends.Weight]*packedW{}}
	for key, v := range o.Extra {
		switch {
		case key == "kv" && (v == "full" || v == "ring"):
			b.ring = v == "ring"
		case key == "kv":
			return nil, fmt.Errorf("%s: option kv=%q: want full or ring", name, v)
		case key == "repack" && (v == repackAuto || v == repackOn || v == repackOff):
			b.repack = v
		case key == "repack":
			return nil, fmt.Errorf("%s: option repack=%q: want auto, on or off", name, v)
		default:
			return nil, fmt.Errorf("%s: unknown option %q (known: kv=full|ring, repack=auto|on|off)", name, key)
		}
	}
	b.pool = newPool(threads)
	b.scores = make([][]float32, threads)
	b.cos, b.sin = make([][]float64, threads), make([][]float64, threads)
	return b, nil
}

func (b *Backend) Name() string { return b.name }

// Numerics reports the backend's matmul numerics.
func (b *Backend) Numerics() Numerics {
	if b.fast {
		return Fast
	}
	return Exact
}

// Settings are what the backend was opened with, for bench lines and run
// records: the kernel path, the numerics, the threads and the KV layout.
func (b *Backend) Settings() map[string]string {
	kv := "full"
	if b.ring {
		kv = "ring"
	}
	m := map[string]string{"kernels": b.k.Name, "math": b.Numerics().String(), "threads": strconv.Itoa(b.threads), "kv": kv}
	if (b.k.PackedQ4_0 != nil || b.k.PackedQ8_0 != nil) && b.fast {
		m["repack"] = b.repack
	}
	return m
}

// narrowBytes is the scratch a graph's math=fast matmuls need: the largest
// activation, narrowed (bf16: 2 bytes a value; Q8: 34 bytes per 32).
func (b *Backend) narrowBytes(g *backends.Graph) int {
	if !b.fast {
		return 0
	}
	need := 0
	for _, op := range g.Ops {
		if op.Kind != backends.MatMul {
			continue
		}
		v := g.Values[op.In[0]]
		need = max(need, v.Rows*v.Cols*2, v.Rows*((v.Cols+kernels.QBlock-1)/kernels.QBlock)*kernels.Q8Bytes)
	}
	return need
}

// Threads is the number of workers loops are split over.
func (b *Backend) Threads() int { return b.threads }

func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		b.closed = true
		b.pool.close()
		b.floats, b.packs = nil, nil
	}
	return nil
}

// acquire returns a norm weight as float32, converting it on first use,
// and counts the reference.
func (b *Backend) acquire(w *backends.Weight) ([]float32, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("%s: %w", b.name, backends.ErrClosed)
	}
	if f, ok := b.floats[w]; ok {
		f.refs++
		return f.f, nil
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
		b.k.WidenBF16(f, asU16(w.Data))
	case backends.F16:
		b.k.WidenF16(f, asU16(w.Data))
	default:
		return nil, fmt.Errorf("%s: %s norm weight %s: %w", b.name, w.DType, w.Name, backends.ErrNotImplemented)
	}
	b.floats[w] = &widened{f: f, refs: 1}
	return f, nil
}

// release drops one reference to each weight; the last frees it.
func (b *Backend) release(ws []*backends.Weight) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, w := range ws {
		if f, ok := b.floats[w]; ok {
			if f.refs--; f.refs <= 0 {
				delete(b.floats, w)
			}
		}
		if p, ok := b.packs[w]; ok {
			if p.refs--; p.refs <= 0 {
				delete(b.packs, w)
			}
		}
	}
}

// heldWeights is how many widened and packed weights are alive (for tests).
func (b *Backend) heldWeights() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.floats) + len(b.packs)
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
