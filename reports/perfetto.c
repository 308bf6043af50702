/* Writes a trace.db as Chrome Trace Event Format JSON: metadata, slices per thread, flow arrows. */
#include "perfetto.h"

#include "html/report_internal.h"
#include "json_writer.h"
#ifdef WEFT_REPORT_HAVE_ANALYSIS
#include "weft_analysis.h"
#endif

#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Output pids and tids must be unique per process image and thread row: exec keeps the
 * pid and tids can be reused, so later duplicates get synthetic ids above any real one. */
#define SYNTH_BASE 100000000

struct thr {
    int64_t id, process_id, tid, start, end;
    int64_t out_pid, out_tid;
};

struct proc {
    int64_t id, pid, out_pid, start, end;
};

struct ctx {
    sqlite3 *db;
    struct weft_json *j;
    int64_t base;
    struct thr *t;     /* sorted by (process_id, tid) */
    struct thr *by_id; /* the same rows sorted by id */
    size_t nt;
    struct proc *p;
    size_t np;
    int64_t next_flow;
    char **call_names; /* by call id */
    char **call_cats;
    int ncalls;
    char **kinds;
    int nkinds;
    int64_t state_thread; /* write_states: the thread whose state track is named */
};

static const struct proc *proc_by_id(const struct ctx *c, int64_t id)
{
    for (size_t i = 0; i < c->np; i++)
        if (c->p[i].id == id)
            return &c->p[i];
    return NULL;
}

static int thr_cmp(const void *a, const void *b)
{
    const struct thr *x = a, *y = b;
    if (x->process_id != y->process_id)
        return x->process_id < y->process_id ? -1 : 1;
    if (x->tid != y->tid)
        return x->tid < y->tid ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* First thread row of (process row, tid), by binary search over the sorted array. */
static const struct thr *thr_find(const struct ctx *c, int64_t process_id, int64_t tid)
{
    size_t lo = 0, hi = c->nt;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct thr *m = &c->t[mid];
        if (m->process_id < process_id || (m->process_id == process_id && m->tid < tid))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < c->nt && c->t[lo].process_id == process_id && c->t[lo].tid == tid)
        return &c->t[lo];
    return NULL;
}

static const struct thr *thr_by_id(const struct ctx *c, int64_t id)
{
    size_t lo = 0, hi = c->nt;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->by_id[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->nt && c->by_id[lo].id == id ? &c->by_id[lo] : NULL;
}

/* The main thread of a process image (tid == pid), else its first thread. */
static const struct thr *thr_main(const struct ctx *c, const struct proc *p)
{
    const struct thr *t = thr_find(c, p->id, p->pid);
    if (t)
        return t;
    for (size_t i = 0; i < c->nt; i++)
        if (c->t[i].process_id == p->id)
            return &c->t[i];
    return NULL;
}

/* Microseconds with three decimals, from trace-relative nanoseconds (exact, no float). */
static void ts_us(struct weft_json *j, int64_t ns)
{
    char buf[40];
    const char *sign = ns < 0 ? "-" : "";
    uint64_t u = ns < 0 ? (uint64_t)0 - (uint64_t)ns : (uint64_t)ns;
    snprintf(buf, sizeof(buf), "%s%" PRIu64 ".%03" PRIu64, sign, u / 1000, u % 1000);
    weft_json_raw(j, buf);
}

static void key_int(struct weft_json *j, const char *k, int64_t v)
{
    weft_json_key(j, k);
    weft_json_int(j, v);
}

static void key_str(struct weft_json *j, const char *k, const char *v)
{
    weft_json_key(j, k);
    weft_json_str(j, v);
}

static int load_names(struct ctx *c, const char *sql, char ***names, char ***cats, int *n)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    int cap = 256;
    *names = calloc((size_t)cap, sizeof(char *));
    if (cats)
        *cats = calloc((size_t)cap, sizeof(char *));
    *n = cap;
    if (!*names || (cats && !*cats)) {
        sqlite3_finalize(st);
        return -ENOMEM;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        int id = sqlite3_column_int(st, 0);
        if (id < 0 || id >= cap)
            continue;
        const char *s = (const char *)sqlite3_column_text(st, 1);
        (*names)[id] = s ? strdup(s) : NULL;
        if (cats) {
            const char *k = (const char *)sqlite3_column_text(st, 2);
            (*cats)[id] = k ? strdup(k) : NULL;
        }
    }
    sqlite3_finalize(st);
    return 0;
}

static void free_names(char **v, int n)
{
    if (!v)
        return;
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int load_procs_threads(struct ctx *c)
{
    sqlite3_stmt *st;
    size_t cap = 16;
    c->p = malloc(cap * sizeof(*c->p));
    if (!c->p || sqlite3_prepare_v2(c->db, "SELECT id, pid, start_ns, coalesce(end_ns, start_ns) FROM processes "
                                    "ORDER BY start_ns, id", -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (c->np == cap) {
            struct proc *np = realloc(c->p, (cap *= 2) * sizeof(*np));
            if (!np) {
                sqlite3_finalize(st);
                return -ENOMEM;
            }
            c->p = np;
        }
        struct proc *p = &c->p[c->np++];
        p->id = sqlite3_column_int64(st, 0);
        p->pid = sqlite3_column_int64(st, 1);
        p->start = sqlite3_column_int64(st, 2) - c->base;
        p->end = sqlite3_column_int64(st, 3) - c->base;
        p->out_pid = p->pid;
        for (size_t i = 0; i + 1 < c->np; i++)
            if (c->p[i].pid == p->pid)
                p->out_pid = SYNTH_BASE + p->id;
    }
    sqlite3_finalize(st);

    cap = 64;
    c->t = malloc(cap * sizeof(*c->t));
    if (!c->t || sqlite3_prepare_v2(c->db, "SELECT id, process_id, tid, start_ns, coalesce(end_ns, start_ns) "
                                    "FROM threads ORDER BY id", -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (c->nt == cap) {
            struct thr *nt = realloc(c->t, (cap *= 2) * sizeof(*nt));
            if (!nt) {
                sqlite3_finalize(st);
                return -ENOMEM;
            }
            c->t = nt;
        }
        struct thr *t = &c->t[c->nt++];
        t->id = sqlite3_column_int64(st, 0);
        t->process_id = sqlite3_column_int64(st, 1);
        t->tid = sqlite3_column_int64(st, 2);
        t->start = sqlite3_column_int64(st, 3) - c->base;
        t->end = sqlite3_column_int64(st, 4) - c->base;
        const struct proc *p = proc_by_id(c, t->process_id);
        t->out_pid = p ? p->out_pid : SYNTH_BASE + t->process_id;
        t->out_tid = t->tid;
        for (size_t i = 0; i + 1 < c->nt; i++)
            if (c->t[i].process_id == t->process_id && c->t[i].tid == t->tid)
                t->out_tid = SYNTH_BASE + t->id;
    }
    sqlite3_finalize(st);
    c->by_id = malloc((c->nt ? c->nt : 1) * sizeof(*c->by_id));
    if (!c->by_id)
        return -ENOMEM;
    memcpy(c->by_id, c->t, c->nt * sizeof(*c->t));
    qsort(c->t, c->nt, sizeof(*c->t), thr_cmp);
    return 0;
}

/* process_name / thread_name (and sort order) metadata events. */
static void write_metadata(struct ctx *c)
{
    struct weft_json *j = c->j;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT id, pid, exe, argv FROM processes ORDER BY id", -1, &st, NULL) ==
        SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const struct proc *p = proc_by_id(c, sqlite3_column_int64(st, 0));
            const char *exe = (const char *)sqlite3_column_text(st, 2);
            const char *slash = exe ? strrchr(exe, '/') : NULL;
            char name[512];
            snprintf(name, sizeof(name), "%s (pid %" PRId64 ")", slash ? slash + 1 : exe ? exe : "process",
                     (int64_t)sqlite3_column_int64(st, 1));
            weft_json_obj_begin(j);
            key_str(j, "ph", "M");
            key_str(j, "name", "process_name");
            key_int(j, "pid", p->out_pid);
            key_int(j, "tid", 0);
            weft_json_key(j, "args");
            weft_json_obj_begin(j);
            key_str(j, "name", name);
            key_str(j, "exe", exe);
            key_str(j, "argv", (const char *)sqlite3_column_text(st, 3));
            weft_json_obj_end(j);
            weft_json_obj_end(j);
        }
        sqlite3_finalize(st);
    }
    if (sqlite3_prepare_v2(c->db, "SELECT id, name, start_routine, tid FROM threads ORDER BY id", -1, &st, NULL) ==
        SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const struct thr *t = thr_by_id(c, sqlite3_column_int64(st, 0));
            const char *nm = (const char *)sqlite3_column_text(st, 1);
            const char *sr = (const char *)sqlite3_column_text(st, 2);
            char name[512];
            if (sr && nm)
                snprintf(name, sizeof(name), "%s (%s)", nm, sr);
            else
                snprintf(name, sizeof(name), "%s", nm ? nm : sr ? sr : "thread");
            weft_json_obj_begin(j);
            key_str(j, "ph", "M");
            key_str(j, "name", "thread_name");
            key_int(j, "pid", t->out_pid);
            key_int(j, "tid", t->out_tid);
            weft_json_key(j, "args");
            weft_json_obj_begin(j);
            key_str(j, "name", name);
            weft_json_obj_end(j);
            weft_json_obj_end(j);
        }
        sqlite3_finalize(st);
    }
}

static void write_event(struct ctx *c, sqlite3_stmt *st, const struct thr *t, const char *ph, int64_t ts,
                        int64_t dur, int with_args)
{
    struct weft_json *j = c->j;
    int call = sqlite3_column_int(st, 3);
    const char *name = call >= 0 && call < c->ncalls ? c->call_names[call] : NULL;
    const char *cat = call >= 0 && call < c->ncalls ? c->call_cats[call] : NULL;
    weft_json_obj_begin(j);
    key_str(j, "ph", ph);
    key_str(j, "name", name ? name : "call");
    key_str(j, "cat", cat ? cat : "weft");
    key_int(j, "pid", t->out_pid);
    key_int(j, "tid", t->out_tid);
    weft_json_key(j, "ts");
    ts_us(j, ts);
    if (!strcmp(ph, "X")) {
        weft_json_key(j, "dur");
        ts_us(j, dur);
    } else if (!strcmp(ph, "i")) {
        key_str(j, "s", "t");
    } else {
        /* Async slices pair by (cat, id); the event row id is unique. */
        key_int(j, "id", sqlite3_column_int64(st, 0));
    }
    if (with_args) {
        weft_json_key(j, "args");
        weft_json_obj_begin(j);
        key_int(j, "event_id", sqlite3_column_int64(st, 0));
        int fd = sqlite3_column_int(st, 5);
        if (fd > 0 && fd < c->nkinds && c->kinds[fd])
            key_str(j, "fd_kind", c->kinds[fd]);
        static const struct {
            int col;
            const char *key;
        } ints[] = {{6, "obj"}, {7, "obj2"}, {8, "ret"}, {9, "errno"}, {10, "holder_tid"}, {11, "coroutine_id"}};
        for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
            if (sqlite3_column_type(st, ints[i].col) != SQLITE_NULL &&
                (ints[i].col != 9 || sqlite3_column_int(st, 9) != 0))
                key_int(j, ints[i].key, sqlite3_column_int64(st, ints[i].col));
        if (sqlite3_column_type(st, 12) != SQLITE_NULL)
            key_str(j, "detail", (const char *)sqlite3_column_text(st, 12));
        if (sqlite3_column_type(st, 13) != SQLITE_NULL)
            key_str(j, "site", (const char *)sqlite3_column_text(st, 13));
        weft_json_obj_end(j);
    }
    weft_json_obj_end(j);
}

static int write_events(struct ctx *c)
{
    sqlite3_stmt *st;
    const char *sql =
        "SELECT e.id, e.thread_id, e.ts_ns, e.call, e.dur_ns, e.fd_kind, e.obj, e.obj2, e.ret, e.errno, "
        "e.holder_tid, e.coroutine_id, e.detail, "
        "CASE WHEN s.file IS NOT NULL THEN s.file || ':' || coalesce(s.line, '?') || coalesce(' (' || s.symbol || ')', '') "
        "     ELSE coalesce(s.symbol, s.module || '+' || printf('0x%x', s.offset)) END "
        "FROM events e LEFT JOIN sites s ON s.id = e.site_id ORDER BY e.thread_id, e.ts_ns, e.id";
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    int64_t cur_thread = INT64_MIN, slice_end = INT64_MIN;
    const struct thr *t = NULL;
    struct thr orphan = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t th = sqlite3_column_int64(st, 1);
        if (th != cur_thread) {
            cur_thread = th;
            slice_end = INT64_MIN;
            t = thr_by_id(c, th);
            if (!t) {
                /* An event of a thread row that is missing still counts: give it a track. */
                orphan.out_pid = SYNTH_BASE;
                orphan.out_tid = SYNTH_BASE + th;
                t = &orphan;
            }
        }
        int64_t ts = sqlite3_column_int64(st, 2) - c->base, dur = sqlite3_column_int64(st, 4);
        if (dur <= 0) {
            write_event(c, st, t, "i", ts, 0, 1);
        } else if (ts >= slice_end) {
            write_event(c, st, t, "X", ts, dur, 1);
            slice_end = ts + dur;
        } else {
            /* Overlaps the previous slice (a coroutine's call inside a thread's wait, or clock
             * skew): complete events on one thread must nest, so make it async. */
            write_event(c, st, t, "b", ts, dur, 1);
            write_event(c, st, t, "e", ts + dur, 0, 0);
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -EIO;
}

/* The state track of each thread: tids above every real and synthetic thread's. */
#define STATE_TID_BASE (2 * SYNTH_BASE)

/* Emits one state segment (weft__segment_fn) as a slice on its thread's state track, named by
 * the thread first. */
static int state_slice(void *arg, int64_t thread_id, int64_t start, int64_t end, const char *state, int call)
{
    struct ctx *c = arg;
    struct weft_json *j = c->j;
    const struct thr *t = thr_by_id(c, thread_id);
    if (!t)
        return 0;
    if (thread_id != c->state_thread) {
        char name[64];
        snprintf(name, sizeof(name), "tid %" PRId64 " states (weft analyze)", t->tid);
        c->state_thread = thread_id;
        weft_json_obj_begin(j);
        key_str(j, "ph", "M");
        key_str(j, "name", "thread_name");
        key_int(j, "pid", t->out_pid);
        key_int(j, "tid", STATE_TID_BASE + thread_id);
        weft_json_key(j, "args");
        weft_json_obj_begin(j);
        key_str(j, "name", name);
        weft_json_obj_end(j);
        weft_json_obj_end(j);
    }
    weft_json_obj_begin(j);
    key_str(j, "ph", "X");
    key_str(j, "name", state);
    key_str(j, "cat", "weft.state");
    key_int(j, "pid", t->out_pid);
    key_int(j, "tid", STATE_TID_BASE + thread_id);
    weft_json_key(j, "ts");
    ts_us(j, start - c->base);
    weft_json_key(j, "dur");
    ts_us(j, end - start);
    if (call >= 0 && call < c->ncalls && c->call_names[call]) {
        weft_json_key(j, "args");
        weft_json_obj_begin(j);
        key_str(j, "call", c->call_names[call]);
        weft_json_obj_end(j);
    }
    weft_json_obj_end(j);
    return weft_json_error(j);
}

/*
 * Each thread's states as weft analyze counts them, one slice per segment on a track of its
 * own (the thread's call slices may cross segment bounds, so they cannot share one track).
 * When the analysis cannot run, the export keeps the calls and leaves the states out.
 */
static int write_states(struct ctx *c)
{
    char err[256];
    c->state_thread = INT64_MIN;
    int r = weft__each_state_segment(c->db, state_slice, c, err, sizeof(err));
    if (r > 0 || (r < 0 && r != -ENOMEM && !weft_json_error(c->j)))
        return 0; /* no analyzer, or it failed on this trace */
    return r;
}

/* One flow arrow: "s" at the source, "f" at the target.  An arrow that ends where a call
 * returned binds to that call's slice ("bp":"e" a nanosecond before its end); one that ends
 * where a thread or process started binds to the next slice there. */
enum flow_to { TO_START, TO_END };
static void flow(struct ctx *c, const char *name, const struct thr *from, int64_t from_ts, const struct thr *to,
                 int64_t to_ts, enum flow_to how)
{
    if (!from || !to)
        return;
    struct weft_json *j = c->j;
    int64_t id = ++c->next_flow;
    for (int k = 0; k < 2; k++) {
        const struct thr *t = k ? to : from;
        weft_json_obj_begin(j);
        key_str(j, "ph", k ? "f" : "s");
        if (k && how == TO_END)
            key_str(j, "bp", "e");
        key_str(j, "name", name);
        key_str(j, "cat", "weft.flow");
        key_int(j, "id", id);
        key_int(j, "pid", t->out_pid);
        key_int(j, "tid", t->out_tid);
        weft_json_key(j, "ts");
        ts_us(j, k ? (how == TO_END ? to_ts - 1 : to_ts) : from_ts);
        weft_json_obj_end(j);
    }
}

/* Runs sql and calls fn for each row. */
static int each_row(struct ctx *c, const char *sql, void (*fn)(struct ctx *, sqlite3_stmt *))
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fn(c, st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -EIO;
}

static void flow_create(struct ctx *c, sqlite3_stmt *st)
{
    const struct thr *child = thr_by_id(c, sqlite3_column_int64(st, 0));
    if (!child)
        return;
    flow(c, "thread create", thr_find(c, child->process_id, sqlite3_column_int64(st, 1)), child->start, child,
         child->start, TO_START);
}

static void flow_contention(struct ctx *c, sqlite3_stmt *st)
{
    const struct thr *waiter = thr_by_id(c, sqlite3_column_int64(st, 0));
    if (!waiter)
        return;
    int64_t at = sqlite3_column_int64(st, 2) - c->base;
    flow(c, "lock handoff", thr_find(c, waiter->process_id, sqlite3_column_int64(st, 1)), at, waiter, at, TO_END);
}

static void flow_join(struct ctx *c, sqlite3_stmt *st)
{
    const struct thr *joiner = thr_by_id(c, sqlite3_column_int64(st, 0));
    if (!joiner)
        return;
    const struct thr *joined = thr_find(c, joiner->process_id, sqlite3_column_int64(st, 1));
    if (joined)
        flow(c, "join", joined, joined->end, joiner, sqlite3_column_int64(st, 2) - c->base, TO_END);
}

static void flow_fork(struct ctx *c, sqlite3_stmt *st)
{
    const struct proc *child = proc_by_id(c, sqlite3_column_int64(st, 0));
    const struct proc *parent = proc_by_id(c, sqlite3_column_int64(st, 1));
    if (!child || !parent)
        return;
    const struct thr *from = sqlite3_column_type(st, 2) != SQLITE_NULL ? thr_by_id(c, sqlite3_column_int64(st, 2))
                                                                       : thr_main(c, parent);
    int64_t at = sqlite3_column_type(st, 3) != SQLITE_NULL ? sqlite3_column_int64(st, 3) - c->base : child->start;
    flow(c, "fork", from, at, thr_main(c, child), child->start, TO_START);
}

static void flow_exec(struct ctx *c, sqlite3_stmt *st)
{
    const struct proc *img = proc_by_id(c, sqlite3_column_int64(st, 0));
    const struct proc *old = proc_by_id(c, sqlite3_column_int64(st, 1));
    if (img && old)
        flow(c, "exec", thr_main(c, old), old->end, thr_main(c, img), img->start, TO_START);
}

static void flow_wait(struct ctx *c, sqlite3_stmt *st)
{
    const struct proc *child = proc_by_id(c, sqlite3_column_int64(st, 1));
    const struct thr *waiter = thr_by_id(c, sqlite3_column_int64(st, 0));
    if (child && waiter)
        flow(c, "wait", thr_main(c, child), child->end, waiter, sqlite3_column_int64(st, 2) - c->base, TO_END);
}

/* A coroutine: its identity in its process and the name its track gets. */
struct coro {
    int64_t id, process_id, key;
    char name[128];
};

static int coro_cmp(const void *a, const void *b)
{
    const struct coro *x = a, *y = b;
    if (x->process_id != y->process_id)
        return x->process_id < y->process_id ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

static const struct coro *coro_find(const struct coro *v, size_t n, int64_t process_id, int64_t key)
{
    struct coro k = {.process_id = process_id, .key = key};
    return bsearch(&k, v, n, sizeof(*v), coro_cmp);
}

/* One async slice on the coroutine's track (same cat and id = one track per coroutine). */
static void coro_slice_named(struct ctx *c, const struct coro *co, const struct thr *t, int64_t from,
                             int64_t to, const char *name)
{
    for (int k = 0; k < 2; k++) {
        weft_json_obj_begin(c->j);
        key_str(c->j, "ph", k ? "e" : "b");
        key_str(c->j, "cat", "coroutine");
        key_str(c->j, "name", name);
        key_int(c->j, "id", co->id);
        key_int(c->j, "pid", t->out_pid);
        key_int(c->j, "tid", t->out_tid);
        weft_json_key(c->j, "ts");
        ts_us(c->j, k ? to : from);
        weft_json_obj_end(c->j);
    }
}

static void coro_slice(struct ctx *c, const struct coro *co, const struct thr *t, int64_t from, int64_t to)
{
    coro_slice_named(c, co, t, from, to, co->name);
}

/* When each coroutine ran: from a switch to it until the next switch on that thread, drawn
 * as async slices so that Perfetto shows a track per coroutine under its process. */
static int write_coroutines(struct ctx *c)
{
    sqlite3_stmt *st;
    struct coro *v = NULL;
    size_t n = 0, cap = 0;
    if (sqlite3_prepare_v2(c->db, "SELECT id, process_id, key, coalesce(name, entry), printf('0x%x', key) "
                           "FROM coroutines", -1, &st, NULL) != SQLITE_OK)
        return -EINVAL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            struct coro *nv = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof(*v));
            if (!nv) {
                free(v);
                sqlite3_finalize(st);
                return -ENOMEM;
            }
            v = nv;
        }
        struct coro *co = &v[n++];
        co->id = sqlite3_column_int64(st, 0);
        co->process_id = sqlite3_column_int64(st, 1);
        co->key = sqlite3_column_int64(st, 2);
        const char *nm = (const char *)sqlite3_column_text(st, 3);
        snprintf(co->name, sizeof(co->name), "coroutine %s%s%s", (const char *)sqlite3_column_text(st, 4),
                 nm ? " " : "", nm ? nm : "");
    }
    sqlite3_finalize(st);
    if (!n)
        return 0;
    qsort(v, n, sizeof(*v), coro_cmp);
    if (sqlite3_prepare_v2(c->db, "SELECT e.thread_id, e.ts_ns, e.dur_ns, k.name, e.obj2, e.obj, e.ret FROM events e "
                           "JOIN calls k ON k.id = e.call WHERE k.category = 'coro' "
                           "AND k.name NOT IN ('makecontext', 'coro_create', 'getcontext') "
                           "ORDER BY e.thread_id, e.ts_ns, e.id", -1, &st, NULL) != SQLITE_OK) {
        free(v);
        return -EINVAL;
    }
    const struct thr *t = NULL;
    const struct coro *cur = NULL;
    int64_t tin = 0, th = INT64_MIN;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (sqlite3_column_int64(st, 0) != th) {
            if (cur && t)
                coro_slice(c, cur, t, tin, t->end);
            cur = NULL;
            th = sqlite3_column_int64(st, 0);
            t = thr_by_id(c, th);
        }
        if (!t)
            continue;
        int64_t ts = sqlite3_column_int64(st, 1) - c->base;
        if (cur)
            coro_slice(c, cur, t, tin, ts);
        const char *call = (const char *)sqlite3_column_text(st, 3);
        cur = NULL;
        if (call && !strcmp(call, "coro_spans")) {
            /* Spans under the threshold, aggregated: one slice over the window says how many. */
            const struct coro *co = coro_find(v, n, t->process_id, sqlite3_column_int64(st, 5));
            char name[sizeof(co->name) + 96];
            if (co) {
                snprintf(name, sizeof(name), "%s: %lld short spans, %.1f us (aggregated)", co->name,
                         (long long)sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 6) / 1e3);
                coro_slice_named(c, co, t, ts, ts + sqlite3_column_int64(st, 2), name);
            }
            tin = ts + sqlite3_column_int64(st, 2);
            continue;
        }
        if (sqlite3_column_type(st, 4) != SQLITE_NULL && call && strcmp(call, "coro_exit"))
            cur = coro_find(v, n, t->process_id, sqlite3_column_int64(st, 4));
        tin = ts + sqlite3_column_int64(st, 2);
    }
    if (cur && t)
        coro_slice(c, cur, t, tin, t->end);
    sqlite3_finalize(st);
    free(v);
    return rc == SQLITE_DONE ? 0 : -EIO;
}

static int write_flows(struct ctx *c)
{
    int r = 0;
    r |= each_row(c, "SELECT id, creator_tid FROM threads WHERE creator_tid IS NOT NULL", flow_create);
    r |= each_row(c, "SELECT thread_id, holder_tid, ts_ns + dur_ns FROM events WHERE holder_tid IS NOT NULL",
                  flow_contention);
    r |= each_row(c, "SELECT thread_id, obj, ts_ns + dur_ns FROM events e JOIN calls k ON k.id = e.call "
                     "WHERE k.category = 'join' AND obj > 0", flow_join);
    /* The fork-like call in the parent whose obj is the child's pid, when recorded. */
    r |= each_row(c, "SELECT p.id, p.parent_id, "
                     " (SELECT e.thread_id FROM events e JOIN calls k ON k.id = e.call WHERE k.category = 'proc' "
                     "  AND e.process_id = p.parent_id AND e.obj = p.pid ORDER BY e.ts_ns LIMIT 1), "
                     " (SELECT e.ts_ns FROM events e JOIN calls k ON k.id = e.call WHERE k.category = 'proc' "
                     "  AND e.process_id = p.parent_id AND e.obj = p.pid ORDER BY e.ts_ns LIMIT 1) "
                     "FROM processes p WHERE p.parent_id IS NOT NULL AND p.exec_from IS NULL", flow_fork);
    r |= each_row(c, "SELECT id, exec_from FROM processes WHERE exec_from IS NOT NULL", flow_exec);
    /* A reaped child: its last image (the one nothing exec'd from) with that pid. */
    r |= each_row(c, "SELECT e.thread_id, (SELECT p.id FROM processes p WHERE p.pid = e.ret "
                     " AND NOT EXISTS (SELECT 1 FROM processes q WHERE q.exec_from = p.id) "
                     " ORDER BY p.start_ns DESC LIMIT 1), e.ts_ns + e.dur_ns "
                     "FROM events e JOIN calls k ON k.id = e.call WHERE k.category = 'child' AND e.ret > 0",
                  flow_wait);
    return r;
}

int weft_report_perfetto(const char *trace_path, const char *out_path, char *err, size_t errlen)
{
    sqlite3 *db;
    struct weft_out out;
    struct ctx c;
    memset(&c, 0, sizeof(c));
    if (weft__same_file(trace_path, out_path)) {
        snprintf(err, errlen, "%s: the output would replace the trace; choose another -o", out_path);
        return -EINVAL;
    }
    int r = weft__trace_open(trace_path, &db, err, errlen);
    if (r)
        return r;
    c.db = db;
    int64_t end;
    weft__trace_bounds(db, &c.base, &end);
    if (load_names(&c, "SELECT id, name, category FROM calls", &c.call_names, &c.call_cats, &c.ncalls) ||
        load_names(&c, "SELECT id, name FROM fd_kinds", &c.kinds, NULL, &c.nkinds) || load_procs_threads(&c)) {
        snprintf(err, errlen, "%s: not a readable weft trace (%s)", trace_path, sqlite3_errmsg(db));
        r = -EINVAL;
        goto done;
    }
    if ((r = weft_out_open(&out, out_path, err, errlen)))
        goto done;
    struct weft_json j;
    weft_json_init(&j, out.f, 0);
    c.j = &j;
    weft_json_obj_begin(&j);
    key_str(&j, "displayTimeUnit", "ns");
    weft_json_key(&j, "otherData");
    weft_json_obj_begin(&j);
    key_str(&j, "producer", "weft");
    key_str(&j, "trace", trace_path);
    key_int(&j, "base_ns", c.base);
#ifdef WEFT_REPORT_HAVE_ANALYSIS
    char left[768];
    if (weft_trace_left_out(db, left, sizeof(left)))
        key_str(&j, "left_out", left); /* a bounded trace: what it left out */
#endif
    weft_json_obj_end(&j);
    weft_json_key(&j, "traceEvents");
    weft_json_arr_begin(&j);
    write_metadata(&c);
    r = write_events(&c);
    if (!r)
        r = write_flows(&c);
    if (!r)
        r = write_coroutines(&c);
    if (!r)
        r = write_states(&c);
    weft_json_arr_end(&j);
    weft_json_obj_end(&j);
    fputc('\n', out.f);
    if (r) {
        snprintf(err, errlen, "%s: reading events: %s", trace_path, sqlite3_errmsg(db));
        weft_out_abort(&out);
        goto done;
    }
    r = weft_out_commit(&out, err, errlen);
done:
    free_names(c.call_names, c.ncalls);
    free_names(c.call_cats, c.ncalls);
    free_names(c.kinds, c.nkinds);
    free(c.t);
    free(c.by_id);
    free(c.p);
    sqlite3_close(db);
    return r;
}
