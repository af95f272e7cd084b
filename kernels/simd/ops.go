package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireOps sets the vectorised O(d) and attention slots of a path.
func wireOps(s *kernels.Set, path string) {}
