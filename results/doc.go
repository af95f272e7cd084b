// Package results is the data model of an evaluation run and its files: the
// run record (run.json), one JSON line per scored doc (samples.jsonl), the
// lm-evaluation-harness-shaped summary (results.json), the environment
// fingerprint, and the tables printed at the end of a run. It is a leaf: it
// imports nothing of this module, so plots and reports can read runs without
// linking a model.
//
// # Durability
//
// samples.jsonl is the source of truth. SampleWriter appends one complete
// line per doc and fsyncs it before returning, so a crash or SIGKILL loses
// at most the doc being scored; ReadSamples drops a torn last line (a write
// cut short) and reports every other malformed line as file:line. Summary
// files (run.json, results.json) are written whole to a temporary file,
// fsynced, and renamed over the destination (WriteFileAtomic): a reader sees
// the old file or the new one, never a mix.
//
// # Identity
//
// A Sample is a pure function of the model, the data and the run settings,
// except its Perf block (wall-clock timings). Two runs agree on a doc when
// their samples agree with Perf cleared (Sample.Key, Sample.WithoutPerf);
// resume and shard merging rely on that.
package results
