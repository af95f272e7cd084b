// Package membw measures the read bandwidth this process can reach, the
// roof that a decode step (which streams every weight once) runs against.
package membw

import (
	"sync"
	"time"
	"unsafe"
)

// Read returns the sustained read bandwidth in bytes/s of threads
// goroutines each reading its share of a buffer of size bytes (several
// times the last-level cache, so it measures DRAM) as four streams of
// vector loads (amd64 with AVX2; a scalar loop elsewhere), best of reps
// passes.
// The buffer is touched once first so page faults are not timed.
func Read(threads int, size int64, reps int) float64 {
	words := make([]uint64, size/8)
	for i := range words {
		words[i] = uint64(i)
	}
	best := 0.0
	for range reps {
		best = max(best, pass(threads, words))
	}
	return best
}

// ReadBytes returns the read bandwidth in bytes/s of one pass of threads
// goroutines over b (each its share, as Read does), with no buffer of its
// own: for reading memory that is already resident, such as a model's
// mapped weights right after a decode step streamed them. b should be
// several times the last-level cache for the figure to be DRAM's.
func ReadBytes(threads int, b []byte) float64 {
	// The 8-byte-aligned middle of b, as words.
	lo := int((8 - uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8) % 8)
	if len(b) < lo+8*max(threads, 1) {
		return 0
	}
	return pass(threads, unsafe.Slice((*uint64)(unsafe.Pointer(&b[lo])), (len(b)-lo)/8))
}

// pass times one read of words by threads goroutines, each its share, in
// bytes/s.
func pass(threads int, words []uint64) float64 {
	threads = max(threads, 1)
	per := len(words) / threads
	sums := make([]uint64, threads)
	var wg sync.WaitGroup
	t0 := time.Now()
	for w := range threads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[w] = read(words[w*per : (w+1)*per])
		}()
	}
	wg.Wait()
	d := time.Since(t0).Seconds()
	var sink uint64
	for _, s := range sums {
		sink += s
	}
	keep(sink)
	return float64(per*threads*8) / d
}

// sum reads with four independent accumulators so the loop is bound by
// loads, not by the add chain.
func sum(x []uint64) uint64 {
	var a, b, c, d uint64
	n := len(x) &^ 3
	for i := 0; i < n; i += 4 {
		q := x[i : i+4 : i+4]
		a += q[0]
		b += q[1]
		c += q[2]
		d += q[3]
	}
	for _, v := range x[n:] {
		a += v
	}
	return a + b + c + d
}

var sinkPtr unsafe.Pointer

// keep stops the compiler from dropping the reads.
func keep(v uint64) { sinkPtr = unsafe.Pointer(&v) }
