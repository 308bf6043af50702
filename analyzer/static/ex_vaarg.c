/* va_arg as a parameter: the variadic argument each va_arg of a function takes, when they all run once, in source order. */
#include "extract_internal.h"

/* What va_visit counts in the current function's body, in the order of the walk (the order
 * they run in on a straight-line path; a macro's offsets would all be its #define's): va_args
 * before the one asked about, whether it was met, and whether that order may not be the
 * order they run in (a va_arg under a branch or a loop, a va_list handed to another
 * function or copied). */
struct va_scan {
    struct ex *x;
    unsigned at; /* where the one asked about names its va_list (va_arg's own place is its #define's) */
    int before, found, bad, branch;
};

static enum CXChildVisitResult va_visit(CXCursor c, CXCursor parent, CXClientData data);

/* Visits c's children, each under a branch when branch is set. */
static void va_kids(struct va_scan *v, CXCursor c, int branch)
{
    int outer = v->branch;
    v->branch |= branch;
    clang_visitChildren(c, va_visit, v);
    v->branch = outer;
}

/* A call given a va_list other than va_start/va_end (vprintf(fmt, ap), va_copy). */
static int hands_va_list(struct ex *x, CXCursor call)
{
    const char *n = weft__ex_name_of(x, clang_getCursorReferenced(call));
    if (!strcmp(n, "__builtin_va_start") || !strcmp(n, "__builtin_va_end"))
        return 0;
    int nargs = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < nargs; i++) {
        CXType t = clang_getCursorType(weft__ex_strip(clang_Cursor_getArgument(call, (unsigned)i)));
        CXString s = clang_getTypeSpelling(t);
        const char *ts = clang_getCString(s);
        int va = ts && strstr(ts, "va_list");
        clang_disposeString(s);
        if (va)
            return 1;
    }
    return 0;
}

static enum CXChildVisitResult va_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct va_scan *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    int cond = k == CXCursor_IfStmt || k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt ||
               k == CXCursor_SwitchStmt || k == CXCursor_ConditionalOperator;
    if (k == CXCursor_BinaryOperator) {
        /* && and || evaluate their right side on some paths only. */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        cond = kk.n == 2 && (weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "&&") ||
                             weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "||"));
        weft__ex_kids_free(&kk);
    }
    if (cond) {
        va_kids(v, c, 1);
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_CallExpr && hands_va_list(v->x, c))
        v->bad = 1;
    CXCursor ap = k == CXCursor_UnexposedExpr ? weft__ex_va_list_of(c) : clang_getNullCursor();
    if (!clang_Cursor_isNull(ap)) {
        v->bad |= v->branch;
        v->found |= weft__ex_off_at(v->x, ap) == v->at;
        v->before += !v->found;
    }
    return v->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

int weft__ex_va_arg_param(struct ex *x, CXCursor e)
{
    if (x->has_goto || clang_Cursor_isNull(x->body))
        return -1;
    struct va_scan v = {x, weft__ex_off_at(x, weft__ex_va_list_of(e)), 0, 0, 0, 0};
    clang_visitChildren(x->body, va_visit, &v);
    int n = clang_Cursor_getNumArguments(x->fn) + v.before;
    return v.found && !v.bad && n >= 0 && n < 4 ? n : -1;
}
