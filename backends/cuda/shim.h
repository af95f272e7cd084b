//go:build cgo && linux

// Our own minimal declarations of the CUDA driver API, NVRTC and cuBLAS:
// no NVIDIA header is needed to build. Every entry point is reached
// through a pointer from dlsym, called by a gb_ wrapper below (cgo cannot
// call a C function pointer itself). Handles are opaque pointers; the
// enum values used are named in the Go files next to their use.
#ifndef GEMMA_BENCH_CUDA_SHIM_H
#define GEMMA_BENCH_CUDA_SHIM_H

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef int CUdevice;
typedef unsigned long long CUdeviceptr;
typedef void *CUcontext, *CUstream, *CUevent, *CUmodule, *CUfunction, *CUgraph, *CUgraphExec;

// dlopen and dlerror in one call: dlerror's text is per thread and only
// good until the next dl call on that thread.
static void *gb_dlopen(const char *path, int global, char *err, int errlen) {
	void *h = dlopen(path, RTLD_NOW | (global ? RTLD_GLOBAL : RTLD_LOCAL));
	if (!h) {
		const char *e = dlerror();
		strncpy(err, e ? e : "unknown dlopen error", errlen - 1);
		err[errlen - 1] = 0;
	}
	return h;
}

static void *gb_dlsym(void *h, const char *name, char *err, int errlen) {
	dlerror();
	void *p = dlsym(h, name);
	if (!p) {
		const char *e = dlerror();
		strncpy(err, e ? e : "symbol is NULL", errlen - 1);
		err[errlen - 1] = 0;
	}
	return p;
}

// ---- CUDA driver API ----

typedef CUresult (*gb_fn_i_u)(unsigned);
typedef CUresult (*gb_fn_i_pi)(int *);
typedef CUresult (*gb_fn_i_pdev_i)(CUdevice *, int);
typedef CUresult (*gb_fn_i_str_i_dev)(char *, int, CUdevice);
typedef CUresult (*gb_fn_i_pi_i_dev)(int *, int, CUdevice);
typedef CUresult (*gb_fn_i_psize_dev)(size_t *, CUdevice);
typedef CUresult (*gb_fn_i_pctx_dev)(CUcontext *, CUdevice);
typedef CUresult (*gb_fn_i_dev)(CUdevice);
typedef CUresult (*gb_fn_i_ctx)(CUcontext);
typedef CUresult (*gb_fn_i_i_ppc)(CUresult, const char **);
typedef CUresult (*gb_fn_i_pdptr_size)(CUdeviceptr *, size_t);
typedef CUresult (*gb_fn_i_dptr)(CUdeviceptr);
typedef CUresult (*gb_fn_i_ppv_size)(void **, size_t);
typedef CUresult (*gb_fn_i_pv)(void *);
typedef CUresult (*gb_fn_htod)(CUdeviceptr, const void *, size_t, CUstream);
typedef CUresult (*gb_fn_dtoh)(void *, CUdeviceptr, size_t, CUstream);
typedef CUresult (*gb_fn_dtod)(CUdeviceptr, CUdeviceptr, size_t, CUstream);
typedef CUresult (*gb_fn_memset32)(CUdeviceptr, unsigned, size_t, CUstream);
typedef CUresult (*gb_fn_i_pstream_u)(CUstream *, unsigned);
typedef CUresult (*gb_fn_i_stream)(CUstream);
typedef CUresult (*gb_fn_i_pmod_pv)(CUmodule *, const void *);
typedef CUresult (*gb_fn_i_mod)(CUmodule);
typedef CUresult (*gb_fn_i_pfn_mod_str)(CUfunction *, CUmodule, const char *);
typedef CUresult (*gb_fn_i_fn_i_i)(CUfunction, int, int);
typedef CUresult (*gb_fn_launch)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                                 unsigned, CUstream, void **, void **);
typedef CUresult (*gb_fn_i_pev_u)(CUevent *, unsigned);
typedef CUresult (*gb_fn_i_ev_stream)(CUevent, CUstream);
typedef CUresult (*gb_fn_i_ev)(CUevent);
typedef CUresult (*gb_fn_i_pf_ev_ev)(float *, CUevent, CUevent);
typedef CUresult (*gb_fn_i_stream_i)(CUstream, int);
typedef CUresult (*gb_fn_i_stream_pgraph)(CUstream, CUgraph *);
typedef CUresult (*gb_fn_i_pexec_graph_ull)(CUgraphExec *, CUgraph, unsigned long long);
typedef CUresult (*gb_fn_i_exec_stream)(CUgraphExec, CUstream);
typedef CUresult (*gb_fn_i_graph)(CUgraph);
typedef CUresult (*gb_fn_i_exec)(CUgraphExec);

static CUresult gb_call_u(void *f, unsigned a) { return ((gb_fn_i_u)f)(a); }
static CUresult gb_call_pi(void *f, int *a) { return ((gb_fn_i_pi)f)(a); }
static CUresult gb_call_pdev_i(void *f, CUdevice *d, int i) { return ((gb_fn_i_pdev_i)f)(d, i); }
static CUresult gb_call_name(void *f, char *s, int n, CUdevice d) { return ((gb_fn_i_str_i_dev)f)(s, n, d); }
static CUresult gb_call_attr(void *f, int *v, int a, CUdevice d) { return ((gb_fn_i_pi_i_dev)f)(v, a, d); }
static CUresult gb_call_totalmem(void *f, size_t *v, CUdevice d) { return ((gb_fn_i_psize_dev)f)(v, d); }
static CUresult gb_call_retain(void *f, CUcontext *c, CUdevice d) { return ((gb_fn_i_pctx_dev)f)(c, d); }
static CUresult gb_call_dev(void *f, CUdevice d) { return ((gb_fn_i_dev)f)(d); }
static CUresult gb_call_ctx(void *f, CUcontext c) { return ((gb_fn_i_ctx)f)(c); }
static CUresult gb_call_errstr(void *f, CUresult r, const char **s) { return ((gb_fn_i_i_ppc)f)(r, s); }
static CUresult gb_call_alloc(void *f, CUdeviceptr *p, size_t n) { return ((gb_fn_i_pdptr_size)f)(p, n); }
static CUresult gb_call_dptr(void *f, CUdeviceptr p) { return ((gb_fn_i_dptr)f)(p); }
static CUresult gb_call_hostalloc(void *f, void **p, size_t n) { return ((gb_fn_i_ppv_size)f)(p, n); }
static CUresult gb_call_pv(void *f, void *p) { return ((gb_fn_i_pv)f)(p); }
static CUresult gb_call_htod(void *f, CUdeviceptr d, const void *s, size_t n, CUstream st) { return ((gb_fn_htod)f)(d, s, n, st); }
static CUresult gb_call_dtoh(void *f, void *d, CUdeviceptr s, size_t n, CUstream st) { return ((gb_fn_dtoh)f)(d, s, n, st); }
static CUresult gb_call_dtod(void *f, CUdeviceptr d, CUdeviceptr s, size_t n, CUstream st) { return ((gb_fn_dtod)f)(d, s, n, st); }
static CUresult gb_call_memset32(void *f, CUdeviceptr d, unsigned v, size_t n, CUstream st) { return ((gb_fn_memset32)f)(d, v, n, st); }
static CUresult gb_call_streamcreate(void *f, CUstream *s, unsigned fl) { return ((gb_fn_i_pstream_u)f)(s, fl); }
static CUresult gb_call_stream(void *f, CUstream s) { return ((gb_fn_i_stream)f)(s); }
static CUresult gb_call_modload(void *f, CUmodule *m, const void *img) { return ((gb_fn_i_pmod_pv)f)(m, img); }
static CUresult gb_call_mod(void *f, CUmodule m) { return ((gb_fn_i_mod)f)(m); }
static CUresult gb_call_getfn(void *f, CUfunction *fn, CUmodule m, const char *n) { return ((gb_fn_i_pfn_mod_str)f)(fn, m, n); }
static CUresult gb_call_fnattr(void *f, CUfunction fn, int a, int v) { return ((gb_fn_i_fn_i_i)f)(fn, a, v); }
static CUresult gb_call_launch(void *f, CUfunction fn, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                               unsigned bz, unsigned shared, CUstream st, void **params) {
	return ((gb_fn_launch)f)(fn, gx, gy, gz, bx, by, bz, shared, st, params, NULL);
}
static CUresult gb_call_eventcreate(void *f, CUevent *e, unsigned fl) { return ((gb_fn_i_pev_u)f)(e, fl); }
static CUresult gb_call_eventrecord(void *f, CUevent e, CUstream s) { return ((gb_fn_i_ev_stream)f)(e, s); }
static CUresult gb_call_event(void *f, CUevent e) { return ((gb_fn_i_ev)f)(e); }
static CUresult gb_call_elapsed(void *f, float *ms, CUevent a, CUevent b) { return ((gb_fn_i_pf_ev_ev)f)(ms, a, b); }
static CUresult gb_call_begincapture(void *f, CUstream s, int mode) { return ((gb_fn_i_stream_i)f)(s, mode); }
static CUresult gb_call_endcapture(void *f, CUstream s, CUgraph *g) { return ((gb_fn_i_stream_pgraph)f)(s, g); }
static CUresult gb_call_instantiate(void *f, CUgraphExec *e, CUgraph g, unsigned long long fl) { return ((gb_fn_i_pexec_graph_ull)f)(e, g, fl); }
static CUresult gb_call_graphlaunch(void *f, CUgraphExec e, CUstream s) { return ((gb_fn_i_exec_stream)f)(e, s); }
static CUresult gb_call_graph(void *f, CUgraph g) { return ((gb_fn_i_graph)f)(g); }
static CUresult gb_call_exec(void *f, CUgraphExec e) { return ((gb_fn_i_exec)f)(e); }

// ---- NVRTC ----

typedef int nvrtcResult;
typedef void *nvrtcProgram;
typedef const char *(*gb_fn_nvrtc_errstr)(nvrtcResult);
typedef nvrtcResult (*gb_fn_nvrtc_version)(int *, int *);
typedef nvrtcResult (*gb_fn_nvrtc_create)(nvrtcProgram *, const char *, const char *, int, const char *const *,
                                          const char *const *);
typedef nvrtcResult (*gb_fn_nvrtc_compile)(nvrtcProgram, int, const char *const *);
typedef nvrtcResult (*gb_fn_nvrtc_size)(nvrtcProgram, size_t *);
typedef nvrtcResult (*gb_fn_nvrtc_get)(nvrtcProgram, char *);
typedef nvrtcResult (*gb_fn_nvrtc_destroy)(nvrtcProgram *);
typedef nvrtcResult (*gb_fn_nvrtc_pi)(int *);

static const char *gb_nvrtc_errstr(void *f, nvrtcResult r) { return ((gb_fn_nvrtc_errstr)f)(r); }
static nvrtcResult gb_nvrtc_version(void *f, int *a, int *b) { return ((gb_fn_nvrtc_version)f)(a, b); }
static nvrtcResult gb_nvrtc_create(void *f, nvrtcProgram *p, const char *src, const char *name) {
	return ((gb_fn_nvrtc_create)f)(p, src, name, 0, NULL, NULL);
}
static nvrtcResult gb_nvrtc_compile(void *f, nvrtcProgram p, int n, char **opts) {
	return ((gb_fn_nvrtc_compile)f)(p, n, (const char *const *)opts);
}
static nvrtcResult gb_nvrtc_size(void *f, nvrtcProgram p, size_t *n) { return ((gb_fn_nvrtc_size)f)(p, n); }
static nvrtcResult gb_nvrtc_get(void *f, nvrtcProgram p, char *b) { return ((gb_fn_nvrtc_get)f)(p, b); }
static nvrtcResult gb_nvrtc_destroy(void *f, nvrtcProgram *p) { return ((gb_fn_nvrtc_destroy)f)(p); }
static nvrtcResult gb_nvrtc_pi(void *f, int *v) { return ((gb_fn_nvrtc_pi)f)(v); }

// ---- cuBLAS ----

typedef int cublasStatus;
typedef void *cublasHandle;
typedef cublasStatus (*gb_fn_blas_create)(cublasHandle *);
typedef cublasStatus (*gb_fn_blas_handle)(cublasHandle);
typedef cublasStatus (*gb_fn_blas_stream)(cublasHandle, CUstream);
typedef cublasStatus (*gb_fn_blas_workspace)(cublasHandle, void *, size_t);
typedef cublasStatus (*gb_fn_blas_version)(cublasHandle, int *);
typedef cublasStatus (*gb_fn_blas_prop)(int, int *);
typedef const char *(*gb_fn_blas_statusstr)(cublasStatus);
typedef cublasStatus (*gb_fn_blas_gemmex)(cublasHandle, int, int, int, int, int, const void *, const void *, int, int,
                                          const void *, int, int, const void *, void *, int, int, int, int);
typedef cublasStatus (*gb_fn_blas_gemmbatched)(cublasHandle, int, int, int, int, int, const void *, const void *, int,
                                               int, long long, const void *, int, int, long long, const void *, void *,
                                               int, int, long long, int, int, int);
typedef cublasStatus (*gb_fn_blaslt_create)(void **);

static cublasStatus gb_blas_create(void *f, cublasHandle *h) { return ((gb_fn_blas_create)f)(h); }
static cublasStatus gb_blas_handle(void *f, cublasHandle h) { return ((gb_fn_blas_handle)f)(h); }
static cublasStatus gb_blas_stream(void *f, cublasHandle h, CUstream s) { return ((gb_fn_blas_stream)f)(h, s); }
static cublasStatus gb_blas_workspace(void *f, cublasHandle h, CUdeviceptr p, size_t n) {
	return ((gb_fn_blas_workspace)f)(h, (void *)p, n);
}
static cublasStatus gb_blas_version(void *f, cublasHandle h, int *v) { return ((gb_fn_blas_version)f)(h, v); }
static cublasStatus gb_blas_prop(void *f, int p, int *v) { return ((gb_fn_blas_prop)f)(p, v); }
static const char *gb_blas_statusstr(void *f, cublasStatus s) { return ((gb_fn_blas_statusstr)f)(s); }
// Scalars alpha and beta live on the host (the default pointer mode), so
// they are passed by value here and stay valid through the call, which is
// all cuBLAS needs of them (also under stream capture).
static cublasStatus gb_blas_gemmex(void *f, cublasHandle h, int ta, int tb, int m, int n, int k, float alpha,
                                   CUdeviceptr a, int at, int lda, CUdeviceptr b, int bt, int ldb, float beta,
                                   CUdeviceptr c, int ct, int ldc, int compute, int algo) {
	return ((gb_fn_blas_gemmex)f)(h, ta, tb, m, n, k, &alpha, (const void *)a, at, lda, (const void *)b, bt, ldb, &beta,
	                              (void *)c, ct, ldc, compute, algo);
}
static cublasStatus gb_blas_gemmbatched(void *f, cublasHandle h, int ta, int tb, int m, int n, int k, float alpha,
                                        CUdeviceptr a, int at, int lda, long long sa, CUdeviceptr b, int bt, int ldb,
                                        long long sb, float beta, CUdeviceptr c, int ct, int ldc, long long sc,
                                        int count, int compute, int algo) {
	return ((gb_fn_blas_gemmbatched)f)(h, ta, tb, m, n, k, &alpha, (const void *)a, at, lda, sa, (const void *)b, bt,
	                                   ldb, sb, &beta, (void *)c, ct, ldc, sc, count, compute, algo);
}
static cublasStatus gb_blaslt_create(void *f, void **h) { return ((gb_fn_blaslt_create)f)(h); }

#endif
