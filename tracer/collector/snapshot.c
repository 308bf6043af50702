/* A snapshot of the trace being written (weft run got SIGUSR1): a copy made whole enough to analyze, while tracing goes on. */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* An SQLite failure on DB as a negative errno (never sticky: the trace itself is fine). */
static int fail(sqlite3 *db, int rc)
{
    int e = db ? sqlite3_system_errno(db) : 0;
    if ((rc & 0xff) == SQLITE_FULL)
        return -ENOSPC;
    if ((rc & 0xff) == SQLITE_NOMEM)
        return -ENOMEM;
    return e > 0 ? -e : -EIO;
}

static int meta(sqlite3 *db, const char *key, const char *val)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta(key,value) VALUES(?1,?2)", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, val, -1, SQLITE_STATIC);
        rc = sqlite3_step(s);
        sqlite3_finalize(s);
    }
    return rc == SQLITE_DONE ? 0 : fail(db, rc);
}

static int meta_u64(sqlite3 *db, const char *key, uint64_t v)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
    return meta(db, key, buf);
}

static uint64_t count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = NULL;
    uint64_t n = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        n = (uint64_t)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

/* Makes the copy at TMP a trace of its own: the index, the times, and what it is. */
static int finish_copy(const char *tmp, uint64_t start_ns, uint64_t now, struct weft_collector_summary *sum)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    char *indexes = weft__schema_part(1);
    int r = rc == SQLITE_OK ? 0 : fail(db, rc);
    if (!r && !indexes)
        r = -ENOMEM;
    if (!r && (rc = sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; BEGIN", NULL, NULL,
                                 NULL)) != SQLITE_OK)
        r = fail(db, rc);
    if (!r && (rc = sqlite3_exec(db, indexes, NULL, NULL, NULL)) != SQLITE_OK)
        r = fail(db, rc);
    free(indexes);
    if (!r && start_ns)
        r = meta_u64(db, "start_ns", start_ns);
    if (!r)
        r = meta_u64(db, "end_ns", now);
    if (!r)
        r = meta_u64(db, "snapshot_ns", now);
    if (!r)
        r = meta(db, "incomplete_reason",
                 "a snapshot taken while the program ran (SIGUSR1 to weft run): threads still running "
                 "have no end, and their call counts and lock totals are not in it");
    if (!r && (rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
        r = fail(db, rc);
    if (!r && sum) {
        sum->processes = count(db, "SELECT count(*) FROM processes");
        sum->threads = count(db, "SELECT count(*) FROM threads");
        sum->events = count(db, "SELECT count(*) FROM event_rows");
    }
    if (db && sqlite3_close(db) != SQLITE_OK && !r)
        r = -EIO;
    return r;
}

int weft__vacuum_into(sqlite3 *db, const char *path)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, "VACUUM INTO ?1", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
        rc = sqlite3_step(s);
        sqlite3_finalize(s);
    }
    return rc;
}

int weft_collector_snapshot(struct weft_collector *c, const char *path, struct weft_collector_summary *sum)
{
    if (c->err)
        return c->err;
    if (sum)
        memset(sum, 0, sizeof(*sum));
    char tmp[4200];
    if (snprintf(tmp, sizeof(tmp), "%s.partial", path) >= (int)sizeof(tmp))
        return -ENAMETOOLONG;
    /* What is stored so far, with its call sites named (finish names them again, with the rest). */
    int r = weft__db_commit(c);
    if (!r)
        r = weft__db_begin(c);
    if (!r)
        r = weft__sites_resolve(c);
    if (!r)
        r = weft__db_commit(c);
    if (r)
        return r;
    unlink(tmp);
    int rc = weft__vacuum_into(c->db, tmp);
    r = rc == SQLITE_DONE ? 0 : fail(c->db, rc);
    if (!r)
        r = finish_copy(tmp, c->min_ts, weft__now_ns(), sum);
    if (!r)
        weft__bound_summary(c, sum);
    if (!r && rename(tmp, path) < 0)
        r = -errno;
    if (r)
        unlink(tmp);
    char side[4300];
    snprintf(side, sizeof(side), "%s-journal", tmp);
    unlink(side);
    return r;
}
