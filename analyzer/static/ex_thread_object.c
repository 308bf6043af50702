/* Thread objects a create wrapper hands back: its create's handle as a field of the object it returns, and the variable each call's object is stored in. */
#include "extract_internal.h"

#include <string.h>

/*
 * thread *launch(fn, arg) { thread *th = malloc(...); pthread_create(&th->id, ...); return th; }
 * w = launch(work, 0); ... join(w);   where join(thread *t) { pthread_join(t->id, 0); }
 *
 * The create's handle is "@r.id": field id of the object the function returns, which each
 * call's caller names by the variable it stores the result in (the CALL's ret key, "*g:w"
 * as an argument names it); join's handle "*@p0.id" is the same field of what its argument
 * points at. The caller's variable must hold nothing else: every value it is given (every
 * store to it, its initializer) is that function's result or a null pointer, nothing takes
 * its address or stores through it, and a global one is the TU's own (static).
 */

/* Whether t is a pointer to a struct with a thread handle member (pthread_t, thrd_t). */
static enum CXVisitorResult handle_field(CXCursor fld, CXClientData d)
{
    if (weft__ex_is_thread_handle(clang_getCursorType(fld))) {
        *(int *)d = 1;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

static int thread_object_pointer(CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_Pointer)
        return 0;
    CXType r = clang_getCanonicalType(clang_getPointeeType(t));
    int yes = 0;
    if (r.kind == CXType_Record)
        clang_Type_visitFields(r, handle_field, &yes);
    return yes;
}

/* ... or to a struct this TU does not see (typedef struct thread_s thread;): the caller's side. */
static int maybe_thread_object_pointer(CXType t)
{
    CXType r = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(t)));
    return thread_object_pointer(t) || (r.kind == CXType_Record && clang_Type_getSizeOf(r) == CXTypeLayoutError_Incomplete);
}

static int is_pointer(CXCursor e)
{
    return clang_getCanonicalType(clang_getCursorType(e)).kind == CXType_Pointer;
}

/* Every return statement of the body returns variable d. */
struct retvisit {
    CXCursor d;
    int n, bad;
};

static enum CXChildVisitResult ret_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct retvisit *v = data;
    if (clang_getCursorKind(c) != CXCursor_ReturnStmt)
        return CXChildVisit_Recurse;
    CXCursor e = weft__ex_strip(weft__ex_first_kid(c));
    v->n++;
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr || !clang_equalCursors(clang_getCursorReferenced(e), v->d))
        v->bad = 1;
    return v->bad ? CXChildVisit_Break : CXChildVisit_Continue;
}

const char *weft__ex_returned_handle(struct ex *x, CXCursor h)
{
    CXCursor m = weft__ex_address_of(x, h);
    m = clang_Cursor_isNull(m) ? m : weft__ex_strip(m);
    if (clang_Cursor_isNull(m) || clang_getCursorKind(m) != CXCursor_MemberRefExpr || x->loop_depth || x->has_goto ||
        !strcmp(x->fn_usr, "c:@F@main"))
        return NULL;
    CXCursor b = weft__ex_strip(weft__ex_first_kid(m));
    if (clang_getCursorKind(b) != CXCursor_DeclRefExpr || !is_pointer(b))
        return NULL;
    CXCursor d = clang_getCursorReferenced(b);
    struct local *l = clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d) ? weft__ex_local_of(x, d, 0) : NULL;
    if (!l || l->addr_taken || !weft__ex_fresh_local(x, d) || !thread_object_pointer(clang_getCursorType(d)))
        return NULL;
    struct retvisit v = {d, 0, 0};
    clang_visitChildren(x->body, ret_visit, &v);
    if (!v.n || v.bad)
        return NULL;
    return weft__ex_cat3(x, "@r.", weft__ex_name_of(x, clang_getCursorReferenced(m)), "");
}

/* The caller's variable: V, or V.f.g (members of a struct variable). */
struct vpath {
    CXCursor v;
    CXCursor f[8];
    int n;
};

/* The path lvalue e names (V, or V.f.g with no pointer on the way): 1 with *p filled,
 * outermost member first; else 0. */
static int path_of(CXCursor e, struct vpath *p)
{
    memset(p, 0, sizeof(*p));
    e = weft__ex_strip(e);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr && p->n < 8) {
        CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
        if (is_pointer(b))
            return 0;
        p->f[p->n++] = clang_getCursorReferenced(e);
        e = b;
    }
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    p->v = clang_getCursorReferenced(e);
    for (int i = 0; i < p->n / 2; i++) {
        CXCursor t = p->f[i];
        p->f[i] = p->f[p->n - 1 - i];
        p->f[p->n - 1 - i] = t;
    }
    return 1;
}

/* Whether e is the first k steps of path p (V, V.f[0], ...). */
static int same_path(CXCursor e, const struct vpath *p, int k)
{
    e = weft__ex_strip(e);
    if (k == 0)
        return clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), p->v);
    if (clang_getCursorKind(e) != CXCursor_MemberRefExpr)
        return 0;
    CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
    /* (another member of a union: the same bytes) */
    if (!clang_equalCursors(clang_getCursorReferenced(e), p->f[k - 1]) &&
        clang_getCursorKind(clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(b)))) != CXCursor_UnionDecl)
        return 0;
    return !is_pointer(b) && same_path(b, p, k - 1);
}

/* Whether variable d is named anywhere under c. */
static enum CXChildVisitResult mention_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    CXCursor *d = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), *d)) {
        *d = clang_getNullCursor();
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static int mentions(CXCursor c, CXCursor d)
{
    clang_visitChildren(c, mention_visit, &d);
    return clang_Cursor_isNull(d);
}

/* Whether e (casts aside) is the variable of path p (its value: what it points at). */
static int reaches_var(const struct vpath *p, CXCursor e)
{
    return same_path(weft__ex_strip(e), p, p->n);
}

struct cleanvisit {
    struct ex *x;
    const struct vpath *p;
    CXCursor callee;
    int dirty;
};

/* A value the variable may be given: the callee's result or a null pointer. */
static int good_value(struct ex *x, CXCursor e, CXCursor callee)
{
    e = weft__ex_strip(e);
    if (weft__ex_is_null_ptr(x, e))
        return 1;
    CXCursor f = clang_getCursorKind(e) == CXCursor_CallExpr ? clang_getCursorReferenced(e) : clang_getNullCursor();
    return !clang_Cursor_isNull(f) && !strcmp(weft__ex_usr_of(x, f), weft__ex_usr_of(x, callee));
}

/* A store (=, op=, ++, --) or & at c: whether it may give the variable another value, or
 * change what the object it holds holds. */
static enum CXChildVisitResult clean_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct cleanvisit *v = data;
    if (clang_getCursorKind(c) == CXCursor_CallExpr && clang_Cursor_getNumArguments(c) > 0) {
        /* memcpy(w, other, sizeof *w): the library writes through the value it is given */
        const char *n = weft__ex_name_of(v->x, clang_getCursorReferenced(c));
        if (weft__model_writes_arg0(n) && strcmp(n, "free") && strcmp(n, "realloc") &&
            reaches_var(v->p, clang_Cursor_getArgument(c, 0))) {
            v->dirty = 1;
            return CXChildVisit_Break;
        }
    }
    CXCursor t = weft__ex_store_target(v->x, c, WEFT__STORE_WRITE | WEFT__STORE_ADDR);
    if (clang_Cursor_isNull(t))
        return CXChildVisit_Recurse;
    int through = 0; /* below a pointer: memory the target points at */
    CXCursor e = weft__ex_strip(t);
    if (clang_getCursorKind(e) == CXCursor_GenericSelectionExpr) {
        v->dirty = mentions(e, v->p->v); /* (_Generic(0, int: w) = other) */
        return v->dirty ? CXChildVisit_Break : CXChildVisit_Recurse;
    }
    for (int depth = 0; depth < 24 && !v->dirty; depth++) {
        for (int k = 0; k <= v->p->n; k++) {
            if (!same_path(e, v->p, k))
                continue;
            if (depth == 0 && k == v->p->n) {
                /* the variable itself: only v = callee(...) or v = NULL */
                struct kids kk;
                weft__ex_kids_get(c, &kk);
                int ok = clang_getCursorKind(c) == CXCursor_BinaryOperator && kk.n == 2 &&
                         weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=") && good_value(v->x, kk.p[1], v->callee);
                weft__ex_kids_free(&kk);
                v->dirty = !ok;
            } else if (depth == 0 || (through && k == v->p->n)) {
                v->dirty = 1; /* what encloses it (g = ..., &g), or the object it points at */
            }
            break;
        }
        enum CXCursorKind kind = clang_getCursorKind(e);
        if (kind != CXCursor_MemberRefExpr && kind != CXCursor_ArraySubscriptExpr && kind != CXCursor_UnaryOperator)
            break;
        CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
        through |= kind == CXCursor_UnaryOperator || is_pointer(b);
        e = b;
    }
    return v->dirty ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* The first reference to variable d under c. */
struct refvisit {
    CXCursor d, ref;
};

static enum CXChildVisitResult ref_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct refvisit *v = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), v->d)) {
        v->ref = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

const char *weft__ex_call_ret_key(struct ex *x, CXCursor c, CXCursor callee)
{
    if (clang_Cursor_isNull(x->call_rhs) || !clang_equalCursors(c, x->call_rhs) || clang_Cursor_isNull(callee) ||
        !maybe_thread_object_pointer(clang_getCursorResultType(callee)))
        return "";
    struct vpath p;
    memset(&p, 0, sizeof(p));
    CXCursor ref = clang_getNullCursor();
    if (clang_getCursorKind(x->call_dest) == CXCursor_VarDecl) {
        p.v = x->call_dest;
        struct refvisit rv = {p.v, clang_getNullCursor()};
        clang_visitChildren(x->body, ref_visit, &rv);
        ref = rv.ref;
    } else {
        ref = weft__ex_strip(x->call_dest);
        if (!path_of(ref, &p))
            return "";
    }
    if (clang_Cursor_isNull(ref) || clang_getCursorKind(p.v) != CXCursor_VarDecl)
        return "";
    int global = weft__ex_var_is_global(p.v);
    /* a global another TU may change: not the TU's own (static) */
    if (global && clang_Cursor_getStorageClass(p.v) != CX_SC_Static)
        return "";
    CXCursor init = clang_Cursor_getVarDeclInitializer(p.v);
    if (!global && !p.n && !clang_Cursor_isNull(init) && !good_value(x, init, callee))
        return "";
    struct cleanvisit v = {x, &p, callee, 0};
    clang_visitChildren(global ? clang_getTranslationUnitCursor(x->tu) : x->body, clean_visit, &v);
    if (v.dirty)
        return "";
    const char *k = weft__ex_lock_key(x, ref);
    if (!strncmp(k, "*l:", 3) && !p.n && weft__ex_fresh_local(x, p.v))
        k = weft__ex_cat3(x, "h:", k + 3, ""); /* as a call's argument names it */
    int named = !strncmp(k, global ? "*g:" : "*l:", 3) || (!global && !strncmp(k, "h:", 2));
    return named && !strpbrk(k + 1, "[*~") ? k : "";
}

/* A create into a field of a local struct (pthread_create(&a.t, ...)): whether the function
 * may store another thread's id there (a.t = t2, a = b, ++), or lets a pointer reach it
 * other than as a call's argument (pa = &a; pa->t = t2: a private local's stores are no
 * accesses the linked program sees); a call's argument only to a function of this TU or
 * the thread API (memset(&a, ...) of the library may rewrite it). */
struct handlevisit {
    struct ex *x;
    const struct vpath *p;
    CXCursor create;
    int changed;
    unsigned args[16]; /* &a handed straight to a call (casts aside) that may have it: their hashes */
    int nargs;
    int whole; /* any store into the variable counts (an element's field: a[0].t) */
};

/* Whether e (casts aside) is the field or what holds it; for _Generic(0, int: a.t), any
 * association (which one is chosen is not read). */
static int reaches_handle(const struct vpath *p, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_GenericSelectionExpr) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int any = 0;
        for (unsigned i = 1; i < kk.n && !any; i++)
            any = clang_isExpression(clang_getCursorKind(kk.p[i])) && reaches_handle(p, kk.p[i]);
        weft__ex_kids_free(&kk);
        return any;
    }
    for (int k = 0; k <= p->n; k++)
        if (same_path(e, p, k))
            return 1;
    /* u.o.h against u.w.t: another member of a union on the way, the same bytes */
    CXCursor chain[8];
    int n = 0;
    for (CXCursor c = e; clang_getCursorKind(c) == CXCursor_MemberRefExpr && n < 8; n++) {
        chain[n] = c;
        c = weft__ex_strip(weft__ex_first_kid(c));
        if (is_pointer(c))
            return 0;
        if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && !clang_equalCursors(clang_getCursorReferenced(c), p->v))
            return 0;
    }
    if (!n || clang_getCursorKind(weft__ex_strip(weft__ex_first_kid(chain[n - 1]))) != CXCursor_DeclRefExpr)
        return 0;
    for (int i = 0; i < n && i < p->n; i++) {
        CXCursor m = chain[n - 1 - i]; /* (outermost first) */
        if (clang_equalCursors(clang_getCursorReferenced(m), p->f[i]))
            continue;
        CXCursor b = weft__ex_strip(weft__ex_first_kid(m));
        return clang_getCursorKind(clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(b)))) == CXCursor_UnionDecl;
    }
    return 1;
}

/* ... or, for an array's element (p->n 0), anything in the variable: a[0].t, a[i], a. */
static int reaches_in(const struct vpath *p, CXCursor e, int whole)
{
    if (!whole)
        return reaches_handle(p, e);
    for (int depth = 0; depth < 16; depth++) {
        e = weft__ex_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return clang_equalCursors(clang_getCursorReferenced(e), p->v);
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr)
            return reaches_handle(p, e);
        CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
        if (is_pointer(b))
            return 0;
        e = b;
    }
    return 0;
}

static enum CXChildVisitResult handle_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct handlevisit *v = data;
    if (clang_getCursorKind(c) == CXCursor_CallExpr) {
        /* &a as an argument: to a function of this TU or the thread API, whose stores through
         * it are accesses the linked program sees (link_handle_fields) */
        CXCursor f = clang_getCursorReferenced(c);
        const char *n = clang_Cursor_isNull(f) ? "" : weft__ex_name_of(v->x, f);
        int ok = !clang_Cursor_isNull(f) && (!clang_Cursor_isNull(clang_getCursorDefinition(f)) || !strncmp(n, "pthread_", 8) ||
                                             !strncmp(n, "thrd_", 5));
        for (int i = 0; ok && i < clang_Cursor_getNumArguments(c) && v->nargs < 16; i++) {
            CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)i));
            CXCursor in = weft__ex_address_of(v->x, a);
            if (!clang_Cursor_isNull(in) && reaches_in(v->p, in, v->whole))
                v->args[v->nargs++] = clang_hashCursor(a);
        }
        return CXChildVisit_Recurse;
    }
    CXCursor t = weft__ex_store_target(v->x, c, WEFT__STORE_WRITE | WEFT__STORE_ADDR);
    if (clang_Cursor_isNull(t) || !reaches_in(v->p, t, v->whole))
        return CXChildVisit_Recurse;
    int addr = !clang_Cursor_isNull(weft__ex_address_of(v->x, c));
    int passed = 0;
    for (int i = 0; addr && i < v->nargs && !passed; i++)
        passed = v->args[i] == clang_hashCursor(c);
    if (!addr || (!passed && !clang_equalCursors(c, weft__ex_strip(clang_Cursor_getArgument(v->create, 0)))))
        v->changed = 1;
    return v->changed ? CXChildVisit_Break : CXChildVisit_Recurse;
}

int weft__ex_local_handle_changed(struct ex *x, CXCursor create, CXCursor h)
{
    CXCursor e = weft__ex_address_of(x, h);
    e = clang_Cursor_isNull(e) ? e : weft__ex_strip(e);
    struct vpath p;
    memset(&p, 0, sizeof(p));
    /* a[0].t: an element's field; any store to a (a[0].t = t2, a[i] = b) may be to it */
    CXCursor r = e;
    int elem = 0;
    for (int depth = 0; depth < 16 && !clang_Cursor_isNull(r); depth++) {
        enum CXCursorKind rk = clang_getCursorKind(r);
        if (rk != CXCursor_MemberRefExpr && rk != CXCursor_ArraySubscriptExpr)
            break;
        CXCursor b = weft__ex_strip(weft__ex_first_kid(r));
        if (is_pointer(b))
            return 0;
        elem |= rk == CXCursor_ArraySubscriptExpr;
        r = b;
    }
    if (elem) {
        if (clang_getCursorKind(r) != CXCursor_DeclRefExpr || clang_getCursorKind(clang_getCursorReferenced(r)) != CXCursor_VarDecl ||
            weft__ex_var_is_global(clang_getCursorReferenced(r)))
            return 0;
        p.v = clang_getCursorReferenced(r); /* (p.n 0: the array, any store into it) */
        struct handlevisit v = {x, &p, create, 0, {0}, 0, 1};
        clang_visitChildren(x->body, handle_visit, &v);
        return v.changed;
    }
    if (clang_Cursor_isNull(e) || !path_of(e, &p) || !p.n || clang_getCursorKind(p.v) != CXCursor_VarDecl ||
        weft__ex_var_is_global(p.v))
        return 0;
    struct handlevisit v = {x, &p, create, 0, {0}, 0, 0};
    clang_visitChildren(x->body, handle_visit, &v);
    return v.changed;
}

void weft__ex_call_dest_set(struct ex *x, CXCursor dest, CXCursor rhs)
{
    x->call_dest = dest;
    x->call_rhs = clang_Cursor_isNull(rhs) ? rhs : weft__ex_strip(rhs);
}

/* The thread object type t points at, through at most 4 pointers (struct thread **): its
 * key ("t:struct thread"), else NULL. */
static const char *object_behind(struct ex *x, CXType t)
{
    t = clang_getCanonicalType(t);
    for (int depth = 0; depth < 4 && t.kind == CXType_Pointer; depth++) {
        if (maybe_thread_object_pointer(t))
            return weft__ex_type_key(x, "t:", clang_getPointeeType(t), "");
        t = clang_getCanonicalType(clang_getPointeeType(t));
    }
    return NULL;
}

static void pun(struct ex *x, const char *r)
{
    for (size_t i = 0; i < x->f->nbinds; i++)
        if (x->f->binds[i].kind == WEFT__FACT_PUN && !strcmp(x->f->binds[i].slot, r))
            return;
    weft__ex_fact(x, WEFT__FACT_PUN, r, "");
}

/*
 * A conversion c ((void *)t, (char *)t, (uintptr_t)t, a thread object handed to a void *
 * parameter, &t given to memcpy) of a pointer to a thread object's type (a struct with a
 * thread handle member, or one this TU knows by name only), or of a pointer to such a
 * pointer, to another type: stores through the result, by type, may overwrite the handle in
 * a create wrapper's object (link_handle_fields). So may a union member of such a type (its
 * bytes read as another member) and such a pointer handed to a variadic or unprototyped
 * function (va_arg may read it as any pointer): weft__ex_note_pun_arg. Noted once per TU and
 * type as a WEFT__FACT_PUN. The caller leaves out a deallocator's argument (free(t)): the
 * object is gone after it.
 */
void weft__ex_note_pun(struct ex *x, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(b))
            return;
        CXType bt = clang_getCanonicalType(clang_getCursorType(b));
        if (bt.kind == CXType_Pointer)
            bt = clang_getCanonicalType(clang_getPointeeType(bt));
        CXCursor bd = clang_getTypeDeclaration(bt);
        const char *r = clang_getCursorKind(bd) == CXCursor_UnionDecl ? object_behind(x, clang_getCursorType(c)) : NULL;
        if (r)
            pun(x, r);
        return;
    }
    if (k == CXCursor_ParenExpr)
        return;
    CXCursor in = weft__ex_strip_one(c);
    if (clang_Cursor_isNull(in))
        return;
    CXType to = clang_getCanonicalType(clang_getCursorType(c)), from = clang_getCanonicalType(clang_getCursorType(in));
    const char *r = object_behind(x, from);
    if (!r || to.kind == CXType_Bool || to.kind == CXType_Void)
        return;
    if (to.kind == CXType_Pointer && from.kind == CXType_Pointer &&
        !strcmp(weft__ex_type_key(x, "t:", clang_getPointeeType(from), ""),
                weft__ex_type_key(x, "t:", clang_getPointeeType(to), "")))
        return; /* (only a qualifier added: const struct thread *) */
    pun(x, r);
}

/* Argument a of call c (i-th): a thread object's pointer given where no parameter converts it
 * (a variadic function's ..., an unprototyped function) may be read back as any type. */
void weft__ex_note_pun_arg(struct ex *x, CXCursor c, CXCursor a, int i)
{
    CXCursor callee = weft__ex_first_kid(c);
    if (clang_Cursor_isNull(callee))
        return;
    CXType ft = clang_getCanonicalType(clang_getCursorType(callee));
    if (ft.kind == CXType_Pointer)
        ft = clang_getCanonicalType(clang_getPointeeType(ft));
    int loose = ft.kind == CXType_FunctionNoProto ||
                (ft.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(ft) && i >= clang_getNumArgTypes(ft));
    const char *r = loose ? object_behind(x, clang_getCursorType(weft__ex_strip(a))) : NULL;
    if (r)
        pun(x, r);
}
