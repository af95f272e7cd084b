package bench

import (
	"flag"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestParseList(t *testing.T) {
	cases := []struct {
		spec string
		want []int
	}{
		{"128", []int{128}},
		{"128,512", []int{128, 512}},
		{" 1 , 2 ", []int{1, 2}},
		{"1-4", []int{1, 2, 3, 4}},
		{"4-4", []int{4}},
		{"1-16*2", []int{1, 2, 4, 8, 16}},
		{"1-20*2", []int{1, 2, 4, 8, 16}},
		{"3-100*3", []int{3, 9, 27, 81}},
		{"0-4096+1024", []int{0, 1024, 2048, 3072, 4096}},
		{"0-10+4", []int{0, 4, 8}},
		{"1-2,8-32*2", []int{1, 2, 8, 16, 32}},
		{"0", []int{0}},
		// The last value before the bound: no overflow past hi.
		{"1-1048576*2", []int{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576}},
	}
	for _, tc := range cases {
		got, err := ParseList("--p", tc.spec, 0, 1<<20)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("ParseList(%q) = %v, %v; want %v", tc.spec, got, err, tc.want)
		}
	}
}

func TestParseListErrors(t *testing.T) {
	cases := []struct{ spec, want string }{
		{"", "empty list"},
		{"1,,2", "empty item"},
		{"1,", "empty item"},
		{",1", "empty item"},
		{"x", `"x" is not a whole number`},
		{"1.5", `"1.5" is not a whole number`},
		{"-5", "-5 is outside its range [0, 1048576]"},
		{"-x", "a range with no start"},
		{"5--3", "outside"},
		{"8-4", "start 8 is above end 4"},
		{"1-8+0", "step 0"},
		{"1-8+-1", "step -1"},
		{"1-8*1", "factor 1"},
		{"1-8*0", "factor 0"},
		{"0-8*2", "must start at 1"},
		{"1-8*x", `step "x"`},
		{"1-x", "range end"},
		{"99999999999999999999", "overflows"},
		{"2000000", "2000000 is outside its range [0, 1048576]"},
		{"0-1048576+1", "more than 1024 values"},
		{"128,128", "listed twice"},
		{"1-4,2", "listed twice"},
		{"1-4-5", "not a whole number"},
	}
	for _, tc := range cases {
		_, err := ParseList("--p", tc.spec, 0, 1<<20)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "--p ") {
			t.Errorf("ParseList(%q): error %v, want one starting with the flag and mentioning %q", tc.spec, err, tc.want)
		}
	}
	if _, err := ParseList("--b", "0", 1, 1024); err == nil || !strings.Contains(err.Error(), "outside its range [1, 1024]") {
		t.Errorf("-b 0: %v", err)
	}
}

// TestListFlag: as a flag.Value the first use replaces the default, a
// repeated flag appends, and the flag package names the flag in errors.
func TestListFlag(t *testing.T) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	p := NewListFlag("--p", 0, 1<<20, 512)
	fs.Var(p, "p", "")
	fs.Var(p.Alias("--prompts"), "prompts", "")
	if err := fs.Parse(nil); err != nil || !slices.Equal(p.Values, []int{512}) {
		t.Fatalf("default: %v %v", p.Values, err)
	}
	if err := fs.Parse([]string{"-p", "1-4*2", "--prompts", "128"}); err != nil || !slices.Equal(p.Values, []int{1, 2, 4, 128}) {
		t.Fatalf("repeated: %v %v", p.Values, err)
	}
	if p.String() != "1,2,4,128" || p.Alias("x").String() != "1,2,4,128" {
		t.Errorf("String %q", p.String())
	}
	err := fs.Parse([]string{"-p", "4"})
	if err == nil || !strings.Contains(err.Error(), "-p") || !strings.Contains(err.Error(), "listed twice") {
		t.Errorf("a value repeated across flags: %v", err)
	}
	err = fs.Parse([]string{"-p", "1-"})
	if err == nil || !strings.Contains(err.Error(), "--p ") {
		t.Errorf("bad spec: %v", err)
	}
	err = fs.Parse([]string{"--prompts", "-3"})
	if err == nil || !strings.Contains(err.Error(), `--prompts "-3": -3 is outside its range [0, 1048576]`) {
		t.Errorf("the alias's error: %v", err)
	}
}

func TestCases(t *testing.T) {
	s := Sweep{Prompts: []int{0, 16}, Gens: []int{4, 0}, Batches: []int{1, 3}, Depths: []int{0, 8}}
	var got []string
	for _, c := range s.Cases() {
		got = append(got, c.String())
	}
	want := []string{"pp16", "pp16@d8", "tg4", "tg4 b=3", "tg4@d8", "tg4@d8 b=3"}
	if !slices.Equal(got, want) {
		t.Errorf("cases %v, want %v", got, want)
	}
	c := Case{Kind: Decode, Tokens: 4, Batch: 3, Depth: 8}
	if c.TokensPerRun() != 12 || c.Positions() != 12 {
		t.Errorf("tokens %d positions %d", c.TokensPerRun(), c.Positions())
	}
	if l := c.Labels(2); l["n"] != "4" || l["b"] != "3" || l["d"] != "8" || l["t"] != "2" || l["p"] != "" {
		t.Errorf("labels %v", l)
	}
}
