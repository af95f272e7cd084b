package backends

import "fmt"

// DType is the storage format of a weight. Activations are always float32.
type DType uint8

const (
	F32 DType = iota + 1
	F16
	BF16
	// Q8_0 and Q4_0 are GGML's block formats, 32 weights per block along
	// a row. Q8_0: an f16 scale d then 32 int8 q; weight = d·q (34 bytes).
	// Q4_0: an f16 scale d then 16 bytes whose low nibbles are weights
	// 0–15 and high nibbles 16–31; weight = d·(nibble−8) (18 bytes).
	// MatMul and Embed accept them; norms must be a float type.
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

// BlockSize is how many weights share one block: 32 for the GGML block
// formats, 1 otherwise.
func (d DType) BlockSize() int {
	if d == Q8_0 || d == Q4_0 {
		return 32
	}
	return 1
}

// Size is the bytes of one element of a scalar type (F32, F16, BF16), 0
// for block formats and unknown types.
func (d DType) Size() int64 {
	switch d {
	case F32:
		return 4
	case F16, BF16:
		return 2
	}
	return 0
}

// Bytes is the storage size of n consecutive weights of this type, or an
// error when n is negative, not a whole number of blocks, or the type is
// unknown: a silent truncation here would let a short tensor through.
func (d DType) Bytes(n int) (int64, error) {
	if n < 0 {
		return 0, fmt.Errorf("%d %s values", n, d)
	}
	switch d {
	case F32, F16, BF16:
		return d.Size() * int64(n), nil
	case Q8_0, Q4_0:
		if n%32 != 0 {
			return 0, fmt.Errorf("%d %s values: not a whole number of 32-value blocks", n, d)
		}
		per := int64(34)
		if d == Q4_0 {
			per = 18
		}
		return int64(n/32) * per, nil
	}
	return 0, fmt.Errorf("unknown dtype %s", d)
}

// RowBytes is Bytes for a count already known to be valid (checked by
// Graph.Validate or a loader); it panics otherwise, as an index out of
// range would.
func (d DType) RowBytes(n int) int64 {
	b, err := d.Bytes(n)
	if err != nil {
		panic("backends: " + err.Error())
	}
	return b
}
