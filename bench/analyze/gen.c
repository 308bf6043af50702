/* Generates a synthetic trace.db with N events over T threads, interleaved in time like the collector writes them. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void die(sqlite3 *db, const char *what)
{
    fprintf(stderr, "gen: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    exit(2);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die(NULL, path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (!s || fread(s, 1, (size_t)n, f) != (size_t)n)
        die(NULL, path);
    s[n] = '\0';
    fclose(f);
    return s;
}

/* usage: gen schema.sql out.db events threads [disorder] */
int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6) {
        fputs("usage: gen schema.sql out.db events threads [disorder]\n", stderr);
        return 2;
    }
    /* disorder: one late row out of time order, the analyzer's worst case (fast pass, then sorted). */
    int disorder = argc == 6 && atoi(argv[5]);
    long long nev = atoll(argv[3]);
    int nth = atoi(argv[4]);
    sqlite3 *db;
    remove(argv[2]);
    if (sqlite3_open(argv[2], &db) != SQLITE_OK)
        die(db, argv[2]);
    char *schema = slurp(argv[1]);
    if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK)
        die(db, "schema");
    free(schema);
    sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
    /* call ids and fd kinds from runtime/include/weft_calls.h */
    static const struct {
        int call, fd_kind;
        int64_t dur;
    } mix[] = {
        {28, 1, 40000},  /* read file */
        {34, 3, 60000},  /* recv tcp */
        {7, 0, 30000},   /* mutex lock */
        {17, 0, 80000},  /* cond wait */
        {47, 0, 50000},  /* epoll_wait */
        {29, 2, 20000},  /* write pipe */
        {49, 0, 100000}, /* nanosleep */
    };
    const int nmix = sizeof(mix) / sizeof(mix[0]);
    int64_t per = nev / nth, step = 100000; /* every thread: one event per 100 us */
    int64_t end = per * step + step;
    char sql[512];
    snprintf(sql, sizeof(sql),
             "INSERT INTO meta VALUES ('schema_version','1'),('complete','1'),('ncpus','8'),"
             "('start_ns','0'),('end_ns','%lld'),('dropped_events','0');"
             "INSERT INTO processes (id,pid,ppid,exe,argv,start_ns,end_ns,exit_code) VALUES "
             "(1,4242,1,'/usr/bin/bench','[\"bench\"]',0,%lld,0);"
             "INSERT INTO sites VALUES (1,1,4198400,'/usr/bin/bench',4096,'worker','bench.c',42);",
             (long long)end, (long long)end);
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        die(db, "meta");
    for (int t = 1; t <= nth; t++) {
        snprintf(sql, sizeof(sql),
                 "INSERT INTO threads (id,process_id,pid,tid,name,start_ns,end_ns,cpu_ns) VALUES "
                 "(%d,1,4242,%d,'worker',0,%lld,%lld)",
                 t, 4242 + t, (long long)end, (long long)(end / 3));
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
            die(db, "threads");
    }
    sqlite3_stmt *st;
    /* Schema 3 stores event_rows (events is a view over it; pid and tid come from threads). */
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO event_rows (ts_ns,dur_ns,thread_id,call,fd_kind,obj,ret,site_id) "
                           "VALUES (?1,?2,?4,?5,?6,?7,?8,?9)",
                           -1, &st, NULL) != SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "INSERT INTO events (ts_ns,dur_ns,process_id,pid,tid,thread_id,call,fd_kind,"
                           "obj,ret,site_id) VALUES (?1,?2,1,4242,?3,?4,?5,?6,?7,?8,?9)",
                           -1, &st, NULL) != SQLITE_OK)
        die(db, "prepare");
    uint64_t rng = 88172645463325252ull;
    /* Rows go in time order across threads, as the collector drains rings. */
    for (int64_t i = 0; i < per; i++) {
        for (int t = 1; t <= nth; t++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            int m = (int)(rng % (uint64_t)nmix);
            int64_t ts = i * step + (int64_t)(rng >> 40) % 20000;
            sqlite3_bind_int64(st, 1, ts);
            sqlite3_bind_int64(st, 2, mix[m].dur);
            sqlite3_bind_int(st, 3, 4242 + t);
            sqlite3_bind_int(st, 4, t);
            sqlite3_bind_int(st, 5, mix[m].call);
            sqlite3_bind_int(st, 6, mix[m].fd_kind);
            sqlite3_bind_int64(st, 7, mix[m].call == 7 ? 0x5000 : 3 + t);
            sqlite3_bind_int64(st, 8, 1);
            sqlite3_bind_int(st, 9, 1);
            if (sqlite3_step(st) != SQLITE_DONE)
                die(db, "insert");
            sqlite3_reset(st);
        }
    }
    if (disorder) {
        sqlite3_bind_int64(st, 1, 0);
        sqlite3_bind_int64(st, 2, 1000);
        sqlite3_bind_int(st, 3, 4243);
        sqlite3_bind_int(st, 4, 1);
        sqlite3_bind_int(st, 5, 28);
        sqlite3_bind_int(st, 6, 1);
        sqlite3_bind_int64(st, 7, 4);
        sqlite3_bind_int64(st, 8, 1);
        sqlite3_bind_int(st, 9, 1);
        if (sqlite3_step(st) != SQLITE_DONE)
            die(db, "insert");
    }
    sqlite3_finalize(st);
    for (int t = 1; t <= nth; t++) {
        snprintf(sql, sizeof(sql),
                 "INSERT INTO call_counts VALUES (%d,28,%lld,%lld,0,0,0,%lld)", t,
                 (long long)per, (long long)per * 50000, (long long)per / 7);
        sqlite3_exec(db, sql, NULL, NULL, NULL);
    }
    sqlite3_exec(db,
                 "INSERT INTO locks (process_id,addr,kind,name,acquisitions,contended,wait_total_ns,"
                 "wait_max_ns,hold_total_ns,hold_max_ns) VALUES (1,20480,'mutex','bench_lock',"
                 "1000000,10000,1000000000,1000000,0,0); COMMIT",
                 NULL, NULL, NULL);
    sqlite3_close(db);
    return 0;
}
