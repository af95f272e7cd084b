package compare

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gemma-bench/gemma-bench/results"
)

// Load reads one side of a comparison: a record file, a run directory
// holding a record (results.RecordFile, written by a run of several
// backends), or an eval run directory (results.RunFile), turned into a
// record by results.EvalRecord.
func Load(path string) (*results.Record, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	if !st.IsDir() {
		return results.ReadRecord(path)
	}
	rec := filepath.Join(path, results.RecordFile)
	if _, err := os.Stat(rec); err == nil {
		return results.ReadRecord(rec)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("compare: %w", err)
	}
	if _, err := os.Stat(filepath.Join(path, results.RunFile)); err != nil {
		return nil, fmt.Errorf("compare: %s: neither %s nor %s: not a run directory", path, results.RecordFile, results.RunFile)
	}
	return results.EvalRecord(path)
}
