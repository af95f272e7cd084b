// Package hwinfo measures the limits a throughput figure is judged
// against, and caches them per machine: the roofline's two roofs.
//
//   - Read bandwidth (membw.Read: every thread streams its share of a
//     buffer several times the last-level cache as several vector load
//     streams): the roof of decode, which reads every weight once per token.
//   - Per backend and weight format, the peak FLOP/s of that backend's own
//     matmul kernel: the roof of prefill. It is measured, not taken from a
//     data sheet, by running what a prefill runs: a synthetic one-layer
//     Gemma 2 model (Shape: 256 rows through widths 1024 and 4096 by
//     default) prefilled with Step.Profile on the backend, its MatMul ops'
//     FLOPs (the cost model, backends.Graph.OpCost) over their measured
//     time, best of a few repetitions after an untimed warm-up. A backend
//     that cannot run a format records why (Peak.Unsupported) instead.
//
// # Cache
//
// Measurements live in <cache dir>/hwinfo/host-<fingerprint>.json, one
// file per host fingerprint (CPU model and kernel-path flags, cores,
// memory in GiB, OS and architecture: Fingerprint), so that hosts sharing
// a home directory do not overwrite each other. Within a file an entry is
// keyed by what decides its number: bandwidth by threads and buffer size;
// a peak by backend spec, the settings the opened backend reports (its
// kernel path), threads, weight format and probe shape. Load measures only
// what is missing, Refresh measures again; a file that does not parse, has
// another schema, or holds another host (compared field by field, not only
// by name) is ignored and rewritten, with a note in Info.Notes, never
// trusted. Writes are atomic.
//
// Info implements the bench package's Limits (ReadBandwidth, PeakFLOPS),
// returning 0 for what was not measured.
package hwinfo
