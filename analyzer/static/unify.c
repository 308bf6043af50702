/* One finding per place and per id: findings at one source place (a struct copy's fields, one pointer's several targets) or under one id (a location several programs find) become one, the surest first. */
#include "program.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How sure a finding is, best first: definite, identified memory, matched by type only. */
static int rank(const struct weft_check_finding *f)
{
    return f->definite ? 0 : !f->by_type ? 1 : 2;
}

static const struct weft_check_finding *sort_base;

static int by_place(const void *x, const void *y)
{
    const struct weft_check_finding *a = &sort_base[*(const size_t *)x], *b = &sort_base[*(const size_t *)y];
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

static int by_id(const void *x, const void *y)
{
    return strcmp(sort_base[*(const size_t *)x].id, sort_base[*(const size_t *)y].id);
}

static size_t root(size_t *up, size_t i)
{
    while (up[i] != i)
        i = up[i] = up[up[i]];
    return i;
}

/* Joins the groups of neighbours that cmp calls equal in the order cmp sorts idx. */
static void join_equal(const struct weft_check_finding *f, size_t n, size_t *idx, size_t *up,
                       int (*cmp)(const void *, const void *))
{
    for (size_t i = 0; i < n; i++)
        idx[i] = i;
    sort_base = f;
    qsort(idx, n, sizeof(*idx), cmp);
    for (size_t i = 1; i < n; i++)
        if (!cmp(&idx[i - 1], &idx[i]))
            up[root(up, idx[i])] = root(up, idx[i - 1]);
}

static int same_access(const struct weft_check_access *x, const struct weft_check_access *y)
{
    if (x->line != y->line || x->col != y->col || x->nlocks != y->nlocks || strcmp(x->file, y->file) ||
        strcmp(x->kind, y->kind) || strcmp(x->thread, y->thread))
        return 0;
    for (size_t l = 0; l < x->nlocks; l++)
        if (strcmp(x->locks[l], y->locks[l]))
            return 0;
    return 1;
}

/* Where a field or element starts: '.', '[' or "->". */
static int field_mark(char c)
{
    return c && strchr(".[-", c);
}

/* The finding of a group (members[0..n), best first): the best one's pair and reason, every
 * member's other accesses once, the smallest id (stable while that location is found). */
static int unite(struct weft__arena *A, struct weft_check_finding *out, const struct weft_check_finding *f,
                 const size_t *members, size_t n)
{
    const struct weft_check_finding *best = &f[members[0]];
    *out = *best;
    if (n == 1)
        return 0;
    size_t total = 0;
    for (size_t k = 0; k < n; k++) {
        total += f[members[k]].naccesses;
        if (strcmp(f[members[k]].id, out->id) < 0)
            out->id = f[members[k]].id;
        out->by_type = out->by_type && f[members[k]].by_type;
    }
    struct weft_check_access *acc = weft__arena_alloc(A, total * sizeof(*acc));
    if (!acc)
        return -ENOMEM;
    size_t na = 0;
    for (size_t k = 0; k < n; k++) {
        const struct weft_check_finding *m = &f[members[k]];
        for (size_t i = 0; i < m->naccesses; i++) {
            int dup = 0;
            for (size_t j = 0; j < na && !dup; j++)
                dup = same_access(&acc[j], &m->accesses[i]);
            if (!dup)
                acc[na++] = m->accesses[i];
        }
    }
    out->accesses = acc;
    out->naccesses = na;
    /* Fields of one object ('shared.a', 'shared.b'): named by the object. */
    size_t len = strlen(best->variable);
    for (size_t k = 1; k < n; k++) {
        const char *v = f[members[k]].variable;
        size_t c = 0;
        while (c < len && v[c] == best->variable[c])
            c++;
        len = c;
    }
    while (len && !field_mark(best->variable[len]))
        len--;
    for (size_t k = 0; len && k < n; k++)
        if (!field_mark(f[members[k]].variable[len]))
            len = 0;
    char msg[700];
    if (len) {
        if (!(out->variable = weft__arena_strndup(A, best->variable, len)))
            return -ENOMEM;
        snprintf(msg, sizeof(msg), "%sdata race on '%s' (%zu fields)", best->definite ? "" : "possible ",
                 out->variable, n);
    } else {
        snprintf(msg, sizeof(msg), "%s (and %zu more location%s here)", best->message, n - 1, n == 2 ? "" : "s");
    }
    if (!(out->message = weft__arena_strdup(A, msg)))
        return -ENOMEM;
    return 0;
}

static const size_t *sort_group;

/* By group, then best first within one. */
static int member_cmp(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    if (sort_group[i] != sort_group[j])
        return sort_group[i] < sort_group[j] ? -1 : 1;
    const struct weft_check_finding *a = &sort_base[i], *b = &sort_base[j];
    if (rank(a) != rank(b))
        return rank(a) - rank(b);
    return weft__finding_cmp(a, b);
}

int weft__findings_unify(struct weft__arena *A, struct weft_check_result *r)
{
    size_t n = r->nfindings;
    if (n < 2)
        return 0;
    const struct weft_check_finding *f = r->findings;
    size_t *up = malloc(n * sizeof(*up)), *idx = malloc(n * sizeof(*idx));
    struct weft_check_finding *out = weft__arena_alloc(A, n * sizeof(*out));
    int rc = up && idx && out ? 0 : -ENOMEM;
    size_t nout = 0;
    if (!rc) {
        for (size_t i = 0; i < n; i++)
            up[i] = i;
        join_equal(f, n, idx, up, by_place);
        join_equal(f, n, idx, up, by_id);
        /* Members grouped by root, best first within a group. */
        for (size_t i = 0; i < n; i++)
            up[i] = root(up, i);
        for (size_t i = 0; i < n; i++)
            idx[i] = i;
        sort_base = f;
        sort_group = up;
        qsort(idx, n, sizeof(*idx), member_cmp);
        for (size_t i = 0, m; !rc && i < n; i += m) {
            for (m = 1; i + m < n && up[idx[i + m]] == up[idx[i]];)
                m++;
            rc = unite(A, &out[nout++], f, idx + i, m);
        }
    }
    free(up);
    free(idx);
    if (rc)
        return rc;
    qsort(out, nout, sizeof(*out), weft__finding_cmp);
    r->findings = out;
    r->nfindings = nout;
    return 0;
}
