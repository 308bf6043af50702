/* The one streaming pass over events (by thread, then time): thread and coroutine states, running gaps, lock waits. */
#include "analysis_internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* I/O states refined by fd kind, in this order in per-call tables. */
static const enum weft_state io_states[3] = {WEFT_ST_FILE_IO, WEFT_ST_NET_IO, WEFT_ST_IPC_IO};

struct row {
    int64_t thread_id, ts, dur, call, fd_kind, coroutine_id, obj, obj2, ret, site_id, process_id;
};

/* Fast pass: rows a thread may still receive out of order are held back this long. */
#define WINDOW 16

/* What the pass keeps for the thread it is in; reset per thread. */
struct tpass {
    struct weft_an_thread *t;
    int64_t cursor;                           /* end of the time already attributed */
    uint64_t gap_ns;                          /* time between waits (running or unexplained) */
    double *tb;                               /* this thread's gap ns per profile bucket */
    size_t lo, hi;                            /* touched bucket range [lo, hi) */
    uint64_t ev_ns[WEFT_CALL_MAX];            /* recorded event time per call */
    uint64_t ev_io_ns[WEFT_CALL_MAX][3];      /* recorded I/O time per call and io state */
    int64_t last_ts;                          /* the thread's previous wait event */
    struct row *win;                          /* fast pass: rows held back, ascending ts */
    unsigned whead, wlen;                     /* ring of WINDOW + 1 rows */
    int64_t coro;                             /* index+1 of the running coroutine, 0 none */
    int64_t coro_since;
    uint64_t st_raw[WEFT_ST_COUNT];           /* recorded wait time per state, before sampling */
    uint64_t ev_d[WEFT_CALL_MAX];             /* recorded wait time per call (not I/O) */
    uint8_t ev_st[WEFT_CALL_MAX];             /* the state of that call's waits */
    double idle_d[WEFT_CALL_MAX];             /* part of a call's waits that waited for time/input */
    uint8_t idle_st[WEFT_CALL_MAX];
    /* Sampled threads: intervals between the kernel's samples and the waits inside each. */
    const struct weft__an_series *ser;
    int64_t *wb_ts;                           /* interval bounds, nwb + 1 */
    double *wbin;                             /* recorded wait ns per interval: [2i] I/O, [2i+1] other */
    size_t nwb, wcur;
    struct weft__an_pieces pieces;            /* with segments: the waits and gaps in order */
    int oom;                                  /* a piece could not be kept */
};

/* A coroutine's totals as one worker saw them; merged into the analysis at the end. */
struct coro_acc {
    uint64_t active_ns, switches, short_spans, short_ns;
    uint64_t states[WEFT_ST_COUNT];
};

/* What every worker shares, read-only while they run (except the next-thread counter). */
struct shared {
    struct weft__an_ctx *c;
    struct weft__an_map coro_keys; /* (process, key) -> coroutine index+1 */
    double g0, width;              /* profile: start and bucket width (ns) */
    size_t next;                   /* next thread to take (atomic) */
};

/* One worker: its own connection, statements and accumulators (a copy of the context). */
struct pass {
    struct shared *sh;
    struct weft__an_ctx *c; /* == &wc */
    struct weft__an_ctx wc;
    char err[256];
    int own_db;
    struct tpass *tp;     /* the thread being read */
    struct tpass own_tp;  /* storage when reading one thread at a time */
    struct coro_acc *coros;
    sqlite3_stmt *counts;
    uint64_t orphans;
    struct tpass *fast; /* set: run the fast pass with these per-thread states */
    int rc;
    pthread_t tid;
};

/* Adds WEIGHT x the time of [s, e) to this thread's profile slices. */
static void add_span(struct pass *p, int64_t s, int64_t e, double weight)
{
    double width = p->sh->width, g0 = p->sh->g0;
    if (width <= 0)
        return;
    double fs = ((double)s - g0) / width, fe = ((double)e - g0) / width;
    if (fs < 0)
        fs = 0;
    size_t nb = p->c->nb;
    if (fe > (double)nb)
        fe = (double)nb;
    if (fe <= fs)
        return;
    size_t bs = (size_t)fs, be = (size_t)fe;
    if (be >= nb)
        be = nb - 1;
    if (bs < p->tp->lo)
        p->tp->lo = bs;
    if (be + 1 > p->tp->hi)
        p->tp->hi = be + 1;
    if (bs == be) {
        p->tp->tb[bs] += (fe - fs) * width * weight;
        return;
    }
    p->tp->tb[bs] += ((double)(bs + 1) - fs) * width * weight;
    for (size_t b = bs + 1; b < be; b++)
        p->tp->tb[b] += width * weight;
    p->tp->tb[be] += (fe - (double)be) * width * weight;
}

static void add_gap(struct pass *p, int64_t s, int64_t e)
{
    if (e <= s)
        return;
    if (p->c->want_segments && weft__an_pieces_push(&p->tp->pieces, s, e, WEFT_ST_NONE, -1))
        p->tp->oom = 1;
    p->tp->gap_ns += (uint64_t)(e - s);
    add_span(p, s, e, 1.0);
}

/*
 * How much of a poll that found something ready counts as waiting for input rather than for
 * I/O: nothing under 0.1 s, all of it from 2 s, in proportion between (docs/analysis.md): a
 * continuous weight, so that one wait of 0.99 s or 1.004 s moves the shares by a hair, not
 * the verdict by a class.
 */
#define POLL_IDLE_FROM_NS 100000000.0
#define POLL_IDLE_FULL_NS 2000000000.0
static double poll_idle_weight(int64_t dur)
{
    double w = ((double)dur - POLL_IDLE_FROM_NS) / (POLL_IDLE_FULL_NS - POLL_IDLE_FROM_NS);
    return w < 0 ? 0 : w > 1 ? 1 : w;
}

/*
 * Adds a wait [from, end) to the intervals between the thread's samples; IO: an I/O call
 * (state file, net or ipc), which may well run on a CPU, unlike a poll, a sleep or a lock wait.
 */
static void add_wait_bins(struct tpass *tp, int64_t from, int64_t end, int io)
{
    while (tp->wcur < tp->nwb && tp->wb_ts[tp->wcur + 1] <= from)
        tp->wcur++;
    for (size_t i = tp->wcur; i < tp->nwb && tp->wb_ts[i] < end; i++) {
        int64_t lo = from > tp->wb_ts[i] ? from : tp->wb_ts[i];
        int64_t hi = end < tp->wb_ts[i + 1] ? end : tp->wb_ts[i + 1];
        if (hi > lo)
            tp->wbin[2 * i + !io] += (double)(hi - lo);
    }
}

static struct coro_acc *coro_at(struct pass *p, int64_t idx1)
{
    return idx1 > 0 ? &p->coros[idx1 - 1] : NULL;
}

static int64_t coro_by_id(const struct weft_analysis *a, int64_t id)
{
    return weft__an_find_id(a->coros, a->ncoros, sizeof(*a->coros), id) + 1;
}

/* The running coroutine changes at ts: close the old one's active time. */
static void coro_switch(struct pass *p, int64_t to, int64_t ts)
{
    struct coro_acc *k = coro_at(p, p->tp->coro);
    if (k && ts > p->tp->coro_since)
        k->active_ns += (uint64_t)(ts - p->tp->coro_since);
    p->tp->coro = to;
    p->tp->coro_since = ts;
}

static int begin_thread(struct pass *p, struct weft_an_thread *t)
{
    struct tpass *tp = p->tp;
    double *tb = tp->tb;
    struct row *win = tp->win;
    for (size_t b = tp->lo; b < tp->hi; b++)
        tb[b] = 0;
    free(tp->wb_ts);
    free(tp->wbin);
    weft__an_pieces_free(&tp->pieces);
    memset(tp, 0, sizeof(*tp));
    tp->tb = tb;
    tp->win = win;
    tp->lo = p->c->nb;
    tp->t = t;
    tp->cursor = t->life_start;
    tp->last_ts = INT64_MIN;
    const struct weft__an_series *ser = p->c->series ? &p->c->series[t - p->c->a->threads] : NULL;
    if (!ser || ser->n < 2 || t->life_end <= t->life_start)
        return 0;
    /* Intervals: the lifetime cut at every sample inside it. */
    size_t n = 1;
    for (size_t i = 0; i < ser->n; i++)
        n += ser->pt[i].ts > t->life_start && ser->pt[i].ts < t->life_end;
    tp->wb_ts = malloc((n + 1) * sizeof(*tp->wb_ts));
    tp->wbin = calloc(2 * n, sizeof(*tp->wbin));
    if (!tp->wb_ts || !tp->wbin)
        return -ENOMEM;
    size_t k = 0;
    tp->wb_ts[k++] = t->life_start;
    for (size_t i = 0; i < ser->n; i++)
        if (ser->pt[i].ts > t->life_start && ser->pt[i].ts < t->life_end)
            tp->wb_ts[k++] = ser->pt[i].ts;
    tp->wb_ts[k] = t->life_end;
    tp->nwb = n;
    tp->ser = ser;
    return 0;
}

static int on_event(struct pass *p, const struct row *r)
{
    struct weft__an_ctx *c = p->c;
    struct tpass *tp = p->tp;
    struct weft_an_thread *t = tp->t;
    t->events++;
    if (r->call < 0 || r->call >= WEFT_CALL_MAX)
        return 0;
    int call = (int)r->call, cat = c->category[call];
    /* Kinds this weft does not know (a newer tracer) are "unknown". */
    int fd_kind = r->fd_kind == WEFT_AN_NULL                       ? WEFT_FD_NONE
                  : r->fd_kind < 0 || r->fd_kind >= WEFT_FD_MAX ? WEFT_FD_UNKNOWN
                                                                 : (int)r->fd_kind;
    int64_t dur = r->dur > 0 ? r->dur : 0;
    if (call == WEFT_CALL_CORO_SPANS) {
        /* Spans shorter than the threshold, aggregated: over [ts, ts + dur) the thread ran
         * this coroutine (and the others of the window) obj2 times, ret ns in all.  The thread
         * was running throughout; who ran last is said by the switch recorded next. */
        coro_switch(p, 0, r->ts);
        struct coro_acc *k = coro_at(p, r->coroutine_id == WEFT_AN_NULL ? 0 : coro_by_id(c->a, r->coroutine_id));
        if (k) {
            uint64_t n = r->obj2 > 0 ? (uint64_t)r->obj2 : 0, ns = r->ret > 0 ? (uint64_t)r->ret : 0;
            k->active_ns += ns;
            k->switches += n;
            k->short_spans += n;
            k->short_ns += ns;
        }
        return 0;
    }
    tp->ev_ns[call] += (uint64_t)dur;

    /* Coroutines: the event says who runs; a switch says who runs next. */
    int64_t here = r->coroutine_id == WEFT_AN_NULL ? 0 : coro_by_id(c->a, r->coroutine_id);
    if (here != tp->coro)
        coro_switch(p, here, r->ts);
    if (cat == WEFT_CAT_CORO && (call == WEFT_CALL_SWAPCONTEXT || call == WEFT_CALL_SETCONTEXT ||
                                 call == WEFT_CALL_CORO_SWITCH || call == WEFT_CALL_CORO_EXIT)) {
        int64_t to = 0;
        if (call != WEFT_CALL_CORO_EXIT && r->obj2 != WEFT_AN_NULL) {
            const struct weft__an_map_entry *m =
                weft__an_map_find(&p->sh->coro_keys, r->process_id, r->obj2, 0);
            to = m ? (int64_t)m->n : 0;
        }
        if (coro_at(p, to))
            coro_at(p, to)->switches++;
        coro_switch(p, to, r->ts + dur);
    }

    enum weft_state s = weft__an_event_state(cat, call, fd_kind);
    if (s == WEFT_ST_NONE)
        return 0; /* not a wait: its time stays in the running gap */
    /* Waits must come in time order (instant records may not: they cover nothing). */
    if (r->ts < tp->last_ts)
        return -EAGAIN;
    tp->last_ts = r->ts;
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
    if (c->want_segments && weft__an_pieces_push(&tp->pieces, from, end, s, call))
        return -ENOMEM;
    tp->st_raw[s] += d;
    if (cat != WEFT_CAT_IO) {
        tp->ev_d[call] += d;
        tp->ev_st[call] = (uint8_t)s;
    }
    if (tp->nwb)
        add_wait_bins(tp, from, end, s == WEFT_ST_FILE_IO || s == WEFT_ST_NET_IO || s == WEFT_ST_IPC_IO);
    /* A NULL return (not recorded) must not make every poll look empty. */
    int64_t ret = r->ret == WEFT_AN_NULL ? 1 : r->ret;
    /* Polls: the long ones count as waiting for input by a continuous weight (no cliff). */
    double w = weft__an_waits_for_input(cat, call, fd_kind, cat == WEFT_CAT_POLL ? 0 : dur, ret, r->obj)
                   ? 1.0
                   : cat == WEFT_CAT_POLL ? poll_idle_weight(dur) : 0.0;
    if (w > 0) {
        tp->idle_d[call] += (double)d * w;
        tp->idle_st[call] = (uint8_t)s;
    }
    struct coro_acc *k = coro_at(p, tp->coro);
    if (k)
        k->states[s] += d;
    for (int i = 0; i < 3; i++) {
        if (io_states[i] != s)
            continue;
        tp->ev_io_ns[call][i] += d;
        /* Distinct fds of read/write-like calls (open's obj is a directory fd). */
        if (cat == WEFT_CAT_IO && r->obj != WEFT_AN_NULL &&
            !weft__an_map_get(&c->fds, (int64_t)s * WEFT_FD_MAX + fd_kind, r->process_id, r->obj))
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
    struct tpass *tp = p->tp;
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

/* The kernel's split of a sampled thread's lifetime (docs/analysis.md, "sampled threads"). */
struct split {
    double cw[2], rw[2], sw[2]; /* inside recorded waits, [0] I/O, [1] others: on a CPU, runnable, off-CPU */
    double cg, rg, sg;          /* between them */
};

/*
 * Cuts each interval between two samples into on-CPU c, runnable r and off-CPU s = dt - c - r
 * (the counters' own numbers), and gives the interval's recorded waits w the off-CPU time
 * first (a thread leaves the CPU to wait inside a call); what a wait holds beyond that was on a
 * CPU or runnable, in the interval's proportion of the two.  Adds the on-CPU rate to the
 * thread's parallelism profile.
 */
static int split_sampled(struct pass *p, struct split *x, double *gsplit)
{
    struct tpass *tp = p->tp;
    memset(x, 0, sizeof(*x));
    for (size_t b = tp->lo; b < tp->hi; b++)
        tp->tb[b] = 0;
    double *cv = malloc(2 * tp->nwb * sizeof(double));
    if (!cv)
        return -ENOMEM;
    double *rv = cv + tp->nwb;
    for (size_t i = 0; i < tp->nwb; i++) {
        int64_t t0 = tp->wb_ts[i], t1 = tp->wb_ts[i + 1];
        cv[i] = weft__an_series_at(tp->ser, t1, 0) - weft__an_series_at(tp->ser, t0, 0);
        rv[i] = weft__an_series_at(tp->ser, t1, 1) - weft__an_series_at(tp->ser, t0, 1);
        if (cv[i] < 0)
            cv[i] = 0;
        if (rv[i] < 0)
            rv[i] = 0;
    }
    /*
     * The kernel adds run-queue time when a thread gets a CPU back, so a long wait shows up
     * whole in the interval where it ended: time an interval holds beyond its length goes
     * back to the intervals before it, where it happened.
     */
    double carry_c = 0, carry_r = 0;
    for (size_t i = tp->nwb; i-- > 0;) {
        double dt = (double)(tp->wb_ts[i + 1] - tp->wb_ts[i]);
        cv[i] += carry_c;
        rv[i] += carry_r;
        carry_c = carry_r = 0;
        double sum = cv[i] + rv[i];
        if (sum > dt && sum > 0) {
            double k = dt > 0 ? dt / sum : 0;
            carry_c = cv[i] * (1 - k);
            carry_r = rv[i] * (1 - k);
            cv[i] *= k;
            rv[i] *= k;
        }
    }
    for (size_t i = 0; i < tp->nwb; i++) {
        int64_t t0 = tp->wb_ts[i], t1 = tp->wb_ts[i + 1];
        double dt = (double)(t1 - t0);
        if (dt <= 0)
            continue;
        double c = cv[i], r = rv[i];
        /* Off-CPU time goes to polls, sleeps and lock waits first, then to I/O calls. */
        double sl = dt - c - r, left = sl, cws = 0, rws = 0;
        for (int g = 1; g >= 0; g--) {
            double w = tp->wbin[2 * i + g];
            if (w > dt)
                w = dt;
            double sw = w < left ? w : left, nsw = w - sw;
            double cw = c + r > 0 ? c * nsw / (c + r) : 0;
            left -= sw;
            x->sw[g] += sw;
            x->cw[g] += cw;
            x->rw[g] += nsw - cw;
            cws += cw;
            rws += nsw - cw;
        }
        if (cws > c)
            cws = c;
        if (rws > r)
            rws = r;
        x->sg += left;
        x->cg += c - cws;
        x->rg += r - rws;
        if (gsplit) {
            gsplit[3 * i] = c - cws;
            gsplit[3 * i + 1] = r - rws;
            gsplit[3 * i + 2] = left;
        }
        add_span(p, t0, t1, c / dt);
    }
    free(cv);
    return 0;
}

static int end_thread(struct pass *p)
{
    struct weft__an_ctx *c = p->c;
    struct tpass *tp = p->tp;
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
    uint64_t used = 0, sfit[WEFT_ST_COUNT] = {0}, wtotal = 0;
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        uint64_t v = (uint64_t)((double)shorts[s] * fit);
        if (used + v > tp->gap_ns)
            v = tp->gap_ns - used;
        sfit[s] = v;
        used += v;
        wtotal += tp->st_raw[s];
    }
    t->short_scaled_ns = used;
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        c->io_raw_ns[s] += tp->st_raw[s] + sfit[s];

    /*
     * f_wait, f_cpu: the shares of the recorded waits that were off a CPU, and on one;
     * s_wait, s_cpu: the same for the short calls.  Without samples every wait was a wait.
     */
    double f_wait[2] = {1, 1}, f_cpu[2] = {0, 0}, s_wait = 1, s_cpu = 0;
    struct weft__an_split seg = {.wait_off = {1, 1}};
    double *gsplit = NULL;
    if (tp->oom)
        return -ENOMEM;
    if (tp->nwb) {
        struct split x;
        if (c->want_segments && !(gsplit = calloc(3 * tp->nwb, sizeof(double))))
            return -ENOMEM;
        if (split_sampled(p, &x, gsplit)) {
            free(gsplit);
            return -ENOMEM;
        }
        double sc = (double)used;
        /* Short calls explain off-CPU time between the waits first; the rest of them ran. */
        double sc_sleep = sc < x.sg ? sc : x.sg;
        double sc_run = sc - sc_sleep < x.cg ? sc - sc_sleep : x.cg;
        double wio = (double)(tp->st_raw[WEFT_ST_FILE_IO] + tp->st_raw[WEFT_ST_NET_IO] + tp->st_raw[WEFT_ST_IPC_IO]);
        double wg[2] = {wio, (double)wtotal - wio};
        for (int g = 0; g < 2; g++)
            if (wg[g] > 0) {
                f_wait[g] = x.sw[g] / wg[g];
                f_cpu[g] = x.cw[g] / wg[g];
            }
        if (sc > 0) {
            s_wait = sc_sleep / sc;
            s_cpu = sc_run / sc;
        }
        uint64_t waits = 0;
        for (int s = 0; s < WEFT_ST_COUNT; s++) {
            int io = s == WEFT_ST_FILE_IO || s == WEFT_ST_NET_IO || s == WEFT_ST_IPC_IO;
            t->states[s] = (uint64_t)((double)tp->st_raw[s] * f_wait[!io] + (double)sfit[s] * s_wait);
            waits += t->states[s];
        }
        uint64_t life = (uint64_t)(t->life_end - t->life_start);
        uint64_t running = (uint64_t)(x.cw[0] + x.cw[1] + x.cg), runnable = (uint64_t)(x.rw[0] + x.rw[1] + x.rg);
        if (running > life)
            running = life;
        if (runnable > life - running)
            runnable = life - running;
        t->states[WEFT_ST_RUNNING] = running;
        t->states[WEFT_ST_RUNNABLE] = runnable;
        /* What is left is off a CPU in no traced call: the rest of the lifetime, exactly. */
        t->states[WEFT_ST_UNEXPLAINED] = life > running + runnable + waits ? life - running - runnable - waits : 0;
        t->running_calls_ns = (uint64_t)(x.cw[0] + x.cw[1] + sc_run);
        if (t->running_calls_ns > running)
            t->running_calls_ns = running;
        t->runnable_ns = (int64_t)runnable;
        /* The segments: waits and gaps in these same shares (segments.c). */
        for (int g = 0; g < 2; g++) {
            seg.wait_off[g] = f_wait[g];
            seg.wait_on[g] = f_cpu[g];
        }
        seg.wb_ts = tp->wb_ts;
        seg.gsplit = gsplit;
        seg.nwb = tp->nwb;
        if (x.sg > 0) {
            for (int s = 0; s < WEFT_ST_COUNT; s++)
                seg.short_share[s] = used ? (double)sfit[s] / (double)used * sc_sleep / x.sg : 0;
            seg.unexplained_share = 1 - (used ? sc_sleep / x.sg : 0);
        }
    } else {
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            t->states[s] += tp->st_raw[s] + sfit[s];
        /*
         * Between waits a thread runs, but only as long as its CPU time says.  Without a
         * CPU time (a thread still blocked when its process ended: the call it was in never
         * returned, so no event covers it) nothing shows it ran: the gaps stay unexplained.
         */
        uint64_t left = tp->gap_ns - used;
        uint64_t running = 0;
        if (t->cpu_ns != WEFT_AN_NULL && t->cpu_ns >= 0)
            running = (uint64_t)t->cpu_ns < left ? (uint64_t)t->cpu_ns : left;
        t->states[WEFT_ST_RUNNING] += running;
        t->states[WEFT_ST_UNEXPLAINED] += left - running;
        if (tp->gap_ns) {
            seg.gap_running = (double)running / (double)tp->gap_ns;
            double off = (double)(tp->gap_ns - running);
            for (int s = 0; s < WEFT_ST_COUNT && off > 0; s++)
                seg.short_share[s] = (double)sfit[s] / off;
            seg.unexplained_share = off > 0 ? (double)(left - running) / off : 0;
        }
        if (tp->gap_ns && c->buckets)
            for (size_t b = tp->lo; b < tp->hi; b++)
                tp->tb[b] *= (double)running / (double)tp->gap_ns;
    }

    /* Where each state's time went, per call: the recorded waits, then the short calls. */
    for (int call = 0; call < WEFT_CALL_MAX; call++) {
        /* Non-I/O calls' waits (ev_d) are group 1; a file call (open, fsync) is in file I/O. */
        int g = tp->ev_st[call] == WEFT_ST_FILE_IO ? 0 : 1;
        if (tp->ev_d[call]) {
            c->state_call_ns[tp->ev_st[call]][call] += (uint64_t)((double)tp->ev_d[call] * f_wait[g]);
            c->cpu_call_ns[call] += (uint64_t)((double)tp->ev_d[call] * f_cpu[g]);
        }
        for (int i = 0; i < 3; i++)
            if (tp->ev_io_ns[call][i]) {
                c->state_call_ns[io_states[i]][call] += (uint64_t)((double)tp->ev_io_ns[call][i] * f_wait[0]);
                c->cpu_call_ns[call] += (uint64_t)((double)tp->ev_io_ns[call][i] * f_cpu[0]);
            }
        if (tp->idle_d[call] > 0) {
            int ig = tp->idle_st[call] == WEFT_ST_IPC_IO || tp->idle_st[call] == WEFT_ST_FILE_IO ? 0 : 1;
            uint64_t v = (uint64_t)(tp->idle_d[call] * f_wait[ig]);
            t->idle_ns += v;
            c->idle_call_ns[call] += v;
            c->idle_state_ns[tp->idle_st[call]] += v;
            c->idle_sc_ns[tp->idle_st[call]][call] += v;
        }
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
        c->state_call_ns[s][call] += (uint64_t)((double)v * s_wait);
        c->cpu_call_ns[call] += (uint64_t)((double)v * s_cpu);
        if (cat == WEFT_CAT_SLEEP) {
            uint64_t iv = (uint64_t)((double)v * s_wait);
            t->idle_ns += iv;
            c->idle_call_ns[call] += iv;
            c->idle_state_ns[s] += iv;
            c->idle_sc_ns[s][call] += iv;
        }
    }

    if (c->buckets && tp->hi > tp->lo)
        weft__an_profile_add(c, tp->tb, tp->lo, tp->hi, 1.0, p->sh->width);
    if (c->want_segments && t->life_end > t->life_start) {
        rc = weft__an_build_segments(t, &tp->pieces, &seg);
        if (rc) {
            free(gsplit);
            return rc;
        }
    }
    free(gsplit);
    weft__an_pieces_free(&tp->pieces);
    free(tp->wb_ts);
    free(tp->wbin);
    tp->wb_ts = NULL;
    tp->wbin = NULL;
    tp->nwb = 0;
    return 0;
}

static int index_coroutines(struct shared *sh)
{
    const struct weft_analysis *a = sh->c->a;
    for (size_t i = 0; i < a->ncoros; i++) {
        struct weft__an_map_entry *m =
            weft__an_map_get(&sh->coro_keys, a->coros[i].process_id, a->coros[i].key, 0);
        if (!m)
            return -ENOMEM;
        m->n = i + 1;
    }
    return 0;
}

#define EVENT_COLUMNS                                                                            \
    "SELECT thread_id, ts_ns, dur_ns, call, fd_kind, coroutine_id, obj, obj2, ret, site_id "    \
    "FROM events "

static void read_row(sqlite3_stmt *ev, struct row *r)
{
    r->thread_id = sqlite3_column_int64(ev, 0);
    r->ts = sqlite3_column_int64(ev, 1);
    r->dur = sqlite3_column_int64(ev, 2);
    r->call = sqlite3_column_int64(ev, 3);
    r->fd_kind = weft__an_col_int(ev, 4);
    r->coroutine_id = weft__an_col_int(ev, 5);
    r->obj = weft__an_col_int(ev, 6);
    r->obj2 = weft__an_col_int(ev, 7);
    r->ret = weft__an_col_int(ev, 8);
    r->site_id = weft__an_col_int(ev, 9);
    /* process_id: the thread's (schema 3 does not store it per event), set by the caller. */
}

/* With the (thread_id, ts_ns) index: workers take whole threads, one query each. */
static int pass_by_thread(struct pass *p)
{
    struct weft_analysis *a = p->c->a;
    sqlite3_stmt *ev;
    if (sqlite3_prepare_v2(p->c->db, EVENT_COLUMNS "WHERE thread_id = ?1 ORDER BY ts_ns", -1, &ev,
                           NULL) != SQLITE_OK)
        return weft__an_sql_err(p->c, "table events");
    int rc = 0;
    for (;;) {
        size_t i = __atomic_fetch_add(&p->sh->next, 1, __ATOMIC_RELAXED);
        if (i >= a->nthreads)
            break;
        begin_thread(p, &a->threads[i]);
        sqlite3_reset(ev);
        sqlite3_bind_int64(ev, 1, a->threads[i].id);
        while ((rc = sqlite3_step(ev)) == SQLITE_ROW) {
            struct row r;
            read_row(ev, &r);
            r.process_id = a->threads[i].process_id;
            if ((rc = on_event(p, &r))) {
                sqlite3_finalize(ev);
                return weft__an_err(p->c, rc, "out of memory");
            }
        }
        if (rc != SQLITE_DONE) {
            sqlite3_finalize(ev);
            return weft__an_sql_err(p->c, "table events");
        }
        if ((rc = end_thread(p)))
            break;
    }
    sqlite3_finalize(ev);
    return rc;
}

/*
 * Without the index (a trace whose collector was killed before building it): one query
 * that SQLite sorts by itself, merged with the thread list.
 */
static int pass_sorted(struct pass *p)
{
    struct weft_analysis *a = p->c->a;
    sqlite3_stmt *ev;
    if (sqlite3_prepare_v2(p->c->db, EVENT_COLUMNS "ORDER BY thread_id, ts_ns", -1, &ev, NULL) !=
        SQLITE_OK)
        return weft__an_sql_err(p->c, "table events");
    size_t i = 0;
    int begun = 0, rc;
    while ((rc = sqlite3_step(ev)) == SQLITE_ROW) {
        struct row r;
        read_row(ev, &r);
        while (i < a->nthreads && a->threads[i].id < r.thread_id) {
            if (!begun)
                begin_thread(p, &a->threads[i]);
            if ((rc = end_thread(p)))
                goto out;
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
        r.process_id = a->threads[i].process_id;
        if ((rc = on_event(p, &r))) {
            rc = weft__an_err(p->c, rc, "out of memory");
            goto out;
        }
    }
    if (rc != SQLITE_DONE) {
        rc = weft__an_sql_err(p->c, "table events");
        goto out;
    }
    rc = 0;
    for (; i < a->nthreads && !rc; i++) {
        if (!begun)
            begin_thread(p, &a->threads[i]);
        rc = end_thread(p);
        begun = 0;
    }
out:
    sqlite3_finalize(ev);
    return rc;
}

/* Index of the thread with this id (threads are sorted by id); -1 if none. */
static long thread_index(const struct weft_analysis *a, int64_t id, size_t hint)
{
    if (hint < a->nthreads && a->threads[hint].id == id)
        return (long)hint;
    return weft__an_find_id(a->threads, a->nthreads, sizeof(*a->threads), id);
}

/*
 * Holds r back in its thread's window, which stays sorted by ts; once the window is
 * full, processes its oldest row.  A thread records a call when it returns, so a call
 * that contains another (or a record made during a call) is stored a few rows late:
 * the window puts it back in order.
 */
static int window_push(struct pass *p, const struct row *r)
{
    struct tpass *tp = p->tp;
    unsigned cap = WINDOW + 1, pos = tp->wlen;
    while (pos > 0 && tp->win[(tp->whead + pos - 1) % cap].ts > r->ts) {
        tp->win[(tp->whead + pos) % cap] = tp->win[(tp->whead + pos - 1) % cap];
        pos--;
    }
    tp->win[(tp->whead + pos) % cap] = *r;
    if (++tp->wlen <= WINDOW)
        return 0;
    struct row oldest = tp->win[tp->whead];
    tp->whead = (tp->whead + 1) % cap;
    tp->wlen--;
    return on_event(p, &oldest);
}

static int window_flush(struct pass *p)
{
    struct tpass *tp = p->tp;
    int rc = 0;
    while (tp->wlen && !rc) {
        struct row oldest = tp->win[tp->whead];
        tp->whead = (tp->whead + 1) % (WINDOW + 1);
        tp->wlen--;
        rc = on_event(p, &oldest);
    }
    return rc;
}

/*
 * The fast pass: the table in storage order, every thread at once.  The collector
 * appends each thread's events in the order the thread recorded them, which is time
 * order up to a few rows (see window_push); if a thread's waits come further out of
 * order this returns -EAGAIN before finishing any thread, and the caller reads thread
 * by thread in time order instead.
 */
static int pass_rowid(struct pass *p, struct tpass *tps)
{
    struct weft_analysis *a = p->c->a;
    sqlite3_stmt *ev;
    if (sqlite3_prepare_v2(p->c->db, EVENT_COLUMNS, -1, &ev, NULL) != SQLITE_OK)
        return weft__an_sql_err(p->c, "table events");
    size_t hint = 0;
    int rc;
    while ((rc = sqlite3_step(ev)) == SQLITE_ROW) {
        struct row r;
        read_row(ev, &r);
        long i = thread_index(a, r.thread_id, hint);
        if (i < 0) {
            p->orphans++; /* an event of a thread the trace does not list */
            continue;
        }
        hint = (size_t)i + 1 < a->nthreads ? (size_t)i + 1 : 0;
        r.process_id = a->threads[i].process_id;
        p->tp = &tps[i];
        if (!p->tp->t) {
            p->tp->tb = calloc(p->c->nb, sizeof(double));
            p->tp->win = malloc((WINDOW + 1) * sizeof(struct row));
            if (!p->tp->tb || !p->tp->win) {
                rc = weft__an_err(p->c, -ENOMEM, "out of memory");
                goto out;
            }
            begin_thread(p, &a->threads[i]);
        }
        if ((rc = window_push(p, &r))) {
            if (rc != -EAGAIN)
                rc = weft__an_err(p->c, rc, "out of memory");
            goto out;
        }
    }
    if (rc != SQLITE_DONE) {
        rc = weft__an_sql_err(p->c, "table events");
        goto out;
    }
    rc = 0;
    for (size_t i = 0; i < a->nthreads && !rc; i++) {
        p->tp = &tps[i];
        if (!p->tp->t) {
            if (!(p->tp->tb = calloc(p->c->nb, sizeof(double)))) {
                rc = weft__an_err(p->c, -ENOMEM, "out of memory");
                break;
            }
            begin_thread(p, &a->threads[i]);
        }
        if (p->tp->win && (rc = window_flush(p))) {
            if (rc != -EAGAIN)
                rc = weft__an_err(p->c, rc, "out of memory");
            break;
        }
        rc = end_thread(p);
        free(p->tp->tb);
        free(p->tp->win);
        p->tp->tb = NULL;
        p->tp->win = NULL;
    }
out:
    sqlite3_finalize(ev);
    for (size_t i = 0; i < a->nthreads; i++) {
        free(tps[i].tb);
        free(tps[i].win);
        free(tps[i].wb_ts);
        free(tps[i].wbin);
        weft__an_pieces_free(&tps[i].pieces);
    }
    p->tp = &p->own_tp;
    return rc;
}

/* Forgets what an abandoned fast pass counted in the threads. */
static void reset_threads(struct weft_analysis *a)
{
    for (size_t i = 0; i < a->nthreads; i++) {
        struct weft_an_thread *t = &a->threads[i];
        memset(t->states, 0, sizeof(t->states));
        t->events = t->idle_ns = t->short_ns = t->short_scaled_ns = t->running_calls_ns = 0;
        free(t->segs);
        t->segs = NULL;
        t->nsegs = 0;
    }
}

static void *worker_main(void *arg)
{
    struct pass *p = arg;
    if (sqlite3_prepare_v2(p->c->db, "SELECT call, total_ns FROM call_counts WHERE thread_id = ?1",
                           -1, &p->counts, NULL) != SQLITE_OK)
        p->rc = weft__an_sql_err(p->c, "table call_counts");
    else if (p->fast)
        p->rc = pass_rowid(p, p->fast);
    else
        p->rc = p->c->has_index ? pass_by_thread(p) : pass_sorted(p);
    return NULL;
}

/* Sets up worker k: worker 0 uses the caller's connection, the others open their own. */
static int worker_init(struct shared *sh, struct pass *p, int k)
{
    struct weft__an_ctx *c = sh->c;
    memset(p, 0, sizeof(*p));
    p->sh = sh;
    p->c = &p->wc;
    p->wc.a = c->a;
    p->wc.has_index = c->has_index;
    p->wc.err = p->err;
    p->wc.errlen = sizeof(p->err);
    memcpy(p->wc.category, c->category, sizeof(c->category));
    p->wc.want_segments = c->want_segments;
    p->wc.series = c->series;
    p->wc.db = c->db;
    if (k > 0) {
        const char *fn = sqlite3_db_filename(c->db, "main");
        if (!fn || !*fn || sqlite3_open_v2(fn, &p->wc.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                           NULL) != SQLITE_OK) {
            sqlite3_close(p->wc.db);
            return -EIO;
        }
        p->own_db = 1;
    }
    p->tp = &p->own_tp;
    p->tp->tb = calloc(c->nb, sizeof(double));
    if (weft__an_profile_init(&p->wc, c->nb, c->a->nthreads))
        return -ENOMEM;
    p->coros = calloc(c->a->ncoros + 1, sizeof(*p->coros));
    return p->tp->tb && p->wc.buckets && p->coros ? 0 : -ENOMEM;
}

static void worker_free(struct pass *p)
{
    sqlite3_finalize(p->counts);
    if (p->own_db)
        sqlite3_close(p->wc.db);
    weft__an_map_free(&p->wc.fds);
    weft__an_map_free(&p->wc.lock_sites);
    weft__an_profile_free(&p->wc);
    free(p->own_tp.tb);
    free(p->own_tp.wb_ts);
    free(p->own_tp.wbin);
    weft__an_pieces_free(&p->own_tp.pieces);
    free(p->coros);
}

/* Adds a worker's totals to the run's. */
static int merge(struct weft__an_ctx *c, const struct pass *p)
{
    const struct weft__an_ctx *w = &p->wc;
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        for (int k = 0; k < WEFT_CALL_MAX; k++)
            c->state_call_ns[s][k] += w->state_call_ns[s][k];
        c->idle_state_ns[s] += w->idle_state_ns[s];
        c->io_raw_ns[s] += w->io_raw_ns[s];
    }
    for (int k = 0; k < WEFT_CALL_MAX; k++) {
        c->idle_call_ns[k] += w->idle_call_ns[k];
        c->cpu_call_ns[k] += w->cpu_call_ns[k];
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            c->idle_sc_ns[s][k] += w->idle_sc_ns[s][k];
    }
    if (weft__an_profile_merge(c, w))
        return -ENOMEM;
    const struct weft__an_map *maps[2] = {&w->fds, &w->lock_sites};
    struct weft__an_map *into[2] = {&c->fds, &c->lock_sites};
    for (int m = 0; m < 2; m++)
        for (size_t i = 0; i < maps[m]->cap; i++) {
            const struct weft__an_map_entry *e = &maps[m]->e[i];
            if (!e->used)
                continue;
            struct weft__an_map_entry *d = weft__an_map_get(into[m], e->k1, e->k2, e->k3);
            if (!d)
                return -ENOMEM;
            d->n += e->n;
            d->ns += e->ns;
        }
    struct weft_analysis *a = c->a;
    for (size_t i = 0; i < a->ncoros; i++) {
        a->coros[i].active_ns += p->coros[i].active_ns;
        a->coros[i].switches += p->coros[i].switches;
        a->coros[i].short_spans += p->coros[i].short_spans;
        a->coros[i].short_ns += p->coros[i].short_ns;
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            a->coros[i].states[s] += p->coros[i].states[s];
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

/* Workers: one per CPU (at most 4), never more than threads; 1 when SQLite must sort. */
static int worker_count(const struct weft__an_ctx *c)
{
    if (!c->has_index || c->a->nthreads < 2 || c->filtered)
        return 1; /* a filter's views live on this connection only */
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("WEFT_ANALYZE_JOBS");
    if (env && atoi(env) > 0)
        n = atoi(env);
    if (n > 4)
        n = 4;
    if (n < 1)
        n = 1;
    if ((size_t)n > c->a->nthreads)
        n = (long)c->a->nthreads;
    return (int)n;
}

/* Runs the passes: the fast one, else nw workers that read thread by thread. */
static int run_workers(struct shared *sh, struct pass *w, int nw, struct tpass *fast)
{
    struct weft__an_ctx *c = sh->c;
    int started = 0, rc;
    for (int k = 0; k < nw; k++) {
        if ((rc = worker_init(sh, &w[k], k))) {
            worker_free(&w[k]);
            if (k == 0)
                return weft__an_err(c, rc, "out of memory");
            nw = k; /* could not open another connection: fewer workers */
            break;
        }
    }
    w[0].fast = fast;
    for (int k = 1; k < nw; k++) {
        if (pthread_create(&w[k].tid, NULL, worker_main, &w[k]) != 0) {
            worker_free(&w[k]);
            nw = k;
            break;
        }
        started = k;
    }
    worker_main(&w[0]);
    for (int k = 1; k <= started; k++)
        pthread_join(w[k].tid, NULL);
    rc = 0;
    for (int k = 0; k < nw; k++) {
        if (!rc && w[k].rc) {
            rc = w[k].rc;
            if (rc != -EAGAIN)
                weft__an_err(c, rc, "%s", w[k].err);
        }
    }
    for (int k = 0; k < nw; k++) {
        if (!rc && merge(c, &w[k]))
            rc = weft__an_err(c, -ENOMEM, "out of memory");
        c->orphans += w[k].orphans;
        worker_free(&w[k]);
    }
    return rc;
}

int weft__an_compute_states(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    /* Per-thread profiles of the fast pass live at once: keep them within ~64 MiB. */
    size_t nb = a->nthreads ? (64u << 20) / 8 / a->nthreads : WEFT__BUCKETS;
    c->nb = nb > WEFT__BUCKETS ? WEFT__BUCKETS : nb < WEFT__BUCKETS_MIN ? WEFT__BUCKETS_MIN : nb;
    struct shared sh = {.c = c, .g0 = (double)a->start_ns, .width = (double)a->wall_ns / (double)c->nb};
    int nw = worker_count(c), rc;
    size_t nbk = c->nb;
    rc = weft__an_profile_init(c, nbk, a->nthreads);
    struct pass *w = calloc((size_t)nw, sizeof(*w));
    struct tpass *fast = calloc(a->nthreads + 1, sizeof(*fast));
    if (rc || !w || !fast || index_coroutines(&sh)) {
        rc = weft__an_err(c, -ENOMEM, "out of memory");
        goto out;
    }
    rc = run_workers(&sh, w, 1, fast);
    if (rc == -EAGAIN) {
        /* Some thread's events are not stored in time order: read them sorted. */
        reset_threads(a);
        weft__an_profile_free(c);
        if ((rc = weft__an_profile_init(c, nbk, a->nthreads))) {
            rc = weft__an_err(c, rc, "out of memory");
            goto out;
        }
        c->orphans = 0;
        rc = run_workers(&sh, w, nw, NULL);
    }
    if (!rc) {
        finish_coroutines(a);
        if (c->orphans)
            weft__an_strv_push(&a->notes, &a->nnotes,
                               weft__an_asprintf("%llu events name a thread missing from table "
                                                 "threads; they were ignored",
                                                 (unsigned long long)c->orphans));
        for (size_t i = 0; i < a->nthreads; i++) {
            a->total_cpu_ns += a->threads[i].states[WEFT_ST_RUNNING];
            a->total_runnable_ns += a->threads[i].states[WEFT_ST_RUNNABLE];
        }
    }
out:
    free(w);
    free(fast);
    weft__an_map_free(&sh.coro_keys);
    return rc;
}
