package pjrt

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gemma-bench/gemma-bench/internal/pysite"
)

// PluginEnv names the environment variable that gives the plugin's path
// when the spec has no plugin= option.
const PluginEnv = "GEMMA_BENCH_PJRT_PLUGIN"

// pluginFiles are the plugins discovery looks for inside a Python
// site-packages folder, most preferred first: XLA's CUDA plugins as JAX's
// pip wheels install them (loaded in place, where they find their NVIDIA
// libraries relative to themselves), then Cloud TPU's libtpu.
var pluginFiles = []string{
	"jax_plugins/xla_cuda13/xla_cuda_plugin.so",
	"jax_plugins/xla_cuda12/xla_cuda_plugin.so",
	"libtpu/libtpu.so",
}

// Search says where to look for a plugin. SearchFromEnv fills it from the
// process environment; tests fill it with a fake tree.
type Search struct {
	Option string // the plugin= option: used as given, never searched past
	Env    string // $GEMMA_BENCH_PJRT_PLUGIN: likewise
	// Python environments whose site-packages may hold the plugins.
	VirtualEnv, CondaPrefix, Home, PythonPath string
	// Root prefixes the system folders (/usr/lib/python3*, /opt/conda):
	// "" on a real machine.
	Root string
}

// SearchFromEnv is this process's search with the plugin= option.
func SearchFromEnv(option string) Search {
	py := pysite.FromEnviron()
	return Search{Option: option, Env: os.Getenv(PluginEnv),
		VirtualEnv: py.VirtualEnv, CondaPrefix: py.CondaPrefix, Home: py.Home, PythonPath: py.PythonPath}
}

// Found is a plugin discovery chose, and how.
type Found struct {
	Path string
	How  string // "option plugin=", "$GEMMA_BENCH_PJRT_PLUGIN", "site-packages"
}

// Find chooses the plugin: the option, else the environment variable
// (either must name an existing file: a wrong explicit path is an error,
// not a reason to load some other plugin), else the first of pluginFiles
// in the site-packages folders. The error says everything it tried.
func (s Search) Find() (Found, error) {
	for _, c := range []struct{ path, how string }{{s.Option, "option plugin="}, {s.Env, "$" + PluginEnv}} {
		if c.path == "" {
			continue
		}
		abs, err := filepath.Abs(c.path)
		if err != nil {
			return Found{}, fmt.Errorf("pjrt: plugin %q (%s): %w", c.path, c.how, err)
		}
		if st, err := os.Stat(abs); err != nil {
			return Found{}, fmt.Errorf("pjrt: plugin %s (%s): %w", abs, c.how, err)
		} else if st.IsDir() {
			return Found{}, fmt.Errorf("pjrt: plugin %s (%s) is a folder, want the .so file", abs, c.how)
		}
		return Found{Path: abs, How: c.how}, nil
	}
	dirs := pysite.Env{VirtualEnv: s.VirtualEnv, CondaPrefix: s.CondaPrefix, Home: s.Home, PythonPath: s.PythonPath, Root: s.Root}.Dirs()
	for _, f := range pluginFiles {
		for _, d := range dirs {
			p := filepath.Join(d, f)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				abs, err := filepath.Abs(p)
				if err != nil {
					return Found{}, fmt.Errorf("pjrt: plugin %s: %w", p, err)
				}
				return Found{Path: abs, How: "site-packages"}, nil
			}
		}
	}
	where := "no site-packages folder found"
	if len(dirs) > 0 {
		where = "searched " + strings.Join(dirs, ", ")
	}
	return Found{}, fmt.Errorf("pjrt: no PJRT plugin: give plugin=PATH or $%s, or install jax[cuda13] or libtpu (%s for %s)",
		PluginEnv, where, strings.Join(pluginFiles, ", "))
}
