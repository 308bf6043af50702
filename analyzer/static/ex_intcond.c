/* Integer conditions: conditions on one local or a global integer, setjmp tests, case values and saturating steps. */
#include "extract_internal.h"

#include <ctype.h>

static int has_cast(CXCursor cond);
static int narrowing(CXCursor c);
static int has_narrowing_cast(CXCursor cond);

/* The operand a condition tests against zero: e for e, !e, e == 0 and e != 0; *neg is set
 * when the condition holds iff the operand is zero. */
static CXCursor cond_operand(struct ex *x, CXCursor cond, int *neg)
{
    CXCursor e = weft__ex_strip(cond);
    *neg = 0;
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return e;
        weft__ex_unop(x, e, op, o);
        if (!strcmp(o, "!")) {
            *neg = 1;
            return weft__ex_strip(op);
        }
    } else if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2 && weft__ex_is_zero_literal(x, kk.p[1])) {
            int eq = weft__ex_binop_is(x, kk.p[0], kk.p[1], "==");
            if (eq || weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=")) {
                *neg = eq;
                e = weft__ex_strip(kk.p[0]);
            }
        }
        weft__ex_kids_free(&kk);
    }
    return e;
}

/*
 * if (!setjmp(env)) / if (setjmp(env) == 0): env's key, mode '0' (the then branch is
 * setjmp's first return); if (setjmp(env)): mode '1'. "" for other conditions.
 */
const char *weft__ex_setjmp_key(struct ex *x, CXCursor cond, char *mode)
{
    int neg;
    CXCursor e = cond_operand(x, cond, &neg);
    *mode = neg ? '0' : '1';
    if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_getNumArguments(e) < 1)
        return "";
    const char *n = weft__ex_name_of(x, clang_getCursorReferenced(e));
    if (!weft__model_setjmp(n))
        return "";
    return weft__ex_lock_key(x, clang_Cursor_getArgument(e, 0));
}

/*
 * The key of a condition that is one local variable with one value for the whole call
 * (x, !x, x != 0, x == 0), so two ifs on it take the same branch; *mode gets '+' when
 * the condition is true iff x is nonzero, '-' otherwise. "" for any other condition.
 */
const char *weft__ex_cond_key(struct ex *x, CXCursor cond, char *mode, int *param, int *bits)
{
    int neg;
    *param = *bits = 0;
    CXCursor e = cond_operand(x, cond, &neg);
    *mode = neg ? '-' : '+';
    long k = 0; /* the condition holds iff v - k != 0 (mode '+') */
    /* What is tested, as written (casts kept): the left of e == c, the operand of !e. */
    CXCursor tested = cond, sc = weft__ex_strip(cond);
    if (clang_getCursorKind(sc) == CXCursor_BinaryOperator || clang_getCursorKind(sc) == CXCursor_UnaryOperator) {
        CXCursor l = weft__ex_first_kid(sc);
        if (!clang_Cursor_isNull(l))
            tested = l;
    }
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        /* v - c, v + c, v != c, v == c with an integer literal c */
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        CXCursor lit = kk.n == 2 ? weft__ex_strip(kk.p[1]) : clang_getNullCursor();
        long c = 0; /* (evaluated: a macro's literal reads as its name) */
        /* (or a null pointer constant: p == NULL, ((void *)0) below its casts) */
        int null = kk.n == 2 && clang_getCanonicalType(clang_getCursorType(kk.p[1])).kind == CXType_Pointer &&
                   weft__ex_eval_int(kk.p[1], &c) && c == 0;
        if (!clang_Cursor_isNull(lit) && (null || (clang_getCursorKind(lit) == CXCursor_IntegerLiteral &&
                                                   weft__ex_eval_int(lit, &c)))) {
            int sub = weft__ex_binop_is(x, kk.p[0], kk.p[1], "-"), add = weft__ex_binop_is(x, kk.p[0], kk.p[1], "+");
            int eq = weft__ex_binop_is(x, kk.p[0], kk.p[1], "=="), ne = weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=");
            if (sub || add || eq || ne) {
                k = add ? -c : c;
                neg ^= eq;
                e = weft__ex_strip(kk.p[0]);
                tested = kk.p[0]; /* (a cast in the constant, NULL's, converts nothing tested) */
            }
        }
        weft__ex_kids_free(&kk);
        *mode = neg ? '-' : '+';
    }
    CXCursor d = weft__ex_local_decl(e);
    if (clang_Cursor_isNull(d))
        return "";
    if (weft__ex_decl_in_macro(x, d))
        return "";
    struct local *l = weft__ex_local_of(x, d, 0);
    if (x->has_goto || weft__ex_hash_in(x->changed, x->nchanged, d) || (l && l->addr_taken))
        return "";
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (t.kind == CXType_Record || t.kind == CXType_ConstantArray || weft__ex_is_atomic_type(clang_getCursorType(d)))
        return "";
    /* A stepped local: v - k at offset s from its first value v0 is v0 - (k - s), unless the
     * steps may wrap it (an unsigned or narrow type: unsigned char 255 + 1 is 0, not 256). */
    long s = weft__ex_step_offset(x, d, cond);
    if (s && t.kind != CXType_Int && t.kind != CXType_Long && t.kind != CXType_LongLong && t.kind != CXType_Int128)
        return "";
    k -= s;
    int integer = (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
    if (k && !integer && clang_getCursorKind(d) != CXCursor_ParmDecl) /* ((long)arg == 1: a parameter as passed) */
        return "";
    /* Named by where it is declared and in which function: the same in every run and every
     * TU (a cursor's hash is not: two TUs' locals could share one, as their ASTs reuse memory). */
    char h[48];
    /* A local that keeps the value a parameter came with (void *arg: struct dev *d = arg;
     * long id = (long)arg;) is tested as that parameter, at the local's width. */
    CXCursor pd = d;
    int narrow = 0; /* the narrowest integer the value went through on the way (bits), 0 none */
    if (!k && clang_getCursorKind(d) == CXCursor_VarDecl && !clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(d))) {
        CXCursor in = clang_Cursor_getVarDeclInitializer(d);
        for (CXCursor nx; !clang_Cursor_isNull(nx = weft__ex_strip_one(in)); in = nx) {
            CXType ct = clang_getCanonicalType(clang_getCursorType(in));
            long long cs = clang_Type_getSizeOf(ct);
            if (ct.kind != CXType_Pointer && cs > 0 && cs < 8 && (!narrow || cs * 8 < narrow))
                narrow = (int)cs * 8; /* (unsigned char)(long)arg: 256 becomes 0 */
        }
        CXCursor ref = clang_getCursorKind(in) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(in) : clang_getNullCursor();
        if (clang_getCursorKind(ref) == CXCursor_ParmDecl && !weft__ex_is_changed(x, ref))
            pd = ref;
    }
    if (k && clang_getCursorKind(pd) == CXCursor_ParmDecl && weft__ex_param_index(pd) >= 0 && weft__ex_param_index(pd) < 4 &&
        !has_narrowing_cast(tested)) {
        /* (long)arg == 1: a test of the parameter against another value than 0, which branch
         * not followed (bits -2), but fixed per call: the thread entry's exits (end_if) */
        *param = 1 + weft__ex_param_index(pd);
        *bits = -2;
    }
    if (!k && clang_getCursorKind(pd) == CXCursor_ParmDecl && weft__ex_param_index(pd) >= 0 && weft__ex_param_index(pd) < 4) {
        *param = 1 + weft__ex_param_index(pd);
        /* What the caller's constant becomes: a narrower integer keeps it only below 2^bits
         * (256 in an unsigned char is 0); a pointer or _Bool keeps whether it is zero. */
        long long sz = clang_Type_getSizeOf(clang_getCursorType(d));
        *bits = t.kind == CXType_Pointer || t.kind == CXType_Bool ? 0 : sz > 0 && sz < 8 ? (int)sz * 8 : sz == 8 ? 0 : -1;
        if (narrow && *bits >= 0 && (!*bits || narrow < *bits))
            *bits = narrow;
        if (*bits < 0 || has_narrowing_cast(tested)) /* if ((unsigned char)flag): the cast's value, not the parameter's */
            *param = 0;
    }
    if (k)
        snprintf(h, sizeof(h), "#%u=%ld@", weft__ex_off_at(x, d), k);
    else
        snprintf(h, sizeof(h), "#%u@", weft__ex_off_at(x, d));
    return weft__ex_cat3(x, "v:", weft__ex_name_of(x, d), weft__ex_cat3(x, h, x->fn_usr, ""));
}

/* A local a macro's body declares: its name is not written where its location (the macro's
 * use) is, and two such locals may share name and place, so one key. */
int weft__ex_decl_in_macro(struct ex *x, CXCursor d)
{
    unsigned ln, cl, off;
    struct filebuf *f = weft__ex_loc_of(x, clang_getCursorLocation(d), &ln, &cl, &off);
    const char *n = weft__ex_name_of(x, d);
    size_t len = strlen(n);
    return !f || !f->buf || off + len > f->len || strncmp(f->buf + off, n, len) ||
           (off + len < f->len && (isalnum((unsigned char)f->buf[off + len]) || f->buf[off + len] == '_'));
}

const char *weft__ex_local_name(struct ex *x, CXCursor d)
{
    char h[32];
    snprintf(h, sizeof(h), "#%u@", weft__ex_off_at(x, d));
    return weft__ex_cat3(x, weft__ex_name_of(x, d), h, x->fn_usr);
}

const char *weft__ex_subscript_var(struct ex *x, CXCursor e)
{
    e = weft__ex_strip_members(e); /* a[v].f.g: the element's own fields */
    if (clang_getCursorKind(e) != CXCursor_ArraySubscriptExpr || !x->fn_usr)
        return "";
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    CXCursor v = kk.n == 2 ? weft__ex_strip(kk.p[1]) : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    CXCursor d = clang_getCursorKind(v) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(v) : clang_getNullCursor();
    if (!(clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d)) && clang_getCursorKind(d) != CXCursor_ParmDecl)
        return "";
    return weft__ex_local_name(x, d);
}

/* The global integer variable (not an array, struct or pointer) e names, else a null cursor. */
CXCursor weft__ex_gint_var_decl(CXCursor d)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (!weft__ex_var_is_global(d) || !((t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum) ||
        weft__ex_is_atomic_type(clang_getCursorType(d)))
        return clang_getNullCursor();
    return d;
}

/* Whether the global integer d holds the value v as written (no wrap-around, no
 * conversion): non-negative for unsigned types, 0..127 for the narrow ones. */
int weft__ex_gint_fits(CXCursor d, long v)
{
    enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(d)).kind;
    int narrow = k == CXType_Bool || k == CXType_Char_U || k == CXType_UChar || k == CXType_Char_S ||
                 k == CXType_SChar || k == CXType_Short || k == CXType_UShort;
    int uns = k == CXType_UInt || k == CXType_ULong || k == CXType_ULongLong || k == CXType_UInt128;
    return narrow ? v >= 0 && v <= 127 : v >= (uns ? 0 : -2147483647L) && v <= 2147483647L;
}

/* Unsigned (or narrow): an unbounded step may wrap around. */
static int gint_wraps(CXCursor d)
{
    return !weft__ex_gint_fits(d, -1);
}

static CXCursor gint_var(CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    return weft__ex_gint_var_decl(clang_getCursorReferenced(e));
}

static int integer_type(CXType t)
{
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return (k >= CXType_Bool && k <= CXType_Int128) || k == CXType_Enum;
}

/* The outermost part of e that is an integer, below the casts to pointers and the parens
 * around it ((void *)(unsigned char)256: (unsigned char)256); null when there is none. */
static CXCursor integer_part(CXCursor e)
{
    while (!clang_Cursor_isNull(e) && !integer_type(clang_getCursorType(e)))
        e = weft__ex_strip_one(e);
    return e;
}

static int int_lit_core(struct ex *x, CXCursor e, long *v);

/* An integer literal or enumeration constant, maybe negated and cast, into *v; 0 for anything else. */
int weft__ex_int_lit(struct ex *x, CXCursor e, long *v)
{
    if (!int_lit_core(x, e, v))
        return 0;
    /* Its value as the casts and conversions around the literal leave it ((unsigned char)256
     * is 0, (_Bool)2 is 1, a char parameter given 258 holds 2): the integer part evaluated
     * whole; a literal whose converted value is not known is none. */
    if (clang_Cursor_isNull(integer_part(e)))
        return 1; /* (void *)5 alone: the number handed over */
    return weft__ex_eval_int(e, v);
}

int weft__ex_eval_int(CXCursor e, long *v)
{
    CXCursor in = integer_part(e);
    CXEvalResult r = clang_Cursor_isNull(in) ? NULL : clang_Cursor_Evaluate(in);
    int ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok)
        *v = (long)clang_EvalResult_getAsLongLong(r);
    if (r)
        clang_EvalResult_dispose(r);
    return ok;
}

static int int_lit_core(struct ex *x, CXCursor e, long *v)
{
    e = weft__ex_strip(e);
    int neg = 0;
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        weft__ex_unop(x, e, op, o);
        if (strcmp(o, "-"))
            return 0;
        neg = 1;
        e = weft__ex_strip(op);
    }
    /* An enumeration constant is its value. */
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_EnumConstantDecl) {
        *v = (long)clang_getEnumConstantDeclValue(clang_getCursorReferenced(e));
        *v = neg ? -*v : *v;
        return 1;
    }
    if (clang_getCursorKind(e) != CXCursor_IntegerLiteral)
        return 0;
    /* Evaluated, not read from the source text: a macro (N) reads as its name there. */
    CXEvalResult r = clang_Cursor_Evaluate(e);
    int ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok)
        *v = (long)clang_EvalResult_getAsLongLong(r);
    if (r)
        clang_EvalResult_dispose(r);
    if (!ok)
        return 0;
    *v = neg ? -*v : *v;
    return 1;
}

/* A cast that may turn a nonzero value into zero: to an integer narrower than 64 bits
 * ((unsigned char)256); (long)p, (void *)v and (_Bool)v keep whether it is zero. */
static int narrowing(CXCursor c)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    long long sz = clang_Type_getSizeOf(t);
    return t.kind != CXType_Pointer && t.kind != CXType_Bool && !(sz >= 8);
}

/* data: {found, only narrowing casts count} */
static enum CXChildVisitResult cast_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    int *d = data;
    if (clang_getCursorKind(c) == CXCursor_CStyleCastExpr && (!d[1] || narrowing(c))) {
        d[0] = 1;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* Whether a condition casts what it tests so that a nonzero value may become zero. */
static int has_narrowing_cast(CXCursor cond)
{
    int d[2] = {clang_getCursorKind(cond) == CXCursor_CStyleCastExpr && narrowing(cond), 1};
    if (!d[0])
        clang_visitChildren(cond, cast_visit, d);
    return d[0];
}

/* Whether a condition casts anything: what it compares is then another type's value. */
static int has_cast(CXCursor cond)
{
    int d[2] = {clang_getCursorKind(cond) == CXCursor_CStyleCastExpr, 0};
    if (!d[0])
        clang_visitChildren(cond, cast_visit, d);
    return d[0];
}

static int is_unsigned_type(CXType t)
{
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return k == CXType_UInt || k == CXType_ULong || k == CXType_ULongLong || k == CXType_UInt128 ||
           k == CXType_UShort || k == CXType_UChar || k == CXType_Char_U || k == CXType_Bool;
}

/* A signed global operand converted to unsigned by the other (g > 5u with g == -1). */
static int converted(CXCursor operand, CXCursor g)
{
    return is_unsigned_type(clang_getCursorType(operand)) && !is_unsigned_type(clang_getCursorType(g));
}

/* A comparison of a global integer with a literal (g < 10, 7 == g, g, !g): *g the global's
 * cursor, *op the operator with the global on the left ("<", "<=", ">", ">=", "==", "!=").
 * Not one that compares it as another type ((unsigned char)g == 0). */
static int gint_cmp(struct ex *x, CXCursor cond, CXCursor *g, const char **op, long *v)
{
    static const char *const ops[] = {"<=", ">=", "==", "!=", "<", ">"}, *const flip[] = {">=", "<=", "==", "!=", ">", "<"};
    int neg;
    if (has_cast(cond))
        return 0;
    CXCursor e = cond_operand(x, cond, &neg);
    *g = gint_var(e);
    if (!clang_Cursor_isNull(*g)) {
        *op = neg ? "==" : "!=";
        *v = 0;
        return 1;
    }
    if (neg || clang_getCursorKind(e) != CXCursor_BinaryOperator)
        return 0;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = 0;
    if (kk.n == 2)
        for (int i = 0; i < 6 && !ok; i++) {
            if (!weft__ex_binop_is(x, kk.p[0], kk.p[1], ops[i]))
                continue;
            if (!clang_Cursor_isNull(*g = gint_var(kk.p[0])) && weft__ex_int_lit(x, kk.p[1], v) &&
                weft__ex_gint_fits(*g, *v) && !converted(kk.p[0], *g))
                *op = ops[i], ok = 1;
            else if (!clang_Cursor_isNull(*g = gint_var(kk.p[1])) && weft__ex_int_lit(x, kk.p[0], v) &&
                     weft__ex_gint_fits(*g, *v) && !converted(kk.p[1], *g))
                *op = flip[i], ok = 1;
            break;
        }
    weft__ex_kids_free(&kk);
    return ok;
}

/* A comparison of a global integer with a literal, into c (kind WEFT__COND_GLOBAL), so the
 * whole program can tell a branch no value of it takes; c is left alone for any other condition. */
void weft__ex_gint_cond(struct ex *x, CXCursor cond, struct weft__cond *c)
{
    static const char *const ops[] = {"<", "<=", ">", ">=", "==", "!="};
    static const signed char cmps[] = {WEFT__CMP_LT, WEFT__CMP_LE, WEFT__CMP_GT,
                                       WEFT__CMP_GE, WEFT__CMP_EQ, WEFT__CMP_NE};
    CXCursor g;
    const char *op;
    long v;
    if (!gint_cmp(x, cond, &g, &op, &v))
        return;
    for (int i = 0; i < 6; i++)
        if (!strcmp(op, ops[i])) {
            c->kind = WEFT__COND_GLOBAL;
            c->cmp = cmps[i];
            c->value = v;
            /* A volatile one may change under the thread (a signal handler): no path keeps it. */
            c->negated = (unsigned char)clang_isVolatileQualifiedType(clang_getCursorType(g));
            c->key = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, g), "");
        }
}

/* if (g < K) g++; (or g <= K, g += c, and g > K with g--, g -= c; the branch holding that
 * one statement): the increment keeps g at most (least) a bound, noted for the walk. */
void weft__ex_saturating(struct ex *x, CXCursor cond, CXCursor then)
{
    CXCursor g, s = weft__ex_strip(then);
    const char *op;
    long k, c = 1;
    if (!gint_cmp(x, cond, &g, &op, &k))
        return;
    if (clang_getCursorKind(s) == CXCursor_CompoundStmt) {
        struct kids kk;
        weft__ex_kids_get(s, &kk);
        CXCursor one = kk.n == 1 ? kk.p[0] : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        if (clang_Cursor_isNull(one))
            return;
        s = weft__ex_strip(one);
    }
    int up;
    CXCursor lhs;
    if (clang_getCursorKind(s) == CXCursor_UnaryOperator) {
        char o[8];
        lhs = weft__ex_first_kid(s);
        weft__ex_unop(x, s, lhs, o);
        if (strcmp(o, "++") && strcmp(o, "--"))
            return;
        up = o[0] == '+';
    } else if (clang_getCursorKind(s) == CXCursor_CompoundAssignOperator) {
        struct kids kk;
        weft__ex_kids_get(s, &kk);
        int ok = kk.n == 2 && weft__ex_int_lit(x, kk.p[1], &c) && c > 0;
        up = ok && weft__ex_binop_is(x, kk.p[0], kk.p[1], "+=");
        ok = ok && (up || weft__ex_binop_is(x, kk.p[0], kk.p[1], "-="));
        lhs = ok ? kk.p[0] : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        if (!ok)
            return;
    } else {
        return;
    }
    if (!clang_equalCursors(gint_var(lhs), g))
        return;
    char b[32];
    long bound;
    if (up && (!strcmp(op, "<") || !strcmp(op, "<=")))
        snprintf(b, sizeof(b), "+%ld", bound = k + c - (op[1] ? 0 : 1));
    else if (!up && (!strcmp(op, ">") || !strcmp(op, ">=")))
        snprintf(b, sizeof(b), "-%ld", bound = k - c + (op[1] ? 0 : 1));
    else
        return;
    if (!weft__ex_gint_fits(g, bound))
        return;
    x->bounded = s;
    x->btag = weft__ex_cat3(x, b, "", "");
}

/* The tag of a write that gives the global integer lhs: "=c" a literal, "+K" / "-K" a
 * saturating step, "+" / "-" any increment / decrement; NULL when lhs is no such global. */
void weft__ex_gint_write(struct ex *x, CXCursor at, CXCursor lhs, const char *tag)
{
    CXCursor d = gint_var(lhs);
    if (clang_Cursor_isNull(d))
        return;
    x->vtag_at = weft__ex_strip(lhs);
    if (clang_equalCursors(at, x->bounded))
        x->vtag = x->btag;
    else if (tag && tag[0] == '=')
        x->vtag = weft__ex_gint_fits(d, atol(tag + 1)) ? tag : NULL;
    else
        x->vtag = tag && !gint_wraps(d) ? tag : NULL;
}

/* The case labels of one switch body (not of switches inside it) into sw, in order. */
void weft__ex_case_values(struct ex *x, CXCursor c, struct weft__switch *sw)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n && !x->oom; i++) {
        enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
        if (k == CXCursor_SwitchStmt || clang_isExpression(k))
            continue;
        if (k == CXCursor_CaseStmt) {
            long v = 0;
            struct kids lk;
            weft__ex_kids_get(kk.p[i], &lk);
            CXCursor lab = lk.n == 2 ? lk.p[0] : clang_getNullCursor();
            weft__ex_kids_free(&lk);
            int known = !clang_Cursor_isNull(lab) && weft__ex_int_lit(x, lab, &v);
            /* Arena arrays grown by copying: switches on setjmp are few and small. */
            long *cases = weft__arena_alloc(x->A, (size_t)(sw->ncases + 1) * sizeof(*cases));
            unsigned char *kn = weft__arena_alloc(x->A, (size_t)sw->ncases + 1);
            if (!cases || !kn) {
                x->oom = 1;
                break;
            }
            if (sw->ncases) {
                memcpy(cases, sw->cases, (size_t)sw->ncases * sizeof(*cases));
                memcpy(kn, sw->known, (size_t)sw->ncases);
            }
            cases[sw->ncases] = known ? v : 0;
            kn[sw->ncases] = (unsigned char)known;
            sw->cases = cases;
            sw->known = kn;
            sw->ncases++;
        }
        weft__ex_case_values(x, kk.p[i], sw);
    }
    weft__ex_kids_free(&kk);
}
