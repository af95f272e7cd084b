package tasks

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedMMLU locates the full MMLU export (../shared/mmlu-data from the repo
// root); MMLU_DATA overrides. Tests that need all 57 subjects skip without it;
// the golden prompt test runs from testdata and never skips.
func sharedMMLU(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MMLU_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "mmlu-data")
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "mmlu", "test")); err != nil {
		t.Skipf("full MMLU data not found at %s (set MMLU_DATA): %v", dir, err)
	}
	return dir
}

// mmluTestCounts are the canonical per-subject test sizes (cais/mmlu, the
// sizes lm-eval reports); they sum to 14,042.
var mmluTestCounts = map[string]int{
	"abstract_algebra": 100, "anatomy": 135, "astronomy": 152, "business_ethics": 100,
	"clinical_knowledge": 265, "college_biology": 144, "college_chemistry": 100,
	"college_computer_science": 100, "college_mathematics": 100, "college_medicine": 173,
	"college_physics": 102, "computer_security": 100, "conceptual_physics": 235,
	"econometrics": 114, "electrical_engineering": 145, "elementary_mathematics": 378,
	"formal_logic": 126, "global_facts": 100, "high_school_biology": 310,
	"high_school_chemistry": 203, "high_school_computer_science": 100,
	"high_school_european_history": 165, "high_school_geography": 198,
	"high_school_government_and_politics": 193, "high_school_macroeconomics": 390,
	"high_school_mathematics": 270, "high_school_microeconomics": 238,
	"high_school_physics": 151, "high_school_psychology": 545, "high_school_statistics": 216,
	"high_school_us_history": 204, "high_school_world_history": 237, "human_aging": 223,
	"human_sexuality": 131, "international_law": 121, "jurisprudence": 108,
	"logical_fallacies": 163, "machine_learning": 112, "management": 103, "marketing": 234,
	"medical_genetics": 100, "miscellaneous": 783, "moral_disputes": 346,
	"moral_scenarios": 895, "nutrition": 306, "philosophy": 311, "prehistory": 324,
	"professional_accounting": 282, "professional_law": 1534, "professional_medicine": 272,
	"professional_psychology": 612, "public_relations": 110, "security_studies": 245,
	"sociology": 201, "us_foreign_policy": 100, "virology": 166, "world_religions": 171,
}

func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMMLUGoldenPrompt reproduces lm-eval's tests/test_prompt.py
// (mmlu_anatomy, first test doc, 0 and 5 shots) byte for byte. The testdata
// tree mixes layouts on purpose: dev is headerless with letters, test has the
// header and 0-based answers.
func TestMMLUGoldenPrompt(t *testing.T) {
	suite, err := MMLU(filepath.Join("testdata", "mmlu"), MMLUOptions{Subjects: []string{"anatomy"}})
	if err != nil {
		t.Fatal(err)
	}
	task := suite.Tasks[0]
	if task.Name() != "mmlu_anatomy" || task.Version() != MMLUVersion {
		t.Fatalf("task %s version %s", task.Name(), task.Version())
	}
	for _, tc := range []struct {
		shots  int
		golden string
	}{{0, "mmlu_anatomy_0shot.golden"}, {5, "mmlu_anatomy_5shot.golden"}} {
		docs, err := task.Docs(tc.shots)
		if err != nil {
			t.Fatal(err)
		}
		want := readGolden(t, tc.golden)
		d := docs[0]
		if len(d.Requests) != 4 {
			t.Fatalf("%d-shot: %d requests", tc.shots, len(d.Requests))
		}
		for i, r := range d.Requests {
			if r.Kind != Loglikelihood || r.Context != want || r.Continuation != " "+"ABCD"[i:i+1] {
				t.Errorf("%d-shot request %d: kind %v cont %q\ncontext:\n%q\nwant:\n%q", tc.shots, i, r.Kind, r.Continuation, r.Context, want)
			}
			if r.Prefix()+r.Rest() != r.Context {
				t.Errorf("prefix+rest != context")
			}
		}
		if d.Gold != 0 || d.Target != "0" || d.Hash != hashString(want) {
			t.Errorf("gold %d target %q hash %s", d.Gold, d.Target, d.Hash)
		}
		wantPrefix := MMLUDescription("anatomy")
		if tc.shots == 5 {
			wantPrefix = want[:strings.LastIndex(want, "Answer: B\n\n")+len("Answer: B\n\n")]
		}
		if d.Prefix() != wantPrefix {
			t.Errorf("%d-shot prefix %q", tc.shots, d.Prefix())
		}
		if !strings.HasSuffix(docs[1].Requests[0].Context, "\nAnswer:") || docs[1].Prefix() != d.Prefix() {
			t.Errorf("second doc does not share the prefix")
		}
	}
	if _, err := task.Docs(6); err == nil {
		t.Error("6 shots from 5 dev rows: no error")
	}
}

// TestMMLUFull builds all 14,042 5-shot test prompts from the shared export
// and checks counts, categories, prefix sharing and the \r\n quirk.
func TestMMLUFull(t *testing.T) {
	dir := sharedMMLU(t)
	suite, err := MMLU(dir, MMLUOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(suite.Tasks) != 57 {
		t.Fatalf("%d tasks", len(suite.Tasks))
	}
	total, sum := 0, 0
	for _, n := range mmluTestCounts {
		sum += n
	}
	if sum != 14042 {
		t.Fatalf("canonical counts sum to %d", sum)
	}
	for _, task := range suite.Tasks {
		subject := strings.TrimPrefix(task.Name(), "mmlu_")
		docs, err := task.Docs(5)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != mmluTestCounts[subject] {
			t.Errorf("%s: %d docs, want %d", subject, len(docs), mmluTestCounts[subject])
		}
		prefix := docs[0].Prefix()
		if !strings.HasPrefix(prefix, MMLUDescription(subject)) || strings.Count(prefix, "\nAnswer: ") != 5 {
			t.Errorf("%s: bad prefix %q", subject, prefix)
		}
		for _, d := range docs {
			if d.Prefix() != prefix || len(d.Requests) != 4 || len(d.Hash) != 64 {
				t.Fatalf("%s doc %d: prefix shared %v, %d requests", subject, d.ID, d.Prefix() == prefix, len(d.Requests))
			}
			q := d.Requests[0].Rest()
			if q == "" || isPySpace([]rune(q)[0]) || !strings.HasSuffix(q, "\nAnswer:") || d.Gold < 0 || d.Gold > 3 {
				t.Fatalf("%s doc %d: context end or gold %d", subject, d.ID, d.Gold)
			}
		}
		if subject == "college_mathematics" && !strings.Contains(prefix, "must be true?\r\nI. All") {
			t.Errorf("college_mathematics: \\r\\n inside the quoted dev question was lost")
		}
		total += len(docs)
	}
	if total != 14042 {
		t.Errorf("%d test prompts, want 14042", total)
	}
	// Digests of every prompt, in subject then doc order, from an independent
	// Python rendering of lm-eval's template (csv module, str.strip()) over
	// the same files: sha256 of the concatenated "hex(sha256(context))\n".
	for shots, want := range map[int]string{
		0: "ba9b080f07d6d7d0f1d3a1e745b2291b57b5b1b2a9ce49d4538ebf3c915e414f",
		5: "a5f0759df44c7d5fab7ec1d301753e1c239702d61233a2387115d3d0fefd89e4",
	} {
		h := sha256.New()
		for _, task := range suite.Tasks {
			docs, _ := task.Docs(shots)
			for _, d := range docs {
				h.Write([]byte(d.Hash + "\n"))
			}
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != want {
			t.Errorf("%d-shot prompt digest %s, want %s", shots, got, want)
		}
	}
	// Groups: mmlu over four categories, which partition the 57 subjects.
	if len(suite.Groups) != 5 || suite.Groups[0].Name != "mmlu" || !reflect.DeepEqual(suite.Groups[0].Members,
		[]string{"mmlu_stem", "mmlu_other", "mmlu_social_sciences", "mmlu_humanities"}) {
		t.Fatalf("groups %+v", suite.Groups[0])
	}
	seen := map[string]bool{}
	for _, g := range suite.Groups[1:] {
		for _, m := range g.Members {
			cat, _ := MMLUCategory(strings.TrimPrefix(m, "mmlu_"))
			if "mmlu_"+cat != g.Name || seen[m] {
				t.Errorf("%s in group %s", m, g.Name)
			}
			seen[m] = true
		}
	}
	if len(seen) != 57 {
		t.Errorf("%d subjects grouped", len(seen))
	}
}

// TestMMLUBothLayouts rewrites the shared export in the original headerless
// letter layout (data/dev, data/test) and checks that both load to the same
// 285 dev rows and the same prompts.
func TestMMLUBothLayouts(t *testing.T) {
	dir := sharedMMLU(t)
	orig := filepath.Join(t.TempDir(), "data")
	devRows := 0
	for _, split := range []string{"dev", "test"} {
		if err := os.MkdirAll(filepath.Join(orig, split), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, s := range MMLUSubjects() {
			name := s + "_" + split + ".csv"
			rows, layout, err := ReadMMLUFile(filepath.Join(dir, "data", "mmlu", split, name))
			if err != nil || layout != LayoutHeader {
				t.Fatalf("%s: layout %v, %v", name, layout, err)
			}
			writeOriginal(t, filepath.Join(orig, split, name), rows)
			back, layout, err := ReadMMLUFile(filepath.Join(orig, split, name))
			if err != nil || layout != LayoutOriginal {
				t.Fatalf("%s original: layout %v, %v", name, layout, err)
			}
			for i := range rows {
				back[i].Line, rows[i].Line = 0, 0
			}
			if !reflect.DeepEqual(rows, back) {
				t.Fatalf("%s: rows differ between layouts", name)
			}
			if split == "dev" {
				devRows += len(rows)
			}
		}
	}
	if devRows != 285 {
		t.Errorf("%d dev rows, want 285", devRows)
	}
	subjects := []string{"college_mathematics", "high_school_european_history", "professional_law"}
	a, err := MMLU(dir, MMLUOptions{Subjects: subjects})
	if err != nil {
		t.Fatal(err)
	}
	b, err := MMLU(filepath.Dir(orig), MMLUOptions{Subjects: subjects})
	if err != nil {
		t.Fatal(err)
	}
	for i := range subjects {
		da, _ := a.Tasks[i].Docs(5)
		db, _ := b.Tasks[i].Docs(5)
		for j := range da {
			da[j].Source, db[j].Source = "", ""
		}
		if !reflect.DeepEqual(da, db) {
			t.Errorf("%s: docs differ between layouts", subjects[i])
		}
	}
}

func TestMMLUText(t *testing.T) {
	r := MMLURow{Question: "\u00a0 Which?\r\n", Choices: [4]string{" a", "b ", "", "d"}}
	want := "Which?\nA.  a\nB. b \nC. \nD. d\nAnswer:"
	if got := MMLUText(r); got != want {
		t.Errorf("MMLUText = %q, want %q (question stripped, choices not)", got, want)
	}
}

// writeOriginal writes rows headerless with letter answers, as data.tar has.
func writeOriginal(t *testing.T, path string, rows []MMLURow) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	for _, r := range rows {
		rec := append([]string{r.Question}, r.Choices[:]...)
		if err := w.Write(append(rec, "ABCD"[r.Answer:r.Answer+1])); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
