//go:build cgo && linux

package cuda

/*
#cgo LDFLAGS: -ldl
#include "shim.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// dylib is one dlopen'd shared library. Handles are never closed: CUDA's
// libraries do not support being unloaded while a context lives, and a
// process loads each at most once per path.
type dylib struct {
	name string // "cuBLAS"
	path string // the file (or soname) that loaded
	h    unsafe.Pointer

	mu   sync.Mutex
	syms map[string]unsafe.Pointer
}

const errLen = 512

// dlopen loads path (a file, or a bare soname for the dynamic linker's own
// search). The error names the file and carries dlerror's text.
func dlopen(name, path string, global bool) (*dylib, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var ebuf [errLen]C.char
	g := C.int(0)
	if global {
		g = 1
	}
	h := C.gb_dlopen(cpath, g, &ebuf[0], errLen)
	if h == nil {
		return nil, fmt.Errorf("%s: dlopen %s: %s", name, path, C.GoString(&ebuf[0]))
	}
	return &dylib{name: name, path: path, h: h, syms: map[string]unsafe.Pointer{}}, nil
}

// sym resolves the first of names the library exports (versioned entry
// points first: cuMemAlloc_v2 before cuMemAlloc), caching the result, so
// that a missing symbol is an error of the call that needs it rather than
// of loading.
func (l *dylib) sym(names ...string) (unsafe.Pointer, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	key := names[0]
	if p, ok := l.syms[key]; ok {
		return p, nil
	}
	var why []string
	for _, n := range names {
		cn := C.CString(n)
		var ebuf [errLen]C.char
		p := C.gb_dlsym(l.h, cn, &ebuf[0], errLen)
		C.free(unsafe.Pointer(cn))
		if p != nil {
			l.syms[key] = p
			return p, nil
		}
		why = append(why, C.GoString(&ebuf[0]))
	}
	return nil, fmt.Errorf("%s (%s): no symbol %s: %s", l.name, l.path, strings.Join(names, " or "), strings.Join(why, "; "))
}

// mustSyms resolves several entry points at once, for the ones a feature
// cannot work without: the error lists every missing one.
func (l *dylib) mustSyms(names ...[]string) ([]unsafe.Pointer, error) {
	ps := make([]unsafe.Pointer, len(names))
	var errs []error
	for i, n := range names {
		p, err := l.sym(n...)
		if err != nil {
			errs = append(errs, err)
		}
		ps[i] = p
	}
	return ps, errors.Join(errs...)
}

// openFirst loads the first candidate that loads: the files Search found,
// then each soname through the dynamic linker's own search (its cache
// knows folders no list here does). The error says where it looked and
// why each file found failed.
func openFirst(lib Library, s Search, global bool) (*dylib, error) {
	files, searched := s.Find(lib)
	var failed []string
	for _, f := range files {
		l, err := dlopen(lib.Name, f, global)
		if err == nil {
			return l, nil
		}
		failed = append(failed, err.Error())
	}
	for _, n := range s.sonames(lib) {
		if l, err := dlopen(lib.Name, n, global); err == nil {
			return l, nil
		} else if len(files) > 0 {
			failed = append(failed, err.Error())
		}
	}
	return nil, notFound(lib, s, searched, failed)
}

// notFoundError is a library found nowhere. load merges several into one
// message, so that the folders searched are listed once.
type notFoundError struct {
	names    string // "libnvrtc.so.13/.12"
	searched []string
}

func (e *notFoundError) Error() string { return notFoundMessage([]string{e.names}, e.searched) }

func notFoundMessage(names, searched []string) string {
	where := "no folder"
	if len(searched) > 0 {
		where = strings.Join(searched, ", ")
	}
	return fmt.Sprintf("%s not found in: %s (nor by the dynamic linker; set %s, or gemma-bench --cuda-lib-dir)", strings.Join(names, ", "), where, LibDirEnv)
}

func notFound(lib Library, s Search, searched, failed []string) error {
	names := sonameList(s.sonames(lib))
	if len(failed) > 0 {
		return fmt.Errorf("%s found but not loadable: %s", names, strings.Join(failed, "; "))
	}
	return &notFoundError{names: names, searched: searched}
}
