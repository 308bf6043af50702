/* Arrays indexed by a thread's creation index: a local array of pointers keeping each thread's object (jobs[i] = j; pthread_create(&t[i], 0, f, j)) and the accesses through its elements (jobs[i]->out), and a handle array whose element k keeps the thread created into it (t[i] after pthread_join(t[i]) names that thread's index). */
#include "extract_internal.h"
#include "models.h"

#include <string.h>

/* A's name (weft__ex_local_name): A a local array of pointers of the function, not static;
 * else "". */
static const char *slot_array_name(struct ex *x, CXCursor a)
{
    CXCursor d = clang_getCursorKind(a) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(a) : clang_getNullCursor();
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static || !x->fn_usr)
        return "";
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (t.kind != CXType_ConstantArray ||
        clang_getCanonicalType(clang_getArrayElementType(t)).kind != CXType_Pointer)
        return "";
    return weft__ex_local_name(x, d);
}

/* e is A[v] (casts aside), A a local array of pointers: A's name, *base A's reference and
 * *ix the index; else "". */
static const char *slot_element(struct ex *x, CXCursor e, CXCursor *base, CXCursor *ix)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_ArraySubscriptExpr)
        return "";
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    *base = kk.n == 2 ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
    *ix = kk.n == 2 ? kk.p[1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    return clang_Cursor_isNull(*base) ? "" : slot_array_name(x, *base);
}

/* The array variable an lvalue's members and elements are in (t[i], ws[i].tid: t, ws), and
 * whether a member named member is on the way; a null cursor past a pointer. */
static CXCursor array_root(CXCursor e, const char *member, int *through)
{
    *through = 0;
    for (int depth = 0; depth < 16; depth++) {
        e = weft__ex_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return clang_getCursorReferenced(e);
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr)
            return clang_getNullCursor();
        CXCursor b = weft__ex_first_kid(e);
        if (clang_Cursor_isNull(b) || (k == CXCursor_MemberRefExpr &&
                                       clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer))
            return clang_getNullCursor();
        if (k == CXCursor_MemberRefExpr) {
            CXString sp = clang_getCursorSpelling(e);
            *through |= *member && !strcmp(clang_getCString(sp), member);
            clang_disposeString(sp);
        }
        e = b;
    }
    return clang_getNullCursor();
}

struct array_uses {
    struct ex *x;
    CXCursor arr;         /* the array's declaration */
    const char *member;   /* what each element keeps in a member (ws[i].tid: "tid"), "" the element */
    int creates;          /* stores allowed: a thread create's handle argument (&t[i]) too */
    unsigned allowed[32]; /* where the stores allowed start */
    int nallowed, refs, subs, bad;
};

static enum CXChildVisitResult array_uses_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct array_uses *u = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    struct weft__create_model m;
    if (u->creates && k == CXCursor_CallExpr) {
        CXCursor f = clang_getCursorReferenced(c);
        const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(u->x, f) : "";
        if (weft__model_thread_create(n, &m) && clang_Cursor_getNumArguments(c) == m.nargs && u->nallowed < 32)
            u->allowed[u->nallowed++] = weft__ex_off_at(u->x, weft__ex_strip(clang_Cursor_getArgument(c, 0)));
    }
    if (k == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), u->arr))
        u->refs++;
    if (k == CXCursor_ArraySubscriptExpr) {
        CXCursor b = weft__ex_strip(weft__ex_first_kid(c));
        u->subs += clang_getCursorKind(b) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(b), u->arr);
    }
    /* A store to the array, an element or the member kept (or its address taken) other than
     * those allowed, by place (cursors reached by two walks need not compare equal). */
    CXCursor t = weft__ex_store_target(u->x, c, WEFT__STORE_WRITE | WEFT__STORE_ADDR);
    int through;
    if (!clang_Cursor_isNull(t) && clang_equalCursors(array_root(t, u->member, &through), u->arr)) {
        int given = 0;
        for (int i = 0; i < u->nallowed && !given; i++)
            given = u->allowed[i] == weft__ex_off_at(u->x, c);
        /* (ws[i].id = i: another member than the handle's, written) */
        int other = clang_Cursor_isNull(weft__ex_address_of(u->x, c)) && *u->member && !through &&
                    clang_getCursorKind(weft__ex_strip(t)) == CXCursor_MemberRefExpr;
        u->bad |= !given && !other;
    }
    return u->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* u's array, a local of the function, is only ever indexed (never handed on, copied,
 * aliased) and stored to only by u's stores allowed. */
static int indexed_only(struct ex *x, struct array_uses *u)
{
    clang_visitChildren(x->fn, array_uses_visit, u);
    return !u->bad && u->refs == u->subs;
}

const char *weft__ex_slot_array_of_create(struct ex *x, CXCursor body, CXCursor iv, CXCursor call, CXCursor arg, CXCursor h)
{
    /* The handle &t[i] and the argument j, a local, by the loop's counter i. */
    CXCursor hs = weft__ex_strip(h);
    if (clang_getCursorKind(hs) == CXCursor_UnaryOperator)
        hs = weft__ex_strip(weft__ex_first_kid(hs));
    if (clang_Cursor_isNull(iv) || clang_getCursorKind(hs) != CXCursor_ArraySubscriptExpr ||
        clang_getCursorKind(body) != CXCursor_CompoundStmt)
        return "";
    struct kids hk;
    weft__ex_kids_get(hs, &hk);
    int by_counter = hk.n == 2 && clang_equalCursors(weft__ex_index_var(hk.p[1]), iv);
    weft__ex_kids_free(&hk);
    if (!by_counter)
        return "";
    CXCursor av = weft__ex_strip(arg);
    CXCursor j = clang_getCursorKind(av) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(av) : clang_getNullCursor();
    if (clang_getCursorKind(j) != CXCursor_VarDecl)
        return "";
    /* A statement of the body, before the one holding the create, is A[i] = j; nothing
     * between them stores to j. */
    unsigned coff = weft__ex_off_at(x, call);
    struct kids kk;
    weft__ex_kids_get(body, &kk);
    const char *name = "";
    CXCursor store = clang_getNullCursor(), arr = clang_getNullCursor();
    for (unsigned i = 0; i < kk.n && weft__ex_off_at(x, kk.p[i]) < coff; i++) {
        CXCursor s = kk.p[i];
        if (*name && weft__ex_modifies(x, s, j, 0))
            name = "";
        if (clang_getCursorKind(s) != CXCursor_BinaryOperator)
            continue;
        struct kids sk;
        weft__ex_kids_get(s, &sk);
        CXCursor b, ix;
        const char *n = sk.n == 2 && weft__ex_binop_exact(x, sk.p[0], sk.p[1], "=") && weft__ex_is_var(weft__ex_strip(sk.p[1]), j)
                            ? slot_element(x, sk.p[0], &b, &ix)
                            : "";
        if (*n && clang_equalCursors(weft__ex_index_var(ix), iv)) {
            name = n;
            store = s;
            arr = clang_getCursorReferenced(b);
        }
        weft__ex_kids_free(&sk);
    }
    weft__ex_kids_free(&kk);
    if (!*name)
        return "";
    /* A's elements are stored to only there, and A is only ever indexed (never handed on). */
    struct array_uses u = {.x = x, .arr = arr, .member = "", .allowed = {weft__ex_off_at(x, store)}, .nallowed = 1};
    return indexed_only(x, &u) ? name : "";
}

const char *weft__ex_slot_access(struct ex *x, CXCursor c, const char **var)
{
    /* Down the members of one object (p->s.f, p->a[k]) to the one pointer they go through:
     * A[v]. */
    CXCursor e = weft__ex_strip(c);
    int derefs = 0;
    *var = "";
    for (int depth = 0; depth < 16; depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        CXCursor base;
        if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr ||
            (k == CXCursor_UnaryOperator && weft__ex_unop_deref_typed(e, weft__ex_first_kid(e))))
            base = weft__ex_first_kid(e);
        else
            return "";
        if (clang_Cursor_isNull(base))
            return "";
        int ptr = clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer;
        derefs += ptr || k == CXCursor_UnaryOperator;
        if (derefs > 1)
            return "";
        CXCursor b, ix;
        const char *n = ptr ? slot_element(x, base, &b, &ix) : "";
        if (*n) {
            *var = weft__ex_subscript_var(x, weft__ex_strip(base));
            return **var ? n : "";
        }
        e = weft__ex_strip(base);
    }
    return "";
}

int weft__ex_handles_indexed_only(struct ex *x, CXCursor h)
{
    h = weft__ex_strip(h);
    const char *member = "";
    if (clang_getCursorKind(h) == CXCursor_MemberRefExpr)
        member = weft__ex_name_of(x, clang_getCursorReferenced(h));
    int through;
    CXCursor d = array_root(h, member, &through);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static ||
        clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_ConstantArray)
        return 0;
    struct array_uses u = {.x = x, .arr = d, .member = member, .creates = 1};
    return indexed_only(x, &u);
}
