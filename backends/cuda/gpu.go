//go:build cgo && linux

package cuda

/*
#include "shim.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"math"
	"os"
	"time"
	"unsafe"

	kc "github.com/gemma-bench/gemma-bench/kernels/cuda"
)

// gpu is the device interface over one GPU: its primary context, one
// non-blocking stream everything is ordered on, a cuBLAS handle bound to
// that stream with a fixed workspace (so that a GEMM never allocates,
// which would break a graph capture), and the kernels compiled by NVRTC
// (through the on-disk Cache) and loaded as one module.
//
// Nothing here has run on a GPU yet: no GPU was lent to the sessions that
// wrote it. The executor above it runs the conformance suite in CI over
// an emulated device; scripts/gpu-check.sh runs it here.
type gpu struct {
	l      *libs
	dv     Device
	ctx    *cuContext
	stream C.CUstream
	blas   *blasHandle
	ws     devicePtr
	mod    C.CUmodule
	fns    map[string]C.CUfunction
	lim    Limits
	graphs bool
	// What the kernels came from, for Settings.
	arch     Arch
	cacheHit bool
}

// workspaceBytes is cuBLAS's workspace: 32 MiB is what NVIDIA documents
// for Hopper's largest kernels.
const workspaceBytes = 32 << 20

func newGPU(l *libs, index int, graphs bool) (*gpu, error) {
	dv := l.devices[index]
	ctx, err := l.drv.primaryContext(dv)
	if err != nil {
		return nil, err
	}
	g := &gpu{l: l, dv: dv, ctx: ctx, graphs: graphs, fns: map[string]C.CUfunction{},
		lim: Limits{Multiprocessors: dv.Multiprocessors, SharedOptinBytes: dv.SharedOptinBytes}}
	err = ctx.do(func() error {
		var err error
		if g.stream, err = l.drv.streamCreate(); err != nil {
			return err
		}
		if g.ws, err = l.drv.memAlloc(workspaceBytes); err != nil {
			return fmt.Errorf("cuBLAS workspace: %w", err)
		}
		if g.blas, err = l.blas.newHandle(g.stream, g.ws, workspaceBytes); err != nil {
			return err
		}
		return g.loadKernels()
	})
	if err != nil {
		g.Close()
		return nil, fmt.Errorf("cuda: device %d (%s): %w", index, dv.Name, err)
	}
	return g, nil
}

// loadKernels compiles (or finds in the cache) the kernels for the device
// and loads them; attention's kernels are allowed the dynamic shared
// memory its largest head dimension needs.
func (g *gpu) loadKernels() error {
	arch, err := ChooseArch(g.dv.Major, g.dv.Minor, g.l.nvrtc.supportedArchs())
	if err != nil {
		return err
	}
	src, err := kc.Program()
	if err != nil {
		return err
	}
	dir, err := DefaultCacheDir()
	if err != nil {
		return err
	}
	c := &Cache{Dir: dir, NVRTCVersion: fmt.Sprintf("%d.%d", g.l.nvrtcMajor, g.l.nvrtcMinor),
		Compile: func(name, src string, opts []string, a Arch) ([]byte, error) {
			return g.l.nvrtc.compile(name, src, opts, a.Cubin)
		},
		Logf: func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) },
	}
	img, hit, err := c.Get("gemma-bench.cu", src, CompileOptions(arch), arch)
	if err != nil {
		return err
	}
	g.arch, g.cacheHit = arch, hit
	if g.mod, err = g.l.drv.moduleLoad(img); err != nil {
		return fmt.Errorf("loading the kernels compiled for %s: %w", arch.Name, err)
	}
	for _, name := range kc.Names {
		f, err := g.l.drv.function(g.mod, name)
		if err != nil {
			return err
		}
		g.fns[name] = f
	}
	shared := min(g.lim.SharedOptinBytes, kc.AttentionShared(kc.AttMaxHeadDim))
	for _, name := range []string{kc.AttentionF32, kc.AttentionBF16} {
		if err := g.l.drv.allowShared(g.fns[name], shared); err != nil {
			return fmt.Errorf("kernel %s: %w", name, err)
		}
	}
	return nil
}

func (g *gpu) Limits() Limits { return g.lim }

func (g *gpu) settings() map[string]string {
	graphs := "on"
	if !g.graphs {
		graphs = "off"
	}
	return map[string]string{
		"device": fmt.Sprint(g.dv.Index), "gpu": g.dv.Name, "arch": g.arch.Name, "graphs": graphs,
		"driver": fmt.Sprintf("%d.%d", g.l.driverVersion/1000, g.l.driverVersion%1000/10),
		"nvrtc":  fmt.Sprintf("%d.%d", g.l.nvrtcMajor, g.l.nvrtcMinor), "cublas": g.l.blasVersion,
	}
}

func (g *gpu) Alloc(n int64) (uint64, error) {
	n = roundUp(max(n, 4), align)
	var p devicePtr
	err := g.ctx.do(func() error {
		var err error
		if p, err = g.l.drv.memAlloc(n); err != nil {
			return err
		}
		if err := g.l.drv.memsetD32(p, 0, n/4, g.stream); err != nil {
			return err
		}
		return g.l.drv.streamSync(g.stream)
	})
	return uint64(p), err
}

func (g *gpu) Free(a uint64) error {
	return g.ctx.do(func() error { return g.l.drv.memFree(devicePtr(a)) })
}

// Upload copies from Go memory: the driver stages pageable memory before
// the call returns, and the stream is synchronised before Upload does.
func (g *gpu) Upload(dst uint64, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	return g.ctx.do(func() error {
		if err := g.l.drv.copyHtoD(devicePtr(dst), unsafe.Pointer(&src[0]), len(src), g.stream); err != nil {
			return err
		}
		return g.l.drv.streamSync(g.stream)
	})
}

func (g *gpu) Copy(cs []devCopy) error {
	return g.ctx.do(func() error {
		for _, c := range cs {
			if err := g.l.drv.copyDtoD(devicePtr(c.Dst), devicePtr(c.Src), c.Bytes, g.stream); err != nil {
				return err
			}
		}
		return g.l.drv.streamSync(g.stream)
	})
}

func (g *gpu) Close() error {
	var errs []error
	err := g.ctx.do(func() error {
		if g.blas != nil {
			errs = append(errs, g.blas.destroy())
		}
		if g.ws != 0 {
			errs = append(errs, g.l.drv.memFree(g.ws))
		}
		if g.mod != nil {
			errs = append(errs, g.l.drv.moduleUnload(g.mod))
		}
		if g.stream != nil {
			errs = append(errs, g.l.drv.streamDestroy(g.stream))
		}
		return nil
	})
	errs = append(errs, err, g.ctx.release())
	return errors.Join(errs...)
}

// gpuLaunch is one launch with its arguments in C memory: vals holds each
// argument in an 8-byte slot, ptrs (cuLaunchKernel's kernelParams) a
// pointer to each slot.
type gpuLaunch struct {
	fn      C.CUfunction
	l       *Launch
	ptrs    *unsafe.Pointer
	a, b, c devicePtr // a GEMM's operands
}

type gpuProgram struct {
	g        *gpu
	p        *Plan
	launches []gpuLaunch
	params   unsafe.Pointer // one C block for every launch's arguments
	in, out  unsafe.Pointer // page-locked staging
	logits   unsafe.Pointer // page-locked, allocated at the first step that wants logits
	inAddr   devicePtr
	outAddr  devicePtr
	logAddr  devicePtr
	// Captured graphs by (launches run, logits copied); a capture that
	// fails turns capturing off for this program (noCapt says why, on
	// stderr once).
	execs  map[[2]int]C.CUgraphExec
	noCapt error
	events []C.CUevent
}

func (g *gpu) Bind(p *Plan, resolve func(Ref) uint64) (program, error) {
	pr := &gpuProgram{g: g, p: p, execs: map[[2]int]C.CUgraphExec{},
		inAddr:  devicePtr(resolve(arena(p.Inputs.Base))),
		outAddr: devicePtr(resolve(arena(p.Outputs.Base))),
		logAddr: devicePtr(resolve(arena(p.Values[p.Graph.Output]))),
	}
	slots := 0
	for i := range p.Launches {
		slots += 2 * len(p.Launches[i].Args)
	}
	pr.params = C.calloc(C.size_t(max(slots, 1)), 8)
	if pr.params == nil {
		return nil, fmt.Errorf("cuda: no host memory for launch arguments")
	}
	block := unsafe.Slice((*uint64)(pr.params), max(slots, 1))
	next := 0
	for i := range p.Launches {
		l := &p.Launches[i]
		gl := gpuLaunch{l: l}
		if l.Gemm != nil {
			gl.a, gl.b, gl.c = devicePtr(resolve(l.Gemm.A)), devicePtr(resolve(l.Gemm.B)), devicePtr(resolve(l.Gemm.C))
			pr.launches = append(pr.launches, gl)
			continue
		}
		f, ok := g.fns[l.Kernel]
		if !ok {
			pr.Close()
			return nil, fmt.Errorf("cuda: launch %d names kernel %q, which the module lacks", i, l.Kernel)
		}
		gl.fn = f
		n := len(l.Args)
		vals, ptrs := block[next:next+n], block[next+n:next+2*n]
		for j, a := range l.Args {
			switch a.Kind {
			case ArgPtr:
				vals[j] = resolve(a.Ref)
			case ArgI32:
				vals[j] = uint64(uint32(int32(a.I)))
			case ArgI64:
				vals[j] = uint64(a.I)
			case ArgF32:
				vals[j] = uint64(math.Float32bits(a.F))
			default:
				pr.Close()
				return nil, fmt.Errorf("cuda: launch %d argument %d has no kind", i, j)
			}
			ptrs[j] = uint64(uintptr(unsafe.Pointer(&vals[j])))
		}
		gl.ptrs = (*unsafe.Pointer)(unsafe.Pointer(&ptrs[0]))
		if n == 0 {
			gl.ptrs = nil
		}
		next += 2 * n
		pr.launches = append(pr.launches, gl)
	}
	err := g.ctx.do(func() error {
		var err error
		if pr.in, err = g.l.drv.hostAlloc(int(max(p.Inputs.Bytes, 8))); err != nil {
			return err
		}
		pr.out, err = g.l.drv.hostAlloc(int(max(p.Outputs.Bytes, 8)))
		return err
	})
	if err != nil {
		pr.Close()
		return nil, err
	}
	return pr, nil
}

func (pr *gpuProgram) In() []byte  { return unsafe.Slice((*byte)(pr.in), pr.p.Inputs.Bytes) }
func (pr *gpuProgram) Out() []byte { return unsafe.Slice((*byte)(pr.out), pr.p.Outputs.Bytes) }

// enqueue puts one step on the stream: the input block, launches [0, n),
// the output block (when the narrow outputs ran) and the logits.
func (pr *gpuProgram) enqueue(n int, logits bool, record func(i int) error) error {
	d, s := pr.g.l.drv, pr.g.stream
	if err := d.copyHtoD(pr.inAddr, pr.in, int(pr.p.Inputs.Bytes), s); err != nil {
		return err
	}
	for i := range n {
		if record != nil {
			if err := record(i); err != nil {
				return err
			}
		}
		gl := &pr.launches[i]
		l := gl.l
		var err error
		switch {
		case l.Gemm != nil && l.Gemm.Batch > 1:
			err = pr.g.blas.gemmBatched(l.Gemm, gl.a, gl.b, gl.c)
		case l.Gemm != nil:
			err = pr.g.blas.gemm(l.Gemm, gl.a, gl.b, gl.c)
		default:
			err = d.launch(gl.fn, l.Grid, l.Block, l.Shared, s, gl.ptrs)
		}
		if err != nil {
			return fmt.Errorf("launch %d (%s): %w", i, l, err)
		}
	}
	if record != nil {
		if err := record(n); err != nil {
			return err
		}
	}
	if n == len(pr.launches) {
		if err := d.copyDtoH(pr.out, pr.outAddr, int(pr.p.Outputs.Bytes), s); err != nil {
			return err
		}
	}
	if logits {
		return d.copyDtoH(pr.logits, pr.logAddr, pr.logitBytes(), s)
	}
	return nil
}

func (pr *gpuProgram) logitBytes() int { return 4 * pr.p.Graph.LogitRows * pr.p.Graph.Vocab }

func (pr *gpuProgram) Run(n int, logits []float32, times []time.Duration) error {
	g := pr.g
	d := g.l.drv
	return g.ctx.do(func() error {
		if logits != nil && pr.logits == nil {
			var err error
			if pr.logits, err = d.hostAlloc(pr.logitBytes()); err != nil {
				return err
			}
		}
		wantLogits := logits != nil
		switch {
		case times != nil:
			if err := pr.timed(n, wantLogits, times); err != nil {
				return err
			}
		case g.graphs && pr.noCapt == nil:
			key := [2]int{n, 0}
			if wantLogits {
				key[1] = 1
			}
			exec, ok := pr.execs[key]
			if !ok {
				var err error
				if exec, err = pr.capture(n, wantLogits); err != nil {
					// Run this step, and the program's later ones,
					// launch by launch.
					pr.noCapt = err
					fmt.Fprintf(os.Stderr, "cuda: CUDA graph capture failed, running steps launch by launch: %v\n", err)
					if err := pr.enqueue(n, wantLogits, nil); err != nil {
						return err
					}
					break
				}
				pr.execs[key] = exec
			}
			if err := d.graphLaunch(exec, g.stream); err != nil {
				return err
			}
		default:
			if err := pr.enqueue(n, wantLogits, nil); err != nil {
				return err
			}
		}
		if err := d.streamSync(g.stream); err != nil {
			return err
		}
		if logits != nil {
			src := unsafe.Slice((*float32)(pr.logits), len(logits))
			copy(logits, src)
		}
		return nil
	})
}

// capture records one step as a CUDA graph: the copies from and to the
// page-locked staging are part of it, so a replay is one launch.
func (pr *gpuProgram) capture(n int, logits bool) (C.CUgraphExec, error) {
	d, s := pr.g.l.drv, pr.g.stream
	if err := d.beginCapture(s); err != nil {
		return nil, err
	}
	qerr := pr.enqueue(n, logits, nil)
	graph, err := d.endCapture(s)
	if qerr != nil || err != nil {
		if graph != nil {
			d.graphDestroy(graph)
		}
		return nil, errors.Join(qerr, err)
	}
	defer d.graphDestroy(graph)
	return d.instantiate(graph)
}

// timed runs a step launch by launch with an event before each launch and
// after the last, and reads each launch's time once the step is done.
func (pr *gpuProgram) timed(n int, logits bool, times []time.Duration) error {
	d, s := pr.g.l.drv, pr.g.stream
	for len(pr.events) < n+1 {
		e, err := d.eventCreate(true)
		if err != nil {
			return err
		}
		pr.events = append(pr.events, e)
	}
	if err := pr.enqueue(n, logits, func(i int) error { return d.eventRecord(pr.events[i], s) }); err != nil {
		return err
	}
	if err := d.streamSync(s); err != nil {
		return err
	}
	for i := range n {
		ms, err := d.elapsed(pr.events[i], pr.events[i+1])
		if err != nil {
			return err
		}
		times[i] = time.Duration(float64(ms) * float64(time.Millisecond))
	}
	return nil
}

func (pr *gpuProgram) Close() error {
	d := pr.g.l.drv
	var errs []error
	err := pr.g.ctx.do(func() error {
		for _, e := range pr.execs {
			errs = append(errs, d.graphExecDestroy(e))
		}
		for _, e := range pr.events {
			errs = append(errs, d.eventDestroy(e))
		}
		for _, p := range []unsafe.Pointer{pr.in, pr.out, pr.logits} {
			if p != nil {
				errs = append(errs, d.hostFree(p))
			}
		}
		return nil
	})
	pr.execs, pr.events, pr.in, pr.out, pr.logits = nil, nil, nil, nil, nil
	if pr.params != nil {
		C.free(pr.params)
		pr.params = nil
	}
	return errors.Join(append(errs, err)...)
}
