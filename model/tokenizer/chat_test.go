package tokenizer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFormatChat(t *testing.T) {
	tests := []struct {
		name    string
		turns   []Turn
		gen     bool
		want    string
		wantErr bool
	}{
		{
			name:  "one user turn",
			turns: []Turn{{"user", "What is 2 + 2?"}},
			gen:   true,
			want:  "<start_of_turn>user\nWhat is 2 + 2?<end_of_turn>\n<start_of_turn>model\n",
		},
		{
			name:  "trimmed, no generation prompt",
			turns: []Turn{{"user", "  hi \n"}, {"assistant", "\thello\x1f"}},
			want:  "<start_of_turn>user\nhi<end_of_turn>\n<start_of_turn>model\nhello<end_of_turn>\n",
		},
		{
			name:  "system folded into first user turn, untrimmed",
			turns: []Turn{{"system", "Be brief. "}, {"user", "Hi"}, {"model", "Hello"}, {"user", "Bye"}},
			gen:   true,
			want:  "<start_of_turn>user\nBe brief. \n\nHi<end_of_turn>\n<start_of_turn>model\nHello<end_of_turn>\n<start_of_turn>user\nBye<end_of_turn>\n<start_of_turn>model\n",
		},
		{name: "empty", gen: true, want: "<start_of_turn>model\n"},
		{name: "starts with model", turns: []Turn{{"model", "x"}}, wantErr: true},
		{name: "two users", turns: []Turn{{"user", "a"}, {"user", "b"}}, wantErr: true},
		{name: "late system", turns: []Turn{{"user", "a"}, {"system", "b"}}, wantErr: true},
		{name: "unknown role", turns: []Turn{{"tool", "a"}}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := FormatChat(tc.turns, tc.gen)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestEncodeChatGemma3(t *testing.T) {
	tok := loadGemma3(t)
	got, err := tok.EncodeChat([]Turn{{"user", "hi"}})
	if err != nil {
		t.Fatal(err)
	}
	// <bos> <start_of_turn> user \n hi <end_of_turn> \n <start_of_turn> model \n
	want := []int{2, 105, 2364, 107, 2202, 106, 107, 105, 4368, 107}
	if !slices.Equal(got, want) {
		t.Errorf("EncodeChat = %v %q, want %v", got, tok.Pieces(got), want)
	}
	s := tok.Specials()
	// tokenizer_config.json of Gemma 3 names <end_of_turn> as its EOS.
	if s.EOS != 106 || !slices.Equal(s.StopIDs, []int{106}) || s.BOS != 2 || s.Pad != 0 || !s.AddBOS {
		t.Errorf("Specials = %+v", s)
	}
}

func TestLoadConfigs(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(synth512Dir, "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		files   map[string]string
		want    Specials
		wantErr bool
	}{
		{
			name: "defaults from the vocabulary",
			want: Specials{Pad: 0, EOS: 1, BOS: 2, Unk: 3, StartOfTurn: 4, EndOfTurn: 5, StopIDs: []int{1}, AddBOS: true},
		},
		{
			name: "tokenizer_config EOS as string and object; generation_config list",
			files: map[string]string{
				"tokenizer_config.json":  `{"eos_token": {"content": "<end_of_turn>"}, "bos_token": "<bos>", "add_bos_token": false}`,
				"generation_config.json": `{"eos_token_id": [1, 5], "pad_token_id": 0}`,
			},
			want: Specials{Pad: 0, EOS: 5, BOS: 2, Unk: 3, StartOfTurn: 4, EndOfTurn: 5, StopIDs: []int{1, 5}, AddBOS: false},
		},
		{
			name:  "generation_config single id",
			files: map[string]string{"generation_config.json": `{"eos_token_id": 5}`},
			want:  Specials{Pad: 0, EOS: 1, BOS: 2, Unk: 3, StartOfTurn: 4, EndOfTurn: 5, StopIDs: []int{5, 1}, AddBOS: true},
		},
		{name: "unknown token", files: map[string]string{"tokenizer_config.json": `{"eos_token": "<nope>"}`}, wantErr: true},
		{name: "eos id out of range", files: map[string]string{"generation_config.json": `{"eos_token_id": 512}`}, wantErr: true},
		{name: "bad json", files: map[string]string{"tokenizer_config.json": `{"eos_token": `}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{"tokenizer.json": string(src)}
			for k, v := range tc.files {
				files[k] = v
			}
			for name, data := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			tok, err := Load(dir)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if got := tok.Specials(); !specialsEqual(got, tc.want) {
				t.Errorf("Specials = %+v, want %+v", got, tc.want)
			}
		})
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of an empty dir succeeded")
	}
}

func specialsEqual(a, b Specials) bool {
	return a.Pad == b.Pad && a.EOS == b.EOS && a.BOS == b.BOS && a.Unk == b.Unk &&
		a.StartOfTurn == b.StartOfTurn && a.EndOfTurn == b.EndOfTurn && a.AddBOS == b.AddBOS &&
		slices.Equal(a.StopIDs, b.StopIDs)
}
