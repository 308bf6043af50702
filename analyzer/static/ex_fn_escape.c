/* Functions whose address leaves the function-pointer types (cast to void *, an integer): a call through any pointer of their type may reach them. */
#include "extract_internal.h"

/*
 * (void *)f, (uintptr_t)&f, or f converted implicitly (GNU C): the function may come back as
 * any function pointer of its type (a memcpy into a hook, a union's other member, a void **
 * setter), where the binds of ex_bind.c do not follow it. So may what a function-pointer
 * object holds once its address goes through a void * (memcpy(&hook, &fp, sizeof fp)). Such
 * a function is bound to slots every call through a pointer (ex_call.c) of a matching type
 * copies: a prototyped one to "esc:TYPE" (its canonical type, which a prototyped call must
 * match) and "esc-any:RESULT" (for calls through an unprototyped pointer, which match by
 * result type), an unprototyped one to "esc-ret:RESULT" (any call with that result type).
 */

/* A type's spelling for matching: canonical, an enum as its integer type (compatible). */
static const char *type_word(struct ex *x, CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind == CXType_Enum)
        t = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(t)));
    CXString s = clang_getTypeSpelling(t);
    const char *r = weft__ex_cat3(x, clang_getCString(s), "", "");
    clang_disposeString(s);
    return r;
}

/* prefix + the type (a function's: its result and parameters, each by type_word). */
static const char *spelled(struct ex *x, const char *prefix, CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_FunctionProto)
        return weft__ex_cat3(x, prefix, type_word(x, t), "");
    const char *r = weft__ex_cat3(x, prefix, type_word(x, clang_getResultType(t)), " (");
    int n = clang_getNumArgTypes(t);
    for (int i = 0; i < n; i++)
        r = weft__ex_cat3(x, r, i ? ", " : "", type_word(x, clang_getArgType(t, (unsigned)i)));
    return weft__ex_cat3(x, r, clang_isFunctionTypeVariadic(t) ? ", ...)" : ")", "");
}

int weft__ex_escape_slots(struct ex *x, CXType fn, int call, const char *out[2])
{
    fn = clang_getCanonicalType(fn);
    if (fn.kind != CXType_FunctionProto && fn.kind != CXType_FunctionNoProto)
        return 0;
    int proto = fn.kind == CXType_FunctionProto;
    CXType res = clang_getResultType(fn);
    if (!call) { /* where an escaping function (or a pointer object's functions) is bound */
        out[0] = proto ? spelled(x, "esc:", fn) : spelled(x, "esc-ret:", res);
        out[1] = proto ? spelled(x, "esc-any:", res) : NULL;
        return proto ? 2 : 1;
    }
    out[0] = proto ? spelled(x, "esc:", fn) : spelled(x, "esc-any:", res); /* what a call reads */
    out[1] = spelled(x, "esc-ret:", res);
    return 2;
}

static int fn_pointer_type(CXType t)
{
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_Pointer)
        return 0;
    enum CXTypeKind k = clang_getCanonicalType(clang_getPointeeType(t)).kind;
    return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

/* &fp of a function-pointer object fp: fp, else a null cursor. */
static CXCursor fn_pointer_object(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    CXCursor in = weft__ex_address_of(x, e);
    return !clang_Cursor_isNull(in) && fn_pointer_type(clang_getCursorType(weft__ex_strip(in))) ? weft__ex_strip(in)
                                                                                               : clang_getNullCursor();
}

static enum CXChildVisitResult escape_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct ex *x = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    CXType ct = clang_getCanonicalType(clang_getCursorType(c));
    int converted = (k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr) && !fn_pointer_type(ct) &&
                    (ct.kind == CXType_Pointer || (ct.kind >= CXType_Bool && ct.kind <= CXType_Int128));
    /* &fp as a void * (memcpy's operand): what fp holds goes with it */
    CXCursor fo = converted && ct.kind == CXType_Pointer ? fn_pointer_object(x, weft__ex_first_kid(c)) : clang_getNullCursor();
    if (!clang_Cursor_isNull(fo)) {
        CXType ft = clang_getCanonicalType(clang_getCursorType(fo));
        const char *slots[2], *from = weft__ex_fn_slot(x, fo);
        int n = *from ? weft__ex_escape_slots(x, clang_getPointeeType(ft), 0, slots) : 0;
        for (int i = 0; i < n; i++)
            weft__ex_fact(x, WEFT__FACT_COPY, slots[i], from);
    }
    if (converted) {
        CXCursor in = weft__ex_first_kid(c);
        const char *u = clang_Cursor_isNull(in) ? NULL : weft__ex_fn_ref(x, in);
        if (u) {
            CXCursor e = weft__ex_strip(in);
            if (clang_getCursorKind(e) == CXCursor_UnaryOperator)
                e = weft__ex_strip(weft__ex_first_kid(e));
            const char *slots[2];
            int n = weft__ex_escape_slots(x, clang_getCursorType(clang_getCursorReferenced(e)), 0, slots);
            for (int i = 0; i < n; i++)
                weft__ex_fact(x, WEFT__FACT_FN, slots[i], u);
        }
    }
    return x->oom ? CXChildVisit_Break : CXChildVisit_Recurse;
}

void weft__ex_fn_escapes(struct ex *x, CXCursor root)
{
    if (escape_visit(root, clang_getNullCursor(), x) == CXChildVisit_Recurse)
        clang_visitChildren(root, escape_visit, x);
}
