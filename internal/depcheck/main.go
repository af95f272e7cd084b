// Command depcheck fails when a package imports against the project's
// layering (DESIGN.md §1): dependencies point one way, from cmd down to
// kernels, so a backend can never grow a dependency on the model it runs.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

const module = "github.com/gemma-bench/gemma-bench/"

// allowed maps a package prefix to the project prefixes it may import.
// The first matching rule (longest prefix first) applies.
var rules = []struct {
	pkg     string
	allowed []string
}{
	{"cmd/", []string{""}},
	{"scripts/", []string{""}},
	{"internal/", []string{"internal/"}},
	{"kernels", []string{"kernels"}},
	{"results", []string{"results", "internal/"}},
	{"plots", []string{"plots", "results", "internal/"}},
	{"backends", []string{"backends", "kernels", "internal/"}},
	{"model/safetensors", []string{"model/safetensors", "internal/"}},
	{"model/tokenizer", []string{"model/tokenizer", "internal/"}},
	{"model", []string{"model", "backends", "kernels", "internal/"}},
	{"tasks", []string{"tasks", "internal/"}},
	{"evals", []string{"evals", "tasks", "model", "backends", "results", "kernels", "internal/"}},
	{"opprof", []string{"opprof", "backends", "internal/"}},
	{"hwinfo", []string{"hwinfo", "model", "backends", "results", "internal/"}},
	{"bench", []string{"bench", "hwinfo", "opprof", "model", "backends", "results", "internal/"}},
	{"compare", []string{"compare", "results", "internal/"}},
	// Publishing: report reads records through plots and compare; store
	// keeps runs; only store/gcs (and the CLI that registers it) links the
	// cloud client.
	{"report", []string{"report", "plots", "compare", "results", "internal/"}},
	{"store", []string{"store", "results", "internal/"}},
	{"store/gcs", []string{"store/gcs", "store", "results", "internal/"}},
}

func main() {
	if err := check(); err != nil {
		fmt.Fprintln(os.Stderr, "depcheck:", err)
		os.Exit(1)
	}
}

func check() error {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		return fmt.Errorf("go list: %w", err)
	}
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || !strings.HasPrefix(fields[0], module) {
			continue
		}
		pkg := strings.TrimPrefix(fields[0], module)
		allowed, ok := rule(pkg)
		if !ok {
			bad = append(bad, fmt.Sprintf("%s: no layering rule covers this package (add one to internal/depcheck)", pkg))
			continue
		}
		for _, imp := range fields[1:] {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			dep := strings.TrimPrefix(imp, module)
			if !permitted(dep, allowed) {
				bad = append(bad, fmt.Sprintf("%s imports %s", pkg, dep))
			}
		}
	}
	heavy, err := heavyDeps()
	if err != nil {
		return err
	}
	bad = append(bad, heavy...)
	if len(bad) > 0 {
		return fmt.Errorf("imports against the layering:\n  %s", strings.Join(bad, "\n  "))
	}
	return nil
}

// heavy are modules that only some packages may link, even indirectly:
// the GCS client is tens of megabytes of binary and a minute of cold
// build, so only its store and the CLI that registers it pay for it.
var heavy = []struct {
	module  string
	allowed []string
}{
	{"cloud.google.com/go/storage", []string{"store/gcs", "cmd/"}},
}

func heavyDeps() ([]string, error) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps: %w", err)
	}
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || !strings.HasPrefix(fields[0], module) {
			continue
		}
		pkg := strings.TrimPrefix(fields[0], module)
		for _, h := range heavy {
			if permitted(pkg, h.allowed) {
				continue
			}
			for _, dep := range fields[1:] {
				if dep == h.module || strings.HasPrefix(dep, h.module+"/") {
					bad = append(bad, fmt.Sprintf("%s links %s (only %s may)", pkg, h.module, strings.Join(h.allowed, ", ")))
					break
				}
			}
		}
	}
	return bad, sc.Err()
}

func rule(pkg string) ([]string, bool) {
	best, bestLen := []string(nil), -1
	for _, r := range rules {
		if (pkg == strings.TrimSuffix(r.pkg, "/") || strings.HasPrefix(pkg, strings.TrimSuffix(r.pkg, "/")+"/")) && len(r.pkg) > bestLen {
			best, bestLen = r.allowed, len(r.pkg)
		}
	}
	return best, bestLen >= 0
}

func permitted(dep string, allowed []string) bool {
	for _, a := range allowed {
		p := strings.TrimSuffix(a, "/")
		if a == "" || dep == p || strings.HasPrefix(dep, p+"/") {
			return true
		}
	}
	return false
}
