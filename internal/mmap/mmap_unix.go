//go:build unix

package mmap

import (
	"os"

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
