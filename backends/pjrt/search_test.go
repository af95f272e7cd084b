package pjrt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/pjrt/xla"
)

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

func TestFindOrder(t *testing.T) {
	root := t.TempDir()
	tree(t, root,
		"/opt/explicit.so",
		"/env.so",
		"/usr/local/lib/python3.11/dist-packages/jax_plugins/xla_cuda12/xla_cuda_plugin.so",
		"/usr/lib/python3.12/site-packages/libtpu/libtpu.so",
		"/venv/lib/python3.12/site-packages/jax_plugins/xla_cuda13/xla_cuda_plugin.so",
		"/home/.local/lib/python3.10/site-packages/jax_plugins/xla_cuda12/xla_cuda_plugin.so",
	)
	base := Search{VirtualEnv: root + "/venv", Home: root + "/home", Root: root}
	cases := []struct {
		name string
		s    func(Search) Search
		want string
		how  string
	}{
		{"option first", func(s Search) Search { s.Option, s.Env = root+"/opt/explicit.so", root+"/env.so"; return s }, "/opt/explicit.so", "option plugin="},
		{"then the env var", func(s Search) Search { s.Env = root + "/env.so"; return s }, "/env.so", "$" + PluginEnv},
		{"then cuda13 anywhere before cuda12", func(s Search) Search { return s }, "/venv/lib/python3.12/site-packages/jax_plugins/xla_cuda13/xla_cuda_plugin.so", "site-packages"},
		{"cuda12: the active environments first", func(s Search) Search { s.VirtualEnv = ""; return s },
			"/home/.local/lib/python3.10/site-packages/jax_plugins/xla_cuda12/xla_cuda_plugin.so", "site-packages"},
		{"system dist-packages", func(s Search) Search { s.VirtualEnv, s.Home = "", ""; return s },
			"/usr/local/lib/python3.11/dist-packages/jax_plugins/xla_cuda12/xla_cuda_plugin.so", "site-packages"},
		{"PYTHONPATH folders", func(s Search) Search {
			s.PythonPath = root + "/usr/lib/python3.12/site-packages"
			s.VirtualEnv, s.Home = "", ""
			return s
		}, "/usr/local/lib/python3.11/dist-packages/jax_plugins/xla_cuda12/xla_cuda_plugin.so", "site-packages"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := c.s(base).Find()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimPrefix(f.Path, root); got != c.want || f.How != c.how {
				t.Fatalf("found %s (%s), want %s (%s)", got, f.How, c.want, c.how)
			}
		})
	}
	// libtpu only when no CUDA plugin is anywhere.
	root2 := t.TempDir()
	tree(t, root2, "/usr/lib/python3.12/site-packages/libtpu/libtpu.so")
	f, err := Search{Root: root2}.Find()
	if err != nil || !strings.HasSuffix(f.Path, "libtpu/libtpu.so") {
		t.Fatalf("found %v, %v; want libtpu", f, err)
	}
}

func TestFindErrors(t *testing.T) {
	root := t.TempDir()
	tree(t, root, "/venv/lib/python3.12/site-packages/jax_plugins/xla_cuda13/xla_cuda_plugin.so")
	// A wrong explicit path is an error, never a fall back to discovery.
	if _, err := (Search{Option: root + "/missing.so", VirtualEnv: root + "/venv"}).Find(); err == nil || !strings.Contains(err.Error(), "option plugin=") {
		t.Fatalf("missing option path: %v", err)
	}
	if _, err := (Search{Env: root + "/venv", VirtualEnv: root + "/venv"}).Find(); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("folder as plugin: %v", err)
	}
	_, err := (Search{Root: t.TempDir(), Home: root + "/nohome"}).Find()
	if err == nil || !strings.Contains(err.Error(), "no PJRT plugin") || !strings.Contains(err.Error(), PluginEnv) {
		t.Fatalf("nothing to find: %v", err)
	}
}

func TestParseOptions(t *testing.T) {
	o, err := parseOptions(map[string]string{"plugin": "/p.so", "preallocate": "false", "math": "fast", "client.foo_bar": "3"})
	if err != nil {
		t.Fatal(err)
	}
	if o.plugin != "/p.so" || o.mathName() != "fast" || o.client["preallocate"] != "false" || o.client["foo_bar"] != "3" || len(o.client) != 2 {
		t.Fatalf("options %+v", o)
	}
	if o, err := parseOptions(map[string]string{"attention": "gathered"}); err != nil || o.attention != "gathered" {
		t.Fatalf("attention=gathered: %+v, %v", o, err)
	}
	for _, bad := range []map[string]string{{"plugn": "/p.so"}, {"math": "quick"}, {"plugin": " "}, {"client.": "1"}, {"attention": "flash"}} {
		if _, err := parseOptions(bad); err == nil {
			t.Errorf("options %v accepted", bad)
		}
	}
}

func TestClientOptionTypes(t *testing.T) {
	cases := map[string]any{"false": false, "true": true, "3": int64(3), "0.5": float32(0.5), "cuda_async": "cuda_async"}
	for in, want := range cases {
		if got := clientOption(in); got != want {
			t.Errorf("client option %q = %#v, want %#v", in, got, want)
		}
	}
}

var clientOption = xla.ClientOption
