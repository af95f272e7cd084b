package compare

import (
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/results"
)

func TestParseThreshold(t *testing.T) {
	cases := []struct {
		spec   string
		name   string
		labels map[string]string
		op     byte
		amount float64
		unit   string
	}{
		{"tg128<-5%", "decode", map[string]string{"n": "128"}, '<', -5, "%"},
		{"pp512<-3.5%", "prefill", map[string]string{"p": "512"}, '<', -3.5, "%"},
		{"tg128@d4096<-5%", "decode", map[string]string{"n": "128", "d": "4096"}, '<', -5, "%"},
		{"tg0128/t=2<-5%", "decode", map[string]string{"n": "128", "t": "2"}, '<', -5, "%"},
		{"acc<-1pt", "acc", map[string]string{}, '<', -1, "pt"},
		{"acc/task=mmlu<-0.5pt", "acc", map[string]string{"task": "mmlu"}, '<', -0.5, "pt"},
		{"decode/n=128<-5%", "decode", map[string]string{"n": "128"}, '<', -5, "%"},
		{" latency / backend=simd > +10% ", "latency", map[string]string{"backend": "simd"}, '>', 10, "%"},
		{"acc_norm/filter=none<-2 pt", "acc_norm", map[string]string{"filter": "none"}, '<', -2, "pt"},
	}
	for _, tc := range cases {
		got, err := ParseThreshold(tc.spec)
		if err != nil {
			t.Errorf("%q: %v", tc.spec, err)
			continue
		}
		if got.Name != tc.name || !maps.Equal(got.Labels, tc.labels) || got.Op != tc.op || got.Amount != tc.amount || got.Unit != tc.unit {
			t.Errorf("%q: %+v", tc.spec, got)
		}
	}
}

// TestBadThresholds: each bad spec is an error that quotes it and says
// what is wrong.
func TestBadThresholds(t *testing.T) {
	cases := []struct{ spec, want string }{
		{"", "no comparison"},
		{"tg128", "no comparison"},
		{"<-5%", "no metric"},
		{"tg128<-5", "needs a unit"},
		{"tg128<-5ms", "needs a unit"},
		{"tg128<=-5%", "one comparison"},
		{"tg128<>5%", "one comparison"},
		{"tg128<abc%", "not a number"},
		{"tg128<NaN%", "not a number"},
		{"tg128<1e3%", "not a number"},
		{"tg128<%", "not a number"},
		{"9lives<-5%", "metric \"9lives\""},
		{"tg 128<-5%", "metric \"tg 128\""},
		{"decode/n<-5%", "want key=value"},
		{"decode/=3<-5%", "want key=value"},
		{"decode/n=<-5%", "want key=value"},
		{"decode//n=1<-5%", "want key=value"},
		{"tg128/n=64<-5%", "label n given twice"},
	}
	for _, tc := range cases {
		_, err := ParseThreshold(tc.spec)
		if err == nil || !errors.Is(err, ErrBadThreshold) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `"`+tc.spec+`"`) {
			t.Errorf("%q: error %v, want one quoting the spec and saying %q", tc.spec, err, tc.want)
		}
	}
}

func TestThresholdMatches(t *testing.T) {
	m := results.Metric{Name: "decode", Labels: map[string]string{"n": "128", "t": "2"}}
	cases := []struct {
		spec    string
		backend string
		want    bool
	}{
		{"tg128<-5%", "go", true},
		{"decode<-5%", "go", true},
		{"tg64<-5%", "go", false},
		{"pp128<-5%", "go", false},
		{"tg128/t=2<-5%", "go", true},
		{"tg128/t=1<-5%", "go", false},
		{"tg128@d0<-5%", "go", false}, // no depth label: not a depth case
		{"tg128/backend=simd<-5%", "simd", true},
		{"tg128/backend=simd<-5%", "go", false},
	}
	for _, tc := range cases {
		th, err := ParseThreshold(tc.spec)
		if err != nil {
			t.Fatal(err)
		}
		if got := th.Matches(tc.backend, m); got != tc.want {
			t.Errorf("%q on %s %s: %v", tc.spec, tc.backend, m.Key(), got)
		}
	}
	lt, _ := ParseThreshold("acc<-1pt")
	gt, _ := ParseThreshold("latency>+10%")
	if !lt.Crossed(-1.5) || lt.Crossed(-1) || lt.Crossed(0.5) || !gt.Crossed(10.1) || gt.Crossed(9) {
		t.Error("Crossed")
	}
	if s := lt.String(); s != "acc<-1pt" {
		t.Errorf("String %q", s)
	}
}
