/* Opens a trace.db read-only and checks that it is a weft trace this version understands. */
#include "analysis_internal.h"
#include "weft_analysis.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* The trace.db schema version this weft reads (tracer/collector/schema.sql). */
#define WEFT_SCHEMA_VERSION 3

static const char *const required_tables[] = {
    "meta", "calls", "processes", "threads", "coroutines", "sites",
    "events", "call_counts", "locks", "lock_order",
};

/* Writes the message (which may quote sqlite3_errmsg(*db)), then closes *db: in that order. */
__attribute__((format(printf, 5, 6))) static int fail(sqlite3 **db, int rc, char *err,
                                                     size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    if (*db)
        sqlite3_close(*db);
    *db = NULL;
    return rc;
}

/*
 * A statement on the open database failed: a file SQLite finds damaged (a truncated
 * copy, a trace cut short by a full disk) is said so in one line; anything else is not
 * a weft trace.
 */
static int fail_sql(sqlite3 **db, int rc, const char *path, char *err, size_t errlen)
{
    int code = sqlite3_errcode(*db);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB || code == SQLITE_CORRUPT ||
        code == SQLITE_NOTADB)
        return fail(db, -EINVAL, err, errlen, "%s: damaged weft trace (%s)", path,
                    sqlite3_errmsg(*db));
    return fail(db, -EINVAL, err, errlen, "%s: not a weft trace (%s)", path, sqlite3_errmsg(*db));
}

/* Looks at the first bytes: SQLite's own error for a non-database is "file is not a database". */
static int check_header(const char *path, int *empty)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -errno;
    char magic[16];
    size_t n = fread(magic, 1, sizeof(magic), f);
    fclose(f);
    *empty = n == 0;
    if (n == 0)
        return 0;
    return n == sizeof(magic) && !memcmp(magic, "SQLite format 3", 16) ? 0 : -EINVAL;
}

int weft_trace_open(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    *db = NULL;
    struct stat sb;
    if (stat(path, &sb) < 0)
        return fail(db, -errno, err, errlen, "%s: %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return fail(db, -EISDIR, err, errlen, "%s: is a directory, not a trace.db", path);
    int empty = 0, rc = check_header(path, &empty);
    if (rc == -EINVAL)
        return fail(db, -EINVAL, err, errlen, "%s: not a SQLite database, so not a weft trace",
                    path);
    if (rc < 0)
        return fail(db, rc, err, errlen, "%s: %s", path, strerror(-rc));
    if (empty)
        return fail(db, -EINVAL, err, errlen, "%s: empty file, not a weft trace", path);
    if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        return fail(db, -EIO, err, errlen, "%s: cannot open: %s", path,
                    *db ? sqlite3_errmsg(*db) : "out of memory");
    sqlite3_busy_timeout(*db, 5000);

    sqlite3_stmt *st;
    int rc2 = sqlite3_prepare_v2(*db, "PRAGMA user_version", -1, &st, NULL);
    if (rc2 != SQLITE_OK)
        return fail_sql(db, rc2, path, err, errlen);
    rc2 = sqlite3_step(st);
    int version = rc2 == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    if (version < 0)
        return fail_sql(db, rc2, path, err, errlen);
    if (version > WEFT_SCHEMA_VERSION)
        return fail(db, -EPROTONOSUPPORT, err, errlen,
                    "%s: schema version %d is newer than this weft (%d); upgrade weft", path,
                    version, WEFT_SCHEMA_VERSION);
    rc2 = sqlite3_prepare_v2(*db, "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1",
                             -1, &st, NULL);
    if (rc2 != SQLITE_OK)
        return fail_sql(db, rc2, path, err, errlen);
    for (size_t i = 0; i < sizeof(required_tables) / sizeof(required_tables[0]); i++) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, required_tables[i], -1, SQLITE_STATIC);
        if ((rc2 = sqlite3_step(st)) != SQLITE_ROW) {
            sqlite3_finalize(st);
            if (rc2 != SQLITE_DONE)
                return fail_sql(db, rc2, path, err, errlen);
            return fail(db, -EINVAL, err, errlen, "%s: not a weft trace (no table '%s')", path,
                        required_tables[i]);
        }
    }
    sqlite3_finalize(st);
    /* meta.schema_version says the same as user_version; a newer one wins. */
    if (sqlite3_prepare_v2(*db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st,
                           NULL) == SQLITE_OK) {
        int meta_version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
        sqlite3_finalize(st);
        if (meta_version > WEFT_SCHEMA_VERSION)
            return fail(db, -EPROTONOSUPPORT, err, errlen,
                        "%s: schema version %d is newer than this weft (%d); upgrade weft", path,
                        meta_version, WEFT_SCHEMA_VERSION);
    }
    return 0;
}
