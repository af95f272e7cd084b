// Package pysite lists the Python site-packages folders of a machine,
// where pip puts what the GPU backends load at run time: NVIDIA's CUDA
// libraries (cuda) and XLA's PJRT plugins (pjrt).
package pysite

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Env names the Python environments to look in.
type Env struct {
	// $VIRTUAL_ENV, $CONDA_PREFIX, $HOME and $PYTHONPATH.
	VirtualEnv, CondaPrefix, Home, PythonPath string
	// Root prefixes the system folders (/usr/lib/python3*, /opt/conda):
	// "" on a real machine, a fake tree in tests.
	Root string
}

// FromEnviron is this process's environment, Root "".
func FromEnviron() Env {
	return Env{VirtualEnv: os.Getenv("VIRTUAL_ENV"), CondaPrefix: os.Getenv("CONDA_PREFIX"),
		Home: os.Getenv("HOME"), PythonPath: os.Getenv("PYTHONPATH")}
}

// Dirs lists the site-packages folders that exist, in the order Python
// itself would prefer them: $PYTHONPATH, the active virtual and conda
// environments, the user's (~/.local, pyenv), then the system's; within
// one pattern the newest Python first. No folder appears twice.
func (e Env) Dirs() []string {
	var dirs []string
	glob := func(patterns ...string) {
		for _, p := range patterns {
			m, _ := filepath.Glob(p)
			SortVersionsDesc(m)
			dirs = append(dirs, m...)
		}
	}
	for _, p := range strings.Split(e.PythonPath, ":") {
		if p = strings.TrimSpace(p); p != "" {
			dirs = append(dirs, p)
		}
	}
	for _, env := range []string{e.VirtualEnv, e.CondaPrefix} {
		if env != "" {
			glob(env + "/lib/python3*/site-packages")
		}
	}
	if e.Home != "" {
		glob(e.Home+"/.local/lib/python3*/site-packages", e.Home+"/.pyenv/versions/*/lib/python3*/site-packages")
	}
	for _, prefix := range []string{"/usr/local/lib", "/usr/lib", "/opt/conda/lib"} {
		glob(e.Root+prefix+"/python3*/dist-packages", e.Root+prefix+"/python3*/site-packages", e.Root+prefix+"/python3/dist-packages")
	}
	seen := map[string]bool{}
	out := dirs[:0]
	for _, d := range dirs {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// SortVersionsDesc orders paths by the version numbers in their last
// element, highest first (python3.12 before python3.9, cuda-13.0 before
// cuda-12.8), a name without digits ("cuda") before any with.
func SortVersionsDesc(paths []string) {
	key := func(p string) []int {
		var v []int
		for _, f := range strings.FieldsFunc(filepath.Base(p), func(r rune) bool { return r < '0' || r > '9' }) {
			n, _ := strconv.Atoi(f)
			v = append(v, n)
		}
		return v
	}
	slices.SortStableFunc(paths, func(a, b string) int {
		ka, kb := key(a), key(b)
		if len(ka) == 0 || len(kb) == 0 {
			return len(ka) - len(kb)
		}
		return -slices.Compare(ka, kb)
	})
}
