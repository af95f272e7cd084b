//go:build !unix

package safetensors

import (
	"io"
	"os"
)

// Mapped says tensors' Data view a file mapping, not the heap.
const Mapped = false

// mapFile falls back to reading the file into memory where mmap is not
// available, so the package still builds and works (at a memory cost).
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	buf := make([]byte, size)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, nil, err
	}
	return buf, func([]byte) error { return nil }, nil
}
