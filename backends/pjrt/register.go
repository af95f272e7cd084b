package pjrt

import (
	"fmt"
	"os"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/xla"
)

func init() {
	backends.Register(backends.Registration{
		Name:        "pjrt",
		Description: "each step one StableHLO program on a PJRT plugin (XLA GPU, TPU), loaded at run time",
		Priority:    15,
		Probe:       probe,
		Details:     details,
		Open:        open,
	})
}

// ExperimentalEnv, set to 1, lets Probe pass once a plugin is found. No
// run on a real plugin has validated this backend yet, so the automatic
// choice must not pick it for anyone who did not ask.
const ExperimentalEnv = "GEMMA_BENCH_PJRT_EXPERIMENTAL"

func experimental() bool { return os.Getenv(ExperimentalEnv) == "1" }

// probe is cheap: it finds the plugin file but does not load it. The
// registry calls it without the spec's options, so a plugin= option
// alone does not satisfy it: set $GEMMA_BENCH_PJRT_PLUGIN as well (or
// have the plugin where discovery finds it).
func probe() error {
	if !xla.Available {
		return xla.ErrNoCgo
	}
	f, err := SearchFromEnv("").Find()
	if !experimental() {
		found := "no plugin found"
		if err == nil {
			found = "found " + f.Path
		}
		return fmt.Errorf("pjrt: not yet validated on a plugin (%s); set %s=1 to use it", found, ExperimentalEnv)
	}
	return err
}

// details loads the plugin discovery finds, to report its PJRT C API
// version next to the one go-xla's header was written for.
func details() string {
	if !xla.Available {
		return xla.ErrNoCgo.Error()
	}
	f, err := SearchFromEnv("").Find()
	if err != nil {
		return err.Error()
	}
	p, err := xla.Load(f.Path)
	if err != nil {
		return fmt.Sprintf("%s (%s): %v", f.Path, f.How, err)
	}
	major, minor := p.Version()
	return fmt.Sprintf("%s (%s), PJRT C API %d.%d (go-xla header %d.%d%s)", f.Path, f.How, major, minor,
		xla.HeaderMajor, xla.HeaderMinor, versionNote(major, minor))
}

// versionNote says what a plugin's API version means next to the header's.
func versionNote(major, minor int) string {
	switch {
	case major != xla.HeaderMajor:
		return ": incompatible major version"
	case minor < xla.HeaderMinor:
		return ": plugin older than the header, calls it lacks fail"
	case minor > xla.HeaderMinor:
		return ": plugin newer, compatible"
	}
	return ": same"
}

func open(o backends.Options) (backends.Backend, error) {
	opt, err := parseOptions(o.Extra)
	if err != nil {
		return nil, err
	}
	f, err := SearchFromEnv(opt.plugin).Find()
	if err != nil {
		return nil, fmt.Errorf("pjrt: %w: %w", backends.ErrUnavailable, err)
	}
	p, err := xla.Load(f.Path)
	if err != nil {
		return nil, fmt.Errorf("pjrt: %w: %w", backends.ErrUnavailable, err)
	}
	major, minor := p.Version()
	if major != xla.HeaderMajor {
		return nil, fmt.Errorf("pjrt: %w: plugin %s has PJRT C API %d.%d, go-xla's header is %d.%d", backends.ErrUnavailable,
			f.Path, major, minor, xla.HeaderMajor, xla.HeaderMinor)
	}
	c, err := p.NewClient(opt.client)
	if err != nil {
		return nil, fmt.Errorf("pjrt: %w: %w", backends.ErrUnavailable, err)
	}
	dev := xlaDevice{c}
	return newBackend(dev, opt, settingsOf(f, major, minor, dev.Describe(), opt.client)), nil
}
