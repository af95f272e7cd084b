// Package cuda is the NVIDIA GPU backend ("cuda"). The binary builds
// everywhere: with cgo on Linux it dlopens libcuda.so.1 (the driver API),
// NVRTC and cuBLAS at run time through its own minimal C declarations
// (shim.h; no NVIDIA header or toolkit at build time), and without cgo a
// stub registers the name with a Probe that says why it cannot run.
//
// Libraries are searched for (Search) in the lib-dir option and
// $GEMMA_BENCH_CUDA_LIB_DIR, $LD_LIBRARY_PATH, the system folders,
// /usr/local/cuda*, and NVIDIA's pip wheels in Python site-packages, the
// newest CUDA major the driver runs first; Probe's error names each
// missing piece and where it looked.
//
// Kernels (kernels/cuda) are compiled by NVRTC for the device at first
// use and kept in an on-disk cache (Cache) keyed by source, options,
// architecture and NVRTC version. A graph becomes a launch plan (NewPlan):
// every op a kernel launch or a cuBLAS GEMM with its grid and its buffers
// at fixed offsets of one device arena, so that a decode step can be
// captured once as a CUDA graph and replayed.
//
// Options: device=N (default 0), lib-dir=PATH.
package cuda
