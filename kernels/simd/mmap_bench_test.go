//go:build linux

package simd

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"
)

// BenchmarkMatVecBF16Mapped is BenchmarkMatVecBF16 over weights in a
// read-only file mapping, as checkpoints are loaded: the gap between the
// two is what page size and TLB reach cost the decode path.
func BenchmarkMatVecBF16Mapped(b *testing.B) {
	const out, in = 16384, 2048
	path := filepath.Join(b.TempDir(), "w.bin")
	buf := make([]byte, 2*out*in)
	for i := range buf {
		buf[i] = byte(i*7 + i>>9)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, len(buf), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		b.Fatal(err)
	}
	defer syscall.Munmap(m)
	w := unsafe.Slice((*uint16)(unsafe.Pointer(&m[0])), out*in)
	runMatVec(b, w, make([]float32, in), out, in)
}
