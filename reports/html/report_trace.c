/* Opening a trace and embedding its analysis: through the analyzer when it is linked in, else a minimal check. */
#include "report_internal.h"

#include "json_writer.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef WEFT_REPORT_HAVE_ANALYSIS
#include "analysis_model.h"
#include "weft_analysis.h"

/* Set by weft report and weft export before they render; NULL: the whole trace. */
static const struct weft_trace_filter *report_filter;

void weft_report_filter(const struct weft_trace_filter *f)
{
    report_filter = f;
}

int weft__trace_open(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    int r = weft_trace_open(path, db, err, errlen);
    if (r || !report_filter)
        return r;
    /* The page, the export and the analysis they embed all read the filtered views. */
    if ((r = weft_trace_filter(*db, report_filter, err, errlen)) < 0) {
        sqlite3_close(*db);
        *db = NULL;
    }
    return r;
}

/*
 * The page's "states": per thread its segments, run-length coded (thread, start, count) with
 * one packed value per segment, its length * 16 + its state (enum weft_state, under 16): the
 * segments follow each other, so their starts need not be sent.  event_state says which state
 * the analysis puts each recorded call's time in (the page colours an event by it), indexed
 * call * nfd + fd kind, + 1 (0: not a wait).
 */
static int write_states(const struct weft_analysis *a, int64_t base, struct weft_json *j)
{
    struct weft__vec thr = {0}, start = {0}, count = {0}, seg = {0}, ev = {0};
    int r = 0;
    for (size_t i = 0; i < a->nthreads && !r; i++) {
        const struct weft_an_thread *t = &a->threads[i];
        if (!t->nsegs)
            continue;
        r |= weft__vec_push(&thr, t->id);
        r |= weft__vec_push(&start, t->segs[0].start - base);
        r |= weft__vec_push(&count, (int64_t)t->nsegs);
        for (size_t k = 0; k < t->nsegs && !r; k++)
            r |= weft__vec_push(&seg, (t->segs[k].end - t->segs[k].start) * 16 + t->segs[k].state);
    }
    for (int k = 0; k < a->ncalls * a->nfd_kinds && !r; k++)
        r |= weft__vec_push(&ev, a->event_states[k] + 1);
    if (!r) {
        weft_json_obj_begin(j);
        weft_json_key(j, "names");
        weft_json_arr_begin(j);
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            weft_json_str(j, weft_state_names[s]);
        weft_json_arr_end(j);
        weft_json_key(j, "nfd");
        weft_json_int(j, a->nfd_kinds);
        weft_json_key(j, "event_state");
        weft__json_ints(j, &ev);
        weft_json_key(j, "thread");
        weft__json_ints(j, &thr);
        weft_json_key(j, "start");
        weft__json_ints(j, &start);
        weft_json_key(j, "count");
        weft__json_ints(j, &count);
        weft_json_key(j, "seg");
        weft__json_packed(j, &seg);
        weft_json_obj_end(j);
    }
    free(thr.v);
    free(start.v);
    free(count.v);
    free(seg.v);
    free(ev.v);
    return r;
}

int weft__write_analysis(sqlite3 *db, int64_t base, struct weft_json *j)
{
    struct weft_analysis *a = NULL;
    char note[256] = "";
    int r = 0;
    if (weft_analysis_run_opts(db, WEFT_ANALYSIS_SEGMENTS, &a, note, sizeof(note)) != 0)
        a = NULL;
    weft_json_key(j, "analysis");
    if (a)
        r = weft_analysis_write_json(a, j);
    else
        weft_json_null(j);
    weft_json_key(j, "analysis_note");
    weft_json_str(j, note[0] ? note : NULL);
    weft_json_key(j, "states");
    if (a && !r)
        r = write_states(a, base, j);
    else
        weft_json_null(j);
    weft_analysis_free(a);
    return r;
}

int weft__each_state_segment(sqlite3 *db, weft__segment_fn fn, void *arg, char *err, size_t errlen)
{
    struct weft_analysis *a = NULL;
    int r = weft_analysis_run_opts(db, WEFT_ANALYSIS_SEGMENTS, &a, err, errlen);
    if (r)
        return r;
    for (size_t i = 0; i < a->nthreads && !r; i++)
        for (size_t k = 0; k < a->threads[i].nsegs && !r; k++) {
            const struct weft_an_segment *g = &a->threads[i].segs[k];
            r = fn(arg, a->threads[i].id, g->start, g->end, weft_state_names[g->state], g->call);
        }
    weft_analysis_free(a);
    return r;
}
#else

/* Until the analyzer library lands: the same checks weft_trace_open documents. */
int weft__trace_open(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    struct stat st;
    *db = NULL;
    if (stat(path, &st) != 0) {
        int e = errno;
        snprintf(err, errlen, "%s: %s", path, strerror(e));
        return -e;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        return -EINVAL;
    }
    sqlite3 *d = NULL;
    if (sqlite3_open_v2(path, &d, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open: %s", path, d ? sqlite3_errmsg(d) : "out of memory");
        sqlite3_close(d);
        return -EIO;
    }
    sqlite3_stmt *st2 = NULL;
    int rc = sqlite3_prepare_v2(d, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st2, NULL);
    if (rc == SQLITE_NOTADB || (rc != SQLITE_OK && sqlite3_errcode(d) == SQLITE_NOTADB)) {
        snprintf(err, errlen, "%s: not a SQLite file (is it a weft trace.db?)", path);
        goto fail;
    }
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "%s: not a weft trace (%s)", path, sqlite3_errmsg(d));
        goto fail;
    }
    rc = sqlite3_step(st2);
    if (rc != SQLITE_ROW) {
        snprintf(err, errlen, "%s: not a weft trace (%s)", path,
                 rc == SQLITE_DONE ? "no schema_version" : sqlite3_errmsg(d));
        goto fail;
    }
    int version = sqlite3_column_int(st2, 0);
    if (version > 3) {
        snprintf(err, errlen, "%s was written by a newer weft (schema %d); upgrade weft", path, version);
        goto fail;
    }
    sqlite3_finalize(st2);
    *db = d;
    return 0;
fail:
    sqlite3_finalize(st2);
    sqlite3_close(d);
    return -EINVAL;
}

int weft__write_analysis(sqlite3 *db, int64_t base, struct weft_json *j)
{
    (void)db;
    (void)base;
    weft_json_key(j, "analysis");
    weft_json_null(j);
    weft_json_key(j, "analysis_note");
    weft_json_str(j, "analysis not built into this weft");
    weft_json_key(j, "states");
    weft_json_null(j);
    return 0;
}

int weft__each_state_segment(sqlite3 *db, weft__segment_fn fn, void *arg, char *err, size_t errlen)
{
    (void)db;
    (void)fn;
    (void)arg;
    (void)err;
    (void)errlen;
    return 1;
}
#endif
