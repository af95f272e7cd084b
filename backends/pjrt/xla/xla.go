// Package xla is the project's one adapter over go-xla's PJRT bindings
// (github.com/gomlx/go-xla/pkg/pjrt): load a plugin by path, make a
// client, compile StableHLO text, move buffers, execute with donation.
// Everything else in backends/pjrt speaks only to this package, so that
// the churn of go-xla's API touches one file. It never imports go-xla's
// installer (which downloads plugins): plugins are found by the caller.
//
// The cgo half builds on linux with cgo (go-xla's pjrt package dlopens
// the plugin and needs only -ldl); elsewhere every call returns ErrNoCgo.
package xla

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

// HeaderMajor and HeaderMinor are the PJRT C API version of the header
// go-xla v0.1.4 compiles against (PJRT_API_MAJOR/MINOR in its
// pkg/pjrt/pjrt_c_api.h). A plugin reports its own; a newer minor is
// expected to work (the C API only appends), another major is not.
const (
	HeaderMajor = 0
	HeaderMinor = 83
)

// ErrNoCgo is returned by every call of a build without cgo on linux.
var ErrNoCgo = fmt.Errorf("built without cgo for %s/%s (PJRT needs CGO_ENABLED=1 on linux to dlopen a plugin)", runtime.GOOS, runtime.GOARCH)

// ErrClosed is returned by calls on a closed client, executable or buffer.
var ErrClosed = errors.New("xla: closed")

// ClientOption converts a "key=value" backend option into the typed value
// a PJRT client create option carries: booleans and integers as such
// (preallocate=false, memory_fraction is a float), anything else a string.
func ClientOption(v string) any {
	switch v {
	case "true":
		return true
	case "false":
		return false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return n
	}
	if f, err := strconv.ParseFloat(v, 32); err == nil {
		return float32(f)
	}
	return v
}
