package tokenizer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func synthJSON(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(synth512Dir, "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCorruptJSON: every truncation and a set of targeted corruptions give
// an error naming the file, never a panic.
func TestCorruptJSON(t *testing.T) {
	data := synthJSON(t)
	for n := 0; n < len(data)-2; n += 37 {
		if _, err := ParseJSON("cut.json", data[:n]); err == nil {
			t.Fatalf("truncated at %d: no error", n)
		} else if !strings.HasPrefix(err.Error(), "cut.json") {
			t.Fatalf("error %q does not name the file", err)
		}
	}
	tests := []struct{ name, from, to string }{
		{"not json", `"version"`, `version`},
		{"wrong model", `"type": "BPE"`, `"type": "Unigram"`},
		{"merge of unknown piece", `["▁", "t"]`, `["▁", "no-such-piece"]`},
		{"merge string", `["▁", "t"]`, `"▁t"`},
		{"id too big", `"<pad>": 0`, `"<pad>": 99999999999`},
		{"negative id", `"<pad>": 0`, `"<pad>": -1`},
		{"duplicate id", `"<eos>": 1`, `"<eos>": 0`},
		{"normalizer", `"content": "▁"}`, `"content": "_"}`},
		{"decoder", `{"type": "Fuse"}`, `{"type": "Strip"}`},
		{"pre_tokenizer", `"behavior": "MergedWithPrevious"`, `"behavior": "Isolated"`},
		{"dropout", `"dropout": null`, `"dropout": 0.1`},
		{"lstrip token", `"lstrip": false`, `"lstrip": true`},
		{"bad escape", `"content": "<pad>"`, `"content": "<p\qad>"`},
		{"trailing data", "\n}\n", "\n}\n}"},
		{"added id clash", `{"id": 2, "content": "<bos>"`, `{"id": 2, "content": "<bxs>"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !bytes.Contains(data, []byte(tc.from)) {
				t.Fatalf("fixture lacks %q", tc.from)
			}
			bad := bytes.Replace(data, []byte(tc.from), []byte(tc.to), 1)
			if tc.name == "trailing data" {
				bad = append(bytes.TrimRight(data, "\n"), []byte("}")...)
			}
			_, err := ParseJSON("bad.json", bad)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), "bad.json") {
				t.Errorf("error %q does not name the file", err)
			}
			t.Log(err)
		})
	}
}

func TestCorruptModel(t *testing.T) {
	good := writeModelProto(t, mustLoad(t, synth512Dir))
	if _, err := ParseModel("ok.model", good); err != nil {
		t.Fatal(err)
	}
	for n := 1; n < len(good)-1; n += 29 {
		if _, err := ParseModel("cut.model", good[:n]); err == nil {
			// A cut between two pieces is a valid, shorter model; it must
			// still load without panicking, and fail only if inconsistent.
			continue
		}
	}
	for _, bad := range [][]byte{nil, {0xff}, {0x0a, 0x80}, {0x0a, 0x05, 0x0a}, []byte("not a protobuf at all")} {
		if _, err := ParseModel("bad.model", bad); err == nil {
			t.Errorf("ParseModel(%q) succeeded", bad)
		}
	}
}

func mustLoad(t testing.TB, dir string) *Tokenizer {
	t.Helper()
	tok, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestLossyUTF8(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"\xff", "\uFFFD"},
		{"\xe2\x82", "\uFFFD"},               // one maximal prefix
		{"\xe2\x82\xe2\x82", "\uFFFD\uFFFD"}, // two
		{"\xc0\xaf", "\uFFFD\uFFFD"},         // C0 never starts a sequence
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"\xf0\x9f\x98", "\uFFFD"},
		{"\xf4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{"a\xe2\x82\xacb\x80", "a€b\uFFFD"},
	}
	for _, tc := range tests {
		if got := lossyUTF8(tc.in); got != tc.want {
			t.Errorf("lossyUTF8(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDecodeRules(t *testing.T) {
	tok := mustLoad(t, synth512Dir)
	b := func(x byte) int { return int(tok.byteIDs[x]) }
	tests := []struct {
		name string
		ids  []int
		want string
	}{
		{"valid byte run", []int{b(0xe2), b(0x82), b(0xac)}, "€"},
		{"invalid run: one U+FFFD per byte", []int{b(0xe2), b(0x82)}, "\uFFFD\uFFFD"},
		{"special splits runs", []int{b(0xe2), 2, b(0x82), b(0xac)}, "\uFFFD<bos>\uFFFD\uFFFD"},
		{"out of range dropped", []int{-1, 512, 1 << 30}, ""},
	}
	for _, tc := range tests {
		if got := tok.Decode(tc.ids); got != tc.want {
			t.Errorf("%s: Decode = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// FuzzEncode: Encode never panics, ids are in range, and decoding gives the
// text back (with ▁ read as a space, as HF does) for valid UTF-8.
//
//	go test ./model/tokenizer -run '^$' -fuzz FuzzEncode -fuzztime 30s
func FuzzEncode(f *testing.F) {
	for _, s := range []string{"", "Hello world", "  a\n\n\tb ", "<bos><unused3>x", "▁▁ ▁", "日本語😀",
		"\x00\xff\xe2\x82", "What is 12 + 7?\nA. 19", "e\u0301<td>"} {
		f.Add(s)
	}
	toks := []*Tokenizer{mustLoad(f, synth512Dir)}
	if p := gemma3Path(); fileExists(p) {
		toks = append(toks, loadGemma3(f))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range toks {
			ids := tok.Encode(s)
			for _, id := range ids {
				if id < 0 || id >= tok.VocabSize() {
					t.Fatalf("Encode(%q): id %d out of range", s, id)
				}
			}
			if !utf8.ValidString(s) {
				continue
			}
			want := strings.ReplaceAll(s, spaceMark, " ")
			if got := tok.Decode(ids); got != want {
				t.Fatalf("Decode(Encode(%q)) = %q", s, got)
			}
		}
	})
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestConcurrentEncode shares one Tokenizer (and its word cache) between
// goroutines; run with -race.
func TestConcurrentEncode(t *testing.T) {
	tok := mustLoad(t, synth512Dir)
	text := Corpus(30_000)
	want := tok.Encode(text)
	done := make(chan []int)
	for range 4 {
		go func() { done <- tok.Encode(text) }()
	}
	for range 4 {
		if got := <-done; !equalInts(got, want) {
			t.Fatal("concurrent Encode differs")
		}
	}
}
