/* The kernel's samples of a trace (thread_samples, machine_samples) as per-thread CPU and run-queue curves and the machine's load. */
#include "analysis_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Machine shares need this much sampled time to mean anything (/proc/stat counts in ticks). */
#define MACHINE_MIN_NS 200000000LL

static int has_table(struct weft__an_ctx *c, const char *sql)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return 0; /* a version 1 trace: no samples */
    sqlite3_finalize(st);
    return 1;
}

static int push_pt(struct weft__an_series *s, size_t *cap, int64_t ts, double cpu, double runq)
{
    if (s->n && ts <= s->pt[s->n - 1].ts) {
        /* Same instant (a final sample right after a periodic one): the later reading wins. */
        if (ts == s->pt[s->n - 1].ts || cpu >= s->pt[s->n - 1].cpu) {
            s->pt[s->n - 1].cpu = cpu > s->pt[s->n - 1].cpu ? cpu : s->pt[s->n - 1].cpu;
            s->pt[s->n - 1].runq = runq > s->pt[s->n - 1].runq ? runq : s->pt[s->n - 1].runq;
        }
        return 0;
    }
    if (s->n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        struct weft__an_pt *n = realloc(s->pt, *cap * sizeof(*n));
        if (!n)
            return -ENOMEM;
        s->pt = n;
    }
    /* Counters never go back: a reading below the last one is noise of the /proc read. */
    if (s->n) {
        if (cpu < s->pt[s->n - 1].cpu)
            cpu = s->pt[s->n - 1].cpu;
        if (runq < s->pt[s->n - 1].runq)
            runq = s->pt[s->n - 1].runq;
    }
    s->pt[s->n++] = (struct weft__an_pt){ts, cpu, runq};
    return 0;
}

double weft__an_series_at(const struct weft__an_series *s, int64_t ts, int runq)
{
    if (!s->n)
        return 0;
    if (ts <= s->pt[0].ts)
        return runq ? s->pt[0].runq : s->pt[0].cpu;
    if (ts >= s->pt[s->n - 1].ts)
        return runq ? s->pt[s->n - 1].runq : s->pt[s->n - 1].cpu;
    size_t lo = 0, hi = s->n - 1; /* pt[lo].ts < ts < pt[hi].ts */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (s->pt[mid].ts <= ts)
            lo = mid;
        else
            hi = mid;
    }
    const struct weft__an_pt *a = &s->pt[lo], *b = &s->pt[hi];
    double f = (double)(ts - a->ts) / (double)(b->ts - a->ts);
    return runq ? a->runq + f * (b->runq - a->runq) : a->cpu + f * (b->cpu - a->cpu);
}

/*
 * Builds thread T's curve: the counters are 0 when the thread was created, except that a
 * process's main thread keeps its counters across exec: in an image that replaced a traced
 * one (EXECD), whatever the first sample holds beyond the time since the image started is
 * taken as the previous image's.  (The first image's main thread keeps it all: the dynamic
 * loader's work before the tracer starts is the program's, as the kernel counts it.)  The thread's own CPU
 * clock at its end (threads.cpu_ns) is a last point when it is later than the samples.
 */
static int build(struct weft_an_thread *t, int64_t birth, int execd, struct weft__an_series *s,
                 const int64_t *raw, size_t nraw)
{
    size_t cap = 0;
    const int64_t *first = raw; /* ts, cpu, runq triples */
    double elapsed = (double)(first[0] - birth);
    double have = (double)(first[1] + first[2]);
    double base_cpu = 0, base_runq = 0;
    if (elapsed < 0)
        elapsed = 0;
    if (execd && have > elapsed && have > 0) {
        double excess = have - elapsed;
        base_cpu = excess * (double)first[1] / have;
        base_runq = excess * (double)first[2] / have;
    }
    int rc = push_pt(s, &cap, birth < first[0] ? birth : first[0], base_cpu, base_runq);
    for (size_t i = 0; i < nraw && !rc; i++)
        rc = push_pt(s, &cap, raw[3 * i], (double)raw[3 * i + 1], (double)raw[3 * i + 2]);
    if (!rc && t->cpu_ns != WEFT_AN_NULL && t->end_ns != WEFT_AN_NULL && s->n &&
        (double)t->cpu_ns > s->pt[s->n - 1].cpu + base_cpu && t->end_ns > s->pt[s->n - 1].ts)
        rc = push_pt(s, &cap, t->end_ns, (double)t->cpu_ns + base_cpu, s->pt[s->n - 1].runq);
    /* From here on the curve counts from the image's start. */
    for (size_t i = 0; i < s->n; i++) {
        s->pt[i].cpu -= base_cpu;
        s->pt[i].runq -= base_runq;
        if (s->pt[i].cpu < 0)
            s->pt[i].cpu = 0;
        if (s->pt[i].runq < 0)
            s->pt[i].runq = 0;
    }
    return rc;
}

int weft__an_load_samples(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    if (!a->nthreads || !has_table(c, "SELECT 1 FROM thread_samples LIMIT 0"))
        return 0;
    c->series = calloc(a->nthreads, sizeof(*c->series));
    if (!c->series)
        return weft__an_err(c, -ENOMEM, "out of memory");
    /* The thread's real start (the threads view of a time window clips start_ns). */
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT s.thread_id, s.ts_ns, s.cpu_ns, s.runnable_ns, "
                           " (SELECT min(t.start_ns, coalesce((SELECT p.start_ns FROM main.processes p "
                           "   WHERE p.id = t.process_id AND p.pid = t.tid), t.start_ns)) "
                           "  FROM main.threads t WHERE t.id = s.thread_id), "
                           " (SELECT p.exec_from IS NOT NULL FROM main.threads t JOIN main.processes p "
                           "  ON p.id = t.process_id AND p.pid = t.tid WHERE t.id = s.thread_id) "
                           "FROM thread_samples s ORDER BY s.thread_id, s.ts_ns",
                           -1, &st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, "table thread_samples");
    int64_t *raw = NULL;
    size_t nraw = 0, rawcap = 0;
    int64_t cur = INT64_MIN, birth = 0;
    int execd = 0;
    int rc;
    for (;;) {
        rc = sqlite3_step(st);
        int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : INT64_MAX;
        if (id != cur && cur != INT64_MIN && nraw) {
            long i = weft__an_find_id(a->threads, a->nthreads, sizeof(*a->threads), cur);
            if (i >= 0 && build(&a->threads[i], birth, execd, &c->series[i], raw, nraw)) {
                rc = SQLITE_NOMEM;
                break;
            }
            nraw = 0;
        }
        if (rc != SQLITE_ROW)
            break;
        cur = id;
        if (nraw == rawcap) {
            rawcap = rawcap ? rawcap * 2 : 64;
            int64_t *n = realloc(raw, rawcap * 3 * sizeof(*n));
            if (!n) {
                rc = SQLITE_NOMEM;
                break;
            }
            raw = n;
        }
        raw[3 * nraw] = sqlite3_column_int64(st, 1);
        raw[3 * nraw + 1] = sqlite3_column_int64(st, 2);
        raw[3 * nraw + 2] = sqlite3_column_int64(st, 3);
        birth = sqlite3_column_type(st, 4) == SQLITE_NULL ? raw[3 * nraw] : sqlite3_column_int64(st, 4);
        execd = sqlite3_column_int(st, 5);
        nraw++;
    }
    sqlite3_finalize(st);
    free(raw);
    if (rc == SQLITE_NOMEM)
        return weft__an_err(c, -ENOMEM, "out of memory");
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table thread_samples");
    for (size_t i = 0; i < a->nthreads; i++) {
        struct weft_an_thread *t = &a->threads[i];
        const struct weft__an_series *s = &c->series[i];
        if (!s->n)
            continue;
        t->sampled = 1;
        a->sampled_threads++;
        t->runnable_ns = (int64_t)(weft__an_series_at(s, t->life_end, 1) - weft__an_series_at(s, t->life_start, 1));
        int64_t cpu = (int64_t)(weft__an_series_at(s, t->life_end, 0) - weft__an_series_at(s, t->life_start, 0));
        t->cpu_ns = cpu; /* over the analyzed lifetime (a time window clips it) */
    }
    return 0;
}

void weft__an_free_samples(struct weft__an_ctx *c)
{
    if (c->series)
        for (size_t i = 0; i < c->a->nthreads; i++)
            free(c->series[i].pt);
    free(c->series);
    c->series = NULL;
}

int weft__an_compute_machine(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    struct weft_an_machine *m = &a->machine;
    if (!has_table(c, "SELECT 1 FROM machine_samples LIMIT 0"))
        return 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT ts_ns, user_ns + nice_ns + system_ns + irq_ns + softirq_ns + steal_ns, "
                           " idle_ns + iowait_ns, collector_ns FROM machine_samples "
                           "WHERE ts_ns >= ?1 AND ts_ns <= ?2 ORDER BY ts_ns",
                           -1, &st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, "table machine_samples");
    sqlite3_bind_int64(st, 1, a->start_ns);
    sqlite3_bind_int64(st, 2, a->end_ns);
    int64_t t0 = 0, t1 = 0, b0 = 0, b1 = 0, i0 = 0, i1 = 0, k0 = 0, k1 = 0;
    int n = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        t1 = sqlite3_column_int64(st, 0);
        b1 = sqlite3_column_int64(st, 1);
        i1 = sqlite3_column_int64(st, 2);
        k1 = sqlite3_column_int64(st, 3);
        if (!n++) {
            t0 = t1;
            b0 = b1;
            i0 = i1;
            k0 = k1;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table machine_samples");
    if (n < 2 || t1 - t0 < MACHINE_MIN_NS || (b1 - b0) + (i1 - i0) <= 0)
        return 0;
    double total = (double)((b1 - b0) + (i1 - i0)); /* CPU time the machine had */
    double traced = 0;
    for (size_t i = 0; c->series && i < a->nthreads; i++) {
        const struct weft__an_series *s = &c->series[i];
        if (s->n)
            traced += weft__an_series_at(s, t1, 0) - weft__an_series_at(s, t0, 0);
    }
    m->known = 1;
    m->span_ns = t1 - t0;
    m->busy_share = (double)(b1 - b0) / total;
    m->traced_share = traced / total;
    m->collector_share = (double)(k1 - k0) / total;
    if (m->traced_share > m->busy_share)
        m->traced_share = m->busy_share;
    m->others_share = m->busy_share - m->traced_share - m->collector_share;
    if (m->others_share < 0)
        m->others_share = 0;
    return 0;
}
