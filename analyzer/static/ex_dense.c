/* Whether an access runs on every pass of a loop's body: not under a branch of the body, and no pass ends early (return, goto, asm, a call other than a few C library functions). With a counting loop that never leaves early, an element a[i] by its counter then reaches every element of the loop's range: two such accesses whose ranges meet reach one element surely. */
#include "extract_internal.h"

#include <string.h>

/* A call that surely returns, at once: one of a few C library functions that neither block
 * nor end anything (what sem_post or an unlock orders is the analysis's other rules'). Any other (a function of the program may call pthread_exit; sem_wait,
 * pause may block for ever; raise, __builtin_trap end the process) may end the pass. */
static int returns_at_once(CXCursor call)
{
    CXString s = clang_getCursorSpelling(call);
    const char *n = clang_getCString(s);
    static const char *const fns[] = {"printf", "fprintf", "sprintf", "snprintf", "puts", "putchar",
                                      "rand", "abs", "labs", "strlen", "memcpy", "memset", "sqrt",
                                      "sem_post", "pthread_mutex_unlock", "pthread_spin_unlock",
                                      "pthread_cond_signal", "pthread_cond_broadcast"};
    int r = 0;
    for (size_t i = 0; n && !r && i < sizeof fns / sizeof *fns; i++)
        r = !strcmp(n, fns[i]) || (!strncmp(n, "__VERIFIER_nondet_", 18));
    clang_disposeString(s);
    /* (the library's: not a function of the program's own of that name, nor a pointer) */
    CXCursor d = clang_getCursorReferenced(call);
    return r && clang_getCursorKind(d) == CXCursor_FunctionDecl && clang_Cursor_isNull(clang_getCursorDefinition(d));
}

struct pass_walk {
    struct ex *x;
    unsigned at;  /* the access's offset */
    int branch;   /* the access lies under a branch (or an inner loop) of the body */
    int leaves;   /* some pass may end early */
};

int weft__ex_extent_holds(CXCursor c, unsigned at)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned b, e;
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
    clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
    return b <= at && at < e;
}

static enum CXChildVisitResult pass_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct pass_walk *w = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_ReturnStmt || k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt ||
        k == CXCursor_AsmStmt || k == CXCursor_MSAsmStmt || (k == CXCursor_CallExpr && !returns_at_once(c)))
        w->leaves = 1; /* (an asm statement may change anything, the counter too) */
    int branch = k == CXCursor_IfStmt || k == CXCursor_SwitchStmt || k == CXCursor_ConditionalOperator ||
                 k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt ||
                 k == CXCursor_GenericSelectionExpr; /* (its other associations are not evaluated) */
    if (k == CXCursor_UnexposedExpr) { /* GNU a ?: b, among others libclang 14 does not expose */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        branch = kk.n >= 2;
        weft__ex_kids_free(&kk);
    }
    if (k == CXCursor_BinaryOperator) { /* a && b, a || b: b runs only on some paths */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        /* (inside a macro no operator is written: it may be one) */
        branch = kk.n == 2 && (!weft__ex_binop_written(w->x, kk.p[0], kk.p[1]) ||
                               weft__ex_binop_exact(w->x, kk.p[0], kk.p[1], "&&") ||
                               weft__ex_binop_exact(w->x, kk.p[0], kk.p[1], "||"));
        weft__ex_kids_free(&kk);
    }
    if (branch && weft__ex_extent_holds(c, w->at))
        w->branch = 1;
    return CXChildVisit_Recurse;
}

int weft__ex_every_pass(struct ex *x, CXCursor body, CXCursor access)
{
    struct pass_walk w = {x, 0, 0, 0};
    CXSourceRange r = clang_getCursorExtent(access);
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &w.at);
    if (!weft__ex_extent_holds(body, w.at))
        return 0;
    pass_visit(body, clang_getNullCursor(), &w); /* (the body itself: for (...) return a[i];) */
    clang_visitChildren(body, pass_visit, &w);
    return !w.branch && !w.leaves;
}
