/* The one streaming pass over events (by thread, then time): thread and coroutine states, running gaps, lock waits. */
#include "analysis_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* I/O states refined by fd kind, in this order in per-call tables. */
static const enum weft_state io_states[3] = {WEFT_ST_FILE_IO, WEFT_ST_NET_IO, WEFT_ST_IPC_IO};

/* What the pass keeps for the thread it is in; reset per thread. */
struct tpass {
    struct weft_an_thread *t;
    int64_t cursor;                           /* end of the time already attributed */
    uint64_t gap_ns;                          /* time between waits (running or unexplained) */
    double *tb;                               /* this thread's gap ns per profile bucket */
    size_t lo, hi;                            /* touched bucket range [lo, hi) */
    uint64_t ev_ns[WEFT_CALL_MAX];            /* recorded event time per call */
    uint64_t ev_io_ns[WEFT_CALL_MAX][3];      /* recorded I/O time per call and io state */
    int64_t coro;                             /* index+1 of the running coroutine, 0 none */
    int64_t coro_since;
};

struct pass {
    struct weft__an_ctx *c;
    struct tpass tp;
    struct weft__an_map coro_keys; /* (process, key) -> coroutine index+1 */
    double g0, width;           /* profile: start and bucket width (ns) */
    sqlite3_stmt *counts;
    uint64_t orphans;
};

static void add_gap(struct pass *p, int64_t s, int64_t e)
{
    if (e <= s)
        return;
    p->tp.gap_ns += (uint64_t)(e - s);
    if (p->width <= 0)
        return;
    double fs = ((double)s - p->g0) / p->width, fe = ((double)e - p->g0) / p->width;
    if (fs < 0)
        fs = 0;
    if (fe > WEFT__BUCKETS)
        fe = WEFT__BUCKETS;
    if (fe <= fs)
        return;
    size_t bs = (size_t)fs, be = (size_t)fe;
    if (be >= WEFT__BUCKETS)
        be = WEFT__BUCKETS - 1;
    if (bs < p->tp.lo)
        p->tp.lo = bs;
    if (be + 1 > p->tp.hi)
        p->tp.hi = be + 1;
    if (bs == be) {
        p->tp.tb[bs] += (fe - fs) * p->width;
        return;
    }
    p->tp.tb[bs] += ((double)(bs + 1) - fs) * p->width;
    for (size_t b = bs + 1; b < be; b++)
        p->tp.tb[b] += p->width;
    p->tp.tb[be] += (fe - (double)be) * p->width;
}

static struct weft_an_coroutine *coro_at(struct pass *p, int64_t idx1)
{
    return idx1 > 0 ? &p->c->a->coros[idx1 - 1] : NULL;
}

static int64_t coro_by_id(const struct weft_analysis *a, int64_t id)
{
    size_t lo = 0, hi = a->ncoros;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->coros[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->ncoros && a->coros[lo].id == id ? (int64_t)lo + 1 : 0;
}

/* The running coroutine changes at ts: close the old one's active time. */
static void coro_switch(struct pass *p, int64_t to, int64_t ts)
{
    struct weft_an_coroutine *k = coro_at(p, p->tp.coro);
    if (k && ts > p->tp.coro_since)
        k->active_ns += (uint64_t)(ts - p->tp.coro_since);
    p->tp.coro = to;
    p->tp.coro_since = ts;
}

static int begin_thread(struct pass *p, struct weft_an_thread *t)
{
    struct tpass *tp = &p->tp;
    double *tb = tp->tb;
    for (size_t b = tp->lo; b < tp->hi; b++)
        tb[b] = 0;
    memset(tp, 0, sizeof(*tp));
    tp->tb = tb;
    tp->lo = WEFT__BUCKETS;
    tp->t = t;
    tp->cursor = t->life_start;
    return 0;
}

struct row {
    int64_t thread_id, ts, dur, call, fd_kind, coroutine_id, obj, obj2, ret, site_id, process_id;
};

static int on_event(struct pass *p, const struct row *r)
{
    struct weft__an_ctx *c = p->c;
    struct tpass *tp = &p->tp;
    struct weft_an_thread *t = tp->t;
    t->events++;
    if (r->call < 0 || r->call >= WEFT_CALL_MAX)
        return 0;
    int call = (int)r->call, cat = c->category[call];
    int fd_kind = r->fd_kind == WEFT_AN_NULL ? WEFT_FD_NONE : (int)r->fd_kind;
    int64_t dur = r->dur > 0 ? r->dur : 0;
    tp->ev_ns[call] += (uint64_t)dur;

    /* Coroutines: the event says who runs; a switch says who runs next. */
    int64_t here = r->coroutine_id == WEFT_AN_NULL ? 0 : coro_by_id(c->a, r->coroutine_id);
    if (here != tp->coro)
        coro_switch(p, here, r->ts);
    if (cat == WEFT_CAT_CORO && (call == WEFT_CALL_SWAPCONTEXT || call == WEFT_CALL_SETCONTEXT ||
                                 call == WEFT_CALL_CORO_SWITCH || call == WEFT_CALL_CORO_EXIT)) {
        int64_t to = 0;
        if (call != WEFT_CALL_CORO_EXIT && r->obj2 != WEFT_AN_NULL) {
            struct weft__an_map_entry *m = weft__an_map_get(&p->coro_keys, r->process_id, r->obj2, 0);
            if (!m)
                return -ENOMEM;
            to = (int64_t)m->n;
        }
        if (coro_at(p, to))
            coro_at(p, to)->switches++;
        coro_switch(p, to, r->ts + dur);
    }

    enum weft_state s = weft__an_event_state(cat, call, fd_kind);
    if (s == WEFT_ST_NONE)
        return 0; /* not a wait: its time stays in the running gap */
    int64_t end = r->ts + dur;
    if (end > t->life_end)
        end = t->life_end;
    if (r->ts > tp->cursor)
        add_gap(p, tp->cursor, r->ts < t->life_end ? r->ts : t->life_end);
    int64_t from = r->ts > tp->cursor ? r->ts : tp->cursor;
    if (end <= from)
        return 0; /* nested in (or after the end of) time already attributed */
    uint64_t d = (uint64_t)(end - from);
    tp->cursor = end;
    t->states[s] += d;
    c->state_call_ns[s][call] += d;
    /* A NULL return (not recorded) must not make every poll look empty. */
    int64_t ret = r->ret == WEFT_AN_NULL ? 1 : r->ret;
    if (weft__an_waits_for_input(cat, call, fd_kind, dur, ret)) {
        t->idle_ns += d;
        c->idle_call_ns[call] += d;
        c->idle_state_ns[s] += d;
    }
    struct weft_an_coroutine *k = coro_at(p, tp->coro);
    if (k)
        k->states[s] += d;
    for (int i = 0; i < 3; i++) {
        if (io_states[i] != s)
            continue;
        tp->ev_io_ns[call][i] += d;
        if (r->obj != WEFT_AN_NULL && !weft__an_map_get(&c->fds, s, r->process_id, r->obj))
            return -ENOMEM;
    }
    if (s == WEFT_ST_LOCK && r->obj != WEFT_AN_NULL) {
        int64_t site = r->site_id == WEFT_AN_NULL ? 0 : r->site_id;
        struct weft__an_map_entry *m = weft__an_map_get(&c->lock_sites, r->process_id, r->obj, site);
        if (!m)
            return -ENOMEM;
        m->n++;
        m->ns += (uint64_t)dur;
    }
    return 0;
}

/* Time of calls too short to be events, per state (docs/analysis.md: "short calls"). */
static int short_calls(struct pass *p, uint64_t shorts[WEFT_ST_COUNT],
                       uint64_t per_call[WEFT_CALL_MAX])
{
    struct weft__an_ctx *c = p->c;
    struct tpass *tp = &p->tp;
    uint64_t io_total[3] = {0};
    for (int call = 0; call < WEFT_CALL_MAX; call++)
        for (int i = 0; i < 3; i++)
            io_total[i] += tp->ev_io_ns[call][i];
    sqlite3_reset(p->counts);
    sqlite3_bind_int64(p->counts, 1, tp->t->id);
    int rc;
    while ((rc = sqlite3_step(p->counts)) == SQLITE_ROW) {
        int64_t call = sqlite3_column_int64(p->counts, 0);
        int64_t total = sqlite3_column_int64(p->counts, 1);
        if (call < 0 || call >= WEFT_CALL_MAX || total <= (int64_t)tp->ev_ns[call])
            continue;
        uint64_t ns = (uint64_t)total - tp->ev_ns[call];
        int cat = c->category[call];
        enum weft_state s = weft__an_event_state(cat, (int)call, WEFT_FD_NONE);
        if (s == WEFT_ST_NONE)
            continue;
        per_call[call] = ns;
        if (cat != WEFT_CAT_IO) {
            shorts[s] += ns;
            continue;
        }
        /* Short I/O has no fd kind: split it like this call's (else this thread's) events. */
        const uint64_t *w = tp->ev_io_ns[call];
        uint64_t sum = w[0] + w[1] + w[2];
        if (!sum) {
            w = io_total;
            sum = w[0] + w[1] + w[2];
        }
        if (!sum) {
            shorts[s] += ns;
            continue;
        }
        uint64_t given = 0;
        for (int i = 0; i < 3; i++) {
            uint64_t part = i == 2 ? ns - given : (uint64_t)((double)ns * (double)w[i] / (double)sum);
            shorts[io_states[i]] += part;
            given += part;
        }
    }
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table call_counts");
    return 0;
}

static int end_thread(struct pass *p)
{
    struct weft__an_ctx *c = p->c;
    struct tpass *tp = &p->tp;
    struct weft_an_thread *t = tp->t;
    coro_switch(p, 0, t->life_end);
    add_gap(p, tp->cursor, t->life_end);

    uint64_t shorts[WEFT_ST_COUNT] = {0}, per_call[WEFT_CALL_MAX] = {0}, stotal = 0;
    int rc = short_calls(p, shorts, per_call);
    if (rc)
        return rc;
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        stotal += shorts[s];
    t->short_ns = stotal;
    /* Short calls happened inside the gaps; they cannot take more than the gaps. */
    double fit = stotal > tp->gap_ns ? (double)tp->gap_ns / (double)stotal : 1.0;
    uint64_t used = 0;
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        uint64_t v = (uint64_t)((double)shorts[s] * fit);
        if (used + v > tp->gap_ns)
            v = tp->gap_ns - used;
        t->states[s] += v;
        used += v;
    }
    for (int call = 0; call < WEFT_CALL_MAX; call++) {
        if (!per_call[call])
            continue;
        uint64_t v = (uint64_t)((double)per_call[call] * fit);
        int cat = c->category[call];
        enum weft_state s = weft__an_event_state(cat, call, WEFT_FD_NONE);
        if (cat == WEFT_CAT_IO) {
            /* Credit the call to the I/O state it mostly went to. */
            const uint64_t *w = tp->ev_io_ns[call];
            int best = w[1] > w[0] ? 1 : 0;
            if (w[2] > w[best])
                best = 2;
            if (w[0] + w[1] + w[2])
                s = io_states[best];
        }
        c->state_call_ns[s][call] += v;
        if (cat == WEFT_CAT_SLEEP) {
            t->idle_ns += v;
            c->idle_call_ns[call] += v;
            c->idle_state_ns[s] += v;
        }
    }
    t->short_scaled_ns = used;

    /* Between waits a thread runs, but only as long as its CPU time says. */
    uint64_t left = tp->gap_ns - used;
    uint64_t running = left;
    if (t->cpu_ns != WEFT_AN_NULL && t->cpu_ns >= 0 && (uint64_t)t->cpu_ns < left)
        running = (uint64_t)t->cpu_ns;
    t->states[WEFT_ST_RUNNING] += running;
    t->states[WEFT_ST_UNEXPLAINED] += left - running;

    if (tp->gap_ns && c->buckets) {
        double f = (double)running / (double)tp->gap_ns;
        for (size_t b = tp->lo; b < tp->hi; b++)
            c->buckets[b] += tp->tb[b] * f;
    }
    return 0;
}

static int index_coroutines(struct pass *p)
{
    const struct weft_analysis *a = p->c->a;
    for (size_t i = 0; i < a->ncoros; i++) {
        struct weft__an_map_entry *m = weft__an_map_get(&p->coro_keys, a->coros[i].process_id,
                                                  a->coros[i].key, 0);
        if (!m)
            return -ENOMEM;
        m->n = i + 1;
    }
    return 0;
}

static void finish_coroutines(struct weft_analysis *a)
{
    for (size_t i = 0; i < a->ncoros; i++) {
        struct weft_an_coroutine *k = &a->coros[i];
        uint64_t waits = 0;
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            waits += k->states[s];
        if (waits > k->active_ns)
            k->active_ns = waits;
        k->states[WEFT_ST_RUNNING] = k->active_ns - waits;
        int64_t end = k->ended_ns != WEFT_AN_NULL ? k->ended_ns : a->end_ns;
        if (k->created_ns != WEFT_AN_NULL && end > k->created_ns &&
            (uint64_t)(end - k->created_ns) > k->active_ns)
            k->suspended_ns = (uint64_t)(end - k->created_ns) - k->active_ns;
    }
}

static int run_pass(struct pass *p, sqlite3_stmt *ev)
{
    struct weft_analysis *a = p->c->a;
    size_t i = 0;
    int begun = 0, rc;
    while ((rc = sqlite3_step(ev)) == SQLITE_ROW) {
        struct row r = {
            .thread_id = weft__an_col_int(ev, 0), .ts = weft__an_col_int(ev, 1),
            .dur = weft__an_col_int(ev, 2), .call = weft__an_col_int(ev, 3),
            .fd_kind = weft__an_col_int(ev, 4), .coroutine_id = weft__an_col_int(ev, 5),
            .obj = weft__an_col_int(ev, 6), .obj2 = weft__an_col_int(ev, 7),
            .ret = weft__an_col_int(ev, 8), .site_id = weft__an_col_int(ev, 9),
            .process_id = weft__an_col_int(ev, 10),
        };
        while (i < a->nthreads && a->threads[i].id < r.thread_id) {
            if (!begun)
                begin_thread(p, &a->threads[i]);
            if ((rc = end_thread(p)))
                return rc;
            begun = 0;
            i++;
        }
        if (i == a->nthreads || a->threads[i].id != r.thread_id) {
            p->orphans++; /* an event of a thread the trace does not list */
            continue;
        }
        if (!begun) {
            begin_thread(p, &a->threads[i]);
            begun = 1;
        }
        if ((rc = on_event(p, &r)))
            return weft__an_err(p->c, rc, "out of memory");
    }
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(p->c, "table events");
    for (; i < a->nthreads; i++) {
        if (!begun)
            begin_thread(p, &a->threads[i]);
        if ((rc = end_thread(p)))
            return rc;
        begun = 0;
    }
    return 0;
}

int weft__an_compute_states(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    struct pass p = {.c = c};
    sqlite3_stmt *ev = NULL;
    int rc = -ENOMEM;
    p.tp.tb = calloc(WEFT__BUCKETS, sizeof(double));
    c->buckets = calloc(WEFT__BUCKETS, sizeof(double));
    if (!p.tp.tb || !c->buckets) {
        rc = weft__an_err(c, -ENOMEM, "out of memory");
        goto out;
    }
    p.g0 = (double)a->start_ns;
    p.width = (double)a->wall_ns / WEFT__BUCKETS;
    if ((rc = index_coroutines(&p))) {
        rc = weft__an_err(c, rc, "out of memory");
        goto out;
    }
    /* Ordered by the (thread_id, ts_ns) index: streams, never sorts, never loads all. */
    if (sqlite3_prepare_v2(c->db,
                           "SELECT thread_id, ts_ns, dur_ns, call, fd_kind, coroutine_id, obj, obj2, "
                           "ret, site_id, process_id FROM events ORDER BY thread_id, ts_ns",
                           -1, &ev, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(c->db,
                           "SELECT call, total_ns FROM call_counts WHERE thread_id = ?1", -1,
                           &p.counts, NULL) != SQLITE_OK) {
        rc = weft__an_sql_err(c, "table events");
        goto out;
    }
    rc = run_pass(&p, ev);
    if (!rc) {
        finish_coroutines(a);
        if (p.orphans)
            weft__an_strv_push(&a->notes, &a->nnotes,
                            weft__an_asprintf("%llu events name a thread missing from table threads; "
                                           "they were ignored",
                                           (unsigned long long)p.orphans));
        for (size_t i = 0; i < a->nthreads; i++)
            a->total_cpu_ns += a->threads[i].states[WEFT_ST_RUNNING];
    }
out:
    sqlite3_finalize(ev);
    sqlite3_finalize(p.counts);
    weft__an_map_free(&p.coro_keys);
    free(p.tp.tb);
    return rc;
}
