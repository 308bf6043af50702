/* GNU Pth: its threads are makecontext/swapcontext coroutines; pth_spawn tells us their real entry function. */
#include "internal.h"

/* Pth's own types, kept opaque: we only pass them through. */
typedef void *weft__pth_attr;
typedef void *weft__pth_t;
typedef weft__pth_t (*weft__pth_spawn_fn)(weft__pth_attr, void *(*)(void *), void *);

static weft__pth_spawn_fn real_pth_spawn;

/* The entry pth_spawn was given, for the makecontext that Pth calls inside it. */
__thread uint64_t weft__pending_entry WEFT_TLS;

/*
 * Exported only so Pth programs bind to it; programs without Pth never call it.
 * Pth switches with makecontext/swapcontext (Debian builds it with mctx "mcsc"),
 * which ucontext.c already records; here we only name the coroutine after `func`
 * instead of Pth's internal trampoline.
 */
WEFT_EXPORT weft__pth_t pth_spawn(weft__pth_attr attr, void *(*func)(void *), void *arg)
{
    weft__pth_t t;

    if (!real_pth_spawn)
        weft__bind((void **)&real_pth_spawn, "pth_spawn", NULL);
    if (!real_pth_spawn)
        return NULL;
    weft__pending_entry = (uint64_t)(uintptr_t)func;
    t = real_pth_spawn(attr, func, arg);
    weft__pending_entry = 0;
    return t;
}
