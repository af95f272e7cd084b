package pjrt

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
	return Search{
		Option: option, Env: os.Getenv(PluginEnv),
		VirtualEnv: os.Getenv("VIRTUAL_ENV"), CondaPrefix: os.Getenv("CONDA_PREFIX"),
		Home: os.Getenv("HOME"), PythonPath: os.Getenv("PYTHONPATH"),
	}
}

// Found is a plugin discovery chose, and how.
type Found struct {
	Path string
	How  string // "option plugin=", "$GEMMA_BENCH_PJRT_PLUGIN", "site-packages"
}

// sitePackages lists the candidate site-packages folders, the active
// environments first.
func (s Search) sitePackages() []string {
	var dirs []string
	add := func(globs ...string) {
		for _, g := range globs {
			m, _ := filepath.Glob(g)
			sort.Sort(sort.Reverse(sort.StringSlice(m))) // python3.12 before python3.10
			dirs = append(dirs, m...)
		}
	}
	for _, p := range strings.Split(s.PythonPath, ":") {
		if p = strings.TrimSpace(p); p != "" {
			dirs = append(dirs, p)
		}
	}
	for _, env := range []string{s.VirtualEnv, s.CondaPrefix} {
		if env != "" {
			add(env + "/lib/python3*/site-packages")
		}
	}
	if s.Home != "" {
		add(s.Home+"/.local/lib/python3*/site-packages", s.Home+"/.pyenv/versions/*/lib/python3*/site-packages")
	}
	for _, prefix := range []string{"/usr/local/lib", "/usr/lib", "/opt/conda/lib"} {
		add(s.Root+prefix+"/python3*/site-packages", s.Root+prefix+"/python3*/dist-packages", s.Root+prefix+"/python3/dist-packages")
	}
	return dedupe(dirs)
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
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
	dirs := s.sitePackages()
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
