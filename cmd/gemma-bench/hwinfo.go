package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/hwinfo"
)

// cmdHwinfo measures (or reads from the cache) the machine's roofline
// limits: read bandwidth, and each backend's matmul peak per weight format.
func cmdHwinfo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("hwinfo", "hwinfo [--backend go,simd] [--threads N] [--weights f32,q8_0] [--refresh] [--json]", stdout, stderr)
	backendList := fs.String("backend", "", "comma-separated backend specs to measure (default: every usable one; see 'gemma-bench backends')")
	cudaLibDirFlag(fs)
	threads := fs.Int("threads", 0, fmt.Sprintf("CPU threads, 0–%d (0 = all cores)", maxThreads))
	weights := fs.String("weights", strings.Join(hwinfo.Formats, ","), "comma-separated weight formats to measure each backend's matmul with")
	refresh := fs.Bool("refresh", false, "measure again, replacing what the cache holds for these settings")
	asJSON := fs.Bool("json", false, "print the measurements as JSON")
	cacheDir := fs.String("cache", cacheRoot(), "cache root; measurements go to <cache>/hwinfo/host-<fingerprint>.json")
	rows := fs.Int("rows", hwinfo.DefaultShape.Rows, "probe prefill tokens per step (1–8192)")
	dim := fs.Int("dim", hwinfo.DefaultShape.Dim, "probe model width (a multiple of 32)")
	ffn := fs.Int("ffn", hwinfo.DefaultShape.FFN, "probe MLP width (a multiple of 32)")
	reps := fs.Int("reps", 3, "timed prefills per backend and format, best kept (1–100)")
	bwMiB := fs.Int("bw-mib", 1024, "MiB the bandwidth probe streams, several times the last-level cache (1–65536)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := ranges(inRange("hwinfo", "threads", *threads, 0, maxThreads), inRange("hwinfo", "reps", *reps, 1, 100),
		inRange("hwinfo", "bw-mib", *bwMiB, 1, 1<<16)); err != nil {
		return err
	}
	o := hwinfo.Options{
		CacheDir: *cacheDir, Threads: *threads, Refresh: *refresh,
		Backends: hwSplitSpecs(*backendList), Formats: hwSplitList(*weights),
		Shape: hwinfo.Shape{Rows: *rows, Dim: *dim, FFN: *ffn}, Reps: *reps,
		BandwidthBytes: int64(*bwMiB) << 20, BandwidthReps: 3, Log: stderr,
	}
	if o.Formats == nil {
		return fmt.Errorf("hwinfo: --weights is empty")
	}
	info, err := hwinfo.LoadWith(ctx, o)
	if err != nil {
		return err
	}
	for _, n := range info.Notes {
		fmt.Fprintln(stderr, "hwinfo:", n)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	return writeHwinfo(stdout, info, o)
}

// writeHwinfo prints the limits as a table: one row per backend, one
// column per weight format.
func writeHwinfo(w io.Writer, info *hwinfo.Info, o hwinfo.Options) error {
	h := info.Host
	fmt.Fprintf(w, "host       %s (%d cores, %.0f GiB, %s/%s), fingerprint %s\n", h.CPU, h.Cores, float64(h.MemBytes)/(1<<30), h.OS, h.Arch, info.Fingerprint)
	if info.CacheFile != "" {
		fmt.Fprintf(w, "cache      %s\n", info.CacheFile)
	}
	b := info.Bandwidth
	fmt.Fprintf(w, "bandwidth  %.1f%s GB/s read (%d threads, %d MiB, best of %d, measured %s)\n\n",
		b.BytesPerSec/1e9, hwCachedMark(b.Cached), b.Threads, b.SizeBytes>>20, b.Reps, b.MeasuredAt.Format(time.DateOnly))

	var formats, specs []string
	cell := map[[2]string]hwinfo.Peak{}
	settings := map[string]string{}
	for _, p := range info.Peaks {
		if _, ok := settings[p.Backend]; !ok {
			specs = append(specs, p.Backend)
			settings[p.Backend] = hwBackendNote(p.Settings)
		}
		if !slices.Contains(formats, p.Weights) {
			formats = append(formats, p.Weights)
		}
		cell[[2]string{p.Backend, p.Weights}] = p
	}
	fmt.Fprintf(w, "matmul peak GFLOP/s: prefill of %s, %d threads, best of %d (* = from the cache; --refresh measures again)\n", o.Shape, info.Threads, o.Reps)
	width := len("backend")
	for _, s := range specs {
		width = max(width, len(s))
	}
	fmt.Fprintf(w, "%-*s", width, "backend")
	for _, f := range formats {
		fmt.Fprintf(w, "  %8s", f)
	}
	fmt.Fprintln(w, "  settings")
	var unsupported []string
	for _, s := range specs {
		fmt.Fprintf(w, "%-*s", width, s)
		for _, f := range formats {
			p, ok := cell[[2]string{s, f}]
			v := ""
			switch {
			case !ok:
			case p.Unsupported != "":
				v = "n/a" + hwCachedMark(p.Cached)
				unsupported = append(unsupported, fmt.Sprintf("%s %s: %s", s, f, p.Unsupported))
			default:
				v = fmt.Sprintf("%.1f%s", p.FLOPsPerSec/1e9, hwCachedMark(p.Cached))
			}
			fmt.Fprintf(w, "  %8s", v)
		}
		fmt.Fprintf(w, "  %s\n", settings[s])
	}
	for _, u := range unsupported {
		fmt.Fprintln(w, "n/a:", u)
	}
	return nil
}

func hwCachedMark(cached bool) string {
	if cached {
		return "*"
	}
	return ""
}

// hwBackendNote is what the backend reported it ran with, threads left out
// (the heading has them).
func hwBackendNote(s map[string]string) string {
	var parts []string
	for _, k := range []string{"kernels", "math", "kv"} {
		if v, ok := s[k]; ok {
			parts = append(parts, k+"="+v)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(s)) {
		if k != "threads" && !slices.Contains([]string{"kernels", "math", "kv"}, k) {
			parts = append(parts, k+"="+s[k])
		}
	}
	return strings.Join(parts, " ")
}

// hwSplitList reads "a,b, c"; nil when empty.
func hwSplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// hwSplitSpecs reads a comma-separated list of backend specs, whose own
// options are comma-separated too: a piece with '=' but no ':' is another
// option of the spec before it, so "go,simd:math=exact,kernels=avx2" is
// go and simd:math=exact,kernels=avx2. nil when empty (every backend).
func hwSplitSpecs(s string) []string {
	var out []string
	for _, f := range hwSplitList(s) {
		if len(out) > 0 && strings.Contains(f, "=") && !strings.Contains(f, ":") {
			out[len(out)-1] += "," + f
			continue
		}
		out = append(out, f)
	}
	return out
}
