package backends

import "fmt"

// DType is the storage format of a weight. Activations are always float32.
type DType uint8

const (
	F32 DType = iota + 1
	F16
	BF16
	// Q8_0 and Q4_0 are GGML's block formats (32 weights per block with one
	// f16 scale); reserved here so that MatMul can dispatch on them once the
	// quantised loaders land.
	Q8_0
	Q4_0
)

func (d DType) String() string {
	switch d {
	case F32:
		return "f32"
	case F16:
		return "f16"
	case BF16:
		return "bf16"
	case Q8_0:
		return "q8_0"
	case Q4_0:
		return "q4_0"
	}
	return fmt.Sprintf("DType(%d)", uint8(d))
}

// ParseDType accepts the names String returns (and their upper-case forms).
func ParseDType(s string) (DType, error) {
	for _, d := range []DType{F32, F16, BF16, Q8_0, Q4_0} {
		if s == d.String() || s == upper(d.String()) {
			return d, nil
		}
	}
	return 0, fmt.Errorf("unknown dtype %q (want f32, f16, bf16, q8_0 or q4_0)", s)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// RowBytes is the storage size of n consecutive weights of this type.
// Block formats need n to be a multiple of their block size.
func (d DType) RowBytes(n int) int64 {
	switch d {
	case F32:
		return 4 * int64(n)
	case F16, BF16:
		return 2 * int64(n)
	case Q8_0:
		return int64(n/32) * 34
	case Q4_0:
		return int64(n/32) * 18
	}
	return 0
}
