/* Splits a compilation database into programs (one per TU defining main) and merges their findings once each. */
#include "program.h"

#include <errno.h>
#include <stdio.h>
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

#define DEFS 4 /* definers of one function kept (TU index + 1 each, 0 none) */

/* What reach notes: functions defined in several library TUs, and which one a program takes. */
struct notes {
    struct weft__arena *A;
    const char ***v;
    size_t *n, cap;
    size_t main_tu;
    const char *const *outs; /* object files by TU (NULL entries unknown), or NULL */
    const char *guessed;     /* a function taken from one of several TUs by the rule of thumb */
};

/* The length of o's CMake target directory prefix (".../CMakeFiles/<target>.dir/"), 0 if none. */
static size_t cmake_target(const char *o)
{
    const char *c = o ? strstr(o, "/CMakeFiles/") : NULL;
    const char *d = c ? strstr(c + 12, ".dir/") : NULL;
    return d && !memchr(c + 12, '/', (size_t)(d - c - 12)) ? (size_t)(d + 5 - o) : 0;
}

/* Of the TUs in d (DEFS entries, TU index + 1, 0 none), the one built into the main TU's
 * CMake target (CMake puts each target's objects in CMakeFiles/<target>.dir/, and links
 * those), if one alone is. Else -1: other layouts do not say what links together. */
static int same_target(const int *d, const struct notes *nt)
{
    const char *m = nt && nt->outs ? nt->outs[nt->main_tu] : NULL;
    size_t ml = cmake_target(m);
    if (!ml)
        return -1;
    int one = -1;
    for (int k = 0; k < DEFS && d[k]; k++) {
        const char *o = nt->outs[d[k] - 1];
        if (o && cmake_target(o) == ml && !strncmp(o, m, ml)) {
            if (one >= 0)
                return -1;
            one = d[k] - 1;
        }
    }
    return one;
}

/*
 * The library TU (no main) whose definition of usr the program takes, or -1. A function
 * defined in several (redis's _serverAssert in redisassert.c and in debug.c) is taken from
 * one already in the program, else from the one built into main's CMake target (same_target),
 * else from the one defining the fewest functions (a stub made to be linked instead of
 * the big file): noted, since the database cannot tell.
 */
static int tu_of(struct weft__strtab *S, const int *def, const char *usr, const char *member,
                 struct weft__facts *const *facts, struct notes *nt, int choose)
{
    int id = weft__strtab_find(S, usr);
    if (id < 0)
        return -1;
    const int *d = def + (size_t)id * DEFS;
    int best = -1;
    for (int k = 0; k < DEFS && d[k]; k++) {
        int t = d[k] - 1;
        if (member[t])
            return t;
        if (best < 0 || facts[t]->nfns < facts[best]->nfns)
            best = t;
    }
    if (d[1] && !choose)
        return -2; /* several: decided once the unambiguous ones are in */
    int t = d[1] ? same_target(d, nt) : -1;
    if (t >= 0)
        return t;
    if (d[1] && nt) {
        const char *name = strrchr(usr, '@');
        char buf[1200];
        snprintf(buf, sizeof(buf), "%s: note: '%s' is defined here and in %d more translation unit%s that the "
                 "program of %s does not otherwise need; it takes this one",
                 facts[best]->source, name ? name + 1 : usr, d[2] ? (d[3] ? 3 : 2) : 1, d[2] ? "s" : "",
                 facts[nt->main_tu]->source);
        const char **slot = NULL;
        if (!weft__grow((void **)nt->v, &nt->cap, *nt->n + 1, sizeof(**nt->v)) &&
            (slot = &(*nt->v)[*nt->n]) && (*slot = weft__arena_strdup(nt->A, buf)))
            (*nt->n)++;
        if (!nt->guessed)
            nt->guessed = name ? name + 1 : usr;
    }
    return best;
}

/*
 * Marks in member[] the TUs of the program rooted at TU m: m, and every TU without main
 * that defines a function m's program calls, starts as a thread or takes the address of
 * (a function pointer may be called), transitively. Returns 0 or -ENOMEM.
 */
static int reach(struct weft__facts *const *facts, size_t n, size_t m, struct weft__strtab *S, const int *def,
                 char *member, struct notes *nt)
{
    size_t *work = malloc((n + 1) * sizeof(*work)), nw = 0;
    const char **later = NULL; /* functions defined in several TUs, decided after the others */
    size_t nlater = 0, caplater = 0, done = 0;
    if (!work)
        return -ENOMEM;
    memset(member, 0, n);
    member[m] = 1;
    work[nw++] = m;
    int rc = 0;
    for (;;) {
        while (nw && !rc) {
            const struct weft__facts *f = facts[work[--nw]];
            /* What this TU defines itself (a header's static inline functions, which every TU
             * including the header defines under one USR) pulls in no other TU. */
            struct weft__strtab own;
            memset(&own, 0, sizeof(own));
            for (size_t i = 0; i < f->nfns && !rc; i++)
                rc = weft__strtab_intern(&own, f->fns[i].usr) < 0 ? -ENOMEM : 0;
            for (size_t i = 0; i < f->nfns + f->nbinds && !rc; i++) {
                /* Calls and thread entries of each function, then functions whose address it takes. */
                size_t nops = i < f->nfns ? f->fns[i].nops : 1;
                for (size_t j = 0; j < nops && !rc; j++) {
                    const char *u = NULL;
                    if (i < f->nfns) {
                        const struct weft__op *op = &f->fns[i].ops[j];
                        u = op->kind == WEFT__OP_CALL                             ? op->u.call.usr
                            : op->kind == WEFT__OP_CREATE && !op->u.create.by_slot ? op->u.create.entry
                                                                                    : NULL;
                    } else if (f->binds[i - f->nfns].kind == WEFT__FACT_FN) {
                        u = f->binds[i - f->nfns].target;
                    }
                    int t = u && weft__strtab_find(&own, u) < 0 ? tu_of(S, def, u, member, facts, nt, 0) : -1;
                    if (t == -2 && !weft__grow((void **)&later, &caplater, nlater + 1, sizeof(*later)))
                        later[nlater++] = u;
                    else if (t == -2)
                        rc = -ENOMEM;
                    if (t >= 0 && !member[t]) {
                        member[t] = 1;
                        work[nw++] = (size_t)t;
                    }
                }
            }
            weft__strtab_free(&own);
        }
        if (rc || done == nlater)
            break;
        /* The unambiguous ones are in: a function defined in several TUs comes from one of
         * them already in the program, else from the smallest. */
        int t = tu_of(S, def, later[done++], member, facts, nt, 1);
        if (t >= 0 && !member[t]) {
            member[t] = 1;
            work[nw++] = (size_t)t;
        }
    }
    free(later);
    free(work);
    return rc;
}

/* Adds one program's findings and its new reasons to r. */
static int merge(struct weft__arena *A, struct weft_check_result *r, size_t *cap, const struct weft_check_result *p)
{
    /* A location several programs find is one finding (weft__findings_unify), the surest. */
    for (size_t i = 0; i < p->nfindings; i++) {
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

/* r rests on a guess (why: which definition links): incomplete, and every definite
 * finding possible. 0 or -ENOMEM. */
static int rests_on_guess(struct weft__arena *A, struct weft_check_result *r, const char *why)
{
    const char **inc = weft__arena_alloc(A, (r->nincomplete + 1) * sizeof(*inc));
    if (!inc || !(why = weft__arena_strdup(A, why)))
        return -ENOMEM;
    if (r->nincomplete)
        memcpy(inc, r->incomplete, r->nincomplete * sizeof(*inc));
    inc[r->nincomplete++] = why;
    r->incomplete = inc;
    r->complete = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        struct weft_check_finding *f = &r->findings[i];
        if (!f->definite)
            continue;
        char msg[800];
        snprintf(msg, sizeof(msg), "possible %s", f->message ? f->message : "");
        f->message = weft__arena_strdup(A, msg);
        f->reason = why;
        f->definite = 0;
        if (!f->message)
            return -ENOMEM;
    }
    return 0;
}

/* One program (at most one main): a function two TUs define in their own source (not a
 * header's) is two definitions of which one links, which the database does not say; the
 * analysis then took one: no proof rests on it. 0 or -ENOMEM. */
static int one_program_duplicates(struct weft__facts *const *facts, size_t n, struct weft__arena *A,
                                  struct weft_check_result *r)
{
    struct weft__strtab S;
    memset(&S, 0, sizeof(S));
    size_t *first = NULL, cap = 0;
    const char *dup = NULL, *where = NULL;
    int rc = 0;
    for (size_t t = 0; t < n && !rc && !dup; t++)
        for (size_t i = 0; i < facts[t]->nfns && !rc && !dup; i++) {
            const struct weft__fn *fn = &facts[t]->fns[i];
            if (!fn->file || !facts[t]->source || strcmp(fn->file, facts[t]->source) || !strcmp(fn->usr, MAIN_USR))
                continue; /* a header's function, which every TU including it defines */
            size_t had = S.n;
            int id = weft__strtab_intern(&S, fn->usr);
            if (id < 0 || weft__grow((void **)&first, &cap, S.n + 1, sizeof(*first))) {
                rc = -ENOMEM;
                break;
            }
            if (S.n > had)
                first[id] = t;
            else if (first[id] != t)
                dup = fn->name, where = facts[t]->source;
        }
    if (!rc && dup) {
        char why[1400];
        snprintf(why, sizeof(why), "'%s' is defined in several translation units (%s among them) and the program "
                 "takes one: which one links is not known", dup, where);
        rc = rests_on_guess(A, r, why);
    }
    free(first);
    weft__strtab_free(&S);
    return rc;
}

int weft__programs_analyze(struct weft__facts *const *facts, const char *const *outputs, size_t n,
                           const struct weft_check_config *cfg, struct weft__arena *A, struct weft_check_result *r)
{
    size_t nmain = 0;
    for (size_t t = 0; t < n; t++)
        nmain += defines_main(facts[t]);
    if (nmain <= 1) {
        int rc = weft__program_analyze(facts, n, cfg, A, r);
        return rc ? rc : one_program_duplicates(facts, n, A, r);
    }

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
            if (id < 0 || weft__grow((void **)&def, &ndef, ((size_t)id + 1) * DEFS, sizeof(*def)))
                rc = -ENOMEM;
        }
    }
    /* weft__grow leaves new slots uninitialized: zero def once it has its size, then fill. */
    if (!rc && ndef) {
        memset(def, 0, ndef * sizeof(*def));
        for (size_t t = 0; t < n; t++)
            for (size_t i = 0; !defines_main(facts[t]) && i < facts[t]->nfns; i++) {
                int id = weft__strtab_find(&S, facts[t]->fns[i].usr);
                int *d = id >= 0 ? def + (size_t)id * DEFS : NULL;
                for (int k = 0; d && k < DEFS; k++)
                    if (!d[k] || d[k] == (int)t + 1) {
                        d[k] = (int)t + 1;
                        break;
                    }
            }
    }
    r->complete = 1;
    size_t cap = 0;
    for (size_t m = 0; m < n && !rc; m++) {
        if (!defines_main(facts[m]))
            continue;
        struct notes nt = {A, &r->diagnostics, &r->ndiagnostics, r->ndiagnostics, m, outputs, NULL};
        if ((rc = reach(facts, n, m, &S, ndef ? def : NULL, member, &nt)))
            break;
        size_t ns = 0;
        for (size_t t = 0; t < n; t++)
            if (member[t])
                sub[ns++] = facts[t];
        struct weft_check_result one;
        memset(&one, 0, sizeof(one));
        rc = weft__program_analyze(sub, ns, cfg, A, &one);
        if (!rc && nt.guessed) {
            char why[1400];
            snprintf(why, sizeof(why), "'%s' is defined in several translation units and the program of %s takes "
                     "one by a rule of thumb: which one links is not known", nt.guessed, facts[m]->source);
            rc = rests_on_guess(A, &one, why);
        }
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
