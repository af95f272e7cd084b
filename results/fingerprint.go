package results

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
)

// fingerprintEdge is how much of each end of a weight file the model
// fingerprint reads.
const fingerprintEdge = 1 << 20

// ModelFingerprint identifies a checkpoint without reading its gigabytes:
// the sha256 of config.json (when present), and of each weight file's name,
// size, first and last MiB. path is an HF directory (its *.safetensors) or
// a .gguf file (or a directory holding *.gguf). Two different checkpoints
// differ in practice; two that differ only in bytes between those edges
// (an edited middle tensor) would not: the fingerprint says which
// checkpoint, not that its bytes are intact.
func ModelFingerprint(path string) (string, error) {
	h := sha256.New()
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("fingerprint: %w", err)
	}
	dir, files := path, []string(nil)
	if st.IsDir() {
		if b, err := os.ReadFile(filepath.Join(dir, "config.json")); err == nil {
			h.Write(b)
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("fingerprint: %w", err)
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return "", fmt.Errorf("fingerprint: %w", err)
		}
		for _, e := range ents {
			if n := e.Name(); strings.HasSuffix(n, ".safetensors") || strings.HasSuffix(n, ".gguf") {
				files = append(files, n)
			}
		}
		sort.Strings(files)
	} else {
		dir, files = filepath.Dir(path), []string{filepath.Base(path)}
	}
	if len(files) == 0 {
		return "", fmt.Errorf("fingerprint: %s: no .safetensors or .gguf weight files", path)
	}
	for _, n := range files {
		if err := hashEdges(h, filepath.Join(dir, n)); err != nil {
			return "", fmt.Errorf("fingerprint: %w", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func hashEdges(h io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	fmt.Fprintf(h, "\n%s %d\n", filepath.Base(path), st.Size())
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, min(fingerprintEdge, st.Size()))); err != nil {
		return err
	}
	if tail := max(fingerprintEdge, st.Size()-fingerprintEdge); tail < st.Size() {
		if _, err := io.Copy(h, io.NewSectionReader(f, tail, st.Size()-tail)); err != nil {
			return err
		}
	}
	return nil
}

// TokenizerHash is the sha256 of the tokenizer file a directory holds
// (tokenizer.json, else tokenizer.model).
func TokenizerHash(dir string) (string, error) {
	for _, name := range []string{"tokenizer.json", "tokenizer.model"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(b)
		return hex.EncodeToString(sum[:]), nil
	}
	return "", fmt.Errorf("%s: no tokenizer.json or tokenizer.model", dir)
}

// BuildOf describes the running binary from its build info.
func BuildOf() Build {
	b := Build{GoVersion: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.Module, b.Version = bi.Main.Path, bi.Main.Version
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.time":
			b.CommitAt = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// HostOf fingerprints this machine (best effort: a missing /proc leaves a
// field empty). CPU flags are the ones that decide kernel paths.
func HostOf() Host {
	e := Fingerprint()
	h := Host{CPU: e.CPU, Cores: e.NumCPU, MemBytes: e.MemBytes, OS: e.OS, Arch: e.Arch, Kernel: e.Kernel, Hostname: e.Hostname}
	for _, f := range strings.Fields(procField("/proc/cpuinfo", "flags")) {
		if strings.HasPrefix(f, "avx") || strings.HasPrefix(f, "amx") || f == "fma" || f == "f16c" || strings.HasPrefix(f, "sse4") {
			h.CPUFlags = append(h.CPUFlags, f)
		}
	}
	if h.CPU == "" {
		h.CPU = runtime.GOARCH
	}
	return h
}
