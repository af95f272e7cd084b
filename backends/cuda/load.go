//go:build cgo && linux

package cuda

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// libs is everything the backend loads, once per search (a process
// normally has one: the environment's, or a lib-dir option's).
type libs struct {
	search        Search
	drv           *driver
	driverVersion int // 1000·major + 10·minor
	devices       []Device
	nvrtc         *nvrtc
	nvrtcMajor    int
	nvrtcMinor    int
	blas          *cublas
	blasVersion   string
}

var (
	loadMu sync.Mutex
	loaded = map[string]*loadResult{}
)

type loadResult struct {
	l   *libs
	err error
}

// load finds and loads the driver, NVRTC and cuBLAS, checks that a device
// is there, and remembers the outcome: probing twice costs nothing, and
// libraries are never loaded twice. The error names every missing piece.
func load(s Search) (*libs, error) {
	key := fmt.Sprintf("%#v", s)
	loadMu.Lock()
	defer loadMu.Unlock()
	if r, ok := loaded[key]; ok {
		return r.l, r.err
	}
	l, err := loadUncached(s)
	loaded[key] = &loadResult{l, err}
	return l, err
}

func loadUncached(s Search) (*libs, error) {
	l := &libs{search: s}
	var missing []string
	var absent []*notFoundError
	note := func(err error) {
		var nf *notFoundError
		if errors.As(err, &nf) {
			absent = append(absent, nf)
		} else {
			missing = append(missing, err.Error())
		}
	}
	cudaLib, err := openFirst(libCUDA, s, false)
	if err != nil {
		note(err)
	} else {
		l.drv = &driver{lib: cudaLib}
		if err := l.initDriver(); err != nil {
			missing = append(missing, err.Error())
		} else {
			// Libraries newer than the driver's CUDA would fail in
			// their first call: skip them in the search.
			s.MaxMajor = l.driverVersion / 1000
		}
	}
	if l.nvrtc, err = loadNVRTC(s); err != nil {
		note(err)
	} else if l.nvrtcMajor, l.nvrtcMinor, err = l.nvrtc.version(); err != nil {
		note(err)
	}
	if l.blas, err = loadCUBLAS(s); err != nil {
		note(err)
	} else if l.blasVersion, err = l.blas.version(); err != nil {
		note(err)
	}
	if len(absent) > 0 {
		// One list of folders for every library found nowhere (they
		// share the search; the driver's list is the shortest).
		var names []string
		searched := absent[0].searched
		for _, a := range absent {
			names = append(names, a.names)
			if len(a.searched) > len(searched) {
				searched = a.searched
			}
		}
		missing = append([]string{notFoundMessage(names, searched)}, missing...)
	}
	if len(missing) > 0 {
		return nil, errors.New(strings.Join(missing, "; "))
	}
	return l, nil
}

func (l *libs) initDriver() error {
	if err := l.drv.init(); err != nil {
		return fmt.Errorf("%s (%s): %w", libCUDA.Name, l.drv.lib.path, err)
	}
	v, err := l.drv.version()
	if err != nil {
		return err
	}
	l.driverVersion = v
	n, err := l.drv.deviceCount()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("no CUDA device (cuDeviceGetCount=0)")
	}
	for i := range n {
		dv, err := l.drv.device(i)
		if err != nil {
			return fmt.Errorf("device %d: %w", i, err)
		}
		l.devices = append(l.devices, dv)
	}
	return nil
}

// summary is one line for `gemma-bench backends`.
func (l *libs) summary() string {
	var devs []string
	for _, d := range l.devices {
		devs = append(devs, fmt.Sprintf("%d: %s (%s, %d SMs, %.1f GiB)", d.Index, d.Name, d.Arch(), d.Multiprocessors, float64(d.MemoryBytes)/(1<<30)))
	}
	return fmt.Sprintf("devices %s; driver CUDA %d.%d (%s); NVRTC %d.%d (%s); cuBLAS %s (%s)",
		strings.Join(devs, ", "), l.driverVersion/1000, l.driverVersion%1000/10, l.drv.lib.path,
		l.nvrtcMajor, l.nvrtcMinor, l.nvrtc.lib.path, l.blasVersion, l.blas.lib.path)
}
