//go:build cgo && linux

package cuda

/*
#include "shim.h"
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// cublas is a loaded cuBLAS (and the cuBLASLt it depends on).
type cublas struct {
	lib, lt *dylib
}

// loadCUBLAS loads cuBLASLt first so that cuBLAS's dependency on it
// resolves to the file found here; then cuBLAS itself.
func loadCUBLAS(s Search) (*cublas, error) {
	lt, err := openFirst(libCUBLASLt, s, false)
	if err != nil {
		return nil, err
	}
	l, err := openFirst(libCUBLAS, s, false)
	if err != nil {
		return nil, err
	}
	return &cublas{lib: l, lt: lt}, nil
}

func (b *cublas) check(fn string, st C.cublasStatus) error {
	if st == 0 {
		return nil
	}
	msg := "(no description)"
	if p, err := b.lib.sym("cublasGetStatusString"); err == nil {
		if s := C.gb_blas_statusstr(p, st); s != nil {
			msg = C.GoString(s)
		}
	}
	return fmt.Errorf("%s: %s (%d)", fn, msg, int(st))
}

// version is cuBLAS's major, minor and patch (libraryPropertyType 0, 1,
// 2), read without a handle so that probing needs no context.
func (b *cublas) version() (string, error) {
	p, err := b.lib.sym("cublasGetProperty")
	if err != nil {
		return "", err
	}
	var v [3]C.int
	for i := range v {
		if err := b.check("cublasGetProperty", C.gb_blas_prop(p, C.int(i), &v[i])); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2]), nil
}

// blasHandle is a cuBLAS handle bound to one stream, with a fixed
// workspace so that no GEMM allocates while a stream is being captured.
type blasHandle struct {
	b *cublas
	h C.cublasHandle
}

// newHandle needs the context current.
func (b *cublas) newHandle(s C.CUstream, workspace devicePtr, workspaceBytes int64) (*blasHandle, error) {
	ps, err := b.lib.mustSyms([]string{"cublasCreate_v2"}, []string{"cublasSetStream_v2"}, []string{"cublasSetWorkspace_v2"})
	if err != nil {
		return nil, err
	}
	h := &blasHandle{b: b}
	if err := b.check("cublasCreate_v2", C.gb_blas_create(ps[0], &h.h)); err != nil {
		return nil, err
	}
	if err := b.check("cublasSetStream_v2", C.gb_blas_stream(ps[1], h.h, s)); err != nil {
		h.destroy()
		return nil, err
	}
	if err := b.check("cublasSetWorkspace_v2", C.gb_blas_workspace(ps[2], h.h, workspace, C.size_t(workspaceBytes))); err != nil {
		h.destroy()
		return nil, err
	}
	return h, nil
}

func (h *blasHandle) destroy() error {
	p, err := h.b.lib.sym("cublasDestroy_v2")
	if err != nil {
		return err
	}
	return h.b.check("cublasDestroy_v2", C.gb_blas_handle(p, h.h))
}

// gemm is cublasGemmEx with host scalars (column-major, as cuBLAS sees
// it; the launch plan has already turned the row-major product around).
func (h *blasHandle) gemm(g *Gemm, a, b, c devicePtr) error {
	p, err := h.b.lib.sym("cublasGemmEx")
	if err != nil {
		return err
	}
	return h.b.check("cublasGemmEx", C.gb_blas_gemmex(p, h.h, op(g.TransA), op(g.TransB), C.int(g.M), C.int(g.N), C.int(g.K),
		C.float(g.Alpha), a, C.int(g.AType), C.int(g.LDA), b, C.int(g.BType), C.int(g.LDB), C.float(g.Beta),
		c, C.int(g.CType), C.int(g.LDC), C.int(g.Compute), gemmDefault))
}

// gemmBatched is cublasGemmStridedBatchedEx over Gemm.Batch products.
func (h *blasHandle) gemmBatched(g *Gemm, a, b, c devicePtr) error {
	p, err := h.b.lib.sym("cublasGemmStridedBatchedEx")
	if err != nil {
		return err
	}
	return h.b.check("cublasGemmStridedBatchedEx", C.gb_blas_gemmbatched(p, h.h, op(g.TransA), op(g.TransB),
		C.int(g.M), C.int(g.N), C.int(g.K), C.float(g.Alpha),
		a, C.int(g.AType), C.int(g.LDA), C.longlong(g.StrideA),
		b, C.int(g.BType), C.int(g.LDB), C.longlong(g.StrideB), C.float(g.Beta),
		c, C.int(g.CType), C.int(g.LDC), C.longlong(g.StrideC), C.int(g.Batch), C.int(g.Compute), gemmDefault))
}

// ltHandle creates a cuBLASLt handle: optional (nothing uses Lt's own
// matmul yet), so a missing entry point is reported, not fatal.
func (b *cublas) ltHandle() (unsafe.Pointer, error) {
	p, err := b.lt.sym("cublasLtCreate")
	if err != nil {
		return nil, err
	}
	var h unsafe.Pointer
	if st := C.gb_blaslt_create(p, &h); st != 0 {
		return nil, fmt.Errorf("cublasLtCreate: status %d", int(st))
	}
	return h, nil
}

// gemmDefault is CUBLAS_GEMM_DEFAULT: cuBLAS picks the algorithm (tensor
// cores where the types allow).
const gemmDefault = -1

func op(trans bool) C.int {
	if trans {
		return 1 // CUBLAS_OP_T
	}
	return 0 // CUBLAS_OP_N
}
