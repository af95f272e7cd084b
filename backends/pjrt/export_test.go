package pjrt

import "github.com/gemma-bench/gemma-bench/backends"

// NewEvalBackend is newEvalBackend for the external tests (which import
// backendtest, and through it every backend, this one included): the
// backend with options spec ("math=fast,attention=masked") over the
// StableHLO evaluator.
func NewEvalBackend(spec, mutation string) (backends.Backend, error) {
	b, _, err := newEvalBackend(spec, mutation)
	return b, err
}
