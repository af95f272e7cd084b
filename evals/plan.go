package evals

import (
	"fmt"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/tasks"
)

// Plan is what a run scores, in order: the suite's tasks with their docs
// (after --limit), cut into batches of docs of one task. Batches, not docs,
// are the unit of sharding and resuming, and a batch is always computed
// whole, so every doc is scored in the same company (the same step shapes,
// hence the same floating-point sums) in a sharded, resumed or plain run.
type Plan struct {
	Suite   tasks.Suite
	Docs    [][]tasks.Doc // per task, after the limit
	Orig    []int         // per task, before the limit
	Shots   []int         // per task, the shots actually used
	Batches []Batch       // this shard's batches, in order
	Shard   results.Shard
	// Total counts the docs of all shards; Planned those of this shard.
	Total, Planned int
}

// Batch is a run of docs of one task scored by one LM call.
type Batch struct {
	Task  int // index into Suite.Tasks
	Index int // position among all shards' batches
	Docs  []tasks.Doc
}

// PlanOptions select docs.
type PlanOptions struct {
	Shots     int // -1: each task's default
	Limit     int // first Limit docs of each task; 0: all
	BatchSize int // docs per LM call; 0: 1
	Shard     results.Shard
}

// NewPlan builds every doc and keeps this shard's batches: global batch k
// belongs to shard k mod Count, which spreads every task over the shards.
func NewPlan(suite tasks.Suite, o PlanOptions) (*Plan, error) {
	if o.BatchSize <= 0 {
		o.BatchSize = 1
	}
	if o.Shard.Count <= 0 {
		o.Shard.Count = 1
	}
	if o.Shard.Index < 0 || o.Shard.Index >= o.Shard.Count {
		return nil, fmt.Errorf("evals: shard %d of %d", o.Shard.Index, o.Shard.Count)
	}
	if o.Limit < 0 {
		return nil, fmt.Errorf("evals: negative limit %d", o.Limit)
	}
	if len(suite.Tasks) == 0 {
		return nil, fmt.Errorf("evals: no tasks")
	}
	p := &Plan{Suite: suite, Shard: o.Shard}
	seen := map[string]bool{}
	k := 0
	for ti, t := range suite.Tasks {
		if seen[t.Name()] {
			return nil, fmt.Errorf("evals: task %s listed twice", t.Name())
		}
		seen[t.Name()] = true
		docs, err := t.Docs(o.Shots)
		if err != nil {
			return nil, err
		}
		shots := o.Shots
		if shots < 0 {
			shots = countShots(t, docs)
		}
		p.Orig = append(p.Orig, len(docs))
		if o.Limit > 0 && len(docs) > o.Limit {
			docs = docs[:o.Limit]
		}
		p.Docs = append(p.Docs, docs)
		p.Shots = append(p.Shots, shots)
		p.Total += len(docs)
		for lo := 0; lo < len(docs); lo += o.BatchSize {
			b := Batch{Task: ti, Index: k, Docs: docs[lo:min(lo+o.BatchSize, len(docs))]}
			if k%o.Shard.Count == o.Shard.Index {
				p.Batches = append(p.Batches, b)
				p.Planned += len(b.Docs)
			}
			k++
		}
	}
	return p, nil
}

// countShots recovers a task's default shot count, which the Task interface
// does not expose, by comparing its docs' prefix with a zero-shot build: the
// results file must state the n-shot that was really used.
func countShots(t tasks.Task, docs []tasks.Doc) int {
	if len(docs) == 0 || t.OutputType() == tasks.Rolling {
		return 0
	}
	for n := 0; n <= 64; n++ {
		d, err := t.Docs(n)
		if err != nil || len(d) == 0 {
			break
		}
		if d[0].Prefix() == docs[0].Prefix() {
			return n
		}
	}
	return -1
}

// CacheLen bounds the positions any request of the plan can need, from byte
// lengths (a token covers at least one byte): BOS + context + continuation,
// or + MaxTokens for generation, capped at maxLen.
func (p *Plan) CacheLen(maxLen int) int {
	need := 1
	for _, b := range p.Batches {
		for _, d := range b.Docs {
			for _, r := range d.Requests {
				n := 1 + len(r.Context) + len(r.Continuation)
				if r.Kind == tasks.GenerateUntil {
					n = 1 + len(r.Context) + r.MaxTokens
				}
				need = max(need, min(n, maxLen))
			}
		}
	}
	return need
}

// MaxRequests is the most requests one batch sends, to size work slots.
func (p *Plan) MaxRequests() int {
	n := 0
	for _, b := range p.Batches {
		k := 0
		for _, d := range b.Docs {
			k += len(d.Requests)
		}
		n = max(n, k)
	}
	return n
}
