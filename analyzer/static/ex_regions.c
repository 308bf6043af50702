/* Regions: the root memory an expression reaches, pointer stores that link regions, and the guards and owners of accesses and call arguments. */
#include "extract_internal.h"

/*
 * What memory an expression reaches is rooted at: 1, an element of a global array indexed
 * by a variable (*arr the array's key, *var the index); 2, what parameter *pidx points at;
 * 3, nothing but itself (a local whose root is being computed); 0, anything else. Loads
 * and address arithmetic inside the memory stay in it (p->next, container_of casts). With
 * order set, every value a local pointer is given must be given after lock_off (and before
 * at, or in a loop that began after lock_off), while the index kept its value.
 */

int weft__ex_root_of(struct ex *x, const struct rctx *r, CXCursor e, const char **arr, CXCursor *var, int *pidx,
                     int depth)
{
    e = weft__ex_strip(e);
    if (depth > 12)
        return 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    struct kids kk;
    int res = 0;
    switch (k) {
    case CXCursor_ArraySubscriptExpr:
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2) {
            CXCursor b = weft__ex_strip(kk.p[0]);
            if (weft__ex_is_array_type(clang_getCursorType(b))) {
                CXCursor v = weft__ex_index_var(kk.p[1]);
                const char *key;
                weft__ex_lval(x, b, &key, 0);
                if (!clang_Cursor_isNull(v) && !strncmp(key, "g:", 2)) {
                    *arr = key;
                    *var = v;
                    res = 1;
                }
            } else {
                res = weft__ex_root_of(x, r, b, arr, var, pidx, depth + 1);
            }
        }
        weft__ex_kids_free(&kk);
        return res;
    case CXCursor_MemberRefExpr:
        return weft__ex_root_of(x, r, weft__ex_first_kid(e), arr, var, pidx, depth + 1);
    case CXCursor_UnaryOperator: {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        weft__ex_unop(x, e, op, o);
        return !strcmp(o, "*") || !strcmp(o, "&") ? weft__ex_root_of(x, r, op, arr, var, pidx, depth + 1) : 0;
    }
    case CXCursor_BinaryOperator:
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2 && (weft__ex_binop_is(x, kk.p[0], kk.p[1], "-") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "+"))) {
            int first = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer;
            res = weft__ex_root_of(x, r, kk.p[first ? 0 : 1], arr, var, pidx, depth + 1);
        }
        weft__ex_kids_free(&kk);
        return res;
    case CXCursor_DeclRefExpr:
        break;
    default:
        return 0;
    }
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
        int n = weft__ex_param_index(d);
        int mine = clang_equalCursors(clang_getCursorSemanticParent(d), x->fn);
        if (n < 0 || n > 3 || (mine ? weft__ex_is_changed(x, d) : weft__ex_modifies(x, r->body, d, 0)))
            return 0;
        *pidx = n;
        return 2;
    }
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static ||
        clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
        return 0;
    unsigned h = clang_hashCursor(d);
    for (int i = 0; i < x->nrwalk; i++)
        if (x->rwalk[i] == h)
            return 3;
    struct local *l = NULL;
    if (!r->order && clang_equalCursors(clang_getCursorSemanticParent(d), x->fn))
        l = weft__ex_local_of(x, d, 0);
    if (l && l->proot)
        return l->proot >= 2 ? (*pidx = l->proot - 2, 2) : 0;
    struct srcvisit sv;
    if (x->nrwalk == 8 || !weft__ex_sources(x, r->body, d, &sv, 0) || !sv.n)
        return 0;
    x->rwalk[x->nrwalk++] = h;
    res = 3;
    for (int i = 0; i < sv.n && res; i++) {
        if (r->order) {
            unsigned os = weft__ex_off_at(x, sv.src[i]);
            int ok = os > r->lock_off && os < r->at;
            for (int j = 0; j < x->nloops && !ok; j++)
                ok = x->lbeg[j] > r->lock_off && os >= x->lbeg[j] && os < x->lend[j];
            if (!ok) {
                res = 0;
                break;
            }
        }
        const char *a2 = NULL;
        CXCursor v2 = clang_getNullCursor();
        int p2 = -1;
        int k2 = weft__ex_root_of(x, r, sv.src[i], &a2, &v2, &p2, depth + 1);
        if (k2 == 3)
            continue;
        if (!k2 || (res != 3 && (k2 != res || (k2 == 1 && (strcmp(a2, *arr) || !clang_equalCursors(v2, *var))) ||
                                 (k2 == 2 && p2 != *pidx)))) {
            res = 0;
            break;
        }
        res = k2;
        if (k2 == 1) {
            *arr = a2;
            *var = v2;
        } else {
            *pidx = p2;
        }
    }
    x->nrwalk--;
    if (res == 3 && !x->nrwalk)
        res = 0;
    if (l && !x->nrwalk)
        l->proot = res == 2 ? 2 + *pidx : 1;
    return res;
}

/*
 * The global that memory e reaches is rooted at: the key of a global (or static) variable
 * from which e is reached through fields, indexes, dereferences and pointer arithmetic
 * (A->next->datum, A.next->datum, g[i]->f), a local pointer standing for the last value it
 * was given before e (in source order, as for ownership); NULL for anything else
 * (parameters, calls, locals whose last value is not known).
 */
const char *weft__ex_groot(struct ex *x, CXCursor e, int depth)
{
    e = weft__ex_strip(e);
    if (depth > 12)
        return NULL;
    struct kids kk;
    const char *r = NULL;
    switch (clang_getCursorKind(e)) {
    case CXCursor_MemberRefExpr:
        return weft__ex_groot(x, weft__ex_first_kid(e), depth + 1);
    case CXCursor_ArraySubscriptExpr:
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2)
            r = weft__ex_groot(x, kk.p[0], depth + 1);
        weft__ex_kids_free(&kk);
        return r;
    case CXCursor_UnaryOperator: {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        weft__ex_unop(x, e, op, o);
        return !strcmp(o, "*") || !strcmp(o, "&") ? weft__ex_groot(x, op, depth + 1) : NULL;
    }
    case CXCursor_BinaryOperator:
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2 && (weft__ex_binop_is(x, kk.p[0], kk.p[1], "-") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "+"))) {
            int first = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer;
            r = weft__ex_groot(x, kk.p[first ? 0 : 1], depth + 1);
        }
        weft__ex_kids_free(&kk);
        return r;
    case CXCursor_DeclRefExpr:
        break;
    default:
        return NULL;
    }
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return NULL;
    if (weft__ex_var_is_global(d))
        return weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
    if (x->has_goto || clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer ||
        !clang_equalCursors(clang_getCursorSemanticParent(d), x->fn))
        return NULL;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (!l || !l->nsrc || l->addr_taken)
        return NULL;
    unsigned at = weft__ex_off_at(x, e), s = 0;
    int fresh = 1, last = weft__ex_src_last(x, l, d, at, &s, &fresh);
    if (last < 0 || !weft__ex_src_holds(x, l, last, s, at))
        return NULL;
    return weft__ex_groot(x, l->sv[last], depth + 1);
}

/* ---- regions kept apart ---- */

/* Whether two roots (weft__ex_root_of without ordering) are one region. */
static int same_root(int k1, const char *a1, CXCursor v1, int p1, int k2, const char *a2, CXCursor v2, int p2)
{
    return k1 && k1 == k2 && k1 != 3 &&
           (k1 == 2 ? p1 == p2 : !strcmp(a1, a2) && clang_equalCursors(v1, v2));
}

/*
 * A pointer r stored into memory l: fine for regions when r points at nothing or at what
 * this thread owns, or both lie in one region (one element's, or one parameter's, or r is
 * what parameter P points at, which the function stores only into parameter Q's region,
 * and l is in Q's, or the other way round). Anything else may link one element's region to
 * another's: the region guards are then not trusted in the program ("~" fact).
 */
void weft__ex_region_store(struct ex *x, CXCursor l, CXCursor r)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(r)));
    CXCursor ls = weft__ex_strip(l);
    int var = clang_getCursorKind(ls) == CXCursor_DeclRefExpr && !weft__ex_is_array_type(clang_getCursorType(ls));
    if ((t.kind == CXType_Pointer || t.kind == CXType_Record) && !weft__ex_is_null_ptr(x, r) &&
        !weft__ex_own_at(x, r) && (!var || weft__ex_var_is_global(clang_getCursorReferenced(ls)))) {
        /* Global roots: a pointer (or a struct holding some) stored into a global or into
         * memory may link one root's memory to another's unless both have one root. */
        const char *g1 = weft__ex_groot(x, l, 0), *g2 = weft__ex_groot(x, r, 0);
        if (!g1 || !g2 || strcmp(g1, g2))
            weft__ex_fact(x, WEFT__FACT_ROOTS, "", "");
    }
    if (t.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_Record)
        return;
    if (var)
        return; /* a variable, not memory of a region */
    if (weft__ex_is_null_ptr(x, r) || weft__ex_own_at(x, r))
        return;
    struct rctx rc = {x->body, 0, 0, 0};
    const char *a1 = "", *a2 = "";
    CXCursor v1 = clang_getNullCursor(), v2 = clang_getNullCursor();
    int p1 = -1, p2 = -1, q;
    int k1 = weft__ex_root_of(x, &rc, l, &a1, &v1, &p1, 0), k2 = weft__ex_root_of(x, &rc, r, &a2, &v2, &p2, 0);
    if (same_root(k1, a1, v1, p1, k2, a2, v2, p2))
        return;
    if (k1 == 2 && k2 == 2 &&
        ((weft__ex_param_class(x, x->fn, p2, &q) == 1 && q == p1) ||
         (weft__ex_param_class(x, x->fn, p1, &q) == 1 && q == p2)))
        return;
    weft__ex_fact(x, WEFT__FACT_REGIONS, "", "");
}

/* A call storing argument i into what argument q points at (weft__ex_param_class 1): the same
 * question for that store. */
void weft__ex_region_call(struct ex *x, CXCursor call, CXCursor def, int nargs)
{
    for (int i = 0; i < nargs && i < 4; i++) {
        int q;
        if (weft__ex_param_class(x, def, i, &q) != 1 || q >= nargs)
            continue;
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i), b = clang_Cursor_getArgument(call, (unsigned)q);
        int q2;
        if (weft__ex_is_null_ptr(x, a) || weft__ex_own_at(x, a) ||
            (weft__ex_own_at(x, b) && weft__ex_param_class(x, def, q, &q2) == 1 && q2 == i))
            continue; /* nothing, or fresh memory; or stored in fresh memory that joins a's region */
        struct rctx rc = {x->body, 0, 0, 0};
        const char *a1 = "", *a2 = "";
        CXCursor v1 = clang_getNullCursor(), v2 = clang_getNullCursor();
        int p1 = -1, p2 = -1;
        if (!same_root(weft__ex_root_of(x, &rc, b, &a1, &v1, &p1, 0), a1, v1, p1,
                       weft__ex_root_of(x, &rc, a, &a2, &v2, &p2, 0), a2, v2, p2))
            weft__ex_fact(x, WEFT__FACT_REGIONS, "", "");
    }
}

/* ---- the annotations: region guards and ownership of accesses and call arguments ---- */

/* Memory e reaches is reached from local pointer d (d, d->f, d->a[i].f, (*d).f,
 * d->next->f), or, with iv not null, from the element a[iv] of global array a (key arr). */
static int through_local(struct ex *x, CXCursor e, CXCursor d, const char *arr, CXCursor iv)
{
    for (int depth = 0; depth < 16; depth++) {
        e = weft__ex_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return clang_equalCursors(clang_getCursorReferenced(e), d); /* (d itself: a call's argument) */
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
            return 0;
        if (k == CXCursor_UnaryOperator && clang_getCanonicalType(clang_getCursorType(e)).kind == CXType_Pointer)
            return 0; /* (&d->f + 1...: not a load or member of it) */
        CXCursor b = weft__ex_first_kid(e);
        if (k == CXCursor_ArraySubscriptExpr && !weft__ex_is_array_type(clang_getCursorType(weft__ex_strip(b))))
            return 0; /* (d[1].f is another element) */
        if (k == CXCursor_ArraySubscriptExpr && !clang_Cursor_isNull(iv) &&
            clang_getCursorKind(weft__ex_strip(b)) == CXCursor_DeclRefExpr) {
            struct kids kk;
            weft__ex_kids_get(e, &kk);
            const char *key = "";
            if (kk.n == 2)
                weft__ex_lval(x, weft__ex_strip(b), &key, 0);
            int same = kk.n == 2 && !strcmp(key, arr) && clang_equalCursors(weft__ex_index_var(kk.p[1]), iv);
            weft__ex_kids_free(&kk);
            if (same)
                return 1;
        }
        e = b;
    }
    return 0;
}

/* e steps its root pointer off the object it points at (s[1].f, *(s + 1), p[k] with s a
 * parameter or p a local pointer): another element, whose own lock guards it. Stepping a
 * pointer loaded from the object (s->buf[k]) stays in its region; so does byte arithmetic
 * back to a container ((char *)s - off). */
static int steps_off_root(struct ex *x, CXCursor e)
{
    for (int depth = 0; depth < 16; depth++) {
        e = weft__ex_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        CXCursor ptr = clang_getNullCursor();
        long v = 0;
        if (k == CXCursor_MemberRefExpr || k == CXCursor_UnaryOperator) {
            e = weft__ex_first_kid(e);
            continue;
        }
        if (k == CXCursor_ArraySubscriptExpr || k == CXCursor_BinaryOperator) {
            struct kids kk;
            weft__ex_kids_get(e, &kk);
            if (kk.n == 2) {
                int first = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer;
                ptr = weft__ex_strip(kk.p[first ? 0 : 1]);
                CXCursor ix = kk.p[first ? 1 : 0];
                CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(ptr))));
                int bytes = pt.kind == CXType_Char_S || pt.kind == CXType_Char_U || pt.kind == CXType_SChar ||
                            pt.kind == CXType_UChar || pt.kind == CXType_Void;
                if (k == CXCursor_ArraySubscriptExpr && !first)
                    ptr = weft__ex_strip(kk.p[0]); /* (an array's element: a[i]) */
                else if (clang_getCursorKind(ptr) == CXCursor_DeclRefExpr && !bytes &&
                         !(weft__ex_int_lit(x, ix, &v) && v == 0)) {
                    weft__ex_kids_free(&kk);
                    return 1;
                }
            }
            weft__ex_kids_free(&kk);
            if (clang_Cursor_isNull(ptr))
                return 0;
            e = ptr;
            continue;
        }
        return 0;
    }
    return 0;
}

/* The region guard of memory e reaches, into g: ELEMENT when it is the element a[v] of a
 * global array (or reached from it) and m[v] is held by the source order with v unchanged
 * since; PARAM when it is reached from parameter N (the caller's guard). */
static void guard_of(struct ex *x, CXCursor e, struct weft__guard *g, int through_ptr)
{
    const char *arr = NULL;
    CXCursor var = clang_getNullCursor();
    int pidx = -1;
    unsigned at = x->nsym ? weft__ex_off_at(x, e) : 0;
    g->kind = WEFT__GUARD_NONE;
    if (steps_off_root(x, e))
        return;
    for (int i = 0; i < x->nsym; i++) {
        if (x->sym[i].data) {
            if (through_local(x, e, x->sym[i].var, x->sym[i].data, x->sym[i].ivar)) {
                g->kind = WEFT__GUARD_ELEMENT;
                g->lock_array = x->sym[i].arr;
                g->array = x->sym[i].data;
                return;
            }
            continue;
        }
        struct rctx r = {x->body, 1, x->sym[i].off, at};
        if (weft__ex_root_of(x, &r, e, &arr, &var, &pidx, 0) == 1 && clang_equalCursors(var, x->sym[i].var)) {
            g->kind = WEFT__GUARD_ELEMENT;
            g->lock_array = x->sym[i].arr;
            g->array = arr;
            return;
        }
    }
    struct rctx r = {x->body, 0, 0, 0};
    if (x->nparams && through_ptr && weft__ex_root_of(x, &r, e, &arr, &var, &pidx, 0) == 2) {
        g->kind = WEFT__GUARD_PARAM;
        g->param = (signed char)pidx;
    }
}

/* What a write tells of a global integer's value, from its tag ("=c", "+K", "-K", "+", "-"). */
static void value_of(const char *tag, struct weft__value *v)
{
    v->op = tag[0] == '=' || tag[0] == '+' || tag[0] == '-' ? tag[0] : WEFT__VAL_NONE;
    v->bounded = tag[0] && tag[1];
    v->value = tag[0] ? atol(tag + 1) : 0;
}

/* An access's region guard, its owner (through a pointer parameter) and, for memory by
 * type, the global root it is reached from; for a write of a global integer, its value. */
void weft__ex_access_tail(struct ex *x, CXCursor c, const char *key, struct weft__access *a)
{
    /* Memory reached by type from a global root. */
    const char *root = weft__key_typed(key) ? weft__ex_groot(x, c, 0) : NULL;
    /* Only memory reached through a pointer can be a parameter's. */
    guard_of(x, c, &a->guard, weft__key_is(key, "*@p") || weft__key_typed(key));
    if (a->guard.kind == WEFT__GUARD_ELEMENT && !strncmp(key, "g:", 2))
        a->guard.kind = WEFT__GUARD_SELF;
    if (weft__key_through_param(key) >= 0) {
        int q = -1, cls = weft__ex_param_class(x, x->fn, weft__key_through_param(key), &q);
        if (cls == 0) {
            a->owner = WEFT__OWNER_CALLER;
        } else if (cls == 1 && q >= 0 && q < 4) {
            a->owner = WEFT__OWNER_PARAM;
            a->owner_param = (signed char)q;
        }
    }
    if (x->vtag && key[0] == 'g' && clang_equalCursors(weft__ex_strip(c), x->vtag_at))
        value_of(x->vtag, &a->value);
    else if (root)
        a->root = root;
}

/* A call's arguments (up to 4): owned ("o": the caller owns what it passes), or the
 * caller's own parameter N passed on (owned if N is), then a guard as above. */
void weft__ex_call_tail(struct ex *x, CXCursor call, int nargs, struct weft__call *out)
{
    for (int i = 0; i < nargs && i < 4; i++) {
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
        CXCursor d = weft__ex_local_decl(a);
        struct weft__arg *arg = &out->arg[i];
        if (!clang_Cursor_isNull(d) && clang_getCursorKind(d) == CXCursor_ParmDecl) {
            struct local *l = weft__ex_local_of(x, d, 0);
            int n = weft__ex_param_index(d);
            if ((!l || (!l->nsrc && !l->addr_taken)) && !weft__ex_is_changed(x, d) && n >= 0 && n < 4) {
                arg->owner = WEFT__ARG_PARAM;
                arg->param = (signed char)n;
            }
        } else if (weft__ex_own_at(x, a)) {
            arg->owner = WEFT__ARG_OWNED;
        }
        CXType at = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
        guard_of(x, a, &arg->guard, at.kind == CXType_Pointer && !clang_Cursor_isNull(weft__ex_local_decl(a)));
    }
}
