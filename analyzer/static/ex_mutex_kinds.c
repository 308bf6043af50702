/* Which mutex kinds a TU makes: recursive ones (PTHREAD_MUTEX_RECURSIVE, its initializer) and no error-checking ones: only then is a mutex locked again while held counted, not freed by the next unlock; error-checking, recursive or robust ones: their calls may fail. */
#include "extract_internal.h"

#include <string.h>

struct kinds {
    struct ex *x;
    int recursive, errorcheck, robust;
};

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
    return CXChildVisit_Recurse;
}

void weft__ex_mutex_kinds(struct ex *x)
{
    struct kinds k = {x, 0, 0, 0};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), kind_visit, &k);
    /* (their lock and unlock calls may fail: EPERM for an unlock of one not held, EDEADLK,
     * EOWNERDEAD; ex_stmt.c assumes no success of them) */
    x->checked_mutexes = k.recursive || k.errorcheck || k.robust;
    if (k.recursive && !k.errorcheck)
        weft__ex_fact(x, WEFT__FACT_RECURSIVE, "", "");
}
