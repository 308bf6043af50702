/* weft's HTML timeline renderer: one self-contained page per trace. */
#ifndef WEFT_REPORT_H
#define WEFT_REPORT_H

#include <stddef.h>

struct sqlite3;
struct weft_json;
struct weft_trace_filter;

/*
 * Writes the HTML timeline of trace_path to out_path (temp file + rename, so out_path is
 * never left half-written).  races_path, when not NULL, is a `weft check --format json`
 * file whose findings are listed in the summary.  Returns 0, or a negative errno with one
 * line (what and where) in err.
 */
int weft_report_html(const char *trace_path, const char *races_path, const char *out_path,
                     char *err, size_t errlen);

/*
 * Every trace weft_report_html and weft_report_perfetto open from now on is seen through F
 * (weft_trace_filter: a time window, some processes); NULL: whole traces.  F must outlive
 * the calls.
 */
void weft_report_filter(const struct weft_trace_filter *f);

#endif
