/* Which global atomic counters only ever count up in a TU: an id taken from one by a fetch-and-add is then no other fetch's. */
#include "extract_internal.h"

#include <string.h>

struct cscan {
    struct ex *x;
    /* per key: address-of uses, and those that are an atomic operation's object */
    struct cuse {
        const char *key;
        int amp, atomic_amp;
        int draws; /* 1: a draw returning the old value (fetch_add, n++), 2: the new one (add_fetch, ++n) */
    } *u;
    size_t n, cap;
};

static struct cuse *use_of(struct cscan *s, const char *key)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->u[i].key, key))
            return &s->u[i];
    struct cuse *u = WEFT__PUSH(s->u, s->n, s->cap);
    if (u)
        *u = (struct cuse){key, 0, 0, 0};
    else
        s->x->oom = 1;
    return u;
}

static void bad(struct ex *x, const char *key)
{
    const char **k = WEFT__PUSH(x->bad_counters, x->nbad_counters, x->capbad_counters);
    if (k)
        *k = key;
    else
        x->oom = 1;
}

/* The global a cursor names (casts aside), as a key "g:USR", else NULL. */
static const char *global_key(struct ex *x, CXCursor e)
{
    CXCursor d = weft__ex_global_var(e);
    return clang_Cursor_isNull(d) ? NULL : weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
}

static enum CXChildVisitResult scan_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct cscan *s = data;
    struct ex *x = s->x;
    if (clang_getCursorKind(parent) == CXCursor_TranslationUnit)
        return (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) ||
                       clang_getCursorKind(c) == CXCursor_VarDecl /* int *alias = &next; */
                   ? CXChildVisit_Recurse
                   : CXChildVisit_Continue;
    enum CXCursorKind k = clang_getCursorKind(c);
    /* An atomic operation on &g: an increment by a positive constant, or a move elsewhere. */
    int atomic = (k == CXCursor_UnexposedExpr && weft__ex_is_atomic_builtin(x, c)) ||
                 (k == CXCursor_CallExpr && clang_Cursor_getNumArguments(c) >= 1 &&
                  !strncmp(weft__ex_name_of(x, clang_getCursorReferenced(c)), "__sync_", 7));
    if (atomic) {
        CXCursor ptr = k == CXCursor_CallExpr ? clang_Cursor_getArgument(c, 0) : weft__ex_first_kid(c);
        CXCursor obj = clang_Cursor_isNull(ptr) ? ptr : weft__ex_address_of(x, ptr);
        const char *key = clang_Cursor_isNull(obj) ? NULL : global_key(x, obj);
        if (key) {
            struct cuse *u = use_of(s, key);
            if (u)
                u->atomic_amp++;
            const char *up = weft__ex_atomic_counter(x, c);
            if (up && u) { /* old or new value: two kinds of draws on one counter meet */
                const char *t = weft__ex_text_of(x, c);
                u->draws |= strstr(t, "add_fetch") || strstr(t, "add_and_fetch") ? 2 : 1;
            }
            /* A load reads; a store is judged by when it runs (weft__pg_findings: once threads
             * run, ids may repeat). Sub, exchange, CAS, a negative add move it back while they
             * run; a narrow counter wraps. */
            int reads = strstr(weft__ex_text_of(x, c), "load") != NULL || weft__ex_atomic_store_only(x, c);
            if ((!reads && (!up || strcmp(up, key))) || !weft__ex_int_size(x, clang_getCursorType(obj)))
                bad(x, key);
        }
        return CXChildVisit_Recurse;
    }
    CXCursor target = clang_getNullCursor();
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    if (k == CXCursor_UnaryOperator && kk.n == 1) {
        char o[8] = "";
        weft__ex_unop(x, c, kk.p[0], o);
        if (!strcmp(o, "&")) {
            const char *key = global_key(x, kk.p[0]);
            struct cuse *u = key ? use_of(s, key) : NULL;
            if (u)
                u->amp++;
        } else if (!strcmp(o, "--") || !strcmp(o, "+-")) { /* (+-: ++ or -- in a macro's body) */
            target = kk.p[0];
        } else if (!strcmp(o, "++")) {
            const char *key = global_key(x, kk.p[0]);
            struct cuse *u = key ? use_of(s, key) : NULL;
            if (u) /* ++n gives the new value, n++ the old one */
                u->draws |= weft__ex_off_at(x, c) < weft__ex_off_at(x, kk.p[0]) ? 2 : 1;
        }
    } else if (k == CXCursor_CompoundAssignOperator && kk.n == 2) {
        long v;
        if (!(weft__ex_binop_is(x, kk.p[0], kk.p[1], "+=") && weft__ex_int_lit(x, kk.p[1], &v) && v == 1))
            target = kk.p[0]; /* g -= v, g += v: a step back or by an unknown amount (g = v: a store) */
    }
    const char *key = clang_Cursor_isNull(target) ? NULL : global_key(x, target);
    if (key)
        bad(x, key);
    weft__ex_kids_free(&kk);
    return CXChildVisit_Recurse;
}

int weft__ex_counter_only_up(struct ex *x, const char *k)
{
    const char *at = k ? strrchr(k, '@') : NULL;
    if (!k || strncmp(k, "g:", 2) || strchr(k, '[') || (at && strchr(at, '.')))
        return 0; /* a plain global: an element or field picked by a variable may be another's */
    if (!x->counters_scanned) {
        struct cscan s = {x, NULL, 0, 0};
        x->counters_scanned = 1;
        clang_visitChildren(clang_getTranslationUnitCursor(x->tu), scan_visit, &s);
        /* Its address taken other than for an atomic operation: moved through an alias. */
        for (size_t i = 0; i < s.n; i++)
            if (s.u[i].amp > s.u[i].atomic_amp || s.u[i].draws == 3)
                bad(x, s.u[i].key);
        free(s.u);
    }
    for (size_t i = 0; i < x->nbad_counters; i++)
        if (!strcmp(x->bad_counters[i], k))
            return 0;
    return 1;
}
