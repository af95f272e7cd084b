package cuda

import "fmt"

// Space is the memory a Ref points into.
type Space uint8

const (
	// SpaceArena: Off bytes into the executable's device arena, where
	// activations, scratch, the step's inputs and its outputs live.
	SpaceArena Space = iota + 1
	// SpaceWeight: Off bytes into weight number Index of the plan's
	// Weights, uploaded once in its stored dtype.
	SpaceWeight
	// SpaceTable: small read-only table number Index of the plan's
	// Tables (RoPE inverse frequencies), uploaded with the weights.
	SpaceTable
)

// Ref locates device memory relative to what the executor allocates, so
// that a plan is pure data and every address is fixed once bound.
type Ref struct {
	Space Space
	Index int
	Off   int64
}

func (r Ref) String() string {
	switch r.Space {
	case SpaceArena:
		return fmt.Sprintf("arena+%d", r.Off)
	case SpaceWeight:
		return fmt.Sprintf("w%d+%d", r.Index, r.Off)
	case SpaceTable:
		return fmt.Sprintf("t%d+%d", r.Index, r.Off)
	}
	return "nil"
}

// ArgKind is the C type of one kernel argument.
type ArgKind uint8

const (
	ArgPtr ArgKind = iota + 1 // a device pointer (8 bytes)
	ArgI32                    // int
	ArgI64                    // long long (element counts past 2^31)
	ArgF32                    // float
)

// Arg is one kernel argument.
type Arg struct {
	Kind ArgKind
	Ref  Ref   // ArgPtr
	I    int64 // ArgI32, ArgI64
	F    float32
}

// Launch is one step of a plan: a kernel launch, or a cuBLAS product when
// Gemm is set.
type Launch struct {
	Op     int    // the graph op it belongs to; −1 for the step's outputs
	Kernel string // a kernels/cuda name
	Grid   [3]uint32
	Block  [3]uint32
	Shared uint32 // dynamic shared memory, bytes
	Args   []Arg
	Gemm   *Gemm
}

func (l *Launch) String() string {
	if l.Gemm != nil {
		g := l.Gemm
		return fmt.Sprintf("op %d gemm %s·%s→%s m=%d n=%d k=%d", l.Op, g.AType, g.BType, g.CType, g.M, g.N, g.K)
	}
	return fmt.Sprintf("op %d %s grid %v block %v shared %d", l.Op, l.Kernel, l.Grid, l.Block, l.Shared)
}

func ptr(r Ref) Arg       { return Arg{Kind: ArgPtr, Ref: r} }
func i32(v int) Arg       { return Arg{Kind: ArgI32, I: int64(v)} }
func i64(v int64) Arg     { return Arg{Kind: ArgI64, I: v} }
func f32(v float32) Arg   { return Arg{Kind: ArgF32, F: v} }
func arena(off int64) Ref { return Ref{Space: SpaceArena, Off: off} }
