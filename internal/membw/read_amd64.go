package membw

import "golang.org/x/sys/cpu"

//go:noescape
func sumStreams(p *uint64, n int) uint64

// read sums x with the vector streams where AVX2 runs, else in Go.
func read(x []uint64) uint64 {
	n := len(x) &^ 63
	if !cpu.X86.HasAVX2 || n == 0 {
		return sum(x)
	}
	return sumStreams(&x[0], n) ^ sum(x[n:])
}
