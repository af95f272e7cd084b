package safetensors

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// image builds a file image from a raw header (length prefix added) and a
// data section of dataLen bytes, so malformed headers can be written that
// the Writer would refuse to produce.
func image(header string, dataLen int) []byte {
	b := make([]byte, 8, 8+len(header)+dataLen)
	binary.LittleEndian.PutUint64(b, uint64(len(header)))
	b = append(b, header...)
	for i := range dataLen {
		b = append(b, byte(i))
	}
	return b
}

func writeBytes(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkErr asserts err is non-nil, names the file (by base name) and, when
// tensor is set, the tensor, and contains every fragment of want.
func checkErr(t *testing.T, err error, file, tensor string, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one mentioning %q %v", file, want)
	}
	msg := err.Error()
	if !strings.Contains(msg, file) {
		t.Errorf("error %q does not name the file %q", msg, file)
	}
	if tensor != "" && !strings.Contains(msg, `tensor "`+tensor+`"`) {
		t.Errorf("error %q does not name tensor %q", msg, tensor)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not contain %q", msg, w)
		}
	}
}

// pattern is a deterministic, name-dependent byte sequence for round trips.
func pattern(name string, off int64, dst []byte) {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	for i := range dst {
		x := h ^ uint32(off+int64(i))*2654435761
		dst[i] = byte(x ^ x>>13 ^ x>>24)
	}
}

func patternBytes(name string, n int64) []byte {
	b := make([]byte, n)
	pattern(name, 0, b)
	return b
}

func noTmpFiles(t *testing.T, dir string) {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(m) > 0 {
		t.Errorf("temporary files left behind: %v", m)
	}
}

func isFormatErr(err error) bool {
	var fe *Error
	return errors.As(err, &fe)
}

func renameFile(from, to string) error { return os.Rename(from, to) }
