package pjrt

import "github.com/gemma-bench/gemma-bench/backends"

// NewEvalBackend is newEvalBackend for the external tests (which import
// backendtest, and through it every backend, this one included).
func NewEvalBackend(math, mutation string) (backends.Backend, error) {
	b, _, err := newEvalBackend(math, mutation)
	return b, err
}
