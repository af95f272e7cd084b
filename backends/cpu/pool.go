package cpu

import (
	"sync"
	"sync/atomic"
)

// pool is a fixed set of worker goroutines that split loops. Workers live
// as long as the backend so that a decode step (a few hundred parallel
// loops) spawns no goroutines and allocates nothing.
type pool struct {
	workers int
	jobs    []chan *job
	wg      sync.WaitGroup
	mu      sync.Mutex // serialises callers: two runners may share a backend
	cur     job        // reused under mu, so a loop allocates nothing
}

type job struct {
	fn     func(worker, lo, hi int)
	n      int
	chunk  int
	next   atomic.Int64
	finish sync.WaitGroup
}

func newPool(workers int) *pool {
	p := &pool{workers: workers}
	for w := 1; w < workers; w++ {
		ch := make(chan *job)
		p.jobs = append(p.jobs, ch)
		p.wg.Add(1)
		go func(w int) {
			defer p.wg.Done()
			for j := range ch {
				j.run(w)
				j.finish.Done()
			}
		}(w)
	}
	return p
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
	j.next.Store(0)
	helpers := min(p.workers-1, (n+chunk-1)/chunk-1)
	j.finish.Add(helpers)
	for w := 0; w < helpers; w++ {
		p.jobs[w] <- j
	}
	j.run(0)
	j.finish.Wait()
	j.fn = nil
}

func (p *pool) close() {
	for _, ch := range p.jobs {
		close(ch)
	}
	p.wg.Wait()
}
