package results

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
)

// ErrCorrupt marks a run file that cannot be parsed; the message names
// file:line.
var ErrCorrupt = errors.New("corrupt results file")

// WriteFileAtomic writes data to path through a temporary file that is
// fsynced and renamed over it (internal/atomicfile).
func WriteFileAtomic(path string, data []byte) error {
	if err := atomicfile.WriteFile(path, data); err != nil {
		return fmt.Errorf("results: %w", err)
	}
	return nil
}

// WriteJSONAtomic writes v as indented JSON with WriteFileAtomic.
func WriteJSONAtomic(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("results: %s: %w", path, err)
	}
	return WriteFileAtomic(path, append(b, '\n'))
}

// ReadJSON reads a JSON file written by WriteJSONAtomic, rejecting unknown
// fields so that a file from another tool is not half-read.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("results: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("results: %s: %w: %w", path, ErrCorrupt, err)
	}
	return nil
}

// SampleWriter appends samples to a JSONL file, one fsynced line each.
type SampleWriter struct {
	f    *os.File
	path string
}

// OpenSampleWriter opens path for appending, creating it if needed. A torn
// last line left by a crash is cut off first, so the next record starts on a
// line of its own; keep is how many complete bytes remain.
func OpenSampleWriter(path string) (*SampleWriter, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("results: %w", err)
	}
	keep, err := completeLength(f)
	if err == nil {
		err = f.Truncate(keep)
	}
	if err == nil {
		_, err = f.Seek(keep, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("results: %s: %w", path, err)
	}
	return &SampleWriter{f: f, path: path}, nil
}

// completeLength is the length of f up to and including its last newline.
func completeLength(f *os.File) (int64, error) {
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := st.Size()
	buf := make([]byte, 4096)
	for end := size; end > 0; {
		start := max(0, end-int64(len(buf)))
		n, err := f.ReadAt(buf[:end-start], start)
		if err != nil && err != io.EOF {
			return 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}

// Append writes one sample and fsyncs, so a sample that Append returned for
// is on disk.
func (w *SampleWriter) Append(s Sample) error {
	b, err := s.Marshal()
	if err != nil {
		return fmt.Errorf("results: %s: %s doc %d: %w", w.path, s.Task, s.DocID, err)
	}
	// One write call per line: the kernel appends it whole or, on a crash,
	// leaves a torn tail that OpenSampleWriter and ReadSamples cut off.
	if _, err := w.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("results: %s: %w", w.path, err)
	}
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("results: %s: %w", w.path, err)
	}
	return nil
}

// Close closes the file.
func (w *SampleWriter) Close() error { return w.f.Close() }

// ReadSamples reads a samples file. A missing file is an empty log. The
// last line may be torn (no newline: the process died while writing it) and
// is then ignored; any other bad line is an error naming file:line, as is a
// doc recorded twice.
func ReadSamples(path string) ([]Sample, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("results: %w", err)
	}
	var out []Sample
	seen := map[SampleKey]int{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<30)
	line, consumed := 0, 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		consumed += len(text) + 1
		if consumed > len(b) { // no trailing newline: a torn write
			break
		}
		if len(bytes.TrimSpace(text)) == 0 {
			return nil, fmt.Errorf("results: %s:%d: %w: empty line", path, line, ErrCorrupt)
		}
		var s Sample
		dec := json.NewDecoder(bytes.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("results: %s:%d: %w: %w", path, line, ErrCorrupt, err)
		}
		if s.Task == "" {
			return nil, fmt.Errorf("results: %s:%d: %w: sample without task", path, line, ErrCorrupt)
		}
		if prev, dup := seen[s.Key()]; dup {
			return nil, fmt.Errorf("results: %s:%d: %w: %s doc %d already recorded on line %d", path, line, ErrCorrupt, s.Task, s.DocID, prev)
		}
		seen[s.Key()] = line
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("results: %s:%d: %w", path, line+1, err)
	}
	return out, nil
}
