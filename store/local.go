package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/results"
)

// Local is a store in a directory: a run's files live at
// Dir/<runID>/<name>, so a run id with slashes is a nested directory.
type Local struct {
	Dir string
}

// NewLocal returns the store in dir. Nothing is touched until it is used;
// Put creates the directories it needs.
func NewLocal(dir string) *Local { return &Local{Dir: dir} }

func (l *Local) String() string { return l.Dir }

func (l *Local) path(runID, name string) string {
	return filepath.Join(l.Dir, filepath.FromSlash(runID), filepath.FromSlash(name))
}

// Put writes the file to a temporary name and hard-links it to the final
// one: unlike a rename, a link never replaces an existing file, so two
// writers racing on one name cannot both succeed with different bytes,
// and the final name only ever shows a complete, fsynced file.
func (l *Local) Put(ctx context.Context, runID, name string, data []byte) error {
	if err := checkArgs(ctx, runID, name); err != nil {
		return fmt.Errorf("store %s: %w", l, err)
	}
	p := l.path(runID, name)
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("store %s: %w", l, err)
	}
	tmp, err := writeTemp(dir, filepath.Base(p), data)
	if err != nil {
		return fmt.Errorf("store %s: writing %s: %w", l, p, err)
	}
	defer os.Remove(tmp)
	err = os.Link(tmp, p)
	if errors.Is(err, fs.ErrExist) {
		return sameBytes(l.String(), p, data)
	}
	if err != nil {
		return fmt.Errorf("store %s: writing %s: %w", l, p, err)
	}
	// Persist the new directory entry; where a directory cannot be
	// synced the link is as durable as the platform allows.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// writeTemp writes data to a fresh hidden file in dir and fsyncs it. The
// leading '.' keeps it out of Files and Runs (no valid name starts so).
func writeTemp(dir, base string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, "."+base+".put*")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

func sameBytes(store, p string, data []byte) error {
	old, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("store %s: %s exists but cannot be compared: %w", store, p, err)
	}
	if !bytes.Equal(old, data) {
		return fmt.Errorf("store %s: %s (%d bytes stored, %d offered): %w", store, p, len(old), len(data), ErrConflict)
	}
	return nil
}

func (l *Local) Get(ctx context.Context, runID, name string) ([]byte, error) {
	if err := checkArgs(ctx, runID, name); err != nil {
		return nil, fmt.Errorf("store %s: %w", l, err)
	}
	p := l.path(runID, name)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store %s: %s: %w", l, p, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", l, err)
	}
	return b, nil
}

// Runs walks Dir for directories holding a regular results.RecordFile. It
// does not descend into a run: a record.json inside a run's
// subdirectories is one of that run's files, not another run. Directories
// whose path is no valid run id (hidden ones, odd characters) cannot hold
// runs of this store and are passed over.
func (l *Local) Runs(ctx context.Context) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// os.DirFS rather than filepath.WalkDir: it follows Dir itself when
	// that is a symbolic link, and yields slash-separated paths.
	fsys := os.DirFS(l.Dir)
	var runs []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || p == "." {
			return nil
		}
		if ValidRunID(p) != nil {
			return fs.SkipDir
		}
		fi, err := fs.Lstat(fsys, path.Join(p, results.RecordFile))
		if err == nil && fi.Mode().IsRegular() {
			runs = append(runs, p)
			return fs.SkipDir
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: listing runs: %w", l, err)
	}
	slices.Sort(runs)
	return runs, nil
}

// Files lists the regular files under the run's directory. Hidden entries
// are in-progress writes (Put's and internal/atomicfile's temporary files)
// and are left out; anything else that is not a regular file with a valid
// name is an error, so that nothing in a run goes unnoticed.
func (l *Local) Files(ctx context.Context, runID string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ValidRunID(runID); err != nil {
		return nil, fmt.Errorf("store %s: %w", l, err)
	}
	root := filepath.Join(l.Dir, filepath.FromSlash(runID))
	if fi, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) || err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("store %s: run %s: %w", l, runID, ErrNotFound)
	}
	names, err := regularFiles(ctx, root, true)
	if err != nil {
		return nil, fmt.Errorf("store %s: listing run %s: %w", l, runID, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("store %s: run %s: no files: %w", l, runID, ErrNotFound)
	}
	return names, nil
}

// regularFiles lists the regular files under root as sorted slash-separated
// relative names. Anything else (a symbolic link, a device, an invalid
// name) is an error naming it, except that with skipHidden entries whose
// name starts with '.' are passed over.
func regularFiles(ctx context.Context, root string, skipHidden bool) ([]string, error) {
	var names []string
	err := fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		full := filepath.Join(root, filepath.FromSlash(p))
		if skipHidden && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err := ValidName(p); err != nil {
			return fmt.Errorf("%s: %w", full, err)
		}
		if d.IsDir() {
			return ctx.Err()
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: not a regular file (%v)", full, d.Type())
		}
		names = append(names, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	return names, nil
}

// checkArgs validates before anything touches the filesystem, so no run id
// or name can reach outside Dir.
func checkArgs(ctx context.Context, runID, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := ValidRunID(runID); err != nil {
		return err
	}
	return ValidName(name)
}
