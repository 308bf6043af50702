/* Findings: groups the accesses by location, marks those in a racing pair, and builds one finding per location. */
#include "keys.h"
#include "program_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

static int acc_cmp(const void *x, const void *y)
{
    const struct acc *a = x, *b = y;
    if (a->tloc != b->tloc)
        return a->tloc < b->tloc ? -1 : 1;
    if (a->loc != b->loc)
        return a->loc < b->loc ? -1 : 1;
    if (a->file != b->file)
        return a->file < b->file ? -1 : 1;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->ctx - b->ctx;
}

/* A short human name for a location or lock key. */
/* T[0..N) is one parenthesized group: its first '(' closes at its last character. */
static int one_group(const char *t, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
        if (depth == 0 && i + 1 < n)
            return 0;
    }
    return depth == 0;
}

static const char *pretty(struct prog *p, const char *key, const char *fallback, struct weft__arena *A)
{
    char buf[512];
    if (!strncmp(key, "obj:", 4) && (!fallback || !*fallback))
        key += 4; /* the lock of the element accessed: named after the array's field */
    if (!strncmp(key, "g:", 2)) {
        const char *at = strrchr(key, '@');
        snprintf(buf, sizeof(buf), "%s", at ? at + 1 : key + 2);
    } else if ((!strncmp(key, "o:", 2) || !strncmp(key, "q:", 2)) && strrchr(key, '#')) {
        snprintf(buf, sizeof(buf), "%s", strrchr(key, '#') + 1); /* a function's local: its name */
    } else if (!strncmp(key, "h:", 2) && strrchr(key, '#')) {
        /* what a function's local p was given by an allocation: as the code names it, p (the
         * lock lk(p) takes), or p->m for its field */
        const char *nm = strrchr(key, '#') + 1;
        size_t n = strcspn(nm, ".[");
        if (nm[n] == '.')
            snprintf(buf, sizeof(buf), "%.*s->%s", (int)n, nm, nm + n + 1);
        else
            snprintf(buf, sizeof(buf), "%.*s", (int)n, nm);
    } else if (!strncmp(key, "cs:", 3)) {
        snprintf(buf, sizeof(buf), "%s()", key + 3);
    } else if (fallback && *fallback) {
        /* The argument's text names the lock: &m, &(bolt->mutex) read as m, bolt->mutex. */
        const char *t = fallback;
        size_t n = strlen(t);
        if (t[0] == '&' && n > 1) {
            t++, n--;
            while (n > 2 && t[0] == '(' && t[n - 1] == ')' && one_group(t, n))
                t++, n -= 2;
        }
        snprintf(buf, sizeof(buf), "%.*s", (int)n, t);
    } else if (!strncmp(key, "f:", 2) || !strncmp(key, "t:", 2)) {
        snprintf(buf, sizeof(buf), "%s", key + 2);
    } else {
        snprintf(buf, sizeof(buf), "%s", key);
    }
    (void)p;
    /* A union's one location ("u.*"), some part of an object ("s~"): named by the object. */
    size_t n = strlen(buf);
    if (n > 2 && !strcmp(buf + n - 2, ".*"))
        buf[n -= 2] = '\0';
    if (n > 1 && buf[n - 1] == '~')
        buf[--n] = '\0';
    const char *d = weft__arena_strdup(A, buf);
    return d ? d : "";
}

#define MAX_FRAMES 32 /* a longer path keeps its innermost calls */

/* The result's copies of the pass's strings and call paths, each made once: the strings
 * live as long as the pass (string table, facts), so their addresses are keys. Findings
 * on redis repeat a few thousand strings and paths over hundreds of thousands of notes. */
struct copies {
    struct weft__arena *A;
    struct weft__ptrmap strs; /* the pass's strings to the result's copies */
    const struct weft_check_frame **paths; /* by path node, once made */
    unsigned char *plen;
    size_t npaths;
    const char **locks; /* lock names by 2 * id + read */
    size_t nlocks;
    const char **scratch; /* one note's lock names while it is compared */
    size_t capscratch;
    size_t *dslots, capd; /* one finding's notes by hash: index + 1, 0 empty */
};

/* The result's copy of s (a string that outlives the pass), made on first use; NULL on ENOMEM. */
static const char *keep(struct copies *c, const char *s)
{
    void **v = weft__ptrmap_slot(&c->strs, s ? s : "");
    if (v && !*v)
        *v = weft__arena_strdup(c->A, s ? s : "");
    return v ? *v : NULL;
}

/* The calls of path node n (struct pnode), outermost first, into x; each node's frames are
 * made once and shared by the notes that reach it. 0 or -ENOMEM. */
static int call_path(struct prog *p, int n, struct weft_check_access *x, struct copies *c)
{
    x->npath = 0;
    x->path = NULL;
    if (n <= 0 || (size_t)n > p->npnodes)
        return 0;
    if (!c->paths) {
        c->npaths = p->npnodes;
        c->paths = calloc(c->npaths, sizeof(*c->paths));
        c->plen = calloc(c->npaths, 1);
        if (!c->paths || !c->plen)
            return -ENOMEM;
    }
    if (!c->paths[n - 1]) {
        int chain[MAX_FRAMES], k = 0;
        for (int m = n; m > 0 && (size_t)m <= p->npnodes && k < MAX_FRAMES; m = p->pnodes[m - 1].parent)
            chain[k++] = m;
        struct weft_check_frame *fr = weft__arena_alloc(c->A, (size_t)k * sizeof(*fr));
        if (!fr)
            return -ENOMEM;
        for (int i = 0; i < k; i++) {
            const struct pnode *pn = &p->pnodes[chain[k - 1 - i] - 1];
            fr[i].function = keep(c, p->fns[pn->fn].f->name);
            fr[i].file = keep(c, pn->site && pn->site->file ? pn->site->file : "");
            fr[i].line = pn->site ? pn->site->line : 0;
            if (!fr[i].function || !fr[i].file)
                return -ENOMEM;
        }
        c->paths[n - 1] = fr;
        c->plen[n - 1] = (unsigned char)k;
    }
    x->path = c->paths[n - 1];
    x->npath = c->plen[n - 1];
    return 0;
}

int weft__access_same(const struct weft_check_access *x, const struct weft_check_access *y)
{
    if (x->line != y->line || x->col != y->col || x->nlocks != y->nlocks || strcmp(x->file, y->file) ||
        strcmp(x->kind, y->kind) || strcmp(x->thread, y->thread))
        return 0;
    for (size_t l = 0; l < x->nlocks; l++)
        if (strcmp(x->locks[l], y->locks[l]))
            return 0;
    return 1;
}

/* A hash of what weft__access_same compares: notes it calls the same hash the same. */
static uint64_t access_hash(const struct weft_check_access *x)
{
    uint64_t h = weft__fnv(WEFT__FNV_INIT, &x->line, sizeof(x->line));
    h = weft__fnv(h, &x->col, sizeof(x->col));
    h = weft__fnv(h, x->file, strlen(x->file));
    h = weft__fnv(h, x->kind, strlen(x->kind));
    h = weft__fnv(h, x->thread, strlen(x->thread));
    for (size_t l = 0; l < x->nlocks; l++)
        h = weft__fnv(h, x->locks[l], strlen(x->locks[l]) + 1);
    return h;
}

size_t weft__access_slot(const size_t *slots, size_t nslots, const struct weft_check_access *notes,
                         const struct weft_check_access *x, int *dup)
{
    size_t s = (size_t)access_hash(x) & (nslots - 1);
    *dup = 0;
    while (slots[s] && !(*dup = weft__access_same(&notes[slots[s] - 1], x)))
        s = (s + 1) & (nslots - 1);
    return s;
}

int weft__finding_place_cmp(const struct weft_check_finding *a, const struct weft_check_finding *b)
{
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

int weft__finding_cmp(const void *x, const void *y)
{
    const struct weft_check_finding *a = x, *b = y;
    int c = weft__finding_place_cmp(a, b);
    return c ? c : strcmp(a->id, b->id);
}

struct mark {
    size_t owner, idx;
};

static int idx_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return a < b ? -1 : a > b;
}

static int mark_cmp(const void *x, const void *y)
{
    const struct mark *a = x, *b = y;
    if (a->owner != b->owner)
        return a->owner < b->owner ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* A lock's name as a note shows it (id: its key's string id; read: held for reading), made once. */
static const char *lock_name(struct prog *p, struct copies *c, int id, int read)
{
    size_t k = 2 * (size_t)id + (size_t)read;
    if (k >= c->nlocks) {
        size_t n = p->S.n * 2 + 2 > k + 1 ? p->S.n * 2 + 2 : k + 1;
        const char **l = realloc(c->locks, n * sizeof(*l));
        if (!l)
            return NULL;
        memset(l + c->nlocks, 0, (n - c->nlocks) * sizeof(*l));
        c->locks = l;
        c->nlocks = n;
    }
    if (!c->locks[k]) {
        const char *t = (size_t)id < p->nlock_text && p->lock_text[id] ? p->lock_text[id] : NULL;
        const char *nm = id == p->atomic_lock ? "atomic section" : pretty(p, weft__pg_str(p, id), t, c->A);
        if (nm && read) {
            char b[300];
            snprintf(b, sizeof(b), "%s (read)", nm);
            nm = weft__arena_strdup(c->A, b);
        }
        c->locks[k] = nm;
    }
    return c->locks[k];
}

/* One finding from the accesses in [g, e) whose racy flag is set, named after owner. */
static int emit_finding(struct prog *p, struct copies *c, struct weft_check_result *r, size_t *capp,
                        size_t *idx, size_t nr, const struct acc *owner, const char *why, const size_t pair[2],
                        int by_type)
{
    struct weft__arena *A = c->A;
    size_t cap = *capp;
    /* The racing pair first (its two accesses, or one if both are one place), then the rest. */
    int paired = 0;
    for (int q = 0; q < 2 && pair[0] != NONE; q++) {
        for (size_t k = (size_t)paired; k < nr; k++) {
            if (idx[k] == pair[q]) {
                size_t t = idx[k];
                memmove(idx + paired + 1, idx + paired, (k - (size_t)paired) * sizeof(*idx));
                idx[paired++] = t;
                break;
            }
        }
    }
    struct weft_check_finding *f = WEFT__PUSH(r->findings, r->nfindings, cap);
    if (!f)
        return -ENOMEM;
    memset(f, 0, sizeof(*f));
    f->accesses = weft__arena_alloc(A, nr * sizeof(*f->accesses));
    if (!f->accesses)
        return -ENOMEM;
    const struct acc *first = owner;
    size_t nslots = 16;
    while (nslots < 2 * nr)
        nslots *= 2;
    if (nslots > c->capd) {
        free(c->dslots);
        c->dslots = malloc(nslots * sizeof(*c->dslots));
        c->capd = c->dslots ? nslots : 0;
        if (!c->dslots)
            return -ENOMEM;
    }
    memset(c->dslots, 0, nslots * sizeof(*c->dslots));
    for (size_t k = 0; k < nr; k++) {
        const struct acc *a = &p->accs[idx[k]];
        /* One note per (place, kind, thread, locks) even if reached from several contexts. */
        struct weft_check_access *x = &f->accesses[f->naccesses];
        /* The string table and the facts die with the pass: the result keeps copies. */
        x->file = keep(c, weft__pg_str(p, a->file));
        x->line = a->line;
        x->col = a->col;
        x->kind = a->mode == 'r' ? "read" : "write";
        x->atomic = a->atomic;
        x->thread = keep(c, weft__pg_thread_name(p, a->ctx));
        x->text = keep(c, weft__pg_str(p, a->text));
        if (!x->file || !x->thread || !x->text)
            return -ENOMEM;
        /* The lock names go to scratch first: most notes repeat one already kept. */
        x->nlocks = (size_t)a->ls.n;
        if (weft__grow((void **)&c->scratch, &c->capscratch, x->nlocks + 1, sizeof(*c->scratch)))
            return -ENOMEM;
        for (int l = 0; l < a->ls.n; l++) {
            const char *nm = lock_name(p, c, (int)(a->ls.l[l] >> 1), !(a->ls.l[l] & 1));
            if (!nm)
                return -ENOMEM;
            c->scratch[l] = nm;
        }
        x->locks = c->scratch;
        int dup;
        size_t s = weft__access_slot(c->dslots, nslots, f->accesses, x, &dup);
        if (!dup) {
            c->dslots[s] = f->naccesses + 1;
            const char **l = weft__arena_alloc(A, (x->nlocks + 1) * sizeof(*l));
            /* (a path only for the accesses reports list) */
            x->path = NULL;
            x->npath = 0;
            if (!l || (f->naccesses < WEFT_CHECK_LISTED_ACCESSES && call_path(p, a->path, x, c)))
                return -ENOMEM;
            memcpy(l, c->scratch, x->nlocks * sizeof(*l));
            x->locks = l;
            f->naccesses++;
        }
        if (k + 1 == (size_t)paired)
            f->npair = f->naccesses; /* the racing pair's notes (1: one place in two threads) */
    }
    const char *key = weft__pg_str(p, first->loc);
    f->rule = "weft-race";
    const char *dot = !strncmp(key, "g:", 2) ? strchr(strrchr(key, '@') ? strrchr(key, '@') : key, '.') : NULL;
    if (dot) {
        f->variable = pretty(p, key, NULL, A);
    } else {
        f->variable = pretty(p, key, weft__pg_str(p, first->text), A);
    }
    f->file = keep(c, weft__pg_str(p, first->file));
    f->line = first->line;
    f->col = first->col;
    char msg[600];
    snprintf(msg, sizeof(msg), "%sdata race on '%s'", why ? "possible " : "", f->variable ? f->variable : "");
    f->message = weft__arena_strdup(A, msg);
    f->definite = !why;
    f->by_type = by_type;
    f->reason = keep(c, why ? why : "");
    uint64_t h = weft__fnv(WEFT__FNV_INIT, "weft-race|", 10);
    /* Statics' USRs carry their file name, so the key alone is stable across line moves. */
    h = weft__fnv(h, key, strlen(key));
    char id[17];
    snprintf(id, sizeof(id), "%016llx", (unsigned long long)h);
    f->id = weft__arena_strdup(A, id);
    if (!f->variable || !f->message || !f->id || !f->file || !f->reason)
        return -ENOMEM;

    *capp = cap;
    return 0;
}

/* What weft__pg_races() reads of an access: all of it but its place and text. */
static int acc_same(const struct acc *a, const struct acc *b)
{
    return a->loc == b->loc && a->tloc == b->tloc && a->ctx == b->ctx && a->idx == b->idx && a->mode == b->mode &&
           a->atomic == b->atomic && a->sup == b->sup && a->typed == b->typed && a->alias == b->alias && a->part == b->part &&
           a->own == b->own && a->root == b->root && a->ukey == b->ukey && a->upath == b->upath && a->ownframe == b->ownframe && a->iter == b->iter && a->lcopy == b->lcopy && a->pbase == b->pbase && ls_equal(&a->ls, &b->ls) &&
           a->aff == b->aff && a->av == b->av && a->am == b->am && a->alo == b->alo && a->ahi == b->ahi &&
           a->ast == b->ast && a->crng == b->crng && a->clo == b->clo && a->chi == b->chi &&
           a->amod == b->amod && a->arem == b->arem && a->vspan == b->vspan && a->slock == b->slock && a->slockw == b->slockw && a->rent == b->rent &&
           (a->rent < 0 || (a->rlo == b->rlo && a->rhi == b->rhi)) &&
           ls_equal(&a->acq, &b->acq) && ls_equal(&a->bmay, &b->bmay) && ls_equal(&a->fst, &b->fst) && !memcmp(a->live, b->live, sizeof(a->live)) &&
           !memcmp(a->before, b->before, sizeof(a->before)) && !memcmp(a->started, b->started, sizeof(a->started));
}

static uint64_t acc_sig(const struct acc *a)
{
    uint64_t k[3] = {(uint64_t)(uint32_t)a->ctx << 32 ^ (uint64_t)(uint32_t)a->ukey << 16 ^ (uint32_t)a->idx ^
                         (uint64_t)a->alo << 40 ^ (uint64_t)a->ahi << 20 ^ (uint64_t)(unsigned char)a->aff << 60,
                     (uint64_t)(uint32_t)a->root << 32 | (uint64_t)(unsigned char)a->mode << 24 |
                         (uint64_t)(unsigned char)a->atomic << 16 | (uint64_t)(unsigned char)a->own << 8 |
                         (uint64_t)(unsigned char)a->sup,
                     (uint64_t)(unsigned char)a->typed << 8 | (uint64_t)(unsigned char)a->alias | (uint64_t)(unsigned char)a->ownframe << 16 | (uint64_t)(unsigned char)a->iter << 17 | (uint64_t)(unsigned char)a->lcopy << 19 | (uint64_t)(uint32_t)a->upath << 32};
    uint64_t h = mix_ls(mix_ls(mix(WEFT__FNV_INIT, k, 3), &a->ls), &a->acq);
    return mix(mix(h, a->live, MAXE / 64), a->started, MAXE / 64);
}

/* Accesses weft__pg_races() cannot tell apart (the same but for place and text) form a class:
 * by class its first access (an index into p->accs), racy flag and last access; by access
 * (offset from the range's start) its class and the next access of its class; a hash table
 * of classes. */
struct classes {
    size_t *first, *last, *of, *next, cap, nc;
    size_t *plain; /* by class: its first access not reached by a call matched by type, or NONE */
    char *racy;
    int *slot;
    size_t nslot;
};

/* Splits the accesses [s0, s1) into classes. 0 or -ENOMEM. */
static int classify(struct prog *p, size_t s0, size_t s1, struct classes *C)
{
    size_t k = s1 - s0, ns = 16;
    while (ns < 2 * k)
        ns *= 2;
    if (k > C->cap) {
        size_t **v[] = {&C->first, &C->last, &C->of, &C->next, &C->plain};
        C->cap = k;
        for (size_t i = 0; i < 5; i++) {
            free(*v[i]);
            if (!(*v[i] = malloc(k * sizeof(size_t))))
                C->cap = 0;
        }
        free(C->racy);
        if (!(C->racy = malloc(k)))
            C->cap = 0;
        if (!C->cap)
            return -ENOMEM;
    }
    if (ns > C->nslot) {
        free(C->slot);
        C->nslot = (C->slot = malloc(ns * sizeof(*C->slot))) ? ns : 0;
        if (!C->slot)
            return -ENOMEM;
    }
    memset(C->slot, -1, ns * sizeof(*C->slot));
    C->nc = 0;
    for (size_t i = s0; i < s1; i++) {
        size_t h = (size_t)acc_sig(&p->accs[i]) & (ns - 1);
        while (C->slot[h] >= 0 && !acc_same(&p->accs[C->first[C->slot[h]]], &p->accs[i]))
            h = (h + 1) & (ns - 1);
        size_t c = (size_t)C->slot[h];
        if (C->slot[h] < 0) {
            c = C->nc++;
            C->slot[h] = (int)c;
            C->first[c] = i;
            C->racy[c] = 0;
            C->plain[c] = NONE;
        } else {
            C->next[C->last[c] - s0] = i;
        }
        C->last[c] = i;
        if (C->plain[c] == NONE && !p->accs[i].tcall)
            C->plain[c] = i;
        C->next[i - s0] = NONE;
        C->of[i - s0] = c;
    }
    return 0;
}

/*
 * Sets the racy flag of the accesses [s0, s1) of one location: those in a pair that
 * races. Each pair of classes is tested once: hundreds of reads of a field under the same
 * locks made the pairs of accesses quadratic. *why: NULL when some racing pair is
 * definite, else why the first one found is only possible. 0 or -ENOMEM.
 */
static int mark_racy(struct prog *p, size_t s0, size_t s1, struct classes *C, const char **why, size_t pair[2],
                     char *ident)
{
    int rc = classify(p, s0, s1, C);
    if (rc)
        return rc;
    char *racy = C->racy;
    /* Only a named object can race for sure: elsewhere the first racing pair says why not. */
    const char *k = weft__pg_str(p, p->accs[s0].loc);
    int may_def = !strncmp(k, "g:", 2) || !strncmp(k, "o:", 2) || !strncmp(k, "*g:", 3);
    int def = 0;
    *why = NULL;
    *ident = 0;
    for (size_t u = 0; u < C->nc; u++)
        for (size_t v = u; v < C->nc; v++) {
            const struct acc *a = &p->accs[C->first[u]], *b = &p->accs[C->first[v]];
            /* A pair of this location with neither access reached by a call matched by type
             * makes the finding identified (whether the location is memory by type, by_type
             * below tells by its key). The tcall flag is not part of a class: its members
             * race alike, so a class with a plain member stands for it. */
            int id = C->plain[u] != NONE && C->plain[v] != NONE;
            if ((racy[u] && racy[v] && (def || !may_def) && (*ident || !id)) || !weft__pg_races(p, a, b))
                continue;
            racy[u] = racy[v] = 1;
            /* The pair the finding shows first: the first definite one, else the first found
             * with no call matched by type, else the first found; its reason with it. */
            int better = pair[0] == NONE || (id && !*ident);
            *ident |= (char)id;
            const char *w = NULL;
            if (!def && (may_def || !*why || better))
                def = id ? weft__pg_definite(p, &p->accs[C->plain[u]], &p->accs[C->plain[v]], &w)
                         : weft__pg_definite(p, a, b, &w);
            if (def || better)
                pair[0] = id ? C->plain[u] : C->first[u], pair[1] = id ? C->plain[v] : C->first[v];
            if (!def && (!*why || better) && w)
                *why = w;
        }
    if (def)
        *why = NULL;
    for (size_t i = s0; i < s1; i++)
        p->accs[i].racy = racy[C->of[i - s0]];
    return 0;
}

struct gt {
    int group, type;
};

static int gt_cmp(const void *x, const void *y)
{
    const struct gt *a = x, *b = y;
    return a->group != b->group ? (a->group < b->group ? -1 : 1) : (a->type > b->type) - (a->type < b->type);
}

/* The most copies typed_into_fields makes before it gives up (and says the analysis is
 * incomplete): a program with many pointers of one type and many fields of it. */
#define MAX_TYPED_COPIES 200000

/* Copies access i into type group tloc (a copy only ever joins that group's findings),
 * counting against MAX_TYPED_COPIES: 0, 1 when the budget is spent (the reason, "too many
 * WHAT to pair with...", is said), or -ENOMEM. */
static void too_many_copies(struct prog *p, const char *what)
{
    weft__pg_reason(p, "too many %s%s to pair with what they may reach", what, "", 0);
}

static int copy_into_group(struct prog *p, size_t i, int tloc, size_t *copies, const char *what)
{
    if (++*copies > MAX_TYPED_COPIES) {
        too_many_copies(p, what);
        return 1;
    }
    struct acc c = p->accs[i];
    c.tloc = tloc;
    c.copy = 1;
    struct acc *d = WEFT__PUSH(p->accs, p->naccs, p->capaccs);
    if (!d)
        return -ENOMEM;
    *d = c;
    return 0;
}

/*
 * Memory reached by a pointer of type T* whose target is not known ("t:int") may be a field
 * of type T of any object such pointers can reach (an alias access: its address taken, not
 * static...). Accesses are paired within a group of one type key, so each such typed access
 * is copied into the group of every field type that holds a T with alias accesses; the copy
 * only ever joins those fields' findings. 0 or -ENOMEM.
 */
static int typed_into_fields(struct prog *p)
{
    size_t n0 = p->naccs, ngt = 0, capgt = 0, copies = 0;
    unsigned char *pure = calloc(p->S.n + 1, 1);
    struct gt *gt = NULL;
    if (!pure)
        return -ENOMEM;
    for (size_t i = 0; i < n0; i++) {
        const struct acc *a = &p->accs[i];
        if (!a->typed || a->vtype < 0 || a->tloc != a->vtype)
            continue;
        const char *k = weft__pg_str(p, a->tloc);
        /* Bytes (memset, memcpy, char buffers) would meet every char field: left out. */
        if (strcmp(k, "t:char") && strcmp(k, "t:unsigned char") && strcmp(k, "t:signed char") && strcmp(k, "t:void"))
            pure[a->tloc] = 1;
    }
    for (size_t i = 0; i < n0; i++) {
        const struct acc *b = &p->accs[i];
        /* (a field by type too when its address is taken: &n->val handed on as an int *) */
        int field_addr = b->typed && b->tloc >= 0 && (size_t)b->tloc < p->naddr && p->addr_taken[b->tloc];
        if (!b->alias || (b->typed && !field_addr) || b->vtype < 0 || (size_t)b->vtype >= p->S.n || !pure[b->vtype] ||
            b->tloc == b->vtype)
            continue;
        if (weft__grow((void **)&gt, &capgt, ngt + 1, sizeof(*gt))) {
            free(pure);
            return -ENOMEM;
        }
        gt[ngt++] = (struct gt){b->tloc, b->vtype};
    }
    /* (a union member's address taken as its own type, &u.f as a float *: that type's
     * accesses may reach the union's location, whatever type its accesses here read) */
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        int vt = f->kind == WEFT__FACT_ADDR && *f->slot ? weft__strtab_find(&p->S, f->slot) : -1;
        if (vt < 0 || !pure[vt] || p->binds[i].target < 0 || p->binds[i].target == vt)
            continue;
        if (weft__grow((void **)&gt, &capgt, ngt + 1, sizeof(*gt))) {
            free(pure);
            return -ENOMEM;
        }
        gt[ngt++] = (struct gt){p->binds[i].target, vt};
    }
    free(pure);
    if (ngt)
        qsort(gt, ngt, sizeof(*gt), gt_cmp);
    /* One typed access per class (weft__pg_races cannot tell the others apart) is enough to
     * pair: rep[i] is set for those. A hash set of the representatives' indices + 1. */
    unsigned char *rep = calloc(n0 + 1, 1);
    size_t ns = 16;
    while (ns < 2 * n0)
        ns *= 2;
    size_t *slot = calloc(ns, sizeof(*slot));
    for (size_t i = 0; rep && slot && i < n0; i++) {
        const struct acc *a = &p->accs[i];
        if (!a->typed)
            continue;
        size_t h = (size_t)(acc_sig(a) ^ (uint64_t)(uint32_t)a->loc << 32 ^ (uint32_t)a->tloc) & (ns - 1);
        while (slot[h] && !(acc_same(&p->accs[slot[h] - 1], a)))
            h = (h + 1) & (ns - 1);
        if (!slot[h]) {
            slot[h] = i + 1;
            rep[i] = 1;
        }
    }
    int nomem = !rep || !slot;
    free(slot);
    if (nomem) {
        free(rep);
        free(gt);
        return -ENOMEM;
    }
    /* The representatives of each type, in index order: first[type], then next[i]. */
    size_t *first = malloc((p->S.n + 1) * sizeof(*first)), *next = malloc((n0 + 1) * sizeof(*next));
    if (!first || !next) {
        free(first);
        free(next);
        free(rep);
        free(gt);
        return -ENOMEM;
    }
    for (size_t t = 0; t <= p->S.n; t++)
        first[t] = NONE;
    for (size_t i = n0; i-- > 0;)
        if (rep[i] && p->accs[i].tloc >= 0 && (size_t)p->accs[i].tloc <= p->S.n) {
            next[i] = first[p->accs[i].tloc];
            first[p->accs[i].tloc] = i;
        }
    int rc = 0;
    for (size_t g = 0; g < ngt && !rc; g++) {
        if (g && !gt_cmp(&gt[g], &gt[g - 1]))
            continue;
        size_t i0 = gt[g].type >= 0 && (size_t)gt[g].type <= p->S.n ? first[gt[g].type] : NONE;
        for (size_t i = i0; i != NONE && !rc; i = next[i]) {
            rc = copy_into_group(p, i, gt[g].group, &copies, "accesses through pointers of unknown target");
        }
    }
    free(first);
    free(next);
    free(gt);
    free(rep);
    return rc < 0 ? rc : 0;
}

static int int_cmp(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/*
 * A write through a character pointer whose target is not known ("t:char": a byte patched
 * through a pointer rebuilt from an integer, memset of an unknown buffer) may reach any
 * object whose address is taken (a global's, what a global pointer points at, a heap
 * object, a local handed out, a field of what a pointer reaches), of any type (C lets character types access every object);
 * so may any access through a void * of unknown target (value type "t:void": write(fd,
 * j->buf, n), qsort(r->base, ...)). Such accesses are copied into the type group of every
 * access to a global whose address is taken. 0 or -ENOMEM (too many copies: the reason says so).
 */
static int pointed_at(struct prog *p, const struct acc *a)
{
    const char *k = weft__pg_str(p, a->loc);
    if (!a->typed)
        return weft__pg_addr_taken(p, k);
    return !strncmp(k, "*g:", 3) || !strncmp(k, "h:", 2) || !strncmp(k, "o:", 2) || !strncmp(k, "f:", 2);
}

static int byte_writes_into_groups(struct prog *p)
{
    size_t n0 = p->naccs, nw = 0, ng = 0, copies = 0;
    size_t *w = malloc((n0 + 1) * sizeof(*w));
    int *g = malloc((n0 + 1) * sizeof(*g));
    int rc = w && g ? 0 : -ENOMEM;
    int tchar = weft__strtab_find(&p->S, "t:char"), tvoid = weft__strtab_find(&p->S, "t:void");
    for (size_t i = 0; !rc && tchar >= 0 && i < n0; i++) {
        const struct acc *a = &p->accs[i];
        /* (not the thread API's own stores, a join's result, free(), nor a mutex's object: no data;
         * through a void * of unknown target, a read or what a library call does too); the groups:
         * of a global whose address is taken, of what a global pointer points at, a heap object,
         * a local handed out, a field of what a pointer reaches */
        int voided = tvoid >= 0 && a->vtype == tvoid;
        if (a->typed && a->loc == tchar && a->tloc == tchar && !a->copy && !a->atomic && !a->freed &&
            (voided || (a->mode != WEFT__READ && !a->ext)))
            w[nw++] = i;
        else if (!a->atomic && a->tloc >= 0 && a->tloc != tchar && a->loc >= 0 && pointed_at(p, a))
            g[ng++] = a->tloc;
    }
    if (nw && ng)
        qsort(g, ng, sizeof(*g), int_cmp);
    size_t ngu = 0;
    for (size_t j = 0; j < ng; j++)
        ngu += !j || g[j] != g[j - 1];
    /* One access of each class is enough to pair (weft__pg_races cannot tell the others apart). */
    size_t ns = 16, nk = 0;
    while (ns < 2 * nw)
        ns *= 2;
    size_t *slot = !rc && nw ? calloc(ns, sizeof(*slot)) : NULL;
    for (size_t k = 0; slot && k < nw; k++) {
        const struct acc *a = &p->accs[w[k]];
        size_t h = (size_t)acc_sig(a) & (ns - 1);
        while (slot[h] && !acc_same(&p->accs[slot[h] - 1], a))
            h = (h + 1) & (ns - 1);
        if (!slot[h]) {
            slot[h] = w[k] + 1;
            w[nk++] = w[k];
        }
    }
    if (slot || !nw)
        nw = nk;
    else if (!rc)
        rc = -ENOMEM;
    free(slot);
    /* (said at once, no copy made: real code's strings; half the budget, each copy being paired
     * with a whole group: redis's 200,000 took 25% more time than all else) */
    if (!rc && nw && ngu > MAX_TYPED_COPIES / 2 / nw) {
        too_many_copies(p, "byte writes through pointers of unknown target");
        nw = 0;
    }
    for (size_t j = 0; !rc && nw && j < ng; j++) {
        if (j && g[j] == g[j - 1])
            continue;
        for (size_t k = 0; k < nw && !rc; k++) {
            rc = copy_into_group(p, w[k], g[j], &copies, "byte writes through pointers of unknown target");
        }
    }
    free(w);
    free(g);
    return rc < 0 ? rc : 0;
}

/* A (group, view location) pair views_into_members copies for. */
struct vpair {
    int tloc, vloc;
};

static int vpair_cmp(const void *x, const void *y)
{
    const struct vpair *a = x, *b = y;
    return a->tloc != b->tloc ? (a->tloc > b->tloc) - (a->tloc < b->tloc) : (a->vloc > b->vloc) - (a->vloc < b->vloc);
}

/*
 * A view of an aggregate by type: a helper reading a struct field the caller reached by type
 * ("f:struct dev.regs") or a whole struct ("t:struct regs") as scalars of its own (a byte
 * dump through a const unsigned char *). It reaches every member of that field or struct:
 * each such view is copied into the type group of every named access below it (gchip.regs
 * .status, in a struct dev object: "f:struct dev.regs" is a prefix) whose object's address
 * may be taken. 0 or -ENOMEM (too many copies: the reason says so).
 */
static int views_into_members(struct prog *p)
{
    size_t n0 = p->naccs, npairs = 0, cap = 0, copies = 0;
    int *first = malloc((p->S.n + 1) * sizeof(*first));
    size_t *next = malloc((n0 + 1) * sizeof(*next));
    struct vpair *pairs = NULL;
    int rc = first && next ? 0 : -ENOMEM;
    size_t nviews = 0;
    for (size_t t = 0; !rc && t <= p->S.n; t++)
        first[t] = -1;
    for (size_t i = n0; !rc && i-- > 0;) {
        const struct acc *a = &p->accs[i];
        const char *k = a->loc >= 0 ? weft__pg_str(p, a->loc) : "";
        int view = a->typed && a->loc == a->tloc && (k[0] == 'f' || !strncmp(k, "t:struct ", 9) || !strncmp(k, "t:union ", 8));
        if (view && a->vtype >= 0 && a->vtype != a->loc) {
            next[i] = first[a->loc] < 0 ? NONE : (size_t)first[a->loc];
            first[a->loc] = (int)i;
            nviews++;
        }
    }
    for (size_t i = 0; !rc && nviews && i < n0; i++) {
        const struct acc *b = &p->accs[i];
        const char *k = weft__pg_str(p, b->loc);
        if (b->typed || !b->alias || b->sbt < 0 || !weft__key_object(k))
            continue;
        const char *name = weft__key_var_name(k), *path = strpbrk(name, ".[");
        const char *st = weft__pg_str(p, b->sbt);
        char buf[1100];
        /* the whole object by its type, then each field on the way to the access, then the
         * access's own field when it is an element of it (gnic.mac[5], by its element's type,
         * against a view of the whole field: memcmp(n->mac, ...)) */
        for (const char *q = path; q && !rc;) {
            if (q == path)
                snprintf(buf, sizeof(buf), "t:%s", st);
            else
                snprintf(buf, sizeof(buf), "f:%s%.*s", st, (int)(q - path), path);
            int id = weft__strtab_find(&p->S, buf);
            if (id >= 0 && first[id] >= 0 && id != b->tloc) {
                if (weft__grow((void **)&pairs, &cap, npairs + 1, sizeof(*pairs)))
                    rc = -ENOMEM;
                else
                    pairs[npairs++] = (struct vpair){b->tloc, id};
            }
            const char *nx = *q ? strpbrk(q + 1, ".[") : NULL;
            q = nx ? nx : *q ? q + strlen(q) : NULL; /* (the whole path last) */
        }
    }
    /* A view of a struct member by type whose address was formed (checksum(&s->key, ...),
     * "f:struct session.key" of type struct sess_key) reaches that member of any object: every
     * access to a field of a struct sess_key that pointers may reach (gs = fresh, *cur = fresh,
     * sessions[2] = fresh, srv.active = fresh all write "f:struct sess_key.b"). */
    for (size_t i = 0; !rc && nviews && i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        int v = f->kind == WEFT__FACT_FIELD_TYPE ? weft__strtab_find(&p->S, f->slot) : -1;
        if (v < 0 || first[v] < 0 || strncmp(f->target, "t:", 2))
            continue;
        char pre[1100];
        int pn = snprintf(pre, sizeof(pre), "f:%s.", f->target + 2);
        for (size_t j = 0; !rc && pn > 0 && pn < (int)sizeof(pre) && j < n0; j++) {
            const struct acc *b = &p->accs[j];
            if (b->copy || b->tloc < 0 || b->tloc == v || !(b->alias || b->typed) ||
                strncmp(weft__pg_str(p, b->tloc), pre, (size_t)pn))
                continue;
            if (weft__grow((void **)&pairs, &cap, npairs + 1, sizeof(*pairs)))
                rc = -ENOMEM;
            else
                pairs[npairs++] = (struct vpair){b->tloc, v};
        }
    }
    if (npairs)
        qsort(pairs, npairs, sizeof(*pairs), vpair_cmp);
    for (size_t g = 0; !rc && g < npairs; g++) {
        if (g && !vpair_cmp(&pairs[g], &pairs[g - 1]))
            continue;
        for (size_t i = (size_t)first[pairs[g].vloc]; i != NONE && !rc; i = next[i]) {
            rc = copy_into_group(p, i, pairs[g].tloc, &copies, "byte views of structs reached by type");
        }
    }
    free(first);
    free(next);
    free(pairs);
    return rc < 0 ? rc : 0;
}

struct locref {
    int loc, tloc;
    size_t i; /* the access */
};

static int by_loc(const void *x, const void *y)
{
    const struct locref *a = x, *b = y;
    return a->loc != b->loc ? (a->loc > b->loc) - (a->loc < b->loc) : (a->tloc > b->tloc) - (a->tloc < b->tloc);
}

/*
 * A named location reached under several type keys is one location: s.a written as s.a
 * ("f:struct S.a") and through an int * parameter given &s.a ("t:int"), an allocation read
 * as a long and as an int. Accesses are paired
 * within a type key's group, so such a location's accesses all move to one key, its field's
 * when it has one. 0 or -ENOMEM.
 */
static int one_key_per_location(struct prog *p)
{
    size_t n = 0;
    struct locref *r = malloc((p->naccs + 1) * sizeof(*r));
    if (!r)
        return -ENOMEM;
    for (size_t i = 0; i < p->naccs; i++) {
        const char *k = weft__pg_str(p, p->accs[i].loc);
        /* (not some part of an object, "R~": each names the field it reaches, wd->misses after
         * container_of, and meets what reaches that field by type) */
        if (!p->accs[i].typed && !p->accs[i].part && weft__key_object(k))
            r[n++] = (struct locref){p->accs[i].loc, p->accs[i].tloc, i};
    }
    qsort(r, n, sizeof(*r), by_loc);
    for (size_t s0 = 0, s1; s0 < n; s0 = s1) {
        int canon = r[s0].tloc, mixed = 0;
        for (s1 = s0; s1 < n && r[s1].loc == r[s0].loc; s1++) {
            mixed |= r[s1].tloc != r[s0].tloc;
            if (!strncmp(weft__pg_str(p, r[s1].tloc), "f:", 2) && strncmp(weft__pg_str(p, canon), "f:", 2))
                canon = r[s1].tloc;
        }
        /* (an allocation has no declared type: read as a long and as an int, its elements by
         * one type's index are not the other's, ((long *)b)[0] meets ((int *)b)[1]) */
        int heap = mixed && !strncmp(weft__pg_str(p, r[s0].loc), "h:", 2);
        for (size_t i = s0; i < s1; i++) {
            struct acc *a = &p->accs[r[i].i];
            a->tloc = canon;
            if (heap && a->idx >= 0)
                a->idx = -1, a->vidx = a->velem = 1;
        }
    }
    free(r);
    return 0;
}

static int str_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/*
 * An object read whole as a scalar while its members are accessed as members: s (an array of
 * struct S) or an allocation handed to a routine that reads it as an int *, p[1] of which is
 * s[0].y. Such an access reaches some member, which one not known: it is made some part of
 * the object (as "s~" is), for parts_into_locations. 0 or -ENOMEM.
 */
static int scalar_views_into_parts(struct prog *p)
{
    size_t n = 0;
    const char **k = malloc((p->naccs + 1) * sizeof(*k));
    if (!k)
        return -ENOMEM;
    for (size_t i = 0; i < p->naccs; i++) {
        const char *s = weft__pg_str(p, p->accs[i].loc);
        if (!p->accs[i].typed && weft__key_object(s))
            k[n++] = s;
    }
    qsort(k, n, sizeof(*k), str_cmp);
    for (size_t i = 0; i < p->naccs; i++) {
        struct acc *a = &p->accs[i];
        const char *s = weft__pg_str(p, a->loc), *t = a->tloc >= 0 ? weft__pg_str(p, a->tloc) : "";
        if (a->typed || a->part || strncmp(t, "t:", 2) || !weft__key_object(s) ||
            strpbrk(weft__key_var_name(s), ".[~*"))
            continue;
        size_t lo = 0, hi = n, sl = strlen(s);
        while (lo < hi) { /* the first key above s */
            size_t mid = (lo + hi) / 2;
            if (strcmp(k[mid], s) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < n && !strncmp(k[lo], s, sl) && k[lo][sl] == '.') {
            char buf[1024];
            int id = snprintf(buf, sizeof(buf), "%s~", s) < (int)sizeof(buf) ? weft__pg_intern(p, buf) : -1;
            if (id < 0) {
                free(k);
                return -ENOMEM;
            }
            a->loc = id;
            a->part = 1;
            a->idx = -1;
        }
    }
    free(k);
    return 0;
}

/* The most copies parts_into_locations makes before it gives up (and says so). */
#define MAX_PART_COPIES 200000

struct lk {
    const char *s;
    int loc, tloc;
};

static int lk_cmp(const void *x, const void *y)
{
    const struct lk *a = x, *b = y;
    int c = strcmp(a->s, b->s);
    return c ? c : (a->tloc > b->tloc) - (a->tloc < b->tloc);
}

/*
 * Memory reached through a cast or pointer arithmetic from a named object R (location "R~":
 * some part of R, which one not known) may be any of R's locations: each such access is
 * copied into every location of R (R itself, R.f, R.s.g, its elements), where it pairs as an
 * access of that location (possible only: certainty.c). 0 or -ENOMEM.
 */
static int parts_into_locations(struct prog *p)
{
    size_t n0 = p->naccs, nl = 0, copies = 0;
    int any = 0;
    for (size_t i = 0; i < n0 && !any; i++)
        any = p->accs[i].part == 1;
    if (!any)
        return 0;
    struct lk *l = malloc((n0 + 1) * sizeof(*l));
    if (!l)
        return -ENOMEM;
    for (size_t i = 0; i < n0; i++) {
        const struct acc *a = &p->accs[i];
        const char *k = weft__pg_str(p, a->loc);
        /* (and, of what a global pointer points at, reached by type, its parts as other
         * types, ((long *)buf)[0] against ((int *)buf)[1], and its bytes, *(int *)buf
         * against buf[2]) */
        const char *tk = a->tloc >= 0 ? weft__pg_str(p, a->tloc) : "";
        int bytes = !strcmp(tk, "t:char") || !strcmp(tk, "t:unsigned char") || !strcmp(tk, "t:signed char");
        if ((!a->typed || ((a->part || bytes) && !strncmp(k, "*g:", 3))) &&
            (weft__key_object(k) || !strncmp(k, "*g:", 3)))
            l[nl++] = (struct lk){k, a->loc, a->tloc};
    }
    qsort(l, nl, sizeof(*l), lk_cmp);
    int rc = 0;
    for (size_t i = 0; i < n0 && !rc; i++) {
        if (p->accs[i].part != 1)
            continue;
        const char *k = weft__pg_str(p, p->accs[i].loc);
        /* R: the whole variable, without the "~" and without a member or element path (a
         * pointer moved from &o.link may reach o.refs: container_of). */
        size_t rl = strlen(k) - 1;
        const char *at = strrchr(k, '@'), *cut = at ? strpbrk(at, ".[") : NULL;
        if (cut && (size_t)(cut - k) < rl)
            rl = (size_t)(cut - k);
        size_t lo = 0, hi = nl;
        while (lo < hi) { /* the first location not below R */
            size_t mid = (lo + hi) / 2;
            if (strncmp(l[mid].s, k, rl) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t j = lo; j < nl && !strncmp(l[j].s, k, rl) && !rc; j++) {
            int other_part = weft__key_part(l[j].s);
            /* (a lock call's own use of its mutex, some part of R: the mutex's locations, and
             * R as a whole; not R's other fields, which no mutex call reaches) */
            int sync_elsewhere = p->accs[i].atomic == 2 && l[j].s[rl] != '\0' && !other_part &&
                                 l[j].tloc != p->accs[i].tloc;
            if ((l[j].s[rl] != '\0' && l[j].s[rl] != '.' && l[j].s[rl] != '[' && l[j].s[rl] != '~') ||
                (j > lo && l[j].loc == l[j - 1].loc && l[j].tloc == l[j - 1].tloc) ||
                (other_part && l[j].tloc == p->accs[i].tloc) || sync_elsewhere)
                continue;
            if (++copies > MAX_PART_COPIES) {
                weft__pg_reason(p, "too many accesses through casts or pointer arithmetic%s%s to pair with the "
                                   "locations they may reach",
                                "", "", 0);
                rc = 1;
                break;
            }
            struct acc c = p->accs[i];
            c.loc = l[j].loc;
            c.tloc = l[j].tloc;
            c.idx = -1;
            c.part = 2;
            struct acc *d = WEFT__PUSH(p->accs, p->naccs, p->capaccs);
            if (!d) {
                rc = -ENOMEM;
                break;
            }
            *d = c;
        }
    }
    free(l);
    return rc < 0 ? rc : 0;
}

/* Whether the location [s0, s1) has a racing pair of its own (not only typed marks). */
static int has_pair(const struct prog *p, size_t s0, size_t s1)
{
    for (size_t i = s0; i < s1; i++)
        if (p->accs[i].racy)
            return 1;
    return 0;
}

/* a is main's, made before it started any thread: no other thread's access can meet it. */
static int alone(const struct acc *a)
{
    int r = a->ctx < 0;
    for (int w = 0; r && w < MAXE / 64; w++)
        r = !a->started[w];
    return r;
}

int weft__pg_findings(struct prog *p, struct weft__arena *A, struct weft_check_result *r)
{
    /* Counters written other than by a fetch-and-add (reset by a store): an id taken from
     * them may repeat, so g[id] is no longer each fetch's own (weft__pg_races). */
    p->nstored = p->S.n + 1;
    p->stored = calloc(p->nstored, 1);
    if (!p->stored)
        return -ENOMEM;
    for (size_t i = 0; i < p->naccs; i++) {
        const struct acc *a = &p->accs[i];
        if (a->mode == 'w' && !alone(a) && (size_t)a->loc < p->nstored)
            p->stored[a->loc] = 1;
    }
    /* A ticket lock whose tickets may repeat protects nothing (interp_locks.c), nor one whose
     * serving word some thread writes without holding it (or may, through a pointer). */
    for (size_t i = 0; i < p->ntickets; i++) {
        int s = p->tickets[i].s, bad = 0;
        for (size_t j = 0; j < p->ntickets; j++)
            bad |= p->tickets[j].s == s && p->tickets[j].n != p->tickets[i].n;
        bad |= (size_t)p->tickets[i].n < p->nstored && p->stored[p->tickets[i].n];
        for (size_t j = 0; j < p->naccs && !bad; j++) {
            const struct acc *a = &p->accs[j];
            const char *k = weft__pg_str(p, a->loc);
            if (a->mode == 'r' || alone(a))
                continue;
            bad |= (a->loc == s && ls_mode(&a->ls, s) != 1) ||
                   (a->loc != s && (a->typed || a->part || k[0] == '*' || !strncmp(k, "t:", 2) || !strncmp(k, "f:", 2)));
        }
        if (bad)
            weft__pg_int_set_add(p, &p->void_locks, &p->nvoid_locks, &p->capvoid_locks, s);
    }
    int trc = scalar_views_into_parts(p);
    if (trc < 0)
        return trc;
    trc = one_key_per_location(p);
    if (trc < 0)
        return trc;
    trc = parts_into_locations(p);
    if (trc < 0)
        return trc;
    trc = views_into_members(p);
    if (trc)
        return trc;
    trc = byte_writes_into_groups(p);
    if (trc)
        return trc;
    trc = typed_into_fields(p);
    if (trc)
        return trc;
    if (p->naccs)
        qsort(p->accs, p->naccs, sizeof(*p->accs), acc_cmp);
    size_t cap = 0, *sub = calloc(p->naccs + 1, sizeof(*sub));
    const char **why = calloc(p->naccs + 1, sizeof(*why)); /* by location's first access: see mark_racy */
    char *ident = calloc(p->naccs + 1, 1); /* by location's first access: an identified racing pair */
    size_t *pair = malloc(2 * (p->naccs + 1) * sizeof(*pair)); /* by location's first access: its racing pair */
    /* stamp[x]: 1 + the owner x was last marked under, so a pair already marked is not again
     * (a typed access racing with every access of a location gave millions of marks). */
    size_t *stamp = calloc(p->naccs + 1, sizeof(*stamp));
    struct classes C;
    memset(&C, 0, sizeof(C));
    struct copies copies = {.A = A};
    struct mark *marks = NULL;
    size_t nmarks = 0, capmarks = 0;
    size_t ntyped = 0, *list = NULL, caplist = 0;
    int rc = sub && stamp && why && ident && pair ? 0 : -ENOMEM;
    for (size_t g = 0; g < p->naccs && !rc;) {
        /* A group shares the type-based key; subgroups share the exact location. */
        size_t e = g;
        while (e < p->naccs && p->accs[e].tloc == p->accs[g].tloc)
            e++;
        nmarks = ntyped = 0;
        for (size_t i = g; i < e; i++) {
            sub[i] = i > g && p->accs[i].loc == p->accs[i - 1].loc ? sub[i - 1] : i;
            ntyped += p->accs[i].typed != 0;
        }
        /* Pairs within one location mark both accesses racy. */
        for (size_t s0 = g, s1; s0 < e && !rc; s0 = s1) {
            for (s1 = s0; s1 < e && sub[s1] == s0;)
                s1++;
            pair[2 * s0] = pair[2 * s0 + 1] = NONE;
            if (!p->accs[s0].copy) /* copies only join other locations' findings */
                rc = mark_racy(p, s0, s1, &C, &why[s0], &pair[2 * s0], &ident[s0]);
        }
        /* Memory reached by type racing with a named location joins that location's finding.
         * Tested by classes (of the whole group), then the pairs of a racing pair of classes
         * marked: a typed access tested against every access of the group was most of it. */
        if (ntyped && !rc)
            rc = classify(p, g, e, &C);
        for (size_t u = 0; ntyped && u < C.nc && !rc; u++) {
            const struct acc *a = &p->accs[C.first[u]];
            if (!a->typed)
                continue;
            for (size_t v = 0; v < C.nc && !rc; v++) {
                const struct acc *b = &p->accs[C.first[v]];
                /* Another location (sub[j] != sub[i]: a group is sorted by location). */
                if (b->loc == a->loc || !b->alias || !weft__pg_races(p, a, b))
                    continue;
                for (size_t i = C.first[u]; i != NONE && !rc; i = C.next[i - g])
                    for (size_t j = C.first[v]; j != NONE && !rc; j = C.next[j - g]) {
                        if (b->typed && j < i)
                            continue;
                        size_t owner = b->typed ? sub[i] : sub[j];
                        if (stamp[i] == owner + 1 && stamp[j] == owner + 1)
                            continue;
                        if (weft__grow((void **)&marks, &capmarks, nmarks + 2, sizeof(*marks))) {
                            rc = -ENOMEM;
                            break;
                        }
                        if (stamp[i] != owner + 1)
                            marks[nmarks++] = (struct mark){owner, i};
                        if (stamp[j] != owner + 1)
                            marks[nmarks++] = (struct mark){owner, j};
                        stamp[i] = stamp[j] = owner + 1;
                    }
            }
        }
        if (nmarks)
            qsort(marks, nmarks, sizeof(*marks), mark_cmp);
        size_t m = 0;
        for (size_t s0 = g; s0 < e && !rc;) {
            size_t s1 = s0;
            while (s1 < e && sub[s1] == s0)
                s1++;
            size_t nl = 0;
            const struct acc *owner = NULL;
            for (size_t i = s0; i < s1; i++)
                if (p->accs[i].racy) {
                    if (weft__grow((void **)&list, &caplist, nl + 1, sizeof(*list))) {
                        rc = -ENOMEM;
                        break;
                    }
                    list[nl++] = i;
                    if (!owner)
                        owner = &p->accs[i];
                }
            while (m < nmarks && marks[m].owner < s0)
                m++;
            for (; m < nmarks && marks[m].owner == s0 && !rc; m++) {
                if (nl && list[nl - 1] == marks[m].idx)
                    continue;
                if (weft__grow((void **)&list, &caplist, nl + 1, sizeof(*list))) {
                    rc = -ENOMEM;
                    break;
                }
                list[nl++] = marks[m].idx;
                if (!owner && sub[marks[m].idx] == s0)
                    owner = &p->accs[marks[m].idx];
            }
            if (nl && !rc) {
                qsort(list, nl, sizeof(*list), idx_cmp);
                size_t u = 0;
                for (size_t k = 0; k < nl; k++)
                    if (!u || list[u - 1] != list[k])
                        list[u++] = list[k];
                /* A location whose accesses race only with memory reached by type: possible. */
                const char *w = why[s0];
                int own = has_pair(p, s0, s1);
                if (!w && !own)
                    w = "memory matched by type only: the accesses may reach different objects";
                /* By type only: the location is a type ("t:", "f:"), it races only with
                 * accesses of other locations reached by type, or every racing pair has an
                 * access its thread reaches only through a call matched by type. */
                int by_type = !own || !ident[s0] || weft__key_typed(weft__pg_str(p, p->accs[s0].loc));
                rc = emit_finding(p, &copies, r, &cap, list, u, owner ? owner : &p->accs[list[0]], w, &pair[2 * s0],
                                  by_type);
            }
            s0 = s1;
        }
        g = e;
    }
    free(sub);
    free(why);
    free(ident);
    free(pair);
    free(stamp);
    free(C.first);
    free(C.last);
    free(C.next);
    free(C.plain);
    free(C.of);
    free(C.racy);
    free(C.slot);
    free(marks);
    free(list);
    weft__ptrmap_free(&copies.strs);
    free(copies.paths);
    free(copies.plen);
    free(copies.locks);
    free(copies.scratch);
    free(copies.dslots);
    if (rc)
        return rc;
    if (r->nfindings) {
        qsort(r->findings, r->nfindings, sizeof(*r->findings), weft__finding_cmp);
        /* Findings live in the arena too, so freeing the result is one arena. */
        struct weft_check_finding *a = weft__arena_alloc(A, r->nfindings * sizeof(*a));
        if (!a)
            return -ENOMEM;
        memcpy(a, r->findings, r->nfindings * sizeof(*a));
        free(r->findings);
        r->findings = a;
    }
    return 0;
}

/* ---- driver ---------------------------------------------------------------------------- */

