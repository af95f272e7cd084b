package results

import (
	"encoding/json"
	"testing"
)

// FuzzRecord: ParseRecord never panics, and whatever it accepts is a
// valid record that survives a round trip.
func FuzzRecord(f *testing.F) {
	b, _ := json.Marshal(sampleRecord())
	f.Add(b)
	f.Add([]byte(`{"schema":1}`))
	f.Add([]byte(`{"schema":2,"kind":"bench"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRecord(data)
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("accepted an invalid record: %v", err)
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseRecord(again); err != nil {
			t.Fatalf("round trip refused: %v", err)
		}
	})
}
