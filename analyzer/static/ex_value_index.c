/* Per-thread indexes handed over by value through the thread's argument: g[*(int *)arg] or
 * g[a->id] in a thread's function, and the create loop that stores its counter into the
 * element or fresh object it hands each thread (ids[i] = i; create(..., &ids[i])). */
#include "extract_internal.h"

#include <string.h>
#include <stdio.h>

/* The parameter e names, directly or through a local initialized with it (casts aside) and
 * never changed; else a null cursor. *alias gets that local (or a null cursor). */
static CXCursor param_or_alias(struct ex *x, CXCursor e, CXCursor *alias)
{
    *alias = clang_getNullCursor();
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d) &&
        clang_Cursor_getStorageClass(d) != CX_SC_Static && !weft__ex_is_changed(x, d)) {
        struct kids kk;
        weft__ex_kids_get(d, &kk);
        CXCursor init = kk.n ? weft__ex_strip(kk.p[kk.n - 1]) : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        if (clang_getCursorKind(init) != CXCursor_DeclRefExpr)
            return clang_getNullCursor();
        *alias = d;
        d = clang_getCursorReferenced(init);
    }
    if (clang_getCursorKind(d) != CXCursor_ParmDecl || weft__ex_is_changed(x, d))
        return clang_getNullCursor();
    return d;
}

/* What the value e reads from the object pointer p points at: "*" for *p or p[0], ".f"
 * for p->f (one member, no deeper path); NULL for anything else. *ptr gets p's expression. */
static const char *pointee_read(struct ex *x, CXCursor e, CXCursor *ptr)
{
    e = weft__ex_strip(e);
    CXCursor base = weft__ex_first_kid(e);
    if (clang_Cursor_isNull(base))
        return NULL;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_UnaryOperator) {
        char o[8];
        weft__ex_unop(x, e, base, o);
        *ptr = base;
        return strcmp(o, "*") ? NULL : "*";
    }
    if (k == CXCursor_ArraySubscriptExpr) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int zero = kk.n == 2 && weft__ex_is_zero_literal(x, kk.p[1]);
        weft__ex_kids_free(&kk);
        *ptr = base;
        return zero && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind == CXType_Pointer ? "*"
                                                                                                                : NULL;
    }
    if (k == CXCursor_MemberRefExpr &&
        clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind == CXType_Pointer) {
        *ptr = base;
        return weft__ex_cat3(x, ".", weft__ex_name_of(x, clang_getCursorReferenced(e)), "");
    }
    return NULL;
}

struct wvisit {
    struct ex *x;
    CXCursor p, alias; /* the parameter (or array, or local pointer) and its local copy */
    CXCursor skip;     /* a call not looked into (the create itself), or a null cursor */
    int stores_only;   /* 1: count stores (=, op=, ++, --) through p, not & nor calls; 2: and calls given its address */
    const char *field; /* ".f": stores to other members of what p points at do not count */
    int found;
};

static int names_p(const struct wvisit *v, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    return clang_equalCursors(d, v->p) || (!clang_Cursor_isNull(v->alias) && clang_equalCursors(d, v->alias));
}

/* Whether lvalue c is reached from p (p->f, *p, p[i], then . and [] ...). */
static int under_p(const struct wvisit *v, CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = weft__ex_strip(c);
        if (names_p(v, c))
            return 1;
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
            return 0;
        c = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(c))
            return 0;
    }
    return 0;
}

/* Finds a write through p (an assignment, ++/-- or & of memory reached from it) or p itself
 * handed to a call other than free. */
static enum CXChildVisitResult write_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (!clang_Cursor_isNull(v->skip) && k == clang_getCursorKind(v->skip) &&
        (clang_equalCursors(c, v->skip) || weft__ex_off_at(v->x, c) == weft__ex_off_at(v->x, v->skip)))
        return CXChildVisit_Continue;
    CXCursor target = weft__ex_store_target(v->x, c, WEFT__STORE_WRITE | (v->stores_only ? 0 : WEFT__STORE_ADDR));
    if (k == CXCursor_CallExpr && v->stores_only == 2) {
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n; i++) {
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
            enum CXTypeKind t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a))).kind;
            if ((t == CXType_Pointer || weft__ex_is_array_type(clang_getCursorType(weft__ex_strip(a)))) && under_p(v, a))
                v->found += 2; /* its address handed to a call that may store there */
        }
    } else if (k == CXCursor_CallExpr && !v->stores_only) {
        const char *name = weft__ex_name_of(v->x, clang_getCursorReferenced(c));
        int free_call = name && !strcmp(name, "free");
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n && !free_call; i++)
            if (names_p(v, clang_Cursor_getArgument(c, (unsigned)i))) {
                v->found = 1;
                return CXChildVisit_Break;
            }
    }
    if (!clang_Cursor_isNull(target) && v->field && v->field[0] == '.' &&
        clang_getCursorKind(weft__ex_strip(target)) == CXCursor_MemberRefExpr) {
        CXCursor fld = clang_getCursorReferenced(weft__ex_strip(target));
        if (clang_getCursorKind(clang_getCursorSemanticParent(fld)) == CXCursor_StructDecl &&
            strncmp(weft__ex_name_of(v->x, fld), v->field + 1, strcspn(v->field + 1, ":")))
            target = clang_getNullCursor(); /* another member of a struct (a union's overlap) */
    }
    if (!clang_Cursor_isNull(target) && under_p(v, target) && !names_p(v, target)) {
        v->found++;
        if (!v->stores_only)
            return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* Finds a use of p (or its local copy) other than a read through it (*p, p->f, p[i]), the
 * copy's initializer and free(p): a second copy or a call could change what it points at. */
static enum CXChildVisitResult use_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (!clang_Cursor_isNull(v->skip) && k == clang_getCursorKind(v->skip) &&
        weft__ex_off_at(v->x, c) == weft__ex_off_at(v->x, v->skip))
        return CXChildVisit_Continue; /* the create that hands out ids + i */
    if (k == CXCursor_UnaryExpr)
        return CXChildVisit_Continue; /* sizeof ids */
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr ||
        k == CXCursor_DeclRefExpr)
        return CXChildVisit_Recurse; /* judged at the expression that uses the value */
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n && !v->found; i++) {
        if (!names_p(v, kk.p[i]))
            continue;
        int ok = 0;
        if (k == CXCursor_UnaryOperator) {
            char o[8] = "";
            weft__ex_unop(v->x, c, kk.p[i], o);
            ok = !strcmp(o, "*");
        } else if (k == CXCursor_MemberRefExpr || (k == CXCursor_ArraySubscriptExpr && i == 0)) {
            ok = 1;
        } else if (k == CXCursor_VarDecl) {
            ok = !clang_Cursor_isNull(v->alias) && clang_equalCursors(c, v->alias);
        } else if (k == CXCursor_CallExpr) {
            const char *name = weft__ex_name_of(v->x, clang_getCursorReferenced(c));
            ok = name && !strcmp(name, "free");
        } else if (k == CXCursor_BinaryOperator) {
            /* compared (p == NULL, p != q): a read of the pointer only */
            ok = weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "==") || weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "!=");
        } else if (k == CXCursor_IfStmt || k == CXCursor_WhileStmt) {
            ok = i == 0; /* if (p) */
        }
        if (!ok)
            v->found = 1;
    }
    weft__ex_kids_free(&kk);
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

const char *weft__ex_int_size(struct ex *x, CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind == CXType_Atomic)
        t = clang_getCanonicalType(clang_Type_getValueType(t));
    long long n = clang_Type_getSizeOf(t);
    if (t.kind < CXType_Char_U || t.kind > CXType_Int128 || t.kind == CXType_Bool || t.kind == CXType_Char_S ||
        t.kind == CXType_SChar || n < 4)
        return NULL;
    char b[24];
    snprintf(b, sizeof(b), ":%lld", n);
    return weft__ex_cat3(x, b, "", "");
}

/* (char)i, (_Bool)i would give two threads one value. */
int weft__ex_no_narrowing(struct ex *x, CXCursor e)
{
    for (int depth = 0; depth < 16 && !clang_Cursor_isNull(e); depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        CXType t = clang_getCanonicalType(clang_getCursorType(e));
        if (t.kind != CXType_Pointer && !weft__ex_int_size(x, t))
            return 0;
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr)
            return 1;
        e = weft__ex_operand(e);
    }
    return 1;
}

int weft__ex_param_value_index(struct ex *x, CXCursor ix, const char **field)
{
    if (!weft__ex_no_narrowing(x, ix))
        return -1;
    ix = weft__ex_strip(ix);
    /* The index itself, or a local initialized with it and never changed. */
    if (clang_getCursorKind(ix) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(ix);
        if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
            clang_Cursor_getStorageClass(d) == CX_SC_Static || weft__ex_is_changed(x, d) ||
            !weft__ex_int_size(x, clang_getCursorType(d)))
            return -1;
        struct kids kk;
        weft__ex_kids_get(d, &kk);
        ix = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        if (clang_Cursor_isNull(ix) || !weft__ex_no_narrowing(x, ix))
            return -1;
        ix = weft__ex_strip(ix);
    }
    CXCursor ptr = clang_getNullCursor(), alias;
    const char *f = pointee_read(x, ix, &ptr);
    CXCursor p = f ? param_or_alias(x, ptr, &alias) : clang_getNullCursor();
    int n = clang_Cursor_isNull(p) ? -1 : weft__ex_param_index(p);
    if (n < 0 || n > 3 || clang_Cursor_isNull(x->fn))
        return -1;
    /* An integer the size of an int or wider, read whole (not a bit-field's bits). */
    CXCursor rd = weft__ex_strip(ix);
    const char *sz = weft__ex_int_size(x, clang_getCursorType(rd));
    if (!sz || (clang_getCursorKind(rd) == CXCursor_MemberRefExpr && clang_Cursor_isBitField(clang_getCursorReferenced(rd))))
        return -1;
    /* Nothing in the function writes what p points at or hands p on (it could change the value). */
    struct wvisit v = {x, p, alias, clang_getNullCursor(), 0, f, 0};
    clang_visitChildren(x->fn, write_visit, &v);
    if (!v.found)
        clang_visitChildren(x->fn, use_visit, &v);
    if (v.found)
        return -1;
    *field = weft__ex_cat3(x, f, sz, "");
    return n;
}

/* The lvalue an element store writes when it is "what arg points at" (by field): arg &a[i]
 * or a + i and lvalue a[j] ("*") or a[j].f (".f"), i the create loop's counter iv and j the
 * store's, jv (iv itself, or an earlier loop's: a[j] = j); arg a fresh local p and lvalue
 * *p, p[0] ("*") or p->f (".f"). NULL when it is not. */
static const char *stored_field(struct ex *x, CXCursor lhs, CXCursor arg, CXCursor iv, CXCursor jv)
{
    lhs = weft__ex_strip(lhs);
    const char *f = "*";
    CXCursor elem = lhs;
    if (clang_getCursorKind(lhs) == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_strip(weft__ex_first_kid(lhs));
        int arrow = clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer;
        f = weft__ex_cat3(x, ".", weft__ex_name_of(x, clang_getCursorReferenced(lhs)), "");
        if (arrow) {
            /* p->f with p the fresh local handed over. */
            return weft__ex_is_var(b, weft__ex_local_var(arg)) && !clang_Cursor_isNull(weft__ex_local_var(arg)) ? f
                                                                                                                : NULL;
        }
        elem = b;
    }
    CXCursor a = weft__ex_strip(arg);
    CXCursor lv = weft__ex_local_var(a);
    if (!clang_Cursor_isNull(lv) && !strcmp(f, "*")) {
        /* *p or p[0] with p the fresh local handed over. */
        CXCursor ptr;
        const char *g = pointee_read(x, elem, &ptr);
        return g && !strcmp(g, "*") && weft__ex_is_var(ptr, lv) ? "*" : NULL;
    }
    /* a[i] (then .f) against &a[i] or a + i. */
    if (clang_getCursorKind(elem) != CXCursor_ArraySubscriptExpr)
        return NULL;
    struct kids kk;
    weft__ex_kids_get(elem, &kk);
    CXCursor base = kk.n == 2 ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
    CXCursor idx = kk.n == 2 ? kk.p[1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_Cursor_isNull(base) || clang_getCursorKind(base) != CXCursor_DeclRefExpr || !weft__ex_is_var(idx, jv))
        return NULL;
    CXCursor arr = clang_getCursorReferenced(base);
    CXCursor at = weft__ex_address_of(x, a);
    CXCursor in = clang_getNullCursor();
    if (!clang_Cursor_isNull(at)) {
        at = weft__ex_strip(at);
        if (clang_getCursorKind(at) == CXCursor_ArraySubscriptExpr)
            in = at;
    } else if (clang_getCursorKind(a) == CXCursor_BinaryOperator) {
        struct kids ak;
        weft__ex_kids_get(a, &ak);
        int ok = ak.n == 2 && weft__ex_binop_is(x, ak.p[0], ak.p[1], "+") && weft__ex_is_var(ak.p[0], arr) &&
                 weft__ex_is_var(ak.p[1], iv);
        weft__ex_kids_free(&ak);
        return ok && !strcmp(f, "*") ? f : NULL;
    }
    if (clang_Cursor_isNull(in))
        return NULL;
    weft__ex_kids_get(in, &kk);
    int ok = kk.n == 2 && weft__ex_is_var(kk.p[0], arr) && weft__ex_is_var(kk.p[1], iv);
    weft__ex_kids_free(&kk);
    return ok ? f : NULL;
}

static enum CXChildVisitResult mention_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wvisit *v = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && names_p(v, c)) {
        v->found = 1;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* write_visit over every function defined in the TU (a global's stores), and what global
 * initializers take its address of. */
static enum CXChildVisitResult tu_write_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c))
        clang_visitChildren(c, write_visit, v);
    else if (k == CXCursor_VarDecl && !clang_equalCursors(c, v->p)) {
        struct wvisit m = *v;
        m.found = 0;
        clang_visitChildren(c, mention_visit, &m);
        v->found += 2 * m.found; /* int *alias = ids; */
    }
    return CXChildVisit_Continue;
}

/* Finds the address of memory reached from p taken (&ids[1], &args[2].tid) other than in
 * the create (v->skip): a pointer that may store there later. */
static enum CXChildVisitResult addr_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (!clang_Cursor_isNull(v->skip) && k == clang_getCursorKind(v->skip) &&
        weft__ex_off_at(v->x, c) == weft__ex_off_at(v->x, v->skip))
        return CXChildVisit_Continue;
    if (k == CXCursor_UnaryOperator) {
        CXCursor e = weft__ex_first_kid(c);
        char o[8] = "";
        if (!clang_Cursor_isNull(e))
            weft__ex_unop(v->x, c, e, o);
        if (!strcmp(o, "&") && under_p(v, e)) {
            v->found = 1;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Recurse;
}

/* visit over the function body fn, or, for a global target, over every function the TU defines. */
static void visit_fns(struct ex *x, CXCursor target, CXCursorVisitor visit, struct wvisit *v)
{
    if (!weft__ex_var_is_global(target) && clang_Cursor_getStorageClass(target) != CX_SC_Static) {
        clang_visitChildren(x->fn, visit, v);
        return;
    }
    struct kids kk;
    weft__ex_kids_get(clang_getTranslationUnitCursor(x->tu), &kk);
    for (unsigned i = 0; i < kk.n && !v->found; i++)
        if (clang_getCursorKind(kk.p[i]) == CXCursor_FunctionDecl && clang_isCursorDefinition(kk.p[i]))
            clang_visitChildren(kk.p[i], visit, v);
    weft__ex_kids_free(&kk);
}

struct block_of {
    unsigned at;   /* the statement's offset */
    CXCursor block; /* the compound statement it is a direct child of */
};

static enum CXChildVisitResult block_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct block_of *b = data;
    if (clang_getCursorKind(parent) == CXCursor_CompoundStmt && clang_getCursorKind(c) == CXCursor_ForStmt &&
        clang_getCursorExtent(c).begin_int_data == b->at) {
        b->block = parent;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/*
 * The create loop (x->loop) stores nothing where it hands its threads &a[i]: a for loop
 * before it in the same block that only does a[j] = K * j + B (K not 0) over a range holding
 * the create loop's (for (j = 0; j < N; j++) ids[j] = j;) gave each element handed out a
 * value of its own. 1 with *found the part stored (as below) and vals' vstride, vlo, vhi and
 * vsrc those stored, 0 when there is no such loop, 2 when there is one that may not keep the
 * values apart.
 */
/* Expression e names variable v somewhere in it. */
static int mentions(CXCursor e, CXCursor v)
{
    if (weft__ex_is_var(e, v))
        return 1;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int n = 0;
    for (unsigned i = 0; i < kk.n && !n; i++)
        n = mentions(kk.p[i], v);
    weft__ex_kids_free(&kk);
    return n;
}

/* A statement that may leave the loop's pass early (break, continue, goto, return). */
static int jumps(CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_BreakStmt || k == CXCursor_ContinueStmt || k == CXCursor_GotoStmt ||
        k == CXCursor_IndirectGotoStmt || k == CXCursor_ReturnStmt)
        return 1;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int n = 0;
    for (unsigned i = 0; i < kk.n && !n; i++)
        n = jumps(kk.p[i]);
    weft__ex_kids_free(&kk);
    return n;
}

static int earlier_init(struct ex *x, CXCursor create, CXCursor arg, CXCursor iv, const char **found,
                        struct weft__create *vals)
{
    if (clang_Cursor_isNull(x->loop) || !clang_Cursor_isNull(weft__ex_local_var(weft__ex_strip(arg))))
        return 0;
    long cs, clo, chi;
    if (x->nloops >= 16 || !weft__ex_counter_value(x, x->loop, iv, clang_getNullCursor(), create, &cs, &clo, &chi) ||
        clo > chi)
        return 0;
    struct block_of b = {clang_getCursorExtent(x->loop).begin_int_data, clang_getNullCursor()};
    clang_visitChildren(x->fn, block_visit, &b);
    if (clang_Cursor_isNull(b.block))
        return 0;
    struct kids kk;
    weft__ex_kids_get(b.block, &kk);
    int n = 0;
    for (unsigned i = 0; i < kk.n && clang_getCursorExtent(kk.p[i]).begin_int_data != b.at; i++) {
        CXCursor cond, body, jv = weft__ex_loop_counter(x, kk.p[i], &cond, &body);
        if (clang_Cursor_isNull(jv) || weft__ex_modifies(x, cond, jv, 0) || weft__ex_modifies(x, body, jv, 0))
            continue;
        /* Its body: a[j] = j (braced or not), or a block with such a statement of its own
         * (args[j].tid = j; args[j].n = 4;) that no pass leaves early. */
        CXCursor s = weft__ex_strip(body);
        if (clang_getCursorKind(s) == CXCursor_CompoundStmt) {
            struct kids bk;
            weft__ex_kids_get(s, &bk);
            CXCursor one = clang_getNullCursor();
            int stores = 0, leaves = jumps(s);
            for (unsigned j = 0; j < bk.n && !leaves; j++) {
                CXCursor t = weft__ex_strip(bk.p[j]);
                struct kids tk;
                weft__ex_kids_get(t, &tk);
                if (clang_getCursorKind(t) == CXCursor_BinaryOperator && tk.n == 2 &&
                    weft__ex_binop_is(x, tk.p[0], tk.p[1], "=") && stored_field(x, tk.p[0], arg, iv, jv) &&
                    mentions(tk.p[1], jv))
                    one = t, stores++; /* (a field given no value of j is not the one told apart) */
                weft__ex_kids_free(&tk);
            }
            s = bk.n == 1 ? weft__ex_strip(bk.p[0]) : stores == 1 ? one : clang_getNullCursor();
            n += 2 * (stores > 1); /* two stores there: which value stays is not read */
            weft__ex_kids_free(&bk);
        }
        if (clang_Cursor_isNull(s) || clang_getCursorKind(s) != CXCursor_BinaryOperator)
            continue;
        struct kids sk;
        weft__ex_kids_get(s, &sk);
        if (sk.n == 2 && weft__ex_binop_is(x, sk.p[0], sk.p[1], "=")) {
            const char *f = stored_field(x, sk.p[0], arg, iv, jv);
            CXCursor l = weft__ex_strip(sk.p[0]);
            const char *sz = weft__ex_int_size(x, clang_getCursorType(l));
            int bits = clang_getCursorKind(l) == CXCursor_MemberRefExpr && clang_Cursor_isBitField(clang_getCursorReferenced(l));
            long js, jlo, jhi, vs, vlo, vhi;
            /* Every element the create loop hands out was given a value K * j + B of its own
             * (the ranges read as if the walk stood in that loop's body). */
            x->lcur[x->nloops++] = kk.p[i];
            int covers = weft__ex_counter_value(x, kk.p[i], jv, clang_getNullCursor(), s, &js, &jlo, &jhi) &&
                         jlo <= jhi && js == 1 && jlo <= clo && chi <= jhi &&
                         weft__ex_counter_value(x, kk.p[i], jv, sk.p[1], s, &vs, &vlo, &vhi) && vs > 0 && vlo <= vhi;
            x->nloops--;
            if (f && sz && !bits && covers && weft__ex_no_narrowing(x, sk.p[1])) {
                *found = weft__ex_cat3(x, f, sz, ""), n++;
                vals->vstride = vs, vals->vlo = vlo, vals->vhi = vhi;
                vals->vsrc = weft__ex_value_bits(clang_getCursorType(weft__ex_strip(sk.p[1])));
            }
            else if (f)
                n += 2;
        }
        weft__ex_kids_free(&sk);
    }
    weft__ex_kids_free(&kk);
    return n;
}

const char *weft__ex_counter_stored(struct ex *x, CXCursor body, CXCursor create, CXCursor arg, CXCursor iv,
                                    struct weft__create *cr)
{
    if (clang_Cursor_isNull(body) || clang_Cursor_isNull(iv))
        return "";
    unsigned at = weft__ex_off_at(x, create);
    const char *found = "";
    int n = 0;
    struct kids kk;
    kk.p = kk.v, kk.n = 0; /* a body that is the create alone stores nothing before it */
    if (clang_getCursorKind(body) == CXCursor_CompoundStmt)
        weft__ex_kids_get(body, &kk);
    /* One statement of the body itself (not under an if), before the create: lvalue = iv. */
    for (unsigned i = 0; i < kk.n; i++) {
        CXCursor s = weft__ex_strip(kk.p[i]);
        if (weft__ex_off_at(x, s) >= at || clang_getCursorKind(s) != CXCursor_BinaryOperator)
            continue;
        struct kids sk;
        weft__ex_kids_get(s, &sk);
        if (sk.n == 2 && weft__ex_binop_is(x, sk.p[0], sk.p[1], "=") && weft__ex_is_var(sk.p[1], iv)) {
            const char *f = stored_field(x, sk.p[0], arg, iv, iv);
            CXCursor l = weft__ex_strip(sk.p[0]);
            const char *sz = weft__ex_int_size(x, clang_getCursorType(l));
            int bits = clang_getCursorKind(l) == CXCursor_MemberRefExpr && clang_Cursor_isBitField(clang_getCursorReferenced(l));
            if (f && sz && !bits && weft__ex_no_narrowing(x, sk.p[1]))
                found = weft__ex_cat3(x, f, sz, ""), n++;
            else if (f)
                n += 2; /* a store there that may not keep the values apart */
        }
        weft__ex_kids_free(&sk);
    }
    weft__ex_kids_free(&kk);
    struct weft__create vals = {.vstride = 0};
    if (!n)
        n = earlier_init(x, create, arg, iv, &found, &vals);
    if (n != 1)
        return "";
    /* ... and nothing else stores into the array or through the pointer (see below). */
    CXCursor a = weft__ex_strip(arg), target = weft__ex_local_var(a);
    if (clang_Cursor_isNull(target)) {
        CXCursor e = weft__ex_address_of(x, a);
        e = clang_Cursor_isNull(e) ? a : weft__ex_strip(e);
        while (!clang_Cursor_isNull(e) && clang_getCursorKind(e) != CXCursor_DeclRefExpr)
            e = weft__ex_strip(weft__ex_first_kid(e));
        target = clang_Cursor_isNull(e) ? e : clang_getCursorReferenced(e);
    }
    /* A local of this function (a global could be stored into by any function), stored into
     * nowhere else in the function and handed to no other call (it could be rewritten after
     * the loop, main's ids[0] = 1 while a thread has yet to read it). */
    if (clang_Cursor_isNull(target) || clang_getCursorKind(target) != CXCursor_VarDecl || clang_Cursor_isNull(x->fn))
        return "";
    struct wvisit v = {x, target, clang_getNullCursor(), create, 2, found, 0};
    if (weft__ex_var_is_global(target) || clang_Cursor_getStorageClass(target) == CX_SC_Static)
        clang_visitChildren(clang_getTranslationUnitCursor(x->tu), tu_write_visit, &v); /* every function's */
    else
        clang_visitChildren(x->fn, write_visit, &v);
    if (v.found != 1)
        return "";
    /* An array named as a value elsewhere (int *tail = ids + n - 1; *tail = 0;) may be
     * stored into through that pointer: only its elements ids[i] and &ids[i] are used. */
    if (weft__ex_is_array_type(clang_getCursorType(target))) {
        struct wvisit u = {x, target, clang_getNullCursor(), create, 0, found, 0};
        visit_fns(x, target, use_visit, &u);
        /* ... nor an element's address taken elsewhere: struct targ *q = &args[1]; q->tid = 0; */
        if (!u.found)
            visit_fns(x, target, addr_visit, &u);
        if (u.found)
            return "";
    }
    if (vals.vstride) {
        cr->vstride = vals.vstride, cr->vlo = vals.vlo, cr->vhi = vals.vhi;
        cr->vsrc = vals.vsrc;
    }
    return found;
}
