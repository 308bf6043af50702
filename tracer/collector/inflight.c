/* A call still blocked when its thread ended (killed, or left behind by exit): one event that did not return. */
#include "internal.h"

int weft__inflight_store(struct weft_collector *c, struct weft__thread *t, uint64_t end)
{
    const struct weft_ring_header *h = t->h;
    uint32_t call = __atomic_load_n(&h->inflight_call, __ATOMIC_ACQUIRE);
    if (!call || call >= WEFT_CALL_MAX || call == WEFT_CALL_TEXT)
        return c->err;
    uint64_t ts = h->inflight_ts;
    /* It returned and its event is in, but the thread died before clearing the slot. */
    if (t->last_call == call && t->last_call_ts == ts)
        return c->err;
    int r = weft__flush_pending(c, t); /* keeps the ring's order; normally nothing is pending */
    if (r)
        return r;
    struct weft_event *e = &t->pending;
    *e = (struct weft_event){.ts = ts, .call = (uint16_t)call, .fd_kind = h->inflight_fd_kind};
    e->u.e.dur = end > ts ? end - ts : 0;
    e->u.e.obj = h->inflight_obj;
    e->u.e.obj2 = h->inflight_obj2;
    e->u.e.site = h->inflight_site;
    e->u.e.aux = h->inflight_aux;
    e->u.e.coro = h->inflight_coro;
    t->text_len = 0;
    t->has_pending = 1;
    t->pending_unreturned = 1;
    return weft__flush_pending(c, t);
}
