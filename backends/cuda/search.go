package cuda

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/internal/pysite"
)

// Library is one shared library the backend loads, by its sonames in
// order of preference (the newest major version first).
type Library struct {
	Name    string   // for messages: "cuBLAS"
	Sonames []string // "libcublas.so.13", "libcublas.so.12"
}

// The libraries of the backend. cuBLASLt is loaded before cuBLAS so that
// cuBLAS's own dependency on it resolves to the copy found here (the
// dynamic linker matches an already loaded soname) even when the folder
// is on no search path.
var (
	libCUDA     = Library{"CUDA driver", []string{"libcuda.so.1"}}
	libNVRTC    = Library{"NVRTC", []string{"libnvrtc.so.13", "libnvrtc.so.12"}}
	libCUBLASLt = Library{"cuBLASLt", []string{"libcublasLt.so.13", "libcublasLt.so.12"}}
	libCUBLAS   = Library{"cuBLAS", []string{"libcublas.so.13", "libcublas.so.12"}}
)

// Search says where to look for libraries. The zero value searches
// nothing; SearchFromEnv fills it from the process environment.
type Search struct {
	// Dirs are searched first, for every soname in turn: the lib-dir
	// option and $GEMMA_BENCH_CUDA_LIB_DIR (each may list several folders
	// separated by ':').
	Dirs []string
	// LDLibraryPath is $LD_LIBRARY_PATH.
	LDLibraryPath string
	// Python environments whose site-packages may hold NVIDIA's pip
	// wheels: $VIRTUAL_ENV, $CONDA_PREFIX, $HOME, and $PYTHONPATH.
	VirtualEnv, CondaPrefix, Home, PythonPath string
	// Root prefixes every absolute system folder (/usr/lib…, /usr/local/
	// cuda…, /opt/conda…): "" on a real machine, a fake tree in tests.
	Root string
	// MaxMajor, when > 0, drops sonames of a newer major CUDA version
	// than the driver supports (a CUDA 12 driver cannot run cuBLAS 13).
	MaxMajor int
}

// LibDirEnv names the environment variable that adds library folders
// searched before any other, as the lib-dir option does.
const LibDirEnv = "GEMMA_BENCH_CUDA_LIB_DIR"

// SearchFromEnv is the search of this process: the explicit folders
// (the lib-dir option first, then $GEMMA_BENCH_CUDA_LIB_DIR), then the
// environment's paths.
func SearchFromEnv(libDir string) Search {
	var dirs []string
	for _, list := range []string{libDir, os.Getenv(LibDirEnv)} {
		dirs = append(dirs, splitList(list)...)
	}
	py := pysite.FromEnviron()
	return Search{Dirs: dirs, LDLibraryPath: os.Getenv("LD_LIBRARY_PATH"),
		VirtualEnv: py.VirtualEnv, CondaPrefix: py.CondaPrefix, Home: py.Home, PythonPath: py.PythonPath}
}

func splitList(s string) []string {
	var out []string
	for _, d := range strings.Split(s, ":") {
		if d = strings.TrimSpace(d); d != "" {
			out = append(out, d)
		}
	}
	return out
}

// archTriple is the Debian multiarch folder and the CUDA "targets" folder
// of this machine's architecture.
func archTriple() (multiarch, target string) {
	if runtime.GOARCH == "arm64" {
		return "aarch64-linux-gnu", "sbsa-linux"
	}
	return "x86_64-linux-gnu", "x86_64-linux"
}

// systemDirs are the folders distributions and NVIDIA's installers put
// libraries in, the driver's first. /usr/local/cuda*/lib64/stubs is never
// searched: its libcuda.so is a link-time stub that fails every call.
func (s Search) systemDirs() []string {
	multi, _ := archTriple()
	dirs := []string{
		"/usr/lib/" + multi, "/lib/" + multi, "/usr/lib64", "/lib64", "/usr/lib", "/lib",
		"/usr/local/nvidia/lib64", "/usr/local/nvidia/lib", // NVIDIA's container runtime
		"/usr/lib/wsl/lib", // WSL 2's driver
	}
	for i := range dirs {
		dirs[i] = s.Root + dirs[i]
	}
	return dirs
}

// toolkitDirs are the library folders of the CUDA toolkits under
// /usr/local: the unversioned "cuda" link first, then cuda-X.Y newest
// first.
func (s Search) toolkitDirs() []string {
	_, target := archTriple()
	roots, _ := filepath.Glob(s.Root + "/usr/local/cuda*")
	pysite.SortVersionsDesc(roots)
	var dirs []string
	for _, r := range roots {
		dirs = append(dirs, r+"/lib64", r+"/targets/"+target+"/lib")
	}
	return dirs
}

// pythonDirs are the library folders of NVIDIA's pip wheels in every
// site-packages found: nvidia/cu13/lib and nvidia/cu12/lib (the CUDA 13
// wheels' shared folder), then the older one folder per library.
func (s Search) pythonDirs() []string {
	sites := pysite.Env{VirtualEnv: s.VirtualEnv, CondaPrefix: s.CondaPrefix, Home: s.Home, PythonPath: s.PythonPath, Root: s.Root}.Dirs()
	var dirs []string
	for _, site := range sites {
		for _, sub := range []string{"cu13/lib", "cu12/lib", "cublas/lib", "cuda_nvrtc/lib"} {
			dirs = append(dirs, site+"/nvidia/"+sub)
		}
	}
	return dirs
}

// OtherDirs lists every folder searched after the explicit ones, in
// order, without duplicates; folders that do not exist are left out.
func (s Search) OtherDirs() []string {
	var all []string
	all = append(all, splitList(s.LDLibraryPath)...)
	all = append(all, s.systemDirs()...)
	all = append(all, s.toolkitDirs()...)
	all = append(all, s.pythonDirs()...)
	return existingUnique(all)
}

func existingUnique(dirs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range dirs {
		d = filepath.Clean(d)
		if seen[d] {
			continue
		}
		seen[d] = true
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			out = append(out, d)
		}
	}
	return out
}

// major is the CUDA major version a soname belongs to: 13 for
// libcublas.so.13; 0 when it has none (libcuda.so.1 is the driver's own
// ABI number, not a CUDA version).
func major(soname string) int {
	if strings.HasPrefix(soname, "libcuda.so") {
		return 0
	}
	i := strings.LastIndex(soname, ".so.")
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(strings.SplitN(soname[i+4:], ".", 2)[0])
	if err != nil {
		return 0
	}
	return n
}

// sonames is lib's sonames that the driver can run (all of them when
// MaxMajor is unknown).
func (s Search) sonames(lib Library) []string {
	var out []string
	for _, n := range lib.Sonames {
		if m := major(n); s.MaxMajor <= 0 || m == 0 || m <= s.MaxMajor {
			out = append(out, n)
		}
	}
	return out
}

// Find returns the files that may be lib, best first: every soname in
// the explicit folders (a folder the user named wins, whatever version it
// holds), then each soname in turn, newest first, in the other folders.
// searched is every folder looked in, for the message when none loads.
// A file found is only a candidate: loading it may still fail.
func (s Search) Find(lib Library) (files, searched []string) {
	names := s.sonames(lib)
	explicit := existingUnique(s.Dirs)
	other := s.OtherDirs()
	isFile := func(p string) bool {
		fi, err := os.Stat(p)
		return err == nil && !fi.IsDir()
	}
	for _, d := range explicit {
		for _, n := range names {
			if p := filepath.Join(d, n); isFile(p) {
				files = append(files, p)
			}
		}
	}
	for _, n := range names {
		for _, d := range other {
			if p := filepath.Join(d, n); isFile(p) && !slices.Contains(files, p) {
				files = append(files, p)
			}
		}
	}
	// Folders named but absent are reported too: a typo in lib-dir must
	// show in the message.
	searched = append(append([]string{}, s.Dirs...), other...)
	return files, searched
}

// sonameList writes sonames as "libnvrtc.so.13/.12" for messages.
func sonameList(names []string) string {
	if len(names) == 0 {
		return "(no version this driver runs)"
	}
	out := names[0]
	for _, n := range names[1:] {
		if i := strings.LastIndex(n, ".so."); i >= 0 && strings.HasPrefix(out, n[:i]) {
			out += "/" + n[i+3:]
		} else {
			out += ", " + n
		}
	}
	return out
}
