package pjrt_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/pjrt"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/xla"
)

// TestNeverChosenUnasked: without the experimental switch (or without cgo)
// Probe fails with a reason, so the automatic choice skips pjrt, and
// naming it is ErrUnavailable, not a crash.
func TestNeverChosenUnasked(t *testing.T) {
	t.Setenv(pjrt.ExperimentalEnv, "")
	var reg *backends.Registration
	for _, r := range backends.Registered() {
		if r.Name == "pjrt" {
			reg = &r
		}
	}
	if reg == nil {
		t.Fatal("pjrt is not registered (backends/all)")
	}
	err := reg.Probe()
	switch {
	case err == nil:
		t.Fatal("Probe passed without " + pjrt.ExperimentalEnv)
	case !xla.Available && !strings.Contains(err.Error(), "built without cgo"):
		t.Fatalf("Probe = %v, want the missing cgo named", err)
	case xla.Available && !strings.Contains(err.Error(), pjrt.ExperimentalEnv):
		t.Fatalf("Probe = %v, want the switch named", err)
	}
	if best, err := backends.Best(); err == nil && best.Name == "pjrt" {
		t.Fatal("the automatic choice picked pjrt")
	}
	if _, err := backends.Open("pjrt", backends.Options{}); !errors.Is(err, backends.ErrUnavailable) {
		t.Fatalf("Open = %v, want ErrUnavailable", err)
	}
	if d := reg.Details(); d == "" {
		t.Fatal("Details says nothing")
	}
}

// TestOpenWithoutPlugin: switched on but with no plugin anywhere, Open
// says what it searched.
func TestOpenWithoutPlugin(t *testing.T) {
	if !xla.Available {
		t.Skip("without cgo Probe already refuses (TestNeverChosenUnasked)")
	}
	if _, err := pjrt.SearchFromEnv("").Find(); err == nil {
		t.Skip("this machine has a plugin")
	}
	t.Setenv(pjrt.ExperimentalEnv, "1")
	_, err := backends.Open("pjrt", backends.Options{})
	if !errors.Is(err, backends.ErrUnavailable) || !strings.Contains(err.Error(), "no PJRT plugin") {
		t.Fatalf("Open = %v", err)
	}
	_, err = backends.Open("pjrt:plugin=/nonexistent/xla_cuda_plugin.so", backends.Options{})
	if err == nil {
		t.Fatal("opened a missing plugin")
	}
}
