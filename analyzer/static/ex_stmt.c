/* The statement walk: branches, switches, loops and cases as markers around the ops of their statements. */
#include "extract_internal.h"

#include <ctype.h>

/* A statement as a block of its own: element locks taken inside it are forgotten after it. */
static void scope_stmt(struct ex *x, CXCursor c)
{
    x->sdepth++;
    weft__ex_stmt(x, c);
    weft__ex_scope_pop(x);
}

/* Whether t is variably modified (a VLA, a pointer to one, an array of such pointers): its
 * sizes are evaluated where its declaration is reached (C11 6.7.6.2p2, 6.8p3). */
int weft__ex_variably_modified(CXType t)
{
    for (int depth = 0; depth < 16; depth++) {
        t = clang_getCanonicalType(t);
        if (t.kind == CXType_VariableArray)
            return 1;
        if (t.kind == CXType_Pointer)
            t = clang_getPointeeType(t);
        else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
            t = clang_getArrayElementType(t);
        else
            return 0;
    }
    return 0;
}

/* Whether expression e is the operand of a typeof in its declaration (__typeof__(g++) (*q)[n]:
 * never evaluated, unlike the sizes beside it): "typeof (" or "__typeof__(" right before it. */
int weft__ex_typeof_operand(struct ex *x, CXCursor e)
{
    unsigned line, col, off;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(clang_getCursorExtent(e)), &line, &col, &off);
    if (!fb || !fb->buf || off > fb->len)
        return 0;
    const char *p = fb->buf + off, *lim = off > 64 ? p - 64 : fb->buf;
    while (p > lim && strchr(" \t\r\n", p[-1]))
        p--;
    /* (its parentheses are typeof's own, or part of the operand: __typeof__ (g++)) */
    if (p > lim && p[-1] == '(')
        p--;
    else if (off >= fb->len || fb->buf[off] != '(')
        return 0;
    while (p > lim && strchr(" \t\r\n", p[-1]))
        p--;
    const char *end = p;
    while (p > lim && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
        p--;
    size_t n = (size_t)(end - p);
    return (n == 6 && !memcmp(p, "typeof", 6)) || (n == 8 && !memcmp(p, "__typeof", 8)) ||
           (n == 10 && !memcmp(p, "__typeof__", 10));
}

/* The size expressions of declaration d's variably modified type (a typedef's, a parameter's
 * on entry): evaluated, read. */
void weft__ex_vm_sizes(struct ex *x, CXCursor d)
{
    struct kids kk;
    weft__ex_kids_get(d, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_isExpression(clang_getCursorKind(kk.p[i])) && !weft__ex_typeof_operand(x, kk.p[i]))
            weft__ex_expr(x, kk.p[i], M_READ);
    weft__ex_kids_free(&kk);
}

/* A local's declaration: its initializer is read and bound to the local's slot. */
static void var_decl(struct ex *x, CXCursor d)
{
    if (weft__ex_var_is_global(d))
        return; /* a static local's initializer runs before main */
    struct kids kk;
    weft__ex_kids_get(d, &kk);
    /* Its initializer runs, and a variable-length array's sizes; an expression in its type
     * (__typeof__(g = 1) y) is not evaluated. */
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    int vla = weft__ex_variably_modified(clang_getCursorType(d)); /* (int (*p)[n++] too) */
    for (unsigned i = 0; i < kk.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
        int is_init = !clang_Cursor_isNull(init) && clang_equalCursors(kk.p[i], init);
        /* (No initializer reported: every expression, as before, to miss nothing.) */
        if (clang_isExpression(k) && (is_init || vla || clang_Cursor_isNull(init)) &&
            (is_init || !weft__ex_typeof_operand(x, kk.p[i]))) {
            weft__ex_call_dest_set(x, d, is_init ? init : clang_getNullCursor());
            weft__ex_expr(x, kk.p[i], M_READ);
            weft__ex_call_dest_set(x, clang_getNullCursor(), clang_getNullCursor());
            CXType t = clang_getCursorType(d);
            if (is_init || clang_Cursor_isNull(init))
                weft__ex_bind_init(x, weft__ex_cat3(x, "l:", x->fn_usr, weft__ex_cat3(x, "#", weft__ex_name_of(x, d), "")),
                                   t, kk.p[i]);
        }
    }
    weft__ex_kids_free(&kk);
}

/* The children of c, each as a statement. */
static void stmt_kids(struct ex *x, CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor outer = x->prev_stmt;
    for (unsigned i = 0; i < kk.n; i++) {
        x->prev_stmt = i ? kk.p[i - 1] : clang_getNullCursor();
        weft__ex_stmt(x, kk.p[i]);
    }
    x->prev_stmt = outer;
    weft__ex_kids_free(&kk);
}

/* Whether a loop body skips the rest of an iteration (break, continue, goto) of this loop:
 * in_loop inside an inner loop (its breaks and continues are its own), in_switch inside a
 * switch (its breaks are its own). */
static int leaves_early(CXCursor c, int in_loop, int in_switch)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        return 1;
    if (!in_loop && (k == CXCursor_ContinueStmt || (k == CXCursor_BreakStmt && !in_switch)))
        return 1;
    in_loop |= k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt;
    in_switch |= k == CXCursor_SwitchStmt;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int r = 0;
    for (unsigned i = 0; i < kk.n && !r; i++)
        r = leaves_early(kk.p[i], in_loop, in_switch);
    weft__ex_kids_free(&kk);
    return r;
}

static int const_cond(struct ex *x, CXCursor cond, long *v);
int weft__ex_for_init(struct ex *x, CXCursor init, CXCursor *var, CXCursor *e)
{
    init = weft__ex_strip(init);
    struct kids kk;
    weft__ex_kids_get(init, &kk);
    int ok = 0;
    if (clang_getCursorKind(init) == CXCursor_DeclStmt && kk.n == 1 &&
        clang_getCursorKind(kk.p[0]) == CXCursor_VarDecl) {
        *e = clang_Cursor_getVarDeclInitializer(kk.p[0]);
        ok = !clang_Cursor_isNull(*e);
        *var = kk.p[0];
    } else if (clang_getCursorKind(init) == CXCursor_BinaryOperator && kk.n == 2 &&
               weft__ex_binop_is(x, kk.p[0], kk.p[1], "=") &&
               clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr) {
        *e = kk.p[1];
        *var = clang_getCursorReferenced(weft__ex_strip(kk.p[0]));
        ok = 1;
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* Which child of a for statement (kk: its children) is the increment, by where it stands
 * after the header's second ';': -1 when it has none or the header cannot be read. */
static int for_increment(struct ex *x, CXCursor c, const struct kids *kk)
{
    if (kk->n < 2)
        return -1;
    const char *t = weft__ex_text_of(x, c);
    unsigned base = weft__ex_off_at(x, c);
    const char *open = strchr(t, '(');
    int depth = 0, semis = 0;
    size_t second = 0;
    for (const char *s = open; s && *s && semis < 2; s++) {
        depth += *s == '(';
        depth -= *s == ')';
        if (*s == ';' && depth == 1 && ++semis == 2)
            second = (size_t)(s - t);
        if (depth == 0)
            break;
    }
    if (semis < 2)
        return -1;
    unsigned off = weft__ex_off_at(x, kk->p[kk->n - 2]);
    return off > base && off - base > second ? (int)kk->n - 2 : -1;
}

static int for_range(struct ex *x, CXCursor loop, CXCursor *var, long *lo, long *hi);

/* Operands a and b of a comparison are integers of one signedness (i < sizeof a / sizeof
 * *a with an int i compares as unsigned: i = -1 ends it at once). */
static int same_signedness(CXCursor a, CXCursor b)
{
    CXType ta = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
    CXType tb = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b)));
    int ua = ta.kind >= CXType_Bool && ta.kind <= CXType_UInt128, ub = tb.kind >= CXType_Bool && tb.kind <= CXType_UInt128;
    int sa = ta.kind >= CXType_Char_S && ta.kind <= CXType_Int128, sb = tb.kind >= CXType_Char_S && tb.kind <= CXType_Int128;
    return (ua && ub) || (sa && sb);
}

/* Whether lvalue c is an element a[i] (or a field of one) with i the counter a for loop
 * around it sets in its init: 1, or 2 (below). */
int weft__ex_iter_element(struct ex *x, CXCursor c)
{
    CXCursor loop = x->loop, var = clang_getNullCursor(), e;
    if (clang_Cursor_isNull(loop) || clang_getCursorKind(loop) != CXCursor_ForStmt)
        return 0;
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    int ok = kk.n == 4 && weft__ex_for_init(x, kk.p[0], &var, &e);
    weft__ex_kids_free(&kk);
    c = weft__ex_strip(c);
    while (ok && clang_getCursorKind(c) == CXCursor_MemberRefExpr)
        c = weft__ex_strip(weft__ex_first_kid(c));
    if (!ok || clang_getCursorKind(c) != CXCursor_ArraySubscriptExpr)
        return 0;
    weft__ex_kids_get(c, &kk);
    CXCursor iv = kk.n == 2 ? weft__ex_index_var(kk.p[1]) : clang_getNullCursor();
    CXCursor base = kk.n == 2 ? kk.p[0] : clang_getNullCursor();
    /* (parentheses and the array's decay only: ((char *)a)[i] counts bytes, not a's elements) */
    while (clang_getCursorKind(base) == CXCursor_ParenExpr || clang_getCursorKind(base) == CXCursor_UnexposedExpr) {
        CXCursor in = weft__ex_first_kid(base);
        if (clang_Cursor_isNull(in))
            break;
        base = in;
    }
    weft__ex_kids_free(&kk);
    if (clang_Cursor_isNull(iv) || !clang_equalCursors(iv, var))
        return 0;
    /* 2: every element of the loop's range, on every run of the loop: a counting loop with
     * constant bounds that never leaves early, the access on every pass of its body, and an
     * array of its own (a[i], s.a[i]: not a row m[r][i], whose row may change) */
    CXCursor v2 = clang_getNullCursor(), body = clang_getNullCursor(), cond;
    long lo, hi;
    int dense = clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_ConstantArray &&
                for_range(x, loop, &v2, &lo, &hi) && clang_equalCursors(v2, var) && 0 <= lo && lo < hi &&
                hi < WEFT__HANDLE_SYM && !clang_Cursor_isNull(weft__ex_loop_counter(x, loop, &cond, &body)) &&
                weft__ex_every_pass(x, body, c);
    while (dense && clang_getCursorKind(base) == CXCursor_MemberRefExpr)
        base = weft__ex_strip(weft__ex_first_kid(base));
    return dense && clang_getCursorKind(base) == CXCursor_DeclRefExpr ? 2 : 1;
}

struct setvisit {
    struct ex *x;
    CXCursor d;
    unsigned before; /* stores at or after this offset count */
    int in_loop, found;
};

/* Finds a store to local v->d (=, op=, ++, --) in a loop or at or after v->before. */
static enum CXChildVisitResult set_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct setvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt) {
        v->in_loop++;
        clang_visitChildren(c, set_visit, v);
        v->in_loop--;
        return v->found ? CXChildVisit_Break : CXChildVisit_Continue;
    }
    CXCursor target = weft__ex_store_target(v->x, c, WEFT__STORE_WRITE);
    if (!clang_Cursor_isNull(target) && weft__ex_is_var(target, v->d) &&
        (v->in_loop || weft__ex_off_at(v->x, c) >= v->before)) {
        v->found = 1;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* Local d, which the pre-scan saw changed, is only assigned before offset at and outside
 * loops (n = nondet(); if (n > 8) n = 8; then the loops): one value from at on. */
static int set_only_before(struct ex *x, CXCursor d, unsigned at)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl || clang_Cursor_isNull(x->fn))
        return 0;
    struct setvisit v = {x, d, at, 0, 0};
    clang_visitChildren(x->fn, set_visit, &v);
    return !v.found;
}

/* i < n with n a local of this call that keeps one value (assigned only before the loop and outside
 * loops, never stepped, its address never taken): a bound that is the same in every
 * loop of the call, told apart from others' (WEFT__HANDLE_SYM and up). */
static int sym_bound(struct ex *x, CXCursor e, long *hi)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if ((clang_getCursorKind(d) != CXCursor_VarDecl && clang_getCursorKind(d) != CXCursor_ParmDecl) ||
        weft__ex_var_is_global(d) || x->has_goto || weft__ex_modifies(x, x->fn, d, 1) /* &n: changed elsewhere */ ||
        (weft__ex_is_changed(x, d) && !set_only_before(x, d, weft__ex_off_at(x, x->loop))))
        return 0;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (l && (l->addr_taken || l->nsrc > 1))
        return 0;
    /* A parameter never changed: the value each caller passes (join_all(t, N)). */
    int pi = clang_getCursorKind(d) == CXCursor_ParmDecl && !weft__ex_is_changed(x, d) ? weft__ex_param_index(d) : -1;
    *hi = pi >= 0 && pi < 4 ? WEFT__HANDLE_PARAM + pi : WEFT__HANDLE_SYM + (long)clang_hashCursor(d);
    return 1;
}

/* n - 1 with n a one-value local (sym_bound): *hi as sym_bound gives for n. */
static int sym_bound_minus_one(struct ex *x, CXCursor e, long *hi)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    long one;
    int ok = clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 &&
             weft__ex_binop_is(x, kk.p[0], kk.p[1], "-") && weft__ex_int_lit(x, kk.p[1], &one) && one == 1 &&
             sym_bound(x, kk.p[0], hi);
    weft__ex_kids_free(&kk);
    return ok;
}

/* A loop step that moves var by one: i++, ++i, i += 1 (+1), i--, --i, i -= 1 (-1); else 0. */
static int for_step(struct ex *x, CXCursor inc, CXCursor var)
{
    long s = weft__ex_inc_step(x, inc, var);
    return s == 1 || s == -1 ? (int)s : 0;
}

/* A regular counting loop over the values [*lo, *hi), whose body never changes i nor leaves
 * an iteration early: for (i = lo; i < hi; i++) (i <= hi - 1, i != hi, i += 1), or down,
 * for (i = hi - 1; i >= lo; i--) (i > lo - 1); the bounds constants, or hi a one-value local
 * n (i < n up from a constant; i = n - 1 down to i >= 0). 1 with *var, [*lo, *hi) set. */
static int for_range(struct ex *x, CXCursor loop, CXCursor *var, long *lo, long *hi)
{
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    CXCursor ie = clang_getNullCursor();
    int ok = clang_getCursorKind(loop) == CXCursor_ForStmt && kk.n == 4 && !x->has_goto &&
             weft__ex_for_init(x, kk.p[0], var, &ie) && !leaves_early(kk.p[3], 0, 0) &&
             !weft__ex_modifies(x, kk.p[3], *var, 0) && !weft__ex_modifies(x, x->fn, *var, 1); /* (no &i anywhere) */
    int step = ok ? for_step(x, kk.p[2], *var) : 0;
    CXCursor cond = ok ? weft__ex_strip(kk.p[1]) : clang_getNullCursor();
    ok = step != 0 && clang_getCursorKind(cond) == CXCursor_BinaryOperator;
    struct kids ck = {0};
    if (ok)
        weft__ex_kids_get(cond, &ck);
    ok = ok && ck.n == 2 && weft__ex_is_var(ck.p[0], *var) && !weft__ex_modifies(x, ck.p[1], *var, 0);
    long a = 0, b = 0;
    int ca = ok && const_cond(x, ie, &a), cb = ok && const_cond(x, ck.p[1], &b);
    if (ok && step > 0) {
        *lo = a;
        if (ca && cb && weft__ex_binop_is(x, ck.p[0], ck.p[1], "<"))
            *hi = b;
        else if (ca && cb && weft__ex_binop_is(x, ck.p[0], ck.p[1], "<="))
            *hi = b + 1;
        else if (ca && cb && a <= b && weft__ex_binop_is(x, ck.p[0], ck.p[1], "!="))
            *hi = b;
        else
            ok = ca && weft__ex_binop_is(x, ck.p[0], ck.p[1], "<") && sym_bound(x, ck.p[1], hi);
    } else if (ok) {
        *hi = a + 1;
        if (ca && cb && weft__ex_binop_is(x, ck.p[0], ck.p[1], ">="))
            *lo = b;
        else if (ca && cb && weft__ex_binop_is(x, ck.p[0], ck.p[1], ">"))
            *lo = b + 1;
        else if (cb && b == 0 && weft__ex_binop_is(x, ck.p[0], ck.p[1], ">=") && sym_bound_minus_one(x, ie, hi))
            *lo = 0;
        else
            ok = 0;
    }
    weft__ex_kids_free(&ck);
    weft__ex_kids_free(&kk);
    return ok;
}

struct parent_find {
    CXCursor target, block;
};

static enum CXChildVisitResult parent_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct parent_find *f = data;
    if (clang_getCursorKind(c) == clang_getCursorKind(f->target) &&
        clang_getCursorExtent(c).begin_int_data == clang_getCursorExtent(f->target).begin_int_data) {
        if (clang_getCursorKind(parent) == CXCursor_CompoundStmt)
            f->block = parent;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* Statement s stores to var or takes its address (s itself too, not only what is inside it). */
static int touches(struct ex *x, CXCursor s, CXCursor var)
{
    CXCursor t = weft__ex_store_target(x, s, WEFT__STORE_ADDR | WEFT__STORE_WRITE);
    t = clang_Cursor_isNull(t) ? t : weft__ex_strip(t);
    return (!clang_Cursor_isNull(t) && clang_getCursorKind(t) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(t), var)) ||
           weft__ex_modifies(x, s, var, 0);
}

/* The constant var holds where loop starts: set by the last statement before it in its
 * block that sets it (its declaration, or var = K), none in between touching it. */
static int value_before(struct ex *x, CXCursor loop, CXCursor var, long *a)
{
    struct parent_find f = {loop, clang_getNullCursor()};
    if (clang_Cursor_isNull(x->fn))
        return 0;
    clang_visitChildren(x->fn, parent_visit, &f);
    if (clang_Cursor_isNull(f.block))
        return 0;
    struct kids kk;
    weft__ex_kids_get(f.block, &kk);
    unsigned at = 0;
    while (at < kk.n && clang_getCursorExtent(kk.p[at]).begin_int_data != clang_getCursorExtent(loop).begin_int_data)
        at++;
    int ok = 0;
    for (unsigned j = at; j-- > 0 && at < kk.n;) {
        CXCursor v = clang_getNullCursor(), e = clang_getNullCursor();
        if (weft__ex_for_init(x, kk.p[j], &v, &e) && clang_equalCursors(v, var)) {
            ok = const_cond(x, e, a);
            break;
        }
        if (touches(x, kk.p[j], var))
            break;
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* while (i < N) { ...; i++; } after i = K, or do { ... } while (++i < N) after i = K: a
 * counting loop over [*lo, *hi) as for_range reads one; the body leaves no pass early and
 * changes i nowhere else. */
static int while_range(struct ex *x, CXCursor loop, CXCursor *var, long *lo, long *hi)
{
    enum CXCursorKind lk = clang_getCursorKind(loop);
    if ((lk != CXCursor_WhileStmt && lk != CXCursor_DoStmt) || x->has_goto)
        return 0;
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    CXCursor body = kk.n == 2 ? kk.p[lk == CXCursor_DoStmt ? 0 : 1] : clang_getNullCursor();
    CXCursor cond = kk.n == 2 ? weft__ex_strip(kk.p[lk == CXCursor_DoStmt ? 1 : 0]) : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_Cursor_isNull(body) || clang_getCursorKind(body) != CXCursor_CompoundStmt ||
        clang_getCursorKind(cond) != CXCursor_BinaryOperator || leaves_early(body, 0, 0))
        return 0;
    struct kids ck;
    weft__ex_kids_get(cond, &ck);
    CXCursor lhs = ck.n == 2 ? weft__ex_strip(ck.p[0]) : clang_getNullCursor();
    int ok = ck.n == 2;
    if (ok && lk == CXCursor_DoStmt) { /* ++i < N: the pass with i = K first, then K + 1 ... */
        const char *t = weft__ex_text_of(x, lhs);
        ok = clang_getCursorKind(lhs) == CXCursor_UnaryOperator && !strncmp(t, "++", 2);
        lhs = ok ? weft__ex_strip(weft__ex_first_kid(lhs)) : lhs;
    }
    ok = ok && clang_getCursorKind(lhs) == CXCursor_DeclRefExpr;
    *var = ok ? clang_getCursorReferenced(lhs) : clang_getNullCursor();
    ok = ok && clang_getCursorKind(*var) == CXCursor_VarDecl && !weft__ex_var_is_global(*var) &&
         !weft__ex_modifies(x, ck.p[1], *var, 0) && !weft__ex_modifies(x, x->fn, *var, 1); /* (no &j anywhere) */
    /* The body: the step i++ last in a while, and nothing else touching i. */
    struct kids bk;
    weft__ex_kids_get(body, &bk);
    unsigned last = lk == CXCursor_WhileStmt ? bk.n - 1 : bk.n;
    ok = ok && bk.n > 0 && (lk == CXCursor_DoStmt || for_step(x, bk.p[last], *var) == 1);
    for (unsigned j = 0; ok && j < last; j++)
        ok = !touches(x, bk.p[j], *var);
    weft__ex_kids_free(&bk);
    long a = 0, b = 0;
    ok = ok && value_before(x, loop, *var, &a);
    if (ok && const_cond(x, ck.p[1], &b) &&
        (weft__ex_binop_is(x, ck.p[0], ck.p[1], "<") || (weft__ex_binop_is(x, ck.p[0], ck.p[1], "!=") && a < b)))
        *lo = a, *hi = b;
    else if (ok && const_cond(x, ck.p[1], &b) && weft__ex_binop_is(x, ck.p[0], ck.p[1], "<="))
        *lo = a, *hi = b + 1;
    else
        ok = ok && weft__ex_binop_is(x, ck.p[0], ck.p[1], "<") && sym_bound(x, ck.p[1], hi) && (*lo = a, 1);
    /* (a do's first pass runs whatever the bound: K past it is a pass too) */
    if (ok && lk == CXCursor_DoStmt && *hi < WEFT__HANDLE_SYM && *hi <= *lo)
        *hi = *lo + 1;
    weft__ex_kids_free(&ck);
    return ok;
}

void weft__ex_handle_index(struct ex *x, CXCursor h, struct weft__hindex *ix)
{
    CXCursor e = weft__ex_strip(h), in = weft__ex_address_of(x, h);
    if (!clang_Cursor_isNull(in))
        e = weft__ex_strip(in);
    /* &w[i].tid: a handle in each element, as &t[i] (its element by i). */
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr &&
           clang_getCanonicalType(clang_getCursorType(weft__ex_strip(weft__ex_first_kid(e)))).kind != CXType_Pointer)
        e = weft__ex_strip(weft__ex_first_kid(e));
    *ix = (struct weft__hindex){WEFT__HANDLE_WHOLE, 0, 0};
    if (clang_getCursorKind(e) != CXCursor_ArraySubscriptExpr)
        return;
    ix->kind = WEFT__HANDLE_UNKNOWN;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    long v, lo, hi;
    CXCursor var;
    enum CXCursorKind ik = kk.n == 2 ? clang_getCursorKind(weft__ex_strip(kk.p[1])) : CXCursor_InvalidCode;
    if (kk.n == 2 && !x->loop_depth &&
        (weft__ex_int_lit(x, kk.p[1], &v) || /* (t[N - 1], a constant expression) */
         ((ik == CXCursor_BinaryOperator || ik == CXCursor_UnaryOperator) && weft__ex_eval_int(kk.p[1], &v))) &&
        v >= 0 && v < WEFT__HANDLE_SYM) {
        *ix = (struct weft__hindex){WEFT__HANDLE_RANGE, v, v + 1}; /* in a loop, t[0] is reused */
    } else if (kk.n == 2 && x->loop_depth == 1 &&
               (for_range(x, x->loop, &var, &lo, &hi) || while_range(x, x->loop, &var, &lo, &hi)) &&
               weft__ex_is_var(kk.p[1], var) && lo < hi) {
        *ix = (struct weft__hindex){WEFT__HANDLE_RANGE, lo, hi};
    }
    weft__ex_kids_free(&kk);
}

/* The bound of a counted loop: literals, and locals or parameters of an integer type,
 * neither volatile nor the counter, that the body does not change and no code takes the
 * address of, joined by written arithmetic (+ - * / % << >> & | ^, unary -) and casts:
 * nothing read through memory (no global, dereference, element, field, call). */
static int fixed_bound(struct ex *x, CXCursor e, CXCursor iv, CXCursor body, int depth)
{
    if (depth > 16)
        return 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    struct kids kk;
    int ok = 0;
    long v;
    if (k == CXCursor_IntegerLiteral || (k != CXCursor_DeclRefExpr && weft__ex_int_lit(x, e, &v)))
        return 1;
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        CXType t = clang_getCursorType(d);
        if (dk == CXCursor_EnumConstantDecl)
            return 1;
        return (dk == CXCursor_VarDecl || dk == CXCursor_ParmDecl) && !weft__ex_var_is_global(d) &&
               clang_Cursor_getStorageClass(d) != CX_SC_Static && !clang_equalCursors(d, iv) &&
               !clang_isVolatileQualifiedType(t) && weft__ex_int_size(x, clang_getCanonicalType(t)) &&
               !weft__ex_modifies(x, body, d, 0) && !weft__ex_modifies(x, x->fn, d, 1);
    }
    weft__ex_kids_get(e, &kk);
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) {
        ok = kk.n >= 1 && fixed_bound(x, kk.p[kk.n - 1], iv, body, depth + 1) &&
             (kk.n == 1 || (k == CXCursor_CStyleCastExpr && kk.n == 2 && clang_getCursorKind(kk.p[0]) == CXCursor_TypeRef));
    } else if (k == CXCursor_BinaryOperator && kk.n == 2) {
        static const char *const ops[] = {"+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^"};
        for (size_t i = 0; i < sizeof ops / sizeof *ops && !ok; i++)
            ok = weft__ex_binop_exact(x, kk.p[0], kk.p[1], ops[i]);
        ok = ok && fixed_bound(x, kk.p[0], iv, body, depth + 1) && fixed_bound(x, kk.p[1], iv, body, depth + 1);
    } else if (k == CXCursor_UnaryOperator && kk.n == 1) {
        char o[8];
        weft__ex_unop(x, e, kk.p[0], o);
        ok = !strcmp(o, "-") && fixed_bound(x, kk.p[0], iv, body, depth + 1);
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* A for loop counting its counter to a bound fixed when it starts (for (i = 0; i <= 100 *
 * (id + 1); i++), id a parameter): how often it runs is known at its start, so it waits for
 * no other thread, though it may not run at all. */
static int counted_loop(struct ex *x, CXCursor c, enum CXCursorKind k, const struct kids *kk)
{
    if (k != CXCursor_ForStmt || kk->n != 4 || x->has_goto)
        return 0;
    CXCursor cond = clang_getNullCursor(), body = clang_getNullCursor();
    CXCursor iv = weft__ex_loop_counter(x, c, &cond, &body);
    cond = weft__ex_strip(cond);
    /* (one that may leave early, if (flag) break;, may be a spin-wait with a bound) */
    if (clang_Cursor_isNull(iv) || clang_getCursorKind(cond) != CXCursor_BinaryOperator ||
        weft__ex_modifies(x, body, iv, 0) || weft__ex_modifies(x, x->fn, iv, 1) || leaves_early(body, 0, 0) ||
        weft__ex_returns(body) > 0)
        return 0;
    struct kids ck;
    weft__ex_kids_get(cond, &ck);
    int ok = ck.n == 2 && weft__ex_is_var(ck.p[0], iv) && weft__ex_binop_written(x, ck.p[0], ck.p[1]) &&
             fixed_bound(x, ck.p[1], iv, body, 0);
    weft__ex_kids_free(&ck);
    return ok;
}

/* A for loop over a counter whose test may never fail: a bound past the counter's type
 * (unsigned char c < 256, unsigned u >= 0), a step away from it or none (i += 0, i = i * 2),
 * a != the step may jump over (i += 2 to 9). What follows it may never run. */
static int may_not_end(struct ex *x, CXCursor c, enum CXCursorKind k, const struct kids *kk)
{
    if (k != CXCursor_ForStmt || kk->n != 4)
        return 0;
    CXCursor cond = clang_getNullCursor(), body = clang_getNullCursor();
    CXCursor iv = weft__ex_loop_counter(x, c, &cond, &body), var = clang_getNullCursor(), ie = clang_getNullCursor();
    cond = weft__ex_strip(clang_Cursor_isNull(cond) ? kk->p[1] : cond);
    if (clang_getCursorKind(cond) != CXCursor_BinaryOperator)
        return 0;
    if (clang_Cursor_isNull(iv)) {
        /* (a step the counter loops do not take, i += 0, i = i * 2: the variable the test reads) */
        CXCursor l = weft__ex_strip(weft__ex_first_kid(cond));
        CXCursor d = clang_getCursorKind(l) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(l) : clang_getNullCursor();
        if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) || weft__ex_modifies(x, kk->p[3], d, 0))
            return 0;
        iv = d;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(iv));
    long long size = clang_Type_getSizeOf(t);
    int uns = t.kind == CXType_UChar || t.kind == CXType_UShort || t.kind == CXType_UInt || t.kind == CXType_ULong ||
              t.kind == CXType_ULongLong || t.kind == CXType_Char_U || t.kind == CXType_Bool;
    if (size <= 0 || size > 8)
        return 0;
    double max = 1; /* the counter's largest value, 2^bits - 1 */
    for (long long b = 0; b < size * 8 - !uns; b++)
        max *= 2;
    max -= 1;
    struct kids ck;
    weft__ex_kids_get(cond, &ck);
    long b, init = 0;
    int ok = ck.n == 2 && weft__ex_is_var(ck.p[0], iv) && weft__ex_int_lit(x, ck.p[1], &b);
    const char *op = !ok ? "" : weft__ex_binop_exact(x, ck.p[0], ck.p[1], "<") ? "<" : weft__ex_binop_exact(x, ck.p[0], ck.p[1], "<=") ? "<="
                         : weft__ex_binop_exact(x, ck.p[0], ck.p[1], ">") ? ">" : weft__ex_binop_exact(x, ck.p[0], ck.p[1], ">=") ? ">="
                         : weft__ex_binop_exact(x, ck.p[0], ck.p[1], "!=") ? "!=" : "";
    weft__ex_kids_free(&ck);
    if (!*op)
        return 0;
    int has_init = weft__ex_for_init(x, kk->p[0], &var, &ie) && weft__ex_int_lit(x, ie, &init);
    /* the step: i++, ++i, i--, --i, i += K, i -= K; else (i = i * 2, i += 0, a call) not one */
    CXCursor st = weft__ex_strip(kk->p[2]);
    long d = 0;
    int known = 0;
    char o[8] = "";
    if (clang_getCursorKind(st) == CXCursor_UnaryOperator && weft__ex_is_var(weft__ex_first_kid(st), iv)) {
        weft__ex_unop(x, st, weft__ex_first_kid(st), o);
        known = !strcmp(o, "++") || !strcmp(o, "--");
        d = !strcmp(o, "++") ? 1 : -1;
    } else if (clang_getCursorKind(st) == CXCursor_CompoundAssignOperator) {
        struct kids sk;
        weft__ex_kids_get(st, &sk);
        long v;
        if (sk.n == 2 && weft__ex_is_var(sk.p[0], iv) && weft__ex_int_lit(x, sk.p[1], &v)) {
            known = weft__ex_binop_exact(x, sk.p[0], sk.p[1], "+=") || weft__ex_binop_exact(x, sk.p[0], sk.p[1], "-=");
            d = weft__ex_binop_exact(x, sk.p[0], sk.p[1], "+=") ? v : -v;
        }
        weft__ex_kids_free(&sk);
    } else if (clang_Cursor_isNull(st)) {
        return 0; /* (no step: the body moves it, or the loop waits) */
    }
    if (!known || d == 0)
        return 1;
    if (!strcmp(op, "<"))
        return d < 0 || (double)b > max;
    if (!strcmp(op, "<="))
        return d < 0 || (double)b >= max;
    if (!strcmp(op, ">"))
        return d > 0 || (uns && b < 0);
    if (!strcmp(op, ">="))
        return d > 0 || (uns && b <= 0);
    /* != : one at a time reaches it; a longer step only from a start it divides */
    return (d != 1 && d != -1) && (!has_init || (b - init) % d != 0 || (b - init) / d < 0);
}

/* A for loop whose body changes its counter (if (!go) i--;, through &i too): it may repeat
 * on a condition, a wait, however surely its first pass runs. */
static int counter_changed(struct ex *x, CXCursor c, enum CXCursorKind k, const struct kids *kk)
{
    CXCursor var = clang_getNullCursor(), ie;
    (void)c;
    return k == CXCursor_ForStmt && kk->n == 4 && weft__ex_for_init(x, kk->p[0], &var, &ie) &&
           (weft__ex_modifies(x, kk->p[3], var, 0) || weft__ex_modifies(x, x->fn, var, 1));
}

/* Whether a loop's body surely runs at least once and every run of it goes to its end:
 * while (1), or for (i = A; i OP B; ...) with literals A, B and A OP B true; no break,
 * continue or goto of its own. */
static int loop_runs(struct ex *x, CXCursor c, enum CXCursorKind k, const struct kids *kk)
{
    (void)c;
    long a, b;
    /* A return leaves it too: while (1) { ... if (ok) return; } spins until ok (a wait). */
    if (x->has_goto || !kk->n || leaves_early(kk->p[kk->n - 1], 0, 0) ||
        (k == CXCursor_WhileStmt && weft__ex_returns(kk->p[kk->n - 1]) > 0))
        return 0;
    if (k == CXCursor_WhileStmt)
        return kk->n == 2 && weft__ex_int_lit(x, kk->p[0], &a) && a != 0;
    if (k != CXCursor_ForStmt || kk->n != 4)
        return 0;
    CXCursor var = clang_getNullCursor(), cond = weft__ex_strip(kk->p[1]), ie;
    if (!weft__ex_for_init(x, kk->p[0], &var, &ie) || !const_cond(x, ie, &a) ||
        clang_getCursorKind(cond) != CXCursor_BinaryOperator)
        return 0;
    struct kids ck;
    weft__ex_kids_get(cond, &ck);
    int r = 0;
    /* (an int counter against sizeof compares as unsigned: from -1 it never runs) */
    if (ck.n == 2 && weft__ex_is_var(ck.p[0], var) && const_cond(x, ck.p[1], &b) &&
        ((a >= 0 && b >= 0) || same_signedness(ck.p[0], ck.p[1]))) {
        static const char *const ops[] = {"<", "<=", ">", ">=", "!="};
        int holds[] = {a < b, a <= b, a > b, a >= b, a != b};
        for (int i = 0; i < 5; i++)
            if (weft__ex_binop_exact(x, ck.p[0], ck.p[1], ops[i]))
                r = holds[i];
    }
    weft__ex_kids_free(&ck);
    return r;
}

/* Whether a loop body can leave its loop other than through the condition (break, goto);
 * inner is set inside an inner loop or switch, whose breaks leave only that one. */
static int breaks_out(CXCursor c, int inner)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if ((k == CXCursor_BreakStmt && !inner) || k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        return 1;
    inner |= k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt || k == CXCursor_SwitchStmt;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int r = 0;
    for (unsigned i = 0; i < kk.n && !r; i++)
        r = breaks_out(kk.p[i], inner);
    weft__ex_kids_free(&kk);
    return r;
}

/* __VERIFIER_nondet_int(), !__VERIFIER_nondet_bool(), nondet() == 0: a call of a function
 * with no body named __VERIFIER_nondet_*, tested against zero. */
static int nondet_cond(struct ex *x, CXCursor cond)
{
    int neg;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg);
    CXCursor d = clang_getCursorKind(e) == CXCursor_CallExpr ? clang_getCursorReferenced(e) : clang_getNullCursor();
    return clang_getCursorKind(d) == CXCursor_FunctionDecl && clang_Cursor_isNull(clang_getCursorDefinition(d)) &&
           !strncmp(weft__ex_name_of(x, d), "__VERIFIER_nondet_", 18);
}

struct cond_refs {
    struct ex *x;
    CXCursor var;
    int n;
    int no_assume; /* not in an assumption's call (counted apart: assume_visit) */
};

/* c calls a verifier's assume (weft__ex_is_assume). */
static int assume_call(struct ex *x, CXCursor c)
{
    CXCursor f = clang_getCursorKind(c) == CXCursor_CallExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(x, f) : NULL;
    return n && weft__ex_is_assume(x, f, n);
}

static enum CXChildVisitResult count_refs(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct cond_refs *r = data;
    r->n += clang_getCursorKind(c) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), r->var);
    return CXChildVisit_Recurse;
}

/* Counts the uses of r->var in conditions (of if, while, do, for, switch, ?:, && and ||) and
 * in calls' arguments (assume(v > 10) narrows it as a condition does). */
static enum CXChildVisitResult cond_refs_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct cond_refs *r = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (r->no_assume && assume_call(r->x, c) && clang_Cursor_getNumArguments(c) == 1)
        return CXChildVisit_Continue;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    unsigned lo = 0, hi = 0; /* [lo, hi): the children that are conditions */
    if (k == CXCursor_IfStmt || k == CXCursor_WhileStmt || k == CXCursor_SwitchStmt || k == CXCursor_ConditionalOperator)
        hi = kk.n ? 1 : 0;
    else if (k == CXCursor_DoStmt)
        lo = kk.n ? kk.n - 1 : 0, hi = kk.n;
    else if (k == CXCursor_ForStmt)
        hi = kk.n ? kk.n - 1 : 0; /* (all but the body) */
    else if (k == CXCursor_BinaryOperator && kk.n == 2 &&
             (weft__ex_binop_is(r->x, kk.p[0], kk.p[1], "&&") || weft__ex_binop_is(r->x, kk.p[0], kk.p[1], "||")))
        hi = 2;
    else if (k == CXCursor_CallExpr)
        lo = kk.n ? 1 : 0, hi = kk.n; /* (its arguments, after the callee) */
    for (unsigned i = lo; i < hi; i++) {
        struct cond_refs one = {r->x, r->var, 0, 0};
        count_refs(kk.p[i], c, &one);
        clang_visitChildren(kk.p[i], count_refs, &one);
        r->n += one.n;
    }
    weft__ex_kids_free(&kk);
    return CXChildVisit_Recurse;
}

/* The bounds an assumption puts on v: __VERIFIER_assume(e) or assume_abort_if_not(e), e
 * comparisons of v with literals joined by && (v >= 0 && v < 4). */
struct vrange {
    struct ex *x;
    CXCursor var;
    long lo, hi;
    int refs, bad;
};

/* (k < v is v > k: the comparison as seen from the variable's side) */
static int flip_cmp(int op)
{
    return op == 0 ? 2 : op == 1 ? 3 : op == 2 ? 0 : op == 3 ? 1 : op;
}

/* e compares a variable, no cast on it, with an integer literal (v < 4, 4 > v): 1 with its
 * declaration *var, *op as v OP k (0 <, 1 <=, 2 >, 3 >=, 4 ==) and *k. */
static int var_vs_literal(struct ex *x, CXCursor e, CXCursor *var, int *op, long *k)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    static const char *const ops[] = {"<", "<=", ">", ">=", "=="};
    *op = -1;
    for (int i = 0; clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 && i < 5 && *op < 0; i++)
        if (weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
            *op = i;
    int lit1 = *op >= 0 && weft__ex_int_lit(x, kk.p[1], k), lit0 = *op >= 0 && !lit1 && weft__ex_int_lit(x, kk.p[0], k);
    CXCursor v = lit1 ? kk.p[0] : lit0 ? kk.p[1] : clang_getNullCursor();
    int ok = !clang_Cursor_isNull(v) && !weft__ex_cast_in(v) && clang_getCursorKind(weft__ex_strip(v)) == CXCursor_DeclRefExpr;
    if (ok) {
        *var = clang_getCursorReferenced(weft__ex_strip(v));
        *op = lit0 ? flip_cmp(*op) : *op;
    }
    weft__ex_kids_free(&kk);
    return ok;
}

static void range_of(struct vrange *r, CXCursor e)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    CXCursor v;
    int op;
    long k;
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 &&
        weft__ex_binop_is(r->x, kk.p[0], kk.p[1], "&&")) {
        range_of(r, kk.p[0]);
        range_of(r, kk.p[1]);
    } else if (var_vs_literal(r->x, e, &v, &op, &k) && clang_equalCursors(v, r->var) && k > -(1L << 20) &&
               k < (1L << 20)) {
        if (op == 0 || op == 1)
            r->hi = k - (op == 0) < r->hi ? k - (op == 0) : r->hi;
        if (op == 2 || op == 3)
            r->lo = k + (op == 2) > r->lo ? k + (op == 2) : r->lo;
        if (op == 4) {
            r->lo = k > r->lo ? k : r->lo;
            r->hi = k < r->hi ? k : r->hi;
        }
        r->refs++;
    }
    weft__ex_kids_free(&kk);
}

static enum CXChildVisitResult assume_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct vrange *r = data;
    if (clang_getCursorKind(c) != CXCursor_CallExpr || clang_Cursor_getNumArguments(c) != 1)
        return CXChildVisit_Recurse;
    if (!assume_call(r->x, c))
        return CXChildVisit_Recurse;
    CXCursor a = clang_Cursor_getArgument(c, 0);
    struct cond_refs all = {r->x, r->var, 0, 0};
    count_refs(a, c, &all);
    clang_visitChildren(a, count_refs, &all);
    int before = r->refs;
    if (all.n)
        range_of(r, a);
    r->bad |= r->refs - before != all.n; /* (a use of v it does not read as a bound) */
    return CXChildVisit_Continue;
}

struct vars {
    CXCursor d[8];
    int n, over;
};

static enum CXChildVisitResult vars_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct vars *v = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(c)) == CXCursor_VarDecl) {
        CXCursor d = clang_getCursorReferenced(c);
        int seen = 0;
        for (int i = 0; i < v->n && !seen; i++)
            seen = clang_equalCursors(v->d[i], d);
        if (!seen && v->n < 8)
            v->d[v->n++] = d;
        else if (!seen)
            v->over = 1;
    }
    return CXChildVisit_Recurse;
}

/* e is comparisons of a variable with a literal joined by && (c >= 0 && c <= 3), nothing else. */
static int bounds_only(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    CXCursor v;
    int op;
    long k;
    int ok = clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 &&
                     weft__ex_binop_is(x, kk.p[0], kk.p[1], "&&")
                 ? bounds_only(x, kk.p[0]) && bounds_only(x, kk.p[1])
                 : var_vs_literal(x, e, &v, &op, &k);
    weft__ex_kids_free(&kk);
    return ok;
}

int weft__ex_inputs_can_hold(struct ex *x, CXCursor cond)
{
    if (!bounds_only(x, cond))
        return 0; /* (assume(0), c > 0 && 0, c != 3: not read as bounds) */
    struct vars vs = {.n = 0};
    vars_visit(cond, clang_getNullCursor(), &vs);
    clang_visitChildren(cond, vars_visit, &vs);
    if (vs.over || clang_Cursor_isNull(x->fn))
        return 0;
    for (int i = 0; i < vs.n; i++) {
        struct vrange vr = {x, vs.d[i], -(1L << 40), 1L << 40, 0, 0};
        clang_visitChildren(x->fn, assume_visit, &vr);
        CXType t = clang_getCanonicalType(clang_getCursorType(vs.d[i]));
        int bits = weft__ex_value_bits(t);
        int uns = t.kind >= CXType_Bool && t.kind <= CXType_UInt128;
        long tlo = uns ? 0 : bits >= 40 ? -(1L << 40) : -(1L << bits);
        long thi = t.kind == CXType_Bool ? 1 : bits >= 40 ? 1L << 40 : (1L << bits) - 1;
        long lo = vr.lo > tlo ? vr.lo : tlo, hi = vr.hi < thi ? vr.hi : thi;
        if (vr.bad || bits <= 0 || lo > hi)
            return 0;
    }
    return 1;
}

/* int v = __VERIFIER_nondet_int(); if (v < 0): a local of int width or more given a fresh
 * nondeterministic value and never changed, compared with a small literal both of whose
 * outcomes its type allows, and tested in no other condition of the function nor handed to
 * a call (two tests of one value may exclude each other), but for assumptions that bound it
 * by literals (__VERIFIER_assume(v > 10) narrows it: both outcomes must stay possible). */
static int nondet_local_cmp(struct ex *x, CXCursor cond)
{
    CXCursor e = weft__ex_strip(cond);
    if (clang_getCursorKind(e) != CXCursor_BinaryOperator || clang_Cursor_isNull(x->fn))
        return 0;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    long k = 0;
    int lit1 = kk.n == 2 && weft__ex_int_lit(x, kk.p[1], &k), lit0 = kk.n == 2 && !lit1 && weft__ex_int_lit(x, kk.p[0], &k);
    static const char *const ops[] = {"<", "<=", ">", ">=", "==", "!="};
    int op = -1;
    for (int i = 0; (lit0 || lit1) && i < 6 && op < 0; i++)
        if (weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
            op = i;
    CXCursor side = op >= 0 ? (lit1 ? kk.p[0] : kk.p[1]) : clang_getNullCursor();
    CXCursor v = op >= 0 && !weft__ex_cast_in(side) ? weft__ex_strip(side) : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    CXCursor d = clang_getCursorKind(v) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(v) : clang_getNullCursor();
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static || weft__ex_is_changed(x, d) || k < -(1L << 20) || k > (1L << 20))
        return 0;
    struct local *l = weft__ex_local_of(x, d, 0);
    CXCursor raw = clang_Cursor_getVarDeclInitializer(d), init = weft__ex_strip(raw);
    CXCursor f = clang_getCursorKind(init) == CXCursor_CallExpr ? clang_getCursorReferenced(init) : clang_getNullCursor();
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    /* (the call's own type, no cast on the way: int v = nondet_uchar() is 0 to 255) */
    if ((l && (l->addr_taken || l->published)) || clang_getCursorKind(f) != CXCursor_FunctionDecl ||
        !clang_Cursor_isNull(clang_getCursorDefinition(f)) || strncmp(weft__ex_name_of(x, f), "__VERIFIER_nondet_", 18) ||
        weft__ex_value_bits(t) < 31 || weft__ex_cast_in(raw) ||
        clang_getCanonicalType(clang_getCursorResultType(f)).kind != t.kind)
        return 0;
    /* (unsigned: v < 0 never holds, v >= 0 always) */
    int is_unsigned = t.kind == CXType_UInt || t.kind == CXType_ULong || t.kind == CXType_ULongLong;
    if (is_unsigned && (k < 0 || (k == 0 && op != 4 && op != 5 && !(lit1 ? op == 1 || op == 2 : op == 0 || op == 3))))
        return 0;
    struct cond_refs r = {x, d, 0, 1};
    clang_visitChildren(x->fn, cond_refs_visit, &r);
    /* Bounds assumed on it (assume_abort_if_not(v >= 0 && v <= 3); if (v < 2)): both
     * outcomes must stay possible within them. */
    struct vrange vr = {x, d, -(1L << 40), 1L << 40, 0, 0};
    clang_visitChildren(x->fn, assume_visit, &vr);
    if (vr.bad || r.n != 1)
        return 0;
    if (!vr.refs)
        return 1;
    if (lit0)
        op = flip_cmp(op);
    long lo = vr.lo, hi = vr.hi;
    int yes = op == 0 ? lo < k : op == 1 ? lo <= k : op == 2 ? hi > k : op == 3 ? hi >= k : lo <= k && k <= hi;
    int no = op == 0 ? hi >= k : op == 1 ? hi > k : op == 2 ? lo <= k : op == 3 ? lo < k : lo < hi || lo != k;
    return lo <= hi && yes && no;
}

/* The condition is written out where it stands: no identifier in its text but the local's,
 * once (a macro's name, whose body's operator is read from its #define, or a named
 * constant: not read), and no comment. */
static int written_out(struct ex *x, CXCursor cond, CXCursor d)
{
    CXSourceRange r = clang_getCursorExtent(cond);
    unsigned l, c, o0, o1;
    struct filebuf *f = weft__ex_loc_of(x, clang_getRangeStart(r), &l, &c, &o0);
    struct filebuf *g = weft__ex_loc_of(x, clang_getRangeEnd(r), &l, &c, &o1);
    const char *name = weft__ex_name_of(x, d);
    size_t nl = strlen(name);
    if (!f || f != g || !f->buf || o1 <= o0 || o1 > f->len)
        return 0;
    int ids = 0;
    for (unsigned i = o0; i < o1;) {
        unsigned char ch = (unsigned char)f->buf[i];
        if (isalpha(ch) || ch == '_') {
            unsigned j = i;
            while (j < o1 && (isalnum((unsigned char)f->buf[j]) || f->buf[j] == '_'))
                j++;
            if (j - i != nl || strncmp(f->buf + i, name, nl))
                return 0;
            ids++, i = j;
        } else if (isdigit(ch)) {
            while (i < o1 && (isalnum((unsigned char)f->buf[i]) || f->buf[i] == '_'))
                i++; /* (a literal, its suffix or hex digits) */
        } else if (ch == '/' || ch == '#' || ch == '\\') {
            return 0;
        } else {
            i++;
        }
    }
    return ids == 1;
}

/* A condition comparing a local, no cast on it, with a small integer literal: if (v),
 * if (!v), v == 0, v < 4, 4 > v ... Its declaration, *cmp (enum weft__cmp, as v CMP k) and *k;
 * a null cursor for any other condition. */
static CXCursor local_vs_literal(struct ex *x, CXCursor cond, int *cmp, long *k)
{
    int neg;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg);
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
        *cmp = neg ? WEFT__CMP_EQ : WEFT__CMP_NE, *k = 0;
        if (!written_out(x, cond, clang_getCursorReferenced(e)))
            return clang_getNullCursor();
        /* (no cast on the way: (unsigned char)v is zero for v = 256) */
        CXCursor s = cond;
        while (clang_getCursorKind(s) == CXCursor_ParenExpr || clang_getCursorKind(s) == CXCursor_UnexposedExpr)
            s = weft__ex_first_kid(s);
        int op = clang_getCursorKind(s) == CXCursor_UnaryOperator || clang_getCursorKind(s) == CXCursor_BinaryOperator;
        return weft__ex_cast_in(cond) || (op && weft__ex_cast_in(weft__ex_first_kid(s))) ? clang_getNullCursor()
                                                                                           : clang_getCursorReferenced(e);
    }
    e = weft__ex_strip(cond);
    if (clang_getCursorKind(e) != CXCursor_BinaryOperator)
        return clang_getNullCursor();
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    static const char *const ops[] = {"<", "<=", ">", ">=", "==", "!="};
    static const int flip[] = {WEFT__CMP_GT, WEFT__CMP_GE, WEFT__CMP_LT, WEFT__CMP_LE, WEFT__CMP_EQ, WEFT__CMP_NE};
    *cmp = -1;
    for (int i = 0; kk.n == 2 && i < 6 && *cmp < 0; i++)
        if (weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
            *cmp = i;
    int lit1 = *cmp >= 0 && weft__ex_int_lit(x, kk.p[1], k), lit0 = *cmp >= 0 && !lit1 && weft__ex_int_lit(x, kk.p[0], k);
    CXCursor v = lit1 ? kk.p[0] : lit0 ? kk.p[1] : clang_getNullCursor();
    CXCursor d = !clang_Cursor_isNull(v) && !weft__ex_cast_in(v) && clang_getCursorKind(weft__ex_strip(v)) == CXCursor_DeclRefExpr
                     ? clang_getCursorReferenced(weft__ex_strip(v))
                     : clang_getNullCursor();
    /* Compared in v's own type (int v < 3u compares unsigned values: v = -1 is not below 3),
     * and an unsigned v with a literal that is no negative number read back (-1ul) */
    if (!clang_Cursor_isNull(d) && !written_out(x, e, d))
        d = clang_getNullCursor();
    if (!clang_Cursor_isNull(d)) {
        enum CXTypeKind dt = clang_getCanonicalType(clang_getCursorType(d)).kind;
        int un = dt == CXType_UInt || dt == CXType_ULong || dt == CXType_ULongLong || dt == CXType_UChar ||
                 dt == CXType_UShort || dt == CXType_Bool;
        if (clang_getCanonicalType(clang_getCursorType(kk.p[0])).kind != dt ||
            clang_getCanonicalType(clang_getCursorType(kk.p[1])).kind != dt || (un && *k < 0))
            d = clang_getNullCursor();
    }
    weft__ex_kids_free(&kk);
    if (lit0 && *cmp >= 0)
        *cmp = flip[*cmp];
    return *k > -(1L << 20) && *k < (1L << 20) ? d : clang_getNullCursor();
}

/* Counts a local's references, and the ifs testing it against a literal (those against zero apart). */
struct nd_uses {
    struct ex *x;
    CXCursor var;
    int refs, zero, other;
};

/* A test of u->var found (local_vs_literal's d, cmp and k): counted, against zero apart. */
static void nd_test(struct nd_uses *u, CXCursor d, int cmp, long k)
{
    if (!clang_equalCursors(d, u->var))
        return;
    if (k == 0 && (cmp == WEFT__CMP_EQ || cmp == WEFT__CMP_NE))
        u->zero++;
    else
        u->other++;
}

/* The conjuncts of an assumption's condition (a && b && c) that test u->var: counted as tests. */
static void nd_assumed(struct nd_uses *u, CXCursor e)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int cmp;
    long v;
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 && weft__ex_binop_is(u->x, kk.p[0], kk.p[1], "&&")) {
        nd_assumed(u, kk.p[0]);
        nd_assumed(u, kk.p[1]);
    } else {
        CXCursor d = local_vs_literal(u->x, e, &cmp, &v);
        nd_test(u, d, cmp, v);
    }
    weft__ex_kids_free(&kk);
}

static enum CXChildVisitResult nd_uses_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct nd_uses *u = data;
    /* (an assumption that is a statement of its own, one every failing run ends at: as an if) */
    CXCursor af = clang_getCursorKind(c) == CXCursor_CallExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    if (clang_getCursorKind(c) == CXCursor_CallExpr && clang_Cursor_getNumArguments(c) == 1 &&
        clang_getCursorKind(parent) == CXCursor_CompoundStmt && clang_getCursorKind(af) == CXCursor_FunctionDecl &&
        weft__ex_strict_assume(u->x, af, weft__ex_name_of(u->x, af)))
        nd_assumed(u, clang_Cursor_getArgument(c, 0));
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), u->var))
        u->refs++;
    int cmp;
    long v;
    if (k == CXCursor_IfStmt) {
        CXCursor d = local_vs_literal(u->x, weft__ex_first_kid(c), &cmp, &v);
        nd_test(u, d, cmp, v);
    }
    return CXChildVisit_Recurse;
}

/* int v = __VERIFIER_nondet_int(); ... if (v) ... if (v < 3): a local given one fresh
 * nondeterministic value, never changed nor its address taken, whose every use is an if
 * comparing it with a small literal. Each value is that of some run; on one run every test
 * takes the branch that value gives (the interpreter keeps what the path's tests said: path
 * facts). 1 when every test is against zero (any type: either outcome is some value's), 2
 * when some is against another literal (an integer of 32 bits or more, whose range no such
 * literal reaches), else 0. */
static int nondet_local(struct ex *x, CXCursor d)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) || clang_Cursor_isNull(x->fn) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static || weft__ex_is_changed(x, d) || x->has_goto ||
        weft__ex_decl_in_macro(x, d)) /* (two a macro's body declares share one name and place: one key) */
        return 0;
    struct local *l = weft__ex_local_of(x, d, 0);
    CXCursor init = weft__ex_strip(clang_Cursor_getVarDeclInitializer(d));
    CXCursor f = clang_getCursorKind(init) == CXCursor_CallExpr ? clang_getCursorReferenced(init) : clang_getNullCursor();
    if ((l && (l->addr_taken || l->published)) || clang_getCursorKind(f) != CXCursor_FunctionDecl ||
        !clang_Cursor_isNull(clang_getCursorDefinition(f)) || strncmp(weft__ex_name_of(x, f), "__VERIFIER_nondet_", 18))
        return 0;
    struct nd_uses u = {x, d, 0, 0, 0};
    clang_visitChildren(x->fn, nd_uses_visit, &u);
    if (!(u.zero + u.other) || u.zero + u.other != u.refs)
        return 0;
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (!u.other) /* (an integer or a pointer: a double's 0.5 is nonzero, its (int) zero) */
        return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum || t.kind == CXType_Pointer;
    int wide = t.kind == CXType_Int || t.kind == CXType_Long || t.kind == CXType_LongLong || t.kind == CXType_UInt ||
               t.kind == CXType_ULong || t.kind == CXType_ULongLong;
    /* (the call's own type, no conversion on the way: int v = nondet_uchar() is 0 to 255) */
    return wide && !weft__ex_cast_in(clang_Cursor_getVarDeclInitializer(d)) &&
                   clang_getCanonicalType(clang_getCursorResultType(f)).kind == t.kind
               ? 2
               : 0;
}

/* if (v < 3) on such a local with a test other than against zero: kind NONDET, key the
 * local's, cmp and value the test; negated: an unsigned local (no value below 0). */
static int nondet_range_cond(struct ex *x, CXCursor cond, struct weft__cond *c)
{
    int cmp;
    long k;
    CXCursor d = local_vs_literal(x, cond, &cmp, &k);
    if (clang_Cursor_isNull(d) || cmp < 0 || nondet_local(x, d) != 2)
        return 0;
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    c->kind = WEFT__COND_NONDET;
    c->negated = t.kind == CXType_UInt || t.kind == CXType_ULong || t.kind == CXType_ULongLong;
    c->cmp = (signed char)cmp;
    c->value = k;
    c->key = weft__ex_cat3(x, "nd:", weft__ex_local_name(x, d), "");
    return 1;
}

/* assume(v > 10 && v < 20) on a nondeterministic local (nondet_local): only the runs that
 * pass each conjunct go on, as after if (v > 10) { } else abort(); so each is such an if. */
void weft__ex_assume_nondet(struct ex *x, CXCursor cond)
{
    cond = weft__ex_strip(cond);
    struct kids kk;
    weft__ex_kids_get(cond, &kk);
    int cmp;
    long k;
    if (clang_getCursorKind(cond) == CXCursor_BinaryOperator && kk.n == 2 &&
        weft__ex_binop_is(x, kk.p[0], kk.p[1], "&&")) {
        weft__ex_assume_nondet(x, kk.p[0]);
        weft__ex_assume_nondet(x, kk.p[1]);
    } else if (nondet_local(x, local_vs_literal(x, cond, &cmp, &k))) {
        struct weft__op *io = weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
        if (io)
            weft__ex_if_cond(x, cond, &io->u.cond);
        weft__ex_emit(x, WEFT__OP_ELSE, clang_getNullCursor());
        weft__ex_emit_halt(x, 0);
        weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
    }
    weft__ex_kids_free(&kk);
}

/* What an if's condition tests: a setjmp, a local with one value per call, a global
 * integer against a literal (else nothing). */
void weft__ex_if_cond(struct ex *x, CXCursor cond, struct weft__cond *c)
{
    char m;
    int param, bits;
    const char *k = weft__ex_setjmp_key(x, cond, &m);
    if (!*k && nondet_range_cond(x, cond, c))
        return;
    if (*k) {
        c->kind = WEFT__COND_SETJMP;
        c->negated = m == '0';
        c->key = k;
    } else if (*(k = weft__ex_cond_key(x, cond, &m, &param, &bits))) {
        c->kind = WEFT__COND_LOCAL;
        c->negated = m == '-';
        c->key = k;
        c->cmp = (signed char)param; /* the caller's constant decides it ... */
        c->value = bits;             /* ... converted to the parameter's width */
        int cmp;
        long lit;
        if (!param && nondet_local(x, local_vs_literal(x, cond, &cmp, &lit)) == 1)
            c->cmp = -1; /* a verifier's nondeterministic value: the first test either way */
    } else {
        weft__ex_gint_cond(x, cond, c);
        if (c->kind == WEFT__COND_OTHER && (nondet_cond(x, cond) || nondet_local_cmp(x, cond)))
            c->kind = WEFT__COND_NONDET;
    }
}

/* if: the condition (unless it tests a lock call's result: then the lock is taken in the
 * branch where the call succeeded), the branches between IF, ELSE and ENDIF markers. */
/* A condition whose value is known when compiling: a literal, or a constant expression
 * (0 && "unreachable", sizeof (long) == 8). */
static int const_cond(struct ex *x, CXCursor cond, long *v)
{
    if (weft__ex_int_lit(x, cond, v))
        return 1;
    CXCursor e = weft__ex_strip(cond);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k != CXCursor_BinaryOperator && k != CXCursor_UnaryOperator && k != CXCursor_UnaryExpr)
        return 0;
    return weft__ex_eval_int(cond, v); /* with the casts around it: (unsigned char)(255 + 1) is 0 */
}

/* A call of the thread API that returns 0 whenever it succeeds: 1 (pthread_mutex_lock); -1
 * for one that may fail on every run (below); else 0. */
static int ok_call_kind(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_CallExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    const char *n = weft__ex_name_of(x, d);
    if (!weft__model_zero_on_success(n))
        return 0;
    /* (a mutex attribute's kind given as a number may be one settype rejects, EINVAL, on
     * every run) */
    int named;
    if (weft__ex_mutexattr_kind_call(x, e, &named) && !named)
        return -1;
    /* (an error-checking mutex's unlock by a thread not holding it fails, EPERM, on every run) */
    if (x->checked_mutexes && !strncmp(n, "pthread_mutex_", 14) && weft__model_lock_kind(n) != WEFT__LOCK_NONE)
        return -1;
    return 1;
}

/* A call of the thread API that returns 0 whenever it succeeds (pthread_mutex_lock), and
 * succeeds on every run that goes on past a test of it: one that may fail on every run is
 * none, and the path past the test of it is not known to be taken, as past a wait. */
static int ok_call(struct ex *x, CXCursor e)
{
    int k = ok_call_kind(x, e);
    if (k < 0)
        weft__ex_emit_sync(x, e, "mutex?");
    return k > 0;
}

/* The value of local e where the function tests it, when it keeps one: an automatic
 * integer never assigned, stepped or addressed after its initializer, a constant
 * (int n = 3; ... if (n > 2) exit(0);). */
static int local_value(struct ex *x, CXCursor e, long *v)
{
    CXCursor d = weft__ex_local_decl(weft__ex_strip(e));
    if (clang_Cursor_isNull(d) || x->has_goto || weft__ex_is_changed(x, d) || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return 0;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (l && l->addr_taken)
        return 0;
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (!((t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum))
        return 0;
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    if (clang_Cursor_isNull(init))
        return 0;
    if (x->assume_ok && ok_call(x, init)) /* int rc = pthread_mutex_lock(&m); */
        return *v = 0, 1;
    if (!weft__ex_int_lit(x, init, v) && !weft__ex_eval_int(init, v)) /* 1, or 3 - 2 */
        return 0;
    return *v >= 0;
}

/* Whether call c is fn(a, b) and both arguments are calls of self (a function without
 * parameters). */
static int called_with_two(struct ex *x, CXCursor c, const char *fn, const char *self)
{
    CXCursor d = clang_getCursorReferenced(c);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl || strcmp(weft__ex_name_of(x, d), fn) ||
        clang_Cursor_getNumArguments(c) != 2)
        return 0;
    for (unsigned i = 0; i < 2; i++) {
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, i));
        CXCursor ad = clang_getCursorKind(a) == CXCursor_CallExpr ? clang_getCursorReferenced(a) : clang_getNullCursor();
        if (clang_getCursorKind(ad) != CXCursor_FunctionDecl || strcmp(weft__ex_name_of(x, ad), self))
            return 0;
    }
    return 1;
}

/* r - r, r ^ r, r != r ... of one private local of integer or pointer type read twice: *v
 * its value (0, or 1 for ==, <=, >=). */
static int same_operands(struct ex *x, CXCursor e, long *v)
{
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = 0;
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2) {
        CXCursor a = weft__ex_strip(kk.p[0]), b = weft__ex_strip(kk.p[1]);
        CXCursor da = clang_getCursorKind(a) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(a) : clang_getNullCursor();
        CXCursor db = clang_getCursorKind(b) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(b) : clang_getNullCursor();
        /* (an integer or a pointer: NaN != NaN; a private local: no other thread changes it
         * between the two reads, and dropping them drops no shared access) */
        CXType t = clang_getCanonicalType(clang_getCursorType(da));
        struct local *l = clang_Cursor_isNull(da) ? NULL : weft__ex_local_of(x, da, 0);
        int same = !clang_Cursor_isNull(da) && clang_equalCursors(da, db) &&
                   (clang_getCursorKind(da) == CXCursor_VarDecl || clang_getCursorKind(da) == CXCursor_ParmDecl) &&
                   !clang_isVolatileQualifiedType(t) && (weft__ex_value_bits(t) > 0 || t.kind == CXType_Pointer) &&
                   (clang_getCursorKind(da) == CXCursor_ParmDecl || !weft__ex_var_is_global(da)) &&
                   clang_Cursor_getStorageClass(da) != CX_SC_Static && !(l && (l->addr_taken || l->published)) &&
                   !weft__ex_is_atomic_type(t);
        static const char *const ops[] = {"-", "^", "!=", "<", ">", "==", "<=", ">="};
        for (int i = 0; same && i < 8 && !ok; i++)
            if (weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
                ok = 1, *v = i >= 5;
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* pthread_equal(pthread_self(), pthread_self()): the calling thread is itself. */
static int self_equal(struct ex *x, CXCursor c)
{
    return called_with_two(x, c, "pthread_equal", "pthread_self") || called_with_two(x, c, "thrd_equal", "thrd_current");
}

/* A condition whose value every run of the function knows: a constant one, or one of
 * one-value locals and literals (!n, n > 2, a == 1 && b). */
int weft__ex_known_cond(struct ex *x, CXCursor cond, long *v)
{
    if (const_cond(x, cond, v))
        return 1;
    CXCursor e = weft__ex_strip(cond);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr)
        return local_value(x, e, v);
    if (k == CXCursor_CallExpr && self_equal(x, e)) {
        *v = 1;
        return 1;
    }
    if (x->assume_ok && ok_call(x, e))
        return *v = 0, 1;
    if (k == CXCursor_BinaryOperator && same_operands(x, e, v))
        return 1;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = 0;
    if (k == CXCursor_UnaryOperator && kk.n == 1) {
        char o[8];
        weft__ex_unop(x, e, kk.p[0], o);
        if (!strcmp(o, "!") && weft__ex_known_cond(x, kk.p[0], v)) {
            *v = !*v;
            ok = 1;
        }
    } else if (k == CXCursor_BinaryOperator && kk.n == 2) {
        long a, b;
        if (weft__ex_binop_written(x, kk.p[0], kk.p[1]) && weft__ex_known_cond(x, kk.p[0], &a) &&
            weft__ex_known_cond(x, kk.p[1], &b)) {
            static const char *const ops[] = {"==", "!=", "<", "<=", ">", ">=", "&&", "||", "+", "-", "*"};
            int which = -1;
            for (int i = 0; i < 11 && which < 0; i++)
                if (weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
                    which = i;
            int small = a > -(1L << 30) && a < (1L << 30) && b > -(1L << 30) && b < (1L << 30);
            long r[] = {a == b, a != b, a < b, a <= b, a > b, a >= b, a && b, a || b, a + b, a - b, small ? a * b : 0};
            if (which >= 0 && (which < 8 || small) && (which < 8 || r[which] >= 0)) {
                *v = r[which];
                ok = 1;
            }
        }
    }
    weft__ex_kids_free(&kk);
    return ok;
}

int weft__ex_ok_cond(struct ex *x, CXCursor cond, long *v)
{
    int was = x->assume_ok;
    x->assume_ok = 1;
    int r = weft__ex_known_cond(x, cond, v);
    x->assume_ok = was;
    return r;
}

static int fixed_by_inputs(struct ex *x, CXCursor e, int depth);

/* A call of a function of the program whose body is only `return E;`, E of constants, its
 * arguments fixed too (static int zero(void) { return 0; }). */
static int returns_fixed(struct ex *x, CXCursor call, int depth)
{
    CXCursor f = clang_getCursorReferenced(call);
    CXCursor def = clang_getCursorKind(f) == CXCursor_FunctionDecl ? clang_getCursorDefinition(f) : clang_getNullCursor();
    if (clang_Cursor_isNull(def) || clang_Location_isInSystemHeader(clang_getCursorLocation(def)))
        return 0;
    int n = clang_Cursor_getNumArguments(call), ok = n >= 0;
    for (int i = 0; i < n && ok; i++)
        ok = fixed_by_inputs(x, clang_Cursor_getArgument(call, (unsigned)i), depth + 1);
    struct kids kk;
    weft__ex_kids_get(def, &kk);
    CXCursor body = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (!ok || clang_getCursorKind(body) != CXCursor_CompoundStmt)
        return 0;
    weft__ex_kids_get(body, &kk);
    CXCursor ret = kk.n == 1 ? kk.p[0] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_getCursorKind(ret) != CXCursor_ReturnStmt)
        return 0;
    CXCursor val = weft__ex_first_kid(ret);
    int params = x->fix_params;
    x->fix_params = 0; /* (the callee's parameters are not the caller's) */
    ok = !clang_Cursor_isNull(val) && fixed_by_inputs(x, val, depth + 1);
    x->fix_params = params;
    return ok;
}

struct stores_of {
    struct ex *x;
    CXCursor d;
    int depth, ok;
};

/* Every store to local so->d is of a value fixed_by_inputs (so->ok cleared otherwise). */
static enum CXChildVisitResult stores_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct stores_of *so = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_AsmStmt) {
        so->ok = 0;
        return CXChildVisit_Break;
    }
    if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator || k == CXCursor_UnaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        CXCursor lhs = kk.n ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
        CXCursor lv = clang_Cursor_isNull(lhs) ? lhs : weft__ex_var_of(lhs); /* v, v.f, v[i] */
        int target = !clang_Cursor_isNull(lv) && clang_equalCursors(lv, so->d);
        if (target && k == CXCursor_UnaryOperator) {
            char o[8];
            weft__ex_unop(so->x, c, kk.p[0], o);
            if (strcmp(o, "++") && strcmp(o, "--") && strcmp(o, "+-") && strcmp(o, "&") && strcmp(o, "-") &&
                strcmp(o, "!") && strcmp(o, "~"))
                so->ok = 0; /* (a step by one is fixed; & is caught as addr_taken) */
        } else if (target && kk.n == 2 &&
                   (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(so->x, kk.p[0], kk.p[1], "=")) &&
                   !fixed_by_inputs(so->x, kk.p[1], so->depth))
            so->ok = 0;
        weft__ex_kids_free(&kk);
    }
    return so->ok ? CXChildVisit_Recurse : CXChildVisit_Break;
}

/* Whether e's value is the same on every run of the function: literals, enumeration
 * constants, one-value locals initialized so; no parameter, call or memory read. */
static int fixed_by_inputs(struct ex *x, CXCursor e, int depth)
{
    enum CXCursorKind k = clang_getCursorKind(e);
    if (depth > 8)
        return 0;
    if (k == CXCursor_CallExpr) {
        /* (a trylock's, pthread_equal's answer: either one is a normal run, so an exit on
         * it is no error path, as on a value every run computes alike) */
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) == CXCursor_FunctionDecl && weft__model_either_outcome(weft__ex_name_of(x, d)))
            return 1;
        /* (so is a mutex call's where the TU makes mutexes whose calls may fail on every run,
         * and settype's given a kind that is not a named one: ok_call) */
        if (ok_call_kind(x, e) < 0)
            return 1;
        return returns_fixed(x, e, depth);
    }
    long same;
    if (k == CXCursor_BinaryOperator && same_operands(x, e, &same))
        return 1; /* (r - r is 0 whatever r is) */
    /* a[1], s.on of a local array or struct (no pointer on the way): as the local */
    if ((k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr) && clang_Cursor_isNull(weft__ex_var_of(e)))
        return 0;
    if (k == CXCursor_UnaryOperator) {
        char o[8];
        CXCursor op = weft__ex_first_kid(e);
        if (clang_Cursor_isNull(op))
            return 0;
        weft__ex_unop(x, e, op, o);
        if (!strcmp(o, "*"))
            return 0; /* a read of memory */
    }
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_EnumConstantDecl)
            return 1;
        /* (a parameter is what each caller passes: assume_abort_if_not(c)'s c; fixed per
         * instance only in a thread's entry, where it is the creator's argument: mode 2) */
        if (dk == CXCursor_ParmDecl && (!x->fix_params || !weft__ex_is_changed(x, d)))
            return x->fix_params;
        if (dk == CXCursor_ParmDecl) {
            /* changed by stores of such values only (rc = !rc; rc += 1): as a local's below */
            if (depth > 4 || clang_Cursor_isNull(x->fn) || weft__ex_modifies(x, x->fn, d, 1))
                return 0;
            struct stores_of so = {x, d, depth + 1, 1};
            clang_visitChildren(x->fn, stores_visit, &so);
            return so.ok;
        }
        /* a const object (static const int QUIT = 1;): the same on every run */
        CXType vt = clang_getCursorType(d);
        if (dk == CXCursor_VarDecl && clang_isConstQualifiedType(vt) && !clang_isVolatileQualifiedType(vt) &&
            (weft__ex_var_is_global(d) || clang_Cursor_getStorageClass(d) == CX_SC_Static)) {
            CXCursor init = clang_Cursor_getVarDeclInitializer(d);
            return clang_Cursor_isNull(init) || fixed_by_inputs(x, init, depth + 1);
        }
        if (dk != CXCursor_VarDecl || weft__ex_var_is_global(d) || x->has_goto ||
            clang_Cursor_getStorageClass(d) == CX_SC_Static)
            return 0;
        struct local *l = weft__ex_local_of(x, d, 0);
        CXCursor init = clang_Cursor_getVarDeclInitializer(d);
        /* (no initializer: int i; for (i = 0; i < 3; i++) ...; its stores decide, below) */
        if ((l && l->addr_taken) || (!clang_Cursor_isNull(init) && !fixed_by_inputs(x, init, depth + 1)))
            return 0;
        CXType dt = clang_getCanonicalType(clang_getCursorType(d));
        int whole = dt.kind == CXType_ConstantArray || dt.kind == CXType_Record; /* (element stores: below) */
        if (!whole && !weft__ex_is_changed(x, d))
            return !clang_Cursor_isNull(init);
        if (depth > 4)
            return 0; /* (each changed local looks at the whole body: a few levels only) */
        /* Changed: by stores of such values only (int s = 0; for (...) s += i; with i a
         * counter from 0): the same on every run too. */
        struct stores_of so = {x, d, depth + 1, 1};
        if (!clang_Cursor_isNull(x->fn))
            clang_visitChildren(x->fn, stores_visit, &so);
        return so.ok && !clang_Cursor_isNull(x->fn);
    }
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = 1;
    for (unsigned i = 0; i < kk.n && ok; i++)
        ok = fixed_by_inputs(x, kk.p[i], depth); /* (depth: locals followed to their values) */
    weft__ex_kids_free(&kk);
    return ok;
}

int weft__ex_halt_inputs(struct ex *x)
{
    long v;
    if (x->halt_pending == 1) {
        x->halt_val = weft__ex_fixed_by_inputs(x, x->halt_cond), x->halt_pending = 2;
        /* Taken when the thread API's calls succeed (if (rc == 0) pthread_exit(0); with rc
         * a lock's result): no error path either, every run may take it. */
        if (!x->halt_val && weft__ex_ok_cond(x, x->halt_cond, &v) && (v != 0) != x->halt_else)
            x->halt_val = 1;
    }
    return x->halt_pending ? x->halt_val : 0;
}

static int reads_shared(struct ex *x, CXCursor e, int depth);

/* A call's arguments, for CALL's args_fixed (see facts.h): 0 as soon as one is not fixed,
 * then 3 if one reads memory other threads may write (leave_if(p == NULL)). */
int weft__ex_args_fixed(struct ex *x, CXCursor call, int nargs)
{
    int r = nargs > 0 ? 1 : 0;
    long v;
    for (int i = 0; i < nargs && r; i++) {
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
        /* (a value every run where the thread API's calls succeed computes alike too:
         * drain(pthread_mutex_lock(&m))) */
        int f = weft__ex_fixed_by_inputs(x, a);
        f = f ? f : weft__ex_ok_cond(x, a, &v); /* (its branches: number_key's "~N") */
        r = f && r ? (f > r ? f : r) : 0;
    }
    /* (an assumption on the verifier's inputs alone that can hold waits for no one:
     * assume_abort_if_not(c >= 0 && c <= 3) with c = __VERIFIER_nondet_int()) */
    for (int i = 0; i < nargs && !r; i++) {
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
        if (reads_shared(x, a, 0) && !(nargs == 1 && assume_call(x, call) && weft__ex_on_inputs(x, a) &&
                                        weft__ex_inputs_can_hold(x, a)))
            r = 3;
    }
    return r;
}

int weft__ex_fixed_by_inputs(struct ex *x, CXCursor cond)
{
    x->fix_params = 0;
    if (fixed_by_inputs(x, cond, 0))
        return 1;
    x->fix_params = 1; /* fixed by the parameters too: so in a thread's entry (HALT's 2) */
    int r = fixed_by_inputs(x, cond, 0) ? 2 : 0;
    x->fix_params = 0;
    return r;
}

/* A call that ends the thread or the program: a function the models say never returns, or
 * one of the program whose body ends in such a call (reach_error() { abort(); }). */
static int ends_run(struct ex *x, CXCursor call, int depth)
{
    call = weft__ex_strip(call);
    if (clang_getCursorKind(call) != CXCursor_CallExpr)
        return 0;
    CXCursor f = clang_getCursorReferenced(call);
    if (clang_getCursorKind(f) != CXCursor_FunctionDecl)
        return 0;
    if (weft__ex_fn_noreturn(x, f))
        return 1;
    CXCursor def = clang_getCursorDefinition(f);
    if (clang_Cursor_isNull(def) || depth >= 2)
        return 0;
    struct kids kk;
    weft__ex_kids_get(def, &kk);
    CXCursor body = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_getCursorKind(body) != CXCursor_CompoundStmt)
        return 0;
    weft__ex_kids_get(body, &kk);
    int r = kk.n && ends_run(x, weft__ex_strip(kk.p[kk.n - 1]), depth + 1);
    weft__ex_kids_free(&kk);
    return r;
}

/* The branch a return is in (else_branch: the if's else) is taken when what may fail on any
 * run failed, so that returning there is an error path: an allocation's result is null
 * (p = malloc(...); if (!p) return), a thread API call's is not 0 (if (pthread_create(...))
 * return). Not its success: if (p) return NULL (when p is tested both ways, the code after
 * never runs). */
static int failure_test(struct ex *x, CXCursor cond, int else_branch)
{
    int neg;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg);
    int holds = neg == else_branch; /* the branch is where the operand is nonzero */
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        struct local *l = weft__ex_local_of(x, d, 0);
        /* (declared in a loop, p = malloc(...) each pass: its one value is still that call's,
         * when nothing else stores to it) */
        int one = l && l->nsrc == 1 && !l->addr_taken &&
                  (!weft__ex_is_changed(x, d) || (l->sinit && !weft__ex_modifies(x, x->fn, d, 0)));
        e = one ? weft__ex_strip(l->src) : clang_getNullCursor();
    }
    if (clang_getCursorKind(e) != CXCursor_CallExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(x, d) : "";
    return (weft__ex_is_alloc_call(x, e) && !holds) || (!strncmp(n, "pthread_", 8) && holds);
}

/* A branch's statement: s, or the last of its block (a null cursor for an empty one). */
static CXCursor last_stmt(CXCursor s)
{
    s = weft__ex_strip(s);
    if (clang_getCursorKind(s) == CXCursor_CompoundStmt) {
        struct kids kk;
        weft__ex_kids_get(s, &kk);
        s = kk.n ? weft__ex_strip(kk.p[kk.n - 1]) : clang_getNullCursor();
        weft__ex_kids_free(&kk);
    }
    return s;
}

/* A branch that returns: a return statement, alone or last in its block. */
static int return_branch(CXCursor s)
{
    return clang_getCursorKind(last_stmt(s)) == CXCursor_ReturnStmt;
}

/* A branch that ends the run: such a call, alone or last in its block. */
int weft__ex_exit_branch(struct ex *x, CXCursor s)
{
    s = last_stmt(s);
    return !clang_Cursor_isNull(s) && ends_run(x, s, 0);
}

/* Expression e reads what another thread may write: a global, memory through a pointer, a
 * call of the program's (or one not known; not the thread API's, not an allocation), or,
 * depth allowing, a local given such a value. */
int weft__ex_reads_shared(struct ex *x, CXCursor e)
{
    return reads_shared(x, e, 0);
}

struct src_find {
    struct ex *x;
    CXCursor var;
    int depth, found;
};

static enum CXChildVisitResult src_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct src_find *v = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_VarDecl && clang_equalCursors(c, v->var)) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        v->found |= !clang_Cursor_isNull(init) && reads_shared(v->x, init, v->depth + 1);
    } else if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && weft__ex_is_var(kk.p[0], v->var) &&
            (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=")))
            v->found |= reads_shared(v->x, kk.p[1], v->depth + 1);
        weft__ex_kids_free(&kk);
    }
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static int reads_shared(struct ex *x, CXCursor e, int depth)
{
    e = weft__ex_strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) != CXCursor_VarDecl)
            return 0;
        if (weft__ex_var_is_global(d) || clang_Cursor_getStorageClass(d) == CX_SC_Static)
            return 1;
        if (depth >= 2 || clang_Cursor_isNull(x->fn))
            return 0;
        struct src_find v = {x, d, depth, 0};
        clang_visitChildren(x->fn, src_visit, &v);
        return v.found;
    }
    if (k == CXCursor_CallExpr) {
        const char *n = weft__ex_name_of(x, clang_getCursorReferenced(e));
        return !n || (strncmp(n, "pthread_", 8) && strncmp(n, "thrd_", 5) && strcmp(n, "malloc") && strcmp(n, "calloc") &&
                      strcmp(n, "realloc") && strcmp(n, "fopen") && strcmp(n, "strdup"));
        /* (the thread API's result, an allocation's: what it read of its arguments is no flag) */
    }
    if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr) {
        CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
        if (clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer)
            return 1;
    }
    if (k == CXCursor_UnaryOperator) {
        char o[8] = "";
        CXCursor op = weft__ex_first_kid(e);
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(x, e, op, o);
        if (!strcmp(o, "*"))
            return 1;
    }
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int r = 0;
    for (unsigned i = 0; i < kk.n && !r; i++)
        r = reads_shared(x, kk.p[i], depth);
    weft__ex_kids_free(&kk);
    return r;
}

/* A case or default label inside s, of a switch around s (not of one inside it): the switch
 * jumps into s past its condition (Duff's device, case 1: inside if (0)). */
static enum CXChildVisitResult case_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_SwitchStmt)
        return CXChildVisit_Continue;
    if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) {
        *(int *)d = 1;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static int has_case_label(CXCursor s)
{
    int found = 0;
    clang_visitChildren(s, case_visit, &found);
    return found;
}

struct handle_uses {
    struct ex *x;
    CXCursor d;   /* the handle variable (or array), a local of the function */
    int refs, ok; /* references to it, and those of the forms allowed (handle_use_visit) */
    int bad;      /* a write or hand-off of it seen */
};

/* The variable under e's subscripts (t, t[i]: t), or a null cursor. */
static CXCursor handle_var(CXCursor e)
{
    e = weft__ex_strip(e);
    while (clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr)
        e = weft__ex_strip(weft__ex_first_kid(e));
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(e) : clang_getNullCursor();
}

static int is_ref(CXCursor e, CXCursor d)
{
    e = weft__ex_strip(e);
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), d);
}

/* Counts the references to u->d and those of the allowed forms: an element read (tid[i]) or
 * handed to a create (&tid[i]), t handed to a create (&t) or a join, free(tid), tid =
 * calloc(...), the handle tested by an if that joins it. Writes to an element (tid[i] = 0,
 * ++) and any other use (memset(tid, ...), h = tid, &tid[i] given elsewhere) are not. */
static enum CXChildVisitResult handle_use_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct handle_uses *u = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_UnaryExpr) {
        /* sizeof(*tid): not evaluated */
        struct handle_uses in = {u->x, u->d, 0, 0, 0};
        clang_visitChildren(c, handle_use_visit, &in);
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), u->d))
        u->refs++;
    else if (k == CXCursor_ArraySubscriptExpr && is_ref(weft__ex_first_kid(c), u->d))
        u->ok++;
    else if (k == CXCursor_CallExpr) {
        CXCursor f = clang_getCursorReferenced(c);
        const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(u->x, f) : "";
        struct weft__create_model m;
        int create = weft__model_thread_create(n, &m), join = weft__model_thread_join(n);
        for (int i = 0; i < clang_Cursor_getNumArguments(c); i++) {
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i), in = weft__ex_address_of(u->x, a);
            if ((create && i == 0 && !clang_Cursor_isNull(in) && is_ref(in, u->d)) || (join && i == 0 && is_ref(a, u->d)) ||
                (!strcmp(n, "free") && is_ref(a, u->d)))
                u->ok++;
            CXCursor v = handle_var(clang_Cursor_isNull(in) ? a : in);
            if (!(create && i == 0) && !(join && i == 0) && !clang_Cursor_isNull(in) && !clang_Cursor_isNull(v) &&
                clang_equalCursors(v, u->d))
                u->bad = 1; /* (&tid[i] given to another call: written there) */
        }
    } else if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && k == CXCursor_BinaryOperator &&
            (weft__ex_binop_is(u->x, kk.p[0], kk.p[1], "==") || weft__ex_binop_is(u->x, kk.p[0], kk.p[1], "!=")) &&
            ((is_ref(kk.p[0], u->d) && weft__ex_is_null_ptr(u->x, kk.p[1])) ||
             (is_ref(kk.p[1], u->d) && weft__ex_is_null_ptr(u->x, kk.p[0]))))
            u->ok++; /* tid == NULL */
        if (kk.n == 2 && (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(u->x, kk.p[0], kk.p[1], "="))) {
            CXCursor v = handle_var(kk.p[0]), r = weft__ex_strip(kk.p[1]);
            if (is_ref(kk.p[0], u->d) && clang_getCursorKind(r) == CXCursor_CallExpr && weft__ex_is_alloc_call(u->x, r) &&
                k == CXCursor_BinaryOperator)
                u->ok++; /* tid = calloc(...) */
            else if (!clang_Cursor_isNull(v) && clang_equalCursors(v, u->d))
                u->bad = 1; /* tid[i] = 0, t = t2 */
        }
        weft__ex_kids_free(&kk);
    } else if (k == CXCursor_UnaryOperator) {
        char o[8];
        CXCursor op = weft__ex_first_kid(c);
        if (!clang_Cursor_isNull(op)) {
            weft__ex_unop(u->x, c, op, o);
            CXCursor v = handle_var(op);
            if ((!strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-")) && !clang_Cursor_isNull(v) && clang_equalCursors(v, u->d))
                u->bad = 1;
            if (!strcmp(o, "!") && is_ref(op, u->d))
                u->ok++; /* if (!tid) (the allocation failed) */
        }
    } else if (k == CXCursor_IfStmt) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && is_ref(kk.p[0], u->d))
            u->ok++; /* if (t) pthread_join(t, 0) (the join's own t counted with the call) */
        weft__ex_kids_free(&kk);
    } else if (k == CXCursor_VarDecl && clang_equalCursors(c, u->d)) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        CXCursor init = kk.n ? weft__ex_strip(kk.p[kk.n - 1]) : clang_getNullCursor();
        if (!clang_Cursor_isNull(init) && clang_isExpression(clang_getCursorKind(init)) &&
            !(clang_getCursorKind(init) == CXCursor_CallExpr && weft__ex_is_alloc_call(u->x, init)) &&
            clang_getCursorKind(init) != CXCursor_InitListExpr)
            u->bad = 1; /* (pthread_t *tid = p.tid: another object's handles) */
        weft__ex_kids_free(&kk);
    }
    return CXChildVisit_Recurse;
}

/* if (tid[i]) pthread_join(tid[i], 0): the handle is nonzero once a create filled it (glibc's
 * pthread_t is its thread's descriptor), so the join is of every thread created into it.
 * Only for a handle (or handle array, or a pointer only ever given an allocation) that is a
 * local of the function, used in no other way than creates, reads, joins and such tests: a
 * global or a parameter may be cleared elsewhere (another thread, a helper, the caller), an
 * alias or a memset may clear it here. */
static int join_if_created(struct ex *x, const struct kids *kk)
{
    if (kk->n != 2)
        return 0;
    CXCursor h = weft__ex_strip(kk->p[0]), st = kk->p[1];
    if (!weft__ex_is_thread_handle(clang_getCursorType(h)))
        return 0;
    if (clang_getCursorKind(st) == CXCursor_CompoundStmt) {
        struct kids b;
        weft__ex_kids_get(st, &b);
        st = b.n == 1 ? b.p[0] : clang_getNullCursor();
        weft__ex_kids_free(&b);
    }
    CXCursor call = weft__ex_strip(st);
    if (clang_getCursorKind(call) != CXCursor_CallExpr || clang_Cursor_getNumArguments(call) < 1)
        return 0;
    CXCursor d = clang_getCursorReferenced(call);
    const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(x, d) : "";
    if (!weft__model_thread_join(n) ||
        strcmp(weft__ex_text_of(x, weft__ex_strip(clang_Cursor_getArgument(call, 0))), weft__ex_text_of(x, h)))
        return 0;
    struct handle_uses u = {x, handle_var(h), 0, 0, 0};
    if (clang_Cursor_isNull(u.d) || clang_Cursor_isNull(x->fn) || clang_getCursorKind(u.d) != CXCursor_VarDecl ||
        weft__ex_var_is_global(u.d) || clang_Cursor_getStorageClass(u.d) == CX_SC_Static)
        return 0;
    clang_visitChildren(x->fn, handle_use_visit, &u);
    return !u.bad && u.ok == u.refs;
}

static void if_kids(struct ex *x, CXCursor c, const struct kids *kp)
{
    struct kids kk = *kp; /* (the caller's: its p, its buffer, freed by the caller) */
    long v;
    if (!x->has_goto && !has_case_label(c) && join_if_created(x, &kk)) {
        weft__ex_expr(x, kk.p[0], M_READ);
        scope_stmt(x, kk.p[1]);
        return;
    }
    /* (Not with a goto in the function: a label in the other branch is reached by it.) */
    if (kk.n >= 2 && !x->has_goto && !has_case_label(c) && weft__ex_known_cond(x, kk.p[0], &v)) {
        /* if (0) ... else ...: only the branch taken runs (assert(0)'s failure call), after
         * what the condition does ((probe(), 1), pthread_join(t, 0) && 0) */
        weft__ex_expr(x, kk.p[0], M_READ);
        if (v)
            scope_stmt(x, kk.p[1]);
        else if (kk.n >= 3)
            scope_stmt(x, kk.p[2]);
    } else if (kk.n >= 2) {
        CXCursor lc;
        const char *ln;
        /* The if (ACQUIRE) break; of a spin loop (ex_spin_break.c) takes nothing itself. */
        int spin_exit = !clang_Cursor_isNull(x->spin_if) && clang_equalCursors(c, x->spin_if);
        int in_then = 0, cl = !spin_exit && weft__ex_cond_lock(x, kk.p[0], &lc, &ln, &in_then);
        /* if (!atomic_exchange(&l, 1)): a lock built from atomics, taken in one branch. */
        CXCursor aat, aptr;
        int a_then = 0, al = !cl && !spin_exit &&
                             weft__ex_atomic_acquire(x, kk.p[0], clang_getNullCursor(), &aat, &aptr, &a_then);
        if (!cl)
            weft__ex_expr(x, kk.p[0], M_READ);
        struct weft__op *io = weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
        if (io && !cl)
            weft__ex_if_cond(x, kk.p[0], &io->u.cond);
        /* if (probe(&d) == 0): the call's op is the last before the IF's (but the accesses
         * it makes through its arguments) */
        size_t ci = x->nops >= 2 ? x->nops - 2 : 0;
        while (ci > 0 && x->ops[ci].kind == WEFT__OP_ACCESS)
            ci--;
        if (io && !cl && x->nops >= 2 && x->ops[ci].kind == WEFT__OP_CALL)
            weft__ex_result_cond(x, kk.p[0], x->ops[ci].u.call.usr, &io->u.cond);
        /* if (pthread_create(...)): 0 started it, an error number did not */
        if (io && !cl && x->nops >= 2 && x->ops[ci].kind == WEFT__OP_CREATE)
            weft__ex_result_cond(x, kk.p[0], WEFT__RESULT_CREATE, &io->u.cond);
        /* (a verifier's nondeterministic value either outcome of which some run takes: no
         * memory read, no wait; io moves as the branches emit) */
        int nd = io && (io->u.cond.kind == WEFT__COND_NONDET ||
                        (io->u.cond.kind == WEFT__COND_LOCAL && io->u.cond.cmp == -1));
        weft__ex_saturating(x, kk.p[0], kk.p[1]);
        if (cl && in_then)
            weft__ex_emit_lock(x, lc, ln);
        if (al && a_then)
            weft__ex_emit_atomic_lock(x, aat, aptr, 0, 1);
        if (spin_exit && x->spin_ret) /* while (1) { if (CAS) return; }: returns holding it */
            weft__ex_emit_atomic_lock(x, x->spin_at, x->spin_word, 0, 1);
        /* A branch ending the run on a condition fixed by the function's constants (if (stop)
         * pthread_exit(0); with int stop = 3 - 2) is no error path: every
         * run of an instance may take it (its HALTs say so). */
        int hp0 = x->halt_pending, hv0 = x->halt_val, he0 = x->halt_else;
        CXCursor hc0 = x->halt_cond;
        x->halt_pending = !al && !spin_exit; /* (looked at only if a branch ends the run) */
        x->halt_cond = kk.p[0];
        x->halt_else = 0;
        scope_stmt(x, kk.p[1]);
        x->halt_else = 1;
        if (kk.n >= 3 || (cl && !in_then) || (al && !a_then)) {
            weft__ex_emit(x, WEFT__OP_ELSE, clang_getNullCursor());
            if (cl && !in_then)
                weft__ex_emit_lock(x, lc, ln);
            if (al && !a_then)
                weft__ex_emit_atomic_lock(x, aat, aptr, 0, 1);
            if (kk.n >= 3)
                scope_stmt(x, kk.p[2]);
        }
        x->halt_pending = hp0, x->halt_val = hv0, x->halt_cond = hc0, x->halt_else = he0;
        weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
        /* if (!f) abort(); on what another thread may write: the thread goes on only once
         * the condition held, as after an assumption: a wait (not on nd). */
        int shared = !nd && reads_shared(x, kk.p[0], 0);
        if (shared && (weft__ex_exit_branch(x, kk.p[1]) || (kk.n >= 3 && weft__ex_exit_branch(x, kk.p[2]))))
            weft__ex_emit(x, WEFT__OP_WAIT, clang_getNullCursor());
        /* ... so does if (!ready) return NULL; in a thread's entry (a WAIT for depth 0 only) */
        else if (shared && (return_branch(kk.p[1]) || (kk.n >= 3 && return_branch(kk.p[2])))) {
            struct weft__op *w = weft__ex_emit(x, WEFT__OP_WAIT, clang_getNullCursor());
            if (w)
                w->u.loop_runs = 1;
        }
    }
}

/* switch: the value, a SWITCH marker with the case values, the body, ENDIF. */

/* A branch that surely ends the run or the call: a return, or a call declared or known never
 * to return, alone or last in its block (not a function of the program that ends in one: it
 * may return before, report() { if (!verbose) return; abort(); }). */
static int surely_ends(struct ex *x, CXCursor s)
{
    s = last_stmt(s);
    if (clang_getCursorKind(s) == CXCursor_ReturnStmt)
        return 1;
    return clang_getCursorKind(s) == CXCursor_CallExpr && weft__ex_fn_noreturn(x, clang_getCursorReferenced(s));
}

/* The operands of an || chain (a || b || c), left to right, into ops (at most max); their count. */
static int or_operands(struct ex *x, CXCursor e, CXCursor *ops, int max)
{
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int n = 0;
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "||")) {
        n = or_operands(x, kk.p[0], ops, max);
        n += n < max ? or_operands(x, kk.p[1], ops + n, max - n) : 0;
    } else if (max > 0) {
        ops[n++] = e;
    }
    weft__ex_kids_free(&kk);
    return n;
}

static void stmt_if(struct ex *x, CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    /* if (a || b) exit(1); is if (a) exit(1); if (b) exit(1);: past it both ran (a join in b,
     * pthread_join(t1, 0) || pthread_join(t2, 0), surely happened) */
    CXCursor ops[8];
    int n = kk.n == 2 && !x->has_goto && !has_case_label(c) && surely_ends(x, kk.p[1]) ? or_operands(x, kk.p[0], ops, 8)
                                                                                        : 0;
    if (n >= 2 && n < 8) {
        for (int i = 0; i < n; i++) {
            struct kids one = kk;
            one.p = one.v;
            one.v[0] = ops[i];
            one.v[1] = kk.p[1];
            one.n = 2;
            if_kids(x, c, &one);
        }
    } else {
        if_kids(x, c, &kk);
    }
    weft__ex_kids_free(&kk);
}

static void stmt_switch(struct ex *x, CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    if (kk.n >= 2) {
        weft__ex_expr(x, kk.p[0], M_READ);
        struct weft__op *so = weft__ex_emit(x, WEFT__OP_SWITCH, clang_getNullCursor());
        if (so) {
            char m;
            const char *jk = weft__ex_setjmp_key(x, kk.p[0], &m);
            /* switch (setjmp(env)): its labels are where longjmp(env, v) lands. */
            int param = 0, bits;
            char pm;
            if (*jk && m == '1') {
                so->u.sw.jmp = jk;
                weft__ex_case_values(x, kk.p[kk.n - 1], &so->u.sw);
            } else if (*weft__ex_cond_key(x, kk.p[0], &pm, &param, &bits) && param > 0 && param <= 4 && pm != '-') {
                /* switch (rc) on a parameter: which label a caller's value assumed takes */
                so->u.sw.param = (signed char)param;
                weft__ex_case_values(x, kk.p[kk.n - 1], &so->u.sw);
            }
        }
        int outer = x->in_switch, outer_brk = x->brk_depth;
        x->in_switch = 1;
        x->brk_depth = x->sdepth;
        x->no_sym++; /* a case may be entered without the locks taken before it */
        scope_stmt(x, kk.p[kk.n - 1]);
        x->no_sym--;
        x->in_switch = outer;
        x->brk_depth = outer_brk;
        weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
    }
    weft__ex_kids_free(&kk);
}

struct plain {
    struct ex *x;
    int ok;
};

/* Expression e only reads: no call, assignment, ++ or --, statement expression or comma. */
static enum CXChildVisitResult plain_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct plain *v = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CallExpr || k == CXCursor_CompoundAssignOperator || k == CXCursor_StmtExpr ||
        k == CXCursor_AsmStmt || k == CXCursor_DeclStmt)
        v->ok = 0;
    if (k == CXCursor_BinaryOperator || k == CXCursor_UnaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        char o[8] = "";
        if (k == CXCursor_UnaryOperator && kk.n == 1)
            weft__ex_unop(v->x, c, kk.p[0], o);
        if ((k == CXCursor_BinaryOperator && (kk.n != 2 || weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=") ||
                                              weft__ex_binop_is(v->x, kk.p[0], kk.p[1], ","))) ||
            (k == CXCursor_UnaryOperator && (kk.n != 1 || !strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-"))))
            v->ok = 0;
        weft__ex_kids_free(&kk);
    }
    return v->ok ? CXChildVisit_Recurse : CXChildVisit_Break;
}

static int plain_reads(struct ex *x, CXCursor e)
{
    struct plain v = {x, 1};
    plain_visit(e, clang_getNullCursor(), &v);
    if (v.ok)
        clang_visitChildren(e, plain_visit, &v);
    return v.ok;
}

/* A for's init that calls nothing: int i = 0, i = lo (its store of a local or a global
 * comes before the condition's first test either way, in one thread). */
static int plain_init(struct ex *x, CXCursor init)
{
    struct kids kk;
    weft__ex_kids_get(init, &kk);
    int ok = clang_getCursorKind(init) != CXCursor_DeclStmt;
    if (!ok) {
        ok = 1;
        for (unsigned i = 0; i < kk.n && ok; i++) {
            CXCursor v = clang_getCursorKind(kk.p[i]) == CXCursor_VarDecl ? clang_Cursor_getVarDeclInitializer(kk.p[i])
                                                                          : clang_getNullCursor();
            ok = clang_getCursorKind(kk.p[i]) == CXCursor_VarDecl && (clang_Cursor_isNull(v) || plain_reads(x, v));
        }
    } else {
        ok = clang_getCursorKind(weft__ex_strip(init)) == CXCursor_BinaryOperator && kk.n == 2 &&
             weft__ex_binop_is(x, kk.p[0], kk.p[1], "=") && plain_reads(x, kk.p[0]) && plain_reads(x, kk.p[1]);
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* while and for: their parts between LOOP and ENDLOOP markers. */
static void stmt_loop(struct ex *x, CXCursor c, enum CXCursorKind k)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    /* while (pthread_mutex_trylock(&m)) { ... }: the loop ends only once the lock was
     * taken, unless the body breaks out. */
    CXCursor lc;
    const char *ln;
    int in_then = 1;
    int spin = k == CXCursor_WhileStmt && kk.n == 2 && weft__ex_cond_lock(x, kk.p[0], &lc, &ln, &in_then) &&
               !in_then && !breaks_out(kk.p[1], 0);
    /* while (atomic_exchange(&l, 1)) ;  a spin lock built from atomics, held after the loop. */
    CXCursor aat, aptr;
    int a_then = 1;
    int aspin = !spin && k == CXCursor_WhileStmt && kk.n == 2 &&
                weft__ex_atomic_acquire(x, kk.p[0], kk.p[1], &aat, &aptr, &a_then) && !a_then && !breaks_out(kk.p[1], 0);
    /* while (1) { if (CAS(&l, ...)) break; }: held after the loop, not in the if's branch. */
    CXCursor skip_if = clang_getNullCursor(), sat, sword, outer_skip = x->spin_if, outer_at = x->spin_at,
             outer_word = x->spin_word;
    int sret = 0, outer_ret = x->spin_ret;
    int sbreak = !spin && !aspin && weft__ex_spin_break(x, c, &skip_if, &sat, &sword, &sret);
    x->spin_if = sbreak ? skip_if : clang_getNullCursor();
    x->spin_ret = sret;
    x->spin_at = sbreak ? sat : clang_getNullCursor();
    x->spin_word = sbreak ? sword : clang_getNullCursor();
    /* The condition's first test runs whenever the loop is reached (for (i = 0; i < limit;
     * i++) reads limit even when the body never runs): its reads, when it only reads and
     * a for's init only reads or sets too, once before the loop as well. */
    CXCursor first = k == CXCursor_WhileStmt && kk.n == 2 ? kk.p[0]
                     : k == CXCursor_ForStmt && kk.n == 4 && plain_init(x, kk.p[0]) ? kk.p[1]
                                                                             : clang_getNullCursor();
    if (!spin && !aspin && !sbreak && !x->has_goto && !clang_Cursor_isNull(first) && plain_reads(x, first))
        weft__ex_expr(x, first, M_READ);
    struct weft__op *lo = weft__ex_emit(x, WEFT__OP_LOOP, clang_getNullCursor());
    if (lo)
        lo->u.loop_runs = (unsigned char)(loop_runs(x, c, k, &kk) | (counted_loop(x, c, k, &kk) ? 4 : 0) |
                                          (counter_changed(x, c, k, &kk) ? 8 : 0) | (may_not_end(x, c, k, &kk) ? 16 : 0));
    x->loop_depth++;
    x->next_depth++;
    CXCursor outer = x->loop;
    x->loop = c;
    weft__ex_loop_enter(x, c);
    int sw = x->in_switch, brk = x->brk_depth, cont = x->cont_depth;
    x->in_switch = 0; /* a break leaves the loop */
    x->brk_depth = x->cont_depth = x->sdepth;
    /* The body, then where its continues meet, then a for's increment (which runs after each
     * iteration, not before the first); its init and condition come first. */
    int inc = k == CXCursor_ForStmt ? for_increment(x, c, &kk) : -1;
    for (unsigned i = 0; i < kk.n; i++)
        if ((int)i != inc && i + 1 < kk.n)
            scope_stmt(x, kk.p[i]);
    if (kk.n)
        scope_stmt(x, kk.p[kk.n - 1]);
    weft__ex_emit(x, WEFT__OP_BODYEND, clang_getNullCursor());
    if (inc >= 0)
        scope_stmt(x, kk.p[inc]);
    x->in_switch = sw;
    x->brk_depth = brk;
    x->cont_depth = cont;
    x->nloops--;
    x->loop = outer;
    x->loop_depth--;
    x->next_depth--;
    weft__ex_emit(x, WEFT__OP_ENDLOOP, clang_getNullCursor());
    x->spin_if = outer_skip;
    x->spin_ret = outer_ret;
    x->spin_at = outer_at;
    x->spin_word = outer_word;
    if (sbreak && sret)
        sbreak = 0; /* taken where it returns: nothing follows the loop */
    if (spin)
        weft__ex_emit_lock(x, lc, ln);
    if (aspin)
        weft__ex_emit_atomic_lock(x, aat, aptr, 0, 1);
    if (sbreak)
        weft__ex_emit_atomic_lock(x, sat, sword, 0, 1);
    /* while (!atomic_load(&ready)) ;  the flag was seen set after the loop. */
    const char *fk, *ft, *how;
    if (k == CXCursor_WhileStmt && kk.n == 2 && !spin && !aspin && !breaks_out(kk.p[1], 0) &&
        weft__ex_flag_wait(x, kk.p[0], &fk, &ft, &how))
        weft__ex_emit_flag_seen(x, kk.p[0], fk, ft, how);
    else if (k == CXCursor_WhileStmt && kk.n == 2 && !spin && !aspin && !breaks_out(kk.p[1], 0))
        weft__ex_ticket_wait(x, kk.p[0], kk.p[0]); /* while (load(&serving) != my) ; */
    /* while (1) or for (;;) that nothing leaves (no break, no goto): nothing after it runs. */
    long one;
    if (!x->has_goto && kk.n && !breaks_out(kk.p[kk.n - 1], 0) &&
        ((k == CXCursor_WhileStmt && kk.n == 2 && weft__ex_int_lit(x, kk.p[0], &one) && one) ||
         (k == CXCursor_ForStmt && kk.n == 1)))
        weft__ex_emit(x, WEFT__OP_HALT, clang_getNullCursor());
    weft__ex_kids_free(&kk);
}

/* do: the body runs at least once, so it is not a branch; do { } while (0) is no loop. */
static void stmt_do(struct ex *x, CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int loop = kk.n == 2 && !weft__ex_is_zero_literal(x, kk.p[1]);
    long one;
    /* do { } while (atomic_exchange(&l, 1)): a spin lock, held after the loop; no flag wait. */
    CXCursor aat, aptr;
    int a_then = 1;
    int aspin = loop && weft__ex_atomic_acquire(x, kk.p[1], kk.p[0], &aat, &aptr, &a_then) && !a_then &&
                !breaks_out(kk.p[0], 0);
    /* do { } while (pthread_mutex_timedlock(&m, &ts) != 0): held after the loop, as for while */
    CXCursor lc;
    const char *ln;
    int in_then = 1;
    int spin = loop && !aspin && weft__ex_cond_lock(x, kk.p[1], &lc, &ln, &in_then) && !in_then && !breaks_out(kk.p[0], 0);
    aspin |= spin; /* (no flag wait either) */
    /* do { } while (1) waits for nothing, unless its body leaves it (if (ready) break;). */
    int forever = loop && weft__ex_int_lit(x, kk.p[1], &one) && one;
    if (loop && !aspin && (!forever || breaks_out(kk.p[0], 0) || weft__ex_returns(kk.p[0]) > 0))
        weft__ex_emit(x, WEFT__OP_WAIT, clang_getNullCursor());
    /* A loop of its own (its breaks and continues, the next iteration's start), whose body
     * surely runs: once for do { } while (0). */
    struct weft__op *lo = weft__ex_emit(x, WEFT__OP_LOOP, clang_getNullCursor());
    if (lo)
        lo->u.loop_runs = (unsigned char)(loop ? 1 : 2);
    x->loop_depth += loop;
    x->next_depth++;
    CXCursor outer = x->loop;
    if (loop)
        x->loop = c;
    weft__ex_loop_enter(x, c);
    int sw = x->in_switch, brk = x->brk_depth, cont = x->cont_depth;
    x->in_switch = 0; /* a break leaves the do */
    x->brk_depth = x->cont_depth = x->sdepth;
    for (unsigned i = 0; i < kk.n; i++) {
        scope_stmt(x, kk.p[i]);
        if (i == 0) /* the body's end, where its continues meet, before the condition */
            weft__ex_emit(x, WEFT__OP_BODYEND, clang_getNullCursor());
    }
    x->in_switch = sw;
    x->brk_depth = brk;
    x->cont_depth = cont;
    x->nloops--;
    x->loop = outer;
    x->loop_depth -= loop;
    x->next_depth--;
    weft__ex_emit(x, WEFT__OP_ENDLOOP, clang_getNullCursor());
    if (spin)
        weft__ex_emit_lock(x, lc, ln);
    else if (aspin)
        weft__ex_emit_atomic_lock(x, aat, aptr, 0, 1);
    const char *fk, *ft, *how;
    if (loop && !aspin && !breaks_out(kk.p[0], 0) && weft__ex_flag_wait(x, kk.p[1], &fk, &ft, &how))
        weft__ex_emit_flag_seen(x, kk.p[1], fk, ft, how);
    else if (loop && !aspin && !breaks_out(kk.p[0], 0))
        weft__ex_ticket_wait(x, kk.p[1], kk.p[1]);
    if (loop && !x->has_goto && weft__ex_int_lit(x, kk.p[1], &one) && one && !breaks_out(kk.p[0], 0))
        weft__ex_emit(x, WEFT__OP_HALT, clang_getNullCursor()); /* do { } while (1): nothing leaves it */
    weft__ex_kids_free(&kk);
}

/* A case label: an entry from the switch's head (or, for switch (setjmp(env)), from the
 * longjmps with that value). */
static void stmt_case(struct ex *x, CXCursor c, enum CXCursorKind k)
{
    struct kids kk;
    struct weft__op *co = weft__ex_emit(x, WEFT__OP_CASE, clang_getNullCursor());
    if (co) {
        long v;
        co->u.label.is_default = k == CXCursor_DefaultStmt;
        weft__ex_kids_get(c, &kk);
        CXCursor lab = k == CXCursor_CaseStmt && kk.n == 2 ? kk.p[0] : clang_getNullCursor(); /* not a GNU range */
        weft__ex_kids_free(&kk);
        if (!clang_Cursor_isNull(lab) && weft__ex_int_lit(x, lab, &v)) {
            co->u.label.known = 1;
            co->u.label.value = v;
        }
    }
    /* The label's value is no statement: only the statement it labels is walked. */
    weft__ex_kids_get(c, &kk);
    if (kk.n)
        weft__ex_stmt(x, kk.p[kk.n - 1]);
    weft__ex_kids_free(&kk);
}

unsigned weft__ex_label_hash(CXCursor label)
{
    if (clang_getCursorKind(label) != CXCursor_LabelStmt)
        return 0;
    CXString s = clang_getCursorSpelling(label);
    const char *n = clang_getCString(s);
    unsigned h = 2166136261u;
    for (; n && *n; n++)
        h = (h ^ (unsigned char)*n) * 16777619u;
    clang_disposeString(s);
    h &= 0x7fffffff;
    return h ? h : 1;
}

/* The place of the one label named by hash in the function (no computed goto), 0 none. */
static unsigned label_at(const struct ex *x, unsigned label)
{
    unsigned at = 0;
    int n = 0;
    for (size_t i = 0; i < x->nlabels && label && !x->goto_any; i++)
        if (x->labels[i].label == label)
            at = x->labels[i].seq, n++;
    return n == 1 ? at : 0;
}

/* Goto number i of the pre-scan jumps forward to its label, from no place outside a loop the
 * label is in (a jump into a loop's body): its path goes on at the label only. */
static int jumps_forward(const struct ex *x, size_t i)
{
    unsigned at = label_at(x, x->jumps[i].label), from = x->jumps[i].seq;
    if (!at || from >= at)
        return 0;
    for (size_t l = 0; l < x->nloops_pre; l++)
        if (x->loops[l].seq > from && x->loops[l].seq < at && x->loops[l].end > at)
            return 0;
    return 1;
}

/* Whether every goto of the function to the label named by hash jumps forward: then only
 * those gotos and the code above reach it. */
static int forward_only(const struct ex *x, unsigned label)
{
    if (!label_at(x, label))
        return 0;
    for (size_t i = 0; i < x->njumps; i++)
        if (x->jumps[i].label == label && !jumps_forward(x, i))
            return 0;
    return 1;
}

/* The goto c: its label's hash if it jumps forward (jumps_forward), or back to a label above
 * it (*back 1), or forward into a loop's body (*back 2); 0 with *back 1 when its label's
 * place is not known (a name two labels share, a computed goto in the function): it may
 * jump back to anywhere above. */
static unsigned goto_label(const struct ex *x, CXCursor c, int *back)
{
    unsigned h = clang_hashCursor(c);
    *back = 1;
    for (size_t i = 0; i < x->njumps; i++)
        if (x->jumps[i].cursor == h && x->jumps[i].label == weft__ex_label_hash(clang_getCursorReferenced(c))) {
            *back = 0;
            if (jumps_forward(x, i))
                return x->jumps[i].label;
            unsigned at = label_at(x, x->jumps[i].label);
            *back = !at || x->jumps[i].seq > at ? 1 : 2;
            return at ? x->jumps[i].label : 0;
        }
    return 0;
}

/* A statement: control flow as markers around the ops of what it evaluates. */
void weft__ex_stmt(struct ex *x, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids kk;
    switch (k) {
    case CXCursor_IfStmt:
        stmt_if(x, c);
        return;
    case CXCursor_SwitchStmt:
        stmt_switch(x, c);
        return;
    case CXCursor_WhileStmt:
    case CXCursor_ForStmt:
        stmt_loop(x, c, k);
        return;
    case CXCursor_DoStmt:
        stmt_do(x, c);
        return;
    case CXCursor_ReturnStmt:
        stmt_kids(x, c);
    {
        weft__ex_cleanup_run(x, -1, 0); /* after the value is computed, before the return */
        long v;
        int known = weft__ex_returned_lit(x, c, &v);
        struct weft__op *o = weft__ex_emit(x, WEFT__OP_RETURN, clang_getNullCursor());
        if (o && x->halt_pending && failure_test(x, x->halt_cond, x->halt_else)) /* if (!p) return NULL; */
            o->u.ret.loop_runs = (unsigned char)(1 + weft__ex_halt_inputs(x));
        if (o && known)
            o->u.ret.known = 1, o->u.ret.value = v;
        return;
    }
    case CXCursor_DeclStmt:
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            if (clang_getCursorKind(kk.p[i]) == CXCursor_VarDecl) {
                var_decl(x, kk.p[i]);
                weft__ex_cleanup_decl(x, kk.p[i]);
            } else if (clang_getCursorKind(kk.p[i]) == CXCursor_TypedefDecl &&
                       weft__ex_variably_modified(clang_getTypedefDeclUnderlyingType(kk.p[i]))) {
                weft__ex_vm_sizes(x, kk.p[i]); /* typedef int row[n++]; */
            }
        weft__ex_kids_free(&kk);
        return;
    case CXCursor_CompoundStmt: {
        unsigned outer_end = x->block_end, line, col;
        weft__ex_loc_of(x, clang_getRangeEnd(clang_getCursorExtent(c)), &line, &col, &x->block_end);
        x->sdepth++;
        stmt_kids(x, c);
        x->block_end = outer_end;
        weft__ex_cleanup_run(x, x->sdepth, 1); /* its variables' cleanup functions, last declared first */
        weft__ex_scope_pop(x);
        return;
    }
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        stmt_case(x, c, k);
        return;
    case CXCursor_BreakStmt:
        if (x->in_switch || x->next_depth) /* the cleanups of the blocks it leaves */
            weft__ex_cleanup_run(x, x->brk_depth + 1, 0);
        if (x->in_switch)
            weft__ex_emit(x, WEFT__OP_BREAK, clang_getNullCursor());
        else if (x->next_depth)
            weft__ex_emit(x, WEFT__OP_NEXT, clang_getNullCursor());
        return;
    case CXCursor_ContinueStmt:
        if (x->next_depth)
            weft__ex_cleanup_run(x, x->cont_depth + 1, 0);
        if (x->next_depth)
            weft__ex_emit(x, WEFT__OP_CONT, clang_getNullCursor());
        return;
    case CXCursor_LabelStmt:
        if (x->has_goto) {
            struct weft__op *o = weft__ex_emit(x, WEFT__OP_LABEL, clang_getNullCursor());
            unsigned h = weft__ex_label_hash(c);
            /* value: the label forward gotos name (their states meet here); known: only they come here */
            if (o && label_at(x, h)) {
                o->u.label.known = (unsigned char)forward_only(x, h);
                o->u.label.value = h;
            }
        }
        stmt_kids(x, c);
        return;
    case CXCursor_GotoStmt: {
        /* To a label further on: this path goes on there only.  Back to one above: what
         * ran from the label on runs again (the path also goes on below, as if not taken).
         * Forward into a loop's body: the label meets this path's state, which also goes on. */
        int back;
        unsigned h = goto_label(x, c, &back);
        if (h || back) {
            weft__ex_cleanup_goto(x, clang_getCursorReferenced(c));
            struct weft__op *o = weft__ex_emit(x, WEFT__OP_GOTO, clang_getNullCursor());
            if (o) {
                o->u.label.value = h;
                o->u.label.known = (unsigned char)back;
            }
        }
        return;
    }
    case CXCursor_IndirectGotoStmt: { /* goto *p: to any label, above it too */
        stmt_kids(x, c);
        struct weft__op *o = weft__ex_emit(x, WEFT__OP_GOTO, clang_getNullCursor());
        if (o)
            o->u.label.known = 1;
        return;
    }
    case CXCursor_AsmStmt: /* asm("incq %0" : "+m"(x)): its operands (ex_asm.c) */
        weft__ex_asm(x, c);
        return;
    case CXCursor_NullStmt:
    case CXCursor_LabelRef:
        return;
    default:
        if (clang_isExpression(k)) {
            x->stmt_now = c;
            /* v = f(...); as a statement: f's result goes to v */
            struct kids kk2;
            weft__ex_kids_get(c, &kk2);
            if (k == CXCursor_BinaryOperator && kk2.n == 2 && weft__ex_binop_is(x, kk2.p[0], kk2.p[1], "="))
                weft__ex_call_dest_set(x, kk2.p[0], kk2.p[1]);
            weft__ex_kids_free(&kk2);
            weft__ex_expr(x, c, M_NONE);
            weft__ex_call_dest_set(x, clang_getNullCursor(), clang_getNullCursor());
        } else {
            stmt_kids(x, c);
        }
        return;
    }
}
