package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNightlyScript runs scripts/nightly.sh twice into one local store,
// with this test binary standing in for gemma-bench: the first night has
// no baseline and becomes the good one, the second is compared with it;
// a night whose run fails exits 2.
func TestNightlyScript(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the nightly script runs the CLI a dozen times")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash: scripts/nightly.sh is a bash script")
	}
	mdir := tinyModelDir(t)
	tmp := t.TempDir()
	wrapper := filepath.Join(tmp, "gemma-bench")
	body := fmt.Sprintf("#!%s\nIFS=$'\\x1f'\n%s=\"$*\" exec %q -test.run='^$'\n", bash, childArgs, os.Args[0])
	if err := os.WriteFile(wrapper, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs("../../scripts/nightly.sh")
	if err != nil {
		t.Fatal(err)
	}
	st := filepath.Join(tmp, "store")
	night := func(stamp, models string) (string, int) {
		out := filepath.Join(tmp, "out-"+stamp)
		cmd := exec.Command(bash, script)
		cmd.Env = append(os.Environ(), "STORE="+st, "MODELS="+models, "BACKENDS=go", "TASKS=arith", "LIMIT=4", "SHOTS=0",
			"BENCH=-p 8 -n 2 -r 2 --warmup 0 -t 1", "FAIL_ON=acc<-2pt", "BENCH_FAIL_ON=tg2<-90%", "OUT="+out, "BIN="+wrapper, "STAMP="+stamp, "GITHUB_STEP_SUMMARY=")
		b, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		summary, _ := os.ReadFile(filepath.Join(out, "summary.md"))
		t.Logf("night %s: exit %d\n%s", stamp, code, b)
		return string(summary), code
	}
	sum, code := night("20260101-000000", mdir)
	if code != 0 || !strings.Contains(sum, "No good baseline") {
		t.Fatalf("first night: exit %d\n%s", code, sum)
	}
	sum, code = night("20260102-000000", mdir)
	if code != 0 || !strings.Contains(sum, "vs nightly-eval-") || !strings.Contains(sum, "vs nightly-bench-") || !strings.Contains(sum, "### gemma-bench compare") {
		t.Fatalf("second night: exit %d\n%s", code, sum)
	}
	if !strings.Contains(sum, "20260101-000000") {
		t.Errorf("second night not compared with the first:\n%s", sum)
	}
	out, err := cli(bg, "store", "ls", st)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "good"); n != 4 {
		t.Errorf("%d runs marked good, want 4 (eval and bench, two nights):\n%s", n, out)
	}
	if _, err := os.Stat(filepath.Join(tmp, "out-20260102-000000", "report")); err != nil {
		t.Errorf("no report: %v", err)
	}
	if _, code := night("20260103-000000", filepath.Join(tmp, "no-such-model")); code != 2 {
		t.Errorf("a night whose run fails: exit %d, want 2", code)
	}
}
