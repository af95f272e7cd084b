//go:build unix

package mmap

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Mapped says Map returns a view of a file mapping, not a heap copy.
const Mapped = true

// Map maps the file read-only and shared, so pages come from (and stay
// in) the page cache instead of the Go heap, and several processes
// benchmarking the same checkpoint share one copy.
func Map(f *os.File, size int) ([]byte, func([]byte) error, error) {
	buf, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return buf, unix.Munmap, nil
}

// Drop tells the kernel this process no longer needs the pages of b, a
// view of a mapping Map made, so they leave its resident set; the file's
// page cache keeps them for whoever reads next, and a later read of b
// faults them back in. Only whole pages inside b are dropped. b must be
// such a view: on a heap slice DONTNEED would zero it. Best effort: a
// failure only costs memory.
func Drop(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + page - 1) &^ (page - 1)
	hi := (start + uintptr(len(b))) &^ (page - 1)
	if hi <= lo {
		return
	}
	_ = unix.Madvise(b[lo-start:hi-start], unix.MADV_DONTNEED)
}
