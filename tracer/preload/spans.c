/* Coroutine switches: a span shorter than the threshold is counted per coroutine, not recorded as a switch. */
#include "internal.h"

/*
 * Each switch is held back (weft__t.sp.pend) until the next one says how long the span it
 * began lasted.  A span of at least the threshold keeps its switch record, as every switch
 * had before.  A shorter one is folded into the thread's window: per coroutine, the number
 * of spans and their summed length.  The window is written out as one WEFT_CALL_CORO_SPANS
 * record per coroutine (ts = the window's start, dur = its length, obj = the coroutine's key,
 * obj2 = spans, ret = ns it ran), followed by the held switch, when a long span ends, when
 * the thread records anything else (weft__emit), when a ninth coroutine would join it, and
 * at least every WEFT_SPAN_WINDOW_NS.  The spans of a window are contiguous: their lengths
 * add up to the window.  Every switch is still counted in call_counts (recorded only when
 * its record was written).  WEFT_EVERY_SWITCH=1 records every switch.  What is held when a
 * process dies by a signal is lost: at most one switch and one window per thread.
 */
#define WEFT_SPAN_WINDOW_NS 1000000ull

/* Adds a span of `from` that began at `begin` and lasted `ns`; 0 when the window is full. */
static int window_add(struct weft__spans *s, uint32_t from, uint64_t begin, uint64_t ns)
{
    int i;

    for (i = 0; i < s->nslots && s->slot[i].key != from; i++)
        ;
    if (i == s->nslots) {
        if (i == WEFT_SPAN_SLOTS)
            return 0;
        s->slot[i] = (struct weft__span_slot){.key = from};
        if (s->nslots++ == 0)
            s->win_start = begin;
    }
    s->slot[i].count++;
    s->slot[i].run_ns += ns;
    s->win_end = begin + ns;
    return 1;
}

/* Writes out the window and the held switch (the caller holds the guard). */
void weft__spans_flush(struct weft_ring *r)
{
    struct weft__spans *s = &weft__t.sp;
    int i;

    for (i = 0; i < s->nslots; i++) {
        struct weft_event ev = {.ts = s->win_start, .call = WEFT_CALL_CORO_SPANS};

        ev.u.e.dur = s->win_end - s->win_start;
        ev.u.e.obj = s->slot[i].key;
        ev.u.e.obj2 = s->slot[i].count;
        ev.u.e.ret = (int64_t)s->slot[i].run_ns;
        ev.u.e.coro = s->slot[i].key;
        weft__ring_emit(r, &ev, NULL, 0);
    }
    s->nslots = 0;
    if (s->has_pend) {
        s->has_pend = 0;
        if (weft__ring_emit(r, &s->pend, NULL, 0) == 0)
            r->calls[s->pend.call].recorded++;
    }
}

void weft__switch(unsigned call, uint32_t from, uint32_t to, uint64_t site)
{
    int saved = errno;
    struct weft_ring *r;

    weft__t.guard++;
    r = weft__ring();
    if (r) {
        struct weft__spans *s = &weft__t.sp;
        uint64_t now = weft__now();
        struct weft_event ev = {.ts = now, .call = (uint16_t)call};

        ev.u.e.obj = from;
        ev.u.e.obj2 = to;
        ev.u.e.site = site;
        ev.u.e.coro = from; /* the record belongs to the coroutine we leave */
        if (weft__p.every_switch) {
            weft__count(r, call, 0, 0, 0, 1);
            weft__ring_emit(r, &ev, NULL, 0);
        } else {
            weft__count(r, call, 0, 0, 0, 0);
            /* The span of `from` began at the held switch and ends now. */
            if (!(s->has_pend && now - s->pend.ts < weft__p.threshold_ns &&
                  window_add(s, from, s->pend.ts, now - s->pend.ts)))
                weft__spans_flush(r);
            s->pend = ev;
            s->has_pend = 1;
            if (s->nslots && now - s->win_start >= WEFT_SPAN_WINDOW_NS)
                weft__spans_flush(r);
        }
    }
    weft__t.coro = to;
    weft__t.guard--;
    errno = saved;
}
