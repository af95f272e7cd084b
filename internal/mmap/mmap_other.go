//go:build !unix

package mmap

import (
	"io"
	"os"
)

// Mapped says Map returns a view of a file mapping, not a heap copy.
const Mapped = false

// Map falls back to reading the file into memory where mmap is not
// available, so the package still builds and works (at a memory cost).
func Map(f *os.File, size int) ([]byte, func([]byte) error, error) {
	buf := make([]byte, size)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, nil, err
	}
	return buf, func([]byte) error { return nil }, nil
}

// Drop does nothing here: Map's buffers are heap copies.
func Drop(b []byte) {}
