/* The collector's SQL for every row but the events' (batch.c): the prepared statements and one typed writer per kind of row. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const stmt_sql[ST_MAX] = {
    [ST_PROC] = "INSERT INTO processes(pid,ppid,exe,argv,start_ns) VALUES(?1,?2,?3,?4,?5)",
    [ST_PROC_END] = "UPDATE processes SET end_ns=?2, exit_code=?3, exit_signal=?4 WHERE id=?1",
    [ST_PROC_LINK] = "UPDATE processes SET parent_id=?2, exec_from=?3 WHERE id=?1",
    [ST_PROC_EXIT] = "UPDATE processes SET exit_code=?2, exit_signal=?3 WHERE id=("
                     "SELECT id FROM processes WHERE pid=?1 ORDER BY start_ns DESC LIMIT 1)",
    [ST_THREAD] = "INSERT INTO threads(process_id,pid,tid,start_ns) VALUES(?1,?2,?3,?4)",
    [ST_THREAD_END] = "UPDATE threads SET name=?2, start_routine=?3, creator_tid=?4, end_ns=?5, "
                      "cpu_ns=?6, dropped=?7, start_ns=?8 WHERE id=?1",
    [ST_THREAD_SCHED] = "UPDATE threads SET cpu_ns=max(coalesce(cpu_ns,0),?2) WHERE id=?1",
    [ST_THREAD_RUSAGE] = "UPDATE threads SET cpu_ns=?2 WHERE cpu_ns IS NULL AND process_id=("
                         "SELECT id FROM processes WHERE pid=?1 ORDER BY start_ns DESC LIMIT 1) AND "
                         "(SELECT count(*) FROM threads t WHERE t.process_id = threads.process_id) = 1",
    [ST_COUNT] = "INSERT OR REPLACE INTO call_counts(thread_id,call,count,total_ns,max_ns,errors,"
                 "bytes,recorded) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_LOCK] = "INSERT INTO locks(process_id,addr,kind,name,acquisitions,contended,wait_total_ns,"
                "wait_max_ns,hold_total_ns,hold_max_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
    [ST_ORDER] = "INSERT INTO lock_order(process_id,thread_id,held_addr,acquired_addr,held_site_id,"
                 "acquired_site_id,count,first_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_SITE] = "INSERT INTO sites(process_id,addr,module,offset) VALUES(?1,?2,?3,?4)",
    [ST_SITE_SYMBOL] = "UPDATE sites SET symbol=?3, file=?4, line=?5 WHERE module=?1 AND offset=?2",
    [ST_CORO] = "INSERT INTO coroutines(process_id,pid,key,stack_size,entry,name,created_tid,"
                "created_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_CORO_END] = "UPDATE coroutines SET ended_ns=?2 WHERE id=?1",
    [ST_META] = "INSERT OR REPLACE INTO meta(key,value) VALUES(?1,?2)",
    [ST_CALL] = "INSERT INTO calls(id,name,category) VALUES(?1,?2,?3)",
    [ST_FD_KIND] = "INSERT INTO fd_kinds(id,name) VALUES(?1,?2)",
    [ST_TSAMPLE] = "INSERT INTO thread_samples(thread_id,ts_ns,cpu_ns,runnable_ns,timeslices,user_ns,"
                   "system_ns,final) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [ST_MSAMPLE] = "INSERT INTO machine_samples(ts_ns,user_ns,nice_ns,system_ns,idle_ns,iowait_ns,irq_ns,"
                   "softirq_ns,steal_ns,collector_ns) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
};

int weft__rows_prepare(struct weft_collector *c)
{
    for (int i = 0; i < ST_MAX; i++) {
        int rc = sqlite3_prepare_v3(c->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &c->st[i], NULL);
        if (rc != SQLITE_OK)
            return weft__db_fail(c, rc);
    }
    return 0;
}

void weft__rows_close(struct weft_collector *c)
{
    for (int i = 0; i < ST_MAX; i++)
        if (c->st[i])
            sqlite3_finalize(c->st[i]);
    memset(c->st, 0, sizeof(c->st));
}

/*
 * Binds the values TYPES says, in order ('i': an int64_t, WEFT__NULL stored as NULL; 't': a
 * string, NULL stored as NULL), runs statement S and, when ID is not NULL, sets *ID to the
 * row it inserted.  Returns 0 or the sticky negative errno.
 */
static int put(struct weft_collector *c, enum weft__stmt s, int64_t *id, const char *types, ...)
{
    sqlite3_stmt *st = c->st[s];
    if ((int)strlen(types) != sqlite3_bind_parameter_count(st))
        return weft__db_fail(c, SQLITE_MISUSE); /* a writer out of step with its statement */
    va_list ap;
    va_start(ap, types);
    for (int i = 0; types[i]; i++) {
        if (types[i] == 'i') {
            int64_t v = va_arg(ap, int64_t);
            if (v == WEFT__NULL)
                sqlite3_bind_null(st, i + 1);
            else
                sqlite3_bind_int64(st, i + 1, v);
        } else {
            const char *t = va_arg(ap, const char *);
            if (t)
                sqlite3_bind_text(st, i + 1, t, -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(st, i + 1);
        }
    }
    va_end(ap);
    int r = weft__db_step(c, s);
    if (!r && id)
        *id = sqlite3_last_insert_rowid(c->db);
    return r;
}

#define I(v) ((int64_t)(v))

int weft__row_process(struct weft_collector *c, const struct weft__process_row *p, int64_t *id)
{
    return put(c, ST_PROC, id, "iitti", I(p->pid), p->ppid, p->exe, p->argv_json, I(p->start_ns));
}

int weft__row_process_end(struct weft_collector *c, int64_t id, int64_t end_ns, int64_t exit_code,
                          int64_t exit_signal)
{
    return put(c, ST_PROC_END, NULL, "iiii", id, end_ns, exit_code, exit_signal);
}

int weft__row_process_link(struct weft_collector *c, int64_t id, int64_t parent_id, int64_t exec_from)
{
    return put(c, ST_PROC_LINK, NULL, "iii", id, parent_id, exec_from);
}

int weft__row_process_exit(struct weft_collector *c, int pid, int64_t exit_code, int64_t exit_signal)
{
    return put(c, ST_PROC_EXIT, NULL, "iii", I(pid), exit_code, exit_signal);
}

int weft__row_thread(struct weft_collector *c, int64_t process_id, int pid, int tid, uint64_t start_ns,
                     int64_t *id)
{
    return put(c, ST_THREAD, id, "iiii", process_id, I(pid), I(tid), I(start_ns));
}

int weft__row_thread_end(struct weft_collector *c, const struct weft__thread_end_row *t)
{
    return put(c, ST_THREAD_END, NULL, "ittiiiii", t->id, t->name, t->start_routine, t->creator_tid, t->end_ns,
               t->cpu_ns, t->dropped, t->start_ns);
}

int weft__row_thread_cpu(struct weft_collector *c, int64_t id, int64_t cpu_ns)
{
    return put(c, ST_THREAD_SCHED, NULL, "ii", id, cpu_ns);
}

int weft__row_thread_rusage(struct weft_collector *c, int pid, int64_t cpu_ns)
{
    return put(c, ST_THREAD_RUSAGE, NULL, "ii", I(pid), cpu_ns);
}

int weft__row_call_count(struct weft_collector *c, int64_t thread_id, int call, const struct weft_call_counter *n)
{
    return put(c, ST_COUNT, NULL, "iiiiiiii", thread_id, I(call), I(n->count), I(n->total_ns), I(n->max_ns),
               I(n->errors), I(n->bytes), I(n->recorded));
}

int weft__row_lock(struct weft_collector *c, int64_t process_id, const struct weft__lock *l, const char *kind,
                   const char *name)
{
    return put(c, ST_LOCK, NULL, "iittiiiiii", process_id, I(l->addr), kind, name, I(l->acq), I(l->contended),
               I(l->wait_total), I(l->wait_max), I(l->hold_total), I(l->hold_max));
}

int weft__row_lock_order(struct weft_collector *c, const struct weft__order_row *o)
{
    return put(c, ST_ORDER, NULL, "iiiiiiii", o->process_id, o->thread_id, I(o->held), I(o->acquired), o->held_site,
               o->acquired_site, I(o->count), o->first_ns);
}

int weft__row_site(struct weft_collector *c, int64_t process_id, uint64_t addr, const char *module, int64_t offset,
                   int64_t *id)
{
    return put(c, ST_SITE, id, "iiti", process_id, I(addr), module, offset);
}

int weft__row_site_symbol(struct weft_collector *c, const char *module, int64_t offset, const char *symbol,
                          const char *file, int64_t line)
{
    return put(c, ST_SITE_SYMBOL, NULL, "titti", module, offset, symbol, file, line);
}

int weft__row_coroutine(struct weft_collector *c, const struct weft__coro_row *k, int64_t *id)
{
    return put(c, ST_CORO, id, "iiiittii", k->process_id, I(k->pid), k->key, k->stack_size, k->entry, k->name,
               I(k->created_tid), I(k->created_ns));
}

int weft__row_coroutine_end(struct weft_collector *c, int64_t id, uint64_t ended_ns)
{
    return put(c, ST_CORO_END, NULL, "ii", id, I(ended_ns));
}

int weft__row_call(struct weft_collector *c, int id, const char *name, const char *category)
{
    return put(c, ST_CALL, NULL, "itt", I(id), name, category);
}

int weft__row_fd_kind(struct weft_collector *c, int id, const char *name)
{
    return put(c, ST_FD_KIND, NULL, "it", I(id), name);
}

int weft__row_thread_sample(struct weft_collector *c, const struct weft__tsample *s)
{
    return put(c, ST_TSAMPLE, NULL, "iiiiiiii", s->thread_id, I(s->ts_ns), s->cpu_ns, s->runnable_ns, s->timeslices,
               s->user_ns >= 0 ? s->user_ns : WEFT__NULL, s->user_ns >= 0 ? s->system_ns : WEFT__NULL, I(s->final));
}

int weft__row_machine_sample(struct weft_collector *c, const struct weft__msample *m)
{
    return put(c, ST_MSAMPLE, NULL, "iiiiiiiiii", I(m->ts_ns), m->v[0], m->v[1], m->v[2], m->v[3], m->v[4], m->v[5],
               m->v[6], m->v[7], m->collector_ns);
}

int weft__rows_exits_from_waits(struct weft_collector *c)
{
    /* What a traced parent's wait reaped each process with (obj2 holds the wait status, ret
     * the pid), for those whose own .proc did not say. */
    return weft__db_exec(c,
        "WITH w AS (SELECT e.ret AS pid, e.obj2 AS st, e.ts_ns + e.dur_ns AS ts FROM event_rows e "
        "           WHERE e.call IN (57, 58, 89, 90) AND e.ret > 0 AND e.errno = 0) "
        "UPDATE processes SET "
        " exit_signal = (SELECT CASE WHEN (w.st & 127) NOT IN (0, 127) THEN w.st & 127 END FROM w "
        "                WHERE w.pid = processes.pid AND w.ts >= processes.start_ns ORDER BY w.ts LIMIT 1), "
        " exit_code = (SELECT CASE WHEN (w.st & 127) = 0 THEN (w.st >> 8) & 255 END FROM w "
        "              WHERE w.pid = processes.pid AND w.ts >= processes.start_ns ORDER BY w.ts LIMIT 1) "
        "WHERE exit_code IS NULL AND exit_signal IS NULL AND "
        " id NOT IN (SELECT exec_from FROM processes WHERE exec_from IS NOT NULL)");
}

int weft__db_meta(struct weft_collector *c, const char *key, const char *val)
{
    return put(c, ST_META, NULL, "tt", key, val);
}

int weft__db_meta_u64(struct weft_collector *c, const char *key, uint64_t v)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
    return weft__db_meta(c, key, buf);
}
