/* Whether an atomic store hands over what it publishes: a fresh object filled in, then its address stored with release order into an atomic the TU loads only with acquire. */
#include "extract_internal.h"

#include <string.h>

/* An atomic builtin with two operands and no value: __c11_atomic_init(obj, v) (a load has a
 * value; every other builtin has more operands), known so where its name is not in the text
 * (a macro's body: #define RESET(x) atomic_init(&(x), 0)). */
int weft__ex_atomic_init_shape(CXCursor e, unsigned nkids)
{
    return nkids == 2 && clang_getCanonicalType(clang_getCursorType(e)).kind == CXType_Void;
}

/* An atomic builtin (C11's, __atomic_'s): its operands, in clang's order (the object's address,
 * the memory order, values ...). 1 when e is one with at least those two. */
static int builtin_operands(struct ex *x, CXCursor e, struct kids *kk)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnexposedExpr || !weft__ex_is_atomic_builtin(x, e))
        return 0;
    const char *t = weft__ex_text_of(x, e);
    if (strstr(t, "atomic_init")) /* atomic_init(&o, v): no order operand, and a plain store */
        return 0;
    weft__ex_kids_get(e, kk);
    if (weft__ex_atomic_init_shape(e, kk->n)) { /* the same, from a macro's body */
        weft__ex_kids_free(kk);
        return 0;
    }
    if (kk->n >= 2 && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk->p[0]))).kind == CXType_Pointer)
        return 1;
    weft__ex_kids_free(kk);
    return 0;
}

/* Records the objects atomic reads with a relaxed (or unknown) order read, and whether some
 * relaxed atomic stores or reads a pointer (x->relaxed_pointers). */
static enum CXChildVisitResult relaxed_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct ex *x = data;
    if (clang_getCursorKind(parent) == CXCursor_TranslationUnit)
        return clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) ? CXChildVisit_Recurse
                                                                                             : CXChildVisit_Continue;
    struct kids kk;
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr || !builtin_operands(x, c, &kk))
        return CXChildVisit_Recurse;
    if (weft__ex_atomic_store_only(x, c)) {
        if (kk.n >= 3 && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[2]))).kind == CXType_Pointer &&
            !weft__ex_atomic_orders(x, kk.p[1], 1))
            x->relaxed_pointers = 1; /* atomic_store_explicit(&top, n, relaxed) */
        weft__ex_kids_free(&kk);
        return CXChildVisit_Recurse;
    }
    /* A pointer read or stored by a relaxed atomic (a failed CAS's read too: its failure
     * order): a hand-off the TU may make without ordering, whatever variable it goes through. */
    CXType ot = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0])))));
    if (ot.kind == CXType_Atomic)
        ot = clang_getCanonicalType(clang_Type_getValueType(ot));
    int failure_relaxed = kk.n >= 5 && strstr(weft__ex_text_of(x, c), "compare_exchange") &&
                          !weft__ex_atomic_orders(x, kk.p[3], 0);
    if (ot.kind == CXType_Pointer && (!weft__ex_atomic_orders(x, kk.p[1], 0) || failure_relaxed))
        x->relaxed_pointers = 1;
    if (!weft__ex_atomic_orders(x, kk.p[1], 0)) {
        const char **k = WEFT__PUSH(x->relaxed_reads, x->nrelaxed, x->caprelaxed);
        if (!k) {
            x->oom = 1;
            weft__ex_kids_free(&kk);
            return CXChildVisit_Break;
        }
        *k = weft__ex_lock_key(x, kk.p[0]);
    }
    weft__ex_kids_free(&kk);
    return CXChildVisit_Recurse;
}

static void scan(struct ex *x)
{
    if (!x->relaxed_scanned) {
        x->relaxed_scanned = 1;
        clang_visitChildren(clang_getTranslationUnitCursor(x->tu), relaxed_visit, x);
    }
}

int weft__ex_relaxed_pointers(struct ex *x)
{
    scan(x);
    return x->relaxed_pointers;
}

int weft__ex_atomic_hands_over(struct ex *x, CXCursor e)
{
    struct kids kk;
    if (!builtin_operands(x, e, &kk))
        return 1; /* not one of these: a __sync_ builtin is a full barrier */
    int ok = weft__ex_atomic_orders(x, kk.p[1], 1);
    const char *key = ok ? weft__ex_lock_key(x, kk.p[0]) : "";
    weft__ex_kids_free(&kk);
    if (!ok || !*key)
        return 0;
    scan(x);
    if (x->relaxed_pointers)
        return 0;
    for (size_t i = 0; i < x->nrelaxed; i++)
        if (!strcmp(x->relaxed_reads[i], key))
            return 0; /* a reader loads it relaxed */
    return 1;
}
