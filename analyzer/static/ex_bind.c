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
    if (clang_getCursorKind(weft__ex_strip(e)) == CXCursor_ConditionalOperator) {
        /* c ? f : g: either */
        struct kids kk;
        weft__ex_kids_get(weft__ex_strip(e), &kk);
        for (unsigned i = 1; i < kk.n; i++)
            weft__ex_bind_value(x, slot, kk.p[i]);
        weft__ex_kids_free(&kk);
        return;
    }
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
        else if (!weft__ex_is_null_ptr(x, weft__ex_strip(e)))
            weft__ex_fact(x, WEFT__FACT_FN_UNKNOWN, slot, ""); /* (a call's result, an element...: not followed) */
    }
}

#define MAX_INIT_FIELDS 64

struct fields {
    CXCursor f[MAX_INIT_FIELDS];
    int n, unnamed; /* unnamed: an unnamed member, or more fields than kept */
};

static enum CXVisitorResult field_list(CXCursor c, CXClientData d)
{
    struct fields *fs = d;
    CXString s = clang_getCursorSpelling(c);
    const char *n = clang_getCString(s);
    int named = n && *n;
    clang_disposeString(s);
    if (!named) {
        if (clang_Cursor_isBitField(c))
            return CXVisit_Continue; /* an unnamed bit-field takes no initializer */
        fs->unnamed = 1;
        return CXVisit_Break;
    }
    if (fs->n == MAX_INIT_FIELDS) {
        fs->unnamed = 1;
        return CXVisit_Break;
    }
    fs->f[fs->n++] = c;
    return CXVisit_Continue;
}

/* A designated initializer: 0 none; 1 .f = v (one field: *fld), 2 more designators
 * (.a.b = v, .a[1] = v); *val the value. */
static int designated(CXCursor e, CXCursor *fld, CXCursor *val)
{
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    int r = kk.n >= 2 && clang_getCursorKind(kk.p[0]) == CXCursor_MemberRef ? kk.n == 2 ? 1 : 2 : 0;
    if (r) {
        /* The last designator names the field the value initializes (.a.b: b). */
        CXCursor last = kk.p[kk.n - 2];
        *fld = clang_getCursorKind(last) == CXCursor_MemberRef ? clang_getCursorReferenced(last) : clang_getNullCursor();
        *val = kk.p[kk.n - 1];
        if (clang_getCursorKind(*fld) != CXCursor_FieldDecl) {
            *fld = clang_getNullCursor();
            r = 2;
        }
    }
    weft__ex_kids_free(&kk);
    return r;
}

/* Value v can initialize a field of type ft as written: an aggregate by a braced list, a
 * scalar by an expression (else braces were left out). */
static int fits(CXType ft, CXCursor v)
{
    enum CXTypeKind k = clang_getCanonicalType(ft).kind;
    int aggregate = k == CXType_Record || k == CXType_ConstantArray || k == CXType_IncompleteArray;
    return aggregate == (clang_getCursorKind(v) == CXCursor_InitListExpr);
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
            struct fields fs = {{{0}}, 0, 0};
            clang_Type_visitFields(ct, field_list, &fs);
            /* Each value to its field (.f = v, or the next field in order); where that cannot be
             * told (a union, an unnamed member, braces left out), to "any field" of the type. */
            const char *any = weft__ex_type_key(x, "f:", ct, ".*");
            int pos = fs.unnamed || clang_getCursorKind(clang_getTypeDeclaration(ct)) == CXCursor_UnionDecl ? -1 : 0;
            for (unsigned i = 0; i < kk.n; i++) {
                CXCursor v = kk.p[i], fld = clang_getNullCursor();
                int des = clang_getCursorKind(v) == CXCursor_UnexposedExpr ? designated(v, &fld, &v) : 0;
                if (des == 2) {
                    pos = -1; /* .a.b = v: v's own fields still bind exactly, by its type */
                } else if (des == 1 && pos >= 0) {
                    pos = -1;
                    for (int f = 0; f < fs.n && pos < 0; f++)
                        if (clang_equalCursors(fs.f[f], fld))
                            pos = f;
                } else if (!des && pos >= 0 && pos < fs.n) {
                    fld = fs.f[pos];
                } else {
                    pos = -1;
                }
                if (pos >= 0 && pos < fs.n && !fits(clang_getCursorType(fld), v))
                    pos = -1; /* braces left out: positions no longer follow the fields */
                const char *slot_i = pos >= 0 && pos < fs.n
                                         ? weft__ex_type_key(x, "f:", ct,
                                                             weft__ex_cat3(x, ".", weft__ex_name_of(x, fs.f[pos]), ""))
                                         : any;
                if (des == 2 && !clang_Cursor_isNull(fld)) /* .a.b = f: the field b of a's type */
                    slot_i = weft__ex_type_key(x, "f:", clang_getCursorType(clang_getCursorSemanticParent(fld)),
                                               weft__ex_cat3(x, ".", weft__ex_name_of(x, fld), ""));
                weft__ex_bind_init(x, slot_i, clang_getCursorType(v), v);
                if (pos >= 0)
                    pos++;
            }
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
        if (weft__ex_var_is_global(d)) {
            const char *g = weft__ex_cat3(ri->x, "g:", weft__ex_usr_of(ri->x, d), "");
            weft__ex_fact(ri->x, WEFT__FACT_ROOT, ri->root, g);
            /* A global's initializer names another only by its address (&g, an array): taken. */
            weft__ex_fact(ri->x, WEFT__FACT_ADDR, "", g);
        }
    }
    return CXChildVisit_Recurse;
}

/* A global pointer's initializer &X (&cfg, &u.s): what it points at until a store changes it
 * (POINTS, and POINTS_TYPE: the target's memory by type). */
static void points_init(struct ex *x, CXCursor d, CXCursor init)
{
    if (clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
        return;
    if (!weft__ex_is_null_ptr(x, init)) /* (objs + 1, c ? &a : &b: a first value all the same) */
        weft__ex_fact(x, WEFT__FACT_PTR_INIT, weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""), "");
    CXCursor lv = weft__ex_address_of(x, init);
    /* (an array, int *p = arr: some element of it) */
    CXCursor arr = weft__ex_strip(init);
    enum CXTypeKind at = clang_getCanonicalType(clang_getCursorType(arr)).kind;
    int array = clang_Cursor_isNull(lv) && clang_getCursorKind(arr) == CXCursor_DeclRefExpr &&
                (at == CXType_ConstantArray || at == CXType_IncompleteArray);
    if (array)
        lv = arr;
    const char *k = NULL;
    if (clang_Cursor_isNull(lv) || !weft__ex_lval(x, lv, &k, 0) || !k || strncmp(k, "g:", 2) || strpbrk(k, "[~"))
        return;
    /* (char *bp = (char *)&s: some part of s, "g:s~", whatever bp[i] reaches) */
    CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(d))));
    if (array || !clang_equalTypes(pt, clang_getCanonicalType(clang_getCursorType(lv))))
        k = weft__key_union_cut(k) ? k : weft__ex_cat3(x, k, "~", "");
    const char *slot = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
    weft__ex_fact(x, WEFT__FACT_POINTS, slot, k);
    weft__ex_fact(x, WEFT__FACT_POINTS_TYPE, slot, weft__ex_tloc_of(x, lv));
}

/* A global's initializer naming other globals (struct s A = {3, &p}): what they hold is
 * memory of A's root (ROOT facts). */
void weft__ex_root_init(struct ex *x, CXCursor d, CXCursor init)
{
    points_init(x, d, init);
    struct rootinit ri = {x, weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "")};
    clang_visitChildren(init, root_init_visit, &ri);
    if (clang_getCursorKind(init) == CXCursor_DeclRefExpr)
        root_init_visit(init, d, &ri);
}
