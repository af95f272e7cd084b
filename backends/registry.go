package backends

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

// Registration describes one backend to the registry.
type Registration struct {
	Name        string
	Description string
	// Priority orders the automatic choice: the usable backend with the
	// highest priority wins (go 0, simd 10, cuda 20...).
	Priority int
	// Probe reports why the backend cannot run here, or nil. It must be
	// cheap and must not fail for lack of hardware by panicking: cgo
	// backends dlopen their libraries here.
	Probe func() error
	// Details, optional, says what Open would choose on this machine (a
	// kernel path, a device), for listings; it must be as cheap as Probe.
	Details func() string
	Open    func(Options) (Backend, error)
}

var (
	regMu sync.Mutex
	reg   = map[string]Registration{}
)

// Register adds a backend; called from the backend package's init.
// Registering a name twice is a programming error.
func Register(r Registration) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := reg[r.Name]; dup {
		panic("backends: duplicate registration of " + r.Name)
	}
	reg[r.Name] = r
}

// Registered lists every compiled-in backend, highest priority first.
func Registered() []Registration {
	regMu.Lock()
	defer regMu.Unlock()
	out := make([]Registration, 0, len(reg))
	for _, r := range reg {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// EnvVar names the environment variable consulted when no backend is named.
const EnvVar = "GEMMA_BENCH_BACKEND"

// Open opens a backend from a spec "name[:key=value,...]". An empty spec
// falls back to $GEMMA_BENCH_BACKEND, then to the best usable backend.
func Open(spec string, opts Options) (Backend, error) {
	if spec == "" {
		spec = os.Getenv(EnvVar)
	}
	if spec == "" {
		r, err := Best()
		if err != nil {
			return nil, err
		}
		return r.Open(opts)
	}
	name, extra, err := ParseSpec(spec)
	if err != nil {
		return nil, err
	}
	regMu.Lock()
	r, ok := reg[name]
	regMu.Unlock()
	if !ok {
		var names []string
		for _, r := range Registered() {
			names = append(names, r.Name)
		}
		return nil, fmt.Errorf("%w %q (compiled in: %s)", ErrUnknownBackend, name, strings.Join(names, ", "))
	}
	if r.Probe != nil {
		if err := r.Probe(); err != nil {
			return nil, fmt.Errorf("%s: %w: %w", name, ErrUnavailable, err)
		}
	}
	if len(extra) > 0 {
		if opts.Extra == nil {
			opts.Extra = map[string]string{}
		}
		for k, v := range extra {
			opts.Extra[k] = v
		}
	}
	return r.Open(opts)
}

// Best is the usable backend with the highest priority.
func Best() (Registration, error) {
	var why []string
	for _, r := range Registered() {
		if r.Probe == nil {
			return r, nil
		}
		err := r.Probe()
		if err == nil {
			return r, nil
		}
		why = append(why, r.Name+": "+err.Error())
	}
	return Registration{}, fmt.Errorf("%w: no usable backend (%s)", ErrUnavailable, strings.Join(why, "; "))
}

// SplitSpecs splits a list of backend specs, "go,simd:math=exact,kernels=avx2"
// → ["go", "simd:math=exact,kernels=avx2"]: a comma starts a new spec
// unless the next item is a key=value option (it has "=" before any ":"),
// which belongs to the spec before it. Empty items are errors.
func SplitSpecs(list string) ([]string, error) {
	var out []string
	for _, item := range strings.Split(list, ",") {
		eq, colon := strings.Index(item, "="), strings.Index(item, ":")
		isOption := eq >= 0 && (colon < 0 || eq < colon)
		switch {
		case strings.TrimSpace(item) == "":
			return nil, fmt.Errorf("backend list %q: empty item", list)
		case isOption && len(out) == 0:
			return nil, fmt.Errorf("backend list %q: option %q before any backend name", list, item)
		case isOption && !strings.Contains(out[len(out)-1], ":"):
			return nil, fmt.Errorf("backend list %q: option %q follows %q, which has no ':' to start options", list, item, out[len(out)-1])
		case isOption:
			out[len(out)-1] += "," + item
		default:
			out = append(out, item)
		}
	}
	return out, nil
}

// ParseSpec splits "name:k=v,k2=v2".
func ParseSpec(spec string) (string, map[string]string, error) {
	name, rest, _ := strings.Cut(spec, ":")
	if name == "" {
		return "", nil, fmt.Errorf("backend spec %q has no name", spec)
	}
	if rest == "" {
		return name, nil, nil
	}
	extra := map[string]string{}
	for _, kv := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return "", nil, fmt.Errorf("backend spec %q: option %q is not key=value", spec, kv)
		}
		extra[k] = v
	}
	return name, extra, nil
}
