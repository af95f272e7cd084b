//go:build !cgo || !linux

package cuda

import (
	"errors"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
)

func TestStubSaysNoCgo(t *testing.T) {
	if err := probe(); err == nil || !strings.Contains(err.Error(), "built without cgo") {
		t.Fatalf("probe = %v", err)
	}
	if _, err := backends.Open("cuda", backends.Options{}); !errors.Is(err, backends.ErrUnavailable) {
		t.Fatalf("Open = %v, want ErrUnavailable", err)
	}
}
