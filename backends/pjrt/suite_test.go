package pjrt_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/backends/pjrt"
)

// TestSuiteOnEvaluator runs the whole conformance suite on this backend
// with the StableHLO evaluator as its device: the lowering, and the
// backend's uploads, donation and output decoding, held to the float64
// reference on every case (prefill, decode, mixed slots, forks through
// the CopyPrefix program, windows, GQA/MQA, both cache dtypes, bad steps).
func TestSuiteOnEvaluator(t *testing.T) {
	if testing.Short() {
		t.Skip("the evaluator runs the suite in about 40 s")
	}
	be, err := pjrt.NewEvalBackend("", "")
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	backendtest.RunBackend(t, be, backendtest.Options{})
}

// TestSuiteOnEvaluatorFast: the same with math=fast (activations narrowed
// to 16-bit weights' dtype before their products), under the suite's
// 1e-2 tolerance for those weights.
func TestSuiteOnEvaluatorFast(t *testing.T) {
	if testing.Short() {
		t.Skip("the evaluator runs the suite in about 40 s")
	}
	be, err := pjrt.NewEvalBackend("math=fast", "")
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	backendtest.RunBackend(t, be, backendtest.Options{})
}

// TestSuiteCatchesBrokenLowering: the suite itself, not only the model
// comparison, fails a lowering with RoPE rotated the wrong way.
func TestSuiteCatchesBrokenLowering(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the suite on the evaluator")
	}
	be, err := pjrt.NewEvalBackend("", "rope-sign")
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	fails := backendtest.Check(be, backendtest.Options{})
	if len(fails) == 0 {
		t.Fatal("the conformance suite passed a lowering whose RoPE rotates the wrong way")
	}
	t.Logf("%d failures, in %v; first: %v", len(fails), backendtest.FailedCases(fails), fails[0])
}
