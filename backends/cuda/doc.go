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
// The executor (exec.go) is written against a small device interface
// (device.go): weights uploaded once and shared by reference count, one
// activation arena for every executable, the KV cache in device memory,
// CopyPrefix as device copies, a step as one input copy, the plan's
// launches and one output copy. On a GPU that interface is gpu.go (each
// step shape captured once as a CUDA graph and replayed; events around
// each launch when a profile is asked for); in CI it is an emulator that
// runs every launch on the CPU by what its kernel computes, and the whole
// conformance suite runs on the executor over it. What only a GPU can
// show — the CUDA code itself, cgo's half of the device, speed — is
// scripts/gpu-check.sh's; until it has passed there, Probe refuses
// unless $GEMMA_BENCH_CUDA_EXPERIMENTAL=1, so that no automatic choice
// picks an executor that has never run on a GPU.
//
// Options: device=N (default 0), lib-dir=PATH, graphs=on|off.
package cuda
