package lower_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// mlirOpt finds LLVM's mlir-opt: $GEMMA_BENCH_MLIR_OPT, $PATH, or a
// Debian llvm-N install (apt-get install mlir-19-tools).
func mlirOpt() string {
	if p := os.Getenv("GEMMA_BENCH_MLIR_OPT"); p != "" {
		return p
	}
	if p, err := exec.LookPath("mlir-opt"); err == nil {
		return p
	}
	m, _ := filepath.Glob("/usr/lib/llvm-*/bin/mlir-opt")
	sort.Strings(m)
	if len(m) > 0 {
		return m[len(m)-1]
	}
	return ""
}

// TestGoldenIsMLIR parses every golden module with MLIR's own parser
// (generic form, the stablehlo dialect unregistered): the text is
// well-formed MLIR, every value's uses agree with its type, regions and
// attributes are where MLIR expects them. It cannot run StableHLO's
// verifier (that needs a plugin or JAX); go-xla's builder infers and
// checks every op's result shape as the program is built.
func TestGoldenIsMLIR(t *testing.T) {
	opt := mlirOpt()
	if opt == "" {
		t.Skip("no mlir-opt here (apt-get install mlir-19-tools, or set GEMMA_BENCH_MLIR_OPT)")
	}
	files, _ := filepath.Glob("testdata/*.mlir")
	if len(files) == 0 {
		t.Fatal("no golden modules")
	}
	for _, f := range files {
		out, err := exec.Command(opt, "--allow-unregistered-dialect", f, "-o", os.DevNull).CombinedOutput()
		if err != nil {
			t.Errorf("%s: %v\n%s", f, err, out)
		}
	}
	t.Logf("%d modules parsed by %s", len(files), opt)
}
