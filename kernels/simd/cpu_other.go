//go:build !amd64

package simd

import "errors"

func hasAVX2() bool          { return false }
func hasAVX512() bool        { return false }
func missingAVX512() string  { return "not an amd64 CPU" }
func hasAVXVNNI() bool       { return false }
func missingAVXVNNI() string { return "not an amd64 CPU" }

func amxReady() error { return errors.New("not an amd64 CPU") }

func amxBF16(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int) {
	panic("simd: no AMX on this architecture")
}
