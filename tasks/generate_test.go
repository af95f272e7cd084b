package tasks

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestGSM8K(t *testing.T) {
	task, err := NewGenTask(GSM8KSpec(filepath.Join("testdata", "gen")), "")
	if err != nil {
		t.Fatal(err)
	}
	if task.Name() != "gsm8k" || task.Version() != "3.0" || task.OutputType() != Generate {
		t.Fatalf("%s %s %v", task.Name(), task.Version(), task.OutputType())
	}
	if _, err := task.Docs(-1); err == nil {
		t.Error("default 5 shots from a 2-row train split: no error")
	}
	docs, err := task.Docs(1)
	if err != nil {
		t.Fatal(err)
	}
	shot := "Question: Tom has 3 red pens and 4 blue pens. How many pens does he have?\nAnswer: He has 3 + 4 = <<3+4=7>>7 pens.\n#### 7\n\n"
	d := docs[0]
	want := Request{Kind: GenerateUntil, Context: shot + "Question: Sara reads 10 pages a day for 5 days. How many pages does she read?\nAnswer:",
		PrefixLen: len(shot), Until: []string{"Question:", "</s>", "<|im_end|>"}, MaxTokens: 256}
	if len(d.Requests) != 1 || !reflect.DeepEqual(d.Requests[0], want) {
		t.Fatalf("request %+v\nwant %+v", d.Requests[0], want)
	}
	if d.Gold != -1 || d.Target != "She reads 10 * 5 = <<10*5=50>>50 pages.\n#### 50" || d.Hash != hashString(want.Context) {
		t.Errorf("gold %d target %q", d.Gold, d.Target)
	}
	m := task.Metrics()
	if len(m) != 2 || m[0].Key() != "exact_match,strict-match" || m[1].Key() != "exact_match,flexible-extract" {
		t.Errorf("metrics %+v", m)
	}
	// Expected values from lm-eval's RegexFilter and exact_match run in
	// Python on the same strings.
	for _, tc := range []struct {
		out, ref      string
		strict, flex  string
		emStr, emFlex bool
	}{
		{"She has 3 + 4 = 7 apples.\n#### 7", "Add them: 3+4=<<3+4=7>>7\n#### 7", "7", "7", true, true},
		{"The answer is $1,000.", "#### 1000", "[invalid]", "$1,000.", false, true},
		{"#### -5.5", "#### -5.5", "-5.5", "-5.5", true, true},
		{"no numbers here", "#### 3", "[invalid]", "[invalid]", false, false},
		{"#### 1,234.\nso 12 left", "#### 1234", "1,234.", "12", true, false},
		{"It costs 1.5 dollars, so 3 items cost 4.50.", "#### 4.5", "[invalid]", "4.50.", false, false},
		{"#### 72 and then #### 80", "#### 72", "72", "80", true, false},
		{"x = -7", "#### -7", "[invalid]", "-7", false, true},
		// Cut at the stop string first: the next question's number is gone.
		{"#### 5\n\nQuestion: what is 9?", "#### 5", "5", "5", true, true},
	} {
		doc := d
		doc.Target = tc.ref
		s, err := task.Process(doc, []Result{{Text: tc.out}})
		if err != nil {
			t.Fatal(err)
		}
		want := []Value{boolValue(tc.emStr), boolValue(tc.emFlex)}
		if !reflect.DeepEqual(s.Extracted, []string{tc.strict, tc.flex}) || !reflect.DeepEqual(s.Values, want) {
			t.Errorf("%q: extracted %q values %v, want %q %q %v %v", tc.out, s.Extracted, s.Values, tc.strict, tc.flex, tc.emStr, tc.emFlex)
		}
	}
}

func TestGenSpecDefaults(t *testing.T) {
	task, err := LoadGenTask(filepath.Join("testdata", "gen", "echo.json"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := task.Docs(1)
	if err != nil {
		t.Fatal(err)
	}
	r := docs[1].Requests[0]
	// Shots from the eval split skip the doc itself; until defaults to the
	// few-shot delimiter.
	if r.Prefix() != "Q: Sara reads 10 pages a day for 5 days. How many pages does she read?\nA: She reads 10 * 5 = <<10*5=50>>50 pages.\n#### 50\n\n" ||
		!reflect.DeepEqual(r.Until, []string{"\n\n"}) || r.MaxTokens != 256 {
		t.Errorf("request %+v", r)
	}
	if m := task.Metrics(); len(m) != 1 || m[0].Key() != "exact_match,none" {
		t.Errorf("metrics %+v", m)
	}
	s, err := task.Process(docs[0], []Result{{Text: "SHE reads 10 * 5 = <<10*5=50>>50 pages.\n#### 50\n\nQ: more"}})
	if err != nil || s.Values[0] != (Value{1, 1}) {
		t.Errorf("score %+v %v", s, err)
	}
}

func TestCutAtStop(t *testing.T) {
	for _, tc := range []struct {
		in    string
		until []string
		want  string
	}{
		{"abc", nil, "abc"},
		{"a\n\nb", []string{"\n\n"}, "a"},
		{"xQ: yEND", []string{"END", "Q:"}, "x"}, // earliest stop wins, whatever the order
		{"abc", []string{""}, "abc"},
		{"stop", []string{"stop"}, ""},
	} {
		if got := CutAtStop(tc.in, tc.until); got != tc.want {
			t.Errorf("CutAtStop(%q, %q) = %q, want %q", tc.in, tc.until, got, tc.want)
		}
	}
}

func TestFilterAndMatchByHand(t *testing.T) {
	f := Filter{Name: "x", Regex: `(a)(b)?`, Group: 5}
	if got, err := f.Apply("ab a"); err != nil || got != "[invalid]" {
		t.Errorf("out-of-range group_select: %q %v", got, err)
	}
	if _, err := (Filter{Regex: `(`}).Apply("x"); err == nil {
		t.Error("bad regex: no error")
	}
	m := Match{IgnorePunctuation: true, Ignore: []string{`\s+`}}
	if ok, err := m.ExactMatch("a, b!", "ab"); err != nil || !ok {
		t.Errorf("match %v %v", ok, err)
	}
	if _, err := (Match{Ignore: []string{`[`}}).ExactMatch("a", "a"); err == nil {
		t.Error("bad ignore regex: no error")
	}
}
