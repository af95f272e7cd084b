// Package streamfile writes a file of named byte regions (a checkpoint's
// tensors) that several goroutines fill at once, chunk by chunk, behind a
// header written up front. The data goes to a temporary file beside the
// destination, sized at once so regions land in any order with WriteAt,
// and is fsynced and renamed into place only when every region is written:
// an interrupted or failed write never leaves a file under the final name.
// The safetensors and GGUF writers are this plus their header formats.
package streamfile

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// ChunkSize is the largest dst a FillFunc is handed.
const ChunkSize = 4 << 20

// FillFunc must fill all of dst with the region's bytes at [offset,
// offset+len(dst)). It gets consecutive chunks of at most ChunkSize bytes,
// each a whole number of the region's units, so a generator never needs
// the whole region in memory.
type FillFunc func(offset int64, dst []byte) error

// Errorf builds the caller's own error for region ("" for the file as a
// whole), so that errors keep the format's type and wording.
type Errorf func(region, format string, args ...any) error

type region struct {
	begin, size int64 // within the data section
	unit        int   // chunks are whole multiples of it
	written     bool
}

// Writer is one file being written. WriteRegion may be called from several
// goroutines at once for different regions.
type Writer struct {
	path, tmp string
	f         *os.File
	errf      Errorf
	dataStart int64
	// Chunk is ChunkSize; tests set it smaller to exercise chunking.
	Chunk int
	bufs  sync.Pool

	mu      sync.Mutex
	regions map[string]*region
	order   []string
	err     error // first failure; poisons the file
	closed  bool
}

// Create starts path's temporary file: path+".tmp", or with unique a
// fresh hidden name beside it (mode 0644, so a model stays readable by
// other users). Declare the regions, then Begin.
func Create(path string, unique bool, errf Errorf) (*Writer, error) {
	w := &Writer{path: path, errf: errf, Chunk: ChunkSize, regions: map[string]*region{}}
	var err error
	if unique {
		w.f, err = os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
		if err == nil {
			w.tmp = w.f.Name()
			if err = w.f.Chmod(0o644); err != nil {
				w.Abort()
			}
		}
	} else {
		w.tmp = path + ".tmp"
		w.f, err = os.OpenFile(w.tmp, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	}
	if err != nil {
		return nil, err
	}
	return w, nil
}

// Declare adds a region of size bytes at begin within the data section,
// filled in chunks that are multiples of unit. A region of size 0 counts
// as written.
func (w *Writer) Declare(name string, begin, size int64, unit int) {
	w.regions[name] = &region{begin: begin, size: size, unit: max(unit, 1), written: size == 0}
	w.order = append(w.order, name)
}

// Declared reports whether a region of that name exists.
func (w *Writer) Declared(name string) bool { return w.regions[name] != nil }

// Begin writes the header at offset 0 and sizes the file to the data
// section's start plus dataSize, so padding reads as zeros.
func (w *Writer) Begin(header []byte, dataStart, dataSize int64) error {
	w.dataStart = dataStart
	_, err := w.f.WriteAt(header, 0)
	if err == nil {
		err = w.f.Truncate(dataStart + dataSize)
	}
	if err != nil {
		w.Abort()
	}
	return err
}

// claim reserves a region for writing, so concurrent writers of the same
// name are caught.
func (w *Writer) claim(name string) (*region, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.closed:
		return nil, w.errf(name, "write after Close")
	case w.err != nil:
		return nil, w.err
	}
	r := w.regions[name]
	switch {
	case r == nil:
		return nil, w.errf(name, "not declared in Create")
	case r.written && r.size > 0:
		return nil, w.errf(name, "written twice")
	}
	r.written = true
	return r, nil
}

func (w *Writer) fail(err error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
	return err
}

// WriteRegion writes a region's bytes, asking fill for them chunk by
// chunk. An error from fill or from the disk makes the whole file fail:
// Close returns it and removes the temporary file.
func (w *Writer) WriteRegion(name string, fill FillFunc) error {
	r, err := w.claim(name)
	if err != nil || r.size == 0 {
		return err
	}
	chunk := int(min(int64(max(w.Chunk/r.unit*r.unit, r.unit)), r.size))
	bp, _ := w.bufs.Get().(*[]byte)
	if bp == nil || cap(*bp) < chunk {
		b := make([]byte, chunk)
		bp = &b
	}
	defer w.bufs.Put(bp)
	for off := int64(0); off < r.size; {
		dst := (*bp)[:min(int64(chunk), r.size-off)]
		clear(dst) // a fill that skips bytes must not leak the previous chunk
		if err := fill(off, dst); err != nil {
			return w.fail(w.errf(name, "fill at offset %d: %w", off, err))
		}
		if _, err := w.f.WriteAt(dst, w.dataStart+r.begin+off); err != nil {
			return w.fail(fmt.Errorf("%s: tensor %q: %w", w.path, name, err))
		}
		off += int64(len(dst))
	}
	return nil
}

// WriteRegionBytes writes a region whose bytes are already in memory.
func (w *Writer) WriteRegionBytes(name string, data []byte) error {
	w.mu.Lock()
	r := w.regions[name]
	w.mu.Unlock()
	if r != nil && int64(len(data)) != r.size {
		return w.errf(name, "got %d bytes, want %d", len(data), r.size)
	}
	return w.WriteRegion(name, func(off int64, dst []byte) error {
		copy(dst, data[off:])
		return nil
	})
}

// Close checks that every region was written, syncs the temporary file,
// renames it to the final path and syncs the directory where the
// filesystem allows. On any failure it removes the temporary file and
// returns the error; nothing appears under the final path.
func (w *Writer) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return w.errf("", "Close called twice")
	}
	w.closed = true
	err := w.err
	if err == nil {
		var missing []string
		for _, name := range w.order {
			if !w.regions[name].written {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			err = w.errf("", "%d tensor(s) never written: %q", len(missing), missing[:min(len(missing), 5)])
		}
	}
	w.mu.Unlock()

	if err == nil {
		err = w.f.Sync() // before the rename, or a crash could expose a hole-filled file
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(w.tmp, w.path)
	}
	if err != nil {
		os.Remove(w.tmp)
		return err
	}
	if d, err := os.Open(filepath.Dir(w.path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// Abort discards the file being written. It is a no-op after Close, so
// `defer w.Abort()` is a safe way to clean up on early returns.
func (w *Writer) Abort() {
	w.mu.Lock()
	done := w.closed
	w.closed = true
	w.mu.Unlock()
	if done {
		return
	}
	w.f.Close()
	os.Remove(w.tmp)
}
