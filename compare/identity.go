package compare

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// Severity says whether a Difference stops a comparison.
type Severity int

const (
	// Warning: the numbers may differ for this reason too (host, backend
	// options); the comparison goes on.
	Warning Severity = iota
	// Error: the runs measured different things (model, tokenizer,
	// tasks); comparing needs --force.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Difference is one way in which two records' identities differ.
type Difference struct {
	Severity  Severity
	What      string // "model name", "task mmlu version", "host CPU"
	Base, New string
}

func (d Difference) String() string {
	if d.Base == "" && d.New == "" {
		return d.What
	}
	return fmt.Sprintf("%s: %s vs %s", d.What, orNone(d.Base), orNone(d.New))
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// Differences lists how base and new differ in what they ran: the errors
// first, in a fixed order, then the warnings.
func Differences(base, new *results.Record) []Difference {
	var out []Difference
	add := func(sev Severity, what, a, b string) {
		if a != b {
			out = append(out, Difference{sev, what, a, b})
		}
	}
	add(Error, "kind of run", base.Kind, new.Kind)
	bm, nm := base.Model, new.Model
	add(Error, "model name", bm.Name, nm.Name)
	// Arch and dtype are not in an eval run directory's run.json, so a
	// record rebuilt from one lacks them: only two known values can differ
	// (the fingerprint still tells checkpoints apart).
	known := func(sev Severity, what, a, b string) {
		if a != "" && b != "" {
			add(sev, what, a, b)
		}
	}
	known(Error, "model arch", bm.Arch, nm.Arch)
	known(Error, "model dtype", bm.DType, nm.DType)
	if bm.Params != 0 && nm.Params != 0 {
		add(Error, "model parameters", strconv.FormatInt(bm.Params, 10), strconv.FormatInt(nm.Params, 10))
	}
	add(Error, "model fingerprint", bm.Fingerprint, nm.Fingerprint)
	add(Error, "model weights", bm.Weights, nm.Weights)
	if base.Tokenizer != nil && new.Tokenizer != nil {
		add(Error, "tokenizer sha256", base.Tokenizer.SHA256, new.Tokenizer.SHA256)
	}
	out = append(out, taskDifferences(base.Tasks, new.Tasks)...)

	bb, nb := backendKeys(base), backendKeys(new)
	for i, k := range bb {
		j := slices.Index(nb, k)
		if j < 0 {
			continue
		}
		bo, no := base.Backends[i].Options, new.Backends[j].Options
		keys := map[string]bool{}
		for o := range bo {
			keys[o] = true
		}
		for o := range no {
			keys[o] = true
		}
		for _, o := range slices.Sorted(maps.Keys(keys)) {
			add(Warning, fmt.Sprintf("backend %s option %s", k, o), bo[o], no[o])
		}
	}
	bh, nh := base.Host, new.Host
	add(Warning, "host CPU", bh.CPU, nh.CPU)
	add(Warning, "host cores", strconv.Itoa(bh.Cores), strconv.Itoa(nh.Cores))
	if bh.MemBytes != 0 && nh.MemBytes != 0 {
		add(Warning, "host memory", gib(bh.MemBytes), gib(nh.MemBytes))
	}
	add(Warning, "host OS", bh.OS+"/"+bh.Arch, nh.OS+"/"+nh.Arch)
	if len(bh.CPUFlags) > 0 && len(nh.CPUFlags) > 0 {
		add(Warning, "host CPU flags", strings.Join(bh.CPUFlags, " "), strings.Join(nh.CPUFlags, " "))
	}
	add(Warning, "host accelerators", accelerators(bh), accelerators(nh))
	slices.SortStableFunc(out, func(a, b Difference) int { return int(b.Severity) - int(a.Severity) })
	return out
}

// taskDifferences: the same tasks, at the same versions, shots, doc
// counts and data. Absent data hashes cannot be checked, and say so.
func taskDifferences(base, new []results.TaskRef) []Difference {
	var out []Difference
	nt := map[string]results.TaskRef{}
	for _, t := range new {
		nt[t.Name] = t
	}
	bt := map[string]bool{}
	unhashed := 0
	for _, b := range base {
		bt[b.Name] = true
		n, ok := nt[b.Name]
		if !ok {
			out = append(out, Difference{Error, "task " + b.Name, "v" + b.Version, "(absent)"})
			continue
		}
		add := func(what, x, y string) {
			if x != y {
				out = append(out, Difference{Error, "task " + b.Name + " " + what, x, y})
			}
		}
		add("version", b.Version, n.Version)
		add("n-shot", strconv.Itoa(b.NShot), strconv.Itoa(n.NShot))
		add("docs", strconv.Itoa(b.Docs), strconv.Itoa(n.Docs))
		if b.DataHash == "" || n.DataHash == "" {
			unhashed++
		} else {
			add("data hash", b.DataHash, n.DataHash)
		}
	}
	for _, n := range new {
		if !bt[n.Name] {
			out = append(out, Difference{Error, "task " + n.Name, "(absent)", "v" + n.Version})
		}
	}
	if unhashed > 0 {
		out = append(out, Difference{Severity: Warning, What: fmt.Sprintf("%d task(s) without a data hash on one side or both: not checked that both read the same data", unhashed)})
	}
	return out
}

func gib(b int64) string { return fmt.Sprintf("%.1f GiB", float64(b)/(1<<30)) }

func accelerators(h results.Host) string {
	var parts []string
	for _, a := range h.Accelerators {
		var kv []string
		for _, k := range slices.Sorted(maps.Keys(a)) {
			kv = append(kv, k+"="+a[k])
		}
		parts = append(parts, strings.Join(kv, ","))
	}
	return strings.Join(parts, "; ")
}

// backendKeys names a record's backends for matching: the name, and
// "name#k" for the k-th (k ≥ 2) backend of a name listed more than once.
func backendKeys(r *results.Record) []string {
	seen := map[string]int{}
	out := make([]string, len(r.Backends))
	for i, b := range r.Backends {
		seen[b.Name]++
		out[i] = b.Name
		if k := seen[b.Name]; k > 1 {
			out[i] = fmt.Sprintf("%s#%d", b.Name, k)
		}
	}
	return out
}
