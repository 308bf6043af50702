/* Contention: the locks table joined with the contended waits seen in events, grouped by call site. */
#include "analysis_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int64_t pid_of(const struct weft_analysis *a, int64_t process_id)
{
    for (size_t i = 0; i < a->nprocs; i++)
        if (a->procs[i].id == process_id)
            return a->procs[i].pid;
    return WEFT_AN_NULL;
}

static struct weft_an_lock *add_lock(struct weft_analysis *a, size_t *cap)
{
    if (a->nlocks == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        void *n = realloc(a->locks, *cap * sizeof(*a->locks));
        if (!n)
            return NULL;
        a->locks = n;
    }
    struct weft_an_lock *l = &a->locks[a->nlocks++];
    memset(l, 0, sizeof(*l));
    return l;
}

static int load_table(struct weft__an_ctx *c, size_t *cap)
{
    struct weft_analysis *a = c->a;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT id, process_id, addr, kind, name, acquisitions, contended, "
                           "wait_total_ns, wait_max_ns, hold_total_ns, hold_max_ns FROM locks",
                           -1, &st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, "table locks");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct weft_an_lock *l = add_lock(a, cap);
        if (!l) {
            sqlite3_finalize(st);
            return weft__an_err(c, -ENOMEM, "out of memory");
        }
        l->id = sqlite3_column_int64(st, 0);
        l->process_id = sqlite3_column_int64(st, 1);
        l->pid = pid_of(a, l->process_id);
        l->addr = sqlite3_column_int64(st, 2);
        l->kind = weft__an_col_text(st, 3);
        l->name = weft__an_col_text(st, 4);
        l->acquisitions = sqlite3_column_int64(st, 5);
        l->contended = sqlite3_column_int64(st, 6);
        l->wait_total_ns = sqlite3_column_int64(st, 7);
        l->wait_max_ns = sqlite3_column_int64(st, 8);
        l->hold_total_ns = sqlite3_column_int64(st, 9);
        l->hold_max_ns = sqlite3_column_int64(st, 10);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : weft__an_sql_err(c, "table locks");
}

static struct weft_an_lock *find_lock(struct weft_analysis *a, int64_t process_id, int64_t addr)
{
    for (size_t i = 0; i < a->nlocks; i++)
        if (a->locks[i].process_id == process_id && a->locks[i].addr == addr)
            return &a->locks[i];
    return NULL;
}

static int cmp_site(const void *x, const void *y)
{
    const struct weft_an_lock_site *a = x, *b = y;
    if (a->wait_ns != b->wait_ns)
        return a->wait_ns < b->wait_ns ? 1 : -1;
    return a->waits < b->waits ? 1 : a->waits > b->waits ? -1 : 0;
}

static int cmp_lock(const void *x, const void *y)
{
    const struct weft_an_lock *a = x, *b = y;
    if (a->wait_total_ns != b->wait_total_ns)
        return a->wait_total_ns < b->wait_total_ns ? 1 : -1;
    if (a->contended != b->contended)
        return a->contended < b->contended ? 1 : -1;
    return a->acquisitions < b->acquisitions ? 1 : a->acquisitions > b->acquisitions ? -1 : 0;
}

/* Adds one (process, lock, site) wait group to its lock, creating a lock the table lacks. */
static int attach_site(struct weft__an_ctx *c, const struct weft__an_map_entry *e, size_t *cap)
{
    struct weft_analysis *a = c->a;
    struct weft_an_lock *l = find_lock(a, e->k1, e->k2);
    if (!l) {
        /* Waits were recorded for a lock the counters missed (table full): show it anyway. */
        if (!(l = add_lock(a, cap)))
            return -ENOMEM;
        l->id = WEFT_AN_NULL;
        l->process_id = e->k1;
        l->pid = pid_of(a, e->k1);
        l->addr = e->k2;
        l->acquisitions = WEFT_AN_NULL;
        l->wait_max_ns = WEFT_AN_NULL;
        l->hold_total_ns = WEFT_AN_NULL;
        l->hold_max_ns = WEFT_AN_NULL;
        l->contended = 0;
        l->wait_total_ns = -1; /* marks "sum the sites" below */
    }
    void *n = realloc(l->sites, (l->nsites + 1) * sizeof(*l->sites));
    if (!n)
        return -ENOMEM;
    l->sites = n;
    struct weft_an_lock_site *s = &l->sites[l->nsites++];
    s->site = weft__an_site_name(c, e->k3);
    s->waits = e->n;
    s->wait_ns = e->ns;
    return s->site ? 0 : -ENOMEM;
}

int weft__an_compute_locks(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    size_t cap = 0;
    int rc = load_table(c, &cap);
    if (rc)
        return rc;
    for (size_t i = 0; i < c->lock_sites.cap; i++)
        if (c->lock_sites.e[i].used && (rc = attach_site(c, &c->lock_sites.e[i], &cap)))
            return weft__an_err(c, rc, "out of memory");
    for (size_t i = 0; i < a->nlocks; i++) {
        struct weft_an_lock *l = &a->locks[i];
        if (l->wait_total_ns == -1) {
            l->wait_total_ns = 0;
            for (size_t k = 0; k < l->nsites; k++) {
                l->contended += (int64_t)l->sites[k].waits;
                l->wait_total_ns += (int64_t)l->sites[k].wait_ns;
            }
        }
        if (l->nsites > 1)
            qsort(l->sites, l->nsites, sizeof(*l->sites), cmp_site);
    }
    if (a->nlocks > 1)
        qsort(a->locks, a->nlocks, sizeof(*a->locks), cmp_lock);
    return 0;
}
