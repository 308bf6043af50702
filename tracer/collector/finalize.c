/* Ends a thread (last drain, counters, lock stats, order edges) and a process (summed locks, exit). */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static const char *lock_kind(uint32_t call)
{
    switch (call) {
    case WEFT_CALL_PTHREAD_MUTEX_LOCK:
    case WEFT_CALL_PTHREAD_MUTEX_TIMEDLOCK:
    case WEFT_CALL_PTHREAD_MUTEX_TRYLOCK:
        return "mutex";
    case WEFT_CALL_PTHREAD_RWLOCK_RDLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_WRLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TIMEDRDLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TIMEDWRLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TRYRDLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TRYWRLOCK:
        return "rwlock";
    case WEFT_CALL_PTHREAD_SPIN_LOCK:
    case WEFT_CALL_PTHREAD_SPIN_TRYLOCK:
        return "spinlock";
    case WEFT_CALL_SEM_WAIT:
    case WEFT_CALL_SEM_TIMEDWAIT:
    case WEFT_CALL_SEM_TRYWAIT:
        return "sem";
    case WEFT_CALL_PTHREAD_BARRIER_WAIT:
        return "barrier";
    case WEFT_CALL_MTX_LOCK:
    case WEFT_CALL_MTX_TIMEDLOCK:
    case WEFT_CALL_MTX_TRYLOCK:
        return "mtx";
    default:
        return NULL;
    }
}

static int add_lock_stat(struct weft__proc *p, const struct weft_lock_stat *ls)
{
    uint64_t idx;
    struct weft__lock *l;
    if (weft__map_get(&p->lock_idx, ls->addr, &idx)) {
        l = &p->locks[idx - 1];
    } else {
        if (p->nlocks == p->locks_cap) {
            size_t ncap = p->locks_cap ? p->locks_cap * 2 : 32;
            struct weft__lock *n = realloc(p->locks, ncap * sizeof(*n));
            if (!n)
                return -ENOMEM;
            p->locks = n;
            p->locks_cap = ncap;
        }
        l = &p->locks[p->nlocks++];
        memset(l, 0, sizeof(*l));
        l->addr = ls->addr;
        l->kind = ls->kind;
        if (weft__map_put(&p->lock_idx, ls->addr, p->nlocks) < 0)
            return -ENOMEM;
    }
    l->acq += ls->acquisitions;
    l->contended += ls->contended;
    l->wait_total += ls->wait_total_ns;
    l->hold_total += ls->hold_total_ns;
    if (ls->wait_max_ns > l->wait_max)
        l->wait_max = ls->wait_max_ns;
    if (ls->hold_max_ns > l->hold_max)
        l->hold_max = ls->hold_max_ns;
    return 0;
}

/* Copies counters out of the ring header's tables, checking every offset against the file. */
static int store_counters(struct weft_collector *c, struct weft__thread *t)
{
    const struct weft_ring_header *h = t->h;
    const char *base = (const char *)h;
    if (h->calls_off && h->calls_off + WEFT_CALL_MAX * sizeof(struct weft_call_counter) <= t->size) {
        const struct weft_call_counter *cc = (const void *)(base + h->calls_off);
        for (int i = 1; i < WEFT_CALL_MAX; i++) {
            if (!cc[i].count)
                continue;
            weft__row_call_count(c, t->id, i, &cc[i]);
        }
    }
    /* Empty tables are skipped unread: reading their pages would allocate them (tmpfs). */
    int known = (h->features & WEFT_RING_F_USED) != 0;
    if ((!known || h->locks_used) && h->locks_off &&
        h->locks_off + (uint64_t)h->locks_cap * sizeof(struct weft_lock_stat) <= t->size) {
        const struct weft_lock_stat *ls = (const void *)(base + h->locks_off);
        for (uint32_t i = 0; i < h->locks_cap; i++)
            if (ls[i].addr && add_lock_stat(t->proc, &ls[i]) < 0)
                return -ENOMEM;
    }
    if ((!known || h->order_used) && h->order_off &&
        h->order_off + (uint64_t)h->order_cap * sizeof(struct weft_order_edge) <= t->size) {
        const struct weft_order_edge *oe = (const void *)(base + h->order_off);
        for (uint32_t i = 0; i < h->order_cap; i++) {
            if (!oe[i].held)
                continue;
            int64_t hs = oe[i].held_site ? weft__site_id(c, t->proc, oe[i].held_site) : 0;
            int64_t as = oe[i].acquired_site ? weft__site_id(c, t->proc, oe[i].acquired_site) : 0;
            struct weft__order_row o = {.process_id = t->proc->id,
                                        .thread_id = t->id,
                                        .held = oe[i].held,
                                        .acquired = oe[i].acquired,
                                        .count = oe[i].count,
                                        .held_site = hs ? hs : WEFT__NULL,
                                        .acquired_site = as ? as : WEFT__NULL,
                                        .first_ns = oe[i].first_ts ? (int64_t)oe[i].first_ts : WEFT__NULL};
            weft__row_lock_order(c, &o);
        }
    }
    return c->err;
}

/* Zeroes LEN bytes at OFF of the ring at BASE, giving whole pages back to tmpfs. */
static void zero_range(char *base, uint64_t off, uint64_t len)
{
    uint64_t lo = (off + 4095) & ~4095ull, hi = (off + len) & ~4095ull;
    if (lo >= hi || madvise(base + lo, hi - lo, MADV_REMOVE) < 0) {
        memset(base + off, 0, len);
        return;
    }
    memset(base + off, 0, lo - off);
    memset(base + hi, 0, off + len - hi);
}

/* A ring whose events filled more than this is given back to tmpfs when recycled. */
#define RECYCLE_KEEP_EVENTS 1024u

/*
 * Hands T's ring back to its process for a new thread (recycling, weft_ring.h), once
 * everything in it is stored: zeroes its tables, then marks it FREE and keeps it mapped
 * as a spare.  Returns 1 when it did, 0 when the ring is to be deleted (not recyclable,
 * its process is gone, the thread did not end, or no memory).
 */
static int recycle(struct weft_collector *c, struct weft__thread *t)
{
    struct weft_ring_header *h = t->h;
    struct weft_proc_file *pf = t->proc->pf;
    if (!(h->features & WEFT_RING_F_RECYCLE) || h->version < 2 || !pf || t->proc->done ||
        __atomic_load_n(&h->state, __ATOMIC_ACQUIRE) != WEFT_THREAD_DONE)
        return 0;
    /* Offsets were checked against the file when it was adopted; check them again anyway. */
    uint64_t calls = WEFT_CALL_MAX * sizeof(struct weft_call_counter);
    uint64_t locks = (uint64_t)h->locks_cap * sizeof(struct weft_lock_stat);
    uint64_t order = (uint64_t)h->order_cap * sizeof(struct weft_order_edge);
    uint64_t events = (uint64_t)h->capacity * sizeof(struct weft_event);
    if (h->calls_off + calls > t->size || h->locks_off + locks > t->size || h->order_off + order > t->size ||
        h->events_off + events > t->size)
        return 0;
    pthread_mutex_lock(&c->lock);
    if (c->nspares == c->spares_cap) {
        size_t ncap = c->spares_cap ? c->spares_cap * 2 : 64;
        struct weft__spare *n = realloc(c->spares, ncap * sizeof(*n));
        if (!n) {
            pthread_mutex_unlock(&c->lock);
            return 0;
        }
        c->spares = n;
        c->spares_cap = ncap;
    }
    pthread_mutex_unlock(&c->lock);
    char *base = (char *)h;
    struct weft_call_counter *cc = (void *)(base + h->calls_off);
    for (int i = 0; i < WEFT_CALL_MAX; i++)
        if (cc[i].count)
            memset(&cc[i], 0, sizeof(cc[i]));
    /* Tables that were used: their pages go back (a fresh ring has holes there). */
    if (h->locks_used || h->locks_overflow)
        zero_range(base, h->locks_off, locks);
    if (h->order_used || h->order_overflow)
        zero_range(base, h->order_off, order);
    if (h->head > RECYCLE_KEEP_EVENTS)
        zero_range(base, h->events_off, events); /* bounds what a pool of rings holds */
    pthread_mutex_lock(&c->lock);
    struct weft__spare *s = &c->spares[c->nspares++];
    s->h = h;
    s->size = t->size;
    s->pid = t->pid;
    s->proc_start_ns = t->proc_start_ns;
    snprintf(s->name, sizeof(s->name), "%s", t->name);
    /* Last: from here the process may reuse it, and we only read its state. */
    __atomic_store_n(&h->state, WEFT_THREAD_FREE, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&c->lock);
    __atomic_fetch_add(&pf->free_rings, 1, __ATOMIC_RELEASE);
    return 1;
}

int weft__thread_store_all(struct weft_collector *c, struct weft__thread *t)
{
    if (t->done)
        return c->err;
    weft__drain_close(c, t);
    int r = weft__drain(c, t);
    if (r < 0)
        return r;
    return weft__flush_pending(c, t);
}

int weft__threads_finalize(struct weft_collector *c, const struct weft__proc *p, int *ended)
{
    int r = c->err;
    for (size_t j = 0; j < c->nthreads && !r; j++)
        if (!p || c->threads[j]->proc == p)
            r = weft__thread_store_all(c, c->threads[j]);
    for (size_t j = 0; j < c->nthreads && !r; j++)
        if ((!p || c->threads[j]->proc == p) && !c->threads[j]->done) {
            r = weft__thread_finalize(c, c->threads[j]);
            if (ended)
                ++*ended;
        }
    return r;
}

int weft__thread_finalize(struct weft_collector *c, struct weft__thread *t)
{
    if (t->done)
        return c->err;
    int r = weft__thread_store_all(c, t);
    if (r < 0)
        return r;
    struct weft_ring_header *h = t->h;
    uint64_t end = h->end_ns;
    if (!end) {
        /* It never said goodbye (killed, or exited without our hooks): when we saw it gone. */
        uint64_t now = weft__now_ns();
        end = t->last_ts > now ? t->last_ts : now;
        if (t->proc->pf && t->proc->pf->end_ns && t->proc->pf->end_ns >= t->last_ts)
            end = t->proc->pf->end_ns;
    }
    /* A call it was blocked in when it ended: from its start to that end. */
    if ((r = weft__inflight_store(c, t, end)))
        return r;
    if (store_counters(c, t) < 0)
        return c->err ? c->err : -ENOMEM;
    uint64_t dropped = h->dropped;
    c->dropped += dropped;
    if (end > c->max_ts)
        c->max_ts = end;
    uint64_t creator;
    if (t->creator_tid < 0 && weft__map_get(&t->proc->creators, (uint64_t)t->tid, &creator))
        t->creator_tid = (int)creator;
    char *routine = t->troutine;
    if (!routine && t->routine_addr)
        routine = weft__symbolize_data(t->proc, t->routine_addr);
    const char *tname = t->tname;
    uint64_t given;
    if (weft__map_get(&t->proc->given_names, (uint64_t)t->tid, &given)) {
        const struct weft__given_name *g = (const struct weft__given_name *)(uintptr_t)given;
        if (g->ts >= t->tname_ts)
            tname = g->name;
    }
    struct weft__thread_end_row row = {.id = t->id,
                                       .name = tname,
                                       .start_routine = routine,
                                       .creator_tid = t->creator_tid > 0 ? t->creator_tid : WEFT__NULL,
                                       .end_ns = (int64_t)end,
                                       .cpu_ns = h->cpu_ns ? (int64_t)h->cpu_ns : WEFT__NULL,
                                       .dropped = (int64_t)dropped,
                                       .start_ns = (int64_t)h->start_ns};
    weft__row_thread_end(c, &row);
    /*
     * The kernel's totals: the last sample of the thread (taken now if its tid still
     * exists; the samples keep its run-queue time).  cpu_ns keeps the larger of that and
     * what the thread read itself at its end.
     */
    struct weft__tsample last;
    if (weft__sampler_final(c, t->id, &last))
        weft__row_thread_cpu(c, t->id, last.cpu_ns);
    if (routine != t->troutine)
        free(routine);
    if (t->last_ts > t->proc->last_ts)
        t->proc->last_ts = t->last_ts;
    if (end > t->proc->last_ts)
        t->proc->last_ts = end;
    t->done = 1;
    t->proc->nthreads_live--;
    if (c->err)
        return c->err;
    /* Everything is in the database: the ring can go, or go back to its process. */
    if (!recycle(c, t)) {
        munmap(t->h, t->size);
        char path[4096];
        snprintf(path, sizeof(path), "%s/%s", c->dir, t->name);
        unlink(path);
        weft__adopt_forget(c, t->name);
    }
    t->h = NULL;
    return 0;
}

int weft__proc_finalize(struct weft_collector *c, struct weft__proc *p)
{
    if (p->done)
        return c->err;
    weft__spares_drop(c, p); /* its rings kept for reuse: nobody will reuse them now */
    weft__maps_parse(p); /* before the .proc goes away */
    for (size_t i = 0; i < p->nlocks; i++) {
        struct weft__lock *l = &p->locks[i];
        char *name = weft__symbolize_data(p, l->addr);
        weft__row_lock(c, p->id, l, lock_kind(l->kind), name);
        free(name);
    }
    uint64_t end = p->pf && p->pf->end_ns ? p->pf->end_ns : 0;
    if (!end) {
        uint64_t now = weft__now_ns();
        end = p->last_ts > now ? p->last_ts : now;
    }
    if (end < p->last_ts)
        end = p->last_ts;
    if (end > c->max_ts)
        c->max_ts = end;
    if (!p->nthreads_seen && p->pf) {
        /*
         * A process that never made a traced call has no ring, but it had its main thread
         * (tid == pid) for its whole life: give it that row so its time is not lost.
         */
        struct weft__thread_end_row row = {.creator_tid = WEFT__NULL,
                                           .end_ns = (int64_t)end,
                                           .cpu_ns = WEFT__NULL,
                                           .dropped = 0,
                                           .start_ns = (int64_t)p->start_ns};
        if (!weft__row_thread(c, p->id, p->pid, p->pid, p->start_ns, &row.id))
            weft__row_thread_end(c, &row);
    }
    weft__row_process_end(c, p->id, (int64_t)end, p->pf && p->pf->exited ? p->pf->exit_code : WEFT__NULL,
                          WEFT__NULL);
    p->done = 1;
    if (p->pf) {
        munmap(p->pf, p->pf_size);
        p->pf = NULL;
        char path[4096];
        snprintf(path, sizeof(path), "%s/%s", c->dir, p->name);
        unlink(path);
    }
    return c->err;
}
