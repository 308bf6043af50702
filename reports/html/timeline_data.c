/* Reads a trace.db and writes the timeline's data object: small tables as objects, events as delta-encoded columns. */
#include "report_internal.h"

#include "json_writer.h"

#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

int weft__vec_push(struct weft__vec *a, int64_t x)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 1024;
        int64_t *nv = realloc(a->v, cap * sizeof(*nv));
        if (!nv)
            return -ENOMEM;
        a->v = nv;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return 0;
}

/* String interning for event details: paths and peers repeat, so they are sent once. */
struct strtab {
    char **strs;   /* by index */
    size_t n, cap;
    uint32_t *slots; /* open addressing: index + 1, 0 empty */
    size_t nslots;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static int strtab_grow(struct strtab *t)
{
    size_t ns = t->nslots ? t->nslots * 2 : 1024;
    uint32_t *slots = calloc(ns, sizeof(*slots));
    if (!slots)
        return -ENOMEM;
    for (size_t i = 0; i < t->n; i++) {
        size_t k = hash(t->strs[i]) & (ns - 1);
        while (slots[k])
            k = (k + 1) & (ns - 1);
        slots[k] = (uint32_t)(i + 1);
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = ns;
    return 0;
}

/* Returns the string's index + 1 (0 is "no string"), or <0 on allocation failure. */
static int64_t strtab_intern(struct strtab *t, const char *s)
{
    if ((t->n + 1) * 2 > t->nslots && strtab_grow(t))
        return -ENOMEM;
    size_t k = hash(s) & (t->nslots - 1);
    while (t->slots[k]) {
        if (!strcmp(t->strs[t->slots[k] - 1], s))
            return t->slots[k];
        k = (k + 1) & (t->nslots - 1);
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        char **ns = realloc(t->strs, cap * sizeof(*ns));
        if (!ns)
            return -ENOMEM;
        t->strs = ns;
        t->cap = cap;
    }
    char *copy = strdup(s);
    if (!copy)
        return -ENOMEM;
    t->strs[t->n++] = copy;
    t->slots[k] = (uint32_t)t->n;
    return (int64_t)t->n;
}

static void strtab_free(struct strtab *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->strs[i]);
    free(t->strs);
    free(t->slots);
}

/* Event columns, in (thread, ts) order.  Sparse columns hold (row, value) pairs. */
enum { COL_TS, COL_DUR, COL_CALL, COL_FD, COL_RET, COL_SITE, COL_DETAIL, NDENSE };
enum { SP_ERRNO, SP_HOLDER, SP_CORO, SP_OBJ, SP_OBJ2, NSPARSE };
static const char *const dense_names[NDENSE] = {"ts", "dur", "call", "fd", "ret", "site", "detail"};
static const char *const sparse_names[NSPARSE] = {"errno", "holder", "coro", "obj", "obj2"};

struct cols {
    struct weft__vec dense[NDENSE];
    struct weft__vec sp_idx[NSPARSE], sp_val[NSPARSE];
    struct weft__vec run_thread, run_count; /* run-length thread ids */
    struct strtab details;
};

static void cols_free(struct cols *c)
{
    for (int i = 0; i < NDENSE; i++)
        free(c->dense[i].v);
    for (int i = 0; i < NSPARSE; i++) {
        free(c->sp_idx[i].v);
        free(c->sp_val[i].v);
    }
    free(c->run_thread.v);
    free(c->run_count.v);
    strtab_free(&c->details);
}

static int64_t scalar(sqlite3 *db, const char *sql, int64_t dflt)
{
    sqlite3_stmt *st;
    int64_t v = dflt;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return dflt;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int weft__trace_bounds(sqlite3 *db, int64_t *start, int64_t *end)
{
    /* The meta bounds may be missing in an interrupted trace: take every table into account. */
    *start = scalar(db,
                    "SELECT min(v) FROM (SELECT CAST(value AS INTEGER) v FROM meta WHERE key='start_ns' "
                    "UNION ALL SELECT min(start_ns) FROM processes UNION ALL SELECT min(start_ns) FROM threads "
                    "UNION ALL SELECT min(ts_ns) FROM events)",
                    0);
    *end = scalar(db,
                  "SELECT max(v) FROM (SELECT CAST(value AS INTEGER) v FROM meta WHERE key='end_ns' "
                  "UNION ALL SELECT max(end_ns) FROM processes UNION ALL SELECT max(end_ns) FROM threads "
                  "UNION ALL SELECT max(ts_ns + dur_ns) FROM events)",
                  *start);
    if (*end < *start)
        *end = *start;
    return 0;
}

static int read_events(sqlite3 *db, int64_t base, struct cols *c, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    const char *sql = "SELECT thread_id, ts_ns, dur_ns, call, fd_kind, ret, errno, holder_tid, site_id, "
                      "detail, coroutine_id, obj, obj2 FROM events ORDER BY thread_id, ts_ns, id";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "reading events: %s", sqlite3_errmsg(db));
        return -EINVAL;
    }
    int64_t row = 0, prev_thread = INT64_MIN, prev_ts = base, prev_sparse[NSPARSE];
    for (int i = 0; i < NSPARSE; i++)
        prev_sparse[i] = -1;
    int r = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t th = sqlite3_column_int64(st, 0), ts = sqlite3_column_int64(st, 1);
        if (th != prev_thread) {
            r |= weft__vec_push(&c->run_thread, th);
            r |= weft__vec_push(&c->run_count, 0);
            prev_thread = th;
            prev_ts = base;
        }
        c->run_count.v[c->run_count.n - 1]++;
        /* Deltas within a thread are non-negative and small: short decimal text. */
        r |= weft__vec_push(&c->dense[COL_TS], ts - prev_ts);
        prev_ts = ts;
        r |= weft__vec_push(&c->dense[COL_DUR], sqlite3_column_int64(st, 2));
        r |= weft__vec_push(&c->dense[COL_CALL], sqlite3_column_int64(st, 3));
        r |= weft__vec_push(&c->dense[COL_FD], sqlite3_column_int64(st, 4));
        r |= weft__vec_push(&c->dense[COL_RET], sqlite3_column_int64(st, 5));
        r |= weft__vec_push(&c->dense[COL_SITE], sqlite3_column_int64(st, 8));
        int64_t d = 0;
        const char *detail = (const char *)sqlite3_column_text(st, 9);
        if (detail && (d = strtab_intern(&c->details, detail)) < 0)
            r = -ENOMEM;
        r |= weft__vec_push(&c->dense[COL_DETAIL], d);
        static const int sp_col[NSPARSE] = {6, 7, 10, 11, 12};
        for (int i = 0; i < NSPARSE; i++) {
            if (sqlite3_column_type(st, sp_col[i]) == SQLITE_NULL)
                continue;
            int64_t v = sqlite3_column_int64(st, sp_col[i]);
            if (v == 0 && i == SP_ERRNO)
                continue;
            r |= weft__vec_push(&c->sp_idx[i], row - prev_sparse[i]);
            r |= weft__vec_push(&c->sp_val[i], v);
            prev_sparse[i] = row;
        }
        row++;
        if (r) {
            snprintf(err, errlen, "reading events: out of memory");
            sqlite3_finalize(st);
            return -ENOMEM;
        }
    }
    if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "reading events: %s", sqlite3_errmsg(db));
        sqlite3_finalize(st);
        return -EIO;
    }
    sqlite3_finalize(st);
    return 0;
}

/* Writes an int array quickly: a million-event trace has ten million of them. */
void weft__json_ints(struct weft_json *j, const struct weft__vec *a)
{
    weft_json_arr_begin(j);
    if (a->n) {
        /* One value through the writer for its comma bookkeeping, the rest directly. */
        weft_json_int(j, a->v[0]);
        char buf[24];
        for (size_t i = 1; i < a->n; i++) {
            int64_t v = a->v[i];
            char *p = buf + sizeof(buf);
            uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
            do {
                *--p = (char)('0' + u % 10);
                u /= 10;
            } while (u);
            if (v < 0)
                *--p = '-';
            *--p = ',';
            fwrite(p, 1, (size_t)(buf + sizeof(buf) - p), j->f);
        }
    }
    weft_json_arr_end(j);
}

/*
 * Writes a column as a JSON string: each value zigzag-encoded (small negatives stay small),
 * as a little-endian base-128 varint, the bytes in base64.  A typical event column value
 * takes 1-3 bytes instead of 3-7 digits and a comma, so the page is smaller and the browser
 * parses it faster (atob is native; the decoder is ten lines of JS, see timeline.js).
 */
void weft__json_packed(struct weft_json *j, const struct weft__vec *a)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned char in[3];
    int nin = 0;
    char out[4];
    /* The writer's comma bookkeeping for one empty raw value, then the string body by hand. */
    weft_json_raw(j, "\"");
    for (size_t i = 0; i <= a->n; i++) {
        unsigned char bytes[10];
        int nb = 0;
        if (i < a->n) {
            uint64_t z = ((uint64_t)a->v[i] << 1) ^ (uint64_t)(a->v[i] >> 63);
            do {
                bytes[nb++] = (unsigned char)((z & 127) | (z > 127 ? 128 : 0));
                z >>= 7;
            } while (z);
        }
        for (int k = 0; k < nb; k++) {
            in[nin++] = bytes[k];
            if (nin == 3) {
                out[0] = b64[in[0] >> 2];
                out[1] = b64[((in[0] & 3) << 4) | (in[1] >> 4)];
                out[2] = b64[((in[1] & 15) << 2) | (in[2] >> 6)];
                out[3] = b64[in[2] & 63];
                fwrite(out, 1, 4, j->f);
                nin = 0;
            }
        }
    }
    if (nin) {
        if (nin == 1)
            in[1] = 0;
        out[0] = b64[in[0] >> 2];
        out[1] = b64[((in[0] & 3) << 4) | (in[1] >> 4)];
        out[2] = nin == 2 ? b64[(in[1] & 15) << 2] : '=';
        out[3] = '=';
        fwrite(out, 1, 4, j->f);
    }
    fputc('"', j->f);
}

/* Column accessors that keep NULL distinct from 0. */
static void col_int_or_null(struct weft_json *j, sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        weft_json_null(j);
    else
        weft_json_int(j, sqlite3_column_int64(st, i));
}

static void col_rel_time(struct weft_json *j, sqlite3_stmt *st, int i, int64_t base)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        weft_json_null(j);
    else
        weft_json_int(j, sqlite3_column_int64(st, i) - base);
}

static void col_str(struct weft_json *j, sqlite3_stmt *st, int i)
{
    weft_json_str(j, (const char *)sqlite3_column_text(st, i));
}

static void col_hex(struct weft_json *j, sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL) {
        weft_json_null(j);
        return;
    }
    char buf[24];
    snprintf(buf, sizeof(buf), "0x%" PRIx64, (uint64_t)sqlite3_column_int64(st, i));
    weft_json_str(j, buf);
}

/* Kinds of columns in a table dump: how each SQL column is written. */
enum ck { CK_INT, CK_TIME, CK_STR, CK_HEX };
struct colspec {
    const char *key;
    enum ck kind;
};

/* Writes each row of sql as an object with the given keys; tables missing in an older
 * trace are skipped as empty arrays. */
static int dump_table(sqlite3 *db, struct weft_json *j, const char *key, const char *sql,
                      const struct colspec *cs, int ncols, int64_t base)
{
    sqlite3_stmt *st;
    weft_json_key(j, key);
    weft_json_arr_begin(j);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        weft_json_arr_end(j);
        return 0;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        weft_json_obj_begin(j);
        for (int i = 0; i < ncols; i++) {
            weft_json_key(j, cs[i].key);
            switch (cs[i].kind) {
            case CK_INT: col_int_or_null(j, st, i); break;
            case CK_TIME: col_rel_time(j, st, i, base); break;
            case CK_STR: col_str(j, st, i); break;
            case CK_HEX: col_hex(j, st, i); break;
            }
        }
        weft_json_obj_end(j);
    }
    sqlite3_finalize(st);
    weft_json_arr_end(j);
    return rc == SQLITE_DONE ? 0 : -EIO;
}

static void write_meta(sqlite3 *db, struct weft_json *j)
{
    sqlite3_stmt *st;
    weft_json_key(j, "meta");
    weft_json_obj_begin(j);
    if (sqlite3_prepare_v2(db, "SELECT key, value FROM meta ORDER BY key", -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *k = (const char *)sqlite3_column_text(st, 0);
            if (!k)
                continue;
            weft_json_key(j, k);
            col_str(j, st, 1);
        }
        sqlite3_finalize(st);
    }
    weft_json_obj_end(j);
}

static int write_sites(sqlite3 *db, struct weft_json *j)
{
    /* One readable label per site: file:line (symbol), else symbol, else module+offset. */
    static const struct colspec cs[] = {{"id", CK_INT}, {"label", CK_STR}};
    return dump_table(db, j, "sites",
                      "SELECT id, CASE "
                      " WHEN file IS NOT NULL AND line IS NOT NULL THEN "
                      "   replace(file, rtrim(file, replace(file, '/', '')), '') || ':' || line "
                      "   || coalesce(' (' || symbol || ')', '') "
                      " WHEN symbol IS NOT NULL THEN symbol "
                      " WHEN module IS NOT NULL THEN "
                      "   replace(module, rtrim(module, replace(module, '/', '')), '') || '+0x' || printf('%x', offset) "
                      " ELSE printf('0x%x', addr) END FROM sites ORDER BY id",
                      cs, 2, 0);
}

static int write_tables(sqlite3 *db, struct weft_json *j, int64_t base)
{
    static const struct colspec calls[] = {{"id", CK_INT}, {"name", CK_STR}, {"cat", CK_STR}};
    static const struct colspec kinds[] = {{"id", CK_INT}, {"name", CK_STR}};
    static const struct colspec procs[] = {{"id", CK_INT},        {"pid", CK_INT},      {"ppid", CK_INT},
                                           {"parent_id", CK_INT}, {"exec_from", CK_INT}, {"exe", CK_STR},
                                           {"argv", CK_STR},      {"start", CK_TIME},   {"end", CK_TIME},
                                           {"exit_code", CK_INT}, {"exit_signal", CK_INT}};
    static const struct colspec threads[] = {
        {"id", CK_INT},           {"process_id", CK_INT}, {"pid", CK_INT},   {"tid", CK_INT},
        {"name", CK_STR},         {"start_routine", CK_STR}, {"creator_tid", CK_INT}, {"start", CK_TIME},
        {"end", CK_TIME},         {"cpu_ns", CK_INT},     {"dropped", CK_INT}};
    static const struct colspec coros[] = {{"id", CK_INT},    {"process_id", CK_INT}, {"pid", CK_INT},
                                           {"key", CK_INT},   {"entry", CK_STR},      {"name", CK_STR},
                                           {"created_tid", CK_INT}, {"start", CK_TIME}, {"end", CK_TIME},
                                           {"keyhex", CK_HEX}};
    static const struct colspec locks[] = {{"pid", CK_INT},  {"addr", CK_INT}, {"name", CK_STR},
                                           {"kind", CK_STR}, {"addrhex", CK_HEX}};
    int r = 0;
    r |= dump_table(db, j, "calls", "SELECT id, name, category FROM calls ORDER BY id", calls, 3, base);
    r |= dump_table(db, j, "fd_kinds", "SELECT id, name FROM fd_kinds ORDER BY id", kinds, 2, base);
    r |= dump_table(db, j, "processes",
                    "SELECT id, pid, ppid, parent_id, exec_from, exe, argv, start_ns, end_ns, exit_code, "
                    "exit_signal FROM processes ORDER BY start_ns, id",
                    procs, 11, base);
    r |= dump_table(db, j, "threads",
                    "SELECT id, process_id, pid, tid, name, start_routine, creator_tid, start_ns, end_ns, "
                    "cpu_ns, dropped FROM threads ORDER BY process_id, tid != pid, start_ns, id",
                    threads, 11, base);
    r |= dump_table(db, j, "coroutines",
                    "SELECT id, process_id, pid, key, entry, name, created_tid, created_ns, ended_ns, key "
                    "FROM coroutines ORDER BY process_id, created_ns, id",
                    coros, 10, base);
    r |= dump_table(db, j, "locks", "SELECT p.pid, l.addr, l.name, l.kind, l.addr FROM locks l "
                    "JOIN processes p ON p.id = l.process_id ORDER BY l.id",
                    locks, 5, base);
    r |= write_sites(db, j);
    /* Every call counted, short ones included: the timeline only shows the recorded ones. */
    static const struct colspec counts[] = {{"call", CK_INT},     {"count", CK_INT}, {"recorded", CK_INT},
                                            {"total_ns", CK_INT}, {"max_ns", CK_INT}, {"errors", CK_INT},
                                            {"bytes", CK_INT}};
    r |= dump_table(db, j, "call_counts",
                    "SELECT call, sum(count), sum(recorded), sum(total_ns), max(max_ns), sum(errors), sum(bytes) "
                    "FROM call_counts GROUP BY call ORDER BY sum(total_ns) DESC",
                    counts, 7, base);
    return r;
}

int weft__timeline_data(sqlite3 *db, const char *trace_path, const char *races_json, struct weft_json *j,
                        char *err, size_t errlen)
{
    struct cols c;
    int64_t base, end;
    memset(&c, 0, sizeof(c));
    weft__trace_bounds(db, &base, &end);
    int r = read_events(db, base, &c, err, errlen);
    if (r) {
        cols_free(&c);
        return r;
    }
    weft_json_obj_begin(j);
    weft_json_key(j, "schema");
    weft_json_str(j, "weft-timeline/2");
    weft_json_key(j, "trace");
    weft_json_str(j, trace_path);
    weft_json_key(j, "base_ns");
    weft_json_int(j, base);
    weft_json_key(j, "duration_ns");
    weft_json_int(j, end - base);
    write_meta(db, j);
    if (write_tables(db, j, base)) {
        snprintf(err, errlen, "%s: reading trace tables: %s", trace_path, sqlite3_errmsg(db));
        cols_free(&c);
        return -EIO;
    }
    weft_json_key(j, "strings");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < c.details.n; i++)
        weft_json_str(j, c.details.strs[i]);
    weft_json_arr_end(j);

    weft_json_key(j, "events");
    weft_json_obj_begin(j);
    weft_json_key(j, "n");
    weft_json_int(j, (int64_t)c.dense[COL_TS].n);
    weft_json_key(j, "thread");
    weft__json_ints(j, &c.run_thread);
    weft_json_key(j, "count");
    weft__json_ints(j, &c.run_count);
    for (int i = 0; i < NDENSE; i++) {
        weft_json_key(j, dense_names[i]);
        weft__json_packed(j, &c.dense[i]);
    }
    for (int i = 0; i < NSPARSE; i++) {
        weft_json_key(j, sparse_names[i]);
        weft_json_obj_begin(j);
        weft_json_key(j, "i");
        weft__json_packed(j, &c.sp_idx[i]);
        weft_json_key(j, "v");
        weft__json_packed(j, &c.sp_val[i]);
        weft_json_obj_end(j);
    }
    weft_json_obj_end(j);

    weft__write_analysis(db, base, j);
    weft_json_key(j, "races");
    if (races_json)
        weft_json_raw(j, races_json);
    else
        weft_json_null(j);
    weft_json_obj_end(j);
    cols_free(&c);
    return weft_json_error(j);
}
