package cuda

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/gemma-bench/gemma-bench/backends"
)

// InputLayout is where a step's inputs sit in the arena: one contiguous
// block, so that a step costs one host-to-device copy of Bytes from a
// staging buffer that Pack fills.
type InputLayout struct {
	Base, Bytes int64
	// Int32 arrays: tokens, positions and slots per row, the logit rows,
	// the targets as (row, token) pairs and their count.
	Tokens, Positions, Seqs, LogitRows, Targets, NTargets Ref
	// CacheTable holds the device address of each layer's keys and
	// values (2·layer, 2·layer+1) of the cache the step runs on.
	CacheTable                          Ref
	rows, logitRows, maxTargets, layers int
}

func newInputLayout(g *backends.Graph, base int64) InputLayout {
	in := InputLayout{Base: base, rows: g.Rows, logitRows: g.LogitRows, maxTargets: g.MaxTargets, layers: g.Cache.Layers}
	off := base
	next := func(bytes int64) Ref {
		r := arena(off)
		off += bytes
		return r
	}
	in.Tokens = next(4 * int64(g.Rows))
	in.Positions = next(4 * int64(g.Rows))
	in.Seqs = next(4 * int64(g.Rows))
	in.LogitRows = next(4 * int64(g.LogitRows))
	in.Targets = next(8 * int64(g.MaxTargets))
	in.NTargets = next(4)
	off = roundUp(off, 8)
	in.CacheTable = next(16 * int64(g.Cache.Layers))
	in.Bytes = off - base
	return in
}

// Pack writes step's inputs and the cache's layer addresses into dst
// (Bytes long), laid out as in the arena. The step must have passed
// CheckBounds for the plan's graph. Targets are written only when the
// step wants them (a count of 0 otherwise).
func (in *InputLayout) Pack(dst []byte, step *backends.Step, cacheTable []uint64) error {
	if int64(len(dst)) != in.Bytes {
		return fmt.Errorf("cuda: input staging holds %d bytes, the layout %d", len(dst), in.Bytes)
	}
	if len(cacheTable) != 2*in.layers {
		return fmt.Errorf("cuda: %d cache addresses for %d layers", len(cacheTable), in.layers)
	}
	if len(step.Tokens) != in.rows || len(step.LogitRows) != in.logitRows || len(step.Targets) > in.maxTargets {
		return fmt.Errorf("cuda: step of %d rows, %d logit rows, %d targets for a plan of %d, %d, %d",
			len(step.Tokens), len(step.LogitRows), len(step.Targets), in.rows, in.logitRows, in.maxTargets)
	}
	le := binary.LittleEndian
	put := func(r Ref, vals []int32) {
		o := r.Off - in.Base
		for i, v := range vals {
			le.PutUint32(dst[o+4*int64(i):], uint32(v))
		}
	}
	put(in.Tokens, step.Tokens)
	put(in.Positions, step.Positions)
	put(in.Seqs, step.Seqs)
	put(in.LogitRows, step.LogitRows)
	n := 0
	if step.Want&backends.WantTargets != 0 {
		n = len(step.Targets)
	}
	o := in.Targets.Off - in.Base
	for i, t := range step.Targets[:n] {
		le.PutUint32(dst[o+8*int64(i):], uint32(t.Row))
		le.PutUint32(dst[o+8*int64(i)+4:], uint32(t.Token))
	}
	le.PutUint32(dst[in.NTargets.Off-in.Base:], uint32(n))
	o = in.CacheTable.Off - in.Base
	for i, a := range cacheTable {
		le.PutUint64(dst[o+8*int64(i):], a)
	}
	return nil
}

// OutputLayout is where the narrow outputs sit: one contiguous block,
// copied home in one transfer.
type OutputLayout struct {
	Base, Bytes int64
	// Per logit row: argmax (int32), flags (int32: bit 0 the maximum is
	// not finite, bit 1 the normaliser is not) and log Σ exp (float64).
	Argmax, Flags, LSE Ref
	// Per target: log-probability (float64) and is-argmax (int32).
	LogProb, IsArgmax     Ref
	logitRows, maxTargets int
}

func newOutputLayout(g *backends.Graph, base int64) OutputLayout {
	o := OutputLayout{Base: base, logitRows: g.LogitRows, maxTargets: g.MaxTargets}
	off := base
	next := func(bytes int64) Ref {
		r := arena(off)
		off = roundUp(off+bytes, 8)
		return r
	}
	o.LSE = next(8 * int64(g.LogitRows))
	o.LogProb = next(8 * int64(g.MaxTargets))
	o.Argmax = next(4 * int64(g.LogitRows))
	o.Flags = next(4 * int64(g.LogitRows))
	o.IsArgmax = next(4 * int64(g.MaxTargets))
	o.Bytes = off - base
	return o
}

// Unpack fills res from the output block src (Bytes long) as step asked:
// argmax, targets' log-probabilities, and the count of non-finite rows
// (the normaliser counts only when targets were scored, as the CPU
// backend does). argmax, logProb and isArgmax are the caller's buffers,
// sized for the plan, that res's slices are cut from.
func (o *OutputLayout) Unpack(src []byte, step *backends.Step, res *backends.Output, argmax []int32, logProb []float64, isArgmax []bool) error {
	if int64(len(src)) != o.Bytes {
		return fmt.Errorf("cuda: output block of %d bytes, the layout %d", len(src), o.Bytes)
	}
	if len(argmax) < o.logitRows || len(logProb) < len(step.Targets) || len(isArgmax) < len(step.Targets) {
		return fmt.Errorf("cuda: output buffers too small")
	}
	le := binary.LittleEndian
	at := func(r Ref, i, size int) []byte { return src[r.Off-o.Base+int64(i*size):] }
	targets := step.Want&backends.WantTargets != 0
	for r := range o.logitRows {
		argmax[r] = int32(le.Uint32(at(o.Argmax, r, 4)))
		f := le.Uint32(at(o.Flags, r, 4))
		if f&1 != 0 || (targets && len(step.Targets) > 0 && f&2 != 0) {
			res.NonFinite++
		}
	}
	if step.Want&backends.WantArgmax != 0 {
		res.Argmax = argmax[:o.logitRows]
	}
	if targets {
		n := len(step.Targets)
		res.LogProb, res.IsArgmax = logProb[:n], isArgmax[:n]
		for i := range n {
			res.LogProb[i] = math.Float64frombits(le.Uint64(at(o.LogProb, i, 8)))
			res.IsArgmax[i] = le.Uint32(at(o.IsArgmax, i, 4)) != 0
		}
	}
	return nil
}
