/* Return statements that return a literal, and ifs that test what a call returned: what lets a caller's branch follow only the callee's paths that return a value it passes. */
#include "extract_internal.h"

/*
 * A driver's harness starts its threads in a function that reports success by what it
 * returns (if (probe(&d) == 0) ... disconnect(&d);): the thread runs only on the paths that
 * return 0. The RETURN op notes the literal it returns, the IF the comparison of the call's
 * result with a literal, and the pass gives each branch the callee's paths whose value takes
 * it (interp_calls.c). Only values a literal keeps as the test sees them: signed integer
 * results (and _Bool's 0 and 1), and pointers tested for null (NULL, or an object's address).
 */

/* How a result type (a function's, a call's) keeps a literal: 1 as written (a signed integer,
 * _Bool's 0 and 1), 2 a pointer (null or not), else 0. */
static int result_kind(CXType t)
{
    switch (clang_getCanonicalType(t).kind) {
    case CXType_Int:
    case CXType_Long:
    case CXType_LongLong:
    case CXType_Short:
    case CXType_SChar:
    case CXType_Char_S:
    case CXType_Bool: return 1;
    case CXType_Pointer: return 2;
    default: return 0;
    }
}

/* Whether e's own text begins with the character c (not a macro's body: NOT(x) as !(x)). */
static int written_first(struct ex *x, CXCursor e, char c)
{
    unsigned line, col, off;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(clang_getCursorExtent(e)), &line, &col, &off);
    return fb && fb->buf && off < fb->len && fb->buf[off] == c;
}

/* A literal compared as written: a signed integer or a null pointer constant (0u, sizeof
 * converts the other side to unsigned: probe() < 0u is never true). */
static int signed_lit(struct ex *x, CXCursor e, long *v)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    int ok = t.kind == CXType_Int || t.kind == CXType_Long || t.kind == CXType_LongLong || t.kind == CXType_Pointer;
    return ok && weft__ex_int_lit(x, e, v);
}

int weft__ex_returned_lit(struct ex *x, CXCursor ret, long *v)
{
    int k = result_kind(clang_getResultType(clang_getCursorType(x->fn)));
    CXCursor e = weft__ex_first_kid(ret);
    if (!k || clang_Cursor_isNull(e))
        return 0;
    if (k == 2) { /* a pointer: NULL is 0, an object's address (&obj, a string) is not (1) */
        CXCursor a = weft__ex_strip(e);
        char o[8] = "";
        if (clang_getCursorKind(a) == CXCursor_UnaryOperator && !clang_Cursor_isNull(weft__ex_first_kid(a)))
            weft__ex_unop(x, a, weft__ex_first_kid(a), o);
        /* (&var of a variable this file defines, not an extern's: &*gp is gp, a weak extern's
         * address may be null) */
        CXCursor of = !strcmp(o, "&") ? weft__ex_strip(weft__ex_first_kid(a)) : clang_getNullCursor();
        CXCursor var = clang_getCursorKind(of) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(of) : clang_getNullCursor();
        if ((clang_getCursorKind(var) == CXCursor_VarDecl && clang_Cursor_getStorageClass(var) != CX_SC_Extern &&
             written_first(x, a, '&')) ||
            clang_getCursorKind(a) == CXCursor_StringLiteral) {
            *v = 1;
            return 1;
        }
        return weft__ex_int_lit(x, e, v) && *v == 0;
    }
    return weft__ex_int_lit(x, e, v) && *v >= INT32_MIN && *v <= INT32_MAX;
}

/* The direct call of usr that e is (parentheses and conversions looked through), else a null
 * cursor; usr WEFT__RESULT_CREATE: of pthread_create or thrd_create (0 or an error number). */
static CXCursor call_of(struct ex *x, CXCursor e, const char *usr)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_CallExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return clang_getNullCursor();
    if (!strcmp(usr, WEFT__RESULT_CREATE)) {
        const char *n = weft__ex_name_of(x, d);
        return !strcmp(n, "pthread_create") || !strcmp(n, "thrd_create") ? e : clang_getNullCursor();
    }
    return strcmp(weft__ex_usr_of(x, d), usr) ? clang_getNullCursor() : e;
}

/* Whether e converts what it wraps with a cast of its own (not one inside a call's arguments,
 * as NULL's): (unsigned char)probe() tests another value than probe returned. */
static int converted(CXCursor e)
{
    for (CXCursor in = e; !clang_Cursor_isNull(in); in = weft__ex_strip_one(in)) {
        enum CXCursorKind k = clang_getCursorKind(in);
        if (k == CXCursor_CStyleCastExpr)
            return 1;
        if (k == CXCursor_CallExpr || k == CXCursor_DeclRefExpr)
            return 0;
    }
    return 0;
}

/* The call of usr that e is, or that the statement before the if gave the local e names
 * (ret = probe(&d); or int ret = probe(&d);, in ret's own type: no conversion), else null. */
static CXCursor result_of(struct ex *x, CXCursor e, const char *usr)
{
    CXCursor call = call_of(x, e, usr);
    e = weft__ex_strip(e);
    if (!clang_Cursor_isNull(call) || clang_getCursorKind(e) != CXCursor_DeclRefExpr || clang_Cursor_isNull(x->prev_stmt))
        return call;
    CXCursor v = clang_getCursorReferenced(e), s = x->prev_stmt, init = clang_getNullCursor();
    if (clang_getCursorKind(v) != CXCursor_VarDecl || weft__ex_var_is_global(v) ||
        clang_isVolatileQualifiedType(clang_getCursorType(v)))
        return call;
    struct kids kk;
    weft__ex_kids_get(s, &kk);
    if (clang_getCursorKind(s) == CXCursor_DeclStmt && kk.n == 1 && clang_equalCursors(kk.p[0], v))
        init = clang_Cursor_getVarDeclInitializer(kk.p[0]);
    else if (clang_getCursorKind(s) == CXCursor_BinaryOperator && kk.n == 2 && weft__ex_binop_exact(x, kk.p[0], kk.p[1], "=") &&
             clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr &&
             clang_equalCursors(clang_getCursorReferenced(weft__ex_strip(kk.p[0])), v))
        init = kk.p[1];
    weft__ex_kids_free(&kk);
    if (clang_Cursor_isNull(init) || converted(init))
        return call;
    call = call_of(x, init, usr);
    if (!clang_Cursor_isNull(call) && !clang_equalTypes(clang_getCanonicalType(clang_getCursorType(call)),
                                                       clang_getCanonicalType(clang_getCursorType(v))))
        call = clang_getNullCursor();
    return call;
}

void weft__ex_result_cond(struct ex *x, CXCursor cond, const char *usr, struct weft__cond *c)
{
    static const char *const ops[] = {"<=", ">=", "==", "!=", "<", ">"};
    static const signed char cmps[] = {WEFT__CMP_LE, WEFT__CMP_GE, WEFT__CMP_EQ, WEFT__CMP_NE, WEFT__CMP_LT, WEFT__CMP_GT},
                             flip[] = {WEFT__CMP_GE, WEFT__CMP_LE, WEFT__CMP_EQ, WEFT__CMP_NE, WEFT__CMP_GT, WEFT__CMP_LT};
    if (!usr || !*usr)
        return;
    CXCursor e = weft__ex_strip(cond), call = converted(cond) ? clang_getNullCursor() : result_of(x, e, usr);
    int cmp = WEFT__CMP_NE;
    long v = 0;
    if (clang_Cursor_isNull(call) && clang_getCursorKind(e) == CXCursor_UnaryOperator && !converted(cond)) {
        CXCursor op = weft__ex_first_kid(e);
        char o[8] = "";
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(x, e, op, o);
        if (!strcmp(o, "!") && !converted(op) && written_first(x, e, '!'))
            call = result_of(x, op, usr), cmp = WEFT__CMP_EQ;
    } else if (clang_Cursor_isNull(call) && clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        for (int i = 0; kk.n == 2 && i < 6; i++) {
            if (!weft__ex_binop_exact(x, kk.p[0], kk.p[1], ops[i])) /* (written: not a macro's body's) */
                continue;
            /* (no cast on the result's side: (unsigned char)probe() == 0 tests another value;
             * the literal's may have one: p == NULL) */
            if (!converted(kk.p[0]) && !clang_Cursor_isNull(call = result_of(x, kk.p[0], usr)) &&
                signed_lit(x, kk.p[1], &v))
                cmp = cmps[i];
            else if (!converted(kk.p[1]) && !clang_Cursor_isNull(call = result_of(x, kk.p[1], usr)) &&
                     signed_lit(x, kk.p[0], &v))
                cmp = flip[i];
            else
                call = clang_getNullCursor();
            break;
        }
        weft__ex_kids_free(&kk);
    }
    if (clang_Cursor_isNull(call))
        return;
    int k = result_kind(clang_getCursorType(call));
    if (!k || (k == 2 && (v || (cmp != WEFT__CMP_EQ && cmp != WEFT__CMP_NE))) || v < INT32_MIN || v > INT32_MAX)
        return;
    c->rkey = usr;
    c->rcmp = (signed char)cmp;
    c->rval = v;
}
