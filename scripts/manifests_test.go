// Package scripts holds no Go code: this test holds the fleet manifests and
// the nightly workflow to the fields that make them work, so an edit that
// breaks one fails CI rather than the next fleet run.
package scripts

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

func load(t *testing.T, path string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("\t")) {
		t.Errorf("%s: a tab (YAML forbids tabs for indentation)", path)
	}
	var doc map[string]any
	if err := yaml.UnmarshalStrict(b, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

// get walks a decoded document by keys and list indexes.
func get(t *testing.T, doc any, path ...any) any {
	t.Helper()
	cur := doc
	for i, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := cur.(map[string]any)
			if !ok {
				t.Fatalf("%v: not a mapping at %v", path, path[:i])
			}
			if cur, ok = m[k]; !ok {
				t.Fatalf("%v: no %q", path, k)
			}
		case int:
			l, ok := cur.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("%v: no item %d at %v", path, k, path[:i])
			}
			cur = l[k]
		}
	}
	return cur
}

func envOf(t *testing.T, container any) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, e := range get(t, container, "env").([]any) {
		m := e.(map[string]any)
		out[m["name"].(string)] = m["value"].(string)
	}
	return out
}

func script(t *testing.T, container any) string {
	t.Helper()
	var parts []string
	for _, key := range []string{"command", "args"} {
		for _, a := range get(t, container, key).([]any) {
			parts = append(parts, a.(string))
		}
	}
	return strings.Join(parts, " ")
}

func TestFleetJob(t *testing.T) {
	doc := load(t, "k8s/fleet-job.yaml")
	if get(t, doc, "apiVersion") != "batch/v1" || get(t, doc, "kind") != "Job" {
		t.Fatalf("not a batch/v1 Job: %v %v", doc["apiVersion"], doc["kind"])
	}
	spec := get(t, doc, "spec")
	if get(t, spec, "completionMode") != "Indexed" {
		t.Errorf("completionMode %v: want Indexed (JOB_COMPLETION_INDEX is only set for Indexed Jobs)", get(t, spec, "completionMode"))
	}
	completions := get(t, spec, "completions").(float64)
	if p := get(t, spec, "parallelism").(float64); p < 1 || p > completions {
		t.Errorf("parallelism %v: want 1..completions (%v)", p, completions)
	}
	if get(t, spec, "template", "spec", "restartPolicy") != "Never" {
		t.Errorf("restartPolicy: want Never, so a failed shard is retried as a new pod with its index")
	}
	c := get(t, spec, "template", "spec", "containers", 0)
	env := envOf(t, c)
	if env["SHARDS"] != strconv.FormatFloat(completions, 'f', -1, 64) {
		t.Errorf("SHARDS=%q but completions %v: every shard must have a pod", env["SHARDS"], completions)
	}
	if !strings.HasPrefix(env["STORE"], "gs://") {
		t.Errorf("STORE %q: want one gs:// store for every pod", env["STORE"])
	}
	cmd := script(t, c)
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`gemma-bench run `),
		regexp.MustCompile(`--shard "\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)/\$SHARDS"`),
		regexp.MustCompile(`--run-id "\$RUN-\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)"`),
		regexp.MustCompile(`--results "\$STORE"`),
	} {
		if !want.MatchString(cmd) {
			t.Errorf("shard command lacks %s:\n%s", want, cmd)
		}
	}
}

func TestFleetMergeJob(t *testing.T) {
	shards := envOf(t, get(t, load(t, "k8s/fleet-job.yaml"), "spec", "template", "spec", "containers", 0))
	doc := load(t, "k8s/fleet-merge-job.yaml")
	c := get(t, doc, "spec", "template", "spec", "containers", 0)
	env := envOf(t, c)
	for _, k := range []string{"RUN", "SHARDS", "STORE"} {
		if env[k] != shards[k] {
			t.Errorf("merge job %s=%q, shard job %q: they must name the same run", k, env[k], shards[k])
		}
	}
	cmd := script(t, c)
	for _, want := range []string{`gemma-bench merge --out "$STORE#$RUN" $shards`, `$STORE#$RUN-$i`, `gemma-bench report "$STORE#$RUN"`, "--publish"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("merge command lacks %q:\n%s", want, cmd)
		}
	}
}

func TestNightlyWorkflow(t *testing.T) {
	doc := load(t, "../.github/workflows/nightly.yml")
	// YAML 1.1 reads a bare on as the boolean true; GitHub reads it as
	// the key "on". Accept either spelling of the decoded key.
	on, ok := doc["on"]
	if !ok {
		on = get(t, doc, "true")
	}
	if cron := get(t, on, "schedule", 0, "cron").(string); len(strings.Fields(cron)) != 5 {
		t.Errorf("cron %q: want five fields", cron)
	}
	steps := get(t, doc, "jobs", "nightly", "steps").([]any)
	var runs []string
	nightly := -1
	for i, s := range steps {
		if r, ok := s.(map[string]any)["run"].(string); ok {
			runs = append(runs, r)
			if strings.Contains(r, "scripts/nightly.sh") {
				nightly = i
			}
		}
	}
	if nightly < 0 {
		t.Fatalf("no step runs scripts/nightly.sh: %v", runs)
	}
	env := get(t, steps[nightly], "env").(map[string]any)
	if _, ok := env["STORE"]; !ok {
		t.Errorf("the nightly step sets no STORE")
	}
	b, err := os.ReadFile("nightly.sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"GITHUB_STEP_SUMMARY", "exit $worst", "compare", "store mark", "report"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("nightly.sh lacks %q", want)
		}
	}
}
