/* The bulk insert path: events gathered in memory, stored by one INSERT ... SELECT from a virtual table over them. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/*
 * Why: one sqlite3_step per event (bind 16 values, step, reset) stored ~1.5 M rows per
 * CPU-second on the project's machine; the same rows read by SQLite's own loop out of
 * this table store ~2.6 M, and the narrow row of schema 3 ~3.3 M
 * (bench/collector/sqlite_ceiling.c).  The virtual tables are eponymous-only: they exist
 * on the collector's connection while it runs and are never written into the file.
 */
#define BATCH_ROWS 4096u

struct weft__batch {
    struct weft__row rows[BATCH_ROWS];
    uint32_t n;
    struct weft__detail *det;
    size_t ndet, detcap;
    char *text;
    size_t tlen, tcap;
    int64_t first_id;           /* event_rows.id SQLite gave the batch's first row */
    sqlite3_stmt *ins_rows, *ins_det;
};

enum { DET_EVENT, DET_HOLDER, DET_TEXT };

struct bvtab {
    sqlite3_vtab base;
    struct weft__batch *b;
};
struct bcursor {
    sqlite3_vtab_cursor base;
    size_t i;
};

static int connect(sqlite3 *db, struct weft__batch *b, const char *decl, sqlite3_vtab **out)
{
    int rc = sqlite3_declare_vtab(db, decl);
    if (rc != SQLITE_OK)
        return rc;
    struct bvtab *t = sqlite3_malloc(sizeof(*t));
    if (!t)
        return SQLITE_NOMEM;
    memset(t, 0, sizeof(*t));
    t->b = b;
    *out = &t->base;
    return SQLITE_OK;
}

static int rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                        char **err)
{
    (void)argc, (void)argv, (void)err;
    return connect(db, aux, "CREATE TABLE x(ts_ns, dur_ns, thread_id, coroutine_id, call, fd_kind, obj, obj2, "
                            "ret, errno, site_id)", out);
}

static int det_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                       char **err)
{
    (void)argc, (void)argv, (void)err;
    return connect(db, aux, "CREATE TABLE x(event_id, holder_tid, detail)", out);
}

static int b_disconnect(sqlite3_vtab *v)
{
    sqlite3_free(v);
    return SQLITE_OK;
}

static int b_best_index(sqlite3_vtab *v, sqlite3_index_info *ii)
{
    (void)v;
    ii->estimatedCost = BATCH_ROWS;
    ii->estimatedRows = BATCH_ROWS;
    return SQLITE_OK;
}

static int b_open(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
    (void)v;
    struct bcursor *cur = sqlite3_malloc(sizeof(*cur));
    if (!cur)
        return SQLITE_NOMEM;
    memset(cur, 0, sizeof(*cur));
    *out = &cur->base;
    return SQLITE_OK;
}

static int b_close(sqlite3_vtab_cursor *cur)
{
    sqlite3_free(cur);
    return SQLITE_OK;
}

static int b_filter(sqlite3_vtab_cursor *cur, int idx, const char *s, int argc, sqlite3_value **argv)
{
    (void)idx, (void)s, (void)argc, (void)argv;
    ((struct bcursor *)cur)->i = 0;
    return SQLITE_OK;
}

static int b_next(sqlite3_vtab_cursor *cur)
{
    ((struct bcursor *)cur)->i++;
    return SQLITE_OK;
}

static int b_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *id)
{
    *id = (sqlite3_int64)((struct bcursor *)cur)->i;
    return SQLITE_OK;
}

static struct weft__batch *batch_of(sqlite3_vtab_cursor *cur)
{
    return ((struct bvtab *)cur->pVtab)->b;
}

static int rows_eof(sqlite3_vtab_cursor *cur)
{
    return ((struct bcursor *)cur)->i >= batch_of(cur)->n;
}

static int rows_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    const struct weft__row *r = &batch_of(cur)->rows[((struct bcursor *)cur)->i];
    if (col < 0 || col >= WEFT__ROW_COLS)
        return SQLITE_ERROR;
    if (!(r->nulls & (1u << col))) /* a column left unset reads NULL */
        sqlite3_result_int64(ctx, r->v[col]);
    return SQLITE_OK;
}

static int det_eof(sqlite3_vtab_cursor *cur)
{
    return ((struct bcursor *)cur)->i >= batch_of(cur)->ndet;
}

static int det_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    const struct weft__batch *b = batch_of(cur);
    const struct weft__detail *d = &b->det[((struct bcursor *)cur)->i];
    switch (col) {
    case DET_EVENT: sqlite3_result_int64(ctx, b->first_id + d->row); break;
    case DET_HOLDER:
        if (d->has_holder)
            sqlite3_result_int64(ctx, d->holder);
        break;
    case DET_TEXT:
        if (d->has_text)
            sqlite3_result_text(ctx, b->text + d->text_off, (int)d->text_len, SQLITE_STATIC);
        break;
    default: return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

#define MODULE(connect_fn, eof_fn, column_fn)                                                   \
    {                                                                                           \
        .iVersion = 1, .xConnect = connect_fn, .xBestIndex = b_best_index,                     \
        .xDisconnect = b_disconnect, .xOpen = b_open, .xClose = b_close, .xFilter = b_filter,  \
        .xNext = b_next, .xEof = eof_fn, .xColumn = column_fn, .xRowid = b_rowid,             \
    }
static const sqlite3_module rows_module = MODULE(rows_connect, rows_eof, rows_column);
static const sqlite3_module det_module = MODULE(det_connect, det_eof, det_column);

int weft__batch_open(struct weft_collector *c)
{
    struct weft__batch *b = calloc(1, sizeof(*b));
    if (!b)
        return -ENOMEM;
    c->batch = b;
    int rc = sqlite3_create_module(c->db, "weft_batch_rows", &rows_module, b);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_module(c->db, "weft_batch_details", &det_module, b);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(c->db,
                                "INSERT INTO event_rows(ts_ns, dur_ns, thread_id, coroutine_id, call, fd_kind, "
                                "obj, obj2, ret, errno, site_id) SELECT * FROM weft_batch_rows",
                                -1, SQLITE_PREPARE_PERSISTENT, &b->ins_rows, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(c->db,
                                "INSERT INTO event_details(event_id, holder_tid, detail) "
                                "SELECT * FROM weft_batch_details",
                                -1, SQLITE_PREPARE_PERSISTENT, &b->ins_det, NULL);
    return rc == SQLITE_OK ? 0 : weft__db_fail(c, rc);
}

void weft__batch_close(struct weft_collector *c)
{
    struct weft__batch *b = c->batch;
    if (!b)
        return;
    sqlite3_finalize(b->ins_rows);
    sqlite3_finalize(b->ins_det);
    free(b->det);
    free(b->text);
    free(b);
    c->batch = NULL;
}

static int insert_all(struct weft_collector *c, sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : weft__db_fail(c, rc);
}

int weft__events_flush(struct weft_collector *c)
{
    struct weft__batch *b = c->batch;
    if (!b)
        return c->err;
    int r = c->err;
    /*
     * SQLite numbers the rows (id NULL: the next after the largest, one after the other);
     * an explicit id would cost a uniqueness check, a b-tree seek, per row.
     */
    if (!r && b->n && !(r = insert_all(c, b->ins_rows))) {
        b->first_id = sqlite3_last_insert_rowid(c->db) - (int64_t)b->n + 1;
        if (c->bound)
            weft__bound_stored(c, b->first_id, b->n);
    }
    if (!r && b->ndet)
        r = insert_all(c, b->ins_det);
    b->n = 0;
    b->ndet = 0;
    b->tlen = 0;
    return r;
}

struct weft__row *weft__batch_row(struct weft_collector *c)
{
    struct weft__batch *b = c->batch;
    if (b->n == BATCH_ROWS && weft__events_flush(c))
        return NULL;
    struct weft__row *r = &b->rows[b->n++];
    r->nulls = 0;
    return r;
}

int weft__batch_detail(struct weft_collector *c, int has_holder, int64_t holder, const char *text, size_t len)
{
    struct weft__batch *b = c->batch;
    if (b->ndet == b->detcap) {
        size_t ncap = b->detcap ? b->detcap * 2 : 64;
        struct weft__detail *nd = realloc(b->det, ncap * sizeof(*nd));
        if (!nd)
            return -ENOMEM;
        b->det = nd;
        b->detcap = ncap;
    }
    if (text && b->tlen + len > b->tcap) {
        size_t ncap = b->tcap ? b->tcap * 2 : 4096;
        while (ncap < b->tlen + len)
            ncap *= 2;
        char *nt = realloc(b->text, ncap);
        if (!nt)
            return -ENOMEM;
        b->text = nt;
        b->tcap = ncap;
    }
    struct weft__detail *d = &b->det[b->ndet++];
    d->row = b->n - 1;
    d->holder = holder;
    d->has_holder = has_holder != 0;
    d->has_text = text != NULL;
    d->text_off = b->tlen;
    d->text_len = text ? len : 0;
    if (text) {
        memcpy(b->text + b->tlen, text, len);
        b->tlen += len;
    }
    return 0;
}
