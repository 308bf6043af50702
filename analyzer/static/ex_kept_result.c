/* Thread API results kept in memory the pass does not follow (a field, an element, a global, a local whose address is taken): the code after such a call may depend on its value in ways not read. */
#include "extract_internal.h"

/* A plain local: an automatic variable of this function whose address '&v' never appears
 * (its value is what the pass follows as an assumed success). */
static int plain_local(struct ex *x, CXCursor lhs)
{
    CXCursor e = weft__ex_strip(lhs);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return 0;
    return !weft__ex_hash_in(x->amp, x->namp, d);
}

/* e (parentheses and casts aside) calls a thread API function that returns 0 when it succeeds. */
static int zero_call(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_CallExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    return clang_getCursorKind(d) == CXCursor_FunctionDecl && clang_Cursor_isNull(clang_getCursorDefinition(d)) &&
           weft__model_zero_on_success(weft__ex_name_of(x, d));
}

static void keep(struct ex *x, CXCursor call)
{
    if (x->nkept < (int)(sizeof(x->kept) / sizeof(x->kept[0])))
        x->kept[x->nkept++] = weft__ex_off_at(x, weft__ex_strip(call));
    else
        x->kept_over = 1;
}

static enum CXChildVisitResult kept_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct ex *x = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids kk;
    if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        weft__ex_kids_get(c, &kk);
        /* rc[0] = pthread_mutex_lock(&m), s.rc = ..., last_rc = ... */
        if (kk.n == 2 && zero_call(x, kk.p[1]) && !plain_local(x, kk.p[0]) &&
            (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(x, kk.p[0], kk.p[1], "=")))
            keep(x, kk.p[1]);
        weft__ex_kids_free(&kk);
    } else if (k == CXCursor_VarDecl) {
        /* static int rc = ...; int rc = ... whose address is taken */
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        if (!clang_Cursor_isNull(init) && zero_call(x, init) &&
            (clang_Cursor_getStorageClass(c) == CX_SC_Static || weft__ex_hash_in(x->amp, x->namp, c)))
            keep(x, init);
    } else if (k == CXCursor_InitListExpr) {
        /* int rc[1] = {pthread_mutex_lock(&m)}; struct res r = {...} */
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            if (zero_call(x, kk.p[i]))
                keep(x, kk.p[i]);
        weft__ex_kids_free(&kk);
    }
    return CXChildVisit_Recurse;
}

/* Before the walk: the calls of function body x->body whose results are kept so. */
void weft__ex_kept_results(struct ex *x)
{
    x->nkept = x->kept_over = 0;
    clang_visitChildren(x->body, kept_visit, x);
}

/* Call c's result is kept in memory the pass does not follow. */
int weft__ex_result_kept(struct ex *x, CXCursor c)
{
    unsigned off = weft__ex_off_at(x, c);
    for (int i = 0; i < x->nkept; i++)
        if (x->kept[i] == off)
            return 1;
    return x->kept_over && zero_call(x, c);
}
