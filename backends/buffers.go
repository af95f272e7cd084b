package backends

// AssignBuffers gives every value of g a buffer for an executor's
// activation arena, reusing a buffer as soon as the value in it is dead
// (its last reader has run), and, for ops inPlace allows, an input's
// buffer for the output when that input dies there. A buffer is the
// smallest free one that fits, else the largest free one grown, else a new
// one. g.Output is never released. It returns the buffer of each value
// (−1 for a value never computed) and each buffer's size in elements
// (Rows×Cols of the largest value it holds); the executor lays the
// buffers out in its own units and alignment.
func AssignBuffers(g *Graph, inPlace map[OpKind]bool) (assign, bufSize []int) {
	lastUse := make([]int, len(g.Values))
	for i := range lastUse {
		lastUse[i] = -1
	}
	for i, op := range g.Ops {
		for _, v := range op.In {
			lastUse[v] = i
		}
	}
	lastUse[g.Output] = len(g.Ops)

	size := func(v Value) int { return g.Values[v].Rows * g.Values[v].Cols }
	var free []int                      // buffer ids not holding a live value
	owner := make([]int, len(g.Values)) // buffer holding a live value, or -1
	assign = make([]int, len(g.Values))
	for i := range owner {
		owner[i], assign[i] = -1, -1
	}
	for i, op := range g.Ops {
		buf := -1
		if inPlace[op.Kind] {
			for _, v := range op.In {
				if lastUse[v] == i && size(v) == size(op.Out) && owner[v] >= 0 {
					buf, owner[v] = owner[v], -1
					break
				}
			}
		}
		if buf < 0 {
			best := -1
			for j, b := range free {
				if bufSize[b] >= size(op.Out) && (best < 0 || bufSize[b] < bufSize[free[best]]) {
					best = j
				}
			}
			if best < 0 && len(free) > 0 {
				best = 0
				for j, b := range free {
					if bufSize[b] > bufSize[free[best]] {
						best = j
					}
				}
			}
			if best >= 0 {
				buf = free[best]
				free = append(free[:best], free[best+1:]...)
				bufSize[buf] = max(bufSize[buf], size(op.Out))
			} else {
				buf = len(bufSize)
				bufSize = append(bufSize, size(op.Out))
			}
		}
		owner[op.Out] = buf
		for _, v := range op.In {
			if lastUse[v] == i && owner[v] >= 0 {
				free = append(free, owner[v])
				owner[v] = -1
			}
		}
		if lastUse[op.Out] < 0 { // computed but never read: release at once
			free = append(free, buf)
			owner[op.Out] = -1
		}
		assign[op.Out] = buf
	}
	return assign, bufSize
}
