/* Splits a compilation database into programs (one per TU defining main) and merges their findings once each. */
#include "program.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAIN_USR "c:@F@main"

static int defines_main(const struct weft__facts *f)
{
    for (size_t i = 0; i < f->nfns; i++)
        if (!strcmp(f->fns[i].usr, MAIN_USR))
            return 1;
    return 0;
}

/* The library TU (no main) that defines usr, or -1. */
static int tu_of(struct weft__strtab *S, const int *def, const char *usr)
{
    int id = weft__strtab_find(S, usr);
    return id >= 0 ? def[id] - 1 : -1;
}

/*
 * Marks in member[] the TUs of the program rooted at TU m: m, and every TU without main
 * that defines a function m's program calls, starts as a thread or takes the address of
 * (a function pointer may be called), transitively. Returns 0 or -ENOMEM.
 */
static int reach(struct weft__facts *const *facts, size_t n, size_t m, struct weft__strtab *S, const int *def,
                 char *member)
{
    size_t *work = malloc((n + 1) * sizeof(*work)), nw = 0;
    if (!work)
        return -ENOMEM;
    memset(member, 0, n);
    member[m] = 1;
    work[nw++] = m;
    int rc = 0;
    while (nw && !rc) {
        const struct weft__facts *f = facts[work[--nw]];
        /* What this TU defines itself (a header's static inline functions, which every TU
         * including the header defines under one USR) pulls in no other TU. */
        struct weft__strtab own;
        memset(&own, 0, sizeof(own));
        for (size_t i = 0; i < f->nfns && !rc; i++)
            rc = weft__strtab_intern(&own, f->fns[i].usr) < 0 ? -ENOMEM : 0;
        for (size_t i = 0; i < f->nfns && !rc; i++)
            for (size_t j = 0; j < f->fns[i].nops; j++) {
                const struct weft__op *op = &f->fns[i].ops[j];
                const char *u = op->kind == WEFT__OP_CALL                             ? op->u.call.usr
                                : op->kind == WEFT__OP_CREATE && !op->u.create.by_slot ? op->u.create.entry
                                                                                        : NULL;
                int t = u && weft__strtab_find(&own, u) < 0 ? tu_of(S, def, u) : -1;
                if (t >= 0 && !member[t]) {
                    member[t] = 1;
                    work[nw++] = (size_t)t;
                }
            }
        for (size_t i = 0; i < f->nbinds && !rc; i++) {
            const char *u = f->binds[i].target;
            int t = f->binds[i].kind != WEFT__FACT_FN || weft__strtab_find(&own, u) >= 0 ? -1 : tu_of(S, def, u);
            if (t >= 0 && !member[t]) {
                member[t] = 1;
                work[nw++] = (size_t)t;
            }
        }
        weft__strtab_free(&own);
    }
    free(work);
    return rc;
}

/* Adds one program's findings (those whose id is new) and reasons to r. */
static int merge(struct weft__arena *A, struct weft_check_result *r, size_t *cap, const struct weft_check_result *p)
{
    for (size_t i = 0; i < p->nfindings; i++) {
        int seen = 0;
        for (size_t k = 0; k < r->nfindings && !seen; k++)
            seen = !strcmp(r->findings[k].id, p->findings[i].id);
        if (seen)
            continue;
        struct weft_check_finding *f = WEFT__PUSH(r->findings, r->nfindings, *cap);
        if (!f)
            return -ENOMEM;
        *f = p->findings[i]; /* its strings live in the shared arena */
    }
    for (size_t i = 0; i < p->nincomplete; i++) {
        int seen = 0;
        for (size_t k = 0; k < r->nincomplete && !seen; k++)
            seen = !strcmp(r->incomplete[k], p->incomplete[i]);
        if (seen)
            continue;
        const char **d = weft__arena_alloc(A, (r->nincomplete + 1) * sizeof(*d));
        if (!d)
            return -ENOMEM;
        if (r->nincomplete)
            memcpy(d, r->incomplete, r->nincomplete * sizeof(*d));
        d[r->nincomplete++] = p->incomplete[i];
        r->incomplete = d;
    }
    r->complete = r->complete && p->complete;
    return 0;
}

int weft__programs_analyze(struct weft__facts *const *facts, size_t n, const struct weft_check_config *cfg,
                           struct weft__arena *A, struct weft_check_result *r)
{
    size_t nmain = 0;
    for (size_t t = 0; t < n; t++)
        nmain += defines_main(facts[t]);
    if (nmain <= 1)
        return weft__program_analyze(facts, n, cfg, A, r);

    /* Functions defined by library TUs (no main), by USR: the first definition wins. */
    struct weft__strtab S;
    memset(&S, 0, sizeof(S));
    int *def = NULL;
    size_t ndef = 0;
    char *member = calloc(n + 1, 1);
    struct weft__facts **sub = calloc(n + 1, sizeof(*sub));
    int rc = member && sub ? 0 : -ENOMEM;
    for (size_t t = 0; t < n && !rc; t++) {
        if (defines_main(facts[t]))
            continue;
        for (size_t i = 0; i < facts[t]->nfns && !rc; i++) {
            int id = weft__strtab_intern(&S, facts[t]->fns[i].usr);
            if (id < 0 || weft__grow((void **)&def, &ndef, (size_t)id + 1, sizeof(*def)))
                rc = -ENOMEM;
        }
    }
    /* weft__grow leaves new slots uninitialized: zero def once it has its size, then fill. */
    if (!rc && ndef) {
        memset(def, 0, ndef * sizeof(*def));
        for (size_t t = 0; t < n; t++)
            for (size_t i = 0; !defines_main(facts[t]) && i < facts[t]->nfns; i++) {
                int id = weft__strtab_find(&S, facts[t]->fns[i].usr);
                if (id >= 0 && !def[id])
                    def[id] = (int)t + 1;
            }
    }
    r->complete = 1;
    size_t cap = 0;
    for (size_t m = 0; m < n && !rc; m++) {
        if (!defines_main(facts[m]))
            continue;
        if ((rc = reach(facts, n, m, &S, ndef ? def : NULL, member)))
            break;
        size_t ns = 0;
        for (size_t t = 0; t < n; t++)
            if (member[t])
                sub[ns++] = facts[t];
        struct weft_check_result one;
        memset(&one, 0, sizeof(one));
        rc = weft__program_analyze(sub, ns, cfg, A, &one);
        if (!rc)
            rc = merge(A, r, &cap, &one);
    }
    if (!rc && r->nfindings) {
        qsort(r->findings, r->nfindings, sizeof(*r->findings), weft__finding_cmp);
        /* Like a single program's, the findings array lives in the arena. */
        struct weft_check_finding *a = weft__arena_alloc(A, r->nfindings * sizeof(*a));
        if (a)
            memcpy(a, r->findings, r->nfindings * sizeof(*a));
        else
            rc = -ENOMEM;
        free(r->findings);
        r->findings = a;
    }
    free(def);
    free(member);
    free(sub);
    weft__strtab_free(&S);
    return rc;
}
