package tasks

import (
	"fmt"
	"strconv"
)

// The multiple-choice engine shared by MMLU, the JSONL specs and arith.
// Prompts are assembled as in fewshot.go, with continuations
// target_delim + choice. In partial mode (Winogrande) the choice is the text
// and the shared suffix is the answer: lm-eval's "multiple_input" path, where
// each choice yields its own context.

// mcItem is one parsed multiple-choice example, independent of its source.
type mcItem struct {
	text    string   // the question turn, ending just before the answer
	choices []string // lm-eval doc_to_choice
	gold    int      // index into choices
	// partial: choices are alternative contexts and suffix is the common
	// continuation (Winogrande), so the model scores the same words after
	// each candidate context.
	partial bool
	suffix  string
	source  string // file:line
	key     string // content identity, to drop the eval doc from its own shots
}

// asShot is lm-eval's build_qa_turn with an answer: for partial scoring the
// gold choice is the question and the shared suffix the answer.
func (it mcItem) asShot() shot {
	if it.partial {
		return shot{q: it.choices[it.gold], a: it.suffix, key: it.key}
	}
	return shot{q: it.text, a: it.choices[it.gold], key: it.key}
}

// doc turns an item into requests after the given prefix.
func (p mcPrompt) doc(task string, id int, prefix string, it mcItem) Doc {
	d := Doc{Task: task, ID: id, Choices: it.choices, Gold: it.gold, Source: it.source}
	if it.partial {
		// The eval turn has no target delimiter before the choice (lm-eval
		// passes tgt_delim="" for multiple-input contexts); the delimiter
		// goes in front of the shared continuation instead.
		cont := p.targetDelim + it.suffix
		for _, c := range it.choices {
			d.Requests = append(d.Requests, Request{Kind: Loglikelihood, Context: prefix + c, PrefixLen: len(prefix), Continuation: cont})
		}
		d.Target = it.suffix
	} else {
		// One context string shared by all choices: the runner sees the same
		// bytes and can score all continuations from one forward pass.
		ctx := prefix + it.text
		for _, c := range it.choices {
			d.Requests = append(d.Requests, Request{Kind: Loglikelihood, Context: ctx, PrefixLen: len(prefix), Continuation: p.targetDelim + c})
		}
		d.Target = strconv.Itoa(it.gold)
	}
	d.finish()
	return d
}

// mcTask is a multiple-choice Task over parsed items.
type mcTask struct {
	name, version string
	eval          []mcItem
	shots         fewshot
	defaultShots  int
	metrics       []Metric
}

func (t *mcTask) Name() string           { return t.name }
func (t *mcTask) Version() string        { return t.version }
func (t *mcTask) OutputType() OutputType { return MultipleChoice }
func (t *mcTask) Metrics() []Metric      { return t.metrics }

// Docs renders every eval item with n shots (n < 0: the task's default).
func (t *mcTask) Docs(n int) ([]Doc, error) {
	if n < 0 {
		n = t.defaultShots
	}
	if err := t.shots.check(t.name, n); err != nil {
		return nil, err
	}
	prefix := t.shots.prefixes(n)
	docs := make([]Doc, len(t.eval))
	for i, it := range t.eval {
		p, err := prefix(it.key)
		if err != nil {
			return nil, fmt.Errorf("%w (%s)", err, it.source)
		}
		docs[i] = t.shots.prompt.doc(t.name, i, p, it)
	}
	return docs, nil
}

// newMCTask wires items into a task; pool may be the eval items themselves.
func newMCTask(name, version string, p mcPrompt, eval, pool []mcItem, samePool bool, defaultShots int, metrics []Metric) *mcTask {
	f := fewshot{prompt: p, samePool: samePool, pool: make([]shot, len(pool))}
	for i, it := range pool {
		f.pool[i] = it.asShot()
	}
	return &mcTask{name: name, version: version, eval: eval, shots: f, defaultShots: defaultShots, metrics: metrics}
}

// Process scores one multiple-choice doc.
func (t *mcTask) Process(d Doc, res []Result) (Score, error) {
	return processMC(t.metrics, d, res)
}

// processMC maps per-choice log-probs to acc / acc_norm / acc_bytes.
func processMC(metrics []Metric, d Doc, res []Result) (Score, error) {
	if err := checkResults(d, res); err != nil {
		return Score{}, err
	}
	if len(d.Choices) != len(res) {
		return Score{}, fmt.Errorf("tasks: %s doc %d: %d choices for %d results", d.Task, d.ID, len(d.Choices), len(res))
	}
	lls := make([]float64, len(res))
	for i, r := range res {
		lls[i] = r.LogProb
	}
	pred, predNorm := ChoicePreds(lls, d.Choices)
	s := Score{Pred: pred, PredNorm: predNorm, Values: make([]Value, len(metrics))}
	for i, m := range metrics {
		switch m.Name {
		case "acc":
			s.Values[i] = boolValue(pred == d.Gold)
		case "acc_norm":
			s.Values[i] = boolValue(predNorm == d.Gold)
		case "acc_bytes":
			s.Values[i] = boolValue(ChoicePredBytes(lls, d.Choices) == d.Gold)
		default:
			return Score{}, fmt.Errorf("tasks: %s: unknown multiple-choice metric %q", d.Task, m.Name)
		}
	}
	return s, nil
}

// mcMetrics builds the metric list for names such as "acc", "acc_norm".
func mcMetrics(names []string) ([]Metric, error) {
	if len(names) == 0 {
		names = []string{"acc"}
	}
	out := make([]Metric, len(names))
	for i, n := range names {
		switch n {
		case "acc", "acc_norm", "acc_bytes":
		default:
			return nil, fmt.Errorf("tasks: unknown multiple-choice metric %q (want acc, acc_norm or acc_bytes)", n)
		}
		out[i] = Metric{Name: n, Filter: "none", Agg: Mean, HigherIsBetter: true}
	}
	return out, nil
}
