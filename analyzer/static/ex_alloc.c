/* Allocators: which calls return fresh memory no other thread can reach yet. */
#include "extract_internal.h"

/* Whether f is a library allocator (malloc, calloc, ...; for a hook not realloc, which may
 * hand back the block it was given). */
static int library_allocator(struct ex *x, CXCursor f)
{
    return clang_getCursorKind(f) == CXCursor_FunctionDecl && weft__model_allocates(weft__ex_name_of(x, f));
}

static int hook_allocator(struct ex *x, CXCursor f)
{
    return library_allocator(x, f) && strcmp(weft__ex_name_of(x, f), "realloc");
}

/* A library function a hook of kind (1 allocator, 2 deallocator) may hold. */
static int hook_fn(struct ex *x, CXCursor f, int kind)
{
    if (kind == 1)
        return hook_allocator(x, f);
    return clang_getCursorKind(f) == CXCursor_FunctionDecl && !strcmp(weft__ex_name_of(x, f), "free");
}

/* Every store to hook v->d (its address taken: bad) must give it a library function of its
 * kind, or a parameter of a function of this TU (yarn_mem(lease, vacate) { my_malloc_f =
 * lease; }): those are noted, and the program must pass nothing else there (link_hooks). */
#define HOOK_PARAMS 4
struct hookvisit {
    struct ex *x;
    CXCursor d;
    int kind, bad, nparams;
    CXCursor fn[HOOK_PARAMS];
    int index[HOOK_PARAMS];
};

/* The position of parameter pd in its function's definition, or -1. */
static int param_index(CXCursor pd, CXCursor *fn)
{
    *fn = clang_getCursorSemanticParent(pd);
    if (clang_getCursorKind(*fn) != CXCursor_FunctionDecl || !clang_isCursorDefinition(*fn))
        return -1;
    int n = clang_Cursor_getNumArguments(*fn);
    for (int i = 0; i < n; i++)
        if (clang_equalCursors(clang_Cursor_getArgument(*fn, (unsigned)i), pd))
            return i;
    return -1;
}

static enum CXChildVisitResult hook_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct hookvisit *v = data;
    CXCursor t = weft__ex_store_target(v->x, c, WEFT__STORE_WRITE | WEFT__STORE_ADDR);
    t = clang_Cursor_isNull(t) ? t : weft__ex_strip(t);
    if (clang_Cursor_isNull(t) || clang_getCursorKind(t) != CXCursor_DeclRefExpr ||
        !clang_equalCursors(clang_getCursorReferenced(t), v->d))
        return CXChildVisit_Recurse;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor r = kk.n == 2 && clang_getCursorKind(c) == CXCursor_BinaryOperator && weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=")
                     ? weft__ex_strip(kk.p[1])
                     : clang_getNullCursor();
    CXCursor rd = clang_Cursor_isNull(r) || clang_getCursorKind(r) != CXCursor_DeclRefExpr ? clang_getNullCursor() : clang_getCursorReferenced(r);
    v->bad = !hook_fn(v->x, rd, v->kind);
    if (v->bad && clang_getCursorKind(rd) == CXCursor_ParmDecl && v->nparams < HOOK_PARAMS) {
        int i = param_index(rd, &v->fn[v->nparams]);
        if (i >= 0) {
            v->index[v->nparams++] = i;
            v->bad = 0;
        }
    }
    weft__ex_kids_free(&kk);
    return v->bad ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* A call through a hook of kind (1 allocator, 2 deallocator): a static function pointer a
 * library function of that kind initializes (static void *(*alloc_f)(size_t) = malloc;)
 * that is given nothing but such functions and parameters (a WEFT__FACT_HOOK fact each: the
 * link checks what the program passes). Memoized per TU. */
static int hook(struct ex *x, CXCursor d, int kind)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl || !weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) != CX_SC_Static)
        return 0;
    unsigned h = clang_hashCursor(d);
    for (int i = 0; i < x->nhooks; i++)
        if (x->hooks[i] == h && x->hook_kind[i] == kind)
            return x->hook_yes[i];
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    init = clang_Cursor_isNull(init) ? init : weft__ex_strip(init);
    CXCursor f = clang_Cursor_isNull(init) || clang_getCursorKind(init) != CXCursor_DeclRefExpr ? clang_getNullCursor()
                                                                                             : clang_getCursorReferenced(init);
    int yes = hook_fn(x, f, kind);
    if (yes) {
        struct hookvisit v = {.x = x, .d = d, .kind = kind};
        clang_visitChildren(clang_getTranslationUnitCursor(x->tu), hook_visit, &v);
        /* (no room to remember it: no parameters, so that the facts are made once) */
        yes = !v.bad && (!v.nparams || x->nhooks < (int)(sizeof(x->hooks) / sizeof(x->hooks[0])));
        const char *slot = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
        for (int i = 0; yes && i <= v.nparams; i++) { /* (and one with no parameter: the hook itself) */
            char b[24];
            snprintf(b, sizeof(b), "#%d", i < v.nparams ? v.index[i] : 0);
            struct weft__fact *F = weft__ex_fact(
                x, WEFT__FACT_HOOK, slot, i < v.nparams ? weft__ex_cat3(x, "p:", weft__ex_usr_of(x, v.fn[i]), b) : "");
            if (F)
                F->value = kind;
        }
    }
    if (x->nhooks < (int)(sizeof(x->hooks) / sizeof(x->hooks[0]))) {
        x->hooks[x->nhooks] = h;
        x->hook_kind[x->nhooks] = (unsigned char)kind;
        x->hook_yes[x->nhooks++] = (unsigned char)yes;
    }
    return yes;
}

/* Whether a call frees its first argument: free, or a call through a free hook. */
int weft__ex_is_free_call(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    return hook(x, d, 2) || hook_fn(x, d, 2);
}

CXCursor weft__ex_free_hook_target(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    if (!hook(x, d, 2))
        return clang_getNullCursor();
    CXCursor init = weft__ex_strip(clang_Cursor_getVarDeclInitializer(d));
    return clang_getCursorKind(init) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(init) : clang_getNullCursor();
}

/* Whether a call returns fresh memory: a library allocator (see models.h), a hook of them, or
 * an allocator of this TU. */
int weft__ex_is_alloc_call(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    if (hook(x, d, 1))
        return 1;
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    if (library_allocator(x, d))
        return 1;
    /* A function of this TU that returns fresh memory it did not hand to anyone. */
    CXCursor def = clang_getCursorDefinition(d);
    return !clang_Cursor_isNull(def) && clang_getCursorKind(def) == CXCursor_FunctionDecl && weft__ex_allocator(x, def);
}

/* Whether e is &v[...] or &v->f... (the address of a part of what v points at). */
static int part_address(struct ex *x, CXCursor e, CXCursor v)
{
    CXCursor in = weft__ex_address_of(x, e);
    /* (an array member named as a value, c->vals: its first element's address) */
    CXType et = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(e)));
    if (clang_Cursor_isNull(in) && (et.kind == CXType_ConstantArray || et.kind == CXType_IncompleteArray) &&
        clang_getCursorKind(weft__ex_strip(e)) == CXCursor_MemberRefExpr)
        in = weft__ex_strip(e);
    for (int depth = 0; depth < 8 && !clang_Cursor_isNull(in); depth++) {
        in = weft__ex_strip(in);
        enum CXCursorKind k = clang_getCursorKind(in);
        if (k == CXCursor_DeclRefExpr)
            return depth > 0 && clang_equalCursors(clang_getCursorReferenced(in), v);
        if (k != CXCursor_ArraySubscriptExpr && k != CXCursor_MemberRefExpr)
            return 0;
        in = weft__ex_first_kid(in);
    }
    return 0;
}

/* A call that may let &v[i] or &v->f it is given escape: a thread's argument, a library call
 * that keeps the pointer, a function of this TU that publishes its parameter. */
static int call_publishes_part(struct ex *x, CXCursor c, CXCursor v)
{
    CXCursor d = clang_getCursorReferenced(c);
    CXString s = clang_getCursorSpelling(d);
    const char *sn = clang_getCString(s);
    struct weft__create_model m;
    int create = sn && weft__model_thread_create(sn, &m) ? m.arg : -1, n = clang_Cursor_getNumArguments(c), r = 0;
    CXCursor def = clang_getCursorKind(d) == CXCursor_FunctionDecl ? clang_getCursorDefinition(d) : clang_getNullCursor();
    /* (a call through a pointer, or of a function of another file, not the C library's:
     * what it does with the part is not seen) */
    int unseen = clang_getCursorKind(d) != CXCursor_FunctionDecl ||
                 (clang_Cursor_isNull(def) && !clang_Location_isInSystemHeader(clang_getCursorLocation(d)));
    for (int i = 0; i < n && !r; i++) {
        if (!part_address(x, clang_Cursor_getArgument(c, (unsigned)i), v))
            continue;
        int q, cls = clang_Cursor_isNull(def) ? 0 : weft__ex_param_class(x, def, i, &q);
        /* (1: stored where parameter q points; into the fresh object itself, or 2 with q
         * itself, list->next = list of INIT_LIST_HEAD(&v->list): it stays the object's) */
        CXCursor qa = cls == 1 && q >= 0 && q < n ? weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)q)) : clang_getNullCursor();
        int inside = !clang_Cursor_isNull(qa) &&
                     (part_address(x, qa, v) ||
                      (clang_getCursorKind(qa) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(qa), v)));
        r = i == create || unseen || (sn && clang_Cursor_isNull(def) && weft__model_keeps_pointer(sn, i)) ||
            (cls != 0 && !inside && !(cls == 2 && q == i));
    }
    clang_disposeString(s);
    return r;
}

/*
 * How the fresh pointer v may be used in an allocator: assigned allocations, dereferenced
 * (v->f, v[i], *v), tested (!v, v == NULL), returned. Any other use (passed to a call,
 * copied, stored) may publish it. Sets *bad; counts returns of anything but v or an
 * allocation in *bad too.
 */
static void fresh_uses(struct ex *x, CXCursor c, CXCursor v, enum CXCursorKind parent, int first, int *bad)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (*bad)
        return;
    /* c->vals kept anywhere but a call's argument: as &c->vals[0] */
    if (k == CXCursor_MemberRefExpr && parent != CXCursor_CallExpr && parent != CXCursor_MemberRefExpr &&
        parent != CXCursor_ArraySubscriptExpr && part_address(x, c, v)) {
        *bad = 1;
        return;
    }
    if (k == CXCursor_CallExpr && call_publishes_part(x, c, v)) {
        *bad = 1; /* create(&t, 0, fn, &v[i]): a part of it is another thread's from then on */
        return;
    }
    if (k == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), v)) {
        int ok = (parent == CXCursor_MemberRefExpr && first) || (parent == CXCursor_ArraySubscriptExpr && first) ||
                 parent == CXCursor_UnaryOperator || parent == CXCursor_ReturnStmt ||
                 (parent == CXCursor_BinaryOperator && first);
        *bad |= !ok;
        return;
    }
    if (k == CXCursor_ReturnStmt) {
        CXCursor r = weft__ex_strip(weft__ex_first_kid(c));
        int ok =
            clang_Cursor_isNull(r) || weft__ex_is_null_ptr(x, r) ||
            (clang_getCursorKind(r) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(r), v)) ||
            (clang_getCursorKind(r) == CXCursor_CallExpr && weft__ex_is_alloc_call(x, r));
        if (!ok) {
            *bad = 1;
            return;
        }
    }
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        /* v = something: only another allocation; v compared or assigned: fine as the left side. */
        if (kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "=") &&
            clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(weft__ex_strip(kk.p[0])), v)) {
            CXCursor r = weft__ex_strip(kk.p[1]);
            *bad |= !(clang_getCursorKind(r) == CXCursor_CallExpr && weft__ex_is_alloc_call(x, r));
            fresh_uses(x, kk.p[1], v, k, 0, bad);
        } else if (kk.n == 2 &&
                   (weft__ex_binop_is(x, kk.p[0], kk.p[1], "==") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "!="))) {
            for (unsigned i = 0; i < kk.n; i++)
                fresh_uses(x, kk.p[i], v, k, 1, bad);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                fresh_uses(x, kk.p[i], v, CXCursor_InvalidCode, 0, bad); /* any other operator: a copy */
        }
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        if (!clang_Cursor_isNull(op)) {
            weft__ex_unop(x, c, op, o);
            CXCursor in = weft__ex_strip(op);
            if (!strcmp(o, "&") && clang_getCursorKind(in) == CXCursor_DeclRefExpr &&
                clang_equalCursors(clang_getCursorReferenced(in), v)) {
                *bad = 1; /* &v: written through a pointer anyone may hold */
                return;
            }
            /* &v->f kept anywhere but a call's argument (those: call_publishes_part): a
             * local or global that may hand it to a thread */
            if (!strcmp(o, "&") && parent != CXCursor_CallExpr && part_address(x, c, v)) {
                *bad = 1;
                return;
            }
        }
    }
    int transparent = k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        fresh_uses(x, kk.p[i], v, transparent ? parent : k, transparent ? first : i == 0, bad);
    weft__ex_kids_free(&kk);
}

/* The variable an allocator returns, if it returns one: the first 'return v;' found. */
static CXCursor returned_var(CXCursor c)
{
    if (clang_getCursorKind(c) == CXCursor_ReturnStmt) {
        CXCursor r = weft__ex_strip(weft__ex_first_kid(c));
        CXCursor d = clang_getCursorReferenced(r);
        if (clang_getCursorKind(r) == CXCursor_DeclRefExpr && clang_getCursorKind(d) == CXCursor_VarDecl)
            return d;
    }
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor v = clang_getNullCursor();
    for (unsigned i = 0; i < kk.n && clang_Cursor_isNull(v); i++)
        v = returned_var(kk.p[i]);
    weft__ex_kids_free(&kk);
    return v;
}

/*
 * Whether def returns fresh memory nobody else has: every return is an allocation, a null
 * pointer, or one local v whose values are all allocations and which is only dereferenced
 * or tested. Memoized per TU; calls nested deeper than 4 are taken as not fresh.
 */
int weft__ex_allocator(struct ex *x, CXCursor def)
{
    unsigned h = clang_hashCursor(def);
    for (int i = 0; i < x->nallocs; i++)
        if (x->allocs[i] == h)
            return x->alloc_yes[i];
    if (x->alloc_depth > 4 || clang_getCanonicalType(clang_getCursorResultType(def)).kind != CXType_Pointer)
        return 0;
    x->alloc_depth++;
    CXCursor body = weft__ex_fn_body(def);
    int bad = clang_Cursor_isNull(body);
    if (!bad) {
        CXCursor v = returned_var(body);
        bad = !clang_Cursor_isNull(v) && weft__ex_var_is_global(v); /* a static buffer is no fresh memory */
        if (!bad && !clang_Cursor_isNull(v)) {
            /* v's declaration: an initializer, if any, must be an allocation too. */
            struct kids dk;
            weft__ex_kids_get(v, &dk);
            CXCursor init = dk.n && clang_isExpression(clang_getCursorKind(dk.p[dk.n - 1]))
                                ? weft__ex_strip(dk.p[dk.n - 1])
                                : clang_getNullCursor();
            bad = !clang_Cursor_isNull(init) &&
                  !(clang_getCursorKind(init) == CXCursor_CallExpr && weft__ex_is_alloc_call(x, init));
            weft__ex_kids_free(&dk);
        }
        if (!bad)
            fresh_uses(x, body, v, CXCursor_CompoundStmt, 0, &bad);
    }
    x->alloc_depth--;
    if (x->nallocs < 64) {
        x->allocs[x->nallocs] = h;
        x->alloc_yes[x->nallocs++] = (unsigned char)!bad;
    }
    return !bad;
}
