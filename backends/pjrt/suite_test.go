package pjrt

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
)

// TestSuiteOnEvaluator runs the whole conformance suite on this backend
// with the StableHLO evaluator as its device: the lowering, and the
// backend's uploads, donation and output decoding, held to the float64
// reference on every case (prefill, decode, mixed slots, forks through
// the CopyPrefix program, windows, GQA/MQA, both cache dtypes, bad steps).
func TestSuiteOnEvaluator(t *testing.T) {
	if testing.Short() {
		t.Skip("the evaluator runs the suite in about a minute")
	}
	be, _, err := newEvalBackend("", "")
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	backendtest.RunBackend(t, be, backendtest.Options{})
}
