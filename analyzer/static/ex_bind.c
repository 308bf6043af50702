/* Binds: which functions a function-pointer slot may hold, and which globals a global's initializer names. */
#include "extract_internal.h"

/* Records a fact outside function bodies (facts.h, enum weft__fact_kind); NULL on ENOMEM. */
struct weft__fact *weft__ex_fact(struct ex *x, char kind, const char *slot, const char *target)
{
    struct weft__fact *b = WEFT__PUSH(x->f->binds, x->f->nbinds, x->f->capbinds);
    if (!b) {
        x->oom = 1;
        return NULL;
    }
    *b = (struct weft__fact){.kind = kind, .slot = slot, .target = target};
    return b;
}

/* Records that slot may receive whatever function value e carries. */
void weft__ex_bind_value(struct ex *x, const char *slot, CXCursor e)
{
    if (!slot || !*slot)
        return;
    const char *u = weft__ex_fn_ref(x, e);
    if (u) {
        weft__ex_fact(x, WEFT__FACT_FN, slot, u);
        return;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (t.kind == CXType_Pointer && clang_getCanonicalType(clang_getPointeeType(t)).kind == CXType_FunctionProto) {
        const char *from = weft__ex_fn_slot(x, e);
        if (*from)
            weft__ex_fact(x, WEFT__FACT_COPY, slot, from);
    }
}

/* Binds every function named inside an initializer to the slot (and fields of it). */
void weft__ex_bind_init(struct ex *x, const char *slot, CXType t, CXCursor init)
{
    enum CXCursorKind k = clang_getCursorKind(init);
    if (k == CXCursor_InitListExpr) {
        CXType ct = clang_getCanonicalType(t);
        struct kids kk;
        weft__ex_kids_get(init, &kk);
        if (ct.kind == CXType_Record) {
            /* Designated or positional, fields are matched by type order loosely: bind to "any field". */
            const char *any = weft__ex_type_key(x, "f:", ct, ".*");
            for (unsigned i = 0; i < kk.n; i++)
                weft__ex_bind_init(x, any, clang_getCursorType(kk.p[i]), kk.p[i]);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                weft__ex_bind_init(x, slot, clang_getCursorType(kk.p[i]), kk.p[i]);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    const char *u = weft__ex_fn_ref(x, init);
    if (u) {
        weft__ex_fact(x, WEFT__FACT_FN, slot, u);
        return;
    }
    if (clang_getCursorKind(init) == CXCursor_UnexposedExpr) {
        /* A designated initializer (.cb = f): its last child is the value. */
        struct kids kk;
        weft__ex_kids_get(init, &kk);
        if (kk.n >= 2)
            weft__ex_bind_init(x, slot, clang_getCursorType(kk.p[kk.n - 1]), kk.p[kk.n - 1]);
        weft__ex_kids_free(&kk);
        if (kk.n >= 2)
            return;
    }
    weft__ex_bind_value(x, slot, init);
}

struct rootinit {
    struct ex *x;
    const char *root;
};

static enum CXChildVisitResult root_init_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct rootinit *ri = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(c);
        if (weft__ex_var_is_global(d))
            weft__ex_fact(ri->x, WEFT__FACT_ROOT, ri->root, weft__ex_cat3(ri->x, "g:", weft__ex_usr_of(ri->x, d), ""));
    }
    return CXChildVisit_Recurse;
}

/* A global's initializer naming other globals (struct s A = {3, &p}): what they hold is
 * memory of A's root (ROOT facts). */
void weft__ex_root_init(struct ex *x, CXCursor d, CXCursor init)
{
    struct rootinit ri = {x, weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "")};
    clang_visitChildren(init, root_init_visit, &ri);
    if (clang_getCursorKind(init) == CXCursor_DeclRefExpr)
        root_init_visit(init, d, &ri);
}
