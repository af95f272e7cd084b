package gguf

import (
	"errors"
	"fmt"
)

// ErrUnsupportedType is wrapped by errors about tensors whose type is part
// of the format but not one gemma-bench computes with (see
// GGMLType.Supported). Open does not return it: such files open, and the
// loader that binds their tensors reports it.
var ErrUnsupportedType = errors.New("unsupported ggml type")

// Error is a format problem in a file, or a metadata value of the wrong
// type. At most one of Tensor and Key is set.
type Error struct {
	File   string // path of the file at fault
	Tensor string // tensor concerned, or ""
	Key    string // metadata key concerned, or ""
	Err    error
}

func (e *Error) Error() string {
	switch {
	case e.Tensor != "":
		return fmt.Sprintf("%s: tensor %q: %v", e.File, e.Tensor, e.Err)
	case e.Key != "":
		return fmt.Sprintf("%s: key %q: %v", e.File, e.Key, e.Err)
	}
	return e.File + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

func errorf(file, format string, args ...any) error {
	return &Error{File: file, Err: fmt.Errorf(format, args...)}
}

func keyErrorf(file, key, format string, args ...any) error {
	return &Error{File: file, Key: key, Err: fmt.Errorf(format, args...)}
}

func tensorErrorf(file, tensor, format string, args ...any) error {
	return &Error{File: file, Tensor: tensor, Err: fmt.Errorf(format, args...)}
}
