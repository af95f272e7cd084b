package safetensors

import "github.com/gemma-bench/gemma-bench/internal/mmap"

// Mapped says tensors' Data view a file mapping, not the heap.
const Mapped = mmap.Mapped

var mapFile = mmap.Map
