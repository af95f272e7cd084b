package cpu

import (
	"fmt"
	"sync"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/mmap"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// layout is the set's packed layout for matrices of dt (nil: none).
func (b *Backend) layout(dt backends.DType) *kernels.PackedLayout {
	switch dt {
	case backends.Q4_0:
		return b.k.PackedQ4_0
	case backends.Q8_0:
		return b.k.PackedQ8_0
	}
	return nil
}

// packable says op's matrix is multiplied in the set's packed layout: a
// math=fast Q4_0 or Q8_0 matmul that the narrow product serves, where the
// repack option allows it.
func (b *Backend) packable(op *backends.Op) bool {
	if op.Kind != backends.MatMul || b.layout(op.W.DType) == nil || len(op.W.Shape) != 2 {
		return false
	}
	if !b.fast || !b.k.FastQuant || op.W.Shape[1]%kernels.QBlock != 0 {
		return false
	}
	switch b.repack {
	case repackOn:
		return true
	case repackAuto:
		return op.W.Mapped
	}
	return false
}

// packPiece is about how many bytes of source one packing task covers.
const packPiece = 8 << 20

// acquirePacked returns the packed copies of ws, packing the ones no
// executable holds yet (in parallel, in pieces: kernels.PackedLayout's
// row-group locality), and counts the references. A mapped matrix's
// pages are dropped as each piece is packed, so the resident set holds
// one copy of the weights, not two.
func (b *Backend) acquirePacked(ws []*backends.Weight) (map[*backends.Weight][]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, fmt.Errorf("%s: %w", b.name, backends.ErrClosed)
	}
	for _, w := range ws {
		out, in := w.Shape[0], w.Shape[1]
		if want := int(w.DType.RowBytes(in)) * out; len(w.Data) != want {
			return nil, fmt.Errorf("%s: %s matrix %s: %d bytes, want %d for %d×%d", b.name, w.DType, w.Name, len(w.Data), want, out, in)
		}
	}
	got := make(map[*backends.Weight][]byte, len(ws))
	var todo []*backends.Weight
	for _, w := range ws {
		if _, dup := got[w]; dup {
			continue
		}
		if p, ok := b.packs[w]; ok {
			p.refs++
			got[w] = p.b
			continue
		}
		got[w] = make([]byte, b.layout(w.DType).Len(w.Shape[0], w.Shape[1]))
		todo = append(todo, w)
	}
	// Pieces of about packPiece bytes of source, whole row groups each,
	// over the workers: the largest matrix (the embedding) no longer packs
	// on one thread, and a mapped source is dropped piece by piece, so the
	// resident set never holds a whole matrix twice.
	type piece struct {
		w      *backends.Weight
		r0, r1 int
	}
	var pieces []piece
	for _, w := range todo {
		out, in := w.Shape[0], w.Shape[1]
		ra := b.layout(w.DType).RowAlign
		rb := int(w.DType.RowBytes(in))
		rows := max(ra, packPiece/max(rb, 1)/ra*ra)
		for r0 := 0; r0 < out; r0 += rows {
			pieces = append(pieces, piece{w, r0, min(r0+rows, out)})
		}
	}
	var wg sync.WaitGroup
	next := make(chan piece, len(pieces))
	for _, p := range pieces {
		next <- p
	}
	close(next)
	for range min(b.threads, len(pieces)) {
		wg.Go(func() {
			for p := range next {
				w, l := p.w, b.layout(p.w.DType)
				in := w.Shape[1]
				rb := int(w.DType.RowBytes(in))
				src := w.Data[p.r0*rb : p.r1*rb]
				l.Pack(got[w][l.Len(p.r0, in):l.Len(p.r1, in)], src, p.r1-p.r0, in)
				if w.Mapped {
					mmap.Drop(src)
				}
			}
		})
	}
	wg.Wait()
	for _, w := range todo {
		b.packs[w] = &packedW{b: got[w], refs: 1}
	}
	return got, nil
}
