package cuda

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// options are the backend's settings from its spec ("cuda:device=1,lib-dir=/opt/cuda/lib64").
type options struct {
	libDir string // searched before anything else
	device int
	// graphs=off runs every step launch by launch instead of replaying
	// a captured CUDA graph (to measure what capture saves, or to
	// bisect a capture problem).
	noGraphs bool
}

var optionKeys = []string{"device=N", "lib-dir=PATH", "graphs=on|off"}

func parseOptions(extra map[string]string) (options, error) {
	var o options
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys) // report the first bad option deterministically
	for _, k := range keys {
		v := extra[k]
		switch k {
		case "lib-dir":
			if strings.TrimSpace(v) == "" {
				return o, fmt.Errorf("cuda: option lib-dir is empty")
			}
			o.libDir = v
		case "device":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return o, fmt.Errorf("cuda: option device=%q: want a device index ≥ 0", v)
			}
			o.device = n
		case "graphs":
			switch v {
			case "on", "1", "true":
				o.noGraphs = false
			case "off", "0", "false":
				o.noGraphs = true
			default:
				return o, fmt.Errorf("cuda: option graphs=%q: want on or off", v)
			}
		default:
			return o, fmt.Errorf("cuda: unknown option %q (known: %s)", k, strings.Join(optionKeys, ", "))
		}
	}
	return o, nil
}
