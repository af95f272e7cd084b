package gcs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"syscall"
	"time"

	"cloud.google.com/go/storage"
	"google.golang.org/api/googleapi"

	"github.com/gemma-bench/gemma-bench/store"
)

// Retry bounds how an operation is retried: Attempts tries in all, each
// under AttemptTimeout (zero: no deadline of its own), with a pause before each retry that starts near
// Backoff, doubles, stops growing at MaxBackoff, and is drawn at random
// from its upper half so that clients failing together do not retry
// together.
type Retry struct {
	Attempts       int
	AttemptTimeout time.Duration
	Backoff        time.Duration
	MaxBackoff     time.Duration
}

// DefaultRetry suits files of a few megabytes at most: an attempt that
// has not finished in 30 s is presumed stuck rather than slow.
var DefaultRetry = Retry{Attempts: 6, AttemptTimeout: 30 * time.Second, Backoff: 250 * time.Millisecond, MaxBackoff: 8 * time.Second}

// pause is the wait before retry number n (1 for the first retry).
func (r Retry) pause(n int) time.Duration {
	d := r.Backoff
	for i := 1; i < n && d < r.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, r.MaxBackoff)
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d/2+1)
}

// do runs op until it succeeds, fails for good, or has used r.Attempts
// attempts, each with a deadline of its own. An attempt that hits its
// deadline is retried like any transient failure; the caller's ctx ending
// stops at once.
func (s *Store) do(ctx context.Context, what string, op func(ctx context.Context) error) error {
	r := s.Retry
	attempts := max(r.Attempts, 1)
	for n := 1; ; n++ {
		actx, cancel := ctx, context.CancelFunc(func() {})
		if r.AttemptTimeout > 0 {
			actx, cancel = context.WithTimeout(ctx, r.AttemptTimeout)
		}
		err := op(actx)
		timedOut := errors.Is(actx.Err(), context.DeadlineExceeded)
		cancel()
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return fmt.Errorf("%s: %w (attempt %d: %v)", what, ctx.Err(), n, err)
		case !timedOut && !transient(err):
			return fmt.Errorf("%s: %w", what, err)
		case n >= attempts:
			return fmt.Errorf("%s: giving up after %d attempts: %w", what, n, err)
		}
		t := time.NewTimer(r.pause(n))
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w (attempt %d: %v)", what, ctx.Err(), n, err)
		case <-t.C:
		}
	}
}

// transient reports whether err may go away on its own: GCS's retryable
// statuses (408, 429, 5xx) and a connection that broke or timed out. A
// definite answer (403, 404, 400, 412, a conflict) is never retried.
func transient(err error) bool {
	var gerr *googleapi.Error
	switch {
	case errors.Is(err, store.ErrConflict),
		errors.Is(err, storage.ErrObjectNotExist),
		errors.Is(err, storage.ErrBucketNotExist),
		errors.Is(err, context.Canceled):
		return false
	case errors.As(err, &gerr):
		return gerr.Code == http.StatusRequestTimeout || gerr.Code == http.StatusTooManyRequests || gerr.Code >= 500
	case errors.Is(err, io.ErrUnexpectedEOF),
		// An io.EOF reaching us is the transport's (a reader's
		// clean end never surfaces as an error).
		errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.EPIPE),
		errors.Is(err, net.ErrClosed):
		return true
	}
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		return true
	}
	// The library's own list covers transport errors that only show as
	// strings (an HTTP/2 connection lost, a server closing an idle one).
	return storage.ShouldRetry(err)
}
