/* The inlined fast path of lock bookkeeping: an uncontended acquisition and its release. */
#ifndef WEFT_PRELOAD_LOCKFAST_H
#define WEFT_PRELOAD_LOCKFAST_H

#include "internal.h"

/*
 * Hold times cost two clock reads per lock/unlock pair (2 x 18 ns here), more than the
 * whole budget.  The coarse clock is cheaper (2 x 4.5 ns) but its 4 ms tick turns a
 * 100 ns hold into a 4 ms "max".  So holds are timed with the precise clock, but only
 * some: a lock's first WEFT_HOLD_EXACT holds, then one in weft__p.hold_sample (a power
 * of two, WEFT_HOLD_SAMPLE, default 16), which counts with that weight in
 * hold_total_ns (an unbiased estimate).  hold_max_ns is the longest timed hold.  Waits
 * are always timed exactly (they are the slow path).
 */
#define WEFT_HOLD_EXACT 4u

/* Out of line: the first lock of a thread (no ring yet), and lock-order edges. */
void weft__lock_acquired_slow(uint64_t addr, unsigned kind, uint64_t site, int push);
void weft__lock_push(struct weft_ring *r, uint64_t addr, uint64_t site,
                     struct weft_lock_stat *st, uint64_t t0);

static inline struct weft_lock_stat *weft__lock_stat_fast(struct weft_ring *r, uint64_t addr,
                                                           unsigned kind)
{
    uint32_t i = (uint32_t)((((addr >> 3) * 0x9E3779B97F4A7C15ull) >> 40) & r->locks_mask);
    struct weft_lock_stat *s = &r->locks[i];

    /* Same hash as stats.c: the first probe almost always hits. */
    return WEFT_LIKELY(s->addr == addr) ? s : weft__lock_stat(r, addr, kind);
}

/* Whether this hold gets timed; returns its weight (0: not timed). */
static inline uint32_t weft__hold_weight(const struct weft_lock_stat *st)
{
    if (st->acquisitions <= WEFT_HOLD_EXACT)
        return 1;
    return (++weft__t.tick & (weft__p.hold_sample - 1)) == 0 ? weft__p.hold_sample : 0;
}

static inline void weft__lock_acquired(uint64_t addr, unsigned kind, uint64_t site, int push)
{
    struct weft__thread *t = &weft__t;
    struct weft_ring *r = &t->r;
    struct weft_lock_stat *st;
    uint32_t w;

    if (WEFT_UNLIKELY(t->state != WEFT_T_LIVE)) {
        weft__lock_acquired_slow(addr, kind, site, push);
        return;
    }
    t->guard++;
    r->calls[kind].count++;
    st = weft__lock_stat_fast(r, addr, kind);
    if (WEFT_LIKELY(st != NULL)) {
        st->acquisitions++;
        if (push) {
            w = weft__hold_weight(st);
            if (WEFT_LIKELY(t->depth == 0)) {
                struct weft__held *h = &t->held[0];
                h->addr = addr;
                h->site = site;
                h->t0 = w ? weft__now() : 0;
                h->weight = w;
                h->st = st;
                t->depth = 1;
            } else {
                weft__lock_push(r, addr, site, st, w);
            }
        }
    } else if (push) {
        weft__lock_push(r, addr, site, NULL, 0);
    }
    t->guard--;
}

void weft__lock_released_deep(uint64_t addr);

static inline void weft__lock_released(uint64_t addr)
{
    struct weft__thread *t = &weft__t;
    struct weft__held *h = &t->held[0];

    if (WEFT_LIKELY(t->depth == 1 && h->addr == addr)) {
        t->depth = 0;
        if (h->weight && h->st) {
            uint64_t held = weft__since(h->t0);
            h->st->hold_total_ns += held * h->weight;
            if (held > h->st->hold_max_ns)
                h->st->hold_max_ns = held;
        }
        return;
    }
    if (t->depth > 1)
        weft__lock_released_deep(addr);
}

#endif
