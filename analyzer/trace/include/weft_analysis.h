/* The trace analyzer's public API: open a trace.db, compute the analysis, hand it to renderers. */
#ifndef WEFT_ANALYSIS_H
#define WEFT_ANALYSIS_H

#include <stddef.h>
#include <stdio.h>

struct sqlite3;
struct weft_json;
struct weft_analysis; /* opaque; owned by the caller of weft_analysis_run */

/*
 * Opens path read-only and checks it is a weft trace this version understands.
 * Returns 0 and *db on success.  On error returns a negative errno-style code,
 * writes one line (what and where, no trailing newline) into err, and *db is NULL:
 * not a SQLite file, not a weft trace, schema newer than this weft ("upgrade weft").
 * An incomplete trace opens fine; weft_analysis reports it.
 */
int weft_trace_open(const char *path, struct sqlite3 **db, char *err, size_t errlen);

/* What part of a trace to look at: a time window and the processes (any --pid or --exe). */
struct weft_trace_filter {
    int has_from, has_to;
    double from_s, to_s;      /* seconds from the trace's start (meta start_ns) */
    const long *pids;         /* processes by pid */
    size_t npids;
    const char *const *exes;  /* processes by executable: its path or its base name */
    size_t nexes;
};

/*
 * Restricts every later query on DB to F: TEMP views named like the trace's tables shadow
 * them (docs/analysis.md, "Windows and filters"), lifetimes and events clipped to the window.
 * A bounded trace is always clipped to the part it holds whole, from meta kept_from_ns (a
 * flight recorder left out what ended before) to stopped_ns (recording stopped), even
 * with nothing in F; --from and --to still count from the run's start (meta start_ns).
 * Nothing to filter: returns 0 at once.  Returns 0, or a negative errno with one line in err.
 */
int weft_trace_filter(struct sqlite3 *db, const struct weft_trace_filter *f, char *err, size_t errlen);

/*
 * A bounded trace (weft run --last, --duration, --max-size): writes into BUF one line saying
 * what was left out, and returns 1; 0 (BUF empty) when nothing was.  Reads meta (through
 * weft_trace_filter's views when they are there).
 */
int weft_trace_left_out(struct sqlite3 *db, char *buf, size_t len);

/* Computes everything `weft analyze` reports. Returns 0 and *out, or <0 with err set. */
int weft_analysis_run(struct sqlite3 *db, struct weft_analysis **out, char *err, size_t errlen);
/* Options of weft_analysis_run_opts. */
#define WEFT_ANALYSIS_SEGMENTS 1u /* keep each thread's state segments (analysis_model.h) */
/* weft_analysis_run with FLAGS (WEFT_ANALYSIS_*); the totals are the same with any flags. */
int weft_analysis_run_opts(struct sqlite3 *db, unsigned flags, struct weft_analysis **out, char *err,
                           size_t errlen);
void weft_analysis_free(struct weft_analysis *a);
/* Sets the trace path the outputs show (default: SQLite's absolute path). 0 or -ENOMEM. */
int weft_analysis_set_trace_path(struct weft_analysis *a, const char *path);

/* Writes the analysis as one JSON object value (schema: docs/analysis-json.md). */
int weft_analysis_write_json(const struct weft_analysis *a, struct weft_json *j);
/* Writes the human report (verdict and evidence first, then tables). */
int weft_analysis_write_text(const struct weft_analysis *a, FILE *f);

#endif
