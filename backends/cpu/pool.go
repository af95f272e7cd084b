package cpu

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// pool is a fixed set of worker goroutines that split loops. Workers live
// as long as the backend so that a decode step (a few hundred parallel
// loops) spawns no goroutines and allocates nothing.
//
// Between loops a worker spins for a while on the pool's epoch before it
// parks, and the caller spins on the loop's completion before it parks:
// a decode step's loops follow each other within microseconds, and a
// parked goroutine costs a futex wake-up each way per loop — on a VM an
// inter-processor interrupt into a halted vCPU, tens of microseconds, and
// the core given to another guest meanwhile. perf stat counted 48,733
// context switches in a 2-thread gemma-2b tg64 run with blocking
// hand-offs, against llama.cpp's 641 (its threads spin too).
type pool struct {
	workers int
	spin    bool // spinning pays only with a core per worker
	// epoch counts published loops in its upper bits; its low 16 bits say
	// how many workers take part in the current one (closing: all of
	// them, to exit), so that a worker learns both from one load and a
	// worker left out never touches the job the caller may be reusing.
	epoch   atomic.Uint64
	helpers []*helper
	wg      sync.WaitGroup
	mu      sync.Mutex // serialises callers: two runners may share a backend
	cur     job        // reused under mu, so a loop allocates nothing

	// The caller's side of completion: it parks on done once it has spun
	// for spinFor, saying so by storing the epoch it waits for in waiting
	// (0: not waiting), so that a helper late from an earlier loop cannot
	// wake it.
	waiting atomic.Uint64
	done    chan struct{}

	afterStore func() // tests: runs in publish between the epoch and the wake-ups
}

// helper is one worker's mailbox: it parks on wake, saying so in parked,
// and the caller that publishes a loop wakes it if it has.
type helper struct {
	parked atomic.Bool
	wake   chan struct{}
}

type job struct {
	fn      func(worker, lo, hi int)
	n       int
	chunk   int
	next    atomic.Int64
	pending atomic.Int32 // helpers not yet done
}

const (
	helperBits = 1<<16 - 1
	closing    = helperBits // the helper count that tells workers to exit
)

// spinFor bounds a spin: long enough to cover the serial ops between two
// loops of a step, short enough that an idle backend gives its cores back
// at once.
const spinFor = 200 * time.Microsecond

func newPool(workers int) *pool {
	return newPoolSpin(workers, workers <= runtime.GOMAXPROCS(0) && workers <= runtime.NumCPU())
}

func newPoolSpin(workers int, spin bool) *pool {
	workers = min(workers, closing) // the epoch's helper count has 16 bits
	p := &pool{workers: workers, spin: spin, done: make(chan struct{}, 1)}
	for w := 1; w < workers; w++ {
		h := &helper{wake: make(chan struct{}, 1)}
		p.helpers = append(p.helpers, h)
		p.wg.Add(1)
		go func(w int) {
			defer p.wg.Done()
			p.work(w, h)
		}(w)
	}
	return p
}

// work is worker w's loop: wait for the next epoch, take part in its job
// if asked to, report, repeat.
func (p *pool) work(w int, h *helper) {
	var seen uint64 // the epoch before the first publish, which may come before this goroutine runs
	for {
		seen = p.waitEpoch(seen, h)
		switch n := int(seen & helperBits); {
		case n == closing:
			return
		case w > n:
			continue
		}
		j := &p.cur
		j.run(w)
		if j.pending.Add(-1) == 0 && p.waiting.CompareAndSwap(seen, 0) {
			p.done <- struct{}{}
		}
	}
}

// waitEpoch returns once the epoch has moved past seen: spinning first,
// then parked on h.wake.
func (p *pool) waitEpoch(seen uint64, h *helper) uint64 {
	if p.spin && spinUntil(func() bool { return p.epoch.Load() != seen }) {
		return p.epoch.Load()
	}
	for {
		h.parked.Store(true)
		if e := p.epoch.Load(); e != seen {
			// Published while we were parking: whoever clears parked owes
			// us a wake-up, so if it was not us, consume it.
			if !h.parked.CompareAndSwap(true, false) {
				<-h.wake
			}
			return e
		}
		<-h.wake
		if e := p.epoch.Load(); e != seen {
			return e
		}
		// The wake-up came from the publisher of the epoch we have just
		// run: it stored the epoch, we saw it without waiting, ran its job
		// and parked again before its wake-up loop reached us. Running
		// the job again would report twice and hang the caller; park
		// again instead.
	}
}

// spinUntil polls cond for up to spinFor, yielding now and then so that a
// goroutine waiting for this P is not held up; it reports whether cond
// came true.
func spinUntil(cond func() bool) bool {
	start := time.Now()
	for i := 1; ; i++ {
		if cond() {
			return true
		}
		if i%64 == 0 {
			if time.Since(start) > spinFor {
				return false
			}
			runtime.Gosched()
		}
	}
}

func (j *job) run(worker int) {
	for {
		lo := int(j.next.Add(int64(j.chunk))) - j.chunk
		if lo >= j.n {
			return
		}
		j.fn(worker, lo, min(lo+j.chunk, j.n))
	}
}

// parallelFor calls fn over [0, n) in chunks that are multiples of align
// (except the last), on every worker, the caller being worker 0. Chunks are
// handed out dynamically so a slow worker does not hold up the loop.
func (p *pool) parallelFor(n, align int, fn func(worker, lo, hi int)) {
	if n <= 0 {
		return
	}
	if align < 1 {
		align = 1
	}
	// Four chunks per worker balance load without paying much per chunk.
	chunk := (n + 4*p.workers - 1) / (4 * p.workers)
	chunk = (chunk + align - 1) / align * align
	if p.workers == 1 || chunk >= n {
		fn(0, 0, n)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	j := &p.cur
	j.fn, j.n, j.chunk = fn, n, chunk
	helpers := min(p.workers-1, (n+chunk-1)/chunk-1)
	j.next.Store(0)
	j.pending.Store(int32(helpers))
	e := p.publish(helpers)
	j.run(0)
	p.waitDone(j, e)
	j.fn = nil
}

// publish starts a new epoch for the first helpers workers (or closing)
// and wakes the workers that parked; it returns the epoch.
func (p *pool) publish(helpers int) uint64 {
	e := (p.epoch.Load()&^helperBits + helperBits + 1) | uint64(helpers)
	p.epoch.Store(e) // only publish, under mu, writes the epoch
	if p.afterStore != nil {
		p.afterStore()
	}
	for _, h := range p.helpers {
		if h.parked.CompareAndSwap(true, false) {
			h.wake <- struct{}{}
		}
	}
	return e
}

// waitDone returns once every helper of j, published as epoch e, has
// reported.
func (p *pool) waitDone(j *job, e uint64) {
	if j.pending.Load() == 0 || p.spin && spinUntil(func() bool { return j.pending.Load() == 0 }) {
		return
	}
	p.waiting.Store(e)
	if j.pending.Load() == 0 {
		// The last helper finished while we were parking: if it cleared
		// waiting, it has sent (or will send) on done.
		if !p.waiting.CompareAndSwap(e, 0) {
			<-p.done
		}
		return
	}
	<-p.done
}

func (p *pool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.publish(closing)
	p.wg.Wait()
}
