//go:build !amd64

package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// wireOpsAVX2 leaves the scalar slots: there is no AVX2 off amd64.
func wireOpsAVX2(s *kernels.Set, zmm bool) {}

func hasF16C() bool { return false }
