/* Spin locks whose loop never ends but by a break (or return) taken once the lock is held: while (1) { if (CAS) break; }, or a compare-and-swap function of the program's atomic sections. */
#include "extract_internal.h"

/*
 * Two forms, in a loop with a constant true condition (while (1), for (;;)) whose only way
 * out is one break (no goto; a return leaves the function, not to what follows the loop):
 *
 *   while (1) { ...; if (ACQUIRE) break; ... }      ACQUIRE: a test-and-set or compare-and-swap
 *                                                   that took the lock (ex_atomic_lock.c)
 *   while (1) { CAS(&w, 0, 1, &r); if (r) break; }  CAS: an atomic function of the program
 *                                                   (__VERIFIER_atomic_*) whose body is
 *                                                   if (*v == e) { *v = u; *r = 1; } else *r = 0;
 *
 * After the loop the lock word w is held. The if's own branch takes nothing (the lock is
 * taken after the loop, where the break lands), so paths that failed do not drop it.
 */

/* Counts the breaks that leave loop body c (not those of inner loops or switches). */
static int breaks(CXCursor c, int inner)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_BreakStmt)
        return !inner;
    if (k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        return 100;
    inner |= k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt || k == CXCursor_SwitchStmt;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int n = 0;
    for (unsigned i = 0; i < kk.n; i++)
        n += breaks(kk.p[i], inner);
    weft__ex_kids_free(&kk);
    return n;
}

int weft__ex_returns(CXCursor c)
{
    if (clang_getCursorKind(c) == CXCursor_ReturnStmt)
        return 1;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int n = 0;
    for (unsigned i = 0; i < kk.n; i++)
        n += weft__ex_returns(kk.p[i]);
    weft__ex_kids_free(&kk);
    return n;
}

/* if (cond) break; or if (cond) return ...; with nothing else in its branches: cond (and
 * *ret: it returns), else a null cursor. */
static CXCursor if_break(CXCursor s, int *ret)
{
    if (clang_getCursorKind(s) != CXCursor_IfStmt)
        return clang_getNullCursor();
    struct kids kk;
    weft__ex_kids_get(s, &kk);
    CXCursor cond = clang_getNullCursor();
    if (kk.n == 2) {
        CXCursor then = kk.p[1];
        if (clang_getCursorKind(then) == CXCursor_CompoundStmt) {
            struct kids tk;
            weft__ex_kids_get(then, &tk);
            then = tk.n == 1 ? tk.p[0] : clang_getNullCursor();
            weft__ex_kids_free(&tk);
        }
        if (clang_getCursorKind(then) == CXCursor_BreakStmt || clang_getCursorKind(then) == CXCursor_ReturnStmt) {
            cond = kk.p[0];
            *ret = clang_getCursorKind(then) == CXCursor_ReturnStmt;
        }
    }
    weft__ex_kids_free(&kk);
    return cond;
}

/* e is *param(index i) of function f. */
static int deref_param(struct ex *x, CXCursor e, CXCursor f, int i)
{
    CXCursor p = weft__ex_deref_param(x, e);
    return !clang_Cursor_isNull(p) &&
           clang_equalCursors(clang_getCursorReferenced(p), clang_Cursor_getArgument(f, (unsigned)i));
}

static int is_param(CXCursor e, CXCursor f, int i)
{
    e = weft__ex_strip(e);
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
           clang_equalCursors(clang_getCursorReferenced(e), clang_Cursor_getArgument(f, (unsigned)i));
}

/* An assignment lhs = rhs in statement s (a compound's statements searched, one level):
 * the first that the test accepts. */
struct assign_test {
    struct ex *x;
    CXCursor f;
    int lhs_param;  /* *param N = ... */
    int rhs_param;  /* ... = param N, or -1 */
    int rhs_nonzero; /* ... = a literal, nonzero (1) or zero (0), when rhs_param is -1 */
};

static int assigns(struct assign_test *t, CXCursor s)
{
    if (clang_getCursorKind(s) == CXCursor_CompoundStmt) {
        struct kids kk;
        weft__ex_kids_get(s, &kk);
        int r = 0;
        for (unsigned i = 0; i < kk.n && !r; i++)
            r = assigns(t, kk.p[i]);
        weft__ex_kids_free(&kk);
        return r;
    }
    s = weft__ex_strip(s);
    if (clang_getCursorKind(s) != CXCursor_BinaryOperator)
        return 0;
    struct kids kk;
    weft__ex_kids_get(s, &kk);
    long v;
    int r = kk.n == 2 && weft__ex_binop_is(t->x, kk.p[0], kk.p[1], "=") && deref_param(t->x, kk.p[0], t->f, t->lhs_param) &&
            (t->rhs_param >= 0 ? is_param(kk.p[1], t->f, t->rhs_param)
                               : weft__ex_int_lit(t->x, kk.p[1], &v) && (v != 0) == t->rhs_nonzero);
    weft__ex_kids_free(&kk);
    return r;
}

/* fn is an atomic function of the program whose body compares and swaps:
 * if (*v == e) { *v = u; *r = 1; } else { *r = 0; }  (parameters v, e, u, r in this order). */
static int user_cas(struct ex *x, CXCursor fn)
{
    const char *name = weft__ex_name_of(x, fn);
    CXCursor def = clang_getCursorDefinition(fn);
    if (!name || !weft__model_atomic_section(name) || clang_Cursor_isNull(def) ||
        clang_Cursor_getNumArguments(def) != 4)
        return 0;
    CXCursor body = weft__ex_fn_body(def);
    struct kids kk;
    weft__ex_kids_get(body, &kk);
    int ok = 0;
    for (unsigned i = 0; i < kk.n && !ok; i++) {
        if (clang_getCursorKind(kk.p[i]) != CXCursor_IfStmt)
            continue;
        struct kids ik;
        weft__ex_kids_get(kk.p[i], &ik);
        if (ik.n == 3) {
            CXCursor cond = weft__ex_strip(ik.p[0]);
            struct kids ck;
            weft__ex_kids_get(cond, &ck);
            int test = clang_getCursorKind(cond) == CXCursor_BinaryOperator && ck.n == 2 &&
                       weft__ex_binop_is(x, ck.p[0], ck.p[1], "==") && deref_param(x, ck.p[0], def, 0) &&
                       is_param(ck.p[1], def, 1);
            weft__ex_kids_free(&ck);
            struct assign_test swap = {x, def, 0, 2, 0}, won = {x, def, 3, -1, 1}, lost = {x, def, 3, -1, 0};
            ok = test && assigns(&swap, ik.p[1]) && assigns(&won, ik.p[1]) && assigns(&lost, ik.p[2]);
        }
        weft__ex_kids_free(&ik);
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* s is CAS(&w, 0, 1, &r) for a compare-and-swap function of the program; *word the &w
 * argument, *flag r's declaration. */
static int user_cas_call(struct ex *x, CXCursor s, CXCursor *word, CXCursor *flag)
{
    s = weft__ex_strip(s);
    if (clang_getCursorKind(s) != CXCursor_CallExpr || clang_Cursor_getNumArguments(s) != 4)
        return 0;
    CXCursor fn = clang_getCursorReferenced(s);
    long e, u;
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl || !weft__ex_int_lit(x, clang_Cursor_getArgument(s, 1), &e) ||
        e != 0 || !weft__ex_int_lit(x, clang_Cursor_getArgument(s, 2), &u) || u == 0 || !user_cas(x, fn))
        return 0;
    /* What is stored is u as the word's type keeps it: 65536 in an unsigned short is 0 (free). */
    CXType wt = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(clang_Cursor_getArgument(s, 0))));
    long long ws = wt.kind == CXType_Pointer ? clang_Type_getSizeOf(clang_getPointeeType(wt)) : -1;
    if (ws <= 0 || (ws < 8 && ((unsigned long long)u & ((1ULL << (ws * 8)) - 1)) == 0))
        return 0;
    CXCursor w = clang_Cursor_getArgument(s, 0), r = weft__ex_address_of(x, clang_Cursor_getArgument(s, 3));
    r = clang_Cursor_isNull(r) ? r : weft__ex_strip(r);
    if (clang_Cursor_isNull(weft__ex_address_of(x, w)) || clang_getCursorKind(r) != CXCursor_DeclRefExpr)
        return 0;
    *word = w;
    *flag = clang_getCursorReferenced(r);
    return 1;
}

int weft__ex_spin_break(struct ex *x, CXCursor loop, CXCursor *skip_if, CXCursor *at, CXCursor *word, int *ret)
{
    enum CXCursorKind k = clang_getCursorKind(loop);
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    long one;
    int endless = kk.n && ((k == CXCursor_WhileStmt && kk.n == 2 && weft__ex_int_lit(x, kk.p[0], &one) && one) ||
                           (k == CXCursor_ForStmt && kk.n == 1));
    CXCursor body = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    int nb = endless ? breaks(body, 0) : 0, nr = endless ? weft__ex_returns(body) : 0;
    /* Left by one break (the lock held after the loop), or by one return (held there). */
    if (!endless || x->has_goto || clang_getCursorKind(body) != CXCursor_CompoundStmt ||
        !((nb == 1 && nr == 0) || (nb == 0 && nr == 1)))
        return 0;
    struct kids bk;
    weft__ex_kids_get(body, &bk);
    int r = 0;
    for (unsigned i = 0; i < bk.n && !r; i++) {
        int is_ret = 0;
        CXCursor cond = if_break(bk.p[i], &is_ret);
        if (clang_Cursor_isNull(cond) || is_ret != (nr == 1))
            continue;
        CXCursor aat, aptr, fw, flag;
        int in_then = 0;
        if (weft__ex_atomic_acquire(x, cond, body, &aat, &aptr, &in_then) && in_then) {
            *at = aat;
            *word = aptr;
            r = 1;
        } else if (i > 0 && user_cas_call(x, bk.p[i - 1], &fw, &flag)) {
            CXCursor c = weft__ex_strip(cond);
            if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), flag)) {
                *at = bk.p[i - 1];
                *word = fw;
                r = 1;
            }
        }
        if (r) {
            *skip_if = bk.p[i];
            *ret = is_ret;
        }
    }
    weft__ex_kids_free(&bk);
    return r;
}
