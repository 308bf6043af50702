/* The entry points behind weft.h: annotations from runtimes that switch stacks or pass messages themselves. */
#include "internal.h"
#include "weft.h"

uint32_t weft__coro_key(uint64_t id, int *created);

#define SITE() WEFT_SITE()

/* Records a coroutine record whose obj is the small key for the program's id. */
static void coro_record(unsigned call, uint64_t id, const char *name, uint64_t site)
{
    int created;
    uint32_t key;

    weft__t.guard++;
    key = weft__coro_key(id, &created);
    weft__t.guard--;
    weft__instant(call, key, 0, 0, 0, site, name);
}

WEFT_EXPORT void weft_annotate_coro_create(uint64_t id, const char *name)
{
    if (weft__on())
        coro_record(WEFT_CALL_CORO_CREATE, id, name, SITE());
}

WEFT_EXPORT void weft_annotate_coro_switch(uint64_t to)
{
    int created;
    uint32_t key, from;

    if (!weft__on())
        return;
    weft__t.guard++;
    key = to ? weft__coro_key(to, &created) : 0;
    weft__t.guard--;
    from = weft__t.coro;
    weft__switch(WEFT_CALL_CORO_SWITCH, from, key, SITE());
}

WEFT_EXPORT void weft_annotate_coro_exit(uint64_t id)
{
    if (weft__on())
        coro_record(WEFT_CALL_CORO_EXIT, id, NULL, SITE());
}

WEFT_EXPORT void weft_annotate_task_begin(uint64_t id, const char *name)
{
    if (weft__on())
        weft__instant(WEFT_CALL_TASK_BEGIN, id, 0, 0, 0, SITE(), name);
}

WEFT_EXPORT void weft_annotate_task_end(uint64_t id)
{
    if (weft__on())
        weft__instant(WEFT_CALL_TASK_END, id, 0, 0, 0, SITE(), NULL);
}

WEFT_EXPORT void weft_annotate_chan_send(uint64_t chan, uint64_t value)
{
    if (weft__on())
        weft__instant(WEFT_CALL_CHAN_SEND, chan, value, 0, 0, SITE(), NULL);
}

WEFT_EXPORT void weft_annotate_chan_recv(uint64_t chan, uint64_t value)
{
    if (weft__on())
        weft__instant(WEFT_CALL_CHAN_RECV, chan, value, 0, 0, SITE(), NULL);
}

WEFT_EXPORT void weft_annotate_mark(const char *name, uint64_t value)
{
    if (weft__on())
        weft__instant(WEFT_CALL_MARK, value, 0, 0, 0, SITE(), name);
}
