package cpu_test

import (
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
)

func TestGoRegistered(t *testing.T) {
	be, err := backends.Open("go", backends.Options{Threads: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	if be.Name() != "go" {
		t.Fatalf("name %q", be.Name())
	}
	if _, err := backends.Open("go:nosuch=1", backends.Options{}); err == nil {
		t.Fatal("unknown option accepted")
	}
}
