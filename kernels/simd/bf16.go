package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireBF16 sets the bf16-activation × bf16-weight slot of a path.
func wireBF16(s *kernels.Set, path string) {}
