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

/* A finding and, once the groups are known, its group; sorted by pointer, so no comparator
 * needs state outside its arguments (weft_check_run may run in several threads). */
struct ref {
    const struct weft_check_finding *f;
    size_t i, group;
};

static int by_place(const void *x, const void *y)
{
    return weft__finding_place_cmp(((const struct ref *)x)->f, ((const struct ref *)y)->f);
}

static int by_id(const void *x, const void *y)
{
    return strcmp(((const struct ref *)x)->f->id, ((const struct ref *)y)->f->id);
}

/* By group, then best first within one. */
static int by_group(const void *x, const void *y)
{
    const struct ref *a = x, *b = y;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    if (rank(a->f) != rank(b->f))
        return rank(a->f) - rank(b->f);
    return weft__finding_cmp(a->f, b->f);
}

static size_t root(size_t *up, size_t i)
{
    while (up[i] != i)
        i = up[i] = up[up[i]];
    return i;
}

/* Joins the groups of neighbours that cmp calls equal in the order cmp sorts refs. */
static void join_equal(struct ref *refs, size_t n, size_t *up, int (*cmp)(const void *, const void *))
{
    qsort(refs, n, sizeof(*refs), cmp);
    for (size_t i = 1; i < n; i++)
        if (!cmp(&refs[i - 1], &refs[i]))
            up[root(up, refs[i].i)] = root(up, refs[i - 1].i);
}

/* Where a field or element starts: '.', '[' or "->". */
static int field_mark(char c)
{
    return c && strchr(".[-", c);
}

/* The finding of a group (members[0..n), best first): the best one's pair and reason, every
 * member's other accesses once, the smallest id (stable while that location is found). */
static int unite(struct weft__arena *A, struct weft_check_finding *out, const struct ref *members, size_t n)
{
    const struct weft_check_finding *best = members[0].f;
    *out = *best;
    if (n == 1)
        return 0;
    size_t total = 0;
    for (size_t k = 0; k < n; k++) {
        total += members[k].f->naccesses;
        if (strcmp(members[k].f->id, out->id) < 0)
            out->id = members[k].f->id;
        out->by_type = out->by_type && members[k].f->by_type;
    }
    struct weft_check_access *acc = weft__arena_alloc(A, total * sizeof(*acc));
    if (!acc)
        return -ENOMEM;
    /* The notes kept, by hash (index + 1, 0 empty): groups on redis hold thousands. */
    size_t na = 0, nslots = 16;
    while (nslots < 2 * total)
        nslots *= 2;
    size_t *slot = calloc(nslots, sizeof(*slot));
    if (!slot)
        return -ENOMEM;
    for (size_t k = 0; k < n; k++) {
        const struct weft_check_finding *m = members[k].f;
        for (size_t i = 0; i < m->naccesses; i++) {
            int dup;
            size_t s = weft__access_slot(slot, nslots, acc, &m->accesses[i], &dup);
            if (!dup) {
                acc[na++] = m->accesses[i];
                slot[s] = na;
            }
        }
    }
    free(slot);
    out->accesses = acc;
    out->naccesses = na;
    /* Fields of one object ('shared.a', 'shared.b'): named by the object. */
    size_t len = strlen(best->variable);
    for (size_t k = 1; k < n; k++) {
        const char *v = members[k].f->variable;
        size_t c = 0;
        while (c < len && v[c] == best->variable[c])
            c++;
        len = c;
    }
    while (len && !field_mark(best->variable[len]))
        len--;
    for (size_t k = 0; len && k < n; k++)
        if (!field_mark(members[k].f->variable[len]))
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

int weft__findings_unify(struct weft__arena *A, struct weft_check_result *r)
{
    size_t n = r->nfindings;
    if (n < 2)
        return 0;
    size_t *up = malloc(n * sizeof(*up));
    struct ref *refs = malloc(n * sizeof(*refs));
    struct weft_check_finding *out = weft__arena_alloc(A, n * sizeof(*out));
    int rc = up && refs && out ? 0 : -ENOMEM;
    size_t nout = 0;
    if (!rc) {
        for (size_t i = 0; i < n; i++) {
            up[i] = i;
            refs[i] = (struct ref){&r->findings[i], i, 0};
        }
        join_equal(refs, n, up, by_place);
        join_equal(refs, n, up, by_id);
        for (size_t i = 0; i < n; i++)
            refs[i].group = root(up, refs[i].i);
        qsort(refs, n, sizeof(*refs), by_group);
        for (size_t i = 0, m; !rc && i < n; i += m) {
            for (m = 1; i + m < n && refs[i + m].group == refs[i].group;)
                m++;
            rc = unite(A, &out[nout++], refs + i, m);
        }
    }
    free(up);
    free(refs);
    if (rc)
        return rc;
    qsort(out, nout, sizeof(*out), weft__finding_cmp);
    r->findings = out;
    r->nfindings = nout;
    return 0;
}
