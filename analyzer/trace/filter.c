/* A time window and a process filter over an open trace, as TEMP views that shadow its tables for every later query. */
#include "analysis_internal.h"
#include "weft_analysis.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * SQLite resolves an unqualified table name in the temp schema first: a TEMP VIEW named
 * "events" is what every later "FROM events" on this connection reads, so the analysis,
 * the HTML timeline and the Perfetto export see the same filtered trace without a second
 * set of rules.  Lifetimes and events are clipped to the window; call_counts' total_ns is
 * scaled by the share of the thread's life inside it (short calls carry no time stamps).
 */
static const char *const views[] = {
    "CREATE TEMP VIEW processes AS SELECT id, pid, ppid, parent_id, exec_from, exe, argv, "
    " max(start_ns, (SELECT w0 FROM weft_win)) AS start_ns, "
    " CASE WHEN end_ns IS NULL THEN NULL ELSE min(end_ns, (SELECT w1 FROM weft_win)) END AS end_ns, "
    " exit_code, exit_signal FROM main.processes WHERE id IN (SELECT id FROM weft_procs)",
    "CREATE TEMP TABLE weft_threads AS SELECT t.id FROM main.threads t "
    " WHERE t.process_id IN (SELECT id FROM weft_procs) AND t.start_ns < (SELECT w1 FROM weft_win) "
    " AND coalesce(t.end_ns, (SELECT w1 FROM weft_win)) > (SELECT w0 FROM weft_win)",
    "CREATE TEMP VIEW threads AS SELECT id, process_id, pid, tid, name, start_routine, creator_tid, "
    " max(start_ns, (SELECT w0 FROM weft_win)) AS start_ns, "
    " CASE WHEN end_ns IS NULL THEN NULL ELSE min(end_ns, (SELECT w1 FROM weft_win)) END AS end_ns, "
    " cpu_ns, dropped FROM main.threads WHERE id IN (SELECT id FROM weft_threads)",
    "CREATE TEMP VIEW events AS SELECT id, max(ts_ns, (SELECT w0 FROM weft_win)) AS ts_ns, "
    " max(0, min(ts_ns + dur_ns, (SELECT w1 FROM weft_win)) - max(ts_ns, (SELECT w0 FROM weft_win))) AS dur_ns, "
    " process_id, pid, tid, thread_id, coroutine_id, call, fd_kind, obj, obj2, ret, errno, holder_tid, "
    " site_id, detail FROM main.events WHERE thread_id IN (SELECT id FROM weft_threads) "
    " AND ts_ns < (SELECT w1 FROM weft_win) AND ts_ns + dur_ns >= (SELECT w0 FROM weft_win)",
    "CREATE TEMP VIEW call_counts AS SELECT c.thread_id, c.call, c.count, "
    " CAST(c.total_ns * coalesce((SELECT CASE WHEN coalesce(t.end_ns, w.w1) > t.start_ns THEN "
    "  1.0 * (min(coalesce(t.end_ns, w.w1), w.w1) - max(t.start_ns, w.w0)) / (coalesce(t.end_ns, w.w1) - t.start_ns) "
    "  END FROM main.threads t, weft_win w WHERE t.id = c.thread_id), 1.0) AS INTEGER) AS total_ns, "
    " c.max_ns, c.errors, c.bytes, c.recorded FROM main.call_counts c "
    " WHERE c.thread_id IN (SELECT id FROM weft_threads)",
    "CREATE TEMP VIEW coroutines AS SELECT * FROM main.coroutines WHERE process_id IN (SELECT id FROM weft_procs)",
    "CREATE TEMP VIEW locks AS SELECT * FROM main.locks WHERE process_id IN (SELECT id FROM weft_procs)",
    "CREATE TEMP VIEW lock_order AS SELECT * FROM main.lock_order WHERE thread_id IN (SELECT id FROM weft_threads)",
    "CREATE TEMP VIEW meta AS SELECT key, CASE key "
    " WHEN 'start_ns' THEN CAST(max(CAST(value AS INTEGER), (SELECT w0 FROM weft_win)) AS TEXT) "
    " WHEN 'end_ns' THEN CAST(min(CAST(value AS INTEGER), (SELECT w1 FROM weft_win)) AS TEXT) "
    " ELSE value END AS value FROM main.meta "
    " UNION ALL SELECT 'filter', (SELECT what FROM weft_win) "
    " UNION ALL SELECT 'trace_start_ns', value FROM main.meta WHERE key = 'start_ns' "
    " UNION ALL SELECT 'window_from_ns', w0 FROM weft_win WHERE w0 > -4611686018427387904 "
    " UNION ALL SELECT 'window_to_ns', w1 FROM weft_win WHERE w1 < 4611686018427387903",
};

static int exec(sqlite3 *db, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return 0;
    snprintf(err, errlen, "cannot filter the trace: %s", msg ? msg : "unknown error");
    sqlite3_free(msg);
    return -EIO;
}

int weft_trace_filter(sqlite3 *db, const struct weft_trace_filter *f, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    int64_t start = 0, kept_from = 0, stopped = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'start_ns'), "
                           "(SELECT min(start_ns) FROM main.processes), "
                           "(SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'kept_from_ns'), "
                           "(SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'stopped_ns')",
                           -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot filter the trace: %s", sqlite3_errmsg(db));
        return -EIO;
    }
    if (sqlite3_step(st) == SQLITE_ROW) {
        start = sqlite3_column_type(st, 0) != SQLITE_NULL ? sqlite3_column_int64(st, 0) : sqlite3_column_int64(st, 1);
        kept_from = sqlite3_column_int64(st, 2);
        stopped = sqlite3_column_int64(st, 3);
    }
    sqlite3_finalize(st);
    /* A bounded trace: before kept_from (flight recorder) and after stopped, nothing is known. */
    if (!f->has_from && !f->has_to && !f->npids && !f->nexes && kept_from <= 0 && stopped <= 0)
        return 0;
    int64_t w0 = f->has_from ? start + (int64_t)(f->from_s * 1e9) : INT64_MIN / 2;
    int64_t w1 = f->has_to ? start + (int64_t)(f->to_s * 1e9) : INT64_MAX / 2;
    if (f->has_from && f->has_to && w1 <= w0) {
        snprintf(err, errlen, "--to (%.3f s) must be later than --from (%.3f s)", f->to_s, f->from_s);
        return -EINVAL;
    }
    if (kept_from > w0)
        w0 = kept_from;
    if (stopped > 0 && stopped < w1)
        w1 = stopped;
    if (w1 <= w0) {
        char to[48] = "the end";
        if (stopped > 0)
            snprintf(to, sizeof(to), "%.3f s", (double)(stopped - start) / 1e9);
        snprintf(err, errlen, "nothing of the window asked for is in this bounded trace: it holds %.3f s to %s",
                 (double)(kept_from > start ? kept_from - start : 0) / 1e9, to);
        return -EINVAL;
    }
    /* The description a note shows: what was kept. */
    char what[512];
    size_t off = 0;
    what[0] = '\0';
    if (f->has_to)
        off = (size_t)snprintf(what, sizeof(what), "%.3f s to %.3f s of the trace", f->has_from ? f->from_s : 0.0,
                               f->to_s);
    else if (f->has_from)
        off = (size_t)snprintf(what, sizeof(what), "from %.3f s to the end of the trace", f->from_s);
    for (size_t i = 0; i < f->npids && off < sizeof(what); i++)
        off += (size_t)snprintf(what + off, sizeof(what) - off, "%spid %ld", off ? (i ? ", " : "; ") : "",
                                f->pids[i]);
    for (size_t i = 0; i < f->nexes && off < sizeof(what); i++)
        off += (size_t)snprintf(what + off, sizeof(what) - off, "%sexe %s", off ? ((i || f->npids) ? ", " : "; ") : "",
                                f->exes[i]);
    if (exec(db, "CREATE TEMP TABLE weft_win (w0 INTEGER, w1 INTEGER, what TEXT); "
                 "CREATE TEMP TABLE weft_pick (pid INTEGER, exe TEXT)", err, errlen))
        return -EIO;
    if (sqlite3_prepare_v2(db, "INSERT INTO weft_win VALUES (?1, ?2, ?3)", -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot filter the trace: %s", sqlite3_errmsg(db));
        return -EIO;
    }
    sqlite3_bind_int64(st, 1, w0);
    sqlite3_bind_int64(st, 2, w1);
    sqlite3_bind_text(st, 3, what, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(db, "INSERT INTO weft_pick VALUES (?1, ?2)", -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot filter the trace: %s", sqlite3_errmsg(db));
        return -EIO;
    }
    for (size_t i = 0; i < f->npids; i++) {
        sqlite3_bind_int64(st, 1, f->pids[i]);
        sqlite3_bind_null(st, 2);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    for (size_t i = 0; i < f->nexes; i++) {
        sqlite3_bind_null(st, 1);
        sqlite3_bind_text(st, 2, f->exes[i], -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    /* A process is kept when it matches any --pid or --exe (its path or its base name). */
    int r = exec(db,
                 "CREATE TEMP TABLE weft_procs AS SELECT p.id FROM main.processes p, weft_win w "
                 "WHERE p.start_ns < w.w1 AND coalesce(p.end_ns, w.w1) >= w.w0 AND "
                 "((SELECT count(*) FROM weft_pick) = 0 OR EXISTS (SELECT 1 FROM weft_pick k WHERE "
                 " k.pid = p.pid OR k.exe = p.exe OR "
                 " (p.exe IS NOT NULL AND k.exe = replace(p.exe, rtrim(p.exe, replace(p.exe, '/', '')), ''))))",
                 err, errlen);
    for (size_t i = 0; !r && i < sizeof(views) / sizeof(views[0]); i++)
        r = exec(db, views[i], err, errlen);
    return r;
}
