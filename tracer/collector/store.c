/* The collector's SQLite side: creates OUT.partial with the schema, prepared statements, transactions. */
#include "internal.h"
#include "schema_sql.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const stmt_sql[ST_MAX] = {
    [ST_PROC] = "INSERT INTO processes(pid,ppid,exe,argv,start_ns) VALUES(?1,?2,?3,?4,?5)",
    [ST_PROC_END] = "UPDATE processes SET end_ns=?2, exit_code=?3, exit_signal=?4 WHERE id=?1",
    [ST_THREAD] = "INSERT INTO threads(process_id,pid,tid,start_ns) VALUES(?1,?2,?3,?4)",
    [ST_THREAD_END] = "UPDATE threads SET name=?2, start_routine=?3, creator_tid=?4, end_ns=?5, "
                      "cpu_ns=?6, dropped=?7, start_ns=?8 WHERE id=?1",
    [ST_COUNT] = "INSERT OR REPLACE INTO call_counts(thread_id,call,count,total_ns,max_ns,errors,"
                 "bytes,recorded) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_LOCK] = "INSERT INTO locks(process_id,addr,kind,name,acquisitions,contended,wait_total_ns,"
                "wait_max_ns,hold_total_ns,hold_max_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
    [ST_ORDER] = "INSERT INTO lock_order(process_id,thread_id,held_addr,acquired_addr,held_site_id,"
                 "acquired_site_id,count,first_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_SITE] = "INSERT INTO sites(process_id,addr,module,offset) VALUES(?1,?2,?3,?4)",
    [ST_CORO] = "INSERT INTO coroutines(process_id,pid,key,stack_size,entry,name,created_tid,"
                "created_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_CORO_END] = "UPDATE coroutines SET ended_ns=?2 WHERE id=?1",
    [ST_META] = "INSERT OR REPLACE INTO meta(key,value) VALUES(?1,?2)",
    [ST_TSAMPLE] = "INSERT INTO thread_samples(thread_id,ts_ns,cpu_ns,runnable_ns,timeslices,user_ns,"
                   "system_ns,final) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_MSAMPLE] = "INSERT INTO machine_samples(ts_ns,user_ns,nice_ns,system_ns,idle_ns,iowait_ns,irq_ns,"
                   "softirq_ns,steal_ns,collector_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
    [ST_THREAD_SCHED] = "UPDATE threads SET cpu_ns=max(coalesce(cpu_ns,0),?2) WHERE id=?1",
};

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

void weft__bind_text(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

int weft__db_meta(struct weft_collector *c, const char *key, const char *val)
{
    sqlite3_bind_text(c->st[ST_META], 1, key, -1, SQLITE_STATIC);
    weft__bind_text(c->st[ST_META], 2, val);
    return weft__db_step(c, ST_META);
}

int weft__db_meta_u64(struct weft_collector *c, const char *key, uint64_t v)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
    return weft__db_meta(c, key, buf);
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
 * Runs the schema, except CREATE INDEX lines: those are kept for the end
 * (weft__db_indexes) because maintaining an index while a million events a second
 * arrive costs more than building it once.
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

static int fill_static_tables(struct weft_collector *c)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(c->db, "INSERT INTO calls(id,name,category) VALUES(?1,?2,?3)", -1, &s, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
#define X(id, sym, name, cat)                                              \
    sqlite3_bind_int(s, 1, id);                                            \
    sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);                      \
    sqlite3_bind_text(s, 3, weft_category_name(cat), -1, SQLITE_STATIC);  \
    if ((rc = sqlite3_step(s)) != SQLITE_DONE)                             \
        goto fail;                                                         \
    sqlite3_reset(s);
    WEFT_CALLS(X)
#undef X
    sqlite3_finalize(s);
    rc = sqlite3_prepare_v2(c->db, "INSERT INTO fd_kinds(id,name) VALUES(?1,?2)", -1, &s, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
#define X(id, sym, name)                                                   \
    sqlite3_bind_int(s, 1, id);                                            \
    sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);                      \
    if ((rc = sqlite3_step(s)) != SQLITE_DONE)                             \
        goto fail;                                                         \
    sqlite3_reset(s);
    WEFT_FD_KINDS(X)
#undef X
    sqlite3_finalize(s);
    return 0;
fail:
    sqlite3_finalize(s);
    return weft__db_fail(c, rc);
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
     * a weft killed mid-transaction leaves a readable file (marked incomplete).  The
     * log is copied into the file once, at the end: checkpoints while tracing compete
     * with the drainer for the CPU and made rings overflow at 1M events/s.
     */
    int r = weft__db_exec(c, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=OFF; "
                             "PRAGMA cache_size=-16384;");
    if (!r)
        r = run_schema(c, 0);
    if (r)
        return r;
    for (int i = 0; i < ST_MAX; i++) {
        rc = sqlite3_prepare_v3(c->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &c->st[i], NULL);
        if (rc != SQLITE_OK)
            return weft__db_fail(c, rc);
    }
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
    for (int i = 0; i < ST_MAX; i++)
        if (c->st[i])
            sqlite3_finalize(c->st[i]);
    memset(c->st, 0, sizeof(c->st));
    if (c->db)
        sqlite3_close(c->db);
    c->db = NULL;
}
