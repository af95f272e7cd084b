// Package plots draws comparison charts from run records (results.Record)
// with gonum/plot. It reads records only, so a new backend, task or metric
// is drawn without a change here; it links no model and no backend.
//
// # From records to charts
//
// Build turns one or more runs into Charts, plain data that Render draws
// and that a report can also print as a table:
//
//   - one chart per quantity: metric name, unit and summary statistic
//     (decode tok/s medians, acc means, latency medians);
//   - along the x axis its cases, the metrics' labels that vary within the
//     chart (p=128, p=512; or one bar group per task). Labels that are the
//     same everywhere go into the title instead, as llama-bench shows only
//     the columns that vary. Cases whose varying labels are all numbers
//     are sorted by them; otherwise they keep the order the records list
//     them in;
//   - one bar per series in every case: a series is one backend of one
//     run. Bars of one backend across runs sit side by side, so a base
//     and a new run read as pairs. A backend listed twice in a record
//     (simd with math=fast and math=exact) is told apart by the options
//     that differ.
//
// A bar is the metric's Summary.Center and its whisker Summary.Lo..Hi as
// the record states them: for a median, benchmath's 95% confidence
// interval (the samples' range where there are fewer than six samples,
// too few for one: results.MedianSummary); for a mean, ± one standard
// error. Nothing is recomputed here: the significance of a change is
// package compare's job, and a chart shows what the records hold.
//
// Metrics that carry a Limit (decode against read bandwidth, prefill
// against peak FLOP/s) get a companion chart, "% of roof": the same bars
// divided by the limit.
//
// # Rendering
//
// Render draws a chart as SVG, PNG or PDF, sized to its number of bars,
// with the legend beside the plot rather than over the bars. WriteFiles
// writes every chart of a Build to a directory, each file replaced
// atomically, named by Chart.ID.
package plots
