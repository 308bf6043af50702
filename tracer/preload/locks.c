/* Lock bookkeeping off the fast path: first locks of a thread, nested locks (order edges), releases deep in the stack, waits. */
#include "lockfast.h"

void weft__lock_push(struct weft_ring *r, uint64_t addr, uint64_t site,
                     struct weft_lock_stat *st, uint64_t weight)
{
    int d = weft__t.depth, i;
    uint64_t now = weft__now();

    /* Every lock already held gains an edge to this one (recursive re-locks excluded). */
    for (i = 0; i < d; i++)
        if (weft__t.held[i].addr != addr)
            weft__order_note(r, weft__t.held[i].addr, weft__t.held[i].site, addr, site, now);
    if (d < WEFT_HELD_MAX) {
        struct weft__held *h = &weft__t.held[d];

        h->addr = addr;
        h->site = site;
        h->t0 = now;
        h->weight = (uint32_t)weight;
        h->st = st;
        weft__t.depth = d + 1;
    }
}

void weft__lock_acquired_slow(uint64_t addr, unsigned kind, uint64_t site, int push)
{
    weft__t.guard++;
    /* Creates the ring (or finds that this thread cannot record). */
    if (weft__ring() != NULL) {
        weft__t.guard--;
        weft__lock_acquired(addr, kind, site, push);
        return;
    }
    weft__t.guard--;
}

void weft__lock_released_deep(uint64_t addr)
{
    int d = weft__t.depth, i;

    weft__t.guard++;
    /* Usually the newest; search down for out-of-order unlocks. */
    for (i = d - 1; i >= 0; i--) {
        if (weft__t.held[i].addr == addr) {
            struct weft__held *h = &weft__t.held[i];
            struct weft_lock_stat *st = h->st;

            if (st && h->weight) {
                uint64_t held = weft__since(h->t0);

                st->hold_total_ns += held * h->weight;
                if (held > st->hold_max_ns)
                    st->hold_max_ns = held;
            }
            for (; i < d - 1; i++)
                weft__t.held[i] = weft__t.held[i + 1];
            weft__t.depth = d - 1;
            break;
        }
    }
    weft__t.guard--;
}

void weft__lock_waited(uint64_t addr, unsigned call, uint64_t site, uint32_t holder,
                       uint64_t t0, uint64_t t1, int ret, int push, int inflight)
{
    int saved = errno;
    uint64_t dur = t1 > t0 ? t1 - t0 : 0;
    struct weft_ring *r;

    weft__t.guard++;
    r = weft__ring();
    if (r) {
        struct weft_lock_stat *st = weft__lock_stat(r, addr, call);
        int rec = dur >= weft__p.threshold_ns;

        if (st) {
            st->acquisitions += (ret == 0 || push);
            st->contended++;
            st->wait_total_ns += dur;
            if (dur > st->wait_max_ns)
                st->wait_max_ns = dur;
        }
        weft__count(r, call, dur, weft_call_failed(call, ret), 0, rec);
        if (rec) {
            struct weft_event ev = {.ts = t0, .call = (uint16_t)call, .err = ret};

            ev.u.e.dur = dur;
            ev.u.e.obj = addr;
            ev.u.e.ret = ret;
            ev.u.e.site = site;
            ev.u.e.aux = holder;
            ev.u.e.coro = weft__t.coro;
            weft__emit(r, &ev, NULL, 0);
        }
        /* A hold that began with a wait is always timed: it is the interesting kind. */
        if (push)
            weft__lock_push(r, addr, site, st, 1);
    }
    weft__inflight_end(inflight);
    weft__t.guard--;
    errno = saved;
}
