package cuda

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// clangPrelude gives clang's CUDA front end what NVRTC provides without
// any include: the qualifiers, the built-in variables, the device math
// library's declarations and the warp shuffles. It is for this check
// only; what NVRTC compiles is Program() alone.
const clangPrelude = `
#define __host__ __attribute__((host))
#define __device__ __attribute__((device))
#define __global__ __attribute__((global))
#define __shared__ __attribute__((shared))
#define __constant__ __attribute__((constant))
#define __forceinline__ __inline__ __attribute__((always_inline))
#define __noinline__ __attribute__((noinline))
#define CUDA_VERSION 12000
#define INT_MAX 2147483647
#define INT_MIN (-INT_MAX - 1)
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
typedef __SIZE_TYPE__ size_t;
#include <__clang_cuda_builtin_vars.h>
#include <__clang_cuda_libdevice_declares.h>
#include <__clang_cuda_device_functions.h>
#include <__clang_cuda_math.h>
#define GB_SHFL(kind, T, op) \
	static __device__ __forceinline__ T kind(unsigned m, T v, int l, int w = 32) { return op(m, v, l, ((32 - w) << 8) | 0x1f); }
GB_SHFL(__shfl_xor_sync, float, __nvvm_shfl_sync_bfly_f32)
GB_SHFL(__shfl_xor_sync, int, __nvvm_shfl_sync_bfly_i32)
GB_SHFL(__shfl_sync, float, __nvvm_shfl_sync_idx_f32)
GB_SHFL(__shfl_sync, int, __nvvm_shfl_sync_idx_i32)
static __device__ __forceinline__ double __shfl_xor_sync(unsigned m, double v, int l, int w = 32) {
	int hi = __double2hiint(v), lo = __double2loint(v);
	hi = __shfl_xor_sync(m, hi, l, w);
	lo = __shfl_xor_sync(m, lo, l, w);
	return __hiloint2double(hi, lo);
}
`

// findClang is a clang with the NVPTX target, or "".
func findClang() string {
	for _, c := range []string{"clang-19", "clang-18", "clang-17", "clang-16", "clang-15", "clang"} {
		p, err := exec.LookPath(c)
		if err != nil {
			continue
		}
		if out, err := exec.Command(p, "-print-targets").Output(); err == nil && strings.Contains(string(out), "nvptx64") {
			return p
		}
	}
	return ""
}

// TestCompileWithClang compiles the program to PTX with clang's CUDA
// front end where one is installed (not on CI by default; on Debian,
// apt-get install clang-16): a syntax, type or name error in a kernel is
// then caught here rather than by NVRTC on a GPU machine. It cannot run
// the kernels, and clang accepts a few things NVRTC might not.
// $GEMMA_BENCH_CUDA_PTX_OUT=FILE keeps the sm_90 PTX (to look for spills
// to local memory, say).
func TestCompileWithClang(t *testing.T) {
	clang := findClang()
	if clang == "" {
		t.Skip("no clang with the NVPTX target here; the kernels are compiled by NVRTC on a GPU machine only")
	}
	dir := t.TempDir()
	// __clang_cuda_intrinsics.h is not used, but clang's wrappers look
	// for this CUDA toolkit file by name; an empty one stands in.
	os.MkdirAll(filepath.Join(dir, "crt"), 0o755)
	os.WriteFile(filepath.Join(dir, "crt", "sm_70_rt.hpp"), nil, 0o644)
	prelude, src := filepath.Join(dir, "prelude.h"), filepath.Join(dir, "program.cu")
	os.WriteFile(prelude, []byte(clangPrelude), 0o644)
	os.WriteFile(src, []byte(program(t)), 0o644)
	if out := os.Getenv("GEMMA_BENCH_CUDA_PTX_OUT"); out != "" {
		defer func() { b, _ := os.ReadFile(filepath.Join(dir, "sm_90.ptx")); os.WriteFile(out, b, 0o644) }()
	}
	for _, arch := range []string{"sm_80", "sm_90"} {
		ptx := filepath.Join(dir, arch+".ptx")
		cmd := exec.Command(clang, "-x", "cuda", "--cuda-device-only", "--cuda-gpu-arch="+arch, "-nocudainc", "-nocudalib",
			"-Xclang", "-target-feature", "-Xclang", "+ptx78", "-std=c++17", "-O2", "-Wall", "-Werror",
			"-Wno-unknown-cuda-version", "-I", dir, "-include", prelude, "-S", "-o", ptx, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s for %s: %v\n%s", filepath.Base(clang), arch, err, out)
		}
		b, err := os.ReadFile(ptx)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range Names {
			if !strings.Contains(string(b), ".entry "+n+"(") {
				t.Errorf("%s: no .entry %s in the PTX", arch, n)
			}
		}
	}
}
