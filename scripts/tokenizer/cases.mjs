// Test inputs for the tokenizer golden files. Each case is {name, text} or,
// for bytes that are not valid UTF-8, {name, hex}. Everything here is
// written for this project or generated from a fixed seed; no quoted text.

// Deterministic PRNG (mulberry32) so the golden files are reproducible.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fixed = {
  ascii: [
    "Hello world", "hello", "The quick brown fox jumps over the lazy dog.",
    "a", "I", "A.", "x y z", "don't stop", "HELLO WORLD", "camelCaseIdentifier",
    "snake_case_identifier", "e-mail", "state-of-the-art", "U.S.A.", "Mr. Smith's",
  ],
  spaces: [
    " ", "  ", "   ", " ".repeat(8), " ".repeat(31), " ".repeat(32), " ".repeat(40),
    " leading", "  two leading", "trailing ", "trailing  ", "mid  dle", "a   b    c",
    "  both  ", " \t mixed \t ", "word" + " ".repeat(17) + "word",
  ],
  newlines: [
    "\n", "\n\n", "\n".repeat(5), "\n".repeat(31), "\n".repeat(32), "\n".repeat(45),
    "line1\nline2", "line1\n\nline2", "a\r\nb", "\r\n\r\n", "\r", "end\n", "\nstart",
    " \n ", "a \n b", "para one.\n\n\npara two.",
  ],
  tabs: [
    "\t", "\t\t", "\t".repeat(31), "\t".repeat(33), "a\tb", "\tindented", "col1\tcol2\tcol3",
    "\t \t", "x\t\t\ty",
  ],
  digits: [
    "0", "7", "12", "123", "1234", "12345", "1234567890", "3.14159", "-42", "+7",
    "1,000,000", "0.001", "1e10", "2024-01-15", "12:30:45", "What is 12 + 7?",
    "What is 12 + 7?\nA. 19\nB. 20\nC. 18\nD. 21\nAnswer: A", "99 bottles", "x2", "2x",
    "10%", "$5.99", "#1", "3/4", "1st 2nd 3rd 4th", "007", "٣٤٥", "१२३", "１２３",
  ],
  punctuation: [
    ".", ",", "!", "?", "...", "!!!", "?!", "(a)", "[b]", "{c}", "\"quoted\"", "'single'",
    "a;b:c", "--", "—", "–", "…", "«guillemets»", "“curly”", "‘apostrophe’", "@#$%^&*",
    "~`|\\", "<>", "a/b\\c", "__init__", "***bold***", "=>", "!=", "::", "->", "¿Qué?", "¡Hola!",
  ],
  emoji: [
    "😀", "😀😀", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "🇯🇵🇺🇸", "❤️", "☺", "✨ sparkle ✨", "I ❤ Go",
    "🤖 robot", "🧪🧬", "🏳️‍🌈", "1️⃣", "©®™",
  ],
  cjk: [
    "日本語", "こんにちは世界", "東京は日本の首都です。", "中文测试", "你好，世界！",
    "繁體中文", "한국어", "안녕하세요", "カタカナ", "ｈａｌｆ ｗｉｄｔｈ", "漢字と かな と カナ",
    "𠀀𠀁𠀂", "𪚥", "〇一二三",
  ],
  accents: [
    "café", "naïve", "résumé", "Ångström", "Zürich", "São Paulo", "Dvořák", "Łódź",
    "cafe\u0301", "e\u0301\u0302", "n\u0303", "ﬁ ligature", "Straße", "İstanbul", "ǅ",
    "Ελληνικά", "Русский текст", "Українська", "ქართული",
  ],
  rtl: [
    "مرحبا بالعالم", "العربية", "שלום עולם", "עברית", "فارسی", "اردو",
    "mixed English و عربي", "\u202eRTL override\u202c", "\u200fRLM", "123 مرحبا 456",
  ],
  scripts: [
    "தமிழ் மொழி", "தமிழ்நாடு அரசு", "हिन्दी भाषा", "বাংলা", "ภาษาไทย", "ລາວ", "ខ្មែរ",
    "Tiếng Việt", "ગુજરાતી", "తెలుగు", "മലയാളം", "සිංහල", "ᐃᓄᒃᑎᑐᑦ", "ꦗꦮ", "አማርኛ",
  ],
  code: [
    "func main() {\n\tfmt.Println(\"hi\")\n}",
    "def f(x):\n    return x * 2\n",
    "for (int i = 0; i < n; i++) { sum += a[i]; }",
    "{\"key\": [1, 2, 3], \"nested\": {\"a\": null}}",
    "SELECT * FROM users WHERE id = 42;",
    "#include <stdio.h>\nint main(void) { return 0; }",
    "x := map[string]int{\"a\": 1}",
    "    indented four\n        eight",
    "if a&&b||!c { return }",
    "const re = /^[a-z]+$/gi;",
    "<div class=\"x\"><span>text</span></div>",
    "$ ls -la | grep '.go' > out.txt",
  ],
  literal_mark: [
    "▁", "▁▁", "▁▁▁", "▁x", "x▁", "a▁b", "▁ ▁", " ▁", "▁ ", "▁".repeat(31), "▁".repeat(35),
    ">▁</", "a>▁</b", "> </",
  ],
  html: [
    "<table>", "</table>", "<td>cell</td>", "<tr><td>1</td><td>2</td></tr>", "<h1>Title</h1>",
    "<strong>bold</strong>", "<blockquote>q</blockquote>", "<b>b</b>", "<p>para</p>", "<br>",
    "< table>", "<TABLE>", "<table >", "<h7>", "<<table>>", "a<td>b",
  ],
  added: [
    "<unused0>", "<unused1>", "<unused99>", "<unused6241>", "<unused6242>", "<unused>", "<unused",
    "unused0>", "<unused0><unused1>", "x<unused5>y", " <unused5> ", "<mask>", "[multimodal]",
    "<start_of_image>", "<end_of_image>", "<image_soft_token>", "<bos>", "<eos>", "<pad>", "<unk>",
    "<start_of_turn>", "<end_of_turn>", "<bos><bos>", "<bo s>", "<BOS>", "<eos >",
    "<start_of_turn>user\nWhat is 2 + 2?<end_of_turn>\n<start_of_turn>model\n",
    "text<end_of_turn>", "<start_of_turn><end_of_turn>",
  ],
  control: [
    "\u0000", "\u0001", "\u0000\u0001\u0002", "a\u0000b", "\u0007bell", "\u001b[31mred\u001b[0m",
    "\u007f", "\u0080", "\u0085", "\u009f", "\u00a0nbsp", "a\u00a0b", "\u200b", "zero\u200bwidth",
    "\u200c\u200d", "\ufeffBOM", "\u2028\u2029", "\u000b\u000c", "\ue000", "\uf8ff", "\ufffd",
    "\ufffe", "\uffff", "\u{10ffff}", "\u{e0001}", "\u{1d400}",
  ],
};

// Invalid UTF-8: JS strings cannot hold these, so the case carries hex bytes.
const invalid = [
  ["lone_ff", "ff"], ["lone_fe", "fe"], ["lone_continuation", "80"], ["truncated_2", "c3"],
  ["truncated_3", "e282"], ["truncated_4", "f09f98"], ["overlong_slash", "c0af"],
  ["overlong_nul", "e08080"], ["surrogate_d800", "eda080"], ["above_max", "f4908080"],
  ["f5", "f5808080"], ["ascii_then_bad", "616263ff646566"], ["bad_in_word", "48656c6cf86f"],
  ["two_truncated", "e282e282"], ["mixed_valid_invalid", "e282ac80e282"],
  ["space_bad_space", "20ff20"], ["bad_then_added_token", "ff3c626f733e"],
  ["latin1_cafe", "636166e9"], ["cp1252_quotes", "939394"], ["c1_as_bytes", "c0c1"],
];

function longText(r, words, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(words[Math.floor(r() * words.length)]);
    const p = r();
    if (p < 0.06) out.push(". ");
    else if (p < 0.09) out.push(", ");
    else if (p < 0.1) out.push("\n");
    else out.push(" ");
  }
  return out.join("");
}

// Random strings drawn from a pool that mixes every category above; they
// catch interactions (a space before an emoji, an added token next to a
// combining mark) that hand-written cases miss.
function randomCases(seed, count) {
  const r = rng(seed);
  const pool = [
    "a", "e", "t", "the", " ", "  ", "\n", "\t", "▁", "<", ">", "</", "<td>", "<unused3>", "<bos>",
    "1", "23", ".", ",", "!", "é", "e\u0301", "日", "本", "😀", "👍🏽", "م", "ש", "த", "ி", "\u0000",
    "\u00a0", "\u200b", "ing", "tion", " the", "{", "}", "\"", "'", "\\", "😀 ", " 日本", "ß", "𠀀",
  ];
  const out = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(r() * 12);
    let s = "";
    for (let j = 0; j < n; j++) s += pool[Math.floor(r() * pool.length)];
    out.push({ name: `random/${i}`, text: s });
  }
  return out;
}

export function allCases() {
  const out = [];
  for (const [cat, list] of Object.entries(fixed)) {
    list.forEach((text, i) => out.push({ name: `${cat}/${i}`, text }));
  }
  for (const [name, hex] of invalid) out.push({ name: `invalid_utf8/${name}`, hex });
  const words = [
    "the", "of", "model", "token", "benchmark", "gemma", "evaluate", "question", "answer",
    "running", "quickly", "unbelievable", "photosynthesis", "Zürich", "東京", "данные",
    "42", "3.5", "(see", "below)", "e.g.", "i.e.,", "—", "«word»", "can't", "it's",
  ];
  const r = rng(7);
  for (let i = 0; i < 4; i++) {
    out.push({ name: `long/${i}`, text: longText(r, words, 100 + 200 * i) });
  }
  out.push(...randomCases(42, 300));
  return out;
}

// Id sequences for decode-only cases: byte runs that are not UTF-8, ids
// out of range, specials (decoded with and without skip_special_tokens).
export const decodeCases = [
  { name: "bytes_valid_euro", ids: [464, 368, 410] },
  { name: "bytes_truncated", ids: [464, 368] },
  { name: "bytes_lone_ff", ids: [493] },
  { name: "bytes_then_text", ids: [464, 368, 9259] },
  { name: "text_bytes_text", ids: [9259, 493, 9259] },
  { name: "bytes_split_by_special", ids: [464, 2, 368, 410] },
  { name: "specials", ids: [2, 105, 2364, 107, 2202, 106, 107, 1] },
  { name: "out_of_range", ids: [9259, 262145, 300000, 1902] },
  { name: "pad_unk_mask", ids: [0, 3, 4, 5, 6] },
  { name: "image_tokens", ids: [255999, 262144, 256000] },
  { name: "mark_pieces", ids: [236743, 138, 167] },
  { name: "empty", ids: [] },
];
