package gcs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fsouza/fake-gcs-server/fakestorage"
	"google.golang.org/api/option"
)

// The tests run the client against fake-gcs-server through faultProxy, a
// reverse proxy that breaks chosen requests in the ways a network and a
// busy service do.

type fault int

const (
	// respond answers with rule.status (a JSON error) and forwards nothing.
	respond fault = iota
	// stall holds the request until the client gives up on it; nothing
	// reaches the server.
	stall
	// stallThenDeliver holds the request until the client gives up, then
	// delivers it to the server anyway: the write lands late, after the
	// client has moved on.
	stallThenDeliver
	// dropAfterCommit delivers the request, waits for the server's
	// answer, and closes the client's connection without passing it on:
	// the object exists but the client saw an error.
	dropAfterCommit
	// dropMidUpload delivers only the first half of the body (as a
	// complete request, which a lax server might accept) and closes the
	// client's connection.
	dropMidUpload
	// corrupt flips a byte of the body and passes the server's answer on.
	corrupt
)

func (f fault) String() string {
	return [...]string{"respond", "stall", "stallThenDeliver", "dropAfterCommit", "dropMidUpload", "corrupt"}[f]
}

// step is one fault a rule injects: respond's status, or none.
type step struct {
	fault  fault
	status int
}

func (st step) String() string {
	if st.fault == respond {
		return fmt.Sprint(st.status)
	}
	return st.fault.String()
}

// rule injects its steps, one at a time, into the requests it matches:
// after the first after of them, on every every-th.
type rule struct {
	match func(*http.Request) bool
	steps []step
	after int
	every int
	seen  int // matching requests so far
	fired int // steps injected so far
}

func (r *rule) String() string {
	return fmt.Sprintf("%v after %d every %d (%d fired)", r.steps, r.after, r.every, r.fired)
}

// due reports, for a matching request, whether the rule fires on it.
func (r *rule) due() bool {
	r.seen++
	return r.fired < len(r.steps) && r.seen > r.after && (r.seen-r.after)%r.every == 0
}

func isUpload(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/upload/") }
func isRead(r *http.Request) bool {
	return r.Method == http.MethodGet && r.URL.Query().Get("alt") == "media"
}
func isList(r *http.Request) bool {
	return r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/o")
}

// kind names a request for the log.
func kind(r *http.Request) string {
	switch {
	case isUpload(r):
		return "upload " + r.URL.Query().Get("name")
	case isRead(r):
		_, obj, _ := strings.Cut(r.URL.Path, "/o/")
		return "read " + obj
	case isList(r):
		return "list " + r.URL.Query().Get("prefix")
	}
	return r.Method + " " + r.URL.Path
}

type faultProxy struct {
	t       *testing.T
	backend *url.URL
	rp      *httputil.ReverseProxy
	srv     *httptest.Server

	mu    sync.Mutex
	rules []*rule
	log   []string // kind of every request seen
	// cutStatus holds the server's status for each body delivered cut
	// short or corrupted.
	cutStatus []int
	// stalled receives the kind of each request as a stall begins.
	stalled chan string
}

func newFaultProxy(t *testing.T, backend string) *faultProxy {
	u, err := url.Parse(backend)
	if err != nil {
		t.Fatal(err)
	}
	p := &faultProxy{t: t, backend: u, stalled: make(chan string, 100)}
	p.rp = &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) { pr.SetURL(u) }}
	p.srv = httptest.NewServer(p)
	t.Cleanup(p.srv.Close)
	return p
}

// plan installs a rule injecting steps into the requests match accepts.
func (p *faultProxy) plan(match func(*http.Request) bool, after, every int, steps ...step) *rule {
	r := &rule{match: match, steps: steps, after: after, every: every}
	p.mu.Lock()
	p.rules = append(p.rules, r)
	p.mu.Unlock()
	return r
}

// add installs a rule injecting f into every every-th matching request,
// times times.
func (p *faultProxy) add(match func(*http.Request) bool, f fault, every, times int) *rule {
	return p.plan(match, 0, every, slices.Repeat([]step{{fault: f}}, times)...)
}

func (p *faultProxy) addStatus(match func(*http.Request) bool, status, every, times int) *rule {
	return p.plan(match, 0, every, slices.Repeat([]step{{fault: respond, status: status}}, times)...)
}

// requests returns the log entries that start with prefix.
func (p *faultProxy) requests(prefix string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, l := range p.log {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.log = append(p.log, kind(r))
	var hit *step
	for _, ru := range p.rules {
		// Every rule counts every request it matches, so that each
		// rule's schedule holds whatever the others do.
		if ru.match(r) && ru.due() && hit == nil {
			hit = &ru.steps[ru.fired]
			ru.fired++
		}
	}
	p.mu.Unlock()
	if hit == nil {
		p.rp.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		// The client went away mid-request; nothing to answer.
		return
	}
	switch hit.fault {
	case respond:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(hit.status)
		fmt.Fprintf(w, `{"error":{"code":%d,"message":"injected by the test proxy"}}`, hit.status)
	case stall:
		p.noteStall(r)
		<-r.Context().Done()
	case stallThenDeliver:
		p.noteStall(r)
		<-r.Context().Done()
		p.deliver(r, body)
	case dropAfterCommit:
		p.deliver(r, body)
		p.hangUp(w)
	case dropMidUpload:
		status := p.deliver(r, body[:len(body)/2])
		p.mu.Lock()
		p.cutStatus = append(p.cutStatus, status)
		p.mu.Unlock()
		p.hangUp(w)
	case corrupt:
		i := bytes.Index(body, []byte(payloadMark))
		if i < 0 {
			p.t.Errorf("corrupt: no %q in the body of %s", payloadMark, kind(r))
		} else {
			body[i] ^= 1
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.Header.Del("Content-Length")
		r.TransferEncoding = nil
		rec := httptest.NewRecorder()
		p.rp.ServeHTTP(rec, r)
		p.mu.Lock()
		p.cutStatus = append(p.cutStatus, rec.Code)
		p.mu.Unlock()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}
}

func (p *faultProxy) noteStall(r *http.Request) {
	select {
	case p.stalled <- kind(r):
	default:
	}
}

// payloadMark is what corrupt looks for in an upload body.
const payloadMark = "PAYLOAD"

// deliver sends r with body to the server regardless of the client, and
// returns the server's status (0 if it could not be reached).
func (p *faultProxy) deliver(r *http.Request, body []byte) int {
	u := *p.backend
	u.Path, u.RawPath, u.RawQuery = r.URL.Path, r.URL.RawPath, r.URL.RawQuery
	req, err := http.NewRequestWithContext(context.Background(), r.Method, u.String(), bytes.NewReader(body))
	if err != nil {
		p.t.Errorf("deliver: %v", err)
		return 0
	}
	for k, v := range r.Header {
		if k != "Content-Length" && k != "Transfer-Encoding" {
			req.Header[k] = v
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Errorf("deliver: %v", err)
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// hangUp closes the client's connection without a response.
func (p *faultProxy) hangUp(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		p.t.Errorf("hijack: %v", err)
		return
	}
	conn.Close()
}

// fixture is a fake GCS server with one bucket, a fault proxy in front of
// it, and a store talking to the proxy with test-sized timeouts.
type fixture struct {
	server *fakestorage.Server
	proxy  *faultProxy
	bucket string
}

const testBucket = "gemma-bench-results"

func newFixture(t *testing.T) *fixture {
	t.Helper()
	server, err := fakestorage.NewServerWithOptions(fakestorage.Options{
		Scheme: "http",
		Host:   "127.0.0.1",
		Writer: io.Discard,
	})
	if err != nil {
		t.Fatalf("starting fake-gcs-server: %v", err)
	}
	t.Cleanup(server.Stop)
	server.CreateBucketWithOpts(fakestorage.CreateBucketOpts{Name: testBucket})
	return &fixture{server: server, proxy: newFaultProxy(t, server.URL()), bucket: testBucket}
}

// testRetry keeps faults cheap: a stalled attempt costs AttemptTimeout.
// It is generous next to the milliseconds a request to an in-process
// server takes, so that a loaded machine does not turn into failures.
var testRetry = Retry{Attempts: 6, AttemptTimeout: 400 * time.Millisecond, Backoff: time.Millisecond, MaxBackoff: 8 * time.Millisecond}

// store opens a store on the fixture's bucket under prefix.
func (f *fixture) store(t *testing.T, prefix string) *Store {
	t.Helper()
	s, err := New(context.Background(), f.bucket, prefix,
		option.WithEndpoint(f.proxy.srv.URL+"/storage/v1/"),
		option.WithoutAuthentication(),
		option.WithHTTPClient(&http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Retry = testRetry
	return s
}

// objects lists the bucket on the server itself, behind the proxy's back.
func (f *fixture) objects(t *testing.T) map[string][]byte {
	t.Helper()
	attrs, _, err := f.server.ListObjectsWithOptions(f.bucket, fakestorage.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, a := range attrs {
		if _, dup := m[a.Name]; dup {
			t.Errorf("object %s listed twice", a.Name)
		}
		o, err := f.server.GetObject(f.bucket, a.Name)
		if err != nil {
			t.Fatal(err)
		}
		m[a.Name] = o.Content
	}
	return m
}
