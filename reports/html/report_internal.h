/* Internal helpers shared by the HTML timeline and the Perfetto exporter. */
#ifndef WEFT_REPORT_INTERNAL_H
#define WEFT_REPORT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "out_file.h"

struct sqlite3;
struct weft_json;

/* Opens a weft trace read-only (through the analyzer when it is built in). */
int weft__trace_open(const char *path, struct sqlite3 **db, char *err, size_t errlen);

/* Writes the analysis JSON object of db as one value, or null when the analyzer is not
 * built in or fails (the report still renders; *note gets the reason or NULL). */
int weft__write_analysis(struct sqlite3 *db, struct weft_json *j, char *note, size_t notelen);

/* Checks that text[0..n) is one syntactically valid JSON value.  Returns 0 or -EINVAL with
 * the byte offset of the first error in *where. */
int weft__json_check(const char *text, size_t n, size_t *where);

/* Writes the timeline's data object (schema weft-timeline/1, see docs/report.md). */
int weft__timeline_data(struct sqlite3 *db, const char *trace_path, const char *races_json,
                        struct weft_json *j, char *err, size_t errlen);

/* 1 when both paths name the same existing file (an output must never replace its input). */
int weft__same_file(const char *a, const char *b);

/* Reads a whole file into a NUL-terminated malloc'd buffer. Returns 0 or -errno. */
int weft__read_file(const char *path, char **text, size_t *len);

/* Time bounds of a trace: the earliest and latest instants any table mentions. */
int weft__trace_bounds(struct sqlite3 *db, int64_t *start, int64_t *end);

#endif
