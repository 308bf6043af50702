/* Interposers for glibc ucontext coroutines: makecontext creates one, swapcontext/setcontext switch. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <ucontext.h>

#include "internal.h"

/*
 * A coroutine is identified by its stack.  Coroutine keys are small numbers (the
 * event's `coro` field is 32 bits): stack address -> key, and ucontext_t* -> the key
 * of the coroutine whose state it holds.  getcontext is not interposed: a wrapper
 * would save a context inside its own frame, which is gone when setcontext returns
 * there.
 */
static struct weft__idmap stacks;   /* uc_stack.ss_sp -> key */
static struct weft__idmap contexts; /* ucontext_t* -> key */
static uint32_t next_key = 1;

#define UC_SYMS(X) X(makecontext) X(swapcontext) X(setcontext)
UC_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_ucontext(void)
{
    UC_SYMS(WEFT_REAL_RESOLVE)
}

/* Key of a coroutine named by an outside id (a stack address or an annotation id). */
uint32_t weft__coro_key(uint64_t id, int *created)
{
    uint32_t k = weft__idmap_get(&stacks, id);

    *created = 0;
    if (k == 0 && id != 0) {
        k = __atomic_fetch_add(&next_key, 1, __ATOMIC_RELAXED);
        weft__idmap_put(&stacks, id, k);
        *created = 1;
    }
    return k;
}

/* Where a switch to `ucp` goes: a context we saw saved or made, else the thread's stack. */
static uint32_t target_key(const ucontext_t *ucp)
{
    uint32_t k = weft__idmap_get(&contexts, (uint64_t)(uintptr_t)ucp);

    if (k == 0 && ucp->uc_stack.ss_sp)
        k = weft__idmap_get(&stacks, (uint64_t)(uintptr_t)ucp->uc_stack.ss_sp);
    return k;
}

/* glibc's x86-64 makecontext reads each argument as a 64-bit word. */
#define MAX_ARGS 16

WEFT_EXPORT void makecontext(ucontext_t *ucp, void (*fn)(void), int argc, ...)
{
    uint64_t a[MAX_ARGS] = {0};
    va_list ap;
    int i;

    va_start(ap, argc);
    for (i = 0; i < argc && i < MAX_ARGS; i++)
        a[i] = va_arg(ap, uint64_t);
    va_end(ap);
    REAL(makecontext)(ucp, fn, argc, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
                      a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
    if (weft__on()) {
        extern __thread uint64_t weft__pending_entry WEFT_TLS;
        /* Inside pth_spawn the real entry is Pth's argument, not its trampoline. */
        uint64_t entry = weft__pending_entry ? weft__pending_entry : (uint64_t)(uintptr_t)fn;
        char sym[256];
        int created;
        uint32_t key;

        weft__t.guard++;
        key = weft__coro_key((uint64_t)(uintptr_t)ucp->uc_stack.ss_sp, &created);
        weft__idmap_put(&contexts, (uint64_t)(uintptr_t)ucp, key);
        weft__symbol(entry, sym, sizeof sym);
        weft__t.guard--;
        /* The makecontext record is the coroutine's creation: key, entry, stack size. */
        weft__instant(WEFT_CALL_MAKECONTEXT, key, entry,
                      (int64_t)ucp->uc_stack.ss_size, 0, WEFT_SITE(), sym);
    }
}

static void note_switch(unsigned call, uint32_t from, uint32_t to, uint64_t site)
{
    /* The record belongs to the coroutine we leave; then the thread runs `to`. */
    weft__instant(call, from, to, 0, 0, site, NULL);
    weft__t.coro = to;
}

WEFT_EXPORT int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp)
{
    uint32_t from;

    if (!weft__on())
        return REAL(swapcontext)(oucp, ucp);
    from = weft__t.coro;
    weft__t.guard++;
    weft__idmap_put(&contexts, (uint64_t)(uintptr_t)oucp, from);
    weft__t.guard--;
    note_switch(WEFT_CALL_SWAPCONTEXT, from, target_key(ucp), WEFT_SITE());
    /* When this returns, whoever switched back here already set weft__t.coro. */
    return REAL(swapcontext)(oucp, ucp);
}

WEFT_EXPORT int setcontext(const ucontext_t *ucp)
{
    if (weft__on())
        note_switch(WEFT_CALL_SETCONTEXT, weft__t.coro, target_key(ucp), WEFT_SITE());
    return REAL(setcontext)(ucp);
}
