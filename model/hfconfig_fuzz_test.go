package model

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseHFConfig: any config.json is a Config that validates, or an
// error; never a panic.
func FuzzParseHFConfig(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "configs", "*.json"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"model_type": "gemma3_text"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseHFConfig(data, "fuzz/config.json")
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Errorf("ParseHFConfig accepted a config Validate refuses: %v", err)
		}
	})
}
