package tokenizer

// The merge loop below reproduces the Hugging Face BPE model (tokenizers
// crate, models/bpe) step for step, including its tie-breaking: a queue of
// candidate merges ordered by (rank, position), each entry checked against the
// current symbols before it is applied. When two different pairs build the
// same piece (Gemma 3 has 160k such merges) only this exact order gives the
// same ids, so the structure is kept rather than "simplified".

// symbol is one node of the doubly linked list of pieces of a word.
type symbol struct {
	id         int32
	prev, next int32 // indices into the symbol slice, -1 at the ends
	size       int32 // bytes of input covered; 0 once merged into its left
}

// candidate is a queued merge of symbols[pos] with its right neighbour.
type candidate struct {
	rank  int32
	pos   int32
	newID int32
}

func (a candidate) less(b candidate) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	return a.pos < b.pos
}

// mergeQueue is a binary min-heap of candidates.
type mergeQueue []candidate

func (q *mergeQueue) push(c candidate) {
	h := append(*q, c)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h[i].less(h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	*q = h
}

func (q *mergeQueue) pop() candidate {
	h := *q
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	i := 0
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && h[r].less(h[l]) {
			m = r
		}
		if !h[m].less(h[i]) {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	*q = h
	return top
}

// mergeTable maps a pair of ids to its merge: rank in the high half, the id
// of the merged piece in the low half.
type mergeTable map[uint64]uint64

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func (m mergeTable) lookup(a, b int32) (rank, newID int32, ok bool) {
	v, ok := m[pairKey(a, b)]
	return int32(v >> 32), int32(uint32(v)), ok
}

// bpeState holds the scratch buffers of one encoding call.
type bpeState struct {
	syms  []symbol
	queue mergeQueue
}

// mergeWord applies the merges to syms (already filled with the initial
// pieces of one word, linked in order) and appends the resulting ids to out.
func (t *Tokenizer) mergeWord(st *bpeState, out []int32) []int32 {
	syms := st.syms
	if len(syms) == 1 {
		return append(out, syms[0].id)
	}
	q := st.queue[:0]
	for i := 0; i+1 < len(syms); i++ {
		if rank, id, ok := t.merges.lookup(syms[i].id, syms[i+1].id); ok {
			q = append(q, candidate{rank: rank, pos: int32(i), newID: id})
		}
	}
	// Heapify: the loop above appended in position order.
	for i := len(q)/2 - 1; i >= 0; i-- {
		siftDown(q, i)
	}
	for len(q) > 0 {
		top := q.pop()
		cur := &syms[top.pos]
		if cur.size == 0 || cur.next < 0 {
			continue
		}
		right := syms[cur.next]
		if _, id, ok := t.merges.lookup(cur.id, right.id); !ok || id != top.newID {
			continue // stale entry
		}
		cur.id = top.newID
		cur.size += right.size
		syms[cur.next].size = 0
		cur.next = right.next
		if right.next >= 0 {
			syms[right.next].prev = top.pos
		}
		if cur.prev >= 0 {
			if rank, id, ok := t.merges.lookup(syms[cur.prev].id, cur.id); ok {
				q.push(candidate{rank: rank, pos: cur.prev, newID: id})
			}
		}
		if cur.next >= 0 {
			if rank, id, ok := t.merges.lookup(cur.id, syms[cur.next].id); ok {
				q.push(candidate{rank: rank, pos: top.pos, newID: id})
			}
		}
	}
	st.queue = q
	for i := range syms {
		if syms[i].size != 0 {
			out = append(out, syms[i].id)
		}
	}
	return out
}

func siftDown(h mergeQueue, i int) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && h[r].less(h[l]) {
			m = r
		}
		if !h[m].less(h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}
