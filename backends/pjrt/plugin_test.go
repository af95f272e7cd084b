package pjrt_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/backends/pjrt"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/xla"
)

// The tests below need a real PJRT plugin: $GEMMA_BENCH_PJRT_PLUGIN, or
// one discovery finds in a Python site-packages. Without one they skip,
// saying why. On the GPU machine: conformance on the plugin, the tiny
// models against go, and the plugin's API version.

func pluginOrSkip(t *testing.T) pjrt.Found {
	t.Helper()
	if !xla.Available {
		t.Skipf("no plugin can load: %v", xla.ErrNoCgo)
	}
	f, err := pjrt.SearchFromEnv("").Find()
	if err != nil {
		t.Skipf("no PJRT plugin here: %v", err)
	}
	return f
}

// openPlugin opens a pjrt spec with preallocate=false: XLA's GPU client
// otherwise takes 75% of the device, and the tests open one client after
// another. The caller closes it.
func openPlugin(t *testing.T, spec string) backends.Backend {
	t.Helper()
	pluginOrSkip(t)
	t.Setenv(pjrt.ExperimentalEnv, "1")
	sep := ":"
	if strings.Contains(spec, ":") {
		sep = ","
	}
	be, err := backends.Open(spec+sep+"preallocate=false", backends.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %v", spec, backends.SettingsOf(be))
	return be
}

func TestPluginVersion(t *testing.T) {
	f := pluginOrSkip(t)
	p, err := xla.Load(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	major, minor := p.Version()
	t.Logf("plugin %s (%s): PJRT C API %d.%d; go-xla v0.1.4 header %d.%d", f.Path, f.How, major, minor, xla.HeaderMajor, xla.HeaderMinor)
	if major != xla.HeaderMajor {
		t.Fatalf("plugin major version %d, header %d", major, xla.HeaderMajor)
	}
}

func TestPluginSuite(t *testing.T) {
	be := openPlugin(t, "pjrt")
	defer be.Close()
	backendtest.RunBackend(t, be, backendtest.Options{})
}

func TestPluginTinyModels(t *testing.T) {
	models := append(tinyModels(t), synthF32(t))
	for _, mode := range []string{"math=exact", "math=fast", "attention=masked", "attention=gathered"} {
		be := openPlugin(t, "pjrt:"+mode)
		defer be.Close() // also on a fatal subtest
		for _, nm := range models {
			for _, kv := range []backends.DType{backends.F32, backends.BF16} {
				t.Run(fmt.Sprintf("%s/kv=%s/%s", nm.Name, kv, mode), func(t *testing.T) {
					rtol := 1e-4
					if mode == "math=fast" {
						rtol = 5e-2
					}
					if kv == backends.BF16 {
						rtol += 5e-3
					}
					errs, worst, err := compareModel(t.Context(), be, nm.M, kv, rtol)
					if err != nil {
						t.Fatal(err)
					}
					for _, e := range errs {
						t.Error(e)
					}
					t.Logf("max |Δlogit| / max|logit| = %.2g (bound %.0e)", worst, rtol)
				})
			}
		}
		be.Close() // one client at a time
	}
}
