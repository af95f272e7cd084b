package hwinfo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/results"
)

// Info is this machine's limits for one thread count: what the roofline
// divides throughput by. It implements the bench package's Limits.
type Info struct {
	Host        results.Host `json:"host"`
	Fingerprint string       `json:"fingerprint"`
	CacheFile   string       `json:"cache_file,omitempty"` // "" when no cache dir was given
	Threads     int          `json:"threads"`
	Bandwidth   Bandwidth    `json:"bandwidth"`
	// Peaks holds one entry per backend and format asked for, in the
	// order asked.
	Peaks []Peak `json:"peaks"`
	// Notes say what Load ignored, dropped or could not save.
	Notes []string `json:"notes,omitempty"`
}

// Options choose what LoadWith measures; zero values take the defaults.
type Options struct {
	// CacheDir is the project's cache root (gemma-bench's is
	// $GEMMA_BENCH_CACHE or ~/.cache/gemma-bench); "" measures everything
	// and saves nothing.
	CacheDir string
	// Backends are backend specs ("go", "simd:math=exact"); nil means
	// every registered backend whose probe passes here.
	Backends []string
	Threads  int  // 0 = GOMAXPROCS
	Refresh  bool // measure again even what the cache holds
	// Formats are weight dtypes (default Formats).
	Formats []string
	Shape   Shape // default DefaultShape
	Reps    int   // timed prefills per backend and format, best kept (default 3)
	// BandwidthBytes is the buffer membw.Read streams (default 1 GiB);
	// BandwidthReps its passes (default 3).
	BandwidthBytes int64
	BandwidthReps  int
	// Log, if set, gets a line before each measurement (they take seconds).
	Log io.Writer
}

// Load measures what the cache under cacheDir lacks (everything when
// refresh is set) for the given backend specs (nil: every usable one) at
// threads workers (0: GOMAXPROCS), with the default formats and shapes.
func Load(ctx context.Context, cacheDir string, backendSpecs []string, threads int, refresh bool) (*Info, error) {
	return LoadWith(ctx, Options{CacheDir: cacheDir, Backends: backendSpecs, Threads: threads, Refresh: refresh})
}

// LoadWith is Load with every option.
func LoadWith(ctx context.Context, o Options) (*Info, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	host := results.HostOf()
	fp := Fingerprint(host)
	info := &Info{Host: host, Fingerprint: fp, Threads: o.Threads}
	cf := &cacheFile{Schema: cacheSchema, Fingerprint: fp, Host: host}
	if o.CacheDir != "" {
		info.CacheFile = cachePath(o.CacheDir, fp)
		// Read even under Refresh: the entries it does not redo (other
		// thread counts, backends, formats) stay in the file.
		old, notes := readCache(info.CacheFile, host, fp)
		info.Notes = append(info.Notes, notes...)
		if old != nil {
			cf = old
			cf.Host = host // the fields outside the fingerprint as they are now
		}
	}
	dirty := false
	save := func() {
		if !dirty || info.CacheFile == "" {
			return
		}
		if err := writeCache(info.CacheFile, cf); err != nil {
			info.Notes = append(info.Notes, fmt.Sprintf("measurements not cached: %v", err))
		}
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}

	want := Bandwidth{Threads: o.Threads, SizeBytes: o.BandwidthBytes, Reps: o.BandwidthReps}
	if i := slices.IndexFunc(cf.Bandwidth, func(b Bandwidth) bool { return b.key() == want.key() }); i >= 0 && !o.Refresh {
		info.Bandwidth = cf.Bandwidth[i]
	} else {
		logf("hwinfo: measuring read bandwidth (%d threads, %d MiB, best of %d)", o.Threads, o.BandwidthBytes>>20, o.BandwidthReps)
		bw, err := measureBandwidth(o.Threads, o.BandwidthBytes, o.BandwidthReps)
		if err != nil {
			return nil, err
		}
		want.BytesPerSec, want.MeasuredAt = bw, now()
		cf.Bandwidth = slices.DeleteFunc(cf.Bandwidth, func(b Bandwidth) bool { return b.key() == want.key() })
		cf.Bandwidth = append(cf.Bandwidth, want)
		info.Bandwidth, dirty = want, true
	}

	for _, spec := range o.Backends {
		if err := ctx.Err(); err != nil {
			save()
			return nil, err
		}
		measured, err := loadBackend(ctx, o, spec, cf, info, logf)
		dirty = dirty || measured
		if err != nil {
			save()
			return nil, err
		}
	}
	save()
	return info, nil
}

// loadBackend fills info's peaks for one backend spec from cf, measuring
// (and adding to cf) what it lacks; it reports whether it measured.
func loadBackend(ctx context.Context, o Options, spec string, cf *cacheFile, info *Info, logf func(string, ...any)) (bool, error) {
	be, err := backends.Open(spec, backends.Options{Threads: o.Threads})
	if err != nil {
		return false, fmt.Errorf("hwinfo: backend %s: %w", spec, err)
	}
	defer be.Close()
	settings := backends.SettingsOf(be)
	measured := false
	for _, w := range o.Formats {
		p := Peak{Backend: spec, Settings: settings, Build: buildID(), Threads: o.Threads, Weights: w, Shape: o.Shape, Reps: o.Reps}
		if i := slices.IndexFunc(cf.Peaks, func(q Peak) bool { return q.key() == p.key() }); i >= 0 && !o.Refresh {
			if cf.Peaks[i].Build == p.Build {
				info.Peaks = append(info.Peaks, cf.Peaks[i])
				continue
			}
			info.Notes = append(info.Notes, fmt.Sprintf("%s %s peak was measured by another build of this program; measuring again", spec, w))
		}
		dt, _ := backends.ParseDType(w) // checked by defaults
		logf("hwinfo: measuring %s matmul peak, %s weights (prefill of %s, best of %d)", spec, w, o.Shape, o.Reps)
		flops, err := measurePeak(ctx, be, dt, o.Shape, o.Reps)
		switch {
		case errors.Is(err, backends.ErrNotImplemented):
			p.Unsupported = err.Error()
		case err != nil:
			return measured, fmt.Errorf("hwinfo: %w", err)
		default:
			p.FLOPsPerSec = flops
		}
		p.MeasuredAt = now()
		cf.Peaks = slices.DeleteFunc(cf.Peaks, func(q Peak) bool { return q.key() == p.key() })
		cf.Peaks = append(cf.Peaks, p)
		info.Peaks = append(info.Peaks, p)
		measured = true
	}
	return measured, nil
}

func now() time.Time { return time.Now().UTC().Truncate(time.Second) }

func (o *Options) defaults() error {
	if o.Threads <= 0 {
		o.Threads = runtime.GOMAXPROCS(0)
	}
	if o.Threads > 1024 {
		return fmt.Errorf("hwinfo: %d threads: at most 1024", o.Threads)
	}
	if o.Backends == nil {
		for _, r := range backends.Registered() {
			if r.Probe == nil || r.Probe() == nil {
				o.Backends = append(o.Backends, r.Name)
			}
		}
		// Lowest priority first: the reference before its faster twins,
		// as `--backend go,simd` lists them.
		slices.Reverse(o.Backends)
	}
	if len(o.Backends) == 0 {
		return fmt.Errorf("hwinfo: %w: no backend to measure", backends.ErrUnavailable)
	}
	var known []string
	for _, r := range backends.Registered() {
		known = append(known, r.Name)
	}
	specs := make([]string, len(o.Backends))
	for i, s := range o.Backends {
		n, err := normSpec(s)
		if err != nil {
			return fmt.Errorf("hwinfo: %w", err)
		}
		// Refused before the bandwidth pass spends seconds.
		if name, _, _ := strings.Cut(n, ":"); !slices.Contains(known, name) {
			return fmt.Errorf("hwinfo: %w %q (compiled in: %s)", backends.ErrUnknownBackend, name, strings.Join(known, ", "))
		}
		specs[i] = n
	}
	o.Backends = specs
	if o.Formats == nil {
		o.Formats = Formats
	}
	formats := make([]string, len(o.Formats))
	for i, f := range o.Formats {
		d, err := backends.ParseDType(f)
		if err != nil {
			return fmt.Errorf("hwinfo: weights: %w", err)
		}
		formats[i] = d.String()
	}
	o.Formats = formats
	if o.Shape == (Shape{}) {
		o.Shape = DefaultShape
	}
	if err := o.Shape.validate(); err != nil {
		return fmt.Errorf("hwinfo: %w", err)
	}
	if o.Reps <= 0 {
		o.Reps = 3
	}
	if o.BandwidthBytes <= 0 {
		o.BandwidthBytes = 1 << 30
	}
	if o.BandwidthReps <= 0 {
		o.BandwidthReps = 3
	}
	return nil
}

// normSpec puts a backend spec's options in sorted order, so that
// "simd:math=exact,kernels=avx2" and "simd:kernels=avx2,math=exact" are
// one cache key.
func normSpec(spec string) (string, error) {
	name, extra, err := backends.ParseSpec(spec)
	if err != nil {
		return "", err
	}
	if len(extra) == 0 {
		return name, nil
	}
	return name + ":" + settingsString(extra), nil
}

// ReadBandwidth is the measured read bandwidth in bytes/s and what it is,
// for the roofline's decode line; 0 and "" if none was measured.
func (i *Info) ReadBandwidth() (bytesPerSec float64, basis string) {
	b := i.Bandwidth
	if !finitePositive(b.BytesPerSec) {
		return 0, ""
	}
	return b.BytesPerSec, fmt.Sprintf("read bandwidth measured %s: %d threads streaming %d MiB, best of %d%s",
		b.MeasuredAt.Format(time.DateOnly), b.Threads, b.SizeBytes>>20, b.Reps, cachedNote(b.Cached))
}

// PeakFLOPS is the peak FLOP/s of backend's matmul with weights in format
// weights (f32, bf16, f16, q8_0, q4_0), and what it is. backend is a spec
// as passed to Load (options in any order). 0 for a backend or format not
// measured; 0 with the reason when the backend cannot run the format.
func (i *Info) PeakFLOPS(backend string, weights string) (flops float64, basis string) {
	spec, err := normSpec(backend)
	if err != nil {
		return 0, ""
	}
	d, err := backends.ParseDType(weights)
	if err != nil {
		return 0, ""
	}
	for _, p := range i.Peaks {
		if p.Backend != spec || p.Weights != d.String() {
			continue
		}
		if p.Unsupported != "" {
			return 0, p.Unsupported
		}
		return p.FLOPsPerSec, fmt.Sprintf("%s %s matmul peak measured %s%s: prefill of %s, %d threads, best of %d%s",
			p.Backend, p.Weights, p.MeasuredAt.Format(time.DateOnly), settingsNote(p.Settings), p.Shape, p.Threads, p.Reps, cachedNote(p.Cached))
	}
	return 0, ""
}

func cachedNote(cached bool) string {
	if cached {
		return " (cached)"
	}
	return ""
}

// settingsNote renders what the backend ran with, threads left out (the
// basis says them).
func settingsNote(s map[string]string) string {
	var parts []string
	for _, kv := range strings.Split(settingsString(s), ",") {
		if kv != "" && !strings.HasPrefix(kv, "threads=") {
			parts = append(parts, kv)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, " ") + ")"
}
