//go:build cgo && linux

package cuda

/*
#include "shim.h"
*/
import "C"

import (
	"fmt"
	"runtime"
	"unsafe"
)

// Enum values of the driver API used here (cuda.h, CUDA 12 and 13).
const (
	attrMultiprocessors  = 16 // CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
	attrCCMajor          = 75 // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
	attrCCMinor          = 76 // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR
	attrSharedOptin      = 97 // CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN
	funcMaxDynamicShared = 8  // CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
	streamNonBlocking    = 1  // CU_STREAM_NON_BLOCKING: no implicit sync with stream 0
	eventDefault         = 0
	eventDisableTiming   = 2 // CU_EVENT_DISABLE_TIMING
	// CU_STREAM_CAPTURE_MODE_THREAD_LOCAL: only this thread's unsafe calls
	// (a cuMemAlloc) break a capture, not other goroutines' threads.
	captureThreadLocal = 1
)

// driver is the CUDA driver API of one loaded libcuda.so.1.
type driver struct{ lib *dylib }

// cudaError is a failed driver call.
type cudaError struct {
	fn   string
	code int
	name string
	msg  string
}

func (e *cudaError) Error() string {
	return fmt.Sprintf("%s: %s (%d): %s", e.fn, e.name, e.code, e.msg)
}

// check turns a CUresult into an error naming the call.
func (d *driver) check(fn string, r C.CUresult) error {
	if r == 0 {
		return nil
	}
	e := &cudaError{fn: fn, code: int(r), name: "CUDA_ERROR", msg: "(no description)"}
	if p, err := d.lib.sym("cuGetErrorName"); err == nil {
		var s *C.char
		if C.gb_call_errstr(p, r, &s) == 0 && s != nil {
			e.name = C.GoString(s)
		}
	}
	if p, err := d.lib.sym("cuGetErrorString"); err == nil {
		var s *C.char
		if C.gb_call_errstr(p, r, &s) == 0 && s != nil {
			e.msg = C.GoString(s)
		}
	}
	return e
}

func (d *driver) init() error {
	p, err := d.lib.sym("cuInit")
	if err != nil {
		return err
	}
	return d.check("cuInit", C.gb_call_u(p, 0))
}

// version is the CUDA version the driver supports, as 1000·major+10·minor.
func (d *driver) version() (int, error) {
	p, err := d.lib.sym("cuDriverGetVersion")
	if err != nil {
		return 0, err
	}
	var v C.int
	return int(v), d.check("cuDriverGetVersion", C.gb_call_pi(p, &v))
}

func (d *driver) deviceCount() (int, error) {
	p, err := d.lib.sym("cuDeviceGetCount")
	if err != nil {
		return 0, err
	}
	var n C.int
	return int(n), d.check("cuDeviceGetCount", C.gb_call_pi(p, &n))
}

// Device describes one GPU.
type Device struct {
	Index            int
	Name             string
	Major, Minor     int // compute capability
	Multiprocessors  int
	SharedOptinBytes int // dynamic shared memory a block may opt in to
	MemoryBytes      int64
	handle           C.CUdevice
}

// Arch is the device's real architecture for NVRTC, "sm_90".
func (dv Device) Arch() string { return fmt.Sprintf("sm_%d%d", dv.Major, dv.Minor) }

func (d *driver) device(i int) (Device, error) {
	ps, err := d.lib.mustSyms([]string{"cuDeviceGet"}, []string{"cuDeviceGetName"}, []string{"cuDeviceGetAttribute"},
		[]string{"cuDeviceTotalMem_v2", "cuDeviceTotalMem"})
	if err != nil {
		return Device{}, err
	}
	dv := Device{Index: i}
	if err := d.check("cuDeviceGet", C.gb_call_pdev_i(ps[0], &dv.handle, C.int(i))); err != nil {
		return Device{}, err
	}
	var name [256]C.char
	if err := d.check("cuDeviceGetName", C.gb_call_name(ps[1], &name[0], C.int(len(name)), dv.handle)); err != nil {
		return Device{}, err
	}
	dv.Name = C.GoString(&name[0])
	for _, a := range []struct {
		attr int
		dst  *int
	}{{attrCCMajor, &dv.Major}, {attrCCMinor, &dv.Minor}, {attrMultiprocessors, &dv.Multiprocessors}, {attrSharedOptin, &dv.SharedOptinBytes}} {
		var v C.int
		if err := d.check("cuDeviceGetAttribute", C.gb_call_attr(ps[2], &v, C.int(a.attr), dv.handle)); err != nil {
			return Device{}, err
		}
		*a.dst = int(v)
	}
	var mem C.size_t
	if err := d.check("cuDeviceTotalMem_v2", C.gb_call_totalmem(ps[3], &mem, dv.handle)); err != nil {
		return Device{}, err
	}
	dv.MemoryBytes = int64(mem)
	return dv, nil
}

// cuContext is a device's primary context: the one the CUDA runtime inside
// cuBLAS uses too, so that our launches and its GEMMs share memory and
// streams.
type cuContext struct {
	d   *driver
	dev Device
	ctx C.CUcontext
}

func (d *driver) primaryContext(dv Device) (*cuContext, error) {
	p, err := d.lib.sym("cuDevicePrimaryCtxRetain")
	if err != nil {
		return nil, err
	}
	c := &cuContext{d: d, dev: dv}
	if err := d.check("cuDevicePrimaryCtxRetain", C.gb_call_retain(p, &c.ctx, dv.handle)); err != nil {
		return nil, err
	}
	return c, nil
}

// do runs f with the context current on one OS thread: the driver keeps
// the current context per thread, and goroutines move between threads
// from one cgo call to the next.
func (c *cuContext) do(f func() error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p, err := c.d.lib.sym("cuCtxSetCurrent")
	if err != nil {
		return err
	}
	if err := c.d.check("cuCtxSetCurrent", C.gb_call_ctx(p, c.ctx)); err != nil {
		return err
	}
	return f()
}

func (c *cuContext) release() error {
	p, err := c.d.lib.sym("cuDevicePrimaryCtxRelease_v2", "cuDevicePrimaryCtxRelease")
	if err != nil {
		return err
	}
	return c.d.check("cuDevicePrimaryCtxRelease_v2", C.gb_call_dev(p, c.dev.handle))
}

// The calls below expect the context to be current (inside cuContext.do).

type devicePtr = C.CUdeviceptr

func (d *driver) memAlloc(n int64) (devicePtr, error) {
	p, err := d.lib.sym("cuMemAlloc_v2")
	if err != nil {
		return 0, err
	}
	var ptr C.CUdeviceptr
	if err := d.check("cuMemAlloc_v2", C.gb_call_alloc(p, &ptr, C.size_t(n))); err != nil {
		return 0, fmt.Errorf("allocating %d MiB: %w", n>>20, err)
	}
	return ptr, nil
}

func (d *driver) memFree(ptr devicePtr) error {
	p, err := d.lib.sym("cuMemFree_v2")
	if err != nil {
		return err
	}
	return d.check("cuMemFree_v2", C.gb_call_dptr(p, ptr))
}

// hostAlloc allocates page-locked host memory: copies from it are truly
// asynchronous, and a captured graph may read it at replay.
func (d *driver) hostAlloc(n int) (unsafe.Pointer, error) {
	p, err := d.lib.sym("cuMemAllocHost_v2")
	if err != nil {
		return nil, err
	}
	var ptr unsafe.Pointer
	return ptr, d.check("cuMemAllocHost_v2", C.gb_call_hostalloc(p, &ptr, C.size_t(n)))
}

func (d *driver) hostFree(ptr unsafe.Pointer) error {
	p, err := d.lib.sym("cuMemFreeHost")
	if err != nil {
		return err
	}
	return d.check("cuMemFreeHost", C.gb_call_pv(p, ptr))
}

// copyHtoD copies n bytes from host memory that stays valid until the
// stream reaches the copy (page-locked, or synchronised before reuse).
func (d *driver) copyHtoD(dst devicePtr, src unsafe.Pointer, n int, s C.CUstream) error {
	p, err := d.lib.sym("cuMemcpyHtoDAsync_v2")
	if err != nil {
		return err
	}
	return d.check("cuMemcpyHtoDAsync_v2", C.gb_call_htod(p, dst, src, C.size_t(n), s))
}

func (d *driver) copyDtoH(dst unsafe.Pointer, src devicePtr, n int, s C.CUstream) error {
	p, err := d.lib.sym("cuMemcpyDtoHAsync_v2")
	if err != nil {
		return err
	}
	return d.check("cuMemcpyDtoHAsync_v2", C.gb_call_dtoh(p, dst, src, C.size_t(n), s))
}

func (d *driver) copyDtoD(dst, src devicePtr, n int64, s C.CUstream) error {
	p, err := d.lib.sym("cuMemcpyDtoDAsync_v2")
	if err != nil {
		return err
	}
	return d.check("cuMemcpyDtoDAsync_v2", C.gb_call_dtod(p, dst, src, C.size_t(n), s))
}

// memsetD32 sets n 32-bit words.
func (d *driver) memsetD32(dst devicePtr, v uint32, n int64, s C.CUstream) error {
	p, err := d.lib.sym("cuMemsetD32Async")
	if err != nil {
		return err
	}
	return d.check("cuMemsetD32Async", C.gb_call_memset32(p, dst, C.uint(v), C.size_t(n), s))
}

func (d *driver) streamCreate() (C.CUstream, error) {
	p, err := d.lib.sym("cuStreamCreate")
	if err != nil {
		return nil, err
	}
	var s C.CUstream
	return s, d.check("cuStreamCreate", C.gb_call_streamcreate(p, &s, streamNonBlocking))
}

func (d *driver) streamSync(s C.CUstream) error {
	p, err := d.lib.sym("cuStreamSynchronize")
	if err != nil {
		return err
	}
	return d.check("cuStreamSynchronize", C.gb_call_stream(p, s))
}

func (d *driver) streamDestroy(s C.CUstream) error {
	p, err := d.lib.sym("cuStreamDestroy_v2", "cuStreamDestroy")
	if err != nil {
		return err
	}
	return d.check("cuStreamDestroy_v2", C.gb_call_stream(p, s))
}

// moduleLoad loads a CUBIN or a NUL-terminated PTX image.
func (d *driver) moduleLoad(image []byte) (C.CUmodule, error) {
	p, err := d.lib.sym("cuModuleLoadData")
	if err != nil {
		return nil, err
	}
	img := C.CBytes(append(image[:len(image):len(image)], 0))
	defer C.free(img)
	var m C.CUmodule
	return m, d.check("cuModuleLoadData", C.gb_call_modload(p, &m, img))
}

func (d *driver) moduleUnload(m C.CUmodule) error {
	p, err := d.lib.sym("cuModuleUnload")
	if err != nil {
		return err
	}
	return d.check("cuModuleUnload", C.gb_call_mod(p, m))
}

func (d *driver) function(m C.CUmodule, name string) (C.CUfunction, error) {
	p, err := d.lib.sym("cuModuleGetFunction")
	if err != nil {
		return nil, err
	}
	cn := C.CString(name)
	defer C.free(unsafe.Pointer(cn))
	var f C.CUfunction
	if err := d.check("cuModuleGetFunction", C.gb_call_getfn(p, &f, m, cn)); err != nil {
		return nil, fmt.Errorf("kernel %s: %w", name, err)
	}
	return f, nil
}

// allowShared lets f use n bytes of dynamic shared memory: above 48 KiB a
// kernel must opt in.
func (d *driver) allowShared(f C.CUfunction, n int) error {
	p, err := d.lib.sym("cuFuncSetAttribute")
	if err != nil {
		return err
	}
	return d.check("cuFuncSetAttribute", C.gb_call_fnattr(p, f, funcMaxDynamicShared, C.int(n)))
}

// launch enqueues f; params is a C array of pointers to the argument
// values (cuLaunchKernel's kernelParams), allocated in C memory.
func (d *driver) launch(f C.CUfunction, grid, block [3]uint32, shared uint32, s C.CUstream, params *unsafe.Pointer) error {
	p, err := d.lib.sym("cuLaunchKernel")
	if err != nil {
		return err
	}
	return d.check("cuLaunchKernel", C.gb_call_launch(p, f, C.uint(grid[0]), C.uint(grid[1]), C.uint(grid[2]),
		C.uint(block[0]), C.uint(block[1]), C.uint(block[2]), C.uint(shared), s, params))
}

func (d *driver) eventCreate(timing bool) (C.CUevent, error) {
	p, err := d.lib.sym("cuEventCreate")
	if err != nil {
		return nil, err
	}
	fl := C.uint(eventDisableTiming)
	if timing {
		fl = eventDefault
	}
	var e C.CUevent
	return e, d.check("cuEventCreate", C.gb_call_eventcreate(p, &e, fl))
}

func (d *driver) eventRecord(e C.CUevent, s C.CUstream) error {
	p, err := d.lib.sym("cuEventRecord")
	if err != nil {
		return err
	}
	return d.check("cuEventRecord", C.gb_call_eventrecord(p, e, s))
}

func (d *driver) eventSync(e C.CUevent) error {
	p, err := d.lib.sym("cuEventSynchronize")
	if err != nil {
		return err
	}
	return d.check("cuEventSynchronize", C.gb_call_event(p, e))
}

func (d *driver) eventDestroy(e C.CUevent) error {
	p, err := d.lib.sym("cuEventDestroy_v2", "cuEventDestroy")
	if err != nil {
		return err
	}
	return d.check("cuEventDestroy_v2", C.gb_call_event(p, e))
}

// elapsed is the time between two completed events, in milliseconds.
// CUDA 12.8 added cuEventElapsedTime_v2 (CUDA 13's header maps the name
// to it); older drivers have only the first version, with the same
// signature.
func (d *driver) elapsed(a, b C.CUevent) (float32, error) {
	p, err := d.lib.sym("cuEventElapsedTime_v2", "cuEventElapsedTime")
	if err != nil {
		return 0, err
	}
	var ms C.float
	return float32(ms), d.check("cuEventElapsedTime", C.gb_call_elapsed(p, &ms, a, b))
}

func (d *driver) beginCapture(s C.CUstream) error {
	p, err := d.lib.sym("cuStreamBeginCapture_v2")
	if err != nil {
		return err
	}
	return d.check("cuStreamBeginCapture_v2", C.gb_call_begincapture(p, s, captureThreadLocal))
}

func (d *driver) endCapture(s C.CUstream) (C.CUgraph, error) {
	p, err := d.lib.sym("cuStreamEndCapture")
	if err != nil {
		return nil, err
	}
	var g C.CUgraph
	return g, d.check("cuStreamEndCapture", C.gb_call_endcapture(p, s, &g))
}

// instantiate uses cuGraphInstantiateWithFlags: since CUDA 12 the header's
// cuGraphInstantiate is a macro for it (the exported cuGraphInstantiate
// and _v2 symbols keep CUDA 11's five-argument signature).
func (d *driver) instantiate(g C.CUgraph) (C.CUgraphExec, error) {
	p, err := d.lib.sym("cuGraphInstantiateWithFlags")
	if err != nil {
		return nil, err
	}
	var e C.CUgraphExec
	return e, d.check("cuGraphInstantiateWithFlags", C.gb_call_instantiate(p, &e, g, 0))
}

func (d *driver) graphLaunch(e C.CUgraphExec, s C.CUstream) error {
	p, err := d.lib.sym("cuGraphLaunch")
	if err != nil {
		return err
	}
	return d.check("cuGraphLaunch", C.gb_call_graphlaunch(p, e, s))
}

func (d *driver) graphDestroy(g C.CUgraph) error {
	p, err := d.lib.sym("cuGraphDestroy")
	if err != nil {
		return err
	}
	return d.check("cuGraphDestroy", C.gb_call_graph(p, g))
}

func (d *driver) graphExecDestroy(e C.CUgraphExec) error {
	p, err := d.lib.sym("cuGraphExecDestroy")
	if err != nil {
		return err
	}
	return d.check("cuGraphExecDestroy", C.gb_call_exec(p, e))
}
