package cuda

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tree makes empty files (and their folders) under root.
func tree(t *testing.T, root string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func rel(root string, paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = strings.TrimPrefix(p, root)
	}
	return out
}

func TestFindOrder(t *testing.T) {
	multi, target := archTriple()
	root := t.TempDir()
	tree(t, root,
		"/explicit/libcublas.so.12",
		"/ld/libcublas.so.12",
		"/usr/lib/"+multi+"/libcublas.so.12",
		"/usr/local/cuda-12.4/lib64/libcublas.so.12",
		"/usr/local/cuda-13.0/targets/"+target+"/lib/libcublas.so.13",
		"/usr/local/cuda-9.2/lib64/libcublas.so.12",
		"/usr/local/cuda/lib64/stubs/libcublas.so.13", // a stub folder is never searched
		"/venv/lib/python3.12/site-packages/nvidia/cu13/lib/libcublas.so.13",
		"/usr/local/lib/python3.10/dist-packages/nvidia/cublas/lib/libcublas.so.12",
		"/usr/local/lib/python3.9/dist-packages/nvidia/cublas/lib/libcublas.so.12",
	)
	s := Search{Dirs: []string{root + "/explicit", root + "/nosuch"}, LDLibraryPath: root + "/ld", VirtualEnv: root + "/venv", Root: root}
	files, searched := s.Find(libCUBLAS)
	want := []string{
		"/explicit/libcublas.so.12", // named by the user: first, whatever its version
		"/usr/local/cuda-13.0/targets/" + target + "/lib/libcublas.so.13",
		"/venv/lib/python3.12/site-packages/nvidia/cu13/lib/libcublas.so.13",
		"/ld/libcublas.so.12",
		"/usr/lib/" + multi + "/libcublas.so.12",
		"/usr/local/cuda-12.4/lib64/libcublas.so.12",
		"/usr/local/cuda-9.2/lib64/libcublas.so.12",
		"/usr/local/lib/python3.10/dist-packages/nvidia/cublas/lib/libcublas.so.12",
		"/usr/local/lib/python3.9/dist-packages/nvidia/cublas/lib/libcublas.so.12",
	}
	if got := rel(root, files); !slices.Equal(got, want) {
		t.Errorf("Find order:\n got %q\nwant %q", got, want)
	}
	if !slices.Contains(searched, root+"/nosuch") {
		t.Errorf("a lib-dir that does not exist is not in the searched list %q", searched)
	}
	for _, d := range searched {
		if strings.Contains(d, "stubs") {
			t.Errorf("searched the stub folder %s", d)
		}
	}

	// A CUDA 12 driver cannot run cuBLAS 13: those files drop out.
	s.MaxMajor = 12
	files, _ = s.Find(libCUBLAS)
	for _, f := range files {
		if strings.HasSuffix(f, ".so.13") {
			t.Errorf("MaxMajor 12 still finds %s", f)
		}
	}
	if len(files) != 7 {
		t.Errorf("MaxMajor 12 finds %d files, want the 7 .12 ones: %q", len(files), rel(root, files))
	}
}

func TestFindDriverAndNVRTCLayouts(t *testing.T) {
	root := t.TempDir()
	tree(t, root,
		"/usr/local/nvidia/lib64/libcuda.so.1",
		"/home/u/.local/lib/python3.11/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12",
		"/opt/conda/lib/python3.11/site-packages/nvidia/cu12/lib/libnvrtc.so.12",
	)
	s := Search{Home: root + "/home/u", Root: root}
	files, _ := s.Find(libCUDA)
	if got := rel(root, files); !slices.Equal(got, []string{"/usr/local/nvidia/lib64/libcuda.so.1"}) {
		t.Errorf("driver: %q", got)
	}
	files, _ = s.Find(libNVRTC)
	want := []string{
		"/home/u/.local/lib/python3.11/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12",
		"/opt/conda/lib/python3.11/site-packages/nvidia/cu12/lib/libnvrtc.so.12",
	}
	if got := rel(root, files); !slices.Equal(got, want) {
		t.Errorf("nvrtc:\n got %q\nwant %q", got, want)
	}
	// An empty search finds nothing and names no folder.
	if files, searched := (Search{Root: t.TempDir()}).Find(libCUDA); len(files) != 0 || len(searched) != 0 {
		t.Errorf("empty tree: files %q, searched %q", files, searched)
	}
}

func TestSearchFromEnv(t *testing.T) {
	t.Setenv(LibDirEnv, "/b:/c")
	t.Setenv("LD_LIBRARY_PATH", "/ld1:/ld2")
	s := SearchFromEnv("/a")
	if !slices.Equal(s.Dirs, []string{"/a", "/b", "/c"}) || s.LDLibraryPath != "/ld1:/ld2" {
		t.Errorf("dirs %q, LD_LIBRARY_PATH %q", s.Dirs, s.LDLibraryPath)
	}
}

func TestSonameHelpers(t *testing.T) {
	if got := sonameList(libNVRTC.Sonames); got != "libnvrtc.so.13/.12" {
		t.Errorf("sonameList = %q", got)
	}
	for name, want := range map[string]int{"libcublas.so.13": 13, "libnvrtc.so.12": 12, "libcuda.so.1": 0, "libfoo.so": 0} {
		if got := major(name); got != want {
			t.Errorf("major(%s) = %d, want %d", name, got, want)
		}
	}
}

func TestParseOptions(t *testing.T) {
	o, err := parseOptions(map[string]string{"device": "1", "lib-dir": "/opt/cuda"})
	if err != nil || o.device != 1 || o.libDir != "/opt/cuda" {
		t.Fatalf("%+v, %v", o, err)
	}
	for _, bad := range []map[string]string{{"device": "-1"}, {"device": "x"}, {"lib-dir": ""}, {"nosuch": "1"}} {
		if _, err := parseOptions(bad); err == nil {
			t.Errorf("options %v accepted", bad)
		}
	}
}
