//go:build !amd64

package simd

func hasAVX2() bool          { return false }
func hasAVX512() bool        { return false }
func missingAVX512() string  { return "not an amd64 CPU" }
func hasAVXVNNI() bool       { return false }
func missingAVXVNNI() string { return "not an amd64 CPU" }
