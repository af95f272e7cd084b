package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/cuda"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/store"
	"golang.org/x/term"
)

// parseIDs reads "2,10,20" (spaces allowed).
func parseIDs(s string) ([]int32, error) {
	var ids []int32
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		v, err := strconv.ParseInt(f, 10, 32)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("%q is not a token id", f)
		}
		ids = append(ids, int32(v))
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no token ids given")
	}
	return ids, nil
}

func openBackend(spec string, threads int) (backends.Backend, error) {
	return backends.Open(spec, backends.Options{Threads: threads})
}

// weightsHelp documents --weights, the weight format a command runs.
const weightsHelp = "weight format: stored (as the checkpoint holds them), or q8_0 / q4_0 (every matrix quantized on load, GGML's block layouts)"

func weightsFlag(fs *flagSet) *string { return fs.String("weights", "stored", weightsHelp) }

// loadModel loads a checkpoint and re-encodes it as --weights says.
func loadModel(dir, weights string) (*model.Model, error) {
	var dt backends.DType
	switch weights {
	case "", "stored":
	case "q8_0":
		dt = backends.Q8_0
	case "q4_0":
		dt = backends.Q4_0
	default:
		return nil, fmt.Errorf("--weights %q: want stored, q8_0 or q4_0", weights)
	}
	m, err := model.Load(dir)
	if err != nil {
		return nil, err
	}
	if dt != 0 {
		if err := model.Quantize(m, dt); err != nil {
			m.Close()
			return nil, fmt.Errorf("%s: --weights %s: %w", dir, weights, err)
		}
	}
	return m, nil
}

// backendSettings are what a backend reports it was opened with.
func backendSettings(be backends.Backend) map[string]string { return backends.SettingsOf(be) }

// backendKeys renders backendSettings as benchmark-name keys
// ("/kernels=avx512/math=fast").
func backendKeys(be backends.Backend) string { return optionKeys(backendSettings(be)) }

// optionKeys renders backend options as "/k=v" keys, sorted, threads left
// out (benchmark names carry them as the -N suffix).
func optionKeys(o map[string]string) string {
	keys := make([]string, 0, len(o))
	for k := range o {
		if k != "threads" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "/%s=%s", k, o[k])
	}
	return b.String()
}

func checkVocab(ids []int32, vocab int) error {
	for _, id := range ids {
		if int(id) >= vocab {
			return fmt.Errorf("token id %d is outside the model's vocabulary of %d", id, vocab)
		}
	}
	return nil
}

// parseKVDType reads --kv-dtype: the KV cache stores f32 or bf16.
func parseKVDType(s string) (backends.DType, error) {
	d, err := backends.ParseDType(s)
	if err != nil || (d != backends.F32 && d != backends.BF16) {
		return 0, fmt.Errorf("--kv-dtype %q: want f32 or bf16", s)
	}
	return d, nil
}

// maxThreads bounds --threads: more workers than this is a typo, not a
// machine (and each one holds scratch sized for the whole cache).
const maxThreads = 1024

// inRange refuses a numeric flag outside its documented range [lo, hi].
func inRange(cmd, flag string, v, lo, hi int) error {
	if v < lo || v > hi {
		return fmt.Errorf("%s: --%s %d is outside its range [%d, %d]", cmd, flag, v, lo, hi)
	}
	return nil
}

// ranges checks several flags, reporting the first out of range.
func ranges(checks ...error) error {
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	return nil
}

// validRunID: a run id names a directory under the results root and an
// object prefix in a store, so it must never climb out of either:
// store.ValidRunID's rules (slash-separated segments of [A-Za-z0-9._-],
// none empty or starting with '.').
func validRunID(id string) error { return store.ValidRunID(id) }

// checkDest refuses to write into a directory that already holds files
// (a run, a checkpoint), unless force; and refuses a destination that is
// one of the inputs, force or not.
func checkDest(cmd, dest string, force bool, inputs ...string) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	for _, in := range inputs {
		a, err := filepath.Abs(in)
		if err == nil && (a == abs || strings.HasPrefix(a, abs+string(filepath.Separator))) {
			return fmt.Errorf("%s: the output %s is, or holds, the input %s", cmd, dest, in)
		}
	}
	ents, err := os.ReadDir(dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("%s: output %s: %w", cmd, dest, err)
	case len(ents) > 0 && !force:
		return fmt.Errorf("%s: output %s is not empty (%d entries); choose another or pass --force to replace it", cmd, dest, len(ents))
	case len(ents) > 0:
		// --force: replace, leaving no stale files from the old contents.
		if err := os.RemoveAll(dest); err != nil {
			return fmt.Errorf("%s: clearing %s: %w", cmd, dest, err)
		}
	}
	return nil
}

// resultsRoot holds runs by default, under the working directory: a name
// that cannot collide with this repository's source package results/ (a
// run id "doc.go" once landed beside its Go files).
const resultsRoot = "gemma-bench-results"

// isTerminal reports whether w is a terminal: progress bars redraw only
// there; logs get plain lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// onSample is nil in the CLI; tests that run the CLI as a child process set
// it to hold a run at a known sample, so that killing it is deterministic.
var onSample func(ctx context.Context, saved int)

// engineFlags registers the flags every model-running command shares,
// --model, --backend and --threads, with one wording of their help.
func engineFlags(fs *flagSet, modelHelp string) (dir, backend *string, threads *int) {
	dir, backend, threads = new(string), new(string), new(int)
	engineFlagsVar(fs, dir, backend, threads, modelHelp)
	return dir, backend, threads
}

// cudaLibDirFlag is --cuda-lib-dir: it sets the cuda backend's search
// variable, which its Probe reads (a probe sees no backend options, so
// the option lib-dir= alone cannot make an unfound library usable).
func cudaLibDirFlag(fs *flagSet) {
	fs.Func("cuda-lib-dir", "folder(s), colon-separated, searched first for libcuda, NVRTC and cuBLAS by the cuda backend (sets $"+cuda.LibDirEnv+")", func(v string) error {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("empty folder")
		}
		return os.Setenv(cuda.LibDirEnv, v)
	})
}

// engineFlagsVar is engineFlags into given variables.
func engineFlagsVar(fs *flagSet, dir, backend *string, threads *int, modelHelp string) {
	fs.StringVar(dir, "model", "", modelHelp)
	fs.StringVar(backend, "backend", "", "backend spec name[:key=value,...] (default: $GEMMA_BENCH_BACKEND, then the best usable; see 'gemma-bench backends')")
	cudaLibDirFlag(fs)
	fs.IntVar(threads, "threads", 0, fmt.Sprintf("CPU threads, 0–%d (0 = all cores)", maxThreads))
}
