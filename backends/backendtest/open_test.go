package backendtest_test

import (
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
)

func TestOpen(t *testing.T) {
	be := backendtest.Open(t)
	name, _, _ := strings.Cut(backendtest.Name(), ":")
	if be.Name() != name {
		t.Fatalf("Open gave backend %q, want %q", be.Name(), name)
	}
}

func TestOpenDefaultsToGo(t *testing.T) {
	t.Setenv(backendtest.TestBackendVar, "")
	if n := backendtest.Name(); n != "go" {
		t.Fatalf("Name() = %q with $%s unset, want go", n, backendtest.TestBackendVar)
	}
}
