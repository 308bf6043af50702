/* Element locks held (symlock): locks of m[v] taken and held in source order, forgotten when the walk leaves them. */
#include "extract_internal.h"

/* Blocks: a lock taken inside one is forgotten when it ends (the source order then no
 * longer shows it held). */
static void sym_drop(struct ex *x, int i)
{
    memmove(&x->sym[i], &x->sym[i + 1], (size_t)(x->nsym - i - 1) * sizeof(x->sym[0]));
    x->nsym--;
}

void weft__ex_scope_pop(struct ex *x)
{
    while (x->nsym && x->sym[x->nsym - 1].depth >= x->sdepth)
        x->nsym--;
    x->sdepth--;
}

/* Entering a loop: locks whose index it changes no longer match; its extent is noted. */
void weft__ex_loop_enter(struct ex *x, CXCursor c)
{
    for (int i = x->nsym - 1; i >= 0; i--)
        if (weft__ex_modifies(x, c, x->sym[i].var, 0))
            sym_drop(x, i);
    if (x->nloops < 16) {
        x->lbeg[x->nloops] = weft__ex_off_at(x, c);
        CXSourceRange r = clang_getCursorExtent(c);
        unsigned line, col, off = 0;
        weft__ex_loc_of(x, clang_getRangeEnd(r), &line, &col, &off);
        x->lend[x->nloops] = off;
        x->lcur[x->nloops] = c;
    }
    x->nloops++;
}

/* Variable e names is changed: locks taken with it as the index no longer match it. */
void weft__ex_sym_kill(struct ex *x, CXCursor e)
{
    CXCursor d = weft__ex_local_decl(e);
    for (int i = x->nsym - 1; i >= 0 && !clang_Cursor_isNull(d); i--)
        if (clang_equalCursors(x->sym[i].var, d))
            sym_drop(x, i);
}

/* A lock or unlock call on arg: &m[v], m a global array and v a variable, taken by a
 * statement of its own is recorded; unlocking any element of m (or a lock we cannot name)
 * forgets it. */
void weft__ex_sym_lock(struct ex *x, CXCursor call, CXCursor arg, int is_unlock)
{
    CXCursor op = weft__ex_address_of(x, arg);
    if (clang_Cursor_isNull(op)) {
        if (is_unlock)
            x->nsym = 0;
        return;
    }
    CXCursor in = weft__ex_strip(op);
    if (clang_getCursorKind(in) != CXCursor_ArraySubscriptExpr)
        return;
    struct kids kk;
    weft__ex_kids_get(in, &kk);
    if (kk.n == 2) {
        const char *k;
        weft__ex_lval(x, weft__ex_strip(kk.p[0]), &k, 0);
        for (int i = x->nsym - 1; i >= 0; i--)
            if (!strcmp(x->sym[i].arr, k))
                sym_drop(x, i);
        CXCursor v = weft__ex_index_var(kk.p[1]);
        if (!is_unlock && !strncmp(k, "g:", 2) && !clang_Cursor_isNull(v) && !x->no_sym && !x->has_goto &&
            clang_equalCursors(call, x->stmt_now) && x->nsym < 8)
            x->sym[x->nsym++] = (struct symlock){k, v, weft__ex_off_at(x, call), x->sdepth};
    }
    weft__ex_kids_free(&kk);
}
