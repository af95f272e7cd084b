//go:build unix

package model

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// release tells the kernel this process no longer needs the pages of b (a
// view of a read-only file mapping), so they leave its resident set; the
// file's page cache keeps them for whoever reads next. Only whole pages
// inside b are released. Only a mapped view may be passed (mapped says
// so): DONTNEED would zero a heap slice.
func release(b []byte, mapped bool) {
	if len(b) == 0 || !mapped {
		return
	}
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + page - 1) &^ (page - 1)
	hi := (start + uintptr(len(b))) &^ (page - 1)
	if hi <= lo {
		return
	}
	// Best effort: a failure only costs memory.
	_ = unix.Madvise(b[lo-start:hi-start], unix.MADV_DONTNEED)
}
