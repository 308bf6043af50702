/* Where globals' addresses go: a global array named as a value (p = a, f(a), a + i) is its
 * address, a[i] is not; and a lock whose address only ever goes straight to
 * pthread_mutex_lock & co. (&m, &s.m, &locks[i]) is never what an unknown pointer names. */
#include "extract_internal.h"
#include "models.h"

enum { U_VALUE, U_LVALUE, U_SYNC };

static void mark(struct ex *x, CXCursor lv, char kind)
{
    CXCursor d = weft__ex_var_of(lv);
    if (!clang_Cursor_isNull(d) && weft__ex_var_is_global(d))
        weft__ex_fact(x, kind, "", weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""));
}

static int is_array(CXCursor e)
{
    enum CXTypeKind t = clang_getCanonicalType(clang_getCursorType(e)).kind;
    return t == CXType_ConstantArray || t == CXType_IncompleteArray || t == CXType_VariableArray;
}

struct uview {
    struct ex *x;
    const char *tl;
};

static enum CXVisitorResult union_member_type(CXCursor fld, CXClientData d)
{
    struct uview *u = d;
    CXType t = clang_getCanonicalType(clang_getCursorType(fld));
    while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    if (t.kind != CXType_Record)
        weft__ex_fact(u->x, WEFT__FACT_ADDR, weft__ex_type_key(u->x, "t:", t, ""), u->tl);
    return CXVisit_Continue;
}

/* The address of a union's storage formed as a value other than through a member (&u kept
 * as a void *, &u.c[2] of an array member): pointers of each member's type may reach the
 * union's location (findings.c typed_into_fields). */
static void union_views(struct ex *x, CXCursor lv)
{
    CXCursor m = lv;
    int elem = 0;
    while (clang_getCursorKind(m) == CXCursor_ArraySubscriptExpr)
        m = weft__ex_strip(weft__ex_first_kid(m)), elem = 1;
    CXType t = clang_getCanonicalType(clang_getCursorType(lv));
    if (elem && clang_getCursorKind(m) == CXCursor_MemberRefExpr) {
        const char *tl = weft__ex_tloc_of(x, lv);
        size_t n = strlen(tl);
        if (n > 2 && !strcmp(tl + n - 2, ".*") && t.kind != CXType_Record)
            weft__ex_fact(x, WEFT__FACT_ADDR, weft__ex_type_key(x, "t:", t, ""), tl);
        return;
    }
    if (clang_getCursorKind(lv) != CXCursor_DeclRefExpr || t.kind != CXType_Record ||
        clang_getCursorKind(clang_getTypeDeclaration(t)) != CXCursor_UnionDecl)
        return;
    struct uview u = {x, weft__ex_type_key(x, "f:", t, ".*")};
    clang_Type_visitFields(t, union_member_type, &u);
}

/* Walks e used as mode says: U_VALUE, its value is used (an address formed there may go
 * anywhere); U_LVALUE, it names an object whose address is not taken; U_SYNC, it is a sync
 * call's argument (an address formed there goes to the call only). */
static void uses(struct ex *x, CXCursor e, int mode)
{
    enum CXCursorKind k = clang_getCursorKind(e);
    /* An array named as a value (a, s.buf, m[i] of a 2-D array) is its address. */
    if (mode == U_VALUE && is_array(e) &&
        (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr)) {
        mark(x, e, WEFT__FACT_ADDR);
        mark(x, e, WEFT__FACT_LOCK_ESCAPE);
        CXCursor v = weft__ex_var_of(e);
        if (!clang_Cursor_isNull(v) && clang_getCursorTLSKind(v) != CXTLS_None)
            mark(x, e, WEFT__FACT_TLS); /* (bump(slot): each thread's own copy's address) */
    }
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) {
        for (unsigned i = 0; i < kk.n; i++)
            uses(x, kk.p[i], mode);
    } else if (k == CXCursor_UnaryOperator && kk.n == 1) {
        char o[8];
        weft__ex_unop(x, e, kk.p[0], o);
        if (!strcmp(o, "&")) {
            CXCursor lv = weft__ex_strip(kk.p[0]);
            if (mode != U_SYNC)
                mark(x, lv, WEFT__FACT_LOCK_ESCAPE); /* (the prescan records the address) */
            CXCursor v = weft__ex_var_of(lv);
            if (!clang_Cursor_isNull(v) && clang_getCursorTLSKind(v) != CXTLS_None)
                mark(x, lv, WEFT__FACT_TLS); /* (a lock reached through the address: interp_locks.c) */
            /* &n->val formed as a value: a pointer of the field's type may reach that field
             * of any such object (findings.c pairs them by type) */
            /* (a union's member, one location with the others: the member's type too, by
             * which pointers reach it, &u.f as a float *) */
            if (mode == U_VALUE && clang_getCursorKind(lv) == CXCursor_MemberRefExpr) {
                const char *tl = weft__ex_tloc_of(x, lv);
                size_t n = strlen(tl);
                const char *vt = n > 2 && !strcmp(tl + n - 2, ".*")
                                     ? weft__ex_type_key(x, "t:", clang_getCanonicalType(clang_getCursorType(lv)), "")
                                     : "";
                weft__ex_fact(x, WEFT__FACT_ADDR, vt, tl);
                /* (a struct member's: its type, whose fields a view of it reaches: findings.c) */
                CXType mt = clang_getCanonicalType(clang_getCursorType(lv));
                if (mt.kind == CXType_Record)
                    weft__ex_fact(x, WEFT__FACT_FIELD_TYPE, tl, weft__ex_type_key(x, "t:", mt, ""));
            }
            if (mode == U_VALUE)
                union_views(x, lv);
            uses(x, kk.p[0], U_LVALUE);
        } else {
            uses(x, kk.p[0], U_VALUE);
        }
    } else if (k == CXCursor_MemberRefExpr && kk.n == 1) {
        /* s.f names part of s, its address not taken (&s.f is, marked at the &); p->f reads p. */
        int ptr = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer;
        uses(x, kk.p[0], ptr ? U_VALUE : U_LVALUE);
    } else if (k == CXCursor_ArraySubscriptExpr && kk.n == 2) {
        uses(x, kk.p[0], is_array(weft__ex_strip(kk.p[0])) ? U_LVALUE : U_VALUE);
        uses(x, kk.p[1], U_VALUE);
    } else if (k == CXCursor_CallExpr) {
        CXString s = clang_getCursorSpelling(clang_getCursorReferenced(e));
        const char *n = clang_getCString(s);
        int sync = n && (weft__model_sync_object(n) != WEFT__SYNC_OBJ_NONE || !strcmp(n, "pthread_once") ||
                         !strcmp(n, "call_once"));
        clang_disposeString(s);
        for (unsigned i = 0; i < kk.n; i++)
            uses(x, kk.p[i], sync && i > 0 ? U_SYNC : U_VALUE);
    } else {
        for (unsigned i = 0; i < kk.n; i++)
            uses(x, kk.p[i], U_VALUE);
    }
    weft__ex_kids_free(&kk);
}

void weft__ex_addr_escapes(struct ex *x, CXCursor c)
{
    uses(x, c, U_VALUE);
}
