// Package compare sets two run records side by side: per metric the
// change, its confidence interval and a p-value, each backend's numerical
// agreement with its reference before and after, and a verdict from
// thresholds. It reads only results.Record, so whatever a record carries
// (a new backend, task or metric) is compared without a change here.
//
// # Matching
//
// Metrics are matched by backend name (the k-th backend of a name with the
// k-th of that name, when a record lists one twice) and results.Metric.Key.
// Metrics on one side only are listed, not compared. Before anything is
// compared, the records' identities are checked (Differences): a different
// model (name, arch, dtype, parameters, fingerprint, weight format),
// tokenizer, kind of run, or task (set, version, shots, docs, data hash) is
// an error unless Options.Force; different backend options, host or build
// are warnings, printed with the report.
//
// # Statistics
//
// A metric summarised by its median (speed: repetitions of one
// measurement) is compared on its raw samples with benchmath: the change
// is the ratio of medians in %, its p-value that of the Mann-Whitney U test
// (benchmath.AssumeNothing.Compare), and its interval is built from each
// median's 97.5% interval (benchmath), [newLo/baseHi−1, newHi/baseLo−1], so
// that by Bonferroni it covers the true change with at least 95%
// probability. It is unbounded when a side has too few samples (fewer than
// 7) for a finite 97.5% interval.
//
// A metric summarised by its mean (an accuracy over docs, Summary Lo/Hi =
// mean ∓ standard error) is compared with a two-sample z-test on the two
// standard errors, the test that reading lm-eval's "± stderr" columns
// implies: z = Δ/√(se₁²+se₂²), two-sided p, interval Δ ± 1.96·√(se₁²+se₂²).
// For an accuracy (unit "acc") the change is in points (0.01 = 1 pt). The
// test treats the two runs as independent samples; when both scored the
// same docs it is conservative (a paired test would be sharper).
//
// A change is significant when p < Options.Alpha (0.05).
//
// # Thresholds
//
// --fail-on SPEC decides the verdict. The grammar:
//
//	spec     = selector op amount
//	selector = head { "/" key "=" value }
//	head     = name | "pp" N | "tg" N [ "@d" N ]
//	op       = "<" | ">"
//	amount   = [ "+" | "-" ] number ( "%" | "pt" )
//
// name is a metric name ("decode", "acc", "latency"); each key=value must
// equal the metric's label of that key, and labels not given match
// anything ("acc" is every task's acc, "acc/task=mmlu" one of them). The
// key "backend" matches the backend's name unless the metric has a label
// of its own by that name. The llama-bench tokens are shorthands: ppN is
// prefill/p=N, tgN is decode/n=N, and "@dN" adds d=N (the depth).
//
// The amount is a signed change: "%" relative to the base's centre (for
// any metric), "pt" in points of an accuracy (unit "acc" only). "<" is
// crossed when the change is below the amount (tg128<-5%: decode lost more
// than 5%), ">" when above (latency>+10%). A threshold that matches no
// compared metric, or "pt" on a metric that is not an accuracy, is an
// error: a gate that checks nothing must not pass.
//
// A regression is a crossed threshold whose change is significant; a
// threshold crossed by a change that is not significant is reported but
// does not fail.
package compare
