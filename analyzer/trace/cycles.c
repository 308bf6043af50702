/* Lock-order cycles: every elementary cycle of the "taken while holding" graph of each process. */
#include "analysis_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Enumeration stops here: a graph this tangled needs fixing before more cycles help. */
#define MAX_CYCLES 100
#define MAX_STEPS 2000000

struct order_row {
    int64_t process_id, tid, held, acquired, held_site, acquired_site, count;
};

struct graph {
    struct order_row *rows; /* this process's rows, sorted by (held, acquired) */
    size_t nrows;
    int64_t *nodes;         /* distinct lock addresses, sorted */
    size_t nnodes;
    size_t *adj_off;        /* edges of node i: adj[adj_off[i] .. adj_off[i+1]) */
    size_t *adj;
    size_t *path;
    unsigned char *on_path;
    long steps;
};

static int cmp_row(const void *x, const void *y)
{
    const struct order_row *a = x, *b = y;
    if (a->process_id != b->process_id)
        return a->process_id < b->process_id ? -1 : 1;
    if (a->held != b->held)
        return a->held < b->held ? -1 : 1;
    if (a->acquired != b->acquired)
        return a->acquired < b->acquired ? -1 : 1;
    return a->tid < b->tid ? -1 : a->tid > b->tid;
}

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

static size_t node_of(const struct graph *g, int64_t addr)
{
    const int64_t *p = bsearch(&addr, g->nodes, g->nnodes, sizeof(int64_t), cmp_i64);
    return (size_t)(p - g->nodes);
}

static int load_rows(struct weft__an_ctx *c, struct order_row **out, size_t *n)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT o.process_id, t.tid, o.held_addr, o.acquired_addr, "
                           "o.held_site_id, o.acquired_site_id, o.count FROM lock_order o "
                           "LEFT JOIN threads t ON t.id = o.thread_id",
                           -1, &st, NULL) != SQLITE_OK)
        return weft__an_sql_err(c, "table lock_order");
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            void *m = realloc(*out, cap * sizeof(**out));
            if (!m) {
                sqlite3_finalize(st);
                return weft__an_err(c, -ENOMEM, "out of memory");
            }
            *out = m;
        }
        struct order_row *r = &(*out)[(*n)++];
        r->process_id = sqlite3_column_int64(st, 0);
        r->tid = weft__an_col_int(st, 1);
        r->held = sqlite3_column_int64(st, 2);
        r->acquired = sqlite3_column_int64(st, 3);
        r->held_site = weft__an_col_int(st, 4);
        r->acquired_site = weft__an_col_int(st, 5);
        r->count = sqlite3_column_int64(st, 6);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return weft__an_sql_err(c, "table lock_order");
    if (*n > 1)
        qsort(*out, *n, sizeof(**out), cmp_row);
    return 0;
}

/* Records the cycle path[0..len) -> path[0] with every thread's edge rows. */
static int emit(struct weft__an_ctx *c, struct graph *g, size_t len)
{
    struct weft_analysis *a = c->a;
    void *m = realloc(a->cycles, (a->ncycles + 1) * sizeof(*a->cycles));
    if (!m)
        return -ENOMEM;
    a->cycles = m;
    struct weft_an_cycle *cy = &a->cycles[a->ncycles++];
    memset(cy, 0, sizeof(*cy));
    cy->process_id = g->rows[0].process_id;
    cy->pid = WEFT_AN_NULL;
    for (size_t i = 0; i < a->nprocs; i++)
        if (a->procs[i].id == cy->process_id)
            cy->pid = a->procs[i].pid;
    for (size_t i = 0; i < len; i++) {
        int rc = weft__an_strv_push(&cy->locks, &cy->nlocks,
                                 weft__an_lock_name(c, cy->process_id, g->nodes[g->path[i]]));
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < len; i++) {
        int64_t u = g->nodes[g->path[i]], v = g->nodes[g->path[(i + 1) % len]];
        for (size_t r = 0; r < g->nrows; r++) {
            const struct order_row *row = &g->rows[r];
            if (row->held != u || row->acquired != v)
                continue;
            m = realloc(cy->edges, (cy->nedges + 1) * sizeof(*cy->edges));
            if (!m)
                return -ENOMEM;
            cy->edges = m;
            struct weft_an_cycle_edge *e = &cy->edges[cy->nedges++];
            e->held = weft__an_lock_name(c, cy->process_id, u);
            e->acquired = weft__an_lock_name(c, cy->process_id, v);
            e->tid = row->tid;
            e->held_site = weft__an_site_name(c, row->held_site);
            e->acquired_site = weft__an_site_name(c, row->acquired_site);
            e->count = row->count;
            if (!e->held || !e->acquired || !e->held_site || !e->acquired_site)
                return -ENOMEM;
        }
    }
    return 0;
}

/* Depth-first search for paths back to start through nodes numbered above it (each cycle once). */
static int dfs(struct weft__an_ctx *c, struct graph *g, size_t start, size_t node, size_t depth)
{
    g->path[depth] = node;
    g->on_path[node] = 1;
    int rc = 0;
    for (size_t k = g->adj_off[node]; k < g->adj_off[node + 1] && !rc; k++) {
        size_t next = g->adj[k];
        if (c->a->ncycles >= MAX_CYCLES || ++g->steps > MAX_STEPS) {
            c->a->cycles_truncated = 1;
            break;
        }
        if (next == start)
            rc = emit(c, g, depth + 1);
        else if (next > start && !g->on_path[next])
            rc = dfs(c, g, start, next, depth + 1);
    }
    g->on_path[node] = 0;
    return rc;
}

static int process_graph(struct weft__an_ctx *c, struct order_row *rows, size_t nrows)
{
    struct graph g = {.rows = rows, .nrows = nrows};
    int rc = -ENOMEM;
    g.nodes = malloc(2 * nrows * sizeof(int64_t));
    g.adj = malloc(nrows * sizeof(size_t));
    if (!g.nodes || !g.adj)
        goto out;
    for (size_t i = 0; i < nrows; i++) {
        g.nodes[g.nnodes++] = rows[i].held;
        g.nodes[g.nnodes++] = rows[i].acquired;
    }
    qsort(g.nodes, g.nnodes, sizeof(int64_t), cmp_i64);
    size_t u = 0;
    for (size_t i = 0; i < g.nnodes; i++)
        if (!u || g.nodes[u - 1] != g.nodes[i])
            g.nodes[u++] = g.nodes[i];
    g.nnodes = u;
    g.adj_off = calloc(g.nnodes + 1, sizeof(size_t));
    g.path = malloc(g.nnodes * sizeof(size_t));
    g.on_path = calloc(g.nnodes, 1);
    if (!g.adj_off || !g.path || !g.on_path)
        goto out;
    /* Rows are sorted by (held, acquired): distinct edges come out grouped by node. */
    size_t nadj = 0;
    for (size_t i = 0; i < nrows; i++) {
        if (rows[i].held == rows[i].acquired)
            continue; /* a recursive lock is not an order */
        if (i && rows[i - 1].held == rows[i].held && rows[i - 1].acquired == rows[i].acquired)
            continue;
        size_t from = node_of(&g, rows[i].held);
        g.adj[nadj++] = node_of(&g, rows[i].acquired);
        g.adj_off[from + 1]++;
    }
    for (size_t i = 0; i < g.nnodes; i++)
        g.adj_off[i + 1] += g.adj_off[i];
    rc = 0;
    for (size_t s = 0; s < g.nnodes && !rc && !c->a->cycles_truncated; s++)
        rc = dfs(c, &g, s, s, 0);
out:
    free(g.nodes);
    free(g.adj);
    free(g.adj_off);
    free(g.path);
    free(g.on_path);
    return rc ? weft__an_err(c, rc, "out of memory") : 0;
}

int weft__an_compute_cycles(struct weft__an_ctx *c)
{
    struct order_row *rows = NULL;
    size_t n = 0;
    int rc = load_rows(c, &rows, &n);
    for (size_t i = 0; !rc && i < n;) {
        size_t j = i;
        while (j < n && rows[j].process_id == rows[i].process_id)
            j++;
        rc = process_graph(c, rows + i, j - i);
        i = j;
    }
    free(rows);
    return rc;
}
