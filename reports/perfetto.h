/* weft export --format perfetto: a trace as Chrome Trace Event Format JSON, which ui.perfetto.dev opens. */
#ifndef WEFT_PERFETTO_H
#define WEFT_PERFETTO_H

#include <stddef.h>

/*
 * Writes trace_path as Chrome Trace Event Format JSON to out_path (temp file + rename),
 * or to stdout when out_path is "-".  Every events row becomes exactly one trace event:
 * "X" (complete) on its thread, "b"/"e" (async) when it would overlap the previous slice
 * of that thread, "i" (instant) when it has no duration.  Returns 0, or a negative errno
 * with one line (what and where) in err.
 */
int weft_report_perfetto(const char *trace_path, const char *out_path, char *err, size_t errlen);

#endif
