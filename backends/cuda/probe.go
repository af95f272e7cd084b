//go:build cgo && linux

package cuda

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// errNotBuilt is Probe's answer on a machine with everything: until the
// executor has run the conformance suite on a GPU, the automatic choice
// must not pick a backend whose Open cannot yet run a graph.
var errNotBuilt = fmt.Errorf("the CUDA executor is not built yet (libraries, kernels and launch plan only; set %s=1 to try it)", ExperimentalEnv)

func probe() error {
	l, err := load(SearchFromEnv(""))
	if err != nil {
		return err
	}
	if !experimental() {
		return fmt.Errorf("%s; found %s", errNotBuilt, l.summary())
	}
	return nil
}

func details() string {
	l, err := load(SearchFromEnv(""))
	if err != nil {
		return err.Error()
	}
	return l.summary()
}

func open(o backends.Options) (backends.Backend, error) {
	opt, err := parseOptions(o.Extra)
	if err != nil {
		return nil, err
	}
	l, err := load(SearchFromEnv(opt.libDir))
	if err != nil {
		return nil, fmt.Errorf("cuda: %w: %w", backends.ErrUnavailable, err)
	}
	if opt.device >= len(l.devices) {
		return nil, fmt.Errorf("cuda: option device=%d, but this machine has %d device(s)", opt.device, len(l.devices))
	}
	return nil, fmt.Errorf("cuda: %w", errNotBuilt)
}
