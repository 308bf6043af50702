/* Per-thread lock statistics and lock-order edges: open-addressed tables inside the ring file. */
#include "weft_rt.h"

/* Probes before a table counts as full: keeps the worst case bounded on the lock path. */
#define MAX_PROBE 32u

static inline uint32_t hash64(uint64_t x, uint32_t mask)
{
    x = (x >> 3) * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(x >> 40) & mask;
}

struct weft_lock_stat *weft__lock_stat(struct weft_ring *r, uint64_t addr, uint32_t kind)
{
    uint32_t i = hash64(addr, r->locks_mask);
    uint32_t n;

    for (n = 0; n < MAX_PROBE; n++, i = (i + 1) & r->locks_mask) {
        struct weft_lock_stat *s = &r->locks[i];

        if (s->addr == addr)
            return s;
        if (s->addr == 0) {
            s->kind = kind;
            __atomic_store_n(&s->addr, addr, __ATOMIC_RELAXED);
            __atomic_store_n(&r->h->locks_used, r->h->locks_used + 1, __ATOMIC_RELAXED);
            return s;
        }
    }
    __atomic_store_n(&r->h->locks_overflow, r->h->locks_overflow + 1, __ATOMIC_RELAXED);
    return NULL;
}

void weft__order_note(struct weft_ring *r, uint64_t held, uint64_t held_site, uint64_t acquired,
                      uint64_t acquired_site, uint64_t ts)
{
    uint32_t i = hash64(held ^ (acquired * 31u), r->order_mask);
    uint32_t n;

    for (n = 0; n < MAX_PROBE; n++, i = (i + 1) & r->order_mask) {
        struct weft_order_edge *e = &r->order[i];

        if (e->held == held && e->acquired == acquired) {
            e->count++;
            return;
        }
        if (e->held == 0) {
            e->acquired = acquired;
            e->held_site = held_site;
            e->acquired_site = acquired_site;
            e->count = 1;
            e->first_ts = ts;
            __atomic_store_n(&e->held, held, __ATOMIC_RELAXED);
            __atomic_store_n(&r->h->order_used, r->h->order_used + 1, __ATOMIC_RELAXED);
            return;
        }
    }
    __atomic_store_n(&r->h->order_overflow, r->h->order_overflow + 1, __ATOMIC_RELAXED);
}
