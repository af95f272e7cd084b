package cuda

import "time"

// device is what the executor needs of a GPU. On a GPU machine it is the
// driver, NVRTC and cuBLAS (gpu.go); in tests an emulator that runs each
// launch on the CPU by what its kernel computes, so that the executor's
// bookkeeping (weights shared between executables, one arena rebound when
// it grows, the cache's addresses, CopyPrefix, the step's input and output
// blocks, per-op profiles) runs the conformance suite in CI.
//
// Addresses are device addresses; the executor never touches device
// memory except through these calls.
type device interface {
	Limits() Limits
	// Alloc returns bytes of device memory, zeroed.
	Alloc(bytes int64) (uint64, error)
	Free(addr uint64) error
	// Upload copies src to dst and returns once it is there.
	Upload(dst uint64, src []byte) error
	// Copy performs device-to-device copies and returns once all are done.
	Copy(copies []devCopy) error
	// Bind fixes a plan to device addresses (resolve turns each of its
	// Refs into one) and prepares its launches.
	Bind(p *Plan, resolve func(Ref) uint64) (program, error)
	Close() error
}

// devCopy is one device-to-device copy.
type devCopy struct {
	Dst, Src uint64
	Bytes    int64
}

// program is a plan bound to addresses: what one step runs.
type program interface {
	// In is host memory of the plan's input block (Inputs.Bytes), which
	// Run copies to the device first; Out receives the output block
	// (Outputs.Bytes) when a run reaches the narrow outputs. On a GPU both
	// are page-locked, so that a captured CUDA graph can copy them.
	In() []byte
	Out() []byte
	// Run copies In to the arena, runs Launches[:n], and, when n covers
	// the narrow outputs, copies the output block into Out; logits, when
	// not nil, receives the [LogitRows × Vocab] logits. It returns once
	// everything is on the host. times, when not nil (len(Launches)),
	// receives each launch's device time, measured with events around it
	// (such a run is never a replayed graph).
	Run(n int, logits []float32, times []time.Duration) error
	Close() error
}
