//go:build !cgo || !linux

package cuda

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/gemma-bench/gemma-bench/backends"
)

// errNoCgo is why this build cannot run CUDA: the backend dlopens its
// libraries through cgo, on Linux.
var errNoCgo = fmt.Errorf("built without cgo for %s/%s (build with CGO_ENABLED=1 on linux to dlopen libcuda.so.1)", runtime.GOOS, runtime.GOARCH)

func probe() error { return errNoCgo }

func details() string { return errNoCgo.Error() }

func open(o backends.Options) (backends.Backend, error) {
	if _, err := parseOptions(o.Extra); err != nil {
		return nil, err
	}
	return nil, errors.Join(backends.ErrUnavailable, errNoCgo)
}
