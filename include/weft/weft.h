/* weft's public API: header-only annotations for code that switches stacks or passes messages by itself. */
#ifndef WEFT_H
#define WEFT_H

/*
 * Each function below costs one predictable branch when the program is not traced:
 * it calls a *weak* reference to an entry point that only libweft-preload.so
 * defines.  Nothing needs to be linked.  Under the tracer each call becomes one
 * record in the calling thread's ring:
 *
 *   weft_coro_create(id, name)   a coroutine (any 64-bit key you choose, not 0) exists
 *   weft_coro_switch(to)         this thread now runs coroutine `to` (0: its own stack)
 *   weft_coro_exit(id)           the coroutine finished
 *   weft_task_begin(id, name)    a named unit of work starts / ends on this thread
 *   weft_task_end(id)
 *   weft_chan_send(chan, value)  a message passed through channel `chan`
 *   weft_chan_recv(chan, value)
 *   weft_mark(name, value)       a named instant
 *
 * Names are copied at once; they need not outlive the call.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WEFT__WEAK __attribute__((weak))
extern void weft_annotate_coro_create(uint64_t id, const char *name) WEFT__WEAK;
extern void weft_annotate_coro_switch(uint64_t to) WEFT__WEAK;
extern void weft_annotate_coro_exit(uint64_t id) WEFT__WEAK;
extern void weft_annotate_task_begin(uint64_t id, const char *name) WEFT__WEAK;
extern void weft_annotate_task_end(uint64_t id) WEFT__WEAK;
extern void weft_annotate_chan_send(uint64_t chan, uint64_t value) WEFT__WEAK;
extern void weft_annotate_chan_recv(uint64_t chan, uint64_t value) WEFT__WEAK;
extern void weft_annotate_mark(const char *name, uint64_t value) WEFT__WEAK;
#undef WEFT__WEAK

static inline void weft_coro_create(uint64_t id, const char *name)
{
    if (weft_annotate_coro_create)
        weft_annotate_coro_create(id, name);
}

static inline void weft_coro_switch(uint64_t to)
{
    if (weft_annotate_coro_switch)
        weft_annotate_coro_switch(to);
}

static inline void weft_coro_exit(uint64_t id)
{
    if (weft_annotate_coro_exit)
        weft_annotate_coro_exit(id);
}

static inline void weft_task_begin(uint64_t id, const char *name)
{
    if (weft_annotate_task_begin)
        weft_annotate_task_begin(id, name);
}

static inline void weft_task_end(uint64_t id)
{
    if (weft_annotate_task_end)
        weft_annotate_task_end(id);
}

static inline void weft_chan_send(uint64_t chan, uint64_t value)
{
    if (weft_annotate_chan_send)
        weft_annotate_chan_send(chan, value);
}

static inline void weft_chan_recv(uint64_t chan, uint64_t value)
{
    if (weft_annotate_chan_recv)
        weft_annotate_chan_recv(chan, value);
}

static inline void weft_mark(const char *name, uint64_t value)
{
    if (weft_annotate_mark)
        weft_annotate_mark(name, value);
}

/* A stable task id from a name (FNV-1a), so begin and end can be written by name alone. */
static inline uint64_t weft_name_id(const char *name)
{
    uint64_t h = 0xcbf29ce484222325ull;
    while (*name)
        h = (h ^ (uint8_t)*name++) * 0x100000001b3ull;
    return h;
}

/* Statement forms, for code that wants one line per annotation. */
#define WEFT_TASK_BEGIN_ANNOTATION(name) weft_task_begin(weft_name_id(name), (name))
#define WEFT_TASK_END_ANNOTATION(name) weft_task_end(weft_name_id(name))
#define WEFT_CHAN_SEND_ANNOTATION(chan, value) \
    weft_chan_send((uint64_t)(uintptr_t)(chan), (uint64_t)(value))
#define WEFT_CHAN_RECV_ANNOTATION(chan, value) \
    weft_chan_recv((uint64_t)(uintptr_t)(chan), (uint64_t)(value))
#define WEFT_MARK_ANNOTATION(name, value) weft_mark((name), (uint64_t)(value))

#ifdef __cplusplus
}
#endif

#endif
