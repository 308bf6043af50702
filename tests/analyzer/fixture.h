/* Builds synthetic trace.db files with the collector's schema, for the analyzer's unit tests. */
#ifndef WEFT_TEST_FIXTURE_H
#define WEFT_TEST_FIXTURE_H

#include <sqlite3.h>
#include <stdint.h>

struct weft_analysis;

struct fx {
    sqlite3 *db;
    char path[128];
};

/* A fresh trace.db in /tmp with the schema, calls, fd_kinds and meta (complete, 2 CPUs). */
void fx_create(struct fx *fx);
void fx_meta(struct fx *fx, const char *key, const char *value);
void fx_sql(struct fx *fx, const char *sql);
int64_t fx_process(struct fx *fx, int64_t pid, int64_t start, int64_t end);
int64_t fx_thread(struct fx *fx, int64_t process_id, int64_t tid, int64_t start, int64_t end,
                  int64_t cpu_ns);
void fx_event(struct fx *fx, int64_t thread_id, int64_t ts, int64_t dur, int call, int fd_kind,
              int64_t obj, int64_t ret, int64_t site_id);
void fx_call_count(struct fx *fx, int64_t thread_id, int call, int64_t count, int64_t total_ns,
                   int64_t recorded);
int64_t fx_site(struct fx *fx, int64_t process_id, int64_t addr, const char *symbol,
                const char *file, int64_t line);
int64_t fx_lock(struct fx *fx, int64_t process_id, int64_t addr, const char *name, int64_t acq,
                int64_t contended, int64_t wait_total_ns);
void fx_lock_order(struct fx *fx, int64_t process_id, int64_t thread_id, int64_t held,
                   int64_t acquired, int64_t held_site, int64_t acquired_site);
/*
 * A thread that alternates run_ns of CPU with one wait of wait_ns (call, fd_kind) n times
 * from t0; returns the time it ends.  cpu_ns of the thread is set by the caller.
 */
int64_t fx_pattern(struct fx *fx, int64_t thread_id, int64_t t0, int n, int64_t run_ns, int call,
                   int fd_kind, int64_t wait_ns, int64_t obj);
/* Closes the writer and analyzes the file (asserts success); the caller frees. */
struct weft_analysis *fx_analyze(struct fx *fx);
/* Removes the file. */
void fx_destroy(struct fx *fx);

#endif
