/* Ticket locks: a spin until the serving word equals a ticket drawn from a counter that only counts up takes the lock, an increment of the serving word releases it. */
#include "extract_internal.h"

#include <string.h>

/*
 *   unsigned my = atomic_fetch_add(&next, 1);
 *   while (atomic_load(&serving) != my) ;        (or do { } while (...), acquire or seq_cst)
 *   ... critical section ...
 *   atomic_fetch_add(&serving, 1);               (or serving++ on an _Atomic, a store)
 * Tickets are unique while `next` only counts up (ex_counter_uses.c; a store to it once threads
 * run voids the lock, findings.c), and the serving word changes only at a release: a thread
 * enters only when it equals its own ticket, so at most one is inside. A write of the
 * serving word by a thread that does not hold it voids the lock (findings.c).
 */

/* Type t holds every value of integer type from: as many value bits, not a bool. */
static int holds(CXType t, CXType from)
{
    t = clang_getCanonicalType(t);
    from = clang_getCanonicalType(from);
    if (t.kind == CXType_Bool || from.kind == CXType_Bool)
        return 0;
    int bt = weft__ex_value_bits(t), bf = weft__ex_value_bits(from);
    return bt > 0 && bf > 0 && bt >= bf;
}

/* Every cast between e and the value under its casts keeps that value's values. */
static int keeps(CXCursor e)
{
    CXCursor v = weft__ex_strip(e);
    for (int depth = 0; depth < 16 && !clang_Cursor_isNull(e) && !clang_equalCursors(e, v); depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr)
            break;
        if (!holds(clang_getCursorType(e), clang_getCursorType(v)))
            return 0;
        e = weft__ex_operand(e);
    }
    return 1;
}

/* The fetch-and-add e adds 1: a larger step wraps around after fewer draws (0x40000000 on a
 * 32-bit counter: every fourth ticket repeats). */
static int step_one(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    long v = 0;
    if (clang_getCursorKind(e) == CXCursor_CallExpr)
        return clang_Cursor_getNumArguments(e) == 2 && weft__ex_int_lit(x, clang_Cursor_getArgument(e, 1), &v) && v == 1;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = kk.n >= 3 && weft__ex_int_lit(x, kk.p[2], &v) && v == 1;
    weft__ex_kids_free(&kk);
    return ok;
}

/* The local t is one ticket: declared with fetch_add(&N, 1) as its initializer and never
 * changed, of a type that holds every value the counter's does (a bool or an unsigned char
 * ticket repeats). N's key, else NULL. */
static const char *ticket_of(struct ex *x, CXCursor t)
{
    /* (declared in a loop's body it is one ticket per pass, which that pass waits for) */
    if (clang_getCursorKind(t) != CXCursor_VarDecl || weft__ex_var_is_global(t) ||
        clang_Cursor_getStorageClass(t) == CX_SC_Static || weft__ex_modifies(x, x->fn, t, 0))
        return NULL;
    CXCursor init = clang_Cursor_getVarDeclInitializer(t);
    const char *n = clang_Cursor_isNull(init) ? NULL : weft__ex_atomic_counter(x, init);
    if (!n || !step_one(x, init) || !holds(clang_getCursorType(t), clang_getCursorType(weft__ex_strip(init))))
        return NULL;
    return keeps(init) && weft__ex_counter_only_up(x, n) ? n : NULL;
}

int weft__ex_ticket_wait(struct ex *x, CXCursor cond, CXCursor at)
{
    CXCursor c = weft__ex_strip(cond);
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor s = clang_getNullCursor(), t = clang_getNullCursor();
    if (clang_getCursorKind(c) == CXCursor_BinaryOperator && kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=")) {
        /* (neither side narrowed: (bool)my or (unsigned char)load(&serving) repeat) */
        for (int i = 0; i < 2 && clang_Cursor_isNull(s); i++) {
            CXCursor v = keeps(kk.p[1 - i]) && keeps(kk.p[i]) ? weft__ex_local_var(weft__ex_strip(kk.p[1 - i]))
                                                             : clang_getNullCursor();
            s = clang_Cursor_isNull(v) ? v : weft__ex_acquire_load(x, kk.p[i]);
            t = v;
        }
    }
    weft__ex_kids_free(&kk);
    const char *n = clang_Cursor_isNull(s) ? NULL : ticket_of(x, t), *key;
    if (!n || !weft__ex_var_key(x, s, &key) || strncmp(key, "g:", 2) || !strcmp(key, n))
        return 0;
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_LOCK, at);
    if (o) {
        o->u.lock.key = key;
        o->u.lock.text = weft__ex_name_of(x, s);
        o->u.lock.shared = WEFT__LOCK_TICKET;
        o->u.lock.via = n;
    }
    return 1;
}

void weft__ex_ticket_release(struct ex *x, CXCursor at, CXCursor obj, int ordered)
{
    CXCursor g = weft__ex_global_var(obj);
    const char *key;
    if (clang_Cursor_isNull(g) || !weft__ex_var_key(x, g, &key))
        return;
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_UNLOCK, at);
    if (o) {
        o->u.lock.key = key;
        o->u.lock.text = weft__ex_name_of(x, g);
        o->u.lock.shared = WEFT__LOCK_TICKET; /* released if a ticket lock held (interp_locks.c) */
        o->u.lock.via = ordered ? "" : "r"; /* "r": a relaxed (or acquire-only) one orders nothing */
    }
}
