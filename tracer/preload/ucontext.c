/* Interposers for glibc ucontext coroutines: makecontext creates one, swapcontext/setcontext switch, getcontext saves one. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <ucontext.h>

#include "internal.h"

/*
 * A coroutine is identified by its stack.  Coroutine keys are small numbers (the
 * event's `coro` field is 32 bits): stack address -> key, and ucontext_t* -> the key
 * of the coroutine whose state it holds, stored as key + 1 so that the thread's own
 * stack (key 0) is told apart from a context never seen.
 */
static struct weft__idmap stacks;   /* uc_stack.ss_sp -> key */
static struct weft__idmap contexts; /* ucontext_t* -> key + 1 */
static uint32_t next_key = 1;

#define UC_SYMS(X) X(makecontext) X(swapcontext) X(setcontext) X(getcontext)
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

/* Notes that `ucp` now holds the state of coroutine `key` (0: the thread's stack). */
static void context_holds(const ucontext_t *ucp, uint32_t key)
{
    weft__t.guard++;
    weft__idmap_put(&contexts, (uint64_t)(uintptr_t)ucp, key + 1);
    weft__t.guard--;
}

/*
 * Where a switch to `ucp` goes: a context we saw saved or made; else (a copy, or one
 * saved before we were loaded) the coroutine of its stack; else the thread's stack.
 */
static uint32_t target_key(const ucontext_t *ucp)
{
    uint32_t k = weft__idmap_get(&contexts, (uint64_t)(uintptr_t)ucp);

    if (k != 0)
        return k - 1;
    if (ucp->uc_stack.ss_sp)
        k = weft__idmap_get(&stacks, (uint64_t)(uintptr_t)ucp->uc_stack.ss_sp);
    return k;
}

/* glibc's x86-64 makecontext reads each argument as a 64-bit word. */
#define MAX_ARGS 16

typedef void (*entry16)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                        uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                        uint64_t, uint64_t);

/*
 * A coroutine whose entry returns resumes its uc_link inside glibc, where no wrapper sees it,
 * and what ran next was charged to the finished coroutine.  A traced makecontext therefore
 * starts the entry under this trampoline (its arguments: the entry, uc_link as it was at
 * makecontext, as glibc keeps it, then the entry's own words), which records that return as
 * the setcontext to uc_link it is.  With no uc_link the thread exits: nothing to record.
 */
static void coro_trampoline(uint64_t fn, uint64_t link, uint64_t a0, uint64_t a1, uint64_t a2,
                            uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7,
                            uint64_t a8, uint64_t a9, uint64_t a10, uint64_t a11, uint64_t a12,
                            uint64_t a13, uint64_t a14, uint64_t a15)
{
    ((entry16)(uintptr_t)fn)(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15);
    if (link && weft__on())
        weft__switch(WEFT_CALL_SETCONTEXT, weft__t.coro, target_key((const ucontext_t *)(uintptr_t)link),
                    fn);
}

WEFT_EXPORT void makecontext(ucontext_t *ucp, void (*fn)(void), int argc, ...)
{
    uint64_t a[MAX_ARGS] = {0};
    va_list ap;
    int i;

    va_start(ap, argc);
    for (i = 0; i < argc && i < MAX_ARGS; i++)
        a[i] = va_arg(ap, uint64_t);
    va_end(ap);
    if (!weft__on()) {
        REAL(makecontext)(ucp, fn, argc, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
                          a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
    } else {
        REAL(makecontext)(ucp, (void (*)(void))coro_trampoline, MAX_ARGS + 2, (uint64_t)(uintptr_t)fn,
                          (uint64_t)(uintptr_t)ucp->uc_link, a[0], a[1], a[2], a[3], a[4], a[5], a[6],
                          a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
        extern __thread uint64_t weft__pending_entry WEFT_TLS;
        /* Inside pth_spawn the real entry is Pth's argument, not its trampoline. */
        uint64_t entry = weft__pending_entry ? weft__pending_entry : (uint64_t)(uintptr_t)fn;
        char sym[256];
        int created;
        uint32_t key;

        weft__t.guard++;
        key = weft__coro_key((uint64_t)(uintptr_t)ucp->uc_stack.ss_sp, &created);
        weft__idmap_put(&contexts, (uint64_t)(uintptr_t)ucp, key + 1);
        weft__symbol(entry, sym, sizeof sym);
        weft__t.guard--;
        /* The makecontext record is the coroutine's creation: key, entry, stack size. */
        weft__instant(WEFT_CALL_MAKECONTEXT, key, entry,
                      (int64_t)ucp->uc_stack.ss_size, 0, WEFT_SITE(), sym);
    }
}

WEFT_EXPORT int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp)
{
    uint32_t from;

    if (!weft__on())
        return REAL(swapcontext)(oucp, ucp);
    from = weft__t.coro;
    context_holds(oucp, from);
    weft__switch(WEFT_CALL_SWAPCONTEXT, from, target_key(ucp), WEFT_SITE());
    /* When this returns, whoever switched back here already set weft__t.coro. */
    return REAL(swapcontext)(oucp, ucp);
}

WEFT_EXPORT int setcontext(const ucontext_t *ucp)
{
    if (weft__on())
        weft__switch(WEFT_CALL_SETCONTEXT, weft__t.coro, target_key(ucp), WEFT_SITE());
    return REAL(setcontext)(ucp);
}

/*
 * getcontext saves the registers and the return address of its caller, so it cannot
 * be a C wrapper: the context would be one of the wrapper's frame, gone by the time a
 * setcontext resumes it.  On x86-64 it is a small entry in assembly instead: it keeps
 * the argument registers, calls getcontext_hook (which notes whose state `ucp` will
 * hold and records a getcontext event, then hands back the real getcontext), restores
 * the registers and the stack exactly as they were at entry and jumps to the real
 * getcontext, which thus saves the caller's context and returns to it (once, and again
 * for every setcontext to it).  Elsewhere getcontext is not interposed; a switch to a
 * context it saved is then attributed through the context's stack, if any.
 */
#if defined(__x86_64__)
__attribute__((used, visibility("hidden"))) void *weft__getcontext_hook(ucontext_t *ucp,
                                                                        uint64_t site);

void *weft__getcontext_hook(ucontext_t *ucp, uint64_t site)
{
    void *real = (void *)REAL(getcontext);

    if (weft__on()) {
        uint32_t key = weft__t.coro;

        /* The saved state is the running coroutine's: a later switch to ucp enters it. */
        context_holds(ucp, key);
        weft__instant(WEFT_CALL_GETCONTEXT, key, key, 0, 0, site, NULL);
    }
    return real;
}

/*
 * 56 bytes keep %rdi %rsi %rdx %rcx %r8 %r9 and align the stack for the call (at entry
 * %rsp is 8 past a multiple of 16); 56(%rsp) is then the caller's return address.
 */
__asm__(".pushsection .text\n"
        ".globl getcontext\n"
        ".type getcontext, @function\n"
        ".p2align 4\n"
        "getcontext:\n"
        ".cfi_startproc\n"
        "endbr64\n"
        "subq $56, %rsp\n"
        ".cfi_adjust_cfa_offset 56\n"
        "movq %rdi, 0(%rsp)\n"
        "movq %rsi, 8(%rsp)\n"
        "movq %rdx, 16(%rsp)\n"
        "movq %rcx, 24(%rsp)\n"
        "movq %r8, 32(%rsp)\n"
        "movq %r9, 40(%rsp)\n"
        "movq 56(%rsp), %rsi\n"
        "call weft__getcontext_hook\n"
        "movq 0(%rsp), %rdi\n"
        "movq 8(%rsp), %rsi\n"
        "movq 16(%rsp), %rdx\n"
        "movq 24(%rsp), %rcx\n"
        "movq 32(%rsp), %r8\n"
        "movq 40(%rsp), %r9\n"
        "addq $56, %rsp\n"
        ".cfi_adjust_cfa_offset -56\n"
        "jmp *%rax\n"
        ".cfi_endproc\n"
        ".size getcontext, .-getcontext\n"
        ".popsection\n");
#endif
