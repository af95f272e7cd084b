//go:build cgo && linux

package cuda

/*
#include "shim.h"
*/
import "C"

import (
	"fmt"
	"path/filepath"
	"strings"
	"unsafe"

	"github.com/gemma-bench/gemma-bench/internal/pysite"
)

// nvrtc is one loaded NVRTC library.
type nvrtc struct{ lib *dylib }

// loadNVRTC loads NVRTC and, first, the builtins library beside it:
// NVRTC dlopens libnvrtc-builtins.so.X.Y by name when it compiles, which
// finds the copy already loaded even where the folder is on no search
// path (pip's wheels, a lib-dir). A builtins file that fails to load is
// left for NVRTC to report when it compiles.
func loadNVRTC(s Search) (*nvrtc, error) {
	files, _ := s.Find(libNVRTC)
	for _, f := range files {
		m, _ := filepath.Glob(filepath.Join(filepath.Dir(f), "libnvrtc-builtins.so.*"))
		pysite.SortVersionsDesc(m)
		for _, b := range m {
			if _, err := dlopen("NVRTC builtins", b, false); err == nil {
				break
			}
		}
	}
	l, err := openFirst(libNVRTC, s, false)
	if err != nil {
		return nil, err
	}
	return &nvrtc{lib: l}, nil
}

func (n *nvrtc) check(fn string, r C.nvrtcResult) error {
	if r == 0 {
		return nil
	}
	msg := "(no description)"
	if p, err := n.lib.sym("nvrtcGetErrorString"); err == nil {
		if s := C.gb_nvrtc_errstr(p, r); s != nil {
			msg = C.GoString(s)
		}
	}
	return fmt.Errorf("%s: %s (%d)", fn, msg, int(r))
}

// version is NVRTC's (major, minor).
func (n *nvrtc) version() (int, int, error) {
	p, err := n.lib.sym("nvrtcVersion")
	if err != nil {
		return 0, 0, err
	}
	var a, b C.int
	return int(a), int(b), n.check("nvrtcVersion", C.gb_nvrtc_version(p, &a, &b))
}

// supportedArchs lists the sm_XY numbers (90 for sm_90) NVRTC compiles
// for; nil when this NVRTC cannot say (before CUDA 11.2).
func (n *nvrtc) supportedArchs() []int {
	pn, err1 := n.lib.sym("nvrtcGetNumSupportedArchs")
	pa, err2 := n.lib.sym("nvrtcGetSupportedArchs")
	if err1 != nil || err2 != nil {
		return nil
	}
	var cnt C.int
	if C.gb_nvrtc_pi(pn, &cnt) != 0 || cnt <= 0 || cnt > 256 {
		return nil
	}
	buf := make([]C.int, int(cnt))
	if C.gb_nvrtc_pi(pa, &buf[0]) != 0 {
		return nil
	}
	out := make([]int, len(buf))
	for i, v := range buf {
		out[i] = int(v)
	}
	return out
}

// compile compiles one CUDA C source with options. With a real
// architecture (--gpu-architecture=sm_XY) it returns the CUBIN, with a
// virtual one (compute_XY) the PTX; on failure the error carries the
// compiler's log.
func (n *nvrtc) compile(name, src string, opts []string, cubin bool) ([]byte, error) {
	ps, err := n.lib.mustSyms([]string{"nvrtcCreateProgram"}, []string{"nvrtcCompileProgram"},
		[]string{"nvrtcGetProgramLogSize"}, []string{"nvrtcGetProgramLog"}, []string{"nvrtcDestroyProgram"})
	if err != nil {
		return nil, err
	}
	sizeFn, getFn := "nvrtcGetPTXSize", "nvrtcGetPTX"
	if cubin {
		sizeFn, getFn = "nvrtcGetCUBINSize", "nvrtcGetCUBIN"
	}
	out, err := n.lib.mustSyms([]string{sizeFn}, []string{getFn})
	if err != nil {
		return nil, err
	}
	csrc, cname := C.CString(src), C.CString(name)
	defer C.free(unsafe.Pointer(csrc))
	defer C.free(unsafe.Pointer(cname))
	var prog C.nvrtcProgram
	if err := n.check("nvrtcCreateProgram", C.gb_nvrtc_create(ps[0], &prog, csrc, cname)); err != nil {
		return nil, err
	}
	defer C.gb_nvrtc_destroy(ps[4], &prog)
	copts := C.malloc(C.size_t(max(len(opts), 1)) * C.size_t(unsafe.Sizeof(uintptr(0))))
	defer C.free(copts)
	arr := unsafe.Slice((**C.char)(copts), max(len(opts), 1))
	for i, o := range opts {
		arr[i] = C.CString(o)
		defer C.free(unsafe.Pointer(arr[i]))
	}
	cerr := n.check("nvrtcCompileProgram", C.gb_nvrtc_compile(ps[1], prog, C.int(len(opts)), (**C.char)(copts)))
	if cerr != nil {
		return nil, fmt.Errorf("%s (options %s): %w\n%s", name, strings.Join(opts, " "), cerr, n.log(ps[2], ps[3], prog))
	}
	var size C.size_t
	if err := n.check(sizeFn, C.gb_nvrtc_size(out[0], prog, &size)); err != nil {
		return nil, err
	}
	if size == 0 {
		return nil, fmt.Errorf("%s: %s returned 0 bytes", name, sizeFn)
	}
	buf := C.malloc(size)
	defer C.free(buf)
	if err := n.check(getFn, C.gb_nvrtc_get(out[1], prog, (*C.char)(buf))); err != nil {
		return nil, err
	}
	img := C.GoBytes(buf, C.int(size))
	if !cubin {
		img = []byte(strings.TrimRight(string(img), "\x00"))
	}
	return img, nil
}

func (n *nvrtc) log(sizeP, getP unsafe.Pointer, prog C.nvrtcProgram) string {
	var size C.size_t
	if C.gb_nvrtc_size(sizeP, prog, &size) != 0 || size <= 1 {
		return "(no compiler log)"
	}
	buf := C.malloc(size)
	defer C.free(buf)
	if C.gb_nvrtc_get(getP, prog, (*C.char)(buf)) != 0 {
		return "(compiler log unreadable)"
	}
	return C.GoString((*C.char)(buf))
}
