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
		// After a park, every worker must still be woken and take part.
		// Each chunk holds its worker until all three have arrived (or 10 s
		// have passed): with two of them held, the third finds chunks left
		// whenever it comes, so a loaded machine cannot make a worker that
		// was woken look missing.
		time.Sleep(3 * spinFor)
		var arrived [3]atomic.Bool
		var count atomic.Int32
		deadline := time.Now().Add(10 * time.Second)
		p.parallelFor(12, 1, func(w, lo, hi int) {
			if !arrived[w].Swap(true) {
				count.Add(1)
			}
			for count.Load() < 3 && time.Now().Before(deadline) {
				time.Sleep(50 * time.Microsecond)
			}
		})
		if n := count.Load(); n != 3 {
			t.Errorf("spin=%v: %d of 3 workers took part in a loop after parking (arrived %v %v %v)", spin, n, arrived[0].Load(), arrived[1].Load(), arrived[2].Load())
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

// TestPoolLateWakeUp: a worker that sees a new epoch while spinning, runs
// its job and parks again before the publisher's wake-up loop reaches it
// gets a wake-up for the epoch it has already run. It must park again, not
// run the job twice (which drove pending below zero and hung the caller:
// seen in CI under the race detector). The hook holds the publisher until
// the worker has parked; a try is conclusive only when the worker was
// still spinning at the publish.
func TestPoolLateWakeUp(t *testing.T) {
	p := newPoolSpin(2, true)
	defer p.close()
	h := p.helpers[0]
	conclusive := 0
	for try := 0; try < 50 && conclusive < 5; try++ {
		covered(t, p, 64, 1) // the worker now spins for spinFor
		ran := false
		p.afterStore = func() {
			p.afterStore = nil // under mu: the hook is for this publish only
			deadline := time.Now().Add(time.Second)
			for time.Now().Before(deadline) {
				if p.cur.pending.Load() == 0 && h.parked.Load() {
					ran = true
					return
				}
				time.Sleep(10 * time.Microsecond)
			}
		}
		done := make(chan struct{})
		go func() {
			// Four chunks of one: while the hook holds the caller in
			// publish, a spinning worker takes all of them.
			p.parallelFor(4, 1, func(w, lo, hi int) {})
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("try %d: parallelFor hung after a late wake-up (pending %d)", try, p.cur.pending.Load())
		}
		if ran {
			conclusive++
		}
		time.Sleep(3 * spinFor) // a worker that ran twice has reported by now
		if n := p.cur.pending.Load(); n != 0 {
			t.Fatalf("try %d: pending = %d after the loop, want 0 (a worker reported twice)", try, n)
		}
	}
	if conclusive == 0 {
		t.Skip("the worker never saw a publish while spinning: the late wake-up was not exercised")
	}
}
