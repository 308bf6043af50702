/* Copies events out of a thread's ring into trace.db, joining TEXT continuations to their event. */
#include "internal.h"
#include "queue_cap.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>


const unsigned char weft__call_category[WEFT_CALL_MAX] = {
#define X(id, sym, name, cat) [id] = cat,
    WEFT_CALLS(X)
#undef X
};

static int64_t coro_row(struct weft_collector *c, struct weft__proc *p, uint32_t coro, int tid, uint64_t ts)
{
    uint64_t id;
    if (weft__map_get(&p->coros, coro, &id))
        return (int64_t)id;
    /* A coroutine we never saw created (it predates tracing): a row with what we know. */
    struct weft__coro_row k = {.process_id = p->id, .pid = p->pid, .key = coro, .stack_size = WEFT__NULL,
                               .created_tid = tid, .created_ns = ts};
    int64_t row;
    if (weft__row_coroutine(c, &k, &row))
        return 0;
    weft__map_put(&p->coros, coro, (uint64_t)row);
    return row;
}

static char *dup_text(const char *t, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, t, n);
        s[n] = '\0';
    }
    return s;
}

/* Side effects of lifecycle events on threads and coroutines. */
static void lifecycle(struct weft_collector *c, struct weft__thread *t, const struct weft_event *e,
                      const char *text, size_t tlen)
{
    struct weft__proc *p = t->proc;
    switch (e->call) {
    case WEFT_CALL_THREAD_NAME:
        if (!tlen)
            break;
        if (!e->u.e.obj || e->u.e.obj == (uint64_t)t->tid) {
            free(t->tname);
            t->tname = dup_text(text, tlen);
            t->tname_ts = e->ts;
        } else {
            /* Named by another thread: obj is the named thread's tid. */
            struct weft__given_name *g = malloc(sizeof(*g) + tlen + 1), *old;
            uint64_t prev;
            if (!g)
                break;
            g->ts = e->ts;
            memcpy(g->name, text, tlen);
            g->name[tlen] = 0;
            if (weft__map_get(&p->given_names, e->u.e.obj, &prev)) {
                old = (struct weft__given_name *)(uintptr_t)prev;
                if (old->ts > g->ts) {
                    free(g);
                    break;
                }
                free(old);
            }
            if (weft__map_put(&p->given_names, e->u.e.obj, (uint64_t)(uintptr_t)g) < 0)
                free(g);
        }
        break;
    case WEFT_CALL_THREAD_START:
        t->routine_addr = e->u.e.obj;
        if (tlen) {
            free(t->troutine);
            t->troutine = dup_text(text, tlen);
        }
        if (e->u.e.obj2 && e->u.e.obj2 < 0x80000000u)
            t->creator_tid = (int)e->u.e.obj2;
        break;
    case WEFT_CALL_PTHREAD_CREATE:
    case WEFT_CALL_THRD_CREATE:
        if (e->u.e.obj2 && e->u.e.obj2 < 0x80000000u)
            weft__map_put(&p->creators, e->u.e.obj2, (uint64_t)t->tid);
        break;
    case WEFT_CALL_MAKECONTEXT:
    case WEFT_CALL_CORO_CREATE: {
        uint32_t num = e->u.e.aux ? e->u.e.aux : (uint32_t)e->u.e.obj;
        if (!num || weft__map_get(&p->coros, num, NULL))
            break;
        char *name = tlen ? dup_text(text, tlen) : NULL;
        char *entry = NULL;
        if (e->call == WEFT_CALL_MAKECONTEXT)
            entry = name ? name : (e->u.e.obj2 ? weft__symbolize_data(p, e->u.e.obj2) : NULL);
        struct weft__coro_row k = {.process_id = p->id,
                                   .pid = p->pid,
                                   .key = (int64_t)e->u.e.obj,
                                   .stack_size = e->u.e.ret > 0 ? e->u.e.ret : WEFT__NULL,
                                   .entry = entry,
                                   .name = e->call == WEFT_CALL_CORO_CREATE ? name : NULL,
                                   .created_tid = t->tid,
                                   .created_ns = e->ts};
        int64_t row;
        if (!weft__row_coroutine(c, &k, &row))
            weft__map_put(&p->coros, num, (uint64_t)row);
        if (entry != name)
            free(entry);
        free(name);
        break;
    }
    case WEFT_CALL_CORO_EXIT: {
        uint64_t id;
        uint32_t num = e->u.e.aux ? e->u.e.aux : (uint32_t)e->u.e.obj;
        if (weft__map_get(&p->coros, num, &id))
            weft__row_coroutine_end(c, (int64_t)id, e->ts);
        break;
    }
    default:
        break;
    }
}

int weft__flush_pending(struct weft_collector *c, struct weft__thread *t)
{
    if (!t->has_pending)
        return c->err;
    t->has_pending = 0;
    const struct weft_event *e = &t->pending;
    struct weft__proc *p = t->proc;
    lifecycle(c, t, e, t->text, t->text_len);
    uint64_t end = e->ts + e->u.e.dur;
    /* Recording stopped, or the flight recorder's window starts later (bound.c): drained, left out. */
    if (weft__bound_stopped(c, e->ts) || weft__bound_before(c, end))
        return weft__bound_leave_out(c, t, e);
    struct weft__row *row = weft__batch_row(c);
    if (!row)
        return c->err;
    int64_t *v = row->v;
    unsigned nulls = 0;
    v[WEFT__COL_TS] = (int64_t)e->ts;
    v[WEFT__COL_DUR] = (int64_t)e->u.e.dur;
    v[WEFT__COL_THREAD] = t->id;
    if (e->u.e.coro)
        v[WEFT__COL_CORO] = coro_row(c, p, e->u.e.coro, t->tid, e->ts);
    else
        nulls |= 1u << WEFT__COL_CORO;
    v[WEFT__COL_CALL] = e->call;
    v[WEFT__COL_FD_KIND] = e->fd_kind;
    v[WEFT__COL_OBJ] = (int64_t)e->u.e.obj;
    v[WEFT__COL_OBJ2] = (int64_t)e->u.e.obj2;
    if (t->pending_unreturned) {
        /* A call still blocked when the thread ended: it returned nothing. */
        nulls |= 1u << WEFT__COL_RET | 1u << WEFT__COL_ERRNO;
        t->pending_unreturned = 0;
    } else {
        v[WEFT__COL_RET] = e->u.e.ret;
        /* A failed exec carries its errno in aux (the call did not return normally). */
        int err = e->err;
        if (!err && e->call == WEFT_CALL_EXECVE && e->u.e.ret < 0)
            err = (int)e->u.e.aux;
        v[WEFT__COL_ERRNO] = err;
    }
    t->last_call = e->call;
    t->last_call_ts = e->ts;
    if (e->u.e.site)
        v[WEFT__COL_SITE] = weft__site_id(c, p, e->u.e.site);
    else
        nulls |= 1u << WEFT__COL_SITE;
    row->nulls = nulls;
    /* Rare: a lock wait's holder, a string (path, peer, name) go to event_details. */
    int holder = e->u.e.aux && e->call < WEFT_CALL_MAX && weft__call_category[e->call] == WEFT_CAT_LOCK;
    if ((holder || t->text_len) &&
        weft__batch_detail(c, holder, (int64_t)e->u.e.aux, t->text_len ? t->text : NULL, t->text_len) < 0 &&
        !c->err)
        c->err = -ENOMEM;
    t->text_len = 0;
    if (c->bound)
        weft__bound_row(c, end);
    if (end > t->last_ts)
        t->last_ts = end;
    if (end > c->max_ts)
        c->max_ts = end;
    if (!c->min_ts || (e->ts && e->ts < c->min_ts))
        c->min_ts = e->ts;
    c->events++;
    c->txn_events++;
    return c->err;
}

static int append_text(struct weft__thread *t, const struct weft_event *e)
{
    size_t n = e->err < 0 ? 0 : (size_t)e->err;
    if (n > sizeof(e->u.text))
        n = sizeof(e->u.text);
    if (t->text_len + n > t->text_cap) {
        size_t ncap = t->text_cap ? t->text_cap * 2 : 256;
        while (ncap < t->text_len + n)
            ncap *= 2;
        char *nt = realloc(t->text, ncap);
        if (!nt)
            return -ENOMEM;
        t->text = nt;
        t->text_cap = ncap;
    }
    memcpy(t->text + t->text_len, e->u.text, n);
    t->text_len += n;
    /* A NUL inside the record ends the string early. */
    void *z = memchr(t->text + t->text_len - n, '\0', n);
    if (z)
        t->text_len = (size_t)((char *)z - t->text);
    return 0;
}

/* Reads up to N - 1 bytes of PATH into BUF, NUL-terminated.  Returns 0 or -errno. */
static int read_text(const char *path, char *buf, size_t n)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC), err;
    if (fd < 0)
        return -errno;
    ssize_t got = read(fd, buf, n - 1);
    err = errno;
    close(fd);
    if (got < 0)
        return -err;
    buf[got] = '\0';
    return 0;
}

/*
 * Bytes the collector's cgroup (v2) and the cgroups above it leave free, the least of them;
 * UINT64_MAX when none is limited or none can be read (cgroup v1, no /sys/fs/cgroup).
 */
static uint64_t cgroup_room(void)
{
    static const char root[] = "/sys/fs/cgroup";
    char self[4096], dir[4096 + sizeof(root)], file[sizeof(dir) + 32], max[64], cur[64];
    uint64_t room = UINT64_MAX, r;

    memcpy(dir, root, sizeof(root));
    if (read_text("/proc/self/cgroup", self, sizeof(self)) < 0 ||
        weft__cgroup_path(self, dir + sizeof(root) - 1, sizeof(dir) - sizeof(root) + 1) < 0)
        return room;
    /* From our own cgroup up to the one below the root (which has no memory.max). */
    while (strlen(dir) > sizeof(root)) {
        snprintf(file, sizeof(file), "%s/memory.max", dir);
        if (read_text(file, max, sizeof(max)) == 0) {
            snprintf(file, sizeof(file), "%s/memory.current", dir);
            if (read_text(file, cur, sizeof(cur)) == 0 && weft__cgroup_room(max, cur, &r) == 0 &&
                r < room)
                room = r;
        }
        *strrchr(dir, '/') = '\0';
    }
    return room;
}

/*
 * Queued events above which the drainer leaves events in the rings (they then drop, counted):
 * an eighth of the memory free when the collector starts and a quarter of what its cgroup and
 * rlimits leave it, from 2 M events (128 MiB; 64 K when that would take more than half of what
 * they leave) to 16 M (1 GiB); weft__queue_cap_events has the rule.  A program that records
 * faster than SQLite stores (~1 M events per CPU-second) queues the difference here while it
 * runs; 2 M events is what a 0.4 s coroutine ping-pong records, and a fixed cap of that size
 * dropped the last few thousand of them.  Free memory alone is the host's: in a container
 * limited to 1 GiB on a large host it made the cap 1 GiB, and the OOM killer took the
 * collector or the program.
 */
static uint64_t queue_cap(void)
{
    long pages = sysconf(_SC_AVPHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    uint64_t free_bytes = pages > 0 && size > 0 ? (uint64_t)pages * (uint64_t)size : 0;
    uint64_t room = cgroup_room();
    static const int limits[] = {RLIMIT_AS, RLIMIT_DATA};
    struct rlimit rl;

    for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
        if (getrlimit(limits[i], &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < room)
            room = rl.rlim_cur;
    return weft__queue_cap_events(free_bytes, room);
}

/*
 * How long the drainer sleeps between rounds: from DRAIN_MIN_NS while rings fill, doubling
 * up to DRAIN_MAX_NS while they stay nearly empty.  Every wake-up of the drainer is a
 * thread that may preempt the program (mutex_pingpong: ~300 involuntary switches of the
 * program per 0.4 s at a fixed 1 ms, ~40 at 10 ms); a producer whose ring crosses a
 * quarter of its capacity wakes it early (weft_ring.h, "Waking the collector"), so a
 * burst after a quiet spell is not dropped.
 */
#define DRAIN_MIN_NS 1000000ull
#define DRAIN_MAX_NS 16000000ull
/* Emptied chunks kept for reuse: 64 x 256 KiB. */
#define MAX_SPARE 64u

/*
 * Copies what T's producer published into T's chunk queue and gives the ring room
 * back at once.  Caller holds c->lock.  Returns events copied; *whole (if not NULL) is
 * set when everything published at the start of the copy was copied (then the last
 * event copied came with all its TEXT records: a producer publishes them together).
 */
static uint64_t copy_ring(struct weft_collector *c, struct weft__thread *t, int unlimited,
                          int *whole)
{
    struct weft_ring_header *h = t->h;
    const struct weft_event *ev = (const struct weft_event *)((const char *)h + h->events_off);
    uint64_t mask = h->capacity - 1;
    uint64_t head = __atomic_load_n(&h->head, __ATOMIC_ACQUIRE);
    if (head - t->tail > h->capacity) /* a corrupt head: skip what we cannot trust */
        t->tail = head - h->capacity;
    uint64_t copied = 0;
    while (t->tail != head && (unlimited || c->queued < c->max_queued)) {
        struct weft__chunk *ch = t->qtail;
        if (!ch || ch->n == WEFT__CHUNK_EVENTS) {
            if (c->spare) {
                ch = c->spare;
                c->spare = ch->next;
                c->nspare--;
            } else if (!(ch = malloc(sizeof(*ch)))) {
                break;
            }
            ch->next = NULL;
            ch->n = 0;
            if (t->qtail)
                t->qtail->next = ch;
            else
                t->qhead = ch;
            t->qtail = ch;
        }
        uint64_t n = head - t->tail, room = WEFT__CHUNK_EVENTS - ch->n;
        uint64_t to_wrap = h->capacity - (t->tail & mask);
        if (n > room)
            n = room;
        if (n > to_wrap)
            n = to_wrap;
        memcpy(&ch->ev[ch->n], &ev[t->tail & mask], n * sizeof(*ev));
        ch->n += (uint32_t)n;
        t->tail += n;
        copied += n;
        c->queued += n;
    }
    __atomic_store_n(&h->tail, t->tail, __ATOMIC_RELEASE);
    if (whole)
        *whole = t->tail == head;
    return copied;
}

/* Makes the wake-up file producers use to wake the drainer; NULL if it cannot. */
static struct weft_wake_file *wake_create(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof(path), "%s/%s", dir, WEFT_WAKE_FILE);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        return NULL;
    /* Every traced process writes it, also those that dropped privileges (umask aside). */
    (void)fchmod(fd, 0666);
    struct weft_wake_file *w = MAP_FAILED;
    if (ftruncate(fd, 4096) == 0)
        w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (w == MAP_FAILED)
        return NULL;
    w->collector_pid = (int32_t)getpid(); /* producers stop waiting for rooms once we are gone */
    __atomic_store_n(&w->magic, WEFT_WAKE_MAGIC, __ATOMIC_RELEASE);
    return w;
}

/* Whether some ring is a quarter full or more (or has dropped events since we copied). */
static int rings_filling(struct weft_collector *c)
{
    int r = 0;
    pthread_mutex_lock(&c->lock);
    for (size_t i = 0; i < c->nthreads + c->nfresh && !r; i++) {
        struct weft__thread *t = i < c->nthreads ? c->threads[i] : c->fresh[i - c->nthreads];
        if (!t->closing && !t->done && t->h)
            r = __atomic_load_n(&t->h->head, __ATOMIC_SEQ_CST) - t->tail >= t->h->capacity / 4;
    }
    pthread_mutex_unlock(&c->lock);
    return r;
}

/* Sleeps up to NS, or until a producer (or weft__drainer_stop) wakes us. */
static void drainer_wait(struct weft_collector *c, uint64_t ns)
{
    struct timespec ts = {(time_t)(ns / 1000000000ull), (long)(ns % 1000000000ull)};
    struct weft_wake_file *w = __atomic_load_n(&c->wake, __ATOMIC_ACQUIRE);
    if (!w && (++c->wake_tries & 63) == 0) { /* the directory did not exist yet */
        w = wake_create(c->dir);
        __atomic_store_n(&c->wake, w, __ATOMIC_RELEASE);
    }
    if (!w) {
        nanosleep(&ts, NULL);
        return;
    }
    uint32_t seq = __atomic_load_n(&w->seq, __ATOMIC_SEQ_CST);
    __atomic_store_n(&w->sleeping, 1, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    /* A producer that looked before we set sleeping did not wake us: look at the rings once more. */
    if (!__atomic_load_n(&c->stop, __ATOMIC_ACQUIRE) && !rings_filling(c))
        syscall(SYS_futex, &w->seq, FUTEX_WAIT, seq, &ts, NULL, 0);
    __atomic_store_n(&w->sleeping, 0, __ATOMIC_RELAXED);
}

/*
 * The drainer: empties every ring into memory, so that a slow commit of the writer never
 * makes a producer drop events; sleeps as long as the fill of the rings allows.
 */
static void *drainer(void *arg)
{
    struct weft_collector *c = arg;
    uint64_t interval = DRAIN_MIN_NS;
    int burst = 0; /* the last round found a ring a quarter full and went round again at once */
    while (!__atomic_load_n(&c->stop, __ATOMIC_ACQUIRE)) {
        /*
         * New rings are found here, not only by the writer's scan: the writer yields
         * the CPU to the program and may not scan for a while, and a fresh thread's
         * ring can fill within milliseconds.  (A stat of the directory when none came.)
         */
        weft__adopt(c, 0);
        uint64_t fill = 0; /* the largest share of a ring copied, in 1/64 */
        pthread_mutex_lock(&c->lock);
        if (c->nspares)
            weft__spares_adopt(c); /* rings the program reused for new threads */
        for (size_t i = 0; i < c->nthreads + c->nfresh; i++) {
            struct weft__thread *t = i < c->nthreads ? c->threads[i] : c->fresh[i - c->nthreads];
            if (t->closing || t->done || !t->h)
                continue;
            uint64_t n = copy_ring(c, t, 0, NULL);
            uint64_t f = n * 64 / t->h->capacity;
            if (f > fill)
                fill = f;
        }
        int backlog = c->queued >= c->max_queued;
        pthread_mutex_unlock(&c->lock);
        struct weft_wake_file *w = __atomic_load_n(&c->wake, __ATOMIC_ACQUIRE);
        if (w && w->backlog != (uint32_t)backlog)
            __atomic_store_n(&w->backlog, (uint32_t)backlog, __ATOMIC_RELAXED); /* producers: do not wait for us */
        if (fill >= 16) {
            burst = 1;
            continue; /* a ring was a quarter full: go round again at once */
        }
        /* (Nothing new right after such a round says nothing of the rate: it made the
         * interval grow after every long sleep, up to DRAIN_MAX_NS with rings filling fast.) */
        if (backlog || burst)
            interval = DRAIN_MIN_NS; /* copy again as soon as the writer made room; a ring filled fast */
        else if (fill >= 4)
            interval = interval / 2 > DRAIN_MIN_NS ? interval / 2 : DRAIN_MIN_NS;
        else if (fill == 0)
            interval = interval * 2 < DRAIN_MAX_NS ? interval * 2 : DRAIN_MAX_NS;
        burst = 0;
        /* Producers that cannot wake us (no wake file): never sleep long. */
        drainer_wait(c, w || interval < 2 * DRAIN_MIN_NS ? interval : 2 * DRAIN_MIN_NS);
    }
    return NULL;
}

int weft__drainer_start(struct weft_collector *c)
{
    c->wake = wake_create(c->dir);
    c->max_queued = queue_cap();
    int r = pthread_create(&c->drainer, NULL, drainer, c);
    if (r)
        return -r;
    c->drainer_running = 1;
    return 0;
}

void weft__drainer_stop(struct weft_collector *c)
{
    if (!c->drainer_running)
        return;
    __atomic_store_n(&c->stop, 1, __ATOMIC_RELEASE);
    struct weft_wake_file *w = __atomic_load_n(&c->wake, __ATOMIC_ACQUIRE);
    if (w) {
        __atomic_fetch_add(&w->seq, 1, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, &w->seq, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    pthread_join(c->drainer, NULL);
    c->drainer_running = 0;
}

void weft__drain_close(struct weft_collector *c, struct weft__thread *t)
{
    pthread_mutex_lock(&c->lock);
    t->closing = 1;
    if (t->h)
        copy_ring(c, t, 1, NULL);
    pthread_mutex_unlock(&c->lock);
}

int weft__drain_now(struct weft_collector *c, struct weft__thread *t)
{
    int whole = 0;
    pthread_mutex_lock(&c->lock);
    if (!t->closing && !t->done && t->h) {
        /* Not head read again: an event published meanwhile (by a thread that runs while
         * this idle-priority writer was preempted) would leave a complete last event held. */
        copy_ring(c, t, 0, &whole);
    }
    pthread_mutex_unlock(&c->lock);
    int n = weft__drain(c, t);
    /*
     * The last event waits for TEXT records that may follow it; when everything published
     * was copied it has them all (a producer publishes an event with its text), so it
     * can be stored now: a name given just before a blocking join is otherwise held back.
     */
    if (n >= 0 && whole) {
        int r = weft__flush_pending(c, t);
        if (r < 0)
            return r;
    }
    return n;
}

void weft__chunks_free(struct weft__thread *t)
{
    while (t->qhead) {
        struct weft__chunk *n = t->qhead->next;
        free(t->qhead);
        t->qhead = n;
    }
    t->qtail = NULL;
}

int weft__drain(struct weft_collector *c, struct weft__thread *t)
{
    pthread_mutex_lock(&c->lock);
    struct weft__chunk *list = t->qhead;
    t->qhead = t->qtail = NULL;
    for (struct weft__chunk *ch = list; ch; ch = ch->next)
        c->queued -= ch->n;
    pthread_mutex_unlock(&c->lock);
    int n = 0, r = 0;
    struct weft__chunk *done = NULL, *done_tail = NULL;
    size_t ndone = 0;
    while (list) {
        struct weft__chunk *ch = list;
        for (uint32_t i = 0; i < ch->n && !r; i++) {
            const struct weft_event *e = &ch->ev[i];
            if (e->call == WEFT_CALL_TEXT) {
                if (t->has_pending && append_text(t, e) < 0)
                    r = -ENOMEM;
            } else {
                r = weft__flush_pending(c, t);
                t->pending = *e;
                t->has_pending = 1;
            }
            n++;
        }
        list = ch->next;
        /* A backlog is stored in transactions of the usual size, each followed by what a
         * commit brings (the flight recorder's trim, the log's checkpoint): one transaction
         * for millions of events grew the write-ahead log past any bound. */
        if (!r && c->txn_events >= c->commit_events && !(r = weft__commit_point(c)))
            r = weft__db_begin(c);
        if (ndone < MAX_SPARE) {
            ch->next = done;
            done = ch;
            if (!done_tail)
                done_tail = ch;
            ndone++;
        } else {
            free(ch);
        }
    }
    if (done) {
        /* No free() under the lock: the writer may be preempted for long while holding it. */
        struct weft__chunk *excess = NULL;
        pthread_mutex_lock(&c->lock);
        done_tail->next = c->spare;
        c->spare = done;
        c->nspare += ndone;
        if (c->nspare > MAX_SPARE) { /* keep the cache bounded */
            struct weft__chunk *x = c->spare;
            for (size_t k = 1; k < MAX_SPARE; k++)
                x = x->next;
            excess = x->next;
            x->next = NULL;
            c->nspare = MAX_SPARE;
        }
        pthread_mutex_unlock(&c->lock);
        while (excess) {
            struct weft__chunk *x = excess;
            excess = x->next;
            free(x);
        }
    }
    if (r)
        return r;
    return c->err ? c->err : n;
}
