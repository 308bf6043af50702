/* Binary semaphores used as locks: sem_init(&s, pshared, 1), then sem_wait(&s) ... sem_post(&s) is a critical section of s. */
#include "extract_internal.h"

/*
 * A global semaphore every sem_init of this TU starts at 1 (and none at another value) admits
 * one thread between a sem_wait and the next sem_post: sem_wait takes lock s, sem_post
 * releases it. A post by a thread that did not wait (a signal, or a count above 1) voids the
 * lock (lock op shared = 4; as 3 for locks built from atomics, but before threads run too: a post
 * raises the count whenever it comes): it then protects nothing. The
 * semaphore's calls still count as synchronization the analysis does not model for the
 * certainty of races (a semaphore may also order a hand-off), so what it protects is proved
 * and what races anyway stays possible.
 */

struct seminit {
    struct ex *x;
};

static enum CXChildVisitResult sem_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct seminit *v = data;
    struct ex *x = v->x;
    /* Calls are in function bodies: the TU's other declarations (headers) are not walked. */
    if (clang_getCursorKind(parent) == CXCursor_TranslationUnit)
        return clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) ? CXChildVisit_Recurse
                                                                                             : CXChildVisit_Continue;
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXCursor d = clang_getCursorReferenced(c);
    const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(x, d) : NULL;
    /* A post through a pointer that is neither &global nor a parameter (resolved per call):
     * which semaphore it raises is not known, so none is a lock. (Told from the syntax: this
     * walk is outside any function's context, which lock keys of locals need.) */
    if (n && !strcmp(n, "sem_post") && clang_Cursor_getNumArguments(c) == 1) {
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, 0)), at = weft__ex_address_of(x, a);
        int by_addr = !clang_Cursor_isNull(at);
        CXCursor v = by_addr ? weft__ex_strip(at) : a, ref = clang_getCursorReferenced(v);
        int named = clang_getCursorKind(v) == CXCursor_DeclRefExpr &&
                    (by_addr ? clang_getCursorKind(ref) == CXCursor_VarDecl && weft__ex_var_is_global(ref)
                             : clang_getCursorKind(ref) == CXCursor_ParmDecl);
        if (!named)
            x->sem_unknown_post = 1;
    }
    if (!n || strcmp(n, "sem_init") || clang_Cursor_getNumArguments(c) != 3)
        return CXChildVisit_Recurse;
    CXCursor obj = weft__ex_address_of(x, clang_Cursor_getArgument(c, 0));
    CXCursor var = clang_Cursor_isNull(obj) ? obj : weft__ex_strip(obj);
    long val;
    int one = weft__ex_int_lit(x, clang_Cursor_getArgument(c, 2), &val) && val == 1;
    if (clang_getCursorKind(var) != CXCursor_DeclRefExpr || !weft__ex_var_is_global(clang_getCursorReferenced(var))) {
        if (!one) /* (through a pointer, init(&s, 2) in a helper: which one starts above 1 is not known) */
            x->sem_unknown_post = 1;
        return CXChildVisit_Recurse;
    }
    const char *key = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, clang_getCursorReferenced(var)), "");
    for (size_t i = 0; i < x->nbinsems; i++)
        if (!strcmp(x->binsems[i].key, key)) {
            x->binsems[i].ok &= one;
            return CXChildVisit_Recurse;
        }
    struct binsem *b = WEFT__PUSH(x->binsems, x->nbinsems, x->capbinsems);
    if (!b) {
        x->oom = 1;
        return CXChildVisit_Break;
    }
    b->key = key;
    b->ok = one;
    return CXChildVisit_Recurse;
}

void weft__ex_binary_semaphores(struct ex *x)
{
    struct seminit v = {x};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), sem_visit, &v);
}

void weft__ex_semaphore_call(struct ex *x, CXCursor c, const char *name, int nargs)
{
    int wait = !strcmp(name, "sem_wait"), post = !strcmp(name, "sem_post");
    if ((!wait && !post) || nargs != 1 || !x->nbinsems)
        return;
    CXCursor a = clang_Cursor_getArgument(c, 0);
    const char *key = weft__ex_lock_key(x, a);
    if (x->sem_unknown_post)
        return;
    for (size_t i = 0; i < x->nbinsems; i++)
        if (x->binsems[i].ok && !strcmp(x->binsems[i].key, key)) {
            weft__ex_emit_lock_at(x, c, a, !wait, (char)(wait ? 0 : 4));
            return;
        }
    /* post(sem_t *s) { sem_post(s); }: the caller's semaphore, raised by a thread that may not
     * have waited (the post voids it then); a wait there is not taken as the lock. */
    if (post && !strncmp(key, "@p", 2))
        weft__ex_emit_lock_at(x, c, a, 1, 4);
}
