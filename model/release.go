package model

import "github.com/gemma-bench/gemma-bench/internal/mmap"

// release hands the pages of b, a view of the checkpoint's file mapping
// (mapped says so), back to the kernel (mmap.Drop); a heap slice is left
// alone.
func release(b []byte, mapped bool) {
	if mapped {
		mmap.Drop(b)
	}
}
