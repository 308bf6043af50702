/* Which elements of an array an access a[e1]...[ek] can reach, as a flat index m*V + [lo, hi]
 * with V one value the thread was handed (its parameter, or a value read where that points)
 * or none: chunks data[id * CH + i], rows grid[id][c], constant ranges mat[1][j]. Each index
 * is evaluated over constants, locals that keep one value, and counters of the for loops
 * around it (a counter's range holds in its loop's body). */
#include "extract_internal.h"

#include <limits.h>
#include <string.h>

#define AFF_MAX (1L << 40) /* beyond this, arithmetic on ranges could overflow: give up */

static int small(long v)
{
    return v > -AFF_MAX && v < AFF_MAX;
}

/* An integer type's value bits (int: 31, unsigned: 32) and its signedness; 0 for others
 * (a pointer: 63, as a long). */
static int value_bits(CXType t, int *uns)
{
    t = clang_getCanonicalType(t);
    *uns = 0;
    if (t.kind == CXType_Pointer)
        return 63;
    if (t.kind < CXType_Bool || t.kind > CXType_Int128)
        return 0;
    *uns = t.kind <= CXType_UInt128;
    long long n = clang_Type_getSizeOf(t) * 8;
    return n <= 0 ? 0 : (int)(n > 64 ? 64 : n) - !*uns;
}

/* e's value, typed t, as o says: a constant range must fit t (no wrap-around); V must go
 * through no unsigned arithmetic (it wraps), and its width is noted (checked against the
 * values the threads are handed). */
static int fits(CXType t, struct weft__affix *o, int arith)
{
    int uns, b = value_bits(t, &uns);
    if (!b)
        return 0;
    if (o->kind == WEFT__AFF_CONST) {
        long lo = uns ? 0 : b >= 63 ? LONG_MIN : -(1L << b), hi = b >= 63 ? LONG_MAX : (1L << b) - 1;
        return o->lo >= lo && o->hi <= hi;
    }
    if (uns && arith)
        return 0;
    if (!o->vbits || b < o->vbits)
        o->vbits = b;
    return 1;
}

static int aff_const(struct weft__affix *o, long lo, long hi)
{
    o->kind = WEFT__AFF_CONST;
    o->param = -1;
    o->field = "";
    o->m = 0;
    o->mod = 0;
    o->rem = 0;
    o->vbits = 0;
    o->lo = lo;
    o->hi = hi;
    return small(lo) && small(hi);
}

/* V itself (kind: a parameter, the value read where it points, the symbol followed). */
static void aff_var(struct weft__affix *o, int kind, int param, const char *field)
{
    o->kind = (signed char)kind;
    o->param = (signed char)param;
    o->field = field;
    o->mod = 0;
    o->rem = 0;
    o->vbits = 0;
    o->m = 1;
    o->lo = o->hi = 0;
}

/* a + s*b (s = 1 or -1): both on the same value V, or one on none. */
static int aff_add(struct weft__affix *a, const struct weft__affix *b, int s)
{
    /* (a remainder stays exact only plus a constant 0: the index's own a[V % K]) */
    int zero_a = a->kind == WEFT__AFF_CONST && !a->lo && !a->hi, zero_b = b->kind == WEFT__AFF_CONST && !b->lo && !b->hi;
    unsigned char rem = (unsigned char)((a->rem && zero_b) || (b->rem && zero_a && s > 0));
    if (a->kind == WEFT__AFF_CONST && b->kind != WEFT__AFF_CONST) {
        a->kind = b->kind;
        a->param = b->param;
        a->field = b->field;
    } else if (b->kind != WEFT__AFF_CONST &&
               (a->kind != b->kind || a->param != b->param || strcmp(a->field, b->field))) {
        return 0;
    }
    if (a->mod && b->mod)
        return 0; /* two strides: their sum's is not kept */
    if (b->vbits && (!a->vbits || b->vbits < a->vbits))
        a->vbits = b->vbits;
    a->mod = a->mod ? a->mod : b->mod;
    a->rem = rem;
    a->m += s * b->m;
    long lo = s > 0 ? a->lo + b->lo : a->lo - b->hi, hi = s > 0 ? a->hi + b->hi : a->hi - b->lo;
    a->lo = lo;
    a->hi = hi;
    if (a->m == 0)
        a->kind = WEFT__AFF_CONST, a->param = -1, a->field = "";
    return small(a->m) && small(lo) && small(hi);
}

static int aff_scale(struct weft__affix *a, long k)
{
    long ak = k < 0 ? -k : k, lim = ak ? AFF_MAX / ak : AFF_MAX;
    if (!small(k) || a->lo > lim || a->lo < -lim || a->hi > lim || a->hi < -lim || a->m > lim || a->m < -lim)
        return 0;
    long lo = a->lo * k, hi = a->hi * k;
    a->lo = k < 0 ? hi : lo;
    a->hi = k < 0 ? lo : hi;
    a->m *= k;
    a->mod *= ak;
    a->rem = (unsigned char)(a->rem && k == 1);
    if (a->m == 0)
        a->kind = WEFT__AFF_CONST, a->param = -1, a->field = "";
    return !a->mod || a->kind != WEFT__AFF_CONST;
}

static int aff_expr(struct ex *x, CXCursor e, struct weft__affix *o, int depth);
static int aff_node(struct ex *x, CXCursor e, struct weft__affix *o, int depth);

/* Parentheses and casts around e, none to an integer narrower than an int (two values would
 * become one) nor to a floating type. */
static CXCursor no_narrow_strip(struct ex *x, CXCursor e, int *ok, int *bits)
{
    *ok = 1;
    *bits = 0;
    for (int n = 0; n < 16; n++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
            return e;
        CXType t = clang_getCanonicalType(clang_getCursorType(e));
        if (t.kind != CXType_Pointer && !weft__ex_int_size(x, t)) {
            /* promotions of a narrow variable's value (a char counter) keep it */
            CXCursor in = weft__ex_operand(e);
            CXType it = clang_getCanonicalType(clang_getCursorType(in));
            if (k == CXCursor_CStyleCastExpr || clang_Type_getSizeOf(t) < clang_Type_getSizeOf(it) ||
                t.kind < CXType_Bool || t.kind > CXType_Int128) {
                *ok = 0;
                return e;
            }
        }
        int uns, b = value_bits(t, &uns);
        if (b && (!*bits || b < *bits))
            *bits = b;
        CXCursor in = weft__ex_operand(e);
        if (clang_Cursor_isNull(in) || clang_equalCursors(in, e))
            return e;
        if (k == CXCursor_UnexposedExpr && clang_getCursorKind(in) != CXCursor_DeclRefExpr &&
            clang_getCursorKind(in) != CXCursor_ParenExpr && clang_getCursorKind(in) != CXCursor_CStyleCastExpr &&
            clang_getCursorKind(in) != CXCursor_UnexposedExpr && clang_getCursorKind(in) != CXCursor_BinaryOperator &&
            clang_getCursorKind(in) != CXCursor_UnaryOperator && clang_getCursorKind(in) != CXCursor_IntegerLiteral &&
            clang_getCursorKind(in) != CXCursor_MemberRefExpr && clang_getCursorKind(in) != CXCursor_ArraySubscriptExpr)
            return e;
        e = in;
    }
    *ok = 0;
    return e;
}

static long counter_step(struct ex *x, CXCursor loop, CXCursor iv);

/* e is var, var + K, K + var or var - K (K a literal): 1 with *k = K (or -K). */
static int var_plus(struct ex *x, CXCursor e, CXCursor var, long *k)
{
    *k = 0;
    if (weft__ex_is_var(e, var))
        return 1;
    e = weft__ex_strip(e);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int ok = 0;
    long v;
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2) {
        int plus = weft__ex_binop_exact(x, kk.p[0], kk.p[1], "+"), minus = weft__ex_binop_exact(x, kk.p[0], kk.p[1], "-");
        if ((plus || minus) && weft__ex_is_var(kk.p[0], var) && weft__ex_int_lit(x, kk.p[1], &v) && small(v))
            ok = 1, *k = plus ? v : -v;
        else if (plus && weft__ex_is_var(kk.p[1], var) && weft__ex_int_lit(x, kk.p[0], &v) && small(v))
            ok = 1, *k = v;
    }
    weft__ex_kids_free(&kk);
    return ok;
}

/* The for loop around the walk's position, within whose body the reference to var at offset
 * at stands, with var its counter: the range var takes there. Loops counting up (i++,
 * i += K) under i < E or i <= E, or down (i--, i -= K) under i > E or i >= E, from an init
 * the counter's, with nothing else in the loop changing var and no goto in the function. */
static int counter_range(struct ex *x, CXCursor var, unsigned at, struct weft__affix *o, int depth)
{
    if (x->has_goto || x->nloops > 16 || weft__ex_modifies(x, x->fn, var, 1))
        return 0;
    for (int j = x->nloops - 1; j >= 0; j--) {
        CXCursor loop = x->lcur[j];
        if (clang_getCursorKind(loop) != CXCursor_ForStmt)
            continue;
        struct kids kk;
        weft__ex_kids_get(loop, &kk);
        if (kk.n != 4) {
            weft__ex_kids_free(&kk);
            continue;
        }
        CXCursor init = kk.p[0], cond = kk.p[1], body = kk.p[3];
        weft__ex_kids_free(&kk);
        /* the reference in this loop's body */
        CXSourceRange r = clang_getCursorExtent(body);
        unsigned line, col, b0 = 0, b1 = 0;
        weft__ex_loc_of(x, clang_getRangeStart(r), &line, &col, &b0);
        weft__ex_loc_of(x, clang_getRangeEnd(r), &line, &col, &b1);
        if (at < b0 || at >= b1)
            continue;
        CXCursor iv, ie;
        if (!weft__ex_for_init(x, init, &iv, &ie) || !clang_equalCursors(iv, var))
            continue; /* an inner loop of another counter: look further out */
        /* Its step: up or down by a nonzero constant. */
        long step = counter_step(x, loop, var);
        int up = step > 0 ? 1 : step < 0 ? -1 : 0;
        if (!up || weft__ex_modifies(x, body, var, 0) || weft__ex_modifies(x, cond, var, 0))
            return 0;
        /* Its bound: var < E, var <= E (up), var > E, var >= E (down), or E's mirror. */
        CXCursor c = weft__ex_strip(cond), bound = clang_getNullCursor();
        int strict = -1;
        long shift = 0; /* var + shift < E: var < E - shift */
        weft__ex_kids_get(c, &kk);
        if (clang_getCursorKind(c) == CXCursor_BinaryOperator && kk.n == 2) {
            static const char *ops[4] = {"<", "<=", ">", ">="};
            for (int i = 0; i < 4 && strict < 0; i++) {
                if (!weft__ex_binop_exact(x, kk.p[0], kk.p[1], ops[i]))
                    continue;
                int left = var_plus(x, kk.p[0], var, &shift), right = !left && var_plus(x, kk.p[1], var, &shift);
                if (left == right)
                    break;
                int lt = i < 2; /* var < E (or E > var) */
                if (right)
                    lt = !lt;
                if (lt != (up > 0))
                    break;
                strict = (i == 0 || i == 2);
                bound = left ? kk.p[1] : kk.p[0];
            }
        }
        weft__ex_kids_free(&kk);
        if (strict < 0)
            return 0;
        struct weft__affix a, b;
        if (!aff_expr(x, ie, &a, depth + 1) || !aff_expr(x, bound, &b, depth + 1))
            return 0;
        if (shift) {
            struct weft__affix k;
            if (!aff_const(&k, shift, shift) || !aff_add(&b, &k, -1))
                return 0;
        }
        if (a.kind != WEFT__AFF_CONST && b.kind != WEFT__AFF_CONST &&
            (a.kind != b.kind || a.param != b.param || strcmp(a.field, b.field) || a.m != b.m))
            return 0;
        if (a.mod || b.mod)
            return 0;
        /* The counter's type holds every value it takes, one step past the bound too (an
         * unsigned char counter under c < 300, or an unsigned one under c >= 0, wraps). */
        int uns, vb = value_bits(clang_getCursorType(var), &uns);
        if (shift && uns)
            return 0; /* u - 1 wraps */
        long tmin = uns ? 0 : vb >= 63 ? LONG_MIN / 2 : -(1L << vb), tmax = vb >= 63 ? LONG_MAX / 2 : (1L << vb) - 1;
        if (!vb || (up > 0 ? (strict ? b.hi - 1 : b.hi) + step > tmax : (strict ? b.lo + 1 : b.lo) + step < tmin) ||
            ((a.kind != WEFT__AFF_CONST || b.kind != WEFT__AFF_CONST) && (uns || vb < 31)))
            return 0;
        if (a.kind != WEFT__AFF_CONST && b.kind == WEFT__AFF_CONST && a.lo == a.hi) {
            /* from V to a constant bound by steps of K: V's offset plus a multiple of K (a
             * stride: for (i = id; i < N; i += T)) */
            *o = a;
            o->mod = step < 0 ? -step : step;
            return 1;
        }
        if ((a.kind == WEFT__AFF_CONST) != (b.kind == WEFT__AFF_CONST))
            return 0; /* from a constant to a bound on V: the span is not known */
        *o = a;
        if (up > 0) {
            o->lo = a.lo;
            o->hi = strict ? b.hi - 1 : b.hi;
        } else {
            o->lo = strict ? b.lo + 1 : b.lo;
            o->hi = a.hi;
        }
        return 1;
    }
    return 0;
}

/* The parameter e names, if it keeps the value the caller passed. */
static int param_value(struct ex *x, CXCursor d, struct weft__affix *o)
{
    if (clang_getCursorKind(d) != CXCursor_ParmDecl || weft__ex_is_changed(x, d) || weft__ex_modifies(x, x->fn, d, 1))
        return 0;
    int n = weft__ex_param_index(d);
    if (n < 0 || n > 3)
        return 0;
    aff_var(o, WEFT__AFF_PARAM, n, "");
    return 1;
}

static int aff_expr(struct ex *x, CXCursor e0, struct weft__affix *o, int depth)
{
    if (depth > 8 || clang_Cursor_isNull(e0))
        return 0;
    long v;
    if (weft__ex_int_lit(x, e0, &v))
        return aff_const(o, v, v);
    enum CXCursorKind k0 = clang_getCursorKind(weft__ex_strip(e0));
    if ((k0 == CXCursor_BinaryOperator || k0 == CXCursor_UnaryOperator) && weft__ex_eval_int(e0, &v) && small(v))
        return aff_const(o, v, v); /* (LEN / 2), a constant expression the nodes below do not fold */
    const char *field = "";
    int pv = weft__ex_param_value_index(x, e0, &field);
    if (pv >= 0) {
        aff_var(o, WEFT__AFF_PARAM_VAL, pv, field);
        return fits(clang_getCursorType(e0), o, 0);
    }
    int ok, cbits;
    CXCursor e = no_narrow_strip(x, e0, &ok, &cbits);
    if (!ok || !aff_node(x, e, o, depth))
        return 0;
    /* the casts around it: a constant must fit them, V's width is noted */
    if (o->kind == WEFT__AFF_CONST && !clang_equalCursors(e, e0))
        return fits(clang_getCursorType(e0), o, 0) && fits(clang_getCursorType(e), o, 0);
    if (o->kind != WEFT__AFF_CONST && cbits && (!o->vbits || cbits < o->vbits))
        o->vbits = cbits;
    return 1;
}

static int aff_node_raw(struct ex *x, CXCursor e, struct weft__affix *o, int depth);

/* An expression's value, parentheses and casts stripped (aff_expr), within its type. */
static int aff_node(struct ex *x, CXCursor e, struct weft__affix *o, int depth)
{
    enum CXCursorKind k = clang_getCursorKind(e);
    return aff_node_raw(x, e, o, depth) &&
           fits(clang_getCursorType(e), o, k == CXCursor_BinaryOperator || k == CXCursor_UnaryOperator);
}

static int aff_node_raw(struct ex *x, CXCursor e, struct weft__affix *o, int depth)
{
    long v;
    if (weft__ex_int_lit(x, e, &v))
        return aff_const(o, v, v);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        if (x->aff_sym_on && clang_equalCursors(d, x->aff_sym)) {
            aff_var(o, WEFT__AFF_SYM, -1, "");
            return 1;
        }
        if (clang_getCursorKind(d) == CXCursor_ParmDecl)
            return param_value(x, d, o);
        if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
            clang_Cursor_getStorageClass(d) == CX_SC_Static || clang_isVolatileQualifiedType(clang_getCursorType(d)))
            return 0;
        if (!weft__ex_is_changed(x, d) && !weft__ex_modifies(x, x->fn, d, 1)) {
            CXCursor init = clang_Cursor_getVarDeclInitializer(d);
            return !clang_Cursor_isNull(init) && aff_expr(x, init, o, depth + 1);
        }
        return counter_range(x, d, weft__ex_off_at(x, e), o, depth);
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor in = weft__ex_first_kid(e);
        char u[8] = "";
        if (!clang_Cursor_isNull(in))
            weft__ex_unop(x, e, in, u);
        if (!strcmp(u, "-"))
            return aff_expr(x, in, o, depth + 1) && aff_scale(o, -1);
        if (!strcmp(u, "+"))
            return aff_expr(x, in, o, depth + 1);
        return 0;
    }
    if (k != CXCursor_BinaryOperator)
        return 0;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    if (kk.n != 2) {
        weft__ex_kids_free(&kk);
        return 0;
    }
    CXCursor l = kk.p[0], r = kk.p[1];
    weft__ex_kids_free(&kk);
    struct weft__affix a, b;
    /* (the operator exactly: a disjointness proof rests on it) */
    int plus = weft__ex_binop_exact(x, l, r, "+"), minus = !plus && weft__ex_binop_exact(x, l, r, "-");
    int times = !plus && !minus && weft__ex_binop_exact(x, l, r, "*");
    int mod = !plus && !minus && !times && weft__ex_binop_exact(x, l, r, "%");
    int div = !plus && !minus && !times && !mod && weft__ex_binop_exact(x, l, r, "/");
    int mask = !plus && !minus && !times && !mod && !div && weft__ex_binop_exact(x, l, r, "&");
    if (!(plus || minus || times || mod || div || mask))
        return 0;
    /* Pointer arithmetic is not an index. */
    if (clang_getCanonicalType(clang_getCursorType(e)).kind == CXType_Pointer)
        return 0;
    if (mask && weft__ex_int_lit(x, r, &v) && v >= 0)
        return aff_const(o, 0, v); /* x & K, K >= 0: between 0 and K */
    if (!aff_expr(x, l, &a, depth + 1))
        return 0;
    if (!aff_expr(x, r, &b, depth + 1))
        return 0;
    if (plus || minus) {
        *o = a;
        return aff_add(o, &b, plus ? 1 : -1);
    }
    if (times) {
        if (b.kind == WEFT__AFF_CONST && b.lo == b.hi) {
            *o = a;
            return aff_scale(o, b.lo);
        }
        if (a.kind == WEFT__AFF_CONST && a.lo == a.hi) {
            *o = b;
            return aff_scale(o, a.lo);
        }
        return 0;
    }
    /* (m*V + c) / K with K dividing m and c: (m/K)*V + c/K exactly (a block of rows
     * id * N / T, N a multiple of T), whatever the signs */
    if (div && a.kind != WEFT__AFF_CONST && !a.mod && a.lo == a.hi && b.kind == WEFT__AFF_CONST && b.lo == b.hi &&
        b.lo > 0 && a.m % b.lo == 0 && a.lo % b.lo == 0) {
        *o = a;
        o->m = a.m / b.lo;
        o->lo = o->hi = a.lo / b.lo;
        return 1;
    }
    /* (m*V + c) % K, K a positive constant: m*V + c plus some multiple of K (whatever the
     * signs, C's remainder differs from its operand by a multiple of K), exactly the remainder */
    if (mod && a.kind != WEFT__AFF_CONST && !a.mod && a.lo == a.hi && b.kind == WEFT__AFF_CONST && b.lo == b.hi &&
        b.lo > 0) {
        *o = a;
        o->mod = b.lo;
        o->rem = 1;
        return 1;
    }
    /* a % K, a / K on a value that is not negative, K a positive constant: no V left. */
    if (a.kind != WEFT__AFF_CONST || a.lo < 0 || b.kind != WEFT__AFF_CONST || b.lo != b.hi || b.lo <= 0)
        return 0;
    if (mod)
        return aff_const(o, 0, a.hi < b.lo - 1 ? a.hi : b.lo - 1);
    if (div)
        return aff_const(o, a.lo / b.lo, a.hi / b.lo);
    return 0;
}

/* The array a chain of subscripts c reaches, and its dimensions: 1 with the subscripts
 * outermost first when c is a scalar element a[e1]...[ek] of a k-dimensional array variable
 * with constant extents. */
static int subscripts(CXCursor c, CXCursor ix[8], long dim[8], int *n)
{
    CXCursor e = weft__ex_strip(c);
    int k = 0;
    CXCursor rev[8];
    while (clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr && k < 8) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        if (kk.n != 2) {
            weft__ex_kids_free(&kk);
            return 0;
        }
        rev[k++] = kk.p[1];
        e = weft__ex_strip(kk.p[0]);
        weft__ex_kids_free(&kk);
    }
    /* An array member of a variable (s.arr[i], s.in.m[i][j]): its own elements, as an
     * array variable's; not through a pointer (p->arr) nor an element (a[k].arr). */
    CXCursor arr = e;
    while (k && clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor base = weft__ex_first_kid(e);
        CXType bt = clang_Cursor_isNull(base) ? (CXType){0} : clang_getCanonicalType(clang_getCursorType(base));
        /* A struct's member (a union's may share its bytes with another member's). */
        if (bt.kind != CXType_Record || clang_getCursorKind(clang_getTypeDeclaration(bt)) != CXCursor_StructDecl)
            return 0;
        e = weft__ex_strip(base);
    }
    if (!k || clang_getCursorKind(e) != CXCursor_DeclRefExpr ||
        clang_getCursorKind(clang_getCursorReferenced(e)) != CXCursor_VarDecl)
        return 0;
    CXType t = clang_getCanonicalType(clang_getCursorType(clang_equalCursors(arr, e) ? clang_getCursorReferenced(e) : arr));
    for (int i = 0; i < k; i++) {
        if (t.kind != CXType_ConstantArray && !(i == 0 && t.kind == CXType_IncompleteArray))
            return 0;
        dim[i] = t.kind == CXType_ConstantArray ? (long)clang_getArraySize(t) : -1;
        ix[i] = rev[k - 1 - i];
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    }
    /* The element itself, not a row of it. */
    if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
        return 0;
    *n = k;
    return 1;
}

int weft__ex_affine_index(struct ex *x, CXCursor c, struct weft__affix *o)
{
    o->kind = WEFT__AFF_NONE;
    CXCursor ix[8];
    long dim[8];
    int n;
    if (clang_Cursor_isNull(x->fn) || !subscripts(c, ix, dim, &n))
        return 0;
    struct weft__affix acc;
    aff_const(&acc, 0, 0);
    for (int i = 0; i < n; i++) {
        struct weft__affix a;
        if (!aff_expr(x, ix[i], &a, 0))
            return 0;
        /* A column m[r][V]: the last index one value V (+ c) of the thread's, the rows
         * before it constants or counters. Every element it reaches is V + c plus a
         * multiple of the row's length: a stride from V (two values less than a row apart
         * never meet, whatever the rows). */
        if (i > 0 && i == n - 1 && a.kind != WEFT__AFF_CONST && !a.mod && a.lo == a.hi && (a.m == 1 || a.m == -1) &&
            acc.kind == WEFT__AFF_CONST && !acc.mod && dim[i] > 1) {
            if (!aff_scale(&acc, dim[i]))
                return 0;
            long base = acc.lo;
            *o = a;
            o->lo = o->hi = a.lo + base;
            o->mod = dim[i];
            return small(o->lo);
        }
        /* m[V][V + c]: the row and the column both the thread's one value: the flattened
         * element V * (row length + 1) + c is affine in V still (an index past its row is
         * undefined behaviour, so the flattened element is the one reached). */
        if (i > 0 && a.kind != WEFT__AFF_CONST && acc.kind != WEFT__AFF_CONST && !a.mod) {
            if (!aff_scale(&acc, dim[i]) || !aff_add(&acc, &a, 1))
                return 0;
            continue;
        }
        /* An inner index stays within its row: then rows do not overlap. */
        if (i > 0 && (a.kind != WEFT__AFF_CONST || a.mod || a.lo < 0 || a.hi >= dim[i]))
            return 0;
        if (i > 0 && !aff_scale(&acc, dim[i]))
            return 0;
        if (!aff_add(&acc, &a, 1))
            return 0;
    }
    *o = acc;
    return 1;
}

/* The step of for loop's counter iv (i++: 1, i -= 2: -2), 0 when not a constant one. */
static long counter_step(struct ex *x, CXCursor loop, CXCursor iv)
{
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    CXCursor inc = kk.n == 4 ? kk.p[2] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    return clang_Cursor_isNull(inc) ? 0 : weft__ex_inc_step(x, inc, iv);
}

long weft__ex_inc_step(struct ex *x, CXCursor inc, CXCursor iv)
{
    struct kids kk;
    long step = 0;
    inc = weft__ex_strip(inc);
    weft__ex_kids_get(inc, &kk);
    if (clang_getCursorKind(inc) == CXCursor_UnaryOperator && kk.n == 1 && weft__ex_is_var(kk.p[0], iv)) {
        char u[8];
        weft__ex_unop(x, inc, kk.p[0], u);
        step = !strcmp(u, "++") ? 1 : !strcmp(u, "--") ? -1 : 0;
    } else if (clang_getCursorKind(inc) == CXCursor_CompoundAssignOperator && kk.n == 2 && weft__ex_is_var(kk.p[0], iv)) {
        long k;
        if (weft__ex_int_lit(x, kk.p[1], &k) && small(k))
            step = weft__ex_binop_exact(x, kk.p[0], kk.p[1], "+=") ? k : weft__ex_binop_exact(x, kk.p[0], kk.p[1], "-=") ? -k : 0;
    }
    weft__ex_kids_free(&kk);
    return step;
}

int weft__ex_counter_value(struct ex *x, CXCursor loop, CXCursor iv, CXCursor e, CXCursor at, long *stride, long *lo,
                           long *hi)
{
    *stride = 0;
    *lo = 1, *hi = 0;
    long step = counter_step(x, loop, iv);
    struct weft__affix a;
    if (!step)
        return 0;
    if (clang_Cursor_isNull(e)) { /* the counter itself, where at stands */
        *stride = step < 0 ? -step : step;
        if (counter_range(x, iv, weft__ex_off_at(x, at), &a, 0) && a.kind == WEFT__AFF_CONST && !a.mod)
            *lo = a.lo, *hi = a.hi;
        return 1;
    }
    x->aff_sym_on = 1;
    x->aff_sym = iv;
    int ok = aff_expr(x, e, &a, 0);
    x->aff_sym_on = 0;
    if (!ok || a.kind != WEFT__AFF_SYM || a.mod || a.lo != a.hi || !a.m || !small(a.m * step))
        return 0;
    *stride = a.m * step < 0 ? -a.m * step : a.m * step;
    if (aff_expr(x, e, &a, 0) && a.kind == WEFT__AFF_CONST && !a.mod)
        *lo = a.lo, *hi = a.hi;
    return 1;
}

int weft__ex_value_bits(CXType t)
{
    int uns;
    return value_bits(t, &uns);
}
