package cuda

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/kernels"
	kc "github.com/gemma-bench/gemma-bench/kernels/cuda"
)

// Limits is what a plan needs to know of the device.
type Limits struct {
	Multiprocessors  int // to size attention's key splits
	SharedOptinBytes int // the most dynamic shared memory a block may use
}

// H100 is an H100 SXM's limits, for tests and as a documented example.
var H100 = Limits{Multiprocessors: 132, SharedOptinBytes: 227 << 10}

// Plan is a graph lowered to device work: each op one or more kernel
// launches or cuBLAS products, every buffer at a fixed offset of one
// arena. It is pure data; the executor binds it to device addresses once,
// so a step can be captured as a CUDA graph and replayed.
//
// A step runs Launches[:Head] when it wants no output, else all of them:
// the head's ops, then Launches[Stats:], the narrow outputs.
type Plan struct {
	Graph      *backends.Graph
	ArenaBytes int64
	// Values holds each value's byte offset in the arena (float32 [Rows,
	// Cols]); −1 for a value never computed. Values whose lifetimes do
	// not overlap share memory.
	Values []int64
	// Narrow is scratch for activations narrowed to bf16/f16 before a
	// product with such weights; Partial holds attention's split results.
	Narrow, Partial        Ref
	NarrowBytes, PartBytes int64
	Inputs                 InputLayout
	Outputs                OutputLayout
	// Weights are the graph's weights in first-use order (SpaceWeight
	// indexes them), uploaded as stored; Tables are small constant
	// tables (RoPE frequencies) SpaceTable indexes.
	Weights  []*backends.Weight
	Tables   [][]byte
	Launches []Launch
	Head     int // first launch of the head's ops
	Stats    int // first launch of the narrow outputs
}

// align is the alignment of every arena region: cuBLAS and vector loads
// want 16 bytes; 256 keeps regions on separate cache lines.
const align = 256

func roundUp(n, to int64) int64 { return (n + to - 1) / to * to }

// NewPlan lowers g for a device with limits lim. An op, dtype or shape the
// kernels do not cover is backends.ErrNotImplemented.
func NewPlan(g *backends.Graph, lim Limits) (*Plan, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("cuda: %w", err)
	}
	p := &Plan{Graph: g, Weights: g.Weights(), Head: -1}
	widx := map[*backends.Weight]int{}
	for i, w := range p.Weights {
		widx[w] = i
	}
	var arenaBytes int64
	valBytes := planValues(g, p)
	arenaBytes = roundUp(valBytes, align)

	// Scratch sizes first, so that launches can name their offsets.
	for i := range g.Ops {
		op := &g.Ops[i]
		switch op.Kind {
		case backends.MatMul:
			if op.W.DType == backends.BF16 || op.W.DType == backends.F16 {
				x := g.Values[op.In[0]]
				p.NarrowBytes = max(p.NarrowBytes, 2*int64(x.Rows)*int64(x.Cols))
			}
		case backends.Attention:
			if s := p.splits(op, lim); s > 1 {
				p.PartBytes = max(p.PartBytes, 4*int64(g.Rows)*int64(op.Heads)*int64(s)*int64(op.HeadDim+2))
			}
		}
	}
	p.Narrow = arena(arenaBytes)
	arenaBytes = roundUp(arenaBytes+p.NarrowBytes, align)
	p.Partial = arena(arenaBytes)
	arenaBytes = roundUp(arenaBytes+p.PartBytes, align)
	p.Inputs = newInputLayout(g, arenaBytes)
	arenaBytes = roundUp(arenaBytes+p.Inputs.Bytes, align)
	p.Outputs = newOutputLayout(g, arenaBytes)
	p.ArenaBytes = roundUp(arenaBytes+p.Outputs.Bytes, align)

	head := g.Head()
	for i := range g.Ops {
		if i == head {
			p.Head = len(p.Launches)
		}
		if err := p.lower(i, widx, lim); err != nil {
			op := &g.Ops[i]
			return nil, fmt.Errorf("cuda: op %d (%s %s): %w", i, op.Kind, op.Name, err)
		}
	}
	p.Stats = len(p.Launches)
	p.lowerOutputs()
	for i := range p.Launches {
		if err := checkGeometry(&p.Launches[i]); err != nil {
			return nil, fmt.Errorf("cuda: launch %d (%s): %w", i, p.Launches[i].String(), err)
		}
	}
	return p, nil
}

// planValues places every value in the arena, reusing the memory of a
// value as soon as its last reader has run, and an input's memory for the
// output of an op that may run in place (the kernels read each element
// before writing it). It returns the bytes the values need.
func planValues(g *backends.Graph, p *Plan) int64 {
	inPlace := map[backends.OpKind]bool{
		backends.RMSNorm: true, backends.RoPE: true, backends.SoftCap: true, backends.Add: true, backends.GeGLU: true,
	}
	assign, bufSize := backends.AssignBuffers(g, inPlace)
	off := make([]int64, len(bufSize))
	var total int64
	for b, n := range bufSize {
		off[b] = total
		total += roundUp(4*int64(n), align) // f32 elements
	}
	p.Values = make([]int64, len(g.Values))
	for v, b := range assign {
		p.Values[v] = -1
		if b >= 0 {
			p.Values[v] = off[b]
		}
	}
	return total
}

func (p *Plan) val(v backends.Value) Ref { return arena(p.Values[v]) }

func weightRef(widx map[*backends.Weight]int, w *backends.Weight) Ref {
	return Ref{Space: SpaceWeight, Index: widx[w]}
}

func blocks(n int64, per int) uint32 { return uint32((n + int64(per) - 1) / int64(per)) }

func roundUp32(n int) uint32 { return uint32((n + 31) / 32 * 32) }

// elementwise is the launch shape of the one-thread-per-element kernels.
func elementwise(n int64) (grid, block [3]uint32) {
	return [3]uint32{blocks(n, 256), 1, 1}, [3]uint32{256, 1, 1}
}

func (p *Plan) add(l Launch) { p.Launches = append(p.Launches, l) }

// lower appends the launches of op i.
func (p *Plan) lower(i int, widx map[*backends.Weight]int, lim Limits) error {
	g := p.Graph
	op := &g.Ops[i]
	out := g.Values[op.Out]
	n := int64(out.Rows) * int64(out.Cols)
	switch op.Kind {
	case backends.Embed:
		k, err := pick(op.W.DType, kc.EmbedF32, kc.EmbedBF16, kc.EmbedF16)
		if err != nil {
			return fmt.Errorf("embedding table %s: %w", op.W.Name, err)
		}
		p.add(Launch{Op: i, Kernel: k, Grid: [3]uint32{blocks(int64(out.Cols), 256), uint32(g.Rows), 1}, Block: [3]uint32{256, 1, 1},
			Args: []Arg{ptr(p.val(op.Out)), ptr(weightRef(widx, op.W)), ptr(p.Inputs.Tokens), i32(out.Cols), f32(op.Scale)}})
	case backends.RMSNorm:
		k, err := pick(op.W.DType, kc.RMSNormF32, kc.RMSNormBF16, kc.RMSNormF16)
		if err != nil {
			return fmt.Errorf("norm weight %s: %w", op.W.Name, err)
		}
		group := out.Cols
		if op.Group > 0 {
			group = op.Group
		}
		addOne := 0
		if op.AddOne {
			addOne = 1
		}
		threads := uint32(32)
		for threads < 1024 && int(threads)*8 < group {
			threads *= 2
		}
		p.add(Launch{Op: i, Kernel: k, Grid: [3]uint32{uint32(n / int64(group)), 1, 1}, Block: [3]uint32{threads, 1, 1},
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), ptr(weightRef(widx, op.W)), i32(group), f32(op.Eps), i32(addOne)}})
	case backends.MatMul:
		return p.lowerMatMul(i, op, widx)
	case backends.RoPE:
		half := op.HeadDim / 2
		if half > 1024 {
			return fmt.Errorf("head dim %d: %w", op.HeadDim, backends.ErrNotImplemented)
		}
		t := p.table(kernels.RoPEInvFreq(op.HeadDim, op.Theta, op.PosScale))
		p.add(Launch{Op: i, Kernel: kc.RoPE, Grid: [3]uint32{uint32(g.Rows), 1, 1}, Block: [3]uint32{roundUp32(half), 1, 1},
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), ptr(p.Inputs.Positions), ptr(t), i32(op.Heads), i32(op.HeadDim)}})
	case backends.Attention:
		return p.lowerAttention(i, op, lim)
	case backends.GeGLU:
		grid, block := elementwise(n)
		p.add(Launch{Op: i, Kernel: kc.GeGLUF32, Grid: grid, Block: block,
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), ptr(p.val(op.In[1])), i64(n)}})
	case backends.Add:
		grid, block := elementwise(n)
		p.add(Launch{Op: i, Kernel: kc.AddF32, Grid: grid, Block: block,
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), ptr(p.val(op.In[1])), i64(n)}})
	case backends.SoftCap:
		grid, block := elementwise(n)
		p.add(Launch{Op: i, Kernel: kc.SoftCapF32, Grid: grid, Block: block,
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), f32(op.Cap), i64(n)}})
	case backends.GatherRows:
		p.add(Launch{Op: i, Kernel: kc.GatherRows, Grid: [3]uint32{blocks(int64(out.Cols), 256), uint32(g.LogitRows), 1}, Block: [3]uint32{256, 1, 1},
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.val(op.In[0])), ptr(p.Inputs.LogitRows), i32(out.Cols)}})
	default:
		return fmt.Errorf("op kind %s: %w", op.Kind, backends.ErrNotImplemented)
	}
	return nil
}

// pick is the kernel for a float storage type; block formats have none.
func pick(dt backends.DType, f32k, bf16k, f16k string) (string, error) {
	switch dt {
	case backends.F32:
		return f32k, nil
	case backends.BF16:
		return bf16k, nil
	case backends.F16:
		return f16k, nil
	}
	return "", fmt.Errorf("%s: %w", dt, backends.ErrNotImplemented)
}

// lowerMatMul turns Out = X·Wᵀ (row-major X [rows, in], W [out, in]) into
// cuBLAS's column-major terms: row-major W is the column-major [in, out]
// matrix with leading dimension in, X likewise [in, rows], and row-major
// Out is column-major [out, rows]; so Out = op(W)·X with op = transpose,
// m = out, n = rows, k = in. bf16 and f16 weights multiply activations
// narrowed to their type (cuBLAS has no mixed f32×bf16 product), with
// float32 accumulation and a float32 result.
func (p *Plan) lowerMatMul(i int, op *backends.Op, widx map[*backends.Weight]int) error {
	g := p.Graph
	x, out := g.Values[op.In[0]], g.Values[op.Out]
	gm := &Gemm{TransA: true, M: out.Cols, N: x.Rows, K: x.Cols, Alpha: 1, Beta: 0,
		A: weightRef(widx, op.W), LDA: x.Cols, B: p.val(op.In[0]), LDB: x.Cols, C: p.val(op.Out), LDC: out.Cols,
		CType: R32F, Compute: Compute32F, Batch: 1}
	n := int64(x.Rows) * int64(x.Cols)
	switch op.W.DType {
	case backends.F32:
		gm.AType, gm.BType = R32F, R32F
	case backends.BF16, backends.F16:
		conv, t := kc.ConvertBF16, R16BF
		if op.W.DType == backends.F16 {
			conv, t = kc.ConvertF16, R16F
		}
		grid, block := elementwise(n)
		p.add(Launch{Op: i, Kernel: conv, Grid: grid, Block: block, Args: []Arg{ptr(p.Narrow), ptr(p.val(op.In[0])), i64(n)}})
		gm.AType, gm.BType, gm.B = t, t, p.Narrow
	default:
		return fmt.Errorf("%s weights %s: %w", op.W.DType, op.W.Name, backends.ErrNotImplemented)
	}
	p.add(Launch{Op: i, Gemm: gm})
	return nil
}

// splits is how many parts attention divides each slot's keys into: enough
// blocks to fill the device twice over, but at least 4 key tiles per part
// and at most 64 parts.
func (p *Plan) splits(op *backends.Op, lim Limits) int {
	g := p.Graph
	group := op.Heads / op.KVHeads
	base := int64(op.KVHeads) * int64(blocks(int64(g.Rows*group), kc.AttPairs))
	span := int64(g.Cache.Positions(op.CacheLayer))
	want := (2*int64(lim.Multiprocessors) + base - 1) / base
	byKeys := (span + 4*kc.AttTile - 1) / (4 * kc.AttTile)
	return int(max(1, min(want, byKeys, 64)))
}

func (p *Plan) lowerAttention(i int, op *backends.Op, lim Limits) error {
	g := p.Graph
	l := g.Cache
	hd := op.HeadDim
	if hd > kc.AttMaxHeadDim || hd%2 != 0 {
		return fmt.Errorf("head dim %d (the attention kernel takes even dims ≤ %d): %w", hd, kc.AttMaxHeadDim, backends.ErrNotImplemented)
	}
	write, attend := kc.KVWriteF32, kc.AttentionF32
	switch l.DType {
	case backends.F32:
	case backends.BF16:
		write, attend = kc.KVWriteBF16, kc.AttentionBF16
	default:
		return fmt.Errorf("kv cache dtype %s: %w", l.DType, backends.ErrNotImplemented)
	}
	shared := kc.AttentionShared(hd)
	if shared > lim.SharedOptinBytes {
		return fmt.Errorf("attention with head dim %d needs %d bytes of shared memory, the device allows %d: %w", hd, shared, lim.SharedOptinBytes, backends.ErrNotImplemented)
	}
	// Slots keep every position (a full cache): position p at p.
	slotPositions := l.MaxLen
	layer := op.CacheLayer
	p.add(Launch{Op: i, Kernel: write, Grid: [3]uint32{uint32(g.Rows), uint32(op.KVHeads), 1}, Block: [3]uint32{roundUp32(hd), 1, 1},
		Args: []Arg{ptr(p.Inputs.CacheTable), i32(layer), ptr(p.val(op.In[1])), ptr(p.val(op.In[2])),
			ptr(p.Inputs.Seqs), ptr(p.Inputs.Positions), i32(op.KVHeads), i32(hd), i32(slotPositions)}})
	s := p.splits(op, lim)
	group := op.Heads / op.KVHeads
	p.add(Launch{Op: i, Kernel: attend,
		Grid:   [3]uint32{uint32(s), uint32(op.KVHeads), blocks(int64(g.Rows*group), kc.AttPairs)},
		Block:  [3]uint32{kc.AttWarps * 32, 1, 1},
		Shared: uint32(shared),
		Args: []Arg{ptr(p.val(op.Out)), ptr(p.Partial), ptr(p.val(op.In[0])), ptr(p.Inputs.CacheTable), i32(layer),
			ptr(p.Inputs.Seqs), ptr(p.Inputs.Positions), i32(g.Rows), i32(op.Heads), i32(op.KVHeads), i32(hd),
			i32(slotPositions), i32(op.Window), f32(op.Scale), f32(op.Cap)}})
	if s > 1 {
		p.add(Launch{Op: i, Kernel: kc.AttentionCombine, Grid: [3]uint32{uint32(g.Rows), uint32(op.Heads), 1}, Block: [3]uint32{roundUp32(hd), 1, 1},
			Args: []Arg{ptr(p.val(op.Out)), ptr(p.Partial), i32(op.Heads), i32(hd), i32(s)}})
	}
	return nil
}

// lowerOutputs appends the narrow outputs: row statistics of every logit
// row, then the targets' log-probabilities.
func (p *Plan) lowerOutputs() {
	g := p.Graph
	o := p.Outputs
	logits := p.val(g.Output)
	p.add(Launch{Op: -1, Kernel: kc.RowStats, Grid: [3]uint32{uint32(g.LogitRows), 1, 1}, Block: [3]uint32{kc.StatsThreads, 1, 1},
		Args: []Arg{ptr(logits), i32(g.Vocab), ptr(o.Argmax), ptr(o.LSE), ptr(o.Flags)}})
	if g.MaxTargets > 0 {
		p.add(Launch{Op: -1, Kernel: kc.TargetLogProb, Grid: [3]uint32{blocks(int64(g.MaxTargets), 128), 1, 1}, Block: [3]uint32{128, 1, 1},
			Args: []Arg{ptr(logits), i32(g.Vocab), ptr(p.Inputs.Targets), ptr(p.Inputs.NTargets), ptr(o.Argmax), ptr(o.LSE),
				ptr(o.LogProb), ptr(o.IsArgmax), i32(g.MaxTargets)}})
	}
}

// table adds a float64 table and returns where it lives; identical tables
// (the q and k RoPE of one layer, every layer of one kind) are stored once.
func (p *Plan) table(f []float64) Ref {
	b := make([]byte, 8*len(f))
	for i, v := range f {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	for i, t := range p.Tables {
		if string(t) == string(b) {
			return Ref{Space: SpaceTable, Index: i}
		}
	}
	p.Tables = append(p.Tables, b)
	return Ref{Space: SpaceTable, Index: len(p.Tables) - 1}
}

// checkGeometry holds a launch to CUDA's limits: at most 1024 threads a
// block, grid y and z below 65536, no empty dimension.
func checkGeometry(l *Launch) error {
	if l.Gemm != nil {
		if l.Gemm.M <= 0 || l.Gemm.N <= 0 || l.Gemm.K <= 0 {
			return fmt.Errorf("empty product")
		}
		return nil
	}
	for d := range 3 {
		if l.Grid[d] == 0 || l.Block[d] == 0 {
			return fmt.Errorf("empty dimension %d", d)
		}
	}
	if l.Block[0]*l.Block[1]*l.Block[2] > 1024 {
		return fmt.Errorf("%d threads a block", l.Block[0]*l.Block[1]*l.Block[2])
	}
	if l.Grid[1] > 65535 || l.Grid[2] > 65535 {
		return fmt.Errorf("grid %v past 65535 in y or z", l.Grid)
	}
	return nil
}
