// Package all links every backend built into this binary; import it for
// its side effect of registering them.
package all

import (
	_ "github.com/gemma-bench/gemma-bench/backends/cpu"
	_ "github.com/gemma-bench/gemma-bench/backends/cuda"
	_ "github.com/gemma-bench/gemma-bench/backends/pjrt"
	_ "github.com/gemma-bench/gemma-bench/backends/simd"
)
