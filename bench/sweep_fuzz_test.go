package bench

import "testing"

// FuzzParseList: the sweep grammar never panics, and what it accepts lies
// in the range asked for, without duplicates, and within the count cap.
func FuzzParseList(f *testing.F) {
	for _, s := range []string{"512", "128,512", "1-16*2", "0-4096+1024", "1-8", "5-1", "1-10*1", ",", "9999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		vals, err := ParseList("-p", spec, 0, 1<<20)
		if err != nil {
			return
		}
		seen := map[int]bool{}
		for _, v := range vals {
			if v < 0 || v > 1<<20 || seen[v] {
				t.Fatalf("%q → %v: %d out of range or repeated", spec, vals, v)
			}
			seen[v] = true
		}
		if len(vals) == 0 || len(vals) > 1024 {
			t.Fatalf("%q → %d values", spec, len(vals))
		}
	})
}
