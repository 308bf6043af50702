/* Turning a finished call into counters and, when it blocked long enough, an event. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <string.h>

#include "internal.h"

void weft__finish(const struct weft__call *c, unsigned call, int64_t ret, int err,
                  uint64_t bytes, struct weft_event *ev, int force, weft__textfn textfn,
                  const void *ctx)
{
    int saved = errno;
    uint64_t dur = weft__since(c->t0);
    struct weft_ring *r;

    weft__t.guard++;
    r = weft__ring();
    if (r) {
        int rec = force || dur >= weft__p.threshold_ns;

        weft__count(r, call, dur, weft_call_failed(call, err), bytes, rec);
        if (rec) {
            char text[WEFT_TEXT_MAX];
            size_t len = textfn ? textfn(ctx, text, sizeof text) : 0;

            if (ev->fd_kind == WEFT__FD_LOOKUP || ev->fd_kind == WEFT__FD_LOOKUP_PAIR) {
                int pair = ev->fd_kind == WEFT__FD_LOOKUP_PAIR;

                ev->fd_kind = (uint16_t)weft__fd_kind((int)ev->u.e.obj);
                if (pair && ev->fd_kind == WEFT_FD_PIPE)
                    ev->fd_kind = (uint16_t)weft__fd_kind((int)ev->u.e.obj2);
            }
            ev->ts = c->t0;
            ev->call = (uint16_t)call;
            ev->err = err;
            ev->u.e.dur = dur;
            ev->u.e.ret = ret;
            ev->u.e.coro = weft__t.coro;
            weft__emit(r, ev, text, len);
        }
    }
    /* After the event: a thread killed in between leaves both, and the collector sees
     * that the last event is this call. */
    weft__inflight_end(c->inflight);
    weft__t.guard--;
    errno = saved;
}

void weft__instant(unsigned call, uint64_t obj, uint64_t obj2, int64_t ret, uint32_t aux,
                   uint64_t site, const char *text)
{
    weft__instant_err(call, obj, obj2, ret, 0, aux, site, text);
}

void weft__instant_err(unsigned call, uint64_t obj, uint64_t obj2, int64_t ret, int err,
                       uint32_t aux, uint64_t site, const char *text)
{
    int saved = errno;
    struct weft_ring *r;

    weft__t.guard++;
    r = weft__ring();
    if (r) {
        struct weft_event ev = {.ts = weft__now(), .call = (uint16_t)call, .err = err};

        ev.u.e.obj = obj;
        ev.u.e.obj2 = obj2;
        ev.u.e.ret = ret;
        ev.u.e.aux = aux;
        ev.u.e.site = site;
        ev.u.e.coro = weft__t.coro;
        weft__count(r, call, 0, weft_call_failed(call, err), 0, 1);
        weft__emit(r, &ev, text, text ? strlen(text) : 0);
    }
    weft__t.guard--;
    errno = saved;
}

size_t weft__symbol(uint64_t addr, char *buf, size_t cap)
{
    Dl_info info;
    const ElfW(Sym) *sym = NULL;
    uint64_t lo;
    size_t n;

    if (cap == 0)
        return 0;
    buf[0] = 0; /* callers pass buf on as text: it must be a string even when unnamed */
    if (!addr || !dladdr1((void *)(uintptr_t)addr, &info, (void **)&sym, RTLD_DL_SYMENT) ||
        !info.dli_sname || !sym)
        return 0;
    /*
     * Only a symbol that contains addr names it: a dladdr that returns the nearest
     * exported symbol below a static function would name the wrong one.  Otherwise we
     * send no name and the collector reads the module's full symbol table.
     */
    lo = (uint64_t)(uintptr_t)info.dli_saddr;
    if (addr < lo || addr >= lo + (sym->st_size ? sym->st_size : 1))
        return 0;
    n = strlen(info.dli_sname);
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, info.dli_sname, n);
    buf[n] = 0;
    return n;
}
