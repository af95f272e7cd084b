package tasks

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// GenSpec declares a generate_until task over JSONL (GSM8K style): the model
// continues the prompt greedily until a stop string, filters extract an
// answer, and exact match compares it with the reference.
type GenSpec struct {
	SpecBase
	// Text is the prompt template, e.g. "Question: {{question}}\nAnswer:".
	Text string `json:"text"`
	// Target is the reference template; it is also the answer of each shot.
	Target string `json:"target"`
	// Until defaults to [FewshotDelimiter], as lm-eval does.
	Until []string `json:"until"`
	// MaxTokens defaults to 256, lm-eval's max_gen_toks.
	MaxTokens int `json:"max_tokens"`
	// Filters each yield one exact_match score; none means lm-eval's "none"
	// filter (the raw output).
	Filters []Filter `json:"filters"`
	Match   Match    `json:"match"`
}

// Filter is lm-eval's regex filter followed by take_first. An empty Regex is
// the identity ("none").
type Filter struct {
	Name string `json:"name"`
	// Regex uses Go RE2 syntax; GSM8K's patterns mean the same in both.
	Regex string `json:"regex"`
	// Group picks which match when the regex matches several times (Python
	// list index: 0 first, -1 last): lm-eval's group_select.
	Group int `json:"group_select"`
	// Fallback is returned when nothing matches (default "[invalid]").
	Fallback string `json:"fallback"`

	re *regexp.Regexp
}

// compile prepares the regex once.
func (f *Filter) compile() error {
	if f.Name == "" {
		f.Name = "none"
	}
	if f.Regex == "" {
		return nil
	}
	re, err := regexp.Compile(f.Regex)
	if err != nil {
		return fmt.Errorf("filter %s: %w", f.Name, err)
	}
	f.re = re
	return nil
}

// Apply extracts the answer from a model output as lm-eval's RegexFilter does
// with re.findall: a pattern without groups yields whole matches, one group
// yields that group, several groups yield the first non-empty one; the
// chosen match is strip()ped. The error is only for an invalid Regex on a
// Filter that did not come through NewGenTask.
func (f Filter) Apply(out string) (string, error) {
	if f.Regex == "" {
		return out, nil
	}
	re := f.re
	if re == nil {
		if err := f.compile(); err != nil {
			return "", err
		}
		re = f.re
	}
	ms := re.FindAllStringSubmatch(out, -1)
	if len(ms) == 0 {
		return f.fallback(), nil
	}
	i := f.Group
	if i < 0 {
		i += len(ms)
	}
	if i < 0 || i >= len(ms) {
		// Python would raise IndexError; an unusable output is a miss.
		return f.fallback(), nil
	}
	m := ms[i]
	pick := m[0]
	switch len(m) {
	case 1:
	case 2:
		pick = m[1]
	default:
		pick = f.fallback()
		for _, g := range m[1:] {
			if g != "" {
				pick = g
				break
			}
		}
	}
	return pyStrip(pick), nil
}

func (f Filter) fallback() string {
	if f.Fallback == "" {
		return "[invalid]"
	}
	return f.Fallback
}

// Match configures exact match as lm-eval's exact_match metric
// (exact_match_hf_evaluate): each Ignore regex is deleted from prediction and
// reference, then case and punctuation are optionally ignored.
type Match struct {
	IgnoreCase        bool     `json:"ignore_case"`
	IgnorePunctuation bool     `json:"ignore_punctuation"`
	Ignore            []string `json:"regexes_to_ignore"`

	res []*regexp.Regexp
}

func (m *Match) compile() error {
	res := make([]*regexp.Regexp, 0, len(m.Ignore))
	for _, s := range m.Ignore {
		re, err := regexp.Compile(s)
		if err != nil {
			return fmt.Errorf("regexes_to_ignore: %w", err)
		}
		res = append(res, re)
	}
	m.res = res
	return nil
}

// asciiPunct is Python's string.punctuation.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

func (m Match) normalize(s string) string {
	for _, re := range m.res {
		s = re.ReplaceAllString(s, "")
	}
	if m.IgnoreCase {
		s = strings.ToLower(s)
	}
	if m.IgnorePunctuation {
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune(asciiPunct, r) {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// ExactMatch reports whether pred equals ref after normalisation. The error
// is only for an invalid Ignore regex on a Match not built by NewGenTask.
func (m Match) ExactMatch(pred, ref string) (bool, error) {
	if len(m.res) != len(m.Ignore) {
		if err := m.compile(); err != nil {
			return false, err
		}
	}
	return m.normalize(pred) == m.normalize(ref), nil
}

// CutAtStop truncates generated text at the earliest occurrence of any stop
// string, as lm-eval's HF backend does (s.split(term)[0] for every term).
func CutAtStop(text string, until []string) string {
	for _, u := range until {
		if u == "" {
			continue
		}
		if i := strings.Index(text, u); i >= 0 {
			text = text[:i]
		}
	}
	return text
}

// GSM8KSpec is lm-eval's gsm8k task (lm_eval/tasks/gsm8k/gsm8k.yaml, version
// 3.0) over the original grade-school-math files dir/train.jsonl and
// dir/test.jsonl. One difference: shots are the first five train rows, where
// lm-eval draws them with its random sampler.
func GSM8KSpec(dir string) GenSpec {
	return GenSpec{
		SpecBase: SpecBase{
			Name:       "gsm8k",
			Version:    "3.0",
			Splits:     map[string]string{"train": filepath.Join(dir, "train.jsonl"), "test": filepath.Join(dir, "test.jsonl")},
			EvalSplit:  "test",
			NumFewshot: 5,
		},
		Text:   "Question: {{question}}\nAnswer:",
		Target: "{{answer}}",
		Until:  []string{"Question:", "</s>", "<|im_end|>"},
		Filters: []Filter{
			{Name: "strict-match", Regex: `#### (\-?[0-9\.\,]+)`},
			{Name: "flexible-extract", Regex: `(-?[$0-9.,]{2,})|(-?[0-9]+)`, Group: -1},
		},
		Match: Match{
			IgnoreCase: true,
			// Python's "\.$" also matches before a final newline; the
			// references end in the number and filtered answers are
			// stripped, so RE2's "$" (end of text) gives the same result.
			Ignore: []string{`,`, `\$`, `(?s).*#### `, `\.$`},
		},
	}
}
