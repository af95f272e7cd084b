package opprof

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
	"github.com/google/pprof/profile"
)

// Value indices of every sample, in the order of the profile's SampleType.
const (
	valueTime = iota
	valueBytes
	valueFLOPs
)

// header is the profile's first comment: what its numbers are.
const header = "gemma-bench op profile: one sample per op execution; " +
	"time measured by the backend, bytes and flops from the graph's cost model"

// Builder accumulates op timings into one profile. It is safe for use from
// several goroutines (runners of different backends may share one), and
// its zero value is not usable: call New.
type Builder struct {
	mu      sync.Mutex
	p       *profile.Profile
	mapping *profile.Mapping
	locs    map[string]*profile.Location // by frame name: one function and location each
	// Samples of one op share their label maps (the encoder only reads
	// them), so a long eval's millions of samples do not each carry three.
	labels  map[labelKey]map[string][]string
	nums    map[numKey]map[string][]int64
	units   map[numKey]map[string][]string
	total   time.Duration
	dropped int // timings naming an op the graph does not have
}

type labelKey struct{ backend, kind, name, weights string }

type numKey struct{ layer, rows, ctx int }

// New returns an empty builder.
func New() *Builder {
	// One synthetic mapping that claims its functions are resolved, so
	// pprof never goes looking for a binary to symbolize these addresses.
	m := &profile.Mapping{ID: 1, Start: 1 << 20, Limit: 1 << 40, File: "gemma-bench-ops",
		HasFunctions: true, HasFilenames: true, HasLineNumbers: true}
	return &Builder{
		p: &profile.Profile{
			SampleType: []*profile.ValueType{
				valueTime:  {Type: "time", Unit: "nanoseconds"},
				valueBytes: {Type: "bytes", Unit: "bytes"},
				valueFLOPs: {Type: "flops", Unit: "count"},
			},
			DefaultSampleType: "time",
			PeriodType:        &profile.ValueType{Type: "op", Unit: "count"},
			Period:            1,
			TimeNanos:         time.Now().UnixNano(),
			Mapping:           []*profile.Mapping{m},
		},
		mapping: m,
		locs:    map[string]*profile.Location{},
		labels:  map[labelKey]map[string][]string{},
		nums:    map[numKey]map[string][]int64{},
		units:   map[numKey]map[string][]string{},
	}
}

// Add records one step's op timings, as Output.Profile returns them for
// graph g, run on backend (a spec such as "simd:math=exact"). Attention is
// costed at the context of a prefill from position 0, (Rows+1)/2 positions
// per row on average; a step deeper in its sequence (every decode step)
// should go through AddAt with the context it ran at.
func (b *Builder) Add(backend string, g *backends.Graph, prof []backends.OpTime) {
	b.AddAt(backend, g, prof, (g.Rows+1)/2)
}

// AddAt is Add with the attention context, in positions per row, the cost
// model uses for the step's attention ops.
func (b *Builder) AddAt(backend string, g *backends.Graph, prof []backends.OpTime, ctx int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, t := range prof {
		if t.Op < 0 || t.Op >= len(g.Ops) {
			b.dropped++
			continue
		}
		op := &g.Ops[t.Op]
		c := g.OpCost(op, ctx)
		nums, units := b.numsOf(op.Layer, g.Rows, ctx)
		s := &profile.Sample{
			Value:    []int64{valueTime: t.D.Nanoseconds(), valueBytes: c.Bytes, valueFLOPs: c.FLOPs},
			Location: b.stack(op),
			Label:    b.labelsOf(backend, op),
			NumLabel: nums,
			NumUnit:  units,
		}
		b.p.Sample = append(b.p.Sample, s)
		b.total += t.D
	}
}

// Hook returns a profiler for model.Runner.SetProfiler that adds every
// step the runner executes on backend (with Add's prefill context).
func (b *Builder) Hook(backend string) func(g *backends.Graph, prof []backends.OpTime) {
	return func(g *backends.Graph, prof []backends.OpTime) { b.Add(backend, g, prof) }
}

// HookAt is Hook with the attention context of each step taken from ctx,
// called once per step (a decode loop reports its current depth).
func (b *Builder) HookAt(backend string, ctx func() int) func(g *backends.Graph, prof []backends.OpTime) {
	return func(g *backends.Graph, prof []backends.OpTime) { b.AddAt(backend, g, prof, ctx()) }
}

// Len is the number of samples (op executions) recorded so far.
func (b *Builder) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.p.Sample)
}

// Write writes the profile as pprof's gzipped protocol buffer.
func (b *Builder) Write(w io.Writer) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.p
	p.DurationNanos = b.total.Nanoseconds()
	p.Comments = []string{header}
	if b.dropped > 0 {
		p.Comments = append(p.Comments, fmt.Sprintf("%d timings named ops outside their graph and were dropped", b.dropped))
	}
	if err := p.CheckValid(); err != nil {
		return fmt.Errorf("op profile: %w", err)
	}
	if err := p.Write(w); err != nil {
		return fmt.Errorf("op profile: %w", err)
	}
	return nil
}

// WriteFile writes the profile to path atomically: a reader never sees a
// truncated profile, even if the run is killed while writing.
func (b *Builder) WriteFile(path string) error {
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return atomicfile.WriteFile(path, buf.Bytes())
}

// stack is the sample's call stack, leaf first: the op, then its layer.
func (b *Builder) stack(op *backends.Op) []*profile.Location {
	leaf := b.location(op.Kind.String() + "." + shortName(op))
	if op.Layer < 0 {
		return []*profile.Location{leaf}
	}
	return []*profile.Location{leaf, b.location("layer." + strconv.Itoa(op.Layer))}
}

// location returns the one location of the function called name, making
// both on first use. Addresses are arbitrary but distinct, inside the
// mapping.
func (b *Builder) location(name string) *profile.Location {
	if l, ok := b.locs[name]; ok {
		return l
	}
	id := uint64(len(b.locs) + 1)
	f := &profile.Function{ID: id, Name: name, SystemName: name, Filename: "graph"}
	l := &profile.Location{ID: id, Mapping: b.mapping, Address: b.mapping.Start + id*16,
		Line: []profile.Line{{Function: f, Line: 1}}}
	b.p.Function = append(b.p.Function, f)
	b.p.Location = append(b.p.Location, l)
	b.locs[name] = l
	return l
}

// shortName drops the layer prefix the model's graph builder adds
// ("l3.attn_q" → "attn_q"), so that one function stands for an op in
// every layer; a name without that exact prefix is kept whole.
func shortName(op *backends.Op) string {
	if op.Layer >= 0 {
		if rest, ok := strings.CutPrefix(op.Name, "l"+strconv.Itoa(op.Layer)+"."); ok && rest != "" {
			return rest
		}
	}
	if op.Name == "" {
		return "op"
	}
	return op.Name
}

func (b *Builder) labelsOf(backend string, op *backends.Op) map[string][]string {
	k := labelKey{backend: backend, kind: op.Kind.String(), name: op.Name}
	if op.W != nil {
		k.weights = op.W.DType.String()
	}
	if m, ok := b.labels[k]; ok {
		return m
	}
	m := map[string][]string{"kind": {k.kind}, "name": {k.name}, "backend": {k.backend}}
	if k.weights != "" {
		m["weights"] = []string{k.weights}
	}
	b.labels[k] = m
	return m
}

// numsOf returns the numeric labels and their units. Every one has a unit
// because pprof's encoding drops a unitless numeric label whose value is
// 0 (layer 0, a decode at context 0); pprof still matches a unitless
// -tagfocus=layer=3 against them.
func (b *Builder) numsOf(layer, rows, ctx int) (map[string][]int64, map[string][]string) {
	k := numKey{layer, rows, ctx}
	if m, ok := b.nums[k]; ok {
		return m, b.units[k]
	}
	m := map[string][]int64{"rows": {int64(rows)}, "ctx": {int64(ctx)}}
	u := map[string][]string{"rows": {"rows"}, "ctx": {"positions"}}
	if layer >= 0 {
		m["layer"], u["layer"] = []int64{int64(layer)}, []string{"index"}
	}
	b.nums[k], b.units[k] = m, u
	return m, u
}
