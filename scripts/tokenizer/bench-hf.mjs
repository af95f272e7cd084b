#!/usr/bin/env node
// Encode throughput and load time of Hugging Face's Rust tokenizers (via the
// prebuilt node binding @anush008/tokenizers) on the corpus the Go
// benchmarks use. Run through scripts/tokenizer/bench.sh.
//
//   RAYON_NUM_THREADS=1 node bench-hf.mjs --deps DIR --tokenizer tokenizer.json --corpus corpus.txt [--reps 5]
//
// Modes, matching BenchmarkEncode in model/tokenizer:
//   cold:   a freshly loaded tokenizer encodes every paragraph once
//   warm:   the same tokenizer encodes them again (HF's cache filled)
//   whole:  the whole 1 MiB as one string
//   batch:  encodeBatch of all paragraphs (one Rust call; RAYON_NUM_THREADS=1
//           keeps it on one thread), which hides the per-call node overhead
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (def !== undefined) return def;
  console.error(`missing --${name}`);
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(arg("deps")), "node_modules", "x.js"));
const { Tokenizer } = require("@anush008/tokenizers");
const tokPath = arg("tokenizer");
const corpus = fs.readFileSync(arg("corpus"), "utf8");
const reps = Number(arg("reps", "5"));
const chunks = corpus.split(/(?<=\n\n)/).filter((c) => c.length > 0);
const mb = Buffer.byteLength(corpus, "utf8") / 1e6;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const res = { load_ms: [], cold: [], warm: [], whole: [], batch: [] };
let tokens = 0;
for (let r = 0; r < reps; r++) {
  let t0 = performance.now();
  const tok = Tokenizer.fromFile(tokPath);
  res.load_ms.push(performance.now() - t0);

  for (const mode of ["cold", "warm"]) {
    t0 = performance.now();
    tokens = 0;
    for (const c of chunks) {
      const e = await tok.encode(c, null, { addSpecialTokens: false });
      tokens += e.getLength();
    }
    res[mode].push(mb / ((performance.now() - t0) / 1e3));
  }
  t0 = performance.now();
  await tok.encode(corpus, null, { addSpecialTokens: false });
  res.whole.push(mb / ((performance.now() - t0) / 1e3));
  t0 = performance.now();
  await tok.encodeBatch(chunks, { addSpecialTokens: false });
  res.batch.push(mb / ((performance.now() - t0) / 1e3));
}
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(" ");
console.log(`hf-rust: ${chunks.length} paragraphs, ${mb.toFixed(3)} MB, ${tokens} tokens, ${reps} reps`);
console.log(`hf-rust load_ms     median ${median(res.load_ms).toFixed(0)}  [${fmt(res.load_ms)}]`);
for (const m of ["cold", "warm", "whole", "batch"]) {
  console.log(`hf-rust encode ${m.padEnd(5)} median ${median(res[m]).toFixed(1)} MB/s  [${fmt(res[m])}]`);
}
