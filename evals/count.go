package evals

import (
	"context"
	"fmt"

	"github.com/gemma-bench/gemma-bench/tasks"
)

// Count sends every batch of the plan through e, normally a NewCounter, and
// returns its totals: how many tokens a run computes with prefix reuse
// against lm-eval's equivalent, from tokenization alone. Nothing is written.
func Count(ctx context.Context, e *Engine, plan *Plan) (Stats, error) {
	for _, b := range plan.Batches {
		var reqs []tasks.Request
		for _, d := range b.Docs {
			reqs = append(reqs, d.Requests...)
		}
		var err error
		switch t := plan.Suite.Tasks[b.Task]; t.OutputType() {
		case tasks.MultipleChoice:
			_, err = e.Loglikelihood(ctx, reqs)
		case tasks.Rolling:
			_, err = e.LoglikelihoodRolling(ctx, reqs)
		case tasks.Generate:
			_, err = e.GenerateUntil(ctx, reqs)
		default:
			err = fmt.Errorf("unknown output type %s", t.OutputType())
		}
		if err != nil {
			return e.Stats(), fmt.Errorf("evals: %s: %w", plan.Suite.Tasks[b.Task].Name(), err)
		}
		if err := ctx.Err(); err != nil {
			return e.Stats(), err
		}
	}
	return e.Stats(), nil
}
