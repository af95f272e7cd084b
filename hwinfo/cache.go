package hwinfo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
	"github.com/gemma-bench/gemma-bench/results"
)

// cacheSchema versions the cache file; a file of any other version is
// ignored (and rewritten), never read as if it were this one.
const cacheSchema = 1

// cacheFile is one host's measurements: <cache dir>/hwinfo/host-<fp>.json.
// The host is stored whole so that a file from another machine is caught
// by content, not only by name.
type cacheFile struct {
	Schema      int          `json:"schema"`
	Fingerprint string       `json:"fingerprint"`
	Host        results.Host `json:"host"`
	Bandwidth   []Bandwidth  `json:"bandwidth,omitempty"`
	Peaks       []Peak       `json:"peaks,omitempty"`
}

// Bandwidth is one read-bandwidth measurement (membw.Read).
type Bandwidth struct {
	Threads     int       `json:"threads"`
	SizeBytes   int64     `json:"size_bytes"` // buffer read, several times the last-level cache
	Reps        int       `json:"reps"`       // passes; the best is kept
	BytesPerSec float64   `json:"bytes_per_sec"`
	MeasuredAt  time.Time `json:"measured_at"`
	Cached      bool      `json:"cached,omitempty"` // read from the cache file in this Load
}

// Peak is one backend's matmul peak for one weight format.
type Peak struct {
	Backend string `json:"backend"` // the spec as given, options sorted
	// Settings are what the opened backend reported (kernel path,
	// numerics): part of the key, so that $GEMMA_BENCH_KERNELS or a new
	// default path re-measures instead of reusing another path's number.
	Settings map[string]string `json:"settings,omitempty"`
	// Build identifies the executable that measured it (buildID): a peak
	// belongs to the kernels of one build, and a cache that outlived a
	// kernel change would give every "% of peak" after it the old
	// kernels' ceiling. Not part of the key: an entry of another build is
	// replaced, not kept beside.
	Build       string  `json:"build,omitempty"`
	Threads     int     `json:"threads"`
	Weights     string  `json:"weights"` // f32, bf16, f16, q8_0, q4_0
	Shape       Shape   `json:"shape"`
	Reps        int     `json:"reps"`
	FLOPsPerSec float64 `json:"flops_per_sec"` // 0 when Unsupported
	// Unsupported says why the backend cannot run (or time) this format.
	Unsupported string    `json:"unsupported,omitempty"`
	MeasuredAt  time.Time `json:"measured_at"`
	Cached      bool      `json:"cached,omitempty"`
}

type bwKey struct {
	threads int
	size    int64
}

func (b Bandwidth) key() bwKey { return bwKey{b.Threads, b.SizeBytes} }

type peakKey struct {
	backend, settings string
	threads           int
	weights           string
	shape             Shape
}

func (p Peak) key() peakKey {
	return peakKey{p.Backend, settingsString(p.Settings), p.Threads, p.Weights, p.Shape}
}

// settingsString is a canonical form of a settings map, "k=v,k2=v2".
func settingsString(s map[string]string) string {
	keys := slices.Sorted(maps.Keys(s))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + s[k]
	}
	return strings.Join(parts, ",")
}

func cachePath(dir, fp string) string { return filepath.Join(dir, "hwinfo", "host-"+fp+".json") }

// readCache returns the trusted entries of path: nil when there is no
// file. A file that does not parse, has another schema, or was measured
// on another host is ignored whole; a bad entry in a good file is dropped.
// Each is reported in notes, since a limit silently taken from another
// machine would make every "% of peak" after it wrong.
func readCache(path string, host results.Host, fp string) (cf *cacheFile, notes []string) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	ignore := func(format string, args ...any) (*cacheFile, []string) {
		return nil, []string{fmt.Sprintf("ignoring cache %s: %s; measuring again", path, fmt.Sprintf(format, args...))}
	}
	if err != nil {
		return ignore("%v", err)
	}
	var f cacheFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return ignore("not a hwinfo cache file: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return ignore("not a hwinfo cache file: data after the JSON object")
	}
	switch {
	case f.Schema != cacheSchema:
		return ignore("schema %d, this binary reads %d", f.Schema, cacheSchema)
	case f.Fingerprint != fp || !sameHost(f.Host, host):
		return ignore("measured on another host (%s, %d cores, fingerprint %s; this is %s, %d cores, %s)",
			f.Host.CPU, f.Host.Cores, f.Fingerprint, host.CPU, host.Cores, fp)
	}
	out := &cacheFile{Schema: f.Schema, Fingerprint: f.Fingerprint, Host: f.Host}
	for i, b := range f.Bandwidth {
		if err := b.validate(); err != nil {
			notes = append(notes, fmt.Sprintf("cache %s: dropping bandwidth entry %d: %v", path, i, err))
			continue
		}
		b.Cached = true
		out.Bandwidth = append(out.Bandwidth, b)
	}
	for i, p := range f.Peaks {
		if err := p.validate(); err != nil {
			notes = append(notes, fmt.Sprintf("cache %s: dropping peak entry %d: %v", path, i, err))
			continue
		}
		p.Cached = true
		out.Peaks = append(out.Peaks, p)
	}
	return out, notes
}

func finitePositive(v float64) bool { return v > 0 && !math.IsInf(v, 0) }

func (b Bandwidth) validate() error {
	if b.Threads < 1 || b.SizeBytes <= 0 || b.Reps < 1 || !finitePositive(b.BytesPerSec) || b.MeasuredAt.IsZero() {
		return fmt.Errorf("threads %d, size %d, reps %d, %g B/s, measured %v", b.Threads, b.SizeBytes, b.Reps, b.BytesPerSec, b.MeasuredAt)
	}
	return nil
}

func (p Peak) validate() error {
	if _, err := backends.ParseDType(p.Weights); err != nil {
		return err
	}
	if err := p.Shape.validate(); err != nil {
		return err
	}
	if p.Backend == "" || p.Threads < 1 || p.Reps < 1 || p.MeasuredAt.IsZero() {
		return fmt.Errorf("backend %q, threads %d, reps %d, measured %v", p.Backend, p.Threads, p.Reps, p.MeasuredAt)
	}
	if (p.Unsupported == "" && !finitePositive(p.FLOPsPerSec)) || (p.Unsupported != "" && p.FLOPsPerSec != 0) {
		return fmt.Errorf("%s %s: %g FLOP/s with unsupported %q", p.Backend, p.Weights, p.FLOPsPerSec, p.Unsupported)
	}
	return nil
}

// writeCache saves f atomically (a reader never sees half a file).
func writeCache(path string, f *cacheFile) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("hwinfo cache: %w", err)
	}
	out := *f
	out.Bandwidth = slices.Clone(f.Bandwidth)
	out.Peaks = slices.Clone(f.Peaks)
	for i := range out.Bandwidth {
		out.Bandwidth[i].Cached = false
	}
	for i := range out.Peaks {
		out.Peaks[i].Cached = false
	}
	return atomicfile.WriteJSON(path, &out)
}

// buildID is a digest of this executable's file (empty if it cannot be
// read), computed once: Go's own build ID is not readable at run time,
// and a version string would not change between two builds of one
// working tree.
var buildID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
})
