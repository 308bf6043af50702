/* Microbenchmark of the ways to insert trace events into SQLite on this machine: rows/s per insert path, row shape and pragma set. */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* One synthetic event, shaped like weft_flood's (the collector's bench load). */
struct row {
    int64_t ts, dur, process_id, pid, tid, thread_id, coro, call, fd_kind, obj, obj2, ret, err, holder,
        site;
    const char *detail; /* NULL for most */
};

enum method { BIND_ALL, BIND_CHANGED, MULTI_ROW, VTAB };
/* Columns of today's row, in order; a shape is the subset a variant stores in events. */
static const char *const col_names[16] = {"ts_ns", "dur_ns", "process_id", "pid", "tid", "thread_id",
    "coroutine_id", "call", "fd_kind", "obj", "obj2", "ret", "errno", "holder_tid", "site_id", "detail"};
enum { C_PROC = 1 << 2, C_PID = 1 << 3, C_TID = 1 << 4, C_ERRNO = 1 << 12, C_HOLDER = 1 << 13, C_DETAIL = 1 << 15 };
#define WIDE 0xffffu
#define DERIVED (C_PROC | C_PID | C_TID)
#define S13 (WIDE & ~DERIVED)                    /* without process_id, pid, tid */
#define S12 (S13 & ~C_DETAIL)                    /* detail in a side table */
#define S11 (S12 & ~C_HOLDER)                    /* holder_tid too */
#define NARROW (S11 & ~C_ERRNO)                  /* errno too */
typedef unsigned shape_t;

struct variant {
    const char *name;
    enum method method;
    shape_t shape;
    int rows_per_stmt;          /* MULTI_ROW */
    int page_size;
    const char *journal;        /* WAL, OFF */
    int exclusive;              /* locking_mode=EXCLUSIVE */
    int cache_kib;
    int end_threads;            /* PRAGMA threads for the index build at the end (sort helpers) */
    int index_first;            /* the index kept up to date by every insert, not built at the end */
};

#define TXN_ROWS 250000
#define BATCH 4096

/* "a,b,c" (names) or "a INTEGER, ..." (decl) of the columns of SHAPE; MAP gets their indexes. */
static int shape_cols(shape_t shape, int decl, char *out, size_t cap, int *map)
{
    size_t k = 0;
    int n = 0;
    out[0] = 0;
    for (int i = 0; i < 16; i++)
        if (shape & (1u << i)) {
            k += (size_t)snprintf(out + k, cap - k, "%s%s%s", n ? "," : "", col_names[i],
                                  decl ? (i == 15 ? " TEXT" : " INTEGER") : "");
            if (map)
                map[n] = i;
            n++;
        }
    return n;
}

static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double wall_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void make_row(struct row *r, uint64_t i)
{
    memset(r, 0, sizeof(*r));
    r->ts = 1000000000 + (int64_t)i * 700;
    r->dur = 1500;
    r->thread_id = 1 + (int64_t)(i / BATCH % 2); /* two threads, a chunk each in turn */
    r->process_id = 1;
    r->pid = 4242;
    r->tid = 4242 + (int)r->thread_id;
    r->call = 1;
    r->fd_kind = 1;
    r->obj = 3;
    r->ret = 4096;
    r->site = 1 + (int64_t)(i % 3);
    r->coro = -1;   /* NULL */
    r->holder = -1; /* NULL */
    if (i % 200 == 7)
        r->err = 11; /* EAGAIN */
    if (i % 1000 == 0)
        r->detail = "/usr/lib/x86_64-linux-gnu/libc.so.6";
}

static int check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "sqlite_ceiling: %s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
    return rc;
}

static void exec(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, NULL, NULL, NULL), sql);
}

/* Value of column I (of today's 16) of row R; 0 when NULL (*text for detail). */
static int col_value(const struct row *r, int i, int64_t *v, const char **text)
{
    int64_t w[] = {r->ts, r->dur, r->process_id, r->pid, r->tid, r->thread_id, r->coro, r->call, r->fd_kind,
                   r->obj, r->obj2, r->ret, r->err, r->holder, r->site, 0};
    *v = w[i];
    *text = i == 15 ? r->detail : NULL;
    if (i == 15)
        return r->detail != NULL;
    return !((i == 6 && r->coro < 0) || (i == 13 && r->holder < 0));
}

/* ---- the batch virtual table: INSERT INTO events SELECT ... FROM weft_batch ---- */
struct batch {
    const struct row *rows;
    int n;
    shape_t shape;
};
struct bvtab {
    sqlite3_vtab base;
    struct batch *b;
    int map[16];
};
struct bcur {
    sqlite3_vtab_cursor base;
    int i;
};

static int b_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err)
{
    (void)argc, (void)argv, (void)err;
    struct batch *b = aux;
    char sql[512], cols[400];
    struct bvtab *t = sqlite3_malloc(sizeof(*t));
    if (!t)
        return SQLITE_NOMEM;
    memset(t, 0, sizeof(*t));
    shape_cols(b->shape, 0, cols, sizeof(cols), t->map);
    snprintf(sql, sizeof(sql), "CREATE TABLE x(%s)", cols);
    int rc = sqlite3_declare_vtab(db, sql);
    if (rc != SQLITE_OK) {
        sqlite3_free(t);
        return rc;
    }
    t->b = b;
    *out = &t->base;
    return SQLITE_OK;
}
static int b_disconnect(sqlite3_vtab *v)
{
    sqlite3_free(v);
    return SQLITE_OK;
}
static int b_best(sqlite3_vtab *v, sqlite3_index_info *ii)
{
    (void)v;
    ii->estimatedCost = 1000;
    ii->estimatedRows = 1000;
    return SQLITE_OK;
}
static int b_open(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
    (void)v;
    struct bcur *c = sqlite3_malloc(sizeof(*c));
    if (!c)
        return SQLITE_NOMEM;
    memset(c, 0, sizeof(*c));
    *out = &c->base;
    return SQLITE_OK;
}
static int b_close(sqlite3_vtab_cursor *c)
{
    sqlite3_free(c);
    return SQLITE_OK;
}
static int b_filter(sqlite3_vtab_cursor *c, int idx, const char *s, int argc, sqlite3_value **argv)
{
    (void)idx, (void)s, (void)argc, (void)argv;
    ((struct bcur *)c)->i = 0;
    return SQLITE_OK;
}
static int b_next(sqlite3_vtab_cursor *c)
{
    ((struct bcur *)c)->i++;
    return SQLITE_OK;
}
static int b_eof(sqlite3_vtab_cursor *c)
{
    struct bvtab *t = (struct bvtab *)c->pVtab;
    return ((struct bcur *)c)->i >= t->b->n;
}
static int b_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx, int col)
{
    struct bvtab *t = (struct bvtab *)c->pVtab;
    const struct row *r = &t->b->rows[((struct bcur *)c)->i];
    switch (t->map[col]) {
    case 0: sqlite3_result_int64(ctx, r->ts); break;
    case 1: sqlite3_result_int64(ctx, r->dur); break;
    case 2: sqlite3_result_int64(ctx, r->process_id); break;
    case 3: sqlite3_result_int64(ctx, r->pid); break;
    case 4: sqlite3_result_int64(ctx, r->tid); break;
    case 5: sqlite3_result_int64(ctx, r->thread_id); break;
    case 6: if (r->coro >= 0) sqlite3_result_int64(ctx, r->coro); break;
    case 7: sqlite3_result_int64(ctx, r->call); break;
    case 8: sqlite3_result_int64(ctx, r->fd_kind); break;
    case 9: sqlite3_result_int64(ctx, r->obj); break;
    case 10: sqlite3_result_int64(ctx, r->obj2); break;
    case 11: sqlite3_result_int64(ctx, r->ret); break;
    case 12: sqlite3_result_int64(ctx, r->err); break;
    case 13: if (r->holder >= 0) sqlite3_result_int64(ctx, r->holder); break;
    case 14: sqlite3_result_int64(ctx, r->site); break;
    case 15: if (r->detail) sqlite3_result_text(ctx, r->detail, -1, SQLITE_STATIC); break;
    default: return SQLITE_ERROR;
    }
    return SQLITE_OK;
}
static int b_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *id)
{
    *id = ((struct bcur *)c)->i;
    return SQLITE_OK;
}
static const sqlite3_module batch_module = {
    .iVersion = 1, .xConnect = b_connect, .xBestIndex = b_best, .xDisconnect = b_disconnect,
    .xOpen = b_open, .xClose = b_close, .xFilter = b_filter, .xNext = b_next, .xEof = b_eof,
    .xColumn = b_column, .xRowid = b_rowid,
};

/* ---- the variants ---- */
struct result {
    double insert_cpu, insert_wall, index_cpu, index_wall, ckpt_cpu;
    long long bytes;
};

/* Binds row R from parameter BASE+1 on; ONLY_CHANGED skips values equal to PREV's (bindings persist). */
static int bind_row(sqlite3_stmt *s, int base, const struct row *r, shape_t shape, int64_t *prev, int only_changed)
{
    int p = base;
    for (int i = 0; i < 16; i++) {
        if (!(shape & (1u << i)))
            continue;
        int64_t v;
        const char *text;
        int set = col_value(r, i, &v, &text);
        p++;
        if (i == 15) {
            if (text)
                sqlite3_bind_text(s, p, text, -1, SQLITE_STATIC), prev[i] = 1;
            else if (!only_changed || prev[i])
                sqlite3_bind_null(s, p), prev[i] = 0;
            continue;
        }
        if (!set) {
            if (!only_changed || prev[i] != INT64_MIN)
                sqlite3_bind_null(s, p);
            prev[i] = INT64_MIN;
        } else if (!only_changed || prev[i] != v) {
            sqlite3_bind_int64(s, p, v);
            prev[i] = v;
        }
    }
    return p - base;
}

static sqlite3_stmt *prepare_insert(sqlite3 *db, shape_t shape, int nrows)
{
    char cols[400];
    int ncol = shape_cols(shape, 0, cols, sizeof(cols), NULL);
    size_t cap = 512 + (size_t)nrows * (size_t)ncol * 8;
    char *sql = malloc(cap);
    size_t k = (size_t)snprintf(sql, cap, "INSERT INTO events(%s) VALUES", cols);
    for (int r = 0; r < nrows; r++) {
        k += (size_t)snprintf(sql + k, cap - k, "%s(", r ? "," : "");
        for (int c = 0; c < ncol; c++)
            k += (size_t)snprintf(sql + k, cap - k, "%s?", c ? "," : "");
        k += (size_t)snprintf(sql + k, cap - k, ")");
    }
    sqlite3_stmt *s = NULL;
    check(db, sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL), "prepare");
    free(sql);
    return s;
}

static struct result run(const struct variant *v, const char *path, uint64_t nrows)
{
    struct result res = {0};
    char aside[4200];
    unlink(path);
    snprintf(aside, sizeof(aside), "%s-wal", path);
    unlink(aside);
    snprintf(aside, sizeof(aside), "%s-shm", path);
    unlink(aside);
    sqlite3 *db = NULL;
    check(db, sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL),
          "open");
    char sql[1024], cols[400];
    snprintf(sql, sizeof(sql), "PRAGMA page_size=%d; %s PRAGMA journal_mode=%s; PRAGMA wal_autocheckpoint=0; "
                               "PRAGMA synchronous=OFF; PRAGMA cache_size=-%d;",
             v->page_size, v->exclusive ? "PRAGMA locking_mode=EXCLUSIVE;" : "", v->journal, v->cache_kib);
    exec(db, sql);
    shape_cols(v->shape, 1, cols, sizeof(cols), NULL);
    snprintf(sql, sizeof(sql), "CREATE TABLE events (id INTEGER PRIMARY KEY, %s)", cols);
    exec(db, sql);
    if (v->index_first)
        exec(db, "CREATE INDEX events_thread_ts ON events(thread_id, ts_ns)");
    /* Columns left out of a shape that cannot be derived (errno, holder_tid, detail): a side row when set. */
    sqlite3_stmt *side = NULL;
    unsigned side_cols = ~v->shape & (C_ERRNO | C_HOLDER | C_DETAIL);
    if (side_cols) {
        exec(db, "CREATE TABLE event_extra (event_id INTEGER PRIMARY KEY, errno INTEGER, holder_tid INTEGER, "
                 "detail TEXT)");
        check(db, sqlite3_prepare_v3(db, "INSERT INTO event_extra VALUES(?1,?2,?3,?4)", -1,
                                     SQLITE_PREPARE_PERSISTENT, &side, NULL), "prepare");
    }
    struct batch b = {.shape = v->shape};
    struct row *rows = calloc(BATCH, sizeof(*rows));
    b.rows = rows;
    sqlite3_stmt *s = NULL;
    int per = 1;
    if (v->method == VTAB) {
        check(db, sqlite3_create_module(db, "weft_batch", &batch_module, &b), "module");
        shape_cols(v->shape, 0, cols, sizeof(cols), NULL);
        snprintf(sql, sizeof(sql), "INSERT INTO events(%s) SELECT * FROM weft_batch", cols);
        check(db, sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL), "prepare");
    } else {
        per = v->method == MULTI_ROW ? v->rows_per_stmt : 1;
        s = prepare_insert(db, v->shape, per);
    }
    int64_t prev[16 * 1024];
    for (size_t i = 0; i < sizeof(prev) / sizeof(prev[0]); i++)
        prev[i] = INT64_MAX - 1;
    double c0 = cpu_s(), w0 = wall_s();
    uint64_t done = 0, in_txn = 0;
    exec(db, "BEGIN");
    while (done < nrows) {
        int n = nrows - done < BATCH ? (int)(nrows - done) : BATCH;
        n -= n % per;
        if (!n)
            break;
        for (int i = 0; i < n; i++) /* the collector fills its rows from ring events: counted too */
            make_row(&rows[i], done + (uint64_t)i);
        if (v->method == VTAB) {
            b.n = n;
            check(db, sqlite3_step(s), "insert select");
            sqlite3_reset(s);
        } else {
            for (int i = 0; i < n; i += per) {
                for (int k = 0, base = 0; k < per; k++)
                    base += bind_row(s, base, &rows[i + k], v->shape, prev + k * 16, v->method == BIND_CHANGED);
                check(db, sqlite3_step(s), "insert");
                sqlite3_reset(s);
            }
        }
        if (side) {
            int64_t last = sqlite3_last_insert_rowid(db) - n + 1;
            for (int i = 0; i < n; i++) {
                const struct row *r = &rows[i];
                if (!((side_cols & C_ERRNO) && r->err) && !((side_cols & C_HOLDER) && r->holder >= 0) &&
                    !((side_cols & C_DETAIL) && r->detail))
                    continue;
                sqlite3_bind_int64(side, 1, last + i);
                sqlite3_bind_int64(side, 2, r->err);
                if (r->holder >= 0)
                    sqlite3_bind_int64(side, 3, r->holder);
                else
                    sqlite3_bind_null(side, 3);
                sqlite3_bind_text(side, 4, r->detail, -1, SQLITE_STATIC);
                check(db, sqlite3_step(side), "side insert");
                sqlite3_reset(side);
            }
        }
        done += (uint64_t)n;
        in_txn += (uint64_t)n;
        if (in_txn >= TXN_ROWS) {
            exec(db, "COMMIT; BEGIN");
            in_txn = 0;
        }
    }
    exec(db, "COMMIT");
    res.insert_cpu = cpu_s() - c0;
    res.insert_wall = wall_s() - w0;
    c0 = cpu_s(), w0 = wall_s();
    snprintf(sql, sizeof(sql), "PRAGMA threads=%d", v->end_threads);
    exec(db, sql);
    if (!v->index_first)
        exec(db, "CREATE INDEX events_thread_ts ON events(thread_id, ts_ns)");
    res.index_cpu = cpu_s() - c0;
    res.index_wall = wall_s() - w0;
    c0 = cpu_s();
    if (!strcmp(v->journal, "WAL"))
        exec(db, "PRAGMA journal_mode=DELETE");
    sqlite3_finalize(s);
    sqlite3_finalize(side);
    sqlite3_close(db);
    res.ckpt_cpu = cpu_s() - c0;
    FILE *f = fopen(path, "rb");
    if (f) {
        fseek(f, 0, SEEK_END);
        res.bytes = ftell(f);
        fclose(f);
    }
    free(rows);
    unlink(path);
    return res;
}

static const struct variant variants[] = {
    /* name                                   method      shape  rows  page   journal excl cache threads index_first */
    {"today: 16 cols, bind all, WAL, 4k",     BIND_ALL,     WIDE,   1, 4096,  "WAL", 0, 16384, 0},
    {"16 cols, bind changed only",            BIND_CHANGED, WIDE,   1, 4096,  "WAL", 0, 16384, 0},
    {"16 cols, 16 rows per INSERT",           MULTI_ROW,    WIDE,  16, 4096,  "WAL", 0, 16384, 0},
    {"16 cols, 64 rows per INSERT",           MULTI_ROW,    WIDE,  64, 4096,  "WAL", 0, 16384, 0},
    {"16 cols, vtab INSERT SELECT",           VTAB,         WIDE,   1, 4096,  "WAL", 0, 16384, 0},
    {"13 cols (no pid/tid/proc), vtab",       VTAB,         S13,    1, 4096,  "WAL", 0, 16384, 0},
    {"12 cols (+detail side), vtab",          VTAB,         S12,    1, 4096,  "WAL", 0, 16384, 0},
    {"11 cols (+holder side), vtab",          VTAB,         S11,    1, 4096,  "WAL", 0, 16384, 0},
    {"10 cols (+errno side), vtab",           VTAB,         NARROW, 1, 4096,  "WAL", 0, 16384, 0},
    {"11 cols, bind changed only",            BIND_CHANGED, S11,    1, 4096,  "WAL", 0, 16384, 0},
    {"11 cols, 64 rows per INSERT",           MULTI_ROW,    S11,   64, 4096,  "WAL", 0, 16384, 0},
    {"11 cols, vtab, WAL exclusive",          VTAB,         S11,    1, 4096,  "WAL", 1, 16384, 0},
    {"11 cols, vtab, 16k pages",              VTAB,         S11,    1, 16384, "WAL", 0, 16384, 0},
    {"11 cols, vtab, 64k pages",              VTAB,         S11,    1, 65536, "WAL", 0, 16384, 0},
    {"11 cols, vtab, journal OFF",            VTAB,         S11,    1, 4096,  "OFF", 0, 16384, 0},
    {"11 cols, vtab, journal OFF, 64k",       VTAB,         S11,    1, 65536, "OFF", 0, 16384, 0},
    {"11 cols, vtab, cache 64 MiB",           VTAB,         S11,    1, 4096,  "WAL", 0, 65536, 0},
    {"11 cols, vtab, index with 2 threads",   VTAB,         S11,    1, 4096,  "WAL", 0, 16384, 2},
    {"11 cols, vtab, index kept by inserts",  VTAB,         S11,    1, 4096,  "WAL", 0, 16384, 0, 1},
};
#define NVARIANTS (sizeof(variants) / sizeof(variants[0]))

int main(int argc, char **argv)
{
    uint64_t nrows = 2000000;
    int repeat = 3;
    const char *dir = "/tmp";
    const char *only = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            nrows = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "-r") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-d") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "-v") && i + 1 < argc)
            only = argv[++i];
        else if (!strcmp(argv[i], "-l")) {
            for (size_t k = 0; k < NVARIANTS; k++)
                printf("%zu %s\n", k, variants[k].name);
            return 0;
        } else {
            fprintf(stderr, "usage: sqlite_ceiling [-n ROWS] [-r REPEAT] [-d DIR] [-v I,J,...] [-l]\n");
            return 2;
        }
    }
    if (!nrows || repeat < 1) {
        fprintf(stderr, "sqlite_ceiling: -n and -r must be positive\n");
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof(path), "%s/sqlite_ceiling-%d.db", dir, (int)getpid());
    printf("SQLite %s, %llu rows, transactions of %d, batches of %d; median of %d runs (runs interleaved)\n",
           sqlite3_libversion(), (unsigned long long)nrows, TXN_ROWS, BATCH, repeat);
    printf("%-38s %12s %9s %10s %10s %10s %7s\n", "variant", "M rows/CPU-s", "M rows/s", "index CPU", "index wall",
           "ckpt CPU", "MB");
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    int sel[NVARIANTS], nsel = 0;
    if (only) {
        for (const char *p = only; *p;) {
            int k = atoi(p);
            if (k >= 0 && (size_t)k < NVARIANTS)
                sel[nsel++] = k;
            p = strchr(p, ',');
            if (!p)
                break;
            p++;
        }
    } else {
        for (size_t k = 0; k < NVARIANTS; k++)
            sel[nsel++] = (int)k;
    }
    static struct result res[NVARIANTS][100];
    if (repeat > 100)
        repeat = 100;
    for (int r = 0; r < repeat; r++)
        for (int k = 0; k < nsel; k++)
            res[sel[k]][r] = run(&variants[sel[k]], path, nrows);
    for (int k = 0; k < nsel; k++) {
        double cpu[100], wall[100], icpu[100], iwall[100], ckpt[100];
        int v = sel[k];
        for (int r = 0; r < repeat; r++) {
            cpu[r] = (double)nrows / res[v][r].insert_cpu / 1e6;
            wall[r] = (double)nrows / res[v][r].insert_wall / 1e6;
            icpu[r] = res[v][r].index_cpu;
            iwall[r] = res[v][r].index_wall;
            ckpt[r] = res[v][r].ckpt_cpu;
        }
        double *arrs[] = {cpu, wall, icpu, iwall, ckpt};
        for (int a = 0; a < 5; a++) /* medians: an insertion sort each */
            for (int i = 1; i < repeat; i++)
                for (int j = i; j > 0 && arrs[a][j] < arrs[a][j - 1]; j--) {
                    double t = arrs[a][j];
                    arrs[a][j] = arrs[a][j - 1];
                    arrs[a][j - 1] = t;
                }
        printf("%-38s %12.2f %9.2f %10.2f %10.2f %10.2f %7.1f\n", variants[v].name, cpu[repeat / 2],
               wall[repeat / 2], icpu[repeat / 2], iwall[repeat / 2], ckpt[repeat / 2],
               (double)res[v][0].bytes / 1e6);
    }
    return 0;
}
