/* Waits on flags and thread fences: a loop that ends only once a load of a zero-initialized global sees it nonzero (an acquire load, a read under a mutex, a relaxed load an acquire fence follows), and the fences that pair relaxed operations (the consumer's side of a hand-off). */
#include "extract_internal.h"

#include <string.h>

/*
 * The forms recognised, F a global variable this TU defines with no initializer or 0:
 *   while (!atomic_load(&F)) ...;           while (atomic_load_explicit(&F, acquire) == 0) ...;
 *   while (__atomic_load_n(&F, __ATOMIC_ACQUIRE) != 1) ...;   while (!F) ...; (F _Atomic)
 * (or do { } while (...)), with acquire or seq_cst order. Leaving the loop means the load
 * read a value other than 0, which some store put there; when every such store is a release
 * by one thread, what that thread did before its first store happens before what the waiter
 * does after the loop (mhp.c, flag_before). The body must not leave the loop (the caller checks).
 * A plain global read the same way (while (!ready) pthread_cond_wait(&cv, &m);) is a wait
 * too when it reads under a mutex every store of the flag holds (interp_locks.c's guard,
 * interp_access.c flag_store's sguard, mhp.c flag_before); a relaxed load is one when an
 * acquire fence follows the loop (weft__ex_fence, interp_locks.c).
 */

/* F when e reads a plain global integer F (not atomic): a wait under a mutex. */
static CXCursor plain_read(CXCursor e)
{
    CXCursor d = weft__ex_global_var(e);
    if (clang_Cursor_isNull(d) || weft__ex_is_atomic_type(clang_getCursorType(d)))
        return clang_getNullCursor();
    enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(d)).kind;
    return k >= CXType_Bool && k <= CXType_Int128 ? d : clang_getNullCursor();
}

/* F when e is a relaxed atomic load of it (atomic_load_explicit(&F, relaxed)). */
static CXCursor relaxed_load(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    CXCursor f = clang_getNullCursor();
    if (clang_getCursorKind(e) != CXCursor_UnexposedExpr || !weft__ex_atomic_load_only(x, e) ||
        !weft__ex_atomic_relaxed(x, e))
        return f;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    CXCursor in = kk.n == 2 ? weft__ex_address_of(x, kk.p[0]) : clang_getNullCursor();
    if (!clang_Cursor_isNull(in))
        f = weft__ex_global_var(in);
    weft__ex_kids_free(&kk);
    return f;
}

/* F when e reads it as a wait may: an acquire load (*how 0), a plain read (1), a relaxed
 * load (2: ordered only by an acquire fence after the loop). */
static CXCursor flag_read(struct ex *x, CXCursor e, int *how)
{
    CXCursor f = weft__ex_acquire_load(x, e);
    *how = 0;
    if (clang_Cursor_isNull(f) && !clang_Cursor_isNull(f = relaxed_load(x, e)))
        *how = 2;
    else if (clang_Cursor_isNull(f) && !clang_Cursor_isNull(f = plain_read(e)))
        *how = 1;
    return f;
}

CXCursor weft__ex_acquire_load(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    CXCursor ptr = clang_getNullCursor();
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
        /* Reading an _Atomic object is a seq_cst load. */
        CXCursor d = weft__ex_global_var(e);
        return !clang_Cursor_isNull(d) && weft__ex_is_atomic_type(clang_getCursorType(d)) ? d : clang_getNullCursor();
    }
    if (clang_getCursorKind(e) != CXCursor_UnexposedExpr)
        return ptr;
    if (!weft__ex_atomic_load_only(x, e))
        return ptr;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    if (kk.n == 2 && weft__ex_atomic_orders(x, kk.p[1], 0)) {
        CXCursor in = weft__ex_address_of(x, kk.p[0]);
        if (!clang_Cursor_isNull(in))
            ptr = weft__ex_global_var(in);
    }
    weft__ex_kids_free(&kk);
    return ptr;
}

/* Global d starts at 0: defined in this TU with no initializer or a literal 0. 2 for a
 * tentative definition that is not static (`atomic_int ready;`): under -fcommon another TU's
 * `atomic_int ready = 1;` is the same object (link.c takes it only in a one-TU program). */
static int starts_zero(struct ex *x, CXCursor d)
{
    CXCursor def = clang_getCursorDefinition(d);
    int tentative = 0;
    if (clang_Cursor_isNull(def) && clang_Cursor_getStorageClass(d) != CX_SC_Extern)
        def = d, tentative = clang_Cursor_getStorageClass(d) != CX_SC_Static;
    if (clang_Cursor_isNull(def))
        return 0;
    struct kids kk;
    weft__ex_kids_get(def, &kk);
    int ok = 1;
    for (unsigned i = 0; i < kk.n && ok; i++)
        if (clang_isExpression(clang_getCursorKind(kk.p[i])))
            ok = weft__ex_is_zero_literal(x, kk.p[i]);
    weft__ex_kids_free(&kk);
    return ok ? 1 + tentative : 0;
}

int weft__ex_flag_wait(struct ex *x, CXCursor cond, const char **key, const char **text, const char **how)
{
    int neg, how_read = 0;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg), f = clang_getNullCursor();
    if (!clang_Cursor_isNull(e) && neg) {
        f = flag_read(x, e, &how_read); /* while (!load(F)), while (load(F) == 0) */
    } else {
        /* while (load(F) != K), K a nonzero literal: it ends when F is K */
        CXCursor c = weft__ex_strip(cond);
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        long v;
        if (clang_getCursorKind(c) == CXCursor_BinaryOperator && kk.n == 2 &&
            weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=")) {
            if (weft__ex_int_lit(x, kk.p[1], &v) && v != 0)
                f = flag_read(x, kk.p[0], &how_read);
            else if (weft__ex_int_lit(x, kk.p[0], &v) && v != 0)
                f = flag_read(x, kk.p[1], &how_read);
        }
        weft__ex_kids_free(&kk);
    }
    int z = clang_Cursor_isNull(f) ? 0 : starts_zero(x, f);
    if (!z)
        return 0;
    /* "t": a tentative definition not static (link.c); "l": a plain read, under a mutex;
     * "x": a relaxed load, which an acquire fence after it orders */
    static const char *const hows[2][3] = {{"", "l", "x"}, {"t", "tl", "tx"}};
    *how = hows[z == 2][how_read];
    *text = weft__ex_name_of(x, f);
    return weft__ex_var_key(x, f, key) && !strncmp(*key, "g:", 2);
}

void weft__ex_fence(struct ex *x, CXCursor c, const char *name, int nargs)
{
    if (!strstr(name, "thread_fence") && strcmp(name, "__sync_synchronize"))
        return;
    int acq = 1, rel = 1; /* __sync_synchronize: a full barrier */
    if (nargs >= 1) {
        CXCursor order = clang_Cursor_getArgument(c, 0);
        acq = weft__ex_atomic_orders(x, order, 0);
        rel = weft__ex_atomic_orders(x, order, 1);
    }
    if (!acq && !rel)
        return;
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_LOCK, c);
    if (o) {
        o->u.lock.key = o->u.lock.text = "";
        o->u.lock.shared = WEFT__LOCK_SEEN;
        o->u.lock.via = acq && rel ? "AR" : acq ? "A" : "R";
    }
}

void weft__ex_emit_flag_seen(struct ex *x, CXCursor at, const char *key, const char *text, const char *how)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_LOCK, at);
    if (o) {
        o->u.lock.key = key;
        o->u.lock.text = text;
        o->u.lock.shared = WEFT__LOCK_SEEN;
        o->u.lock.via = how;
    }
}
