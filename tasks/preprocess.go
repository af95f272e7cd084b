package tasks

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// preprocessors are the per-document transforms a spec can name. lm-eval
// runs Python (process_docs) for these; we keep a short list of Go twins
// instead of an embedded language.
var preprocessors = map[string]func(map[string]any) error{
	"hellaswag": hellaswagDoc,
}

// hellaswagBrackets matches WikiHow artifacts such as "[header]"; like
// Python's ".", RE2's "." stops at newlines, and *? is lazy in both.
var hellaswagBrackets = regexp.MustCompile(`\[.*?\]`)

// hellaswagClean is lm-eval's hellaswag utils.preprocess.
func hellaswagClean(text string) string {
	text = pyStrip(text)
	text = strings.ReplaceAll(text, " [title]", ". ")
	text = hellaswagBrackets.ReplaceAllString(text, "")
	return strings.ReplaceAll(text, "  ", " ")
}

// pyCapitalize is Python's str.capitalize: first character title-cased, the
// rest lower-cased. Go uses simple case mappings, so it differs from Python
// only for characters with multi-rune full mappings (ß, ŉ, ...), absent from
// HellaSwag's English text.
func pyCapitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToTitle(r)) + strings.ToLower(s[n:])
}

// hellaswagDoc adds lm-eval's derived fields: query (activity label and
// context, cleaned) and choices (cleaned endings); the target stays "label".
func hellaswagDoc(doc map[string]any) error {
	get := func(k string) (string, error) { return lookupString(doc, k) }
	label, err := get("activity_label")
	if err != nil {
		return err
	}
	ctxA, err := get("ctx_a")
	if err != nil {
		return err
	}
	ctxB, err := get("ctx_b")
	if err != nil {
		return err
	}
	endings, err := lookupStrings(doc, "endings")
	if err != nil {
		return err
	}
	choices := make([]any, len(endings))
	for i, e := range endings {
		choices[i] = hellaswagClean(e)
	}
	doc["query"] = hellaswagClean(label + ": " + ctxA + " " + pyCapitalize(ctxB))
	doc["choices"] = choices
	if _, ok := doc["label"]; !ok {
		return fmt.Errorf("missing field %q", "label")
	}
	return nil
}
