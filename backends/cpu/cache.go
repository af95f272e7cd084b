package cpu

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// kvCache stores float32 keys and values as [layer][seq][kvHead][pos][dim],
// so that one head's keys over positions are contiguous for the score loop.
type kvCache struct {
	l    backends.KVLayout
	k, v []float32
}

func (b *Backend) NewKVCache(l backends.KVLayout) (backends.KVCache, error) {
	if l.Layers <= 0 || l.KVHeads <= 0 || l.HeadDim <= 0 || l.Seqs <= 0 || l.MaxLen <= 0 {
		return nil, fmt.Errorf("%s: invalid KV cache layout %+v", b.name, l)
	}
	n := l.Bytes() / 8
	if n > 1<<34 {
		return nil, fmt.Errorf("%s: KV cache of %d GiB is too large", b.name, l.Bytes()>>30)
	}
	// Go returns fresh zeroed pages from the OS for large slices, so an
	// oversized MaxLen costs address space, not resident memory.
	return &kvCache{l: l, k: make([]float32, n), v: make([]float32, n)}, nil
}

func (c *kvCache) Layout() backends.KVLayout { return c.l }
func (c *kvCache) Close() error              { c.k, c.v = nil, nil; return nil }

// head returns the offset of position 0 of (layer, seq, kvHead).
func (c *kvCache) head(layer, seq, g int) int {
	return ((layer*c.l.Seqs+seq)*c.l.KVHeads + g) * c.l.MaxLen * c.l.HeadDim
}

func (c *kvCache) CopyPrefix(dst, src, n int) error {
	if dst < 0 || dst >= c.l.Seqs || src < 0 || src >= c.l.Seqs || n < 0 || n > c.l.MaxLen {
		return fmt.Errorf("kv cache: copy %d positions from sequence %d to %d: out of range (%d seqs × %d)", n, src, dst, c.l.Seqs, c.l.MaxLen)
	}
	if dst == src {
		return nil
	}
	w := n * c.l.HeadDim
	for l := 0; l < c.l.Layers; l++ {
		for g := 0; g < c.l.KVHeads; g++ {
			d, s := c.head(l, dst, g), c.head(l, src, g)
			copy(c.k[d:d+w], c.k[s:s+w])
			copy(c.v[d:d+w], c.v[s:s+w])
		}
	}
	return nil
}
