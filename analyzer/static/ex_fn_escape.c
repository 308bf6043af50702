/* Functions whose address leaves the function-pointer types (cast to void *, an integer): a call through any pointer of their type may reach them. */
#include "extract_internal.h"

/*
 * (void *)f, (uintptr_t)&f: the function may come back as any function pointer of its type
 * (a memcpy into a hook, a union's other member, a void ** setter), where the binds of
 * ex_bind.c do not follow it. Such a function is bound to the slot "esc:TYPE", TYPE its
 * canonical type, and every call through a pointer (ex_call.c) copies that slot of its
 * callee's type: the call may reach it.
 */

const char *weft__ex_escape_slot(struct ex *x, CXType fn)
{
    fn = clang_getCanonicalType(fn);
    if (fn.kind != CXType_FunctionProto && fn.kind != CXType_FunctionNoProto)
        return "";
    CXString s = clang_getTypeSpelling(fn);
    const char *r = weft__ex_cat3(x, "esc:", clang_getCString(s), "");
    clang_disposeString(s);
    return r;
}

static int fn_pointer_type(CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_Pointer)
        return 0;
    enum CXTypeKind k = clang_getCanonicalType(clang_getPointeeType(t)).kind;
    return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

static enum CXChildVisitResult escape_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct ex *x = data;
    if (clang_getCursorKind(c) == CXCursor_CStyleCastExpr && !fn_pointer_type(clang_getCursorType(c))) {
        CXCursor in = weft__ex_strip(c);
        in = clang_equalCursors(in, c) ? weft__ex_first_kid(c) : in;
        const char *u = clang_Cursor_isNull(in) ? NULL : weft__ex_fn_ref(x, in);
        if (u) {
            CXCursor e = weft__ex_strip(in);
            if (clang_getCursorKind(e) == CXCursor_UnaryOperator)
                e = weft__ex_strip(weft__ex_first_kid(e));
            const char *slot = weft__ex_escape_slot(x, clang_getCursorType(clang_getCursorReferenced(e)));
            if (*slot)
                weft__ex_fact(x, WEFT__FACT_FN, slot, u);
        }
    }
    return x->oom ? CXChildVisit_Break : CXChildVisit_Recurse;
}

void weft__ex_fn_escapes(struct ex *x)
{
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), escape_visit, x);
}
