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
	ArgF32                    // float
)

// Arg is one kernel argument.
type Arg struct {
	Kind ArgKind
	Ref  Ref // ArgPtr
	I    int32
	F    float32
}

func ptr(r Ref) Arg       { return Arg{Kind: ArgPtr, Ref: r} }
func i32(v int) Arg       { return Arg{Kind: ArgI32, I: int32(v)} }
func f32(v float32) Arg   { return Arg{Kind: ArgF32, F: v} }
func arena(off int64) Ref { return Ref{Space: SpaceArena, Off: off} }
