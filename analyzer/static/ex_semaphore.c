/* Binary semaphores used as locks: sem_init(&s, pshared, 1), then sem_wait(&s) ... sem_post(&s) is a critical section of s. */
#include "extract_internal.h"

/*
 * A global semaphore every sem_init of this TU starts at 1 (and none at another value) admits
 * one thread between a sem_wait and the next sem_post: sem_wait takes lock s, sem_post
 * releases it. A post by a thread that did not wait (a signal, or a count above 1) voids the
 * lock (lock op shared = 4; as 3 for locks built from atomics, but before threads run too: a post
 * raises the count whenever it comes): it then protects nothing. The
 * semaphore's calls still count as synchronization the analysis does not model for the
 * certainty of races (a semaphore may also order a hand-off), so what it protects is proved
 * and what races anyway stays possible.
 */

/* One call of the TU's function bodies (weft__ex_each_body_call): a post or an init. */
static int sem_call(struct ex *x, CXCursor c, const char *n, void *arg)
{
    (void)arg;
    /* A post through a pointer that is neither &global nor a parameter (resolved per call):
     * which semaphore it raises is not known, so none is a lock. (Told from the syntax: this
     * walk is outside any function's context, which lock keys of locals need.) */
    if (n && !strcmp(n, "sem_post") && clang_Cursor_getNumArguments(c) == 1) {
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, 0)), at = weft__ex_address_of(x, a);
        int by_addr = !clang_Cursor_isNull(at);
        CXCursor v = by_addr ? weft__ex_strip(at) : a, ref = clang_getCursorReferenced(v);
        int named = clang_getCursorKind(v) == CXCursor_DeclRefExpr &&
                    (by_addr ? clang_getCursorKind(ref) == CXCursor_VarDecl && weft__ex_var_is_global(ref)
                             : clang_getCursorKind(ref) == CXCursor_ParmDecl);
        if (!named)
            x->sem_unknown_post = 1;
        else if (!by_addr)
            x->sem_param_post = 1;
    }
    if (!n || strcmp(n, "sem_init") || clang_Cursor_getNumArguments(c) != 3)
        return 0;
    CXCursor obj = weft__ex_address_of(x, clang_Cursor_getArgument(c, 0));
    CXCursor var = clang_Cursor_isNull(obj) ? obj : weft__ex_strip(obj);
    long val;
    int lit = weft__ex_int_lit(x, clang_Cursor_getArgument(c, 2), &val);
    int one = lit && val == 1, zero = lit && val == 0;
    if (clang_getCursorKind(var) != CXCursor_DeclRefExpr || !weft__ex_var_is_global(clang_getCursorReferenced(var))) {
        if (!one) /* (through a pointer, init(&s, 2) in a helper: which one starts above 1 is not known) */
            x->sem_unknown_post = 1;
        if (!zero) /* (... nor which one starts above 0: sem_init(p, 0, 1) may restart a signal at 1) */
            x->sem_ptr_init = 1;
        return 0;
    }
    const char *key = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, clang_getCursorReferenced(var)), "");
    for (size_t i = 0; i < x->nbinsems; i++)
        if (!strcmp(x->binsems[i].key, key)) {
            x->binsems[i].ok &= one;
            x->binsems[i].zero &= zero;
            return 0;
        }
    struct binsem *b = WEFT__PUSH(x->binsems, x->nbinsems, x->capbinsems);
    if (!b) {
        x->oom = 1;
        return 1;
    }
    b->key = key;
    b->ok = one;
    b->zero = zero;
    return 0;
}

void weft__ex_binary_semaphores(struct ex *x)
{
    weft__ex_each_body_call(x, sem_call, NULL);
}

/*
 * A signal: a global semaphore every sem_init of this TU starts at 0, posted only directly
 * (&s) in this TU. A post is a release store of a flag "<posted>" of s, a sem_wait (which
 * returns only once some post raised the count) an acquire load that saw it set: the flag
 * hand-off of mhp.c (flag_before) then orders what the one thread that posts did before its
 * posts before what a waiter does after its wait. (A program of one TU only: another could
 * post it through a pointer; the pass checks, link.c. sem_trywait and sem_timedwait may fail:
 * they see nothing.)
 */
static void signal_call(struct ex *x, CXCursor c, CXCursor a, const char *key, int wait)
{
    for (size_t i = 0; i < x->nbinsems; i++) {
        if (!x->binsems[i].zero || strcmp(x->binsems[i].key, key))
            continue;
        const char *flag = weft__ex_cat3(x, key, "<posted>", "");
        if (!flag)
            return;
        if (wait) {
            weft__ex_emit_flag_seen(x, c, flag, weft__ex_text_of(x, weft__ex_strip(a)), "s");
            return;
        }
        int relaxed = x->relaxed_op, plain = x->plain_store;
        x->relaxed_op = x->plain_store = 0;
        weft__ex_access_key(x, a, flag, "", M_WRITE, 1);
        x->relaxed_op = relaxed, x->plain_store = plain;
        return;
    }
}

void weft__ex_semaphore_call(struct ex *x, CXCursor c, const char *name, int nargs)
{
    int wait = !strcmp(name, "sem_wait"), post = !strcmp(name, "sem_post");
    if ((!wait && !post) || nargs != 1 || !x->nbinsems)
        return;
    CXCursor a = clang_Cursor_getArgument(c, 0);
    const char *key = weft__ex_lock_key(x, a);
    if (x->sem_unknown_post)
        return;
    if (!x->sem_param_post && !x->sem_ptr_init)
        signal_call(x, c, a, key, wait);
    for (size_t i = 0; i < x->nbinsems; i++)
        if (x->binsems[i].ok && !strcmp(x->binsems[i].key, key)) {
            weft__ex_emit_lock_at(x, c, a, !wait, (char)(wait ? 0 : 4));
            return;
        }
    /* post(sem_t *s) { sem_post(s); }: the caller's semaphore, raised by a thread that may not
     * have waited (the post voids it then); a wait there is not taken as the lock. */
    if (post && !strncmp(key, "@p", 2))
        weft__ex_emit_lock_at(x, c, a, 1, 4);
}
