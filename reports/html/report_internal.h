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

/* Writes the timeline's keys "analysis" (the analysis JSON object of db), "analysis_note"
 * and "states" (each thread's state segments as the analysis counted them, times from base;
 * docs/report.md).  Without the analyzer, or when it fails, they are null and the note says
 * why: the report still renders.  Returns 0 or the writer's error. */
int weft__write_analysis(struct sqlite3 *db, int64_t base, struct weft_json *j);

/* Calls fn for each state segment of every thread, as weft analyze counts them: the thread's
 * row id, [start, end) in trace ns, the state's name (docs/analysis-json.md) and the call
 * whose wait it is (-1 for none).  A non-zero fn result stops and is returned.  Returns 0,
 * 1 when the analyzer is not built in, or <0 with one line in err. */
typedef int (*weft__segment_fn)(void *arg, int64_t thread_id, int64_t start, int64_t end, const char *state,
                                int call);
int weft__each_state_segment(struct sqlite3 *db, weft__segment_fn fn, void *arg, char *err, size_t errlen);

/* Growable int64 array (timeline_data.c). */
struct weft__vec {
    int64_t *v;
    size_t n, cap;
};
int weft__vec_push(struct weft__vec *a, int64_t x); /* 0 or -ENOMEM */
/* Writes a as a JSON array of integers, or packed: base64 of zigzag varints (timeline.js unpack). */
void weft__json_ints(struct weft_json *j, const struct weft__vec *a);
void weft__json_packed(struct weft_json *j, const struct weft__vec *a);

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
