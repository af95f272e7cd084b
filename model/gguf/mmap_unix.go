//go:build unix

package gguf

import (
	"os"

	"golang.org/x/sys/unix"
)

// Mapped says tensors' Data view a file mapping, not the heap.
const Mapped = true

// mapFile maps the file read-only and shared, so pages come from (and stay
// in) the page cache instead of the Go heap, and several processes
// benchmarking the same model share one copy.
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	buf, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return buf, unix.Munmap, nil
}
