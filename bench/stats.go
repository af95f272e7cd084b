package bench

import (
	"math"
	"slices"

	"golang.org/x/perf/benchmath"
)

// Confidence is the level of every interval bench reports.
const Confidence = 0.95

// Unbounded reports whether samples are too few for a finite 95%
// interval of their median (benchmath's order-statistic interval needs
// six). results.MedianSummary then stores the samples' extremes as Lo and
// Hi, since JSON cannot hold ±∞; renderers print "± ∞" instead.
func Unbounded(samples []float64) bool {
	if len(samples) == 0 {
		return true
	}
	s := benchmath.NewSample(slices.Clone(samples), &benchmath.DefaultThresholds)
	sum := benchmath.AssumeNothing.Summary(s, Confidence)
	return math.IsInf(sum.Lo, 0) || math.IsInf(sum.Hi, 0)
}
