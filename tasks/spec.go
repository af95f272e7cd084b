package tasks

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// SpecBase is what every declarative JSONL task shares: where the data is,
// which split is scored, where shots come from, and the text around them.
// Field names follow lm-eval's YAML keys where one exists.
type SpecBase struct {
	Name    string `json:"name"`
	Version string `json:"version"` // default "1.0"
	// Splits maps split names to JSONL files; relative paths are taken from
	// the spec file's directory.
	Splits map[string]string `json:"splits"`
	// EvalSplit defaults to "test", else "validation" (lm-eval's order).
	EvalSplit string `json:"eval_split"`
	// FewshotSplit defaults to "train" when present. Naming the eval split
	// is allowed: each doc is then left out of its own shots.
	FewshotSplit string `json:"fewshot_split"`
	// NumFewshot is the default for Docs(-1).
	NumFewshot int `json:"num_fewshot"`
	// Sampler must be "first_n" (or empty): lm-eval's default random sampler
	// draws from a Python RNG whose state depends on doc order, --limit and
	// world size, which we do not reproduce.
	Sampler     string `json:"sampler"`
	Description string `json:"description"`
	// TargetDelimiter (default " ") goes between question and answer;
	// FewshotDelimiter (default "\n\n") after each shot. Pointers tell an
	// explicit "" from absent.
	TargetDelimiter  *string `json:"target_delimiter"`
	FewshotDelimiter *string `json:"fewshot_delimiter"`
}

// MCSpec declares a multiple-choice task over JSONL (HellaSwag, ARC, PIQA,
// Winogrande style). Choices come from ChoicesField (an array field) or
// Choices (one template each); Partial replaces Text and Choices for
// Winogrande-style partial scoring.
type MCSpec struct {
	SpecBase
	// Text is the question template, e.g. "Question: {{question}}\nAnswer:".
	Text string `json:"text"`
	// Choices are templates, one per choice, e.g. ["{{sol1}}", "{{sol2}}"].
	Choices []string `json:"choices"`
	// ChoicesField is a field holding an array of strings ("choices.text").
	ChoicesField string `json:"choices_field"`
	// Target is the field with the answer. With TargetLabels it must equal
	// one of those labels (ARC's answerKey in choices.label). Otherwise an
	// integer, or a string of digits as lm-eval's isdigit() test, indexes the
	// choices after subtracting TargetBase, and any other string must equal
	// one of the choices (for partial scoring: one of the options).
	Target       string `json:"target"`
	TargetLabels string `json:"target_labels"`
	TargetBase   int    `json:"target_base"`
	// Partial: each option completes the sentence up to Blank; the rest of
	// the sentence after Blank is the shared continuation.
	Partial *PartialSpec `json:"partial"`
	// Preprocess names a built-in document transform run before templating:
	// "hellaswag" (lm-eval's hellaswag utils.process_docs).
	Preprocess string `json:"preprocess"`
	// Metrics: "acc" (default), "acc_norm", "acc_bytes".
	Metrics []string `json:"metrics"`
}

// PartialSpec configures Winogrande-style partial scoring.
type PartialSpec struct {
	Sentence string   `json:"sentence"` // field with the blanked sentence
	Blank    string   `json:"blank"`    // default "_"
	Options  []string `json:"options"`  // fields filling the blank
}

// LoadMCTask reads a JSON spec file and builds its task; data paths are
// relative to the spec file.
func LoadMCTask(path string) (Task, error) {
	var s MCSpec
	if err := readSpec(path, &s); err != nil {
		return nil, err
	}
	return NewMCTask(s, filepath.Dir(path))
}

// readSpec decodes a spec strictly: an unknown key is an error, because a
// misspelt "target_delimiter" would otherwise silently change every prompt.
func readSpec(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("tasks: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("tasks: spec %s: %w: %w", path, ErrData, err)
	}
	return nil
}

// resolved is a SpecBase with its data read.
type resolved struct {
	prompt   mcPrompt
	eval     []record
	pool     []record
	samePool bool
}

func (b SpecBase) version() string {
	if b.Version == "" {
		return "1.0"
	}
	return b.Version
}

// load validates the common fields and reads the eval and few-shot splits.
func (b SpecBase) load(dir string) (resolved, error) {
	var r resolved
	if b.Name == "" {
		return r, errors.New("spec: missing name")
	}
	if b.Sampler != "" && b.Sampler != "first_n" {
		return r, fmt.Errorf("spec %s: sampler %q not supported (only first_n)", b.Name, b.Sampler)
	}
	if strings.Contains(b.Description, "{{") {
		// lm-eval renders the description per doc; a literal one keeps the
		// prefix shared, and printing "{{x}}" verbatim would be a silent
		// mismatch, so templates are refused.
		return r, fmt.Errorf("spec %s: description must be literal text, not a template", b.Name)
	}
	if b.NumFewshot < 0 {
		return r, fmt.Errorf("spec %s: negative num_fewshot", b.Name)
	}
	r.prompt = mcPrompt{description: b.Description, targetDelim: " ", fewshotDelim: "\n\n"}
	if b.TargetDelimiter != nil {
		r.prompt.targetDelim = *b.TargetDelimiter
	}
	if b.FewshotDelimiter != nil {
		r.prompt.fewshotDelim = *b.FewshotDelimiter
	}
	evalSplit := b.EvalSplit
	if evalSplit == "" {
		for _, c := range []string{"test", "validation"} {
			if _, ok := b.Splits[c]; ok {
				evalSplit = c
				break
			}
		}
	}
	if _, ok := b.Splits[evalSplit]; !ok || evalSplit == "" {
		return r, fmt.Errorf("spec %s: eval split %q not in splits %v", b.Name, evalSplit, splitNames(b.Splits))
	}
	fsSplit := b.FewshotSplit
	if _, ok := b.Splits["train"]; fsSplit == "" && ok {
		fsSplit = "train"
	}
	if _, ok := b.Splits[fsSplit]; fsSplit != "" && !ok {
		return r, fmt.Errorf("spec %s: fewshot split %q not in splits %v", b.Name, fsSplit, splitNames(b.Splits))
	}
	var err error
	if r.eval, err = readJSONL(splitPath(dir, b.Splits[evalSplit])); err != nil {
		return r, err
	}
	switch {
	case fsSplit == evalSplit:
		r.pool, r.samePool = r.eval, true
	case fsSplit != "":
		if r.pool, err = readJSONL(splitPath(dir, b.Splits[fsSplit])); err != nil {
			return r, err
		}
	}
	return r, nil
}

func splitPath(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

func splitNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// NewMCTask builds a multiple-choice task from a spec; dir anchors relative
// data paths. All records are parsed now: the first bad one is the error.
func NewMCTask(s MCSpec, dir string) (Task, error) {
	metrics, err := mcMetrics(s.Metrics)
	if err != nil {
		return nil, fmt.Errorf("tasks: spec %s: %w", s.Name, err)
	}
	p, err := s.compile()
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	r, err := s.load(dir)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	items := func(recs []record) ([]mcItem, error) {
		out := make([]mcItem, len(recs))
		for i, rec := range recs {
			it, err := p.item(rec.fields)
			if err != nil {
				return nil, dataErr(rec.pos, "%v", err)
			}
			it.source, it.key = rec.pos, rec.key
			out[i] = it
		}
		return out, nil
	}
	eval, err := items(r.eval)
	if err != nil {
		return nil, err
	}
	pool := eval
	if !r.samePool {
		if pool, err = items(r.pool); err != nil {
			return nil, err
		}
	}
	return newMCTask(s.Name, s.version(), r.prompt, eval, pool, r.samePool, s.NumFewshot, metrics), nil
}

// mcParser is a validated MCSpec with its templates parsed.
type mcParser struct {
	s       MCSpec
	text    template
	choices []template
	pre     func(map[string]any) error
}

func (s MCSpec) compile() (mcParser, error) {
	p := mcParser{s: s}
	if s.Target == "" {
		return p, fmt.Errorf("spec %s: missing target", s.Name)
	}
	if s.Preprocess != "" {
		if p.pre = preprocessors[s.Preprocess]; p.pre == nil {
			return p, fmt.Errorf("spec %s: unknown preprocess %q", s.Name, s.Preprocess)
		}
	}
	if s.Partial != nil {
		if s.Text != "" || s.Choices != nil || s.ChoicesField != "" {
			return p, fmt.Errorf("spec %s: partial excludes text, choices and choices_field", s.Name)
		}
		if s.Partial.Sentence == "" || len(s.Partial.Options) < 2 {
			return p, fmt.Errorf("spec %s: partial needs a sentence field and at least two options", s.Name)
		}
		return p, nil
	}
	if (s.Choices == nil) == (s.ChoicesField == "") {
		return p, fmt.Errorf("spec %s: set exactly one of choices and choices_field", s.Name)
	}
	var err error
	if p.text, err = parseTemplate(s.Text); err != nil {
		return p, fmt.Errorf("spec %s: %w", s.Name, err)
	}
	for _, c := range s.Choices {
		t, err := parseTemplate(c)
		if err != nil {
			return p, fmt.Errorf("spec %s: %w", s.Name, err)
		}
		p.choices = append(p.choices, t)
	}
	return p, nil
}

// item turns one record into a multiple-choice item.
func (p mcParser) item(doc map[string]any) (mcItem, error) {
	var it mcItem
	if p.pre != nil {
		if err := p.pre(doc); err != nil {
			return it, err
		}
	}
	if p.s.Partial != nil {
		return p.partialItem(doc)
	}
	var err error
	if it.text, err = p.text.render(doc); err != nil {
		return it, err
	}
	if p.s.ChoicesField != "" {
		if it.choices, err = lookupStrings(doc, p.s.ChoicesField); err != nil {
			return it, err
		}
	} else {
		for _, t := range p.choices {
			c, err := t.render(doc)
			if err != nil {
				return it, err
			}
			it.choices = append(it.choices, c)
		}
	}
	if len(it.choices) < 2 {
		return it, fmt.Errorf("%d choices, want at least 2", len(it.choices))
	}
	it.gold, err = p.gold(doc, it.choices)
	return it, err
}

// partialItem builds a Winogrande-style item: each option completes the
// sentence up to the blank and the rest of the sentence is the continuation.
func (p mcParser) partialItem(doc map[string]any) (mcItem, error) {
	sp := p.s.Partial
	it := mcItem{partial: true}
	sentence, err := lookupString(doc, sp.Sentence)
	if err != nil {
		return it, err
	}
	blank := sp.Blank
	if blank == "" {
		blank = "_"
	}
	idx := strings.Index(sentence, blank)
	if idx < 0 {
		return it, fmt.Errorf("field %q has no blank %q", sp.Sentence, blank)
	}
	opts := make([]string, len(sp.Options))
	for i, o := range sp.Options {
		if opts[i], err = lookupString(doc, o); err != nil {
			return it, err
		}
		it.choices = append(it.choices, sentence[:idx]+opts[i])
	}
	// lm-eval's winogrande doc_to_target: the rest after the blank, stripped.
	it.suffix = pyStrip(sentence[idx+len(blank):])
	// A non-numeric target names an option, not a whole partial context.
	it.gold, err = p.gold(doc, opts)
	return it, err
}

// gold resolves the target field to a choice index (see MCSpec.Target).
func (p mcParser) gold(doc map[string]any, choices []string) (int, error) {
	v, err := lookupString(doc, p.s.Target)
	if err != nil {
		return 0, err
	}
	idx := -1
	switch {
	case p.s.TargetLabels != "":
		// Labels first: ARC has numeric labels ("1".."4") that must not be
		// read as indices (lm-eval: choices.label.index(answerKey)).
		labels, err := lookupStrings(doc, p.s.TargetLabels)
		if err != nil {
			return 0, err
		}
		if idx = slices.Index(labels, v); idx < 0 {
			return 0, fmt.Errorf("target %q = %q is not one of the labels %q", p.s.Target, v, labels)
		}
	case isDigits(v):
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, fmt.Errorf("target %q = %q: %w", p.s.Target, v, err)
		}
		idx = n - p.s.TargetBase
	default:
		if idx = slices.Index(choices, v); idx < 0 {
			return 0, fmt.Errorf("target %q = %q matches none of the choices %q", p.s.Target, v, choices)
		}
	}
	if idx < 0 || idx >= len(choices) {
		return 0, fmt.Errorf("target %q = %s out of range for %d choices (target_base %d)", p.s.Target, v, len(choices), p.s.TargetBase)
	}
	return idx, nil
}

// isDigits is Python's str.isdigit for ASCII, the test lm-eval applies before
// treating a rendered target as an index.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
