package backends

import (
	"fmt"
	"slices"
)

// KVLayout is the complete shape of a KV cache. The caller chooses it once
// (model.Runner derives it from the config and its options), allocates the
// cache with it and builds every graph with it, so Compile knows
// everything a static-shape backend must size.
//
// # Sequence rules
//
// Each of the Seqs slots has a length L, 0 when allocated. The rows of one
// step that belong to one slot sit at consecutive increasing positions
// p0, p0+1, …, p0+r−1, with r ≤ MaxRows and p0 ≤ L (rows of different slots
// may interleave); after the step L = p0+r and positions ≥ L are undefined.
// CopyPrefix(dst, src, n) needs n ≤ L(src) and sets L(dst) = n. Sequences
// checks these rules; model.Runner applies it to every step.
//
// # Attention
//
// Every row first writes its key and value at (slot, position); then the
// row at position p of slot s attends to the keys and values of s at
// positions max(0, p−W+1) … p, where W is the layer's window (0 = p+1,
// everything). Under the rules above a backend may therefore keep, for a
// sliding layer, only the last W+MaxRows−1 positions written to each slot
// (a ring indexed by position mod that size): within a step, the rows of
// one slot span fewer than MaxRows positions, so no row's window is
// overwritten by the writes of its own step. What a ring has overwritten
// depends on the furthest position ever written to the slot, so a rewind
// (a step at p0 < L, a CopyPrefix with n < L(src), a truncation) may need
// positions it no longer holds; a ring cache must then return an error
// rather than read them, and may refuse conservatively. A full cache
// serves every rewind the rules allow.
type KVLayout struct {
	Layers  int
	KVHeads int
	HeadDim int
	// DType is the storage type of keys and values: F32, or BF16 (rounded
	// to nearest even when written; attention widens exactly).
	DType DType
	// Windows holds each layer's attention window (0 = global). The
	// Attention ops of a graph must use their layer's window.
	Windows []int
	Seqs    int // sequence slots
	MaxLen  int // positions per slot
	MaxRows int // rows one slot may have in one step (≤ MaxLen)
}

// Validate checks the layout is one a backend can allocate.
func (l KVLayout) Validate() error {
	switch {
	case l.Layers <= 0 || l.KVHeads <= 0 || l.HeadDim <= 0:
		return fmt.Errorf("kv layout: %d layers × %d kv heads × head dim %d", l.Layers, l.KVHeads, l.HeadDim)
	case l.Seqs <= 0 || l.MaxLen <= 0:
		return fmt.Errorf("kv layout: %d slots × %d positions", l.Seqs, l.MaxLen)
	case l.MaxRows <= 0 || l.MaxRows > l.MaxLen:
		return fmt.Errorf("kv layout: %d rows per slot per step with %d positions", l.MaxRows, l.MaxLen)
	case l.DType != F32 && l.DType != BF16:
		return fmt.Errorf("kv layout: dtype %s (want f32 or bf16)", l.DType)
	case len(l.Windows) != l.Layers:
		return fmt.Errorf("kv layout: %d windows for %d layers", len(l.Windows), l.Layers)
	}
	for i, w := range l.Windows {
		if w < 0 {
			return fmt.Errorf("kv layout: layer %d window %d", i, w)
		}
	}
	return nil
}

// Equal reports whether two layouts describe the same cache.
func (l KVLayout) Equal(o KVLayout) bool {
	return l.Layers == o.Layers && l.KVHeads == o.KVHeads && l.HeadDim == o.HeadDim && l.DType == o.DType &&
		l.Seqs == o.Seqs && l.MaxLen == o.MaxLen && l.MaxRows == o.MaxRows && slices.Equal(l.Windows, o.Windows)
}

func (l KVLayout) String() string {
	return fmt.Sprintf("%d layers × %d kv heads × %d, %s, %d slots × %d positions, ≤%d rows/step, windows %v",
		l.Layers, l.KVHeads, l.HeadDim, l.DType, l.Seqs, l.MaxLen, l.MaxRows, l.Windows)
}

// Positions is how many positions per slot a cache must hold for layer:
// MaxLen for a global layer, min(MaxLen, W+MaxRows−1) for a sliding one.
func (l KVLayout) Positions(layer int) int {
	if w := l.Windows[layer]; w > 0 {
		return min(l.MaxLen, w+l.MaxRows-1)
	}
	return l.MaxLen
}

// Bytes is the size of a cache that keeps every position of every layer.
func (l KVLayout) Bytes() int64 {
	return int64(l.Layers) * l.layerBytes(l.MaxLen)
}

// RingBytes is the size of a cache that keeps only Positions(layer) per
// layer: the least the contract allows.
func (l KVLayout) RingBytes() int64 {
	var n int64
	for i := range l.Layers {
		n += l.layerBytes(l.Positions(i))
	}
	return n
}

func (l KVLayout) layerBytes(positions int) int64 {
	return 2 * l.DType.Size() * int64(l.KVHeads) * int64(l.HeadDim) * int64(l.Seqs) * int64(positions)
}

// Sequences tracks the length of every slot and checks steps and forks
// against the sequence rules of KVLayout. It allocates nothing per step.
type Sequences struct {
	maxRows int
	lens    []int32
	next    []int32 // per slot during Check: next position expected, −1 = no row yet
	count   []int32
}

// NewSequences tracks the slots of a cache with layout l, all empty.
func NewSequences(l KVLayout) *Sequences {
	q := &Sequences{maxRows: l.MaxRows, lens: make([]int32, l.Seqs), next: make([]int32, l.Seqs), count: make([]int32, l.Seqs)}
	for i := range q.next {
		q.next[i] = -1
	}
	return q
}

// Len is the current length of slot s.
func (q *Sequences) Len(s int) int { return int(q.lens[s]) }

// Check validates a step (CheckBounds, then the sequence rules) without
// changing any length.
func (q *Sequences) Check(g *Graph, s *Step) error {
	if err := s.CheckBounds(g); err != nil {
		return err
	}
	if len(q.lens) != g.Cache.Seqs {
		return fmt.Errorf("step: tracking %d slots for a %d-slot cache", len(q.lens), g.Cache.Seqs)
	}
	defer q.reset(s)
	for r := range s.Tokens {
		seq, p := s.Seqs[r], s.Positions[r]
		switch n := q.next[seq]; {
		case n < 0 && p > q.lens[seq]:
			return fmt.Errorf("step: row %d starts slot %d at position %d, past its length %d", r, seq, p, q.lens[seq])
		case n >= 0 && p != n:
			return fmt.Errorf("step: row %d of slot %d is at position %d, want %d (a slot's rows must be consecutive)", r, seq, p, n)
		}
		q.next[seq] = p + 1
		if q.count[seq]++; int(q.count[seq]) > q.maxRows {
			return fmt.Errorf("step: slot %d has more than %d rows", seq, q.maxRows)
		}
	}
	return nil
}

func (q *Sequences) reset(s *Step) {
	for _, seq := range s.Seqs {
		if seq >= 0 && int(seq) < len(q.next) {
			q.next[seq], q.count[seq] = -1, 0
		}
	}
}

// Commit records a step that ran: each slot it touched ends after its
// last row.
func (q *Sequences) Commit(s *Step) {
	for r, seq := range s.Seqs {
		q.lens[seq] = s.Positions[r] + 1 // rows of a slot are increasing: the last wins
	}
}

// Fork checks and records CopyPrefix(dst, src, n).
func (q *Sequences) Fork(dst, src, n int) error {
	if dst < 0 || dst >= len(q.lens) || src < 0 || src >= len(q.lens) {
		return fmt.Errorf("copy prefix: slot %d or %d outside the cache's %d", dst, src, len(q.lens))
	}
	if n < 0 || n > int(q.lens[src]) {
		return fmt.Errorf("copy prefix: %d positions of slot %d, which holds %d", n, src, q.lens[src])
	}
	q.lens[dst] = int32(n)
	return nil
}
