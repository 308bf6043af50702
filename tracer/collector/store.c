/* The collector's SQLite side: creates OUT.partial with the schema and the static tables; transactions. */
#include "internal.h"
#include "schema_sql.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Maps an SQLite result code to the errno a user understands. */
static int rc_errno(sqlite3 *db, int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return -ENOSPC;
    case SQLITE_NOMEM: return -ENOMEM;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH: return -EACCES;
    case SQLITE_CANTOPEN: {
        int e = db ? sqlite3_system_errno(db) : 0;
        return e > 0 ? -e : -EACCES;
    }
    case SQLITE_IOERR: {
        int e = db ? sqlite3_system_errno(db) : 0;
        return e > 0 ? -e : -EIO;
    }
    default: return -EIO;
    }
}

int weft__db_fail(struct weft_collector *c, int rc)
{
    if (!c->err)
        c->err = rc_errno(c->db, rc);
    return c->err;
}

int weft__db_exec(struct weft_collector *c, const char *sql)
{
    if (c->err)
        return c->err;
    int rc = sqlite3_exec(c->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : weft__db_fail(c, rc);
}

int weft__db_step(struct weft_collector *c, enum weft__stmt s)
{
    sqlite3_stmt *st = c->st[s];
    if (c->err) {
        sqlite3_reset(st);
        return c->err;
    }
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : weft__db_fail(c, rc);
}

int weft__db_begin(struct weft_collector *c)
{
    if (c->in_txn)
        return 0;
    int r = weft__db_exec(c, "BEGIN");
    if (!r) {
        c->in_txn = 1;
        c->txn_events = 0;
        c->txn_start_ns = weft__now_ns();
    }
    return r;
}

int weft__db_commit(struct weft_collector *c)
{
    if (!c->in_txn)
        return c->err;
    int r = weft__events_flush(c);
    c->in_txn = 0;
    return r ? r : weft__db_exec(c, "COMMIT");
}

char *weft__schema_part(int indexes)
{
    char *sql = strdup(weft__schema_sql);
    if (!sql)
        return NULL;
    size_t n = strlen(sql);
    char *keep = malloc(n + 1);
    if (!keep) {
        free(sql);
        return NULL;
    }
    size_t k = 0;
    for (char *line = sql; line && *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) + 1 : strlen(line);
        int is_index = !strncmp(line, "CREATE INDEX", 12) || !strncmp(line, "CREATE UNIQUE INDEX", 19);
        if (is_index == indexes) {
            memcpy(keep + k, line, len);
            k += len;
        }
        line = nl ? nl + 1 : NULL;
    }
    keep[k] = '\0';
    free(sql);
    return keep;
}

/*
 * Runs the schema without its CREATE INDEX lines (INDEXES 0) or those alone (1).  The
 * indexes are made with the tables and kept up to date while the writer keeps up, so that
 * the trace is done soon after the program (building the events index at the end costs
 * ~0.4 us an event: 24 s after 60 M events); when it falls behind (weft__db_upkeep) the
 * events index is dropped, which doubles what it stores per CPU-second, and built once at
 * the end (weft__db_indexes).
 */
static int run_schema(struct weft_collector *c, int indexes)
{
    char *keep = weft__schema_part(indexes);
    if (!keep)
        return -ENOMEM;
    int r = weft__db_exec(c, keep);
    free(keep);
    return r;
}

int weft__db_indexes(struct weft_collector *c);
int weft__db_indexes(struct weft_collector *c)
{
    return run_schema(c, 1);
}

/* Events waiting in memory past which the live index goes: a quarter second behind at 1 M events/s. */
#define LIVE_INDEX_BACKLOG 262144u
/* The write-ahead log is checkpointed once past this (bounded traces have their own rule). */
#define WAL_UPKEEP_BYTES (16u << 20)

int weft__db_upkeep(struct weft_collector *c, uint64_t queued)
{
    if (c->err)
        return c->err;
    if (c->live_index && queued > LIVE_INDEX_BACKLOG) {
        c->live_index = 0;
        int r = weft__db_exec(c, "DROP INDEX IF EXISTS events_thread_ts");
        if (r)
            return r;
    }
    /* A bounded trace keeps its log within the bound's share (truncated: the file's size on disk
     * is what it promises); an unbounded one while the index is live.  Behind, the checkpoint
     * waits for the end too, to store as much as it can meanwhile. */
    uint64_t wal_max = c->bound ? weft__bound_wal_max(c) : c->live_index ? WAL_UPKEEP_BYTES : 0;
    char wal[4200];
    struct stat st;
    snprintf(wal, sizeof(wal), "%s-wal", c->partial);
    if (!wal_max && stat(wal, &st) == 0)
        weft__wal_cache_trim(c, (uint64_t)st.st_size);
    if (wal_max && stat(wal, &st) == 0 && (uint64_t)st.st_size > wal_max) {
        /* No reader holds the log (there is none): PASSIVE copies it all and never waits. */
        int rc = sqlite3_wal_checkpoint_v2(c->db, NULL, c->bound ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE,
                                           NULL, NULL);
        if (rc != SQLITE_OK)
            return weft__db_fail(c, rc);
    }
    return 0;
}

static int fill_static_tables(struct weft_collector *c)
{
    int r = 0;
#define X(id, sym, name, cat) \
    if (!r)                   \
        r = weft__row_call(c, id, name, weft_category_name(cat));
    WEFT_CALLS(X)
#undef X
#define X(id, sym, name) \
    if (!r)              \
        r = weft__row_fd_kind(c, id, name);
    WEFT_FD_KINDS(X)
#undef X
    return r;
}

static int command_json(struct weft_collector *c, char *const *argv)
{
    if (!argv)
        return 0;
    size_t cap = 64, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -ENOMEM;
    buf[len++] = '[';
    for (size_t i = 0; argv[i]; i++) {
        size_t need = len + strlen(argv[i]) * 6 + 8;
        if (need > cap) {
            while (cap < need)
                cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return -ENOMEM;
            }
            buf = nb;
        }
        if (i)
            buf[len++] = ',';
        buf[len++] = '"';
        for (const unsigned char *p = (const unsigned char *)argv[i]; *p; p++) {
            if (*p == '"' || *p == '\\') {
                buf[len++] = '\\';
                buf[len++] = (char)*p;
            } else if (*p < 0x20) {
                len += (size_t)sprintf(buf + len, "\\u%04x", *p);
            } else {
                buf[len++] = (char)*p;
            }
        }
        buf[len++] = '"';
    }
    buf[len++] = ']';
    buf[len] = '\0';
    int r = weft__db_meta(c, "command", buf);
    free(buf);
    return r;
}

int weft__db_open(struct weft_collector *c, const struct weft_collector_opts *o)
{
    /* A stale .partial of ours from a killed run, and its log: never replay an old log. */
    char side[4200];
    unlink(c->partial);
    snprintf(side, sizeof(side), "%s-wal", c->partial);
    unlink(side);
    snprintf(side, sizeof(side), "%s-shm", c->partial);
    unlink(side);
    /* Allocation statistics take a global mutex per malloc; nobody reads them here. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    int rc = sqlite3_open_v2(c->partial, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
    /*
     * One writer, nobody reads while we write: no sync, and a write-ahead log so that
     * a weft killed mid-transaction leaves a readable file (marked incomplete).  No
     * automatic checkpoints: weft__db_upkeep copies the log after a commit when it grows
     * past its bound, and the end copies the rest.
     */
    int r = weft__db_exec(c, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=OFF; "
                             "PRAGMA cache_size=-16384;");
    if (!r)
        r = run_schema(c, 0);
    if (!r)
        r = run_schema(c, 1);
    if (r)
        return r;
    c->live_index = 1;
    if ((r = weft__rows_prepare(c)))
        return r;
    if ((r = weft__batch_open(c)))
        return r;
    if ((r = weft__db_begin(c)))
        return r;
    char host[256] = "";
    gethostname(host, sizeof(host) - 1);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if ((r = fill_static_tables(c)) || (r = weft__db_meta(c, "schema_version", "3")) ||
        (r = weft__db_meta(c, "weft_version", o->version ? o->version : "unknown")) ||
        (r = weft__db_meta(c, "complete", "0")) ||
        (r = weft__db_meta(c, "incomplete_reason", "the collector did not finish (weft was interrupted)")) ||
        (r = weft__db_meta(c, "clock", "CLOCK_MONOTONIC")) ||
        (r = weft__db_meta(c, "hostname", host)) ||
        (r = weft__db_meta_u64(c, "ncpus", ncpu > 0 ? (uint64_t)ncpu : 1)) ||
        (r = weft__db_meta_u64(c, "dropped_events", 0)) || (r = command_json(c, o->argv)))
        return r;
    if (o->threshold_ns && (r = weft__db_meta_u64(c, "io_threshold_ns", o->threshold_ns)))
        return r;
    if (o->buffer_events && (r = weft__db_meta_u64(c, "buffer_events", o->buffer_events)))
        return r;
    if ((r = weft__db_meta(c, "coroutine_spans", o->every_switch ? "every" : "aggregated")))
        return r;
    uint64_t every = o->sample_interval_ns ? o->sample_interval_ns : WEFT_SAMPLE_INTERVAL_NS;
    if (every != UINT64_MAX && (r = weft__db_meta_u64(c, "sample_interval_ns", every)))
        return r;
    return weft__db_commit(c);
}

void weft__db_close(struct weft_collector *c)
{
    weft__batch_close(c);
    weft__rows_close(c);
    if (c->db)
        sqlite3_close(c->db);
    c->db = NULL;
    weft__wal_cache_close(c);
}
