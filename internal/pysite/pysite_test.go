package pysite

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSortVersionsDesc(t *testing.T) {
	p := []string{"/x/python3.9", "/x/python3.12", "/x/python3", "/usr/local/cuda", "/usr/local/cuda-12.8", "/usr/local/cuda-13.0"}
	SortVersionsDesc(p)
	if want := []string{"/usr/local/cuda", "/usr/local/cuda-13.0", "/usr/local/cuda-12.8", "/x/python3.12", "/x/python3.9", "/x/python3"}; !slices.Equal(p, want) {
		t.Errorf("SortVersionsDesc = %q, want %q", p, want)
	}
}

func TestDirsOrder(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{
		"/pp", "/venv/lib/python3.12/site-packages", "/home/.local/lib/python3.9/site-packages",
		"/home/.local/lib/python3.12/site-packages", "/home/.pyenv/versions/3.11.4/lib/python3.11/site-packages",
		"/usr/local/lib/python3.11/dist-packages", "/usr/lib/python3/dist-packages", "/opt/conda/lib/python3.10/site-packages",
	} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	e := Env{VirtualEnv: root + "/venv", Home: root + "/home", PythonPath: root + "/pp:" + root + "/pp", Root: root}
	var got []string
	for _, d := range e.Dirs() {
		got = append(got, strings.TrimPrefix(d, root))
	}
	want := []string{"/pp", "/venv/lib/python3.12/site-packages", "/home/.local/lib/python3.12/site-packages",
		"/home/.local/lib/python3.9/site-packages", "/home/.pyenv/versions/3.11.4/lib/python3.11/site-packages",
		"/usr/local/lib/python3.11/dist-packages", "/usr/lib/python3/dist-packages", "/opt/conda/lib/python3.10/site-packages"}
	if !slices.Equal(got, want) {
		t.Errorf("Dirs =\n%q\nwant\n%q", got, want)
	}
}
