package cpu

import (
	"sync/atomic"
	"testing"
	"time"
)

// covered runs one parallelFor of n on p and fails unless every index was
// visited exactly once; it returns the workers that took part.
func covered(t *testing.T, p *pool, n, align int) map[int]bool {
	t.Helper()
	hits := make([]atomic.Int32, n)
	var who [64]atomic.Bool
	p.parallelFor(n, align, func(w, lo, hi int) {
		who[w].Store(true)
		for i := lo; i < hi; i++ {
			hits[i].Add(1)
		}
	})
	for i := range hits {
		if h := hits[i].Load(); h != 1 {
			t.Fatalf("n=%d align=%d: index %d visited %d times", n, align, i, h)
		}
	}
	ws := map[int]bool{}
	for w := range who {
		if who[w].Load() {
			ws[w] = true
		}
	}
	return ws
}

// TestPoolHandOffs covers the three ways a worker meets a loop: spinning,
// parked (after spinFor without work) and left out (a loop too small for
// every worker), with and without spinning, and that close returns from
// each.
func TestPoolHandOffs(t *testing.T) {
	for _, spin := range []bool{true, false} {
		p := newPoolSpin(3, spin)
		for round := range 200 {
			n := 1 + round*37%500
			covered(t, p, n, 1+round%3)
			if round%50 == 0 {
				time.Sleep(3 * spinFor) // let every worker park
			}
		}
		// A loop with chunks for every worker: after a park, each must
		// still be woken and take part (the workers race for chunks, so
		// ask a few times before calling one missing).
		time.Sleep(3 * spinFor)
		seen := map[int]bool{}
		for range 100 {
			for w := range covered(t, p, 1<<16, 1) {
				seen[w] = true
			}
			if len(seen) == 3 {
				break
			}
			time.Sleep(3 * spinFor)
		}
		if len(seen) != 3 {
			t.Errorf("spin=%v: workers %v took part in 100 large loops, want 0, 1 and 2", spin, seen)
		}
		done := make(chan struct{})
		go func() { p.close(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("spin=%v: close did not return", spin)
		}
	}
}

// TestPoolCloseAtOnce: a pool closed before its workers first ran must
// still stop them (they must not miss the closing epoch).
func TestPoolCloseAtOnce(t *testing.T) {
	for range 100 {
		done := make(chan struct{})
		go func() { newPool(4).close(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("close of a fresh pool did not return")
		}
	}
}
