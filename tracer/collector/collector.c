/* The collector's driver: open, poll (scan, drain, finalize what ended), finish (complete + rename). */
#include "elfsym.h"
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SCAN_EVERY_NS 5000000ull    /* new files: every 5 ms */
#define LIVE_EVERY_NS 20000000ull   /* dead processes and threads: every 20 ms */
#define COMMIT_EVERY_NS 250000000ull
#define COMMIT_EVENTS 250000u

int weft__db_indexes(struct weft_collector *c);

uint64_t weft__now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void remove_partial(const char *partial)
{
    char p[4200];
    unlink(partial);
    snprintf(p, sizeof(p), "%s-wal", partial);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", partial);
    unlink(p);
    snprintf(p, sizeof(p), "%s-journal", partial);
    unlink(p);
}

static void free_all(struct weft_collector *c)
{
    weft__drainer_stop(c);
    weft__sampler_stop(c);
    weft__bound_free(c);
    if (c->wake)
        munmap(c->wake, 4096);
    weft__db_close(c);
    for (size_t i = 0; i < c->nthreads; i++) {
        struct weft__thread *t = c->threads[i];
        if (t->h)
            munmap(t->h, t->size);
        weft__chunks_free(t);
        free(t->text);
        free(t->tname);
        free(t->troutine);
        free(t);
    }
    for (size_t i = 0; i < c->nprocs; i++) {
        struct weft__proc *p = c->procs[i];
        if (p->pf)
            munmap(p->pf, p->pf_size);
        free(p->maps_text);
        free(p->maps);
        free(p->exe_real);
        free(p->exe_run);
        free(p->locks);
        weft__map_free(&p->sites);
        weft__map_free(&p->lock_idx);
        weft__map_free(&p->coros);
        weft__map_free(&p->creators);
        for (size_t k = 0; k < p->given_names.cap; k++)
            if (p->given_names.keys[k])
                free((void *)(uintptr_t)p->given_names.vals[k]);
        weft__map_free(&p->given_names);
        free(p);
    }
    for (size_t i = 0; i < c->nfresh; i++) { /* adopted, never registered */
        struct weft__thread *t = c->fresh[i];
        munmap(t->h, t->size);
        weft__chunks_free(t);
        free(t);
    }
    free(c->fresh);
    for (size_t i = 0; i < c->nspares; i++) /* processes still running at the end */
        munmap(c->spares[i].h, c->spares[i].size);
    free(c->spares);
    weft__map_free(&c->adopted);
    free(c->threads);
    free(c->procs);
    while (c->spare) {
        struct weft__chunk *n = c->spare->next;
        free(c->spare);
        c->spare = n;
    }
    pthread_mutex_destroy(&c->lock);
    pthread_mutex_destroy(&c->adopt_lock);
    weft__map_free(&c->files);
    weft__modules_free();
    free(c->dir);
    free(c->out);
    free(c->partial);
    free(c);
}

int weft_collector_open(struct weft_collector **out, const struct weft_collector_opts *o)
{
    *out = NULL;
    /* A trace is renamed into place: never onto a device, FIFO or directory
     * (renaming onto /dev/null would replace the device node). */
    struct stat st;
    if (stat(o->out, &st) == 0 && !S_ISREG(st.st_mode))
        return S_ISDIR(st.st_mode) ? -EISDIR : -WEFT_ENOTREG;
    struct weft_collector *c = calloc(1, sizeof(*c));
    if (!c)
        return -ENOMEM;
    c->dir = strdup(o->dir);
    c->out = strdup(o->out);
    c->partial = malloc(strlen(o->out) + 9);
    if (!c->dir || !c->out || !c->partial) {
        free_all(c);
        return -ENOMEM;
    }
    sprintf(c->partial, "%s.partial", o->out);
    pthread_mutex_init(&c->lock, NULL);
    pthread_mutex_init(&c->adopt_lock, NULL);
    c->commit_events = COMMIT_EVENTS;
    c->wal_fd = -1;
    int r = weft__db_open(c, o);
    if (!r)
        r = weft__bound_open(c, o);
    if (!r)
        r = weft__drainer_start(c);
    if (!r) {
        uint64_t every = o->sample_interval_ns ? o->sample_interval_ns : WEFT_SAMPLE_INTERVAL_NS;
        r = weft__sampler_start(c, c->dir, every == UINT64_MAX ? 0 : every);
    }
    if (r) {
        weft__db_close(c);
        remove_partial(c->partial);
        free_all(c);
        return r;
    }
    *out = c;
    return 0;
}

int weft_collector_live(const struct weft_collector *c)
{
    int n = 0;
    for (size_t i = 0; i < c->nprocs; i++)
        n += !c->procs[i]->done;
    return n;
}

void weft_collector_set_status(struct weft_collector *c, pid_t pid, int wstatus, uint64_t cpu_ns)
{
    if (c->nstatus < (int)(sizeof(c->status) / sizeof(c->status[0]))) {
        c->status[c->nstatus].pid = pid;
        c->status[c->nstatus].wstatus = wstatus;
        c->status[c->nstatus].cpu_ns = cpu_ns;
        c->nstatus++;
    }
}

void weft_collector_pid_ending(struct weft_collector *c, pid_t pid)
{
    weft__sampler_pid_ending(c, (int)pid);
}

void weft_collector_set_top(struct weft_collector *c, pid_t pid, int exit_status)
{
    c->top_pid = pid;
    c->top_exit = exit_status;
    c->top_status_set = 1;
}

/* A process image is over when the kernel says so or a later image of the same pid exec'd. */
static int image_over(struct weft_collector *c, struct weft__proc *p)
{
    for (size_t i = 0; i < c->nprocs; i++)
        if (c->procs[i] != p && c->procs[i]->pid == p->pid && c->procs[i]->exec_from_start_ns == p->start_ns)
            return 1;
    return weft__proc_gone(p);
}

/*
 * Finalizes threads that ended and processes that are gone (with all their threads);
 * *ended counts the threads finalized.
 */
static int reap(struct weft_collector *c, int check_procs, int *ended)
{
    if (check_procs) {
        int r = weft__scan(c); /* late rings of dying processes first */
        if (r)
            return r;
        for (size_t i = 0; i < c->nprocs; i++) {
            struct weft__proc *p = c->procs[i];
            if (!p->done && image_over(c, p)) {
                if ((r = weft__threads_finalize(c, p, ended)))
                    return r;
                if ((r = weft__proc_finalize(c, p)))
                    return r;
            }
        }
    }
    uint64_t now = check_procs ? weft__now_ns() : 0;
    /*
     * Before a thread that ended gets its row, the rings of the threads still running, and
     * of the others that ended, are stored: a name another thread gave it (pthread_setname_np
     * from its creator) may sit in one of them, and the drainer may be asleep for up to 16 ms.
     */
    int ending = 0;
    for (size_t j = 0; j < c->nthreads && !ending; j++) {
        struct weft__thread *t = c->threads[j];
        ending = !t->done && __atomic_load_n(&t->h->state, __ATOMIC_ACQUIRE) == WEFT_THREAD_DONE;
    }
    for (size_t j = 0; ending && j < c->nthreads; j++) {
        struct weft__thread *u = c->threads[j];
        if (u->done)
            continue;
        uint32_t state = __atomic_load_n(&u->h->state, __ATOMIC_ACQUIRE);
        int r = 0;
        if (!u->proc->done && state == WEFT_THREAD_LIVE)
            r = weft__drain_now(c, u);
        else if (u->proc->done || state == WEFT_THREAD_DONE)
            r = weft__thread_store_all(c, u);
        if (r < 0)
            return r;
    }
    for (size_t j = 0; j < c->nthreads;) {
        struct weft__thread *t = c->threads[j];
        if (check_procs && !t->done && t->h && !t->proc->done)
            weft__inflight_watch(t, now);
        if (!t->done && (t->proc->done || __atomic_load_n(&t->h->state, __ATOMIC_ACQUIRE) == WEFT_THREAD_DONE)) {
            int r = weft__thread_finalize(c, t);
            if (r)
                return r;
            ++*ended;
        }
        if (t->done) {
            /* Nothing refers to a finished thread any more: drop it from the hot list. */
            pthread_mutex_lock(&c->lock);
            c->threads[j] = c->threads[--c->nthreads];
            pthread_mutex_unlock(&c->lock);
            weft__chunks_free(t);
            free(t->text);
            free(t->tname);
            free(t->troutine);
            free(t);
            continue;
        }
        j++;
    }
    return c->err;
}

int weft__commit_point(struct weft_collector *c)
{
    int r = weft__db_commit(c);
    if (!r && c->bound)
        r = weft__bound_commit(c);
    if (r)
        return r;
    pthread_mutex_lock(&c->lock);
    uint64_t queued = c->queued;
    pthread_mutex_unlock(&c->lock);
    return weft__db_upkeep(c, queued);
}

int weft_collector_poll(struct weft_collector *c)
{
    if (c->err)
        return c->err;
    int r = weft__db_begin(c);
    if (r)
        return r;
    uint64_t now = weft__now_ns();
    if (now - c->last_scan >= SCAN_EVERY_NS) {
        c->last_scan = now;
        if ((r = weft__scan(c)))
            return r;
    } else if ((r = weft__register_fresh(c))) {
        /* Every poll: a reused ring's thread is finalized, and its ring free again, sooner. */
        return r;
    }
    int n = 0;
    for (size_t j = 0; j < c->nthreads; j++) {
        if (c->threads[j]->done)
            continue;
        r = weft__drain(c, c->threads[j]);
        if (r < 0)
            return r;
        n += r;
    }
    int check = now - c->last_live_check >= LIVE_EVERY_NS;
    if (check)
        c->last_live_check = now;
    int ended = 0;
    if ((r = reap(c, check, &ended)))
        return r;
    n += ended;
    if ((r = weft__sampler_flush(c)))
        return r;
    if (c->txn_events >= c->commit_events || now - c->txn_start_ns >= COMMIT_EVERY_NS)
        if ((r = weft__commit_point(c)))
            return r;
    return n;
}

/* Links images to their parent and to the image they replaced, and stores wait statuses. */
static int link_processes(struct weft_collector *c)
{
    int rc = weft__events_flush(c); /* the last query reads the events */
    if (rc)
        return rc;
    for (size_t i = 0; i < c->nprocs && !c->err; i++) {
        struct weft__proc *p = c->procs[i];
        struct weft__proc *parent = p->parent_start_ns ? weft__proc_lookup(c, p->ppid, p->parent_start_ns) : NULL;
        struct weft__proc *from = p->exec_from_start_ns ? weft__proc_lookup(c, p->pid, p->exec_from_start_ns) : NULL;
        if (!parent && from) {
            /* An exec'd image has the parent of the image it replaced. */
            struct weft__proc *q = from;
            while (q && !q->parent_start_ns && q->exec_from_start_ns)
                q = weft__proc_lookup(c, q->pid, q->exec_from_start_ns);
            if (q && q->parent_start_ns)
                parent = weft__proc_lookup(c, q->ppid, q->parent_start_ns);
        }
        if (parent || from)
            weft__row_process_link(c, p->id, parent ? parent->id : WEFT__NULL, from ? from->id : WEFT__NULL);
    }
    for (int i = 0; i < c->nstatus && !c->err; i++) {
        int w = c->status[i].wstatus;
        if (WIFEXITED(w))
            weft__row_process_exit(c, c->status[i].pid, WEXITSTATUS(w), WEFT__NULL);
        else if (WIFSIGNALED(w))
            weft__row_process_exit(c, c->status[i].pid, WEFT__NULL, WTERMSIG(w));
    }
    for (int i = 0; i < c->nstatus && !c->err; i++)
        if (c->status[i].cpu_ns)
            weft__row_thread_rusage(c, c->status[i].pid, (int64_t)c->status[i].cpu_ns);
    if (c->err)
        return c->err;
    return weft__rows_exits_from_waits(c);
}

static int count_rows(struct weft_collector *c, const char *sql, uint64_t *out)
{
    sqlite3_stmt *s = NULL;
    *out = 0;
    if (sqlite3_prepare_v2(c->db, sql, -1, &s, NULL) != SQLITE_OK)
        return -EIO;
    if (sqlite3_step(s) == SQLITE_ROW)
        *out = (uint64_t)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return 0;
}

int weft_collector_finish(struct weft_collector *c, struct weft_collector_summary *sum)
{
    int r = c->err;
    if (!r)
        r = weft__db_begin(c);
    if (!r)
        r = weft__scan(c);
    if (!r)
        r = weft__threads_finalize(c, NULL, NULL);
    for (size_t i = 0; i < c->nprocs && !r; i++)
        r = weft__proc_finalize(c, c->procs[i]);
    /* Rings a process reused just before it was finalized (weft__spares_drop kept them). */
    if (!r)
        r = weft__register_fresh(c);
    if (!r)
        r = weft__threads_finalize(c, NULL, NULL);
    if (!r)
        r = weft__sampler_flush(c);
    if (!r)
        r = link_processes(c);
    if (!r)
        r = weft__sites_resolve(c);
    if (!r && c->bound)
        r = weft__bound_finish(c, sum);
    if (!r)
        r = weft__db_indexes(c);
    if (!r && c->min_ts)
        r = weft__db_meta_u64(c, "start_ns", c->min_ts);
    if (!r && c->max_ts)
        r = weft__db_meta_u64(c, "end_ns", c->max_ts);
    if (!r)
        r = weft__db_meta_u64(c, "dropped_events", c->dropped);
    if (!r && c->top_status_set) {
        if (!(r = weft__db_meta_u64(c, "top_pid", (uint64_t)c->top_pid)))
            r = weft__db_meta_u64(c, "top_exit_status", (uint64_t)c->top_exit);
    }
    if (!r)
        r = weft__db_exec(c, "DELETE FROM meta WHERE key='incomplete_reason'");
    if (!r)
        r = weft__db_meta(c, "complete", "1");
    if (!r)
        r = weft__db_commit(c);
    /* Back to a single self-contained file: checkpoint and drop the write-ahead log (our
     * own descriptor of it first, or its space stays taken until we close). */
    weft__wal_cache_close(c);
    if (!r)
        r = weft__db_exec(c, "PRAGMA journal_mode=DELETE");
    if (!r && sum) {
        count_rows(c, "SELECT count(*) FROM processes", &sum->processes);
        count_rows(c, "SELECT count(*) FROM threads", &sum->threads);
        count_rows(c, "SELECT count(*) FROM event_rows", &sum->events);
        sum->dropped = c->dropped;
    }
    if (!r && c->bound)
        r = weft__bound_fit(c, sum);
    if (!r) {
        weft__db_close(c);
        if (rename(c->partial, c->out) < 0)
            r = -errno;
    }
    if (r) {
        weft__db_close(c);
        remove_partial(c->partial);
    }
    free_all(c);
    return r;
}

void weft_collector_abort(struct weft_collector *c)
{
    if (!c)
        return;
    weft__db_close(c);
    remove_partial(c->partial);
    free_all(c);
}

void weft_collector_remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char path[4096];
        while ((e = readdir(d)))
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
                unlink(path);
            }
        closedir(d);
    }
    rmdir(dir);
}
