package mmap

import (
	"fmt"
	"math"
	"os"
)

// Problem is a file a reader cannot map at all (not a regular file, too
// short for its format's first field, too large): the reader reports it
// in its own error type, naming the file.
type Problem struct{ Msg string }

func (p *Problem) Error() string { return p.Msg }

// MapFile opens path and maps it whole, read-only. A file shorter than
// minSize bytes is a Problem saying it is shorter than first (the format's
// leading field, "the 4-byte magic"): checked before mapping, because mmap
// of length 0 fails with a vague EINVAL. The descriptor is closed on
// return; the mapping outlives it until unmap.
func MapFile(path string, minSize int64, first string) (buf []byte, unmap func([]byte) error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, &Problem{fmt.Sprintf("not a regular file (%s)", st.Mode().Type())}
	}
	size := st.Size()
	if size < minSize {
		return nil, nil, &Problem{fmt.Sprintf("file is %d bytes, shorter than %s", size, first)}
	}
	if size > math.MaxInt {
		return nil, nil, &Problem{fmt.Sprintf("file is %d bytes, too large to map", size)}
	}
	buf, unmap, err = Map(f, int(size))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: mmap: %w", path, err)
	}
	return buf, unmap, nil
}
