package cpu

import "testing"

// BenchmarkParallelForHandoff: one parallelFor of trivial work on two
// workers: the hand-off cost every parallel loop of a decode step pays.
func BenchmarkParallelForHandoff(b *testing.B) {
	p := newPool(2)
	defer p.close()
	var sink [2]int
	for b.Loop() {
		p.parallelFor(64, 1, func(w, lo, hi int) { sink[w] += hi - lo })
	}
}
