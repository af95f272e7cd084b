package pjrt

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends/pjrt/lower"
)

// options are the backend's settings from its spec
// ("pjrt:plugin=/p/xla_cuda_plugin.so,preallocate=false,math=fast").
type options struct {
	plugin string
	math   lower.Math
	// attention forces a form of attention (lower.Options.Attention).
	attention string
	// client holds PJRT client create options, passed to the plugin.
	client map[string]string
}

// clientKeys are the client create options of XLA's GPU plugin that pass
// through by name; any other plugin option is written client.NAME, so
// that a misspelt backend option is an error rather than something the
// plugin silently ignores.
var clientKeys = []string{"allocator", "memory_fraction", "preallocate", "visible_devices",
	"should_stage_host_to_device_transfers", "collective_memory_size", "node_id", "num_nodes"}

var optionKeys = []string{"plugin=PATH", "math=exact|fast", "attention=auto|masked|gathered", "client.KEY=VALUE", strings.Join(clientKeys, "|") + "=VALUE"}

func parseOptions(extra map[string]string) (options, error) {
	o := options{client: map[string]string{}}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := extra[k]
		switch {
		case k == "plugin":
			if strings.TrimSpace(v) == "" {
				return o, fmt.Errorf("pjrt: option plugin is empty")
			}
			o.plugin = v
		case k == "math":
			switch v {
			case "exact":
				o.math = lower.Exact
			case "fast":
				o.math = lower.Fast
			default:
				return o, fmt.Errorf("pjrt: option math=%q: want exact or fast", v)
			}
		case k == "attention":
			switch v {
			case "auto":
				o.attention = ""
			case "masked", "gathered":
				o.attention = v
			default:
				return o, fmt.Errorf("pjrt: option attention=%q: want auto, masked or gathered", v)
			}
		case strings.HasPrefix(k, "client.") && len(k) > len("client."):
			o.client[strings.TrimPrefix(k, "client.")] = v
		case contains(clientKeys, k):
			o.client[k] = v
		default:
			return o, fmt.Errorf("pjrt: unknown option %q (known: %s)", k, strings.Join(optionKeys, ", "))
		}
	}
	return o, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func (o options) mathName() string {
	if o.math == lower.Fast {
		return "fast"
	}
	return "exact"
}
