package bench

import (
	"fmt"
	"math"
	"slices"

	"github.com/gemma-bench/gemma-bench/results"
)

// Limits are the machine's ceilings at one thread count, what a
// throughput is measured against (Options.LimitsAt gives one per thread
// count). Package hwinfo measures and caches them (*hwinfo.Info); a value
// of 0 means unknown, and a figure whose ceiling is unknown gets no Limit.
// basis says where a value came from ("membw, 2 threads, 1 GiB, best of 3").
type Limits interface {
	// ReadBandwidth is the sustained read bandwidth in bytes/s: the roof
	// a decode step, which streams every weight once, runs against.
	ReadBandwidth() (bytesPerSec float64, basis string)
	// PeakFLOPS is the FLOP/s of backend's own matmul kernel on weights
	// of the given dtype ("bf16", "q8_0"): the roof of a prefill. backend
	// is the spec the sweep opened ("simd:math=exact").
	PeakFLOPS(backend, weights string) (flops float64, basis string)
}

// caseCost is a case's work per token from the graph's cost model, at
// the case's mean attention context.
type caseCost struct {
	bytesPerToken float64
	flopsPerToken float64
}

// pendingLimit is a measured metric waiting for its ceiling: limits are
// asked for after the sweep, so that a bandwidth probe's buffer is not
// resident while anything is timed.
type pendingLimit struct {
	backend, metric int
	kind            Kind
	spec, weights   string
	threads         int
	cost            caseCost
	along           *alongside // nil unless Options.Alongside measured this case
}

// alongside are a decode case's bandwidth measurements, one after each
// timed repetition (in the order of the metric's samples).
type alongside struct {
	bw    []float64
	basis string
}

// limitFor is the roofline: the lower of the bandwidth and compute
// ceilings that are known. A case gets a limit only when the ceiling of
// its kind is known (decode: bandwidth, prefill: FLOP/s), so a prefill is
// never shown against a bandwidth roof it does not touch.
//
// With bandwidth measured alongside (p.along), that replaces the cached
// bandwidth, and when it binds the fraction is the median over the
// repetitions of each one's tok/s against the limit measured after it.
// l may be nil when only the alongside figures are known.
func limitFor(l Limits, p pendingLimit, m *results.Metric) *results.Limit {
	var bw, peak float64
	var bwBasis, peakBasis string
	if l != nil {
		bw, bwBasis = l.ReadBandwidth()
		peak, peakBasis = l.PeakFLOPS(p.spec, p.weights)
	}
	var fractions []float64
	if a := p.along; a != nil && len(a.bw) == len(m.Samples) && len(a.bw) > 0 && p.cost.bytesPerToken > 0 {
		for i, v := range a.bw {
			if !(v > 0) || math.IsInf(v, 0) {
				fractions = nil
				break
			}
			fractions = append(fractions, m.Samples[i]*p.cost.bytesPerToken/v)
		}
		if fractions != nil {
			lo, hi := slices.Min(a.bw), slices.Max(a.bw)
			bw = results.MedianSummary(a.bw).Center
			bwBasis = fmt.Sprintf("measured after each of %d repetitions, %.1f–%.1f GB/s: %s", len(a.bw), lo/1e9, hi/1e9, a.basis)
		}
	}
	center := m.Summary.Center
	var lim *results.Limit
	alongBinds := false
	consider := func(v float64, basis string, along bool) {
		if v > 0 && !math.IsInf(v, 0) && (lim == nil || v < lim.Value) {
			lim = &results.Limit{Value: v, Basis: basis}
			alongBinds = along
		}
	}
	primary := (p.kind == Decode && bw > 0) || (p.kind == Prefill && peak > 0)
	if !primary {
		return nil
	}
	if bw > 0 && p.cost.bytesPerToken > 0 {
		consider(bw/p.cost.bytesPerToken, fmt.Sprintf("read %.1f GB/s (%s) ÷ %.3g GB/token", bw/1e9, bwBasis, p.cost.bytesPerToken/1e9), fractions != nil)
	}
	if peak > 0 && p.cost.flopsPerToken > 0 {
		consider(peak/p.cost.flopsPerToken, fmt.Sprintf("peak %.1f GFLOP/s (%s) ÷ %.3g GFLOP/token", peak/1e9, peakBasis, p.cost.flopsPerToken/1e9), false)
	}
	if lim != nil {
		lim.Fraction = center / lim.Value
		if alongBinds {
			lim.Fraction = results.MedianSummary(fractions).Center
		}
	}
	return lim
}
