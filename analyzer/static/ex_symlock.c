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

/* Local d's one value (its initializer, d never changed) as min (1) or max (2) of two
 * variables that never change (X < Y ? X : Y, X >= Y ? Y : X...): *a, *b; else 0. */
static int min_max(struct ex *x, CXCursor d, CXCursor *a, CXCursor *b)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_is_changed(x, d))
        return 0;
    CXCursor e = weft__ex_strip(clang_Cursor_getVarDeclInitializer(d));
    if (clang_getCursorKind(e) != CXCursor_ConditionalOperator)
        return 0;
    struct kids kk, cc;
    weft__ex_kids_get(e, &kk);
    int r = 0;
    if (kk.n == 3 && clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_BinaryOperator) {
        CXCursor c = weft__ex_strip(kk.p[0]);
        weft__ex_kids_get(c, &cc);
        CXCursor l = cc.n == 2 ? weft__ex_index_var(cc.p[0]) : clang_getNullCursor();
        CXCursor rr = cc.n == 2 ? weft__ex_index_var(cc.p[1]) : clang_getNullCursor();
        CXCursor t = weft__ex_index_var(kk.p[1]), f = weft__ex_index_var(kk.p[2]);
        int less = cc.n == 2 && (weft__ex_binop_exact(x, cc.p[0], cc.p[1], "<") || weft__ex_binop_exact(x, cc.p[0], cc.p[1], "<="));
        int more = cc.n == 2 && (weft__ex_binop_exact(x, cc.p[0], cc.p[1], ">") || weft__ex_binop_exact(x, cc.p[0], cc.p[1], ">="));
        int ok = !clang_Cursor_isNull(l) && !clang_Cursor_isNull(rr) && !clang_equalCursors(l, rr) && (less || more) &&
                 !weft__ex_is_changed(x, l) && !weft__ex_is_changed(x, rr) && !clang_Cursor_isNull(t) && !clang_Cursor_isNull(f);
        if (ok && clang_equalCursors(t, l) && clang_equalCursors(f, rr))
            r = less ? 1 : 2;
        else if (ok && clang_equalCursors(t, rr) && clang_equalCursors(f, l))
            r = less ? 2 : 1;
        *a = l;
        *b = rr;
        if (cc.n)
            weft__ex_kids_free(&cc);
    }
    weft__ex_kids_free(&kk);
    return r;
}

/* Locks of m[lo] and m[hi] held, lo and hi the min and max of X and Y (locks taken in order
 * of their index): m[X] and m[Y] are held. */
static void ordered_pair(struct ex *x, const char *arr, CXCursor v, unsigned off)
{
    CXCursor a1, b1, a2, b2;
    int k1 = min_max(x, v, &a1, &b1);
    for (int i = 0; k1 && i < x->nsym; i++) {
        if (strcmp(x->sym[i].arr, arr) || clang_equalCursors(x->sym[i].var, v))
            continue;
        int k2 = min_max(x, x->sym[i].var, &a2, &b2);
        int same = (clang_equalCursors(a1, a2) && clang_equalCursors(b1, b2)) ||
                   (clang_equalCursors(a1, b2) && clang_equalCursors(b1, a2));
        if (k2 && k1 != k2 && same && x->nsym + 2 <= 8) {
            x->sym[x->nsym++] = (struct symlock){arr, a1, NULL, clang_getNullCursor(), off, x->sdepth};
            x->sym[x->nsym++] = (struct symlock){arr, b1, NULL, clang_getNullCursor(), off, x->sdepth};
            return;
        }
    }
}

/* The element of a global array a local pointer d always points at (its one value, its
 * initializer &a[e], e no literal; d never assigned, stepped or addressed, so that in a loop
 * each pass's d keeps its value to the end of the block): a's key, else NULL; *iv e when e
 * is a variable that never changes either (else a null cursor). */
static const char *element_pointer(struct ex *x, CXCursor d, CXCursor *iv)
{
    *iv = clang_getNullCursor();
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static || weft__ex_hash_in(x->amp, x->namp, d) ||
        !clang_equalCursors(clang_getCursorSemanticParent(d), x->fn))
        return NULL;
    struct local *l = weft__ex_local_of(x, d, 0);
    CXCursor in = weft__ex_address_of(x, clang_Cursor_getVarDeclInitializer(d));
    if (!l || l->addr_taken || l->nsrc != 1 || !l->sinit || weft__ex_local_stepped(x, l) ||
        clang_getCursorKind(in) != CXCursor_ArraySubscriptExpr)
        return NULL;
    struct kids kk;
    weft__ex_kids_get(in, &kk);
    const char *k = NULL;
    /* (p of the elements' type: a cast makes p->m another member) */
    CXType et = clang_getCanonicalType(clang_getCursorType(in));
    long lit;
    CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(d))));
    if (kk.n == 2 && clang_equalTypes(et, pt) && clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr &&
        weft__ex_is_array_type(clang_getCursorType(weft__ex_strip(kk.p[0]))) && !weft__ex_int_lit(x, kk.p[1], &lit)) {
        weft__ex_lval(x, weft__ex_strip(kk.p[0]), &k, 0);
        k = strncmp(k, "g:", 2) ? NULL : k;
        CXCursor v = weft__ex_index_var(kk.p[1]);
        if (!clang_Cursor_isNull(v) && !weft__ex_is_changed(x, v))
            *iv = v;
    }
    weft__ex_kids_free(&kk);
    return k;
}

/* A lock or unlock of &p->m (.s.m): with p a local that always points at an element of a
 * global array a (element_pointer), the element lock "g:a[].m" held for what p reaches;
 * an unlock through any other pointer forgets every element lock (it may be one). */
static void pointer_lock(struct ex *x, CXCursor call, CXCursor base, const char *mpath, int is_unlock)
{
    CXCursor d = clang_getCursorKind(base) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(base)
                                                                    : clang_getNullCursor();
    CXCursor iv = clang_getNullCursor();
    const char *a = clang_Cursor_isNull(d) ? NULL : element_pointer(x, d, &iv);
    if (!a) {
        if (is_unlock)
            x->nsym = 0;
        return;
    }
    const char *k = weft__ex_cat3(x, a, "[]", mpath);
    for (int i = x->nsym - 1; i >= 0; i--)
        if (!strcmp(x->sym[i].arr, k))
            sym_drop(x, i);
    if (!is_unlock && !x->no_sym && !x->has_goto && clang_equalCursors(call, x->stmt_now) && x->nsym < 8)
        x->sym[x->nsym++] = (struct symlock){k, d, a, iv, weft__ex_off_at(x, call), x->sdepth};
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
    /* &a[v].m (.s.m): element v's own mutex, the element lock "g:a.m" (its star a[*].m) */
    const char *mpath = "";
    for (int depth = 0; depth < 8 && clang_getCursorKind(in) == CXCursor_MemberRefExpr; depth++) {
        CXCursor b = weft__ex_first_kid(in);
        if (clang_Cursor_isNull(b))
            return;
        mpath = weft__ex_cat3(x, ".", weft__ex_name_of(x, clang_getCursorReferenced(in)), mpath);
        if (clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b))).kind != CXType_Record) {
            pointer_lock(x, call, weft__ex_strip(b), mpath, is_unlock);
            return;
        }
        in = weft__ex_strip(b);
    }
    if (clang_getCursorKind(in) != CXCursor_ArraySubscriptExpr)
        return;
    struct kids kk;
    weft__ex_kids_get(in, &kk);
    if (kk.n == 2) {
        const char *k;
        weft__ex_lval(x, weft__ex_strip(kk.p[0]), &k, 0);
        /* ("g:a[].m": the element, then its member; "g:s.m" is array member m of s) */
        k = *mpath ? weft__ex_cat3(x, k, "[]", mpath) : k;
        CXCursor v = weft__ex_index_var(kk.p[1]);
        /* (the array a variable's, or a member of one: not sh[0].m[i] and sh[1].m[i], whose key
         * names no outer element, "g:sh.m" for both, nor s->m[i] with s = &sh[k], (*(sh +
         * k)).m[i], (*row)[i]: not an element lock then) */
        int outer = clang_getCursorKind(weft__ex_strip_members(kk.p[0])) != CXCursor_DeclRefExpr;
        int ok = !is_unlock && !outer && !strncmp(k, "g:", 2) && !clang_Cursor_isNull(v) && !x->no_sym && !x->has_goto &&
                 clang_equalCursors(call, x->stmt_now);
        /* (m[min] then m[max] of one pair: both kept, and the pair's own names) */
        struct symlock keep = {0};
        CXCursor a, b;
        for (int i = x->nsym - 1; i >= 0; i--)
            if (!strcmp(x->sym[i].arr, k)) {
                if (ok && !keep.arr && min_max(x, x->sym[i].var, &a, &b) && min_max(x, v, &a, &b))
                    keep = x->sym[i];
                sym_drop(x, i);
            }
        if (keep.arr && x->nsym < 8)
            x->sym[x->nsym++] = keep;
        if (ok && x->nsym < 8) {
            x->sym[x->nsym++] = (struct symlock){k, v, NULL, clang_getNullCursor(), weft__ex_off_at(x, call), x->sdepth};
            if (keep.arr)
                ordered_pair(x, k, v, weft__ex_off_at(x, call));
        }
    }
    weft__ex_kids_free(&kk);
}
