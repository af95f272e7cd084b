package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
)

// opProfile accumulates per-op wall time by op name with the layer prefix
// removed ("l3.attn_q" → "attn_q"), so a 26-layer model prints one row per
// distinct op, and relates it to the graph's cost model.
type opProfile struct {
	label string
	rows  map[string]*opRow
	total time.Duration
}

type opRow struct {
	name  string
	kind  backends.OpKind
	calls int
	d     time.Duration
	cost  backends.Cost
}

func newOpProfile() *opProfile { return &opProfile{rows: map[string]*opRow{}} }

// profiler returns the hook for Runner.SetProfiler; ctx gives the
// attention context the step ran at, for the cost model.
func (p *opProfile) profiler(ctx func() int) func(*backends.Graph, []backends.OpTime) {
	return func(g *backends.Graph, prof []backends.OpTime) {
		for _, t := range prof {
			op := &g.Ops[t.Op]
			name := op.Name
			if op.Layer >= 0 {
				if _, rest, ok := strings.Cut(name, "."); ok {
					name = rest
				}
			}
			r := p.rows[name]
			if r == nil {
				r = &opRow{name: name, kind: op.Kind}
				p.rows[name] = r
			}
			r.calls++
			r.d += t.D
			p.total += t.D
			r.cost.Add(g.OpCost(op, ctx()))
		}
	}
}

func (p *opProfile) write(w io.Writer) {
	rows := make([]*opRow, 0, len(p.rows))
	for _, r := range p.rows {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].d > rows[j].d })
	fmt.Fprintf(w, "\nper-op profile, %s (%.1f ms over all timed runs)\n", p.label, p.total.Seconds()*1e3)
	fmt.Fprintf(w, "%-16s %-10s %8s %10s %6s %9s %8s\n", "op", "kind", "calls", "total ms", "%", "GFLOP/s", "GB/s")
	for _, r := range rows {
		s := r.d.Seconds()
		fmt.Fprintf(w, "%-16s %-10s %8d %10.1f %5.1f%% %9.2f %8.2f\n", r.name, r.kind, r.calls, s*1e3,
			100*r.d.Seconds()/p.total.Seconds(), float64(r.cost.FLOPs)/s/1e9, float64(r.cost.Bytes)/s/1e9)
	}
}
