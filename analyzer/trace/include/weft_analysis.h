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

/* Computes everything `weft analyze` reports. Returns 0 and *out, or <0 with err set. */
int weft_analysis_run(struct sqlite3 *db, struct weft_analysis **out, char *err, size_t errlen);
void weft_analysis_free(struct weft_analysis *a);
/* Sets the trace path the outputs show (default: SQLite's absolute path). 0 or -ENOMEM. */
int weft_analysis_set_trace_path(struct weft_analysis *a, const char *path);

/* Writes the analysis as one JSON object value (schema: docs/analysis-json.md). */
int weft_analysis_write_json(const struct weft_analysis *a, struct weft_json *j);
/* Writes the human report (verdict and evidence first, then tables). */
int weft_analysis_write_text(const struct weft_analysis *a, FILE *f);

#endif
