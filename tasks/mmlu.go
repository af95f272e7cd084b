package tasks

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// MMLUVersion is lm-eval's metadata.version of the per-subject template
// (lm_eval/tasks/mmlu/default/_default_template_yaml); we reproduce that
// prompt, so we report the same number.
const MMLUVersion = "1.0"

// MMLUGroupVersion is the version of lm-eval's mmlu and category groups.
const MMLUGroupVersion = "2"

// mmluSubjects is lm-eval's SUBJECTS map (lm_eval/tasks/mmlu/_generate_configs.py)
// in its (alphabetical) order: subject → category.
var mmluSubjects = [...]struct{ name, category string }{
	{"abstract_algebra", "stem"},
	{"anatomy", "stem"},
	{"astronomy", "stem"},
	{"business_ethics", "other"},
	{"clinical_knowledge", "other"},
	{"college_biology", "stem"},
	{"college_chemistry", "stem"},
	{"college_computer_science", "stem"},
	{"college_mathematics", "stem"},
	{"college_medicine", "other"},
	{"college_physics", "stem"},
	{"computer_security", "stem"},
	{"conceptual_physics", "stem"},
	{"econometrics", "social_sciences"},
	{"electrical_engineering", "stem"},
	{"elementary_mathematics", "stem"},
	{"formal_logic", "humanities"},
	{"global_facts", "other"},
	{"high_school_biology", "stem"},
	{"high_school_chemistry", "stem"},
	{"high_school_computer_science", "stem"},
	{"high_school_european_history", "humanities"},
	{"high_school_geography", "social_sciences"},
	{"high_school_government_and_politics", "social_sciences"},
	{"high_school_macroeconomics", "social_sciences"},
	{"high_school_mathematics", "stem"},
	{"high_school_microeconomics", "social_sciences"},
	{"high_school_physics", "stem"},
	{"high_school_psychology", "social_sciences"},
	{"high_school_statistics", "stem"},
	{"high_school_us_history", "humanities"},
	{"high_school_world_history", "humanities"},
	{"human_aging", "other"},
	{"human_sexuality", "social_sciences"},
	{"international_law", "humanities"},
	{"jurisprudence", "humanities"},
	{"logical_fallacies", "humanities"},
	{"machine_learning", "stem"},
	{"management", "other"},
	{"marketing", "other"},
	{"medical_genetics", "other"},
	{"miscellaneous", "other"},
	{"moral_disputes", "humanities"},
	{"moral_scenarios", "humanities"},
	{"nutrition", "other"},
	{"philosophy", "humanities"},
	{"prehistory", "humanities"},
	{"professional_accounting", "other"},
	{"professional_law", "humanities"},
	{"professional_medicine", "other"},
	{"professional_psychology", "social_sciences"},
	{"public_relations", "social_sciences"},
	{"security_studies", "social_sciences"},
	{"sociology", "social_sciences"},
	{"us_foreign_policy", "social_sciences"},
	{"virology", "other"},
	{"world_religions", "humanities"},
}

// MMLUCategories lists the four categories in the order of lm-eval's
// _mmlu.yaml group, which is the order results are reported in.
var MMLUCategories = []string{"stem", "other", "social_sciences", "humanities"}

// MMLUSubjects returns the 57 subject names in lm-eval's order.
func MMLUSubjects() []string {
	out := make([]string, len(mmluSubjects))
	for i, s := range mmluSubjects {
		out[i] = s.name
	}
	return out
}

// MMLUCategory returns the category of a subject.
func MMLUCategory(subject string) (string, bool) {
	for _, s := range mmluSubjects {
		if s.name == subject {
			return s.category, true
		}
	}
	return "", false
}

// MMLUDescription is the per-subject description lm-eval's generator writes:
// the subject with underscores turned into spaces.
func MMLUDescription(subject string) string {
	return "The following are multiple choice questions (with answers) about " +
		strings.ReplaceAll(subject, "_", " ") + ".\n\n"
}

// mmluLetters are both the choices (doc_to_choice) and the answer letters.
var mmluLetters = []string{"A", "B", "C", "D"}

// MMLUText renders one question as lm-eval's doc_to_text: the question is
// strip()ped, the choices are not.
func MMLUText(r MMLURow) string {
	var b strings.Builder
	b.WriteString(pyStrip(r.Question))
	for i, c := range r.Choices {
		b.WriteString("\n")
		b.WriteString(mmluLetters[i])
		b.WriteString(". ")
		b.WriteString(c)
	}
	b.WriteString("\nAnswer:")
	return b.String()
}

// MMLUOptions selects what MMLU loads.
type MMLUOptions struct {
	// Split is the evaluation split: "test" (default, as lm-eval), "val"
	// (original layout only) or "dev".
	Split string
	// Subjects restricts the suite; nil means all 57.
	Subjects []string
}

// MMLU loads the benchmark from dir, which may be the directory holding the
// split folders (dev/, test/, val/) or a parent with data/ or data/mmlu/ (the
// original tarball and the shared export respectively). Every file is read and
// validated now. The suite holds one task per subject named mmlu_<subject>,
// few-shot from the first dev rows, and lm-eval's groups: mmlu over the four
// categories, each category over its subjects, all weighted by size.
func MMLU(dir string, opt MMLUOptions) (Suite, error) {
	split := opt.Split
	if split == "" {
		split = "test"
	}
	if split != "test" && split != "val" && split != "dev" {
		return Suite{}, fmt.Errorf("tasks: mmlu: unknown split %q (want test, val or dev)", split)
	}
	root, err := mmluRoot(dir)
	if err != nil {
		return Suite{}, err
	}
	subjects := opt.Subjects
	if subjects == nil {
		subjects = MMLUSubjects()
	}
	for _, sp := range slices.Compact([]string{"dev", split}) {
		if err := checkMMLUFiles(filepath.Join(root, sp), sp); err != nil {
			return Suite{}, err
		}
	}
	var suite Suite
	byCat := map[string][]string{}
	seen := map[string]bool{}
	for _, s := range subjects {
		cat, ok := MMLUCategory(s)
		if !ok {
			return Suite{}, fmt.Errorf("tasks: mmlu: unknown subject %q", s)
		}
		if seen[s] {
			return Suite{}, fmt.Errorf("tasks: mmlu: subject %q listed twice", s)
		}
		seen[s] = true
		t, err := loadMMLUSubject(root, s, split)
		if err != nil {
			return Suite{}, err
		}
		suite.Tasks = append(suite.Tasks, t)
		byCat[cat] = append(byCat[cat], t.name)
	}
	top := Group{Name: "mmlu", Alias: "mmlu", Version: MMLUGroupVersion}
	var cats []Group
	for _, c := range MMLUCategories {
		if len(byCat[c]) == 0 {
			continue
		}
		g := Group{Name: "mmlu_" + c, Alias: c, Version: MMLUGroupVersion, Members: byCat[c]}
		top.Members = append(top.Members, g.Name)
		cats = append(cats, g)
	}
	suite.Groups = append([]Group{top}, cats...)
	return suite, nil
}

// mmluRoot finds the directory that holds dev/.
func mmluRoot(dir string) (string, error) {
	for _, c := range []string{dir, filepath.Join(dir, "data"), filepath.Join(dir, "data", "mmlu")} {
		if st, err := os.Stat(filepath.Join(c, "dev")); err == nil && st.IsDir() {
			return c, nil
		}
	}
	return "", fmt.Errorf("tasks: mmlu: %s: no dev/ directory here or under data/ or data/mmlu/: %w", dir, fs.ErrNotExist)
}

// checkMMLUFiles rejects CSVs with unknown subject names, so that a typo in a
// file name fails loudly instead of silently dropping a subject.
func checkMMLUFiles(dir, split string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("tasks: mmlu: %w", err)
	}
	suffix := "_" + split + ".csv"
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		subj, ok := strings.CutSuffix(name, suffix)
		if _, known := MMLUCategory(subj); !ok || !known {
			return fmt.Errorf("tasks: mmlu: %s: %w: not <subject>%s for a known subject",
				filepath.Join(dir, name), ErrData, suffix)
		}
	}
	return nil
}

// loadMMLUSubject reads one subject's dev and eval files.
func loadMMLUSubject(root, subject, split string) (*mcTask, error) {
	read := func(sp string) ([]mcItem, error) {
		path := filepath.Join(root, sp, subject+"_"+sp+".csv")
		rows, _, err := ReadMMLUFile(path)
		var pe *fs.PathError
		if errors.Is(err, fs.ErrNotExist) && errors.As(err, &pe) {
			return nil, fmt.Errorf("tasks: mmlu: subject %s: %w", subject, pe) // the prefix once
		}
		if err != nil {
			return nil, err
		}
		items := make([]mcItem, len(rows))
		for i, r := range rows {
			items[i] = mcItem{
				text:    MMLUText(r),
				choices: slices.Clone(mmluLetters),
				gold:    r.Answer,
				source:  at(path, r.Line),
				key:     r.key(),
			}
		}
		return items, nil
	}
	pool, err := read("dev")
	if err != nil {
		return nil, err
	}
	eval := pool
	if split != "dev" {
		if eval, err = read(split); err != nil {
			return nil, err
		}
	}
	p := mcPrompt{description: MMLUDescription(subject), targetDelim: " ", fewshotDelim: "\n\n"}
	acc := []Metric{{Name: "acc", Filter: "none", Agg: Mean, HigherIsBetter: true}}
	return newMCTask("mmlu_"+subject, MMLUVersion, p, eval, pool, split == "dev", 0, acc), nil
}
