package plots

import (
	"slices"

	"github.com/gemma-bench/gemma-bench/results"
)

// driftFigure: each backend's agreement with its record's reference (the
// first backend) on a log axis: the largest |Δlogit| and the mean KL
// divergence, a case per backend, a colour per run.
func driftFigure(recs []*results.Record) *figure {
	f := &figure{
		title: "Numerical agreement with the reference backend (log scale)" + modelsOf(recs),
		empty: "These records hold no agreement: a run of several backends measures each against the first.",
	}
	var cases []string
	type value struct {
		rec  int
		kase string
		ag   *results.AgreementRef
	}
	var vals []value
	for ri, r := range recs {
		labels := backendLabels(r.Backends)
		for bi, b := range r.Backends {
			if b.Agreement == nil || bi == 0 {
				continue
			}
			c := labels[bi] + " vs " + labels[0]
			if !slices.Contains(cases, c) {
				cases = append(cases, c)
			}
			vals = append(vals, value{rec: ri, kase: c, ag: b.Agreement})
		}
	}
	if len(vals) == 0 {
		return f
	}
	runs := runNames(recs)
	for _, q := range []struct {
		title string
		of    func(*results.AgreementRef) float64
	}{
		{"largest |Δlogit|", func(a *results.AgreementRef) float64 { return a.MaxAbs }},
		{"KL divergence, mean over rows", func(a *results.AgreementRef) float64 { return a.KL }},
	} {
		bp := &barPanel{title: q.title, cases: cases, dots: true}
		for ri := range recs {
			bs := barSeries{name: runs[ri], color: ri, bars: make([]Bar, len(cases))}
			has, zeros := false, false
			for _, v := range vals {
				if v.rec != ri {
					continue
				}
				x := q.of(v.ag)
				if !finite(x) {
					continue
				}
				has = true
				if x <= 0 {
					zeros = true
					continue
				}
				bs.bars[slices.Index(cases, v.kase)] = Bar{OK: true, N: v.ag.Rows, Center: x, Lo: x, Hi: x}
			}
			if !has {
				continue
			}
			if zeros {
				// A log axis has no zero: say so rather than drop it unseen.
				bs.name += " (exact 0 not drawn)"
			}
			bp.series = append(bp.series, bs)
		}
		if len(bp.series) > 0 {
			f.panels = append(f.panels, bp)
		}
	}
	return f
}
