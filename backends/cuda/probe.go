//go:build cgo && linux

package cuda

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/backends"
)

// errUnverified is Probe's answer on a machine with everything: until the
// executor has passed the conformance suite on a real GPU (it has run only
// over the emulated device in CI), neither the automatic choice nor a
// plain --backend cuda may use it; scripts/gpu-check.sh sets the variable.
var errUnverified = fmt.Errorf("the CUDA executor has not yet passed conformance on a real GPU (set %s=1 to use it)", ExperimentalEnv)

func probe() error {
	l, err := load(SearchFromEnv(""))
	if err != nil {
		return err
	}
	if !experimental() {
		return fmt.Errorf("%s; found %s", errUnverified, l.summary())
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
	g, err := newGPU(l, opt.device, !opt.noGraphs)
	if err != nil {
		return nil, err
	}
	return newBackend(g, g.settings()), nil
}
