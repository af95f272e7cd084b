// Package backendtest is the conformance suite every backend must pass, and
// the helper the model and eval tests open their backend with.
//
// The suite runs Gemma-shaped graphs (several per cache: prefill and decode
// shapes interleaved, forks, every Want) on the backend under test and on
// an independent float64 interpreter of the graph (NewReference), for
// weights in f32, bf16, f16, q8_0 and q4_0 and caches in f32 and bf16, and
// holds the backend to the reference within a tolerance per weight dtype.
// It also requires every narrow output (Argmax, LogProb, IsArgmax) to agree
// with the backend's own Logits of the same step, runs of one case to be
// bit-identical, invalid steps and graphs to be errors (never panics),
// cancellation, profiles and Close to follow the contract. A step that
// wants narrow outputs but not its logits is held to the reference: its
// Argmax must name a token whose reference logit is within twice the logits
// tolerance of the reference maximum, each LogProb must be within twice
// that tolerance of the reference's.
//
// F32 and BF16 weights with an f32 cache are mandatory: ErrNotImplemented
// on them fails. F16, Q8_0, Q4_0 and bf16 caches may be ErrNotImplemented;
// those variants are then skipped, with the reason logged.
//
// Check is the suite as a function (for tests that assert it fails on a
// broken backend); RunBackend and Run wrap it in subtests. Open and Name
// choose the backend the model and eval tests run on:
// $GEMMA_BENCH_TEST_BACKEND, by default "go".
package backendtest

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"sync"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	// Open and Run open backends by name: link every one built in.
	_ "github.com/gemma-bench/gemma-bench/backends/all"
)

// Tolerance bounds the difference of one step's logits from the
// reference's: |got−want| ≤ ATol + RTol·max|want| over the whole output.
type Tolerance struct{ ATol, RTol float64 }

// DefaultTolerance is the tolerance for weights of dtype dt when
// Options.Tol does not give one: RTol 1e-4 for f32 weights (float32
// activations against float64), 1e-2 for the others, which allows the
// shortcuts fast backends take (bf16 activations into bf16 products, int8
// activations into q8_0/q4_0 dot products).
func DefaultTolerance(dt backends.DType) Tolerance {
	if dt == backends.F32 {
		return Tolerance{RTol: 1e-4}
	}
	return Tolerance{RTol: 1e-2}
}

// DefaultKVBF16 is the tolerance added for a bf16 cache when
// Options.KVBF16 is zero: float32 and float64 keys round to different
// bfloat16 neighbours now and then.
var DefaultKVBF16 = Tolerance{RTol: 5e-3}

// Options configure the suite.
type Options struct {
	// Tol holds the tolerance per weight dtype; a dtype it lacks gets
	// DefaultTolerance.
	Tol map[backends.DType]Tolerance
	// KVBF16 is added to the tolerance of the variants with a bf16 cache;
	// zero means DefaultKVBF16.
	KVBF16 Tolerance
	// Threads is the worker count Run passes to backends.Open; 0 means 2.
	Threads int
	// Logf, when set, receives the reason of every skipped variant and
	// each variant's largest logit error relative to max|logit|.
	Logf func(format string, args ...any)
}

func (o *Options) tolerance(wdt, kv backends.DType) Tolerance {
	t, ok := o.Tol[wdt]
	if !ok {
		t = DefaultTolerance(wdt)
	}
	if kv == backends.BF16 {
		k := o.KVBF16
		if k == (Tolerance{}) {
			k = DefaultKVBF16
		}
		t.ATol += k.ATol
		t.RTol += k.RTol
	}
	return t
}

func (o *Options) threads() int {
	if o.Threads > 0 {
		return o.Threads
	}
	return 2
}

// Failure is one way a backend broke the contract, in one case.
type Failure struct {
	Case string
	Err  error
}

func (f Failure) Error() string { return f.Case + ": " + f.Err.Error() }

// A check is one named part of the suite. It returns the backend's
// failures, or the reason it was skipped.
type check struct {
	name string
	run  func(be backends.Backend, o *Options) (errs []error, skip string)
}

// weightDTypes are every variant's weights: the first two are mandatory.
var weightDTypes = []backends.DType{backends.F32, backends.BF16, backends.F16, backends.Q8_0, backends.Q4_0}

func checks() []check {
	var cs []check
	for _, c := range numericCases() {
		for _, wdt := range weightDTypes {
			kvs := []backends.DType{backends.F32}
			if wdt == backends.F32 || wdt == backends.BF16 {
				kvs = append(kvs, backends.BF16)
			}
			for _, kv := range kvs {
				cs = append(cs, check{
					name: fmt.Sprintf("%s/w=%s/kv=%s", c.name, wdt, kv),
					run:  numericCheck(c, wdt, kv),
				})
			}
		}
	}
	return append(cs, contractChecks()...)
}

// CaseNames lists the names Check reports failures under, in order.
func CaseNames() []string {
	var names []string
	for _, c := range checks() {
		names = append(names, c.name)
	}
	return names
}

// numericCheck runs one case variant twice on the backend (fresh
// executables and cache each time) and once per process on the reference
// (it is deterministic).
func numericCheck(c numericCase, wdt, kv backends.DType) func(backends.Backend, *Options) ([]error, string) {
	name := fmt.Sprintf("%s/w=%s/kv=%s", c.name, wdt, kv)
	mandatory := (wdt == backends.F32 || wdt == backends.BF16) && kv == backends.F32
	return func(be backends.Backend, o *Options) ([]error, string) {
		s := c.build(wdt, kv)
		ref, err := referenceRun(name, s)
		if err != nil {
			return []error{fmt.Errorf("%w: the reference failed: %v", errSuite, err)}, ""
		}
		got, err := play(be, s, false)
		if errors.Is(err, backends.ErrNotImplemented) && !mandatory {
			return nil, fmt.Sprintf("%s: %v", name, err)
		}
		if errors.Is(err, backends.ErrNotImplemented) {
			return []error{fmt.Errorf("weights %s with a %s cache are mandatory: %w", wdt, kv, err)}, ""
		}
		if err != nil {
			return []error{err}, ""
		}
		errs, worst := compare(s, got, ref, o.tolerance(wdt, kv))
		if o.Logf != nil {
			o.Logf("%s: max |Δlogit| / max|logit| = %.2g (tolerance RTol %g)", name, worst, o.tolerance(wdt, kv).RTol)
		}
		again, err := play(be, s, false)
		if err != nil {
			return append(errs, fmt.Errorf("second run: %w", err)), ""
		}
		if err := identical(s, got, again); err != nil {
			errs = append(errs, fmt.Errorf("not deterministic (two runs on fresh executables and caches): %w", err))
		}
		return errs, ""
	}
}

var refRuns sync.Map // case variant name → *refRun

type refRun struct {
	once sync.Once
	res  []*result
	err  error
}

func referenceRun(name string, s *script) ([]*result, error) {
	v, _ := refRuns.LoadOrStore(name, &refRun{})
	r := v.(*refRun)
	r.once.Do(func() {
		ref := NewReference()
		defer ref.Close()
		r.res, r.err = play(ref, s, true)
	})
	return r.res, r.err
}

// maxErrors bounds the failures one check reports.
const maxErrors = 6

func runCheck(be backends.Backend, c check, o *Options) (errs []error, skip string) {
	defer func() {
		if p := recover(); p != nil {
			errs = append(errs, fmt.Errorf("panic: %v\n%s", p, debug.Stack()))
		}
	}()
	errs, skip = c.run(be, o)
	if len(errs) > maxErrors {
		n := len(errs) - maxErrors
		errs = append(errs[:maxErrors], fmt.Errorf("… and %d more", n))
	}
	return errs, skip
}

// Check runs the whole suite on be and returns every failure (none: be
// conforms). It neither opens nor closes be, and needs no testing.T.
func Check(be backends.Backend, o Options) []Failure {
	var fails []Failure
	for _, c := range checks() {
		errs, skip := runCheck(be, c, &o)
		if skip != "" && o.Logf != nil {
			o.Logf("skipped %s", skip)
		}
		for _, err := range errs {
			fails = append(fails, Failure{Case: c.name, Err: err})
		}
	}
	return fails
}

// RunBackend runs the suite on be, one subtest per case: t.Error for each
// failure, t.Skip for a variant the backend does not implement. It logs
// to the subtests (o.Logf is ignored): skips, and each variant's largest
// logit error relative to max|logit|, to calibrate tolerances by.
func RunBackend(t *testing.T, be backends.Backend, o Options) {
	t.Helper()
	for _, c := range checks() {
		t.Run(c.name, func(t *testing.T) {
			o := o
			o.Logf = t.Logf
			errs, skip := runCheck(be, c, &o)
			for _, err := range errs {
				t.Error(err)
			}
			if skip != "" && len(errs) == 0 {
				t.Skip(skip)
			}
		})
	}
}

// Run opens the registered backend spec (with o.Threads, default 2) and
// runs the suite on it. It skips only when the backend is unavailable
// here (backends.ErrUnavailable); any other error opening it fails.
func Run(t *testing.T, spec string, o Options) {
	t.Helper()
	be, err := backends.Open(spec, backends.Options{Threads: o.threads()})
	if errors.Is(err, backends.ErrUnavailable) {
		t.Skipf("backend %s is not usable here: %v", spec, err)
	}
	if err != nil {
		t.Fatalf("open backend %s: %v", spec, err)
	}
	defer be.Close()
	RunBackend(t, be, o)
}

// TestBackendVar names the backend Open opens: a backends.Open spec
// ("go", "go:kv=ring", "cuda:device=1").
const TestBackendVar = "GEMMA_BENCH_TEST_BACKEND"

// Name is the spec of the backend Open opens: $GEMMA_BENCH_TEST_BACKEND,
// or "go".
func Name() string {
	if s := os.Getenv(TestBackendVar); s != "" {
		return s
	}
	return "go"
}

// Open opens the backend the model and eval tests run on (Name(), two
// threads), closes it when the test ends, and skips the test when that
// backend is unavailable here.
func Open(t testing.TB) backends.Backend {
	t.Helper()
	be, err := backends.Open(Name(), backends.Options{Threads: 2})
	if errors.Is(err, backends.ErrUnavailable) {
		t.Skipf("backend %s (from $%s) is not usable here: %v", Name(), TestBackendVar, err)
	}
	if err != nil {
		t.Fatalf("open backend %s (from $%s): %v", Name(), TestBackendVar, err)
	}
	t.Cleanup(func() {
		if err := be.Close(); err != nil {
			t.Errorf("close backend %s: %v", Name(), err)
		}
	})
	return be
}

// OracleRTol is the bound, relative to max|ref|, that the model and evals
// oracle tests hold a backend's logits to: 1e-5 for exact numerics (float32
// activations), 2e-2 for a backend that reports math=fast (activations
// narrowed to bf16 or Q8, llama.cpp's numerics class).
func OracleRTol(be backends.Backend) float64 {
	if backends.SettingsOf(be)["math"] == "fast" {
		return 2e-2
	}
	return 1e-5
}

// FailedCases lists the distinct cases of fails, sorted.
func FailedCases(fails []Failure) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fails {
		if !seen[f.Case] {
			seen[f.Case] = true
			out = append(out, f.Case)
		}
	}
	sort.Strings(out)
	return out
}
