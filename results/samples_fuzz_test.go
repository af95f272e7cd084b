package results

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadSamples: any samples file (what --resume reads back) is a list
// of samples or an error; samples read back write and read again equal.
func FuzzReadSamples(f *testing.F) {
	f.Add([]byte(`{"task":"arith","doc_id":0,"target":1,"resps":[-1.5,-0.2],"greedy":[false,true],"metrics":{"acc":1}}` + "\n"))
	f.Add([]byte("{\"task\":\"a\",\"doc_id\":1}\n{\"task\":\"a\",\"doc_id\":1}\n"))
	f.Add([]byte("{\"task\":\"a\",\"doc_id\":2}\n{\"task\":"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, SamplesFile)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ss, err := ReadSamples(path)
		if err != nil {
			return
		}
		again := filepath.Join(dir, "again.jsonl")
		w, err := OpenSampleWriter(again)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ss {
			if err := w.Append(s); err != nil {
				t.Skip("a sample read back does not encode:", err) // e.g. NaN scores
			}
		}
		w.Close()
		back, err := ReadSamples(again)
		if err != nil || len(back) != len(ss) {
			t.Errorf("samples written back read as %d samples, %v (want %d)", len(back), err, len(ss))
		}
	})
}
