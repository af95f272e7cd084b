// Package gcs is the gs://bucket/prefix results store on Google Cloud
// Storage. Importing it registers the "gs" scheme with store.Open; only
// commands should import it, since the storage client is most of a
// binary's size.
//
// A run's file is the object prefix/runID/name. Every write is a single
// request that creates the object only if it does not exist and carries
// the data's CRC32C and MD5, so a retried write never overwrites or
// duplicates, and a cut-short body is refused by the server. Reads, lists
// and writes retry transient failures themselves (Retry), each attempt
// under its own deadline; the client library's own retries are off so
// that a stalled request cannot hold an operation indefinitely and every
// request is accounted for.
//
// Credentials are Application Default Credentials. When
// STORAGE_EMULATOR_HOST is set the client library talks to that host
// without authentication instead (an emulator such as fake-gcs-server).
package gcs

import (
	"bytes"
	"context"
	"crypto/md5"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/http"
	"path"
	"slices"
	"strings"

	"cloud.google.com/go/storage"
	"google.golang.org/api/googleapi"
	"google.golang.org/api/iterator"
	"google.golang.org/api/option"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

func init() {
	store.Register("gs", func(ctx context.Context, url string) (store.Store, error) {
		s, err := Open(ctx, url)
		if err != nil {
			return nil, err
		}
		return s, nil
	})
}

// Store is a results store in a GCS bucket under a prefix.
type Store struct {
	// Retry bounds the attempts of every operation; set it before use.
	Retry Retry

	client *storage.Client
	bucket *storage.BucketHandle
	name   string // the bucket's
	prefix string // "" or a store.ValidName path

	pageSize int // objects per list request
}

var _ store.Store = (*Store)(nil)

// ParseURL splits gs://bucket/prefix and validates both parts. One
// trailing slash is allowed, so gs://bucket/ is the whole bucket.
func ParseURL(url string) (bucket, prefix string, err error) {
	rest, ok := strings.CutPrefix(url, "gs://")
	if !ok {
		return "", "", fmt.Errorf("%q: want gs://bucket/prefix", url)
	}
	bucket, prefix, _ = strings.Cut(rest, "/")
	prefix = strings.TrimSuffix(prefix, "/")
	if err := validate(bucket, prefix); err != nil {
		return "", "", fmt.Errorf("%q: %w", url, err)
	}
	return bucket, prefix, nil
}

func validate(bucket, prefix string) error {
	if err := ValidBucket(bucket); err != nil {
		return err
	}
	if prefix != "" {
		if err := store.ValidName(prefix); err != nil {
			return fmt.Errorf("prefix: %w", err)
		}
	}
	return nil
}

// ValidBucket checks GCS's bucket naming rules as far as they concern us:
// 3 to 63 bytes of lower-case letters, digits, '.', '_' and '-', starting
// and ending with a letter or digit. (GCS allows longer dotted names for
// verified domains; this store does not.)
func ValidBucket(name string) error {
	alnum := func(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }
	if len(name) < 3 || len(name) > 63 {
		return fmt.Errorf("bucket name %q: %w: %d bytes, want 3 to 63", name, store.ErrInvalid, len(name))
	}
	if !alnum(name[0]) || !alnum(name[len(name)-1]) {
		return fmt.Errorf("bucket name %q: %w: must start and end with a lower-case letter or digit", name, store.ErrInvalid)
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !alnum(c) && c != '.' && c != '_' && c != '-' {
			return fmt.Errorf("bucket name %q: %w: byte %q (allowed: a-z 0-9 . _ -)", name, store.ErrInvalid, c)
		}
	}
	return nil
}

// Open opens the store at gs://bucket/prefix with Application Default
// Credentials (or the emulator named by STORAGE_EMULATOR_HOST).
func Open(ctx context.Context, url string) (*Store, error) {
	bucket, prefix, err := ParseURL(url)
	if err != nil {
		return nil, err
	}
	return New(ctx, bucket, prefix)
}

// New opens the store in bucket under prefix; opts go to the storage
// client (tests point it at an endpoint and HTTP client of their own).
// Bucket and prefix are validated before any client is made.
func New(ctx context.Context, bucket, prefix string, opts ...option.ClientOption) (*Store, error) {
	if err := validate(bucket, prefix); err != nil {
		return nil, err
	}
	// JSON reads use the same endpoint and error shapes as every other
	// call, on GCS and on emulators alike; client metrics would export
	// to Cloud Monitoring, which a benchmark's uploads have no use for.
	base := []option.ClientOption{storage.WithJSONReads(), storage.WithDisabledClientMetrics()}
	client, err := storage.NewClient(ctx, append(base, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("gs://%s: %w", bucket, err)
	}
	client.SetRetry(storage.WithPolicy(storage.RetryNever))
	return &Store{
		Retry:  DefaultRetry,
		client: client,
		bucket: client.Bucket(bucket),
		name:   bucket,
		prefix: prefix,
		// GCS's largest page; tests make it small to list in pages.
		pageSize: 1000,
	}, nil
}

// Close releases the client's connections.
func (s *Store) Close() error { return s.client.Close() }

func (s *Store) String() string {
	if s.prefix == "" {
		return "gs://" + s.name
	}
	return "gs://" + s.name + "/" + s.prefix
}

// base is the object name prefix of the store: "prefix/" or "".
func (s *Store) base() string {
	if s.prefix == "" {
		return ""
	}
	return s.prefix + "/"
}

func (s *Store) object(runID, name string) string { return s.base() + runID + "/" + name }

func (s *Store) url(object string) string { return "gs://" + s.name + "/" + object }

func checkArgs(runID, name string) error {
	if err := store.ValidRunID(runID); err != nil {
		return err
	}
	return store.ValidName(name)
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Put creates the object only if it does not exist yet. A 412 then means
// it does: either an earlier attempt of ours landed and only its response
// was lost, or someone else's file is there; the bytes tell which.
func (s *Store) Put(ctx context.Context, runID, name string, data []byte) error {
	if err := checkArgs(runID, name); err != nil {
		return fmt.Errorf("%s: %w", s, err)
	}
	obj := s.object(runID, name)
	sum := md5.Sum(data)
	crc := crc32.Checksum(data, castagnoli)
	err := s.do(ctx, "uploading "+s.url(obj), func(ctx context.Context) error {
		w := s.bucket.Object(obj).If(storage.Conditions{DoesNotExist: true}).NewWriter(ctx)
		// One request from our own buffer: a dropped connection loses
		// the whole request and the next attempt sends it again, instead
		// of a resumable session whose state on the server we would then
		// have to query and trust.
		w.ChunkSize = 0
		w.SendCRC32C = true
		w.CRC32C = crc
		w.MD5 = sum[:]
		w.ContentType = contentType(name)
		_, werr := w.Write(data)
		if cerr := w.Close(); werr == nil {
			werr = cerr
		}
		return werr
	})
	if !isStatus(err, http.StatusPreconditionFailed) {
		return err
	}
	old, err := s.get(ctx, obj)
	if err != nil {
		return fmt.Errorf("uploading %s: it exists but cannot be compared: %w", s.url(obj), err)
	}
	if !bytes.Equal(old, data) {
		return fmt.Errorf("uploading %s (%d bytes stored, %d offered): %w", s.url(obj), len(old), len(data), store.ErrConflict)
	}
	return nil
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".json":
		return "application/json"
	case ".jsonl":
		return "application/jsonl"
	}
	return "application/octet-stream"
}

func isStatus(err error, code int) bool {
	var e *googleapi.Error
	return errors.As(err, &e) && e.Code == code
}

func (s *Store) Get(ctx context.Context, runID, name string) ([]byte, error) {
	if err := checkArgs(runID, name); err != nil {
		return nil, fmt.Errorf("%s: %w", s, err)
	}
	return s.get(ctx, s.object(runID, name))
}

func (s *Store) get(ctx context.Context, obj string) ([]byte, error) {
	var data []byte
	err := s.do(ctx, "reading "+s.url(obj), func(ctx context.Context) error {
		r, err := s.bucket.Object(obj).NewReader(ctx)
		if err != nil {
			return err
		}
		defer r.Close()
		data, err = io.ReadAll(r)
		if err == nil && int64(len(data)) != r.Attrs.Size {
			err = fmt.Errorf("read %d of %d bytes: %w", len(data), r.Attrs.Size, io.ErrUnexpectedEOF)
		}
		return err
	})
	if errors.Is(err, storage.ErrObjectNotExist) {
		return nil, fmt.Errorf("%s: %w", s.url(obj), store.ErrNotFound)
	}
	return data, err
}

// Runs lists every object under the prefix and keeps the runs holding a
// record. As in store.Local, a record below a run (prefix/a/b/record.json
// beside prefix/a/record.json) is a file of run a, not a run of its own,
// and names that are no valid run id cannot be runs of this store.
func (s *Store) Runs(ctx context.Context) ([]string, error) {
	objs, err := s.list(ctx, s.base())
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, o := range objs {
		id, ok := strings.CutSuffix(strings.TrimPrefix(o, s.base()), "/"+results.RecordFile)
		if ok && store.ValidRunID(id) == nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	runs := ids[:0]
	for _, id := range ids {
		if !nested(id, runs) {
			runs = append(runs, id)
		}
	}
	return runs, nil
}

// nested reports whether id lies below one of outer (sorted, so an
// ancestor of id comes before it).
func nested(id string, outer []string) bool {
	for i := strings.LastIndexByte(id, '/'); i > 0; i = strings.LastIndexByte(id[:i], '/') {
		if _, found := slices.BinarySearch(outer, id[:i]); found {
			return true
		}
	}
	return false
}

// Files lists the objects under prefix/runID/. Zero-length "folder"
// placeholders (names ending in '/', made by the Cloud Console) are not
// files; any other name that is not a valid file name is an error.
func (s *Store) Files(ctx context.Context, runID string) ([]string, error) {
	if err := store.ValidRunID(runID); err != nil {
		return nil, fmt.Errorf("%s: %w", s, err)
	}
	dir := s.base() + runID + "/"
	objs, err := s.list(ctx, dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, o := range objs {
		name := strings.TrimPrefix(o, dir)
		if strings.HasSuffix(name, "/") {
			continue
		}
		if err := store.ValidName(name); err != nil {
			return nil, fmt.Errorf("listing %s: %s: %w", s.url(dir), s.url(o), err)
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: run %s: no files: %w", s, runID, store.ErrNotFound)
	}
	slices.Sort(names)
	return names, nil
}

// list returns the names of all objects under prefix, one page per
// attempt: a failure mid-listing repeats only the page it hit.
func (s *Store) list(ctx context.Context, prefix string) ([]string, error) {
	q := &storage.Query{Prefix: prefix, Projection: storage.ProjectionNoACL}
	if err := q.SetAttrSelection([]string{"Name"}); err != nil {
		return nil, fmt.Errorf("listing %s: %w", s.url(prefix), err)
	}
	var names []string
	token := ""
	for {
		var page []*storage.ObjectAttrs
		var next string
		err := s.do(ctx, "listing "+s.url(prefix), func(ctx context.Context) error {
			page = page[:0]
			var err error
			next, err = iterator.NewPager(s.bucket.Objects(ctx, q), s.pageSize, token).NextPage(&page)
			return err
		})
		if errors.Is(err, storage.ErrBucketNotExist) {
			return nil, fmt.Errorf("%s: bucket %s: %w", s, s.name, store.ErrNotFound)
		}
		if err != nil {
			return nil, err
		}
		for _, a := range page {
			names = append(names, a.Name)
		}
		if next == "" {
			return names, nil
		}
		token = next
	}
}
