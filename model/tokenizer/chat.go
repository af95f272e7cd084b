package tokenizer

import (
	"fmt"
	"strings"
	"unicode"
)

// Turn is one message of a conversation. Role is "user", "assistant" (or
// "model", its Gemma name) or "system" (first turn only).
type Turn struct {
	Role    string
	Content string
}

// FormatChat renders turns in the Gemma instruction-tuned format, as the
// chat_template shipped with Gemma 3 does it (without the leading BOS text:
// prepend the BOS id instead, see EncodeChat):
//
//	<start_of_turn>user\n{system}\n\n{message}<end_of_turn>\n
//	<start_of_turn>model\n{reply}<end_of_turn>\n
//	<start_of_turn>model\n                (addGenerationPrompt)
//
// A system turn is folded into the first user turn; contents are trimmed
// as Jinja's trim filter does; roles must alternate user/model starting
// with user, as the template requires.
func FormatChat(turns []Turn, addGenerationPrompt bool) (string, error) {
	var sb strings.Builder
	prefix := ""
	if len(turns) > 0 && turns[0].Role == "system" {
		prefix = turns[0].Content + "\n\n"
		turns = turns[1:]
	}
	for i, turn := range turns {
		role := turn.Role
		switch role {
		case "assistant":
			role = "model"
		case "user", "model":
		case "system":
			return "", fmt.Errorf("chat: turn %d: a system turn may only come first", i)
		default:
			return "", fmt.Errorf("chat: turn %d: unknown role %q", i, turn.Role)
		}
		if (role == "user") != (i%2 == 0) {
			return "", fmt.Errorf("chat: turn %d: roles must alternate user/model starting with user", i)
		}
		sb.WriteString("<start_of_turn>")
		sb.WriteString(role)
		sb.WriteString("\n")
		if i == 0 {
			sb.WriteString(prefix)
		}
		sb.WriteString(strings.TrimFunc(turn.Content, pyIsSpace))
		sb.WriteString("<end_of_turn>\n")
	}
	if addGenerationPrompt {
		sb.WriteString("<start_of_turn>model\n")
	}
	return sb.String(), nil
}

// pyIsSpace is Python's str.isspace, which Jinja's trim uses: Go's
// unicode.IsSpace plus the four ASCII separators U+001C…U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// EncodeChat returns BOS followed by the ids of FormatChat(turns, true):
// the prompt a Gemma instruction-tuned model continues. It fails when the
// vocabulary has no <start_of_turn>/<end_of_turn>.
func (t *Tokenizer) EncodeChat(turns []Turn) ([]int, error) {
	if t.specials.StartOfTurn < 0 || t.specials.EndOfTurn < 0 {
		return nil, fmt.Errorf("chat: this vocabulary has no <start_of_turn>/<end_of_turn>")
	}
	text, err := FormatChat(turns, true)
	if err != nil {
		return nil, err
	}
	return append([]int{t.specials.BOS}, t.Encode(text)...), nil
}
