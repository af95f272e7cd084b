package evals

import (
	"context"
	"fmt"
	"strings"

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
		if _, err := send(ctx, e, plan.Suite.Tasks[b.Task], reqs); err != nil {
			return e.Stats(), taskErr(plan.Suite.Tasks[b.Task].Name(), err)
		}
		if err := ctx.Err(); err != nil {
			return e.Stats(), err
		}
	}
	return e.Stats(), nil
}

// send routes a task's requests to the LM method of its output type.
func send(ctx context.Context, lm LM, t tasks.Task, reqs []tasks.Request) ([]Response, error) {
	switch t.OutputType() {
	case tasks.MultipleChoice:
		return lm.Loglikelihood(ctx, reqs)
	case tasks.Rolling:
		return lm.LoglikelihoodRolling(ctx, reqs)
	case tasks.Generate:
		return lm.GenerateUntil(ctx, reqs)
	}
	return nil, fmt.Errorf("unknown output type %s", t.OutputType())
}

// taskError names the task a request of failed in, with the package
// prefix once: "evals: arith: step of 24 rows: …", not "evals: arith:
// evals: …".
type taskError struct {
	task string
	err  error
}

func taskErr(task string, err error) error { return &taskError{task, err} }

func (e *taskError) Error() string {
	return "evals: " + e.task + ": " + strings.TrimPrefix(e.err.Error(), "evals: ")
}

func (e *taskError) Unwrap() error { return e.err }
