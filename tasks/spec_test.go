package tasks

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func loadMC(t *testing.T, name string) Task {
	t.Helper()
	task, err := LoadMCTask(filepath.Join("testdata", "mc", name))
	if err != nil {
		t.Fatal(err)
	}
	return task
}

func docsOf(t *testing.T, task Task, shots int) []Doc {
	t.Helper()
	docs, err := task.Docs(shots)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// checkMC compares a doc's requests with the expected contexts and
// continuations (one context means it is shared by every choice).
func checkMC(t *testing.T, d Doc, contexts, conts []string, gold int) {
	t.Helper()
	if len(d.Requests) != len(conts) {
		t.Fatalf("doc %d: %d requests, want %d", d.ID, len(d.Requests), len(conts))
	}
	for i, r := range d.Requests {
		ctx := contexts[0]
		if len(contexts) > 1 {
			ctx = contexts[i]
		}
		if r.Kind != Loglikelihood || r.Context != ctx || r.Continuation != conts[i] {
			t.Errorf("doc %d request %d:\ncontext %q\nwant    %q\ncont %q want %q", d.ID, i, r.Context, ctx, r.Continuation, conts[i])
		}
		if r.Prefix()+r.Rest() != r.Context {
			t.Errorf("prefix+rest != context")
		}
	}
	if d.Gold != gold {
		t.Errorf("doc %d: gold %d, want %d", d.ID, d.Gold, gold)
	}
}

func TestARCSpec(t *testing.T) {
	task := loadMC(t, "arc.json")
	if task.Name() != "arc_sample" || task.Version() != "1.0" || task.OutputType() != MultipleChoice {
		t.Fatalf("%s %s %v", task.Name(), task.Version(), task.OutputType())
	}
	docs := docsOf(t, task, 2)
	shots := "Question: Which gas do plants take in from the air?\nAnswer: carbon dioxide\n\n" +
		"Question: What makes a shadow?\nAnswer: light being blocked\n\n"
	checkMC(t, docs[0], []string{shots + "Question: Which tool measures temperature?\nAnswer:"},
		[]string{" a ruler", " a thermometer", " a scale", " a clock"}, 1)
	// answerKey "2" among labels "1".."4" is the second choice, not index 2.
	checkMC(t, docs[1], []string{shots + "Question: How many legs does an insect have?\nAnswer:"},
		[]string{" four", " six", " eight", " ten"}, 1)
	if docs[0].Prefix() != shots || docs[0].Source != filepath.Join("testdata", "mc", "arc_test.jsonl")+":1" {
		t.Errorf("prefix %q source %s", docs[0].Prefix(), docs[0].Source)
	}
	// acc picks the most likely choice, acc_norm the most likely per character.
	s, err := task.Process(docs[0], []Result{{LogProb: -7}, {LogProb: -10}, {LogProb: -8}, {LogProb: -9}})
	if err != nil {
		t.Fatal(err)
	}
	want := []Value{{0, 1}, {1, 1}}
	if s.Pred != 0 || s.PredNorm != 1 || !reflect.DeepEqual(s.Values, want) {
		t.Errorf("score %+v", s)
	}
	if _, err := task.Process(docs[0], []Result{{LogProb: -1}}); err == nil {
		t.Error("wrong result count: no error")
	}
}

func TestPIQASpec(t *testing.T) {
	task := loadMC(t, "piqa.json")
	docs := docsOf(t, task, 0)
	checkMC(t, docs[0], []string{"Question: Open a jar with a tight lid\nAnswer:"},
		[]string{" Run the lid under hot water, then twist.", " Freeze the jar overnight."}, 0)
	docs = docsOf(t, task, 1)
	checkMC(t, docs[1], []string{"Question: Keep bread fresh\nAnswer: Seal it in a bag.\n\nQuestion: Dry wet shoes\nAnswer:"},
		[]string{" Put them in the oven at full heat.", " Stuff them with newspaper."}, 1)
	if _, err := task.Docs(2); err == nil {
		t.Error("2 shots from a 1-row train split: no error")
	}
}

// TestHellaSwagSpec checks the preprocess against lm-eval's
// hellaswag/utils.py run in Python on the same rows.
func TestHellaSwagSpec(t *testing.T) {
	task := loadMC(t, "hellaswag.json")
	docs := docsOf(t, task, 1)
	shot := "Baking cookies: A woman mixes flour and sugar in a bowl. She adds two eggs and stirs.\n\n"
	checkMC(t, docs[0], []string{shot + "Washing hands: How to wash your hands. Wet your hands. Then apply soap"},
		[]string{" and rub them together for twenty seconds.", "  and eat the soap.", " and go to sleep.", " and climb a tree."}, 0)
	if !reflect.DeepEqual(docs[0].Choices, []string{"and rub them together for twenty seconds.", " and eat the soap.", "and go to sleep.", "and climb a tree."}) {
		t.Errorf("choices %q", docs[0].Choices)
	}
}

// TestWinograndeSpec: partial scoring puts each option into the context and
// scores the shared rest of the sentence.
func TestWinograndeSpec(t *testing.T) {
	task := loadMC(t, "winogrande.json")
	docs := docsOf(t, task, 1)
	shot := "The cup fell off the table because the cup was too close to the edge.\n\n"
	checkMC(t, docs[0], []string{shot + "Anna gave her coat to Maria because Anna", shot + "Anna gave her coat to Maria because Maria"},
		[]string{" was cold.", " was cold."}, 1)
	d := docs[1]
	if d.Target != "was too big." || d.Prefix() != shot || d.Hash != hashString(d.Requests[0].Context) {
		t.Errorf("target %q prefix %q", d.Target, d.Prefix())
	}
	s, err := task.Process(d, []Result{{LogProb: -3}, {LogProb: -2}})
	if err != nil || s.Pred != 1 || s.Values[0] != (Value{0, 1}) {
		t.Errorf("score %+v %v", s, err)
	}
}

// TestSpecSameSplitShots: with shots from the eval split, a doc never sees
// itself among its shots (lm-eval's sampler removes the eval doc).
func TestSpecSameSplitShots(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "d.jsonl", `{"q":"one","a":"x","b":"y","l":0}
{"q":"two","a":"x","b":"y","l":1}
{"q":"three","a":"x","b":"y","l":0}
`)
	s := MCSpec{SpecBase: SpecBase{Name: "same", Splits: map[string]string{"test": "d.jsonl"}, FewshotSplit: "test"},
		Text: "{{q}}:", Choices: []string{"{{a}}", "{{b}}"}, Target: "l"}
	task, err := NewMCTask(s, dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := docsOf(t, task, 2)
	want := []string{"two: y\n\nthree: x\n\none:", "one: x\n\nthree: x\n\ntwo:", "one: x\n\ntwo: y\n\nthree:"}
	for i, d := range docs {
		if d.Requests[0].Context != want[i] {
			t.Errorf("doc %d: %q, want %q", i, d.Requests[0].Context, want[i])
		}
	}
	if _, err := task.Docs(3); err == nil {
		t.Error("3 shots from 3 rows minus the doc: no error")
	}
	// A duplicated row is removed twice from its own pool (lm-eval drops
	// every equal doc): asking for more shots than remain is an error.
	write(t, dir, "d.jsonl", `{"q":"one","a":"x","b":"y","l":0}
{"q":"one","a":"x","b":"y","l":0}
{"q":"two","a":"x","b":"y","l":1}
`)
	if task, err = NewMCTask(s, dir); err != nil {
		t.Fatal(err)
	}
	if docs := docsOf(t, task, 1); docs[0].Requests[0].Context != "two: y\n\none:" {
		t.Errorf("dup doc 0: %q", docs[0].Requests[0].Context)
	}
	if _, err := task.Docs(2); err == nil || !strings.Contains(err.Error(), "d.jsonl:1") {
		t.Errorf("2 shots with a duplicated doc: %v", err)
	}
}

func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestJSONLMalformed: each bad record is an error naming file:line.
func TestJSONLMalformed(t *testing.T) {
	good := `{"q":"Q","c":["a","b"],"l":0}` + "\n"
	base := MCSpec{SpecBase: SpecBase{Name: "m", Splits: map[string]string{"test": "d.jsonl"}}, Text: "{{q}}", ChoicesField: "c", Target: "l"}
	for _, tc := range []struct {
		name, data string
		edit       func(*MCSpec)
		want       string
	}{
		{"bad JSON", good + `{"q":"Q",` + "\n", nil, "d.jsonl:2: malformed task data: bad JSON"},
		{"blank line", good + "\n" + good, nil, "d.jsonl:2: malformed task data: blank line"},
		{"not an object", good + `["Q"]` + "\n", nil, "d.jsonl:2: malformed task data: bad JSON: want an object, got an array"},
		{"trailing data", good + `{"q":"Q","c":["a","b"],"l":0} {}` + "\n", nil, "d.jsonl:2: malformed task data: bad JSON: data after the object"},
		{"empty file", "", nil, "d.jsonl:1: malformed task data: no records"},
		{"missing text field", `{"c":["a","b"],"l":0}`, nil, `d.jsonl:1: malformed task data: missing field "q"`},
		{"missing target", `{"q":"Q","c":["a","b"]}`, nil, `missing field "l"`},
		{"target out of range", good + `{"q":"Q","c":["a","b"],"l":2}`, nil, `d.jsonl:2: malformed task data: target "l" = 2 out of range for 2 choices`},
		{"target under base", `{"q":"Q","c":["a","b"],"l":0}`, func(s *MCSpec) { s.TargetBase = 1 }, "out of range"},
		{"negative target", `{"q":"Q","c":["a","b"],"l":-1}`, nil, `"-1" matches none of the choices`},
		{"target text not a choice", `{"q":"Q","c":["a","b"],"l":"z"}`, nil, `"z" matches none of the choices`},
		{"target text is a choice", `{"q":"Q","c":["a","b"],"l":"b"}`, nil, ""},
		{"choices not an array", `{"q":"Q","c":"ab","l":0}`, nil, `field "c" is a string, want an array of strings`},
		{"choice not a string", `{"q":"Q","c":["a",2],"l":0}`, nil, `field "c" element 1 is a number`},
		{"one choice", `{"q":"Q","c":["a"],"l":0}`, nil, "1 choices, want at least 2"},
		{"object in template", `{"q":{"x":1},"c":["a","b"],"l":0}`, nil, `field "q" is an object, want a string or number`},
		{"label not found", `{"q":"Q","c":{"text":["a","b"],"label":["A","B"]},"l":"C"}`, func(s *MCSpec) { s.ChoicesField, s.TargetLabels = "c.text", "c.label" }, `"C" is not one of the labels`},
		{"path through a string", `{"q":"Q","c":["a","b"],"l":0}`, func(s *MCSpec) { s.Text = "{{q.x}}" }, `field "q.x": a string has no member "x"`},
		{"no blank", `{"s":"no blank here","o1":"a","o2":"b","l":"1"}`, func(s *MCSpec) {
			s.Text, s.ChoicesField, s.Target, s.TargetBase = "", "", "l", 1
			s.Partial = &PartialSpec{Sentence: "s", Options: []string{"o1", "o2"}}
		}, `field "s" has no blank "_"`},
		{"hellaswag without endings", `{"activity_label":"A","ctx_a":"b","ctx_b":"c","label":"0"}`, func(s *MCSpec) {
			s.Preprocess, s.Text, s.ChoicesField, s.Target = "hellaswag", "{{query}}", "choices", "label"
		}, `missing field "endings"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "d.jsonl", tc.data)
			s := base
			if tc.edit != nil {
				tc.edit(&s)
			}
			_, err := NewMCTask(s, dir)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v\nwant %q", err, tc.want)
			}
			if !errors.Is(err, ErrData) {
				t.Errorf("error does not wrap ErrData")
			}
		})
	}
}

// TestSpecInvalid: mistakes in the spec itself fail at load time.
func TestSpecInvalid(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "d.jsonl", `{"q":"Q","c":["a","b"],"l":0}`)
	for _, tc := range []struct{ name, spec, want string }{
		{"unknown key", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q}}","choices_field":"c","target":"l","target_delimeter":" "}`, `unknown field "target_delimeter"`},
		{"no name", `{"splits":{"test":"d.jsonl"},"text":"{{q}}","choices_field":"c","target":"l"}`, "missing name"},
		{"both choices", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q}}","choices":["{{a}}"],"choices_field":"c","target":"l"}`, "exactly one of choices and choices_field"},
		{"no target", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q}}","choices_field":"c"}`, "missing target"},
		{"unknown metric", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q}}","choices_field":"c","target":"l","metrics":["f1"]}`, `unknown multiple-choice metric "f1"`},
		{"random sampler", `{"name":"x","splits":{"test":"d.jsonl"},"sampler":"default","text":"{{q}}","choices_field":"c","target":"l"}`, `sampler "default" not supported`},
		{"no eval split", `{"name":"x","splits":{"train":"d.jsonl"},"text":"{{q}}","choices_field":"c","target":"l"}`, `eval split "" not in splits [train]`},
		{"missing fewshot split", `{"name":"x","splits":{"test":"d.jsonl"},"fewshot_split":"dev","text":"{{q}}","choices_field":"c","target":"l"}`, `fewshot split "dev"`},
		{"missing data file", `{"name":"x","splits":{"test":"nope.jsonl"},"text":"{{q}}","choices_field":"c","target":"l"}`, "nope.jsonl"},
		{"unclosed template", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q","choices_field":"c","target":"l"}`, "unclosed {{"},
		{"jinja expression", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q.strip()}}","choices_field":"c","target":"l"}`, "not a field path"},
		{"partial with text", `{"name":"x","splits":{"test":"d.jsonl"},"text":"{{q}}","partial":{"sentence":"s","options":["a","b"]},"target":"l"}`, "partial excludes text"},
		{"unknown preprocess", `{"name":"x","splits":{"test":"d.jsonl"},"preprocess":"hs","text":"{{q}}","choices_field":"c","target":"l"}`, `unknown preprocess "hs"`},
		{"not JSON", `name: x`, "malformed task data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadMCTask(write(t, dir, "spec.json", tc.spec))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v\nwant %q", err, tc.want)
			}
		})
	}
}

func TestTemplate(t *testing.T) {
	rec, err := parseRecord([]byte(`{"a":"x","n":1.50,"b":true,"arr":["p","q"],"o":{"k":"v"}}`))
	if err != nil {
		t.Fatal(err)
	}
	doc := rec.fields
	tpl, err := parseTemplate("[{{a}}|{{ n }}|{{b}}|{{arr.1}}|{{o.k}}] {not} }}")
	if err != nil {
		t.Fatal(err)
	}
	got, err := tpl.render(doc)
	if want := "[x|1.50|True|q|v] {not} }}"; err != nil || got != want {
		t.Errorf("render %q %v, want %q", got, err, want)
	}
	if _, err := parseTemplate("{{}}"); err == nil {
		t.Error("empty path accepted")
	}
}
