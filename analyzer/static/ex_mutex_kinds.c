/* Which mutex kinds a TU makes (named, or as glibc numbers them in a settype call): recursive ones (PTHREAD_MUTEX_RECURSIVE, its initializer) and no error-checking ones: only then is a mutex locked again while held counted, not freed by the next unlock; error-checking, recursive or robust ones: their calls may fail; and whether it sets thread attributes that may make a create fail. */
#include "extract_internal.h"

#include <string.h>

struct kinds {
    struct ex *x;
    int recursive, errorcheck, robust, attr_fail;
};

int weft__ex_mutexattr_kind_call(struct ex *x, CXCursor c, int *named)
{
    c = weft__ex_strip(c);
    CXCursor f = clang_getCursorKind(c) == CXCursor_CallExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(x, f) : "";
    int which = !strcmp(n, "pthread_mutexattr_settype") ? 1 : !strcmp(n, "pthread_mutexattr_setrobust") ? 2 : 0;
    if (!which || clang_Cursor_getNumArguments(c) != 2)
        return 0;
    CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, 1));
    *named = clang_getCursorKind(a) == CXCursor_DeclRefExpr &&
             clang_getCursorKind(clang_getCursorReferenced(a)) == CXCursor_EnumConstantDecl;
    return which;
}

static enum CXChildVisitResult kind_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct kinds *k = data;
    /* Function bodies and variables' initializers: not pthread.h's enum, which names them all. */
    if (clang_getCursorKind(parent) == CXCursor_TranslationUnit)
        return (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) ||
                       clang_getCursorKind(c) == CXCursor_VarDecl
                   ? CXChildVisit_Recurse
                   : CXChildVisit_Continue;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(c)) == CXCursor_EnumConstantDecl) {
        const char *n = weft__ex_name_of(k->x, clang_getCursorReferenced(c));
        k->recursive |= !strncmp(n, "PTHREAD_MUTEX_RECURSIVE", 23) || !strcmp(n, "mtx_recursive");
        k->errorcheck |= !strncmp(n, "PTHREAD_MUTEX_ERRORCHECK", 24);
        k->robust |= !strncmp(n, "PTHREAD_MUTEX_ROBUST", 20);
    }
    /* A kind given as a number or a variable (settype(&a, 2), setrobust(&a, v)): glibc's
     * 1 recursive, 2 error-checking; one not known may be either. (mtx_init's kinds are
     * named: above.) */
    /* Thread attributes that may make every pthread_create given them fail (a stack size or
     * stack, a guard, a scheduling policy or priority: EAGAIN, EINVAL, EPERM). */
    static const char *const attr_fail[] = {"pthread_attr_setstacksize", "pthread_attr_setstack",
                                            "pthread_attr_setguardsize", "pthread_attr_setschedpolicy",
                                            "pthread_attr_setschedparam", "pthread_attr_setinheritsched",
                                            "pthread_attr_setscope", "pthread_attr_setaffinity_np", NULL};
    CXCursor f = clang_getCursorKind(c) == CXCursor_CallExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    const char *fname = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(k->x, f) : "";
    for (int i = 0; *fname && attr_fail[i]; i++)
        k->attr_fail |= !strcmp(fname, attr_fail[i]);
    int named, which = clang_getCursorKind(c) == CXCursor_CallExpr ? weft__ex_mutexattr_kind_call(k->x, c, &named) : 0;
    if (which && !named) {
        long v;
        int known = weft__ex_eval_int(clang_Cursor_getArgument(c, 1), &v);
        if (which == 2)
            k->robust |= !known || v != 0;
        else {
            k->recursive |= !known || v == 1;
            k->errorcheck |= !known || v == 2 || v < 0 || v > 3;
        }
    }
    return CXChildVisit_Recurse;
}

void weft__ex_mutex_kinds(struct ex *x)
{
    struct kinds k = {x, 0, 0, 0, 0};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), kind_visit, &k);
    /* (their lock and unlock calls may fail: EPERM for an unlock of one not held, EDEADLK,
     * EOWNERDEAD; ex_stmt.c assumes no success of them) */
    x->checked_mutexes = k.recursive || k.errorcheck || k.robust;
    x->robust_mutexes = k.robust;
    x->recursive_mutexes = k.recursive;
    x->attr_may_fail = k.attr_fail;
    if (k.recursive && !k.errorcheck)
        weft__ex_fact(x, WEFT__FACT_RECURSIVE, "", "");
}
