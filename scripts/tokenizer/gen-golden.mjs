#!/usr/bin/env node
// Writes golden token ids for model/tokenizer tests.
//
//   node scripts/tokenizer/gen-golden.mjs --deps DIR --tokenizer tokenizer.json --out FILE [--name NAME]
//
// DIR is a scratch folder where the reference implementations were installed
// (never committed):
//   npm install --prefix DIR @anush008/tokenizers@0.6.0 @huggingface/tokenizers@0.2.0
// scripts/tokenizer/gen-golden.sh does all of it.
//
// The reference is Hugging Face's Rust `tokenizers` crate (0.22, via the
// prebuilt node binding @anush008/tokenizers). Every case is also run through
// the JavaScript port @huggingface/tokenizers; disagreements are printed and
// counted in the header line, and the Rust ids are the ones written.
//
// Invalid UTF-8: HF's encode takes a Rust String (Python: str), so it can
// never see invalid bytes; a caller must decode them first. JS strings cannot
// hold them either. Such a case is written as hex bytes, decoded the way
// every lossy decoder in play does it (node's Buffer.toString, Rust's
// String::from_utf8_lossy, Python's errors="replace": one U+FFFD per maximal
// invalid subsequence), and the golden ids are HF's ids for that decoded
// text. The Go tokenizer applies the same rule to invalid input.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { allCases, decodeCases } from "./cases.mjs";

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (def !== undefined) return def;
  console.error(`missing --${name}`);
  process.exit(2);
}

const deps = path.resolve(arg("deps"));
const tokPath = arg("tokenizer");
const outPath = arg("out");
const name = arg("name", path.basename(path.dirname(path.resolve(tokPath))));
// Gemma 3 files get every case; small synthetic vocabularies (more tokens
// per text) skip the long ones to keep the committed files small.
const withDecodeCases = arg("decode-cases", "yes") === "yes";
const skipLong = arg("skip-long", "no") === "yes";

const require = createRequire(path.join(deps, "node_modules", "x.js"));
const rust = require("@anush008/tokenizers");
const js = require("@huggingface/tokenizers");

const tokJSON = fs.readFileSync(tokPath, "utf8");
const rtok = rust.Tokenizer.fromString(tokJSON);
const jtok = new js.Tokenizer(JSON.parse(tokJSON), {});

const lines = [];
let jsDisagree = 0;
let count = 0;
for (const c of allCases()) {
  if (skipLong && c.name.startsWith("long/")) continue;
  let text = c.text;
  if (c.hex !== undefined) text = Buffer.from(c.hex, "hex").toString("utf8");
  const enc = await rtok.encode(text, null, { addSpecialTokens: false });
  const ids = Array.from(enc.getIds());
  const decoded = await rtok.decode(ids, false);
  const decodedSkip = await rtok.decode(ids, true);
  const jids = Array.from(jtok.encode(text, { add_special_tokens: false }).ids);
  if (JSON.stringify(jids) !== JSON.stringify(ids)) {
    jsDisagree++;
    console.error(`js port disagrees on ${c.name}: ${JSON.stringify(text).slice(0, 80)}\n  rust ${JSON.stringify(ids).slice(0, 200)}\n  js   ${JSON.stringify(jids).slice(0, 200)}`);
  }
  const rec = { name: c.name };
  if (c.hex !== undefined) {
    rec.hex = c.hex;
    rec.lossy = text;
  } else {
    rec.text = text;
  }
  rec.ids = ids;
  rec.decoded = decoded;
  if (decodedSkip !== decoded) rec.decoded_skip = decodedSkip;
  lines.push(JSON.stringify(rec));
  count++;
}
if (withDecodeCases) {
  for (const c of decodeCases) {
    const decoded = await rtok.decode(c.ids, false);
    const decodedSkip = await rtok.decode(c.ids, true);
    lines.push(JSON.stringify({ name: `decode/${c.name}`, decode_ids: c.ids, decoded, decoded_skip: decodedSkip }));
    count++;
  }
}
const header = {
  generator: "scripts/tokenizer/gen-golden.mjs",
  tokenizer: name,
  reference: "HF tokenizers (Rust) 0.22 via @anush008/tokenizers@0.6.0",
  cross_check: "@huggingface/tokenizers@0.2.0",
  cross_check_disagreements: jsDisagree,
  cases: count,
};
fs.writeFileSync(outPath, [JSON.stringify(header), ...lines].join("\n") + "\n");
console.error(`${outPath}: ${count} cases, js port disagreed on ${jsDisagree}`);
