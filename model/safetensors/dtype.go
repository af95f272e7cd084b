package safetensors

import (
	"errors"
	"fmt"
	"strings"
)

// DType is the element type of a tensor, as spelled in the header.
type DType uint8

// The supported element types.
const (
	F32 DType = iota + 1
	F16
	BF16

	// The rest are part of the format but not supported by gemma-bench; they
	// are named so that errors can say "unsupported dtype I64" rather than
	// "unknown dtype".
	F64
	I64
	U64
	I32
	U32
	I16
	U16
	I8
	U8
	BOOL
	F8_E4M3
	F8_E5M2
	F8_E8M0

	numDTypes
)

var dtypeNames = [numDTypes]string{
	F32: "F32", F16: "F16", BF16: "BF16",
	F64: "F64", I64: "I64", U64: "U64", I32: "I32", U32: "U32",
	I16: "I16", U16: "U16", I8: "I8", U8: "U8", BOOL: "BOOL",
	F8_E4M3: "F8_E4M3", F8_E5M2: "F8_E5M2", F8_E8M0: "F8_E8M0",
}

var dtypeSizes = [numDTypes]int{
	F32: 4, F16: 2, BF16: 2,
	F64: 8, I64: 8, U64: 8, I32: 4, U32: 4,
	I16: 2, U16: 2, I8: 1, U8: 1, BOOL: 1,
	F8_E4M3: 1, F8_E5M2: 1, F8_E8M0: 1,
}

// ErrUnsupportedDType is wrapped by errors about tensors whose dtype is part
// of the safetensors format but not one of F32, F16, BF16.
var ErrUnsupportedDType = errors.New("unsupported dtype")

// String returns the header spelling, e.g. "BF16".
func (d DType) String() string {
	if d > 0 && d < numDTypes {
		return dtypeNames[d]
	}
	return fmt.Sprintf("DType(%d)", uint8(d))
}

// Size returns the size of one element in bytes, or 0 for an invalid DType.
func (d DType) Size() int {
	if d > 0 && d < numDTypes {
		return dtypeSizes[d]
	}
	return 0
}

// Supported reports whether tensors of this dtype can be read and written.
func (d DType) Supported() bool {
	return d == F32 || d == F16 || d == BF16
}

// ParseDType looks up a dtype by name, ignoring case so that command-line
// spellings like "bf16" work. It returns unsupported-but-known dtypes without
// error; check Supported.
func ParseDType(s string) (DType, error) {
	for d := DType(1); d < numDTypes; d++ {
		if strings.EqualFold(s, dtypeNames[d]) {
			return d, nil
		}
	}
	return 0, fmt.Errorf("unknown dtype %q", s)
}

// checkSupported returns nil for the supported dtypes and an error wrapping
// ErrUnsupportedDType otherwise.
func (d DType) checkSupported() error {
	if d.Supported() {
		return nil
	}
	return fmt.Errorf("%w %s (supported: F32, F16, BF16)", ErrUnsupportedDType, d)
}

// Error is a format problem in a file or checkpoint index.
type Error struct {
	File   string // path of the file at fault
	Tensor string // tensor concerned, or "" when the problem is not one tensor's
	Err    error
}

func (e *Error) Error() string {
	if e.Tensor != "" {
		return fmt.Sprintf("%s: tensor %q: %v", e.File, e.Tensor, e.Err)
	}
	return e.File + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

func errorf(file, tensor, format string, args ...any) error {
	return &Error{File: file, Tensor: tensor, Err: fmt.Errorf(format, args...)}
}
