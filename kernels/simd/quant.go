package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireQuant sets the Q8-activation × Q8_0/Q4_0 slots of a path.
func wireQuant(s *kernels.Set, path string) {}
