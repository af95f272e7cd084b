package cuda

import (
	"os"

	"github.com/gemma-bench/gemma-bench/backends"
)

func init() {
	backends.Register(backends.Registration{
		Name:        "cuda",
		Description: "NVIDIA GPU through the CUDA driver API, NVRTC and cuBLAS (loaded at run time)",
		Priority:    20,
		Probe:       probe,
		Details:     details,
		Open:        open,
	})
}

// ExperimentalEnv, set to 1, lets Probe pass once the libraries and a
// device are found, so that the executor, which no CI machine can run,
// is chosen only by those testing it on a GPU.
const ExperimentalEnv = "GEMMA_BENCH_CUDA_EXPERIMENTAL"

func experimental() bool { return os.Getenv(ExperimentalEnv) == "1" }
