/* Builds synthetic trace.db files with the collector's schema, for the analyzer's unit tests. */
#include "fixture.h"

#include "weft_analysis.h"
#include "weft_calls.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>


void fx_sql(struct fx *fx, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(fx->db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        fprintf(stderr, "fixture SQL failed: %s: %s\n", msg ? msg : "?", sql);
    sqlite3_free(msg);
    assert_int_equal(rc, SQLITE_OK);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
    s[n] = '\0';
    fclose(f);
    return s;
}

void fx_create(struct fx *fx)
{
    snprintf(fx->path, sizeof(fx->path), "/tmp/weft-test-XXXXXX");
    int fd = mkstemp(fx->path);
    assert_true(fd >= 0);
    close(fd);
    unlink(fx->path);
    assert_int_equal(sqlite3_open(fx->path, &fx->db), SQLITE_OK);
    char *schema = slurp(WEFT_SCHEMA_SQL);
    fx_sql(fx, schema);
    free(schema);
    fx_sql(fx, "BEGIN");
    char sql[256];
#define FX_CALL(id, sym, name, cat)                                                              \
    snprintf(sql, sizeof(sql), "INSERT INTO calls VALUES (%d, '%s', '%s')", id, name,              \
             weft_category_name(cat));                                                                     \
    fx_sql(fx, sql);
    WEFT_CALLS(FX_CALL)
#undef FX_CALL
#define FX_KIND(id, sym, name)                                                                   \
    snprintf(sql, sizeof(sql), "INSERT INTO fd_kinds VALUES (%d, '%s')", id, name);                \
    fx_sql(fx, sql);
    WEFT_FD_KINDS(FX_KIND)
#undef FX_KIND
    fx_meta(fx, "schema_version", "1");
    fx_meta(fx, "complete", "1");
    fx_meta(fx, "ncpus", "2");
    fx_meta(fx, "dropped_events", "0");
}

void fx_meta(struct fx *fx, const char *key, const char *value)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(fx->db, "INSERT OR REPLACE INTO meta VALUES (?1, ?2)", -1,
                                        &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
}

/* Runs an INSERT with int64 arguments (NULL for WEFT_AN_NULL-like INT64_MIN); returns the rowid. */
static int64_t insert(struct fx *fx, const char *sql, int n, ...)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(fx->db, sql, -1, &st, NULL), SQLITE_OK);
    va_list ap;
    va_start(ap, n);
    for (int i = 1; i <= n; i++) {
        int64_t v = va_arg(ap, int64_t);
        if (v == INT64_MIN)
            sqlite3_bind_null(st, i);
        else
            sqlite3_bind_int64(st, i, v);
    }
    va_end(ap);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    return sqlite3_last_insert_rowid(fx->db);
}

int64_t fx_process(struct fx *fx, int64_t pid, int64_t start, int64_t end)
{
    return insert(fx,
                  "INSERT INTO processes (pid, ppid, exe, argv, start_ns, end_ns, exit_code) "
                  "VALUES (?1, 1, '/bin/prog', '[\"prog\",\"-x\"]', ?2, ?3, 0)",
                  3, pid, start, end);
}

int64_t fx_thread(struct fx *fx, int64_t process_id, int64_t tid, int64_t start, int64_t end,
                  int64_t cpu_ns)
{
    return insert(fx,
                  "INSERT INTO threads (process_id, pid, tid, start_ns, end_ns, cpu_ns) "
                  "VALUES (?1, (SELECT pid FROM processes WHERE id = ?1), ?2, ?3, ?4, ?5)",
                  5, process_id, tid, start, end, cpu_ns);
}

void fx_event(struct fx *fx, int64_t thread_id, int64_t ts, int64_t dur, int call, int fd_kind,
              int64_t obj, int64_t ret, int64_t site_id)
{
    insert(fx,
           "INSERT INTO events (ts_ns, dur_ns, process_id, pid, tid, thread_id, call, fd_kind, obj, "
           "ret, site_id) SELECT ?2, ?3, process_id, pid, tid, id, ?4, ?5, ?6, ?7, ?8 FROM threads "
           "WHERE id = ?1",
           8, thread_id, ts, dur, (int64_t)call, (int64_t)fd_kind, obj, ret, site_id);
}

void fx_call_count(struct fx *fx, int64_t thread_id, int call, int64_t count, int64_t total_ns,
                   int64_t recorded)
{
    insert(fx,
           "INSERT OR REPLACE INTO call_counts VALUES (?1, ?2, ?3, ?4, 0, 0, 0, ?5)", 5, thread_id,
           (int64_t)call, count, total_ns, recorded);
}

int64_t fx_site(struct fx *fx, int64_t process_id, int64_t addr, const char *symbol,
                const char *file, int64_t line)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(fx->db,
                                        "INSERT INTO sites (process_id, addr, module, offset, "
                                        "symbol, file, line) VALUES (?1, ?2, '/bin/prog', ?2, ?3, "
                                        "?4, ?5)",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_int64(st, 1, process_id);
    sqlite3_bind_int64(st, 2, addr);
    sqlite3_bind_text(st, 3, symbol, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, file, -1, SQLITE_STATIC);
    if (line)
        sqlite3_bind_int64(st, 5, line);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    return sqlite3_last_insert_rowid(fx->db);
}

int64_t fx_lock(struct fx *fx, int64_t process_id, int64_t addr, const char *name, int64_t acq,
                int64_t contended, int64_t wait_total_ns)
{
    int64_t id = insert(fx,
                        "INSERT INTO locks (process_id, addr, kind, acquisitions, contended, "
                        "wait_total_ns, wait_max_ns, hold_total_ns, hold_max_ns) "
                        "VALUES (?1, ?2, 'mutex', ?3, ?4, ?5, 0, 0, 0)",
                        5, process_id, addr, acq, contended, wait_total_ns);
    if (name) {
        char sql[256];
        snprintf(sql, sizeof(sql), "UPDATE locks SET name = '%s' WHERE id = %lld", name,
                 (long long)id);
        fx_sql(fx, sql);
    }
    return id;
}

void fx_lock_order(struct fx *fx, int64_t process_id, int64_t thread_id, int64_t held,
                   int64_t acquired, int64_t held_site, int64_t acquired_site)
{
    insert(fx,
           "INSERT INTO lock_order VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 0)", 6, process_id, thread_id,
           held, acquired, held_site, acquired_site);
}

int64_t fx_pattern(struct fx *fx, int64_t thread_id, int64_t t0, int n, int64_t run_ns, int call,
                   int fd_kind, int64_t wait_ns, int64_t obj)
{
    int64_t t = t0;
    for (int i = 0; i < n; i++) {
        t += run_ns;
        fx_event(fx, thread_id, t, wait_ns, call, fd_kind, obj, 1, INT64_MIN);
        t += wait_ns;
    }
    return t;
}

struct weft_analysis *fx_analyze(struct fx *fx)
{
    if (fx->db) {
        fx_sql(fx, "COMMIT");
        sqlite3_close(fx->db);
        fx->db = NULL;
    }
    sqlite3 *db;
    char err[256] = "";
    int rc = weft_trace_open(fx->path, &db, err, sizeof(err));
    if (rc)
        fprintf(stderr, "open: %s\n", err);
    assert_int_equal(rc, 0);
    struct weft_analysis *a;
    rc = weft_analysis_run(db, &a, err, sizeof(err));
    if (rc)
        fprintf(stderr, "run: %s\n", err);
    assert_int_equal(rc, 0);
    sqlite3_close(db);
    return a;
}

void fx_destroy(struct fx *fx)
{
    if (fx->db) {
        sqlite3_close(fx->db);
        fx->db = NULL;
    }
    unlink(fx->path);
}
