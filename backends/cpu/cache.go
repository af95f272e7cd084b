package cpu

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// kvCache stores keys and values as [layer][slot][kvHead][position][dim],
// so that one head's keys over positions are contiguous for the score loop.
// Each layer keeps size[l] positions per slot and position p lives at
// p mod size[l]: in the default full mode size is MaxLen everywhere; with
// the ring option a sliding layer keeps only KVLayout.Positions(l), the
// least the contract allows (about 10× less memory for Gemma 3 at long
// context). Storage is float32 or bfloat16, as the layout says.
type kvCache struct {
	b      *Backend
	l      backends.KVLayout
	ring   bool
	size   []int // positions kept per slot, per layer
	off    []int // element offset of each layer
	k, v   []float32
	kh, vh []uint16 // bf16 storage

	// Ring bookkeeping, per slot: the length (KVLayout's L) and, per layer
	// and slot, the lowest position still held. Full mode needs neither.
	lens []int32
	lo   []int32 // [layer*Seqs+slot]
	// Scratch for Run's ring check: first and last position of each slot
	// in the step (−1 = not in the step).
	first, last []int32
}

// maxCacheElems bounds one cache at 64 GiB of float32: a larger request is
// a typo in MaxLen or Seqs, not a cache anyone can hold on a CPU.
const maxCacheElems = 1 << 34

func (b *Backend) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	c := &kvCache{b: b, l: l, ring: b.ring, size: make([]int, l.Layers), off: make([]int, l.Layers)}
	n := 0
	for i := range l.Layers {
		c.size[i] = l.MaxLen
		if b.ring {
			c.size[i] = l.Positions(i)
		}
		c.off[i] = n
		n += l.Seqs * l.KVHeads * c.size[i] * l.HeadDim
	}
	if n > maxCacheElems || n < 0 {
		return nil, fmt.Errorf("%s: KV cache of %d GiB is too large (%s)", b.name, int64(n)*2*l.DType.Size()>>30, l)
	}
	// Go returns fresh zeroed pages from the OS for large slices, so an
	// oversized MaxLen costs address space, not resident memory.
	switch l.DType {
	case backends.F32:
		c.k, c.v = make([]float32, n), make([]float32, n)
	case backends.BF16:
		c.kh, c.vh = make([]uint16, n), make([]uint16, n)
	}
	if c.ring {
		c.lens = make([]int32, l.Seqs)
		c.lo = make([]int32, l.Layers*l.Seqs)
		c.first, c.last = make([]int32, l.Seqs), make([]int32, l.Seqs)
		for i := range c.first {
			c.first[i], c.last[i] = -1, -1
		}
	}
	return c, nil
}

func (c *kvCache) Layout() backends.KVLayout { return c.l }

func (c *kvCache) Bytes() int64 {
	return int64(len(c.k)+len(c.v))*4 + int64(len(c.kh)+len(c.vh))*2
}

func (c *kvCache) Close() error {
	c.k, c.v, c.kh, c.vh = nil, nil, nil, nil
	return nil
}

func (c *kvCache) closed() bool { return c.k == nil && c.kh == nil }

// head returns the element offset of slot position 0 of (layer, seq, g).
func (c *kvCache) head(layer, seq, g int) int {
	return c.off[layer] + ((seq*c.l.KVHeads+g)*c.size[layer])*c.l.HeadDim
}

// span splits positions [a, a+n) of a layer into at most two runs of
// slots: [s0, s0+n0) and [0, n1).
func (c *kvCache) span(layer, a, n int) (s0, n0, n1 int) {
	size := c.size[layer]
	s0 = a % size
	if s0+n <= size {
		return s0, n, 0
	}
	return s0, size - s0, n - (size - s0)
}

func (c *kvCache) CopyPrefix(dst, src, n int) error {
	l := c.l
	if c.closed() {
		return fmt.Errorf("%s: kv cache: %w", c.b.name, backends.ErrClosed)
	}
	if dst < 0 || dst >= l.Seqs || src < 0 || src >= l.Seqs || n < 0 || n > l.MaxLen {
		return fmt.Errorf("%s: kv cache: copy %d positions from slot %d to %d: out of range (%d slots × %d)", c.b.name, n, src, dst, l.Seqs, l.MaxLen)
	}
	if c.ring {
		if n > int(c.lens[src]) {
			return fmt.Errorf("%s: kv ring: copy %d positions from slot %d, which holds %d", c.b.name, n, src, c.lens[src])
		}
		for layer := range l.Layers {
			lo := max(c.lo[layer*l.Seqs+src], int32(n-c.size[layer]), 0)
			c.lo[layer*l.Seqs+dst] = lo
		}
		c.lens[dst] = int32(n)
	}
	if dst == src {
		return nil
	}
	hd := l.HeadDim
	for layer := range l.Layers {
		a := 0
		if c.ring {
			a = int(c.lo[layer*l.Seqs+dst])
		}
		if n <= a {
			continue
		}
		s0, n0, n1 := c.span(layer, a, n-a)
		for g := range l.KVHeads {
			d, s := c.head(layer, dst, g), c.head(layer, src, g)
			for _, r := range [2][2]int{{s0, n0}, {0, n1}} {
				lo, hi := (r[0])*hd, (r[0]+r[1])*hd
				if c.k != nil {
					copy(c.k[d+lo:d+hi], c.k[s+lo:s+hi])
					copy(c.v[d+lo:d+hi], c.v[s+lo:s+hi])
				} else {
					copy(c.kh[d+lo:d+hi], c.kh[s+lo:s+hi])
					copy(c.vh[d+lo:d+hi], c.vh[s+lo:s+hi])
				}
			}
		}
	}
	return nil
}

// checkRing refuses a step that would read positions the ring no longer
// holds (see KVLayout): the full cache needs no such check.
func (c *kvCache) checkRing(step *backends.Step) error {
	if !c.ring {
		return nil
	}
	defer func() {
		for _, s := range step.Seqs {
			c.first[s], c.last[s] = -1, -1
		}
	}()
	for r, s := range step.Seqs {
		p := step.Positions[r]
		if c.first[s] < 0 || p < c.first[s] {
			c.first[s] = p
		}
		c.last[s] = max(c.last[s], p)
	}
	l := c.l
	for _, s := range step.Seqs {
		p0 := c.first[s]
		if p0 < 0 {
			continue // checked already
		}
		if p0 > c.lens[s] {
			return fmt.Errorf("%s: kv ring: slot %d starts at position %d past its length %d", c.b.name, s, p0, c.lens[s])
		}
		if c.last[s]-p0 >= int32(l.MaxRows) {
			return fmt.Errorf("%s: kv ring: slot %d spans positions %d..%d, more than the layout's %d rows", c.b.name, s, p0, c.last[s], l.MaxRows)
		}
		for layer, w := range l.Windows {
			if w == 0 {
				continue
			}
			need := max(0, p0-int32(w)+1)
			if need < p0 && need < c.lo[layer*l.Seqs+int(s)] {
				return fmt.Errorf("%s: kv ring: slot %d at position %d needs position %d of layer %d, but the ring keeps only positions from %d (a rewind further than the layout's %d rows)",
					c.b.name, s, p0, need, layer, c.lo[layer*l.Seqs+int(s)], l.MaxRows)
			}
		}
		c.first[s] = -1 // this slot is checked
	}
	return nil
}

// commitRing records the step's writes once it has run.
func (c *kvCache) commitRing(step *backends.Step) {
	if !c.ring {
		return
	}
	l := c.l
	for r, s := range step.Seqs {
		end := step.Positions[r] + 1 // rows of a slot are increasing: the last wins
		c.lens[s] = end
		for layer := range l.Layers {
			i := layer*l.Seqs + int(s)
			c.lo[i] = max(c.lo[i], end-int32(c.size[layer]))
		}
	}
}
