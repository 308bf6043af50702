/* Loads the small tables of a trace (meta, calls, processes, threads, coroutines) into the analysis. */
#include "analysis_internal.h"
#include "weft_analysis.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int prepare(struct weft__an_ctx *c, const char *sql, sqlite3_stmt **st, const char *what)
{
    if (sqlite3_prepare_v2(c->db, sql, -1, st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, what);
    return 0;
}

static int64_t meta_int(const char *v, int64_t dflt)
{
    if (!v || !*v)
        return dflt;
    char *end;
    long long x = strtoll(v, &end, 10);
    return *end ? dflt : (int64_t)x;
}

int weft__an_load_meta(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    sqlite3_stmt *st;
    int rc = prepare(c, "SELECT key, value FROM meta", &st, "table meta");
    if (rc)
        return rc;
    int have_complete = 0;
    a->start_ns = a->end_ns = a->ncpus = a->io_threshold_ns = WEFT_AN_NULL;
    a->window_from_ns = a->window_to_ns = WEFT_AN_NULL;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(st, 0);
        const char *v = (const char *)sqlite3_column_text(st, 1);
        if (!k)
            continue;
        if (!strcmp(k, "complete")) {
            have_complete = 1;
            a->complete = v && !strcmp(v, "1");
        } else if (!strcmp(k, "incomplete_reason") && v && *v) {
            free(a->incomplete_reason);
            a->incomplete_reason = strdup(v);
        } else if (!strcmp(k, "dropped_events")) {
            a->dropped_events = meta_int(v, 0);
        } else if (!strcmp(k, "start_ns")) {
            a->start_ns = meta_int(v, WEFT_AN_NULL);
        } else if (!strcmp(k, "end_ns")) {
            a->end_ns = meta_int(v, WEFT_AN_NULL);
        } else if (!strcmp(k, "ncpus")) {
            a->ncpus = meta_int(v, WEFT_AN_NULL);
        } else if (!strcmp(k, "filter") && v) {
            c->filtered = 1;
            if (*v && weft__an_strv_push(&a->notes, &a->nnotes, weft__an_asprintf("analyzed only %s", v))) {
                sqlite3_finalize(st);
                return weft__an_err(c, -ENOMEM, "out of memory");
            }
        } else if (!strcmp(k, "io_threshold_ns")) {
            a->io_threshold_ns = meta_int(v, WEFT_AN_NULL);
        } else if (!strcmp(k, "window_from_ns")) {
            a->window_from_ns = meta_int(v, WEFT_AN_NULL);
        } else if (!strcmp(k, "window_to_ns")) {
            a->window_to_ns = meta_int(v, WEFT_AN_NULL);
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table meta");
    /* Counters kept per thread and per lock cover the whole run: a time window cannot split them. */
    a->whole_run_totals = a->window_from_ns != WEFT_AN_NULL || a->window_to_ns != WEFT_AN_NULL;
    char left[768];
    if (weft_trace_left_out(c->db, left, sizeof(left)) && !(a->left_out = strdup(left)))
        return weft__an_err(c, -ENOMEM, "out of memory");
    if (!have_complete) {
        /* The collector writes 'complete' last: without it the trace was cut short. */
        a->complete = 0;
        if (!a->incomplete_reason)
            a->incomplete_reason = strdup("the trace was not finished (meta has no 'complete')");
    } else if (!a->complete && !a->incomplete_reason) {
        a->incomplete_reason = strdup("the collector marked the trace incomplete");
    }
    if (a->ncpus != WEFT_AN_NULL && a->ncpus < 1)
        a->ncpus = WEFT_AN_NULL;
    return 0;
}

int weft__an_load_calls(struct weft__an_ctx *c)
{
    for (int i = 0; i < WEFT_CALL_MAX; i++)
        c->category[i] = weft__an_category_from_text(NULL, i);
    sqlite3_stmt *st;
    int rc = prepare(c, "SELECT id, category FROM calls", &st, "table calls");
    if (rc)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        if (id >= 0 && id < WEFT_CALL_MAX)
            c->category[id] =
                weft__an_category_from_text((const char *)sqlite3_column_text(st, 1), (int)id);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : weft__an_sql_err(c, "table calls");
}

int weft__an_load_processes(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    sqlite3_stmt *st;
    int rc = prepare(c,
                     "SELECT id, pid, ppid, exe, argv, start_ns, end_ns, exit_code, exit_signal "
                     "FROM processes ORDER BY id",
                     &st, "table processes");
    if (rc)
        return rc;
    size_t cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (a->nprocs == cap) {
            cap = cap ? cap * 2 : 16;
            void *n = realloc(a->procs, cap * sizeof(*a->procs));
            if (!n) {
                sqlite3_finalize(st);
                return weft__an_err(c, -ENOMEM, "out of memory");
            }
            a->procs = n;
        }
        struct weft_an_process *p = &a->procs[a->nprocs++];
        memset(p, 0, sizeof(*p));
        p->id = sqlite3_column_int64(st, 0);
        p->pid = sqlite3_column_int64(st, 1);
        p->ppid = weft__an_col_int(st, 2);
        p->exe = weft__an_col_text(st, 3);
        p->argv = weft__an_col_text(st, 4);
        p->start_ns = weft__an_col_int(st, 5);
        p->end_ns = weft__an_col_int(st, 6);
        p->exit_code = weft__an_col_int(st, 7);
        p->exit_signal = weft__an_col_int(st, 8);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : weft__an_sql_err(c, "table processes");
}

static const struct weft_an_process *find_process(const struct weft_analysis *a, int64_t id)
{
    long i = weft__an_find_id(a->procs, a->nprocs, sizeof(*a->procs), id);
    return i < 0 ? NULL : &a->procs[i];
}

int weft__an_check_index(struct weft__an_ctx *c)
{
    sqlite3_stmt *st;
    /* The collector builds the index last: a trace cut short may not have it. */
    if (sqlite3_prepare_v2(c->db,
                           "SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'event_rows') "
                           "AND name = 'events_thread_ts'",
                           -1, &st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, "the schema");
    c->has_index = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return 0;
}

/* Ends of the last event of each thread, for threads whose end the trace lacks. */
struct last_ends {
    sqlite3_stmt *by_thread; /* with the index: one thread at a time */
    struct weft__an_map all; /* without: one grouped scan, done at most once */
    int scanned;
};

/* End of the last event of a thread; 0 when none. */
static int64_t last_event_end(struct weft__an_ctx *c, struct last_ends *le, int64_t thread_id)
{
    if (c->has_index) {
        int64_t end = 0;
        sqlite3_reset(le->by_thread);
        sqlite3_bind_int64(le->by_thread, 1, thread_id);
        if (sqlite3_step(le->by_thread) == SQLITE_ROW)
            end = sqlite3_column_int64(le->by_thread, 0);
        return end;
    }
    if (!le->scanned) {
        le->scanned = 1;
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(c->db,
                               "SELECT thread_id, max(ts_ns + dur_ns) FROM events GROUP BY thread_id",
                               -1, &st, NULL) != SQLITE_OK)
            return 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            struct weft__an_map_entry *e =
                weft__an_map_get(&le->all, sqlite3_column_int64(st, 0), 0, 0);
            if (e)
                e->ns = (uint64_t)sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    const struct weft__an_map_entry *e = weft__an_map_find(&le->all, thread_id, 0, 0);
    return e ? (int64_t)e->ns : 0;
}

/*
 * A thread's lifetime ends at its recorded end; when that is unknown (the trace was
 * cut short) at its process's end, else the trace's end, and never before its last
 * event.
 */
static void set_lifetime(struct weft__an_ctx *c, struct weft_an_thread *t, struct last_ends *last)
{
    const struct weft_an_process *p = find_process(c->a, t->process_id);
    t->life_start = t->start_ns;
    /*
     * A process's main thread exists from the process's start, even when the tracer
     * first heard of it later (a forked child registers at its first traced call).
     */
    if (p && t->tid == p->pid && p->start_ns != WEFT_AN_NULL && p->start_ns < t->life_start)
        t->life_start = p->start_ns;
    int64_t end = t->end_ns;
    if (end == WEFT_AN_NULL && p && p->end_ns != WEFT_AN_NULL)
        end = p->end_ns;
    if (end == WEFT_AN_NULL && c->a->end_ns != WEFT_AN_NULL)
        end = c->a->end_ns;
    if (t->end_ns == WEFT_AN_NULL) {
        int64_t le = last_event_end(c, last, t->id);
        if (end == WEFT_AN_NULL || le > end)
            end = le;
    }
    if (end == WEFT_AN_NULL || end < t->life_start)
        end = t->life_start;
    t->life_end = end;
}

int weft__an_load_threads(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    sqlite3_stmt *st;
    struct last_ends last = {0};
    int rc = prepare(c,
                     "SELECT id, process_id, pid, tid, name, start_routine, creator_tid, start_ns, "
                     "end_ns, cpu_ns, dropped FROM threads ORDER BY id",
                     &st, "table threads");
    if (rc)
        return rc;
    rc = prepare(c,
                 "SELECT ts_ns + dur_ns FROM events WHERE thread_id = ?1 "
                 "ORDER BY ts_ns DESC LIMIT 1",
                 &last.by_thread, "table events");
    if (rc) {
        sqlite3_finalize(st);
        return rc;
    }
    size_t cap = 0;
    int64_t dropped = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (a->nthreads == cap) {
            cap = cap ? cap * 2 : 16;
            void *n = realloc(a->threads, cap * sizeof(*a->threads));
            if (!n) {
                rc = SQLITE_NOMEM;
                break;
            }
            a->threads = n;
        }
        struct weft_an_thread *t = &a->threads[a->nthreads++];
        memset(t, 0, sizeof(*t));
        t->id = sqlite3_column_int64(st, 0);
        t->process_id = sqlite3_column_int64(st, 1);
        t->pid = sqlite3_column_int64(st, 2);
        t->tid = sqlite3_column_int64(st, 3);
        t->name = weft__an_col_text(st, 4);
        t->start_routine = weft__an_col_text(st, 5);
        t->creator_tid = weft__an_col_int(st, 6);
        t->start_ns = sqlite3_column_int64(st, 7);
        t->end_ns = weft__an_col_int(st, 8);
        t->cpu_ns = weft__an_col_int(st, 9);
        t->dropped = sqlite3_column_int64(st, 10);
        t->runnable_ns = WEFT_AN_NULL;
        dropped += t->dropped;
        set_lifetime(c, t, &last);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(last.by_thread);
    weft__an_map_free(&last.all);
    if (rc == SQLITE_NOMEM)
        return weft__an_err(c, -ENOMEM, "out of memory");
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table threads");
    /* meta's count may predate the last threads' counts: trust the larger. */
    if (dropped > a->dropped_events)
        a->dropped_events = dropped;

    /* The run's window: the trace's own bounds, widened to every thread's lifetime. */
    for (size_t i = 0; i < a->nthreads; i++) {
        if (a->start_ns == WEFT_AN_NULL || a->threads[i].life_start < a->start_ns)
            a->start_ns = a->threads[i].life_start;
        if (a->end_ns == WEFT_AN_NULL || a->threads[i].life_end > a->end_ns)
            a->end_ns = a->threads[i].life_end;
    }
    if (a->start_ns == WEFT_AN_NULL)
        a->start_ns = 0;
    if (a->end_ns == WEFT_AN_NULL || a->end_ns < a->start_ns)
        a->end_ns = a->start_ns;
    a->wall_ns = a->end_ns - a->start_ns;
    return 0;
}

int weft__an_load_coroutines(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    sqlite3_stmt *st;
    int rc = prepare(c,
                     "SELECT id, process_id, pid, key, entry, name, created_tid, created_ns, "
                     "ended_ns FROM coroutines ORDER BY id",
                     &st, "table coroutines");
    if (rc)
        return rc;
    size_t cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (a->ncoros == cap) {
            cap = cap ? cap * 2 : 16;
            void *n = realloc(a->coros, cap * sizeof(*a->coros));
            if (!n) {
                rc = SQLITE_NOMEM;
                break;
            }
            a->coros = n;
        }
        struct weft_an_coroutine *k = &a->coros[a->ncoros++];
        memset(k, 0, sizeof(*k));
        k->id = sqlite3_column_int64(st, 0);
        k->process_id = sqlite3_column_int64(st, 1);
        k->pid = sqlite3_column_int64(st, 2);
        k->key = sqlite3_column_int64(st, 3);
        k->entry = weft__an_col_text(st, 4);
        k->name = weft__an_col_text(st, 5);
        k->created_tid = weft__an_col_int(st, 6);
        k->created_ns = weft__an_col_int(st, 7);
        k->ended_ns = weft__an_col_int(st, 8);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_NOMEM)
        return weft__an_err(c, -ENOMEM, "out of memory");
    return rc == SQLITE_DONE ? 0 : weft__an_sql_err(c, "table coroutines");
}
