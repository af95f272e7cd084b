package cpu_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	_ "github.com/gemma-bench/gemma-bench/backends/cpu"
)

// The go backend against itself with other threading: chunking must not
// change results beyond float32 reassociation (none: chunks split outputs).
func TestConformance(t *testing.T) {
	backendtest.Run(t, "go", backendtest.Tolerance{ATol: 0, RTol: 1e-6})
}
