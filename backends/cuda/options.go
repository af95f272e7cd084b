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
}

var optionKeys = []string{"device=N", "lib-dir=PATH"}

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
		default:
			return o, fmt.Errorf("cuda: unknown option %q (known: %s)", k, strings.Join(optionKeys, ", "))
		}
	}
	return o, nil
}
