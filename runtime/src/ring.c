/* The producer side of a per-thread ring file: layout, creation, and event publication. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "weft_rt.h"

#define HEADER_BYTES 4096u
#define WEFT_RING_UNLIKELY(x) __builtin_expect(!!(x), 0)

static size_t align64(size_t n)
{
    return (n + 63u) & ~(size_t)63u;
}

size_t weft__ring_size(uint32_t capacity)
{
    size_t off = HEADER_BYTES;
    off += align64(sizeof(struct weft_call_counter) * WEFT_CALL_MAX);
    off += align64(sizeof(struct weft_lock_stat) * WEFT_LOCKS_CAP);
    off += align64(sizeof(struct weft_order_edge) * WEFT_ORDER_CAP);
    off += sizeof(struct weft_event) * (size_t)capacity;
    return (off + 4095u) & ~(size_t)4095u;
}

void weft__ring_init(struct weft_ring *r, void *mem, uint32_t capacity, int pid, int tid,
                     uint64_t proc_start_ns, uint64_t start_ns)
{
    struct weft_ring_header *h = mem;
    size_t off = HEADER_BYTES;

    h->version = WEFT_RING_VERSION;
    h->pid = pid;
    h->tid = tid;
    h->capacity = capacity;
    h->proc_start_ns = proc_start_ns;
    h->start_ns = start_ns;
    h->calls_off = off;
    off += align64(sizeof(struct weft_call_counter) * WEFT_CALL_MAX);
    h->locks_off = off;
    off += align64(sizeof(struct weft_lock_stat) * WEFT_LOCKS_CAP);
    h->order_off = off;
    off += align64(sizeof(struct weft_order_edge) * WEFT_ORDER_CAP);
    h->events_off = off;
    h->locks_cap = WEFT_LOCKS_CAP;
    h->order_cap = WEFT_ORDER_CAP;
    h->file_size = weft__ring_size(capacity);
    h->state = WEFT_THREAD_LIVE;
    h->features = WEFT_RING_F_USED | WEFT_RING_F_INFLIGHT_COUNT;
    /* The magic goes last so a reader never sees a half-written header as valid. */
    __atomic_store_n(&h->magic, WEFT_RING_MAGIC, __ATOMIC_RELEASE);
    weft__ring_attach(r, mem);
}

int weft__ring_attach(struct weft_ring *r, void *mem)
{
    struct weft_ring_header *h = mem;
    char *base = mem;

    if (h->magic != WEFT_RING_MAGIC || h->capacity == 0 || (h->capacity & (h->capacity - 1)))
        return -EINVAL;
    r->h = h;
    r->calls = (struct weft_call_counter *)(base + h->calls_off);
    r->locks = (struct weft_lock_stat *)(base + h->locks_off);
    r->order = (struct weft_order_edge *)(base + h->order_off);
    r->ev = (struct weft_event *)(base + h->events_off);
    r->mask = h->capacity - 1;
    r->locks_mask = h->locks_cap - 1;
    r->order_mask = h->order_cap - 1;
    r->stalled_tail = 0;
    return 0;
}

/* -errno after a failed call, never 0: a caller may take 0 for success and use what was not set. */
static int failed_errno(void)
{
    return errno > 0 ? -errno : -EIO;
}

/*
 * Creates PATH (O_EXCL when excl, else truncating), sizes and maps it; see weft__map_new_file.
 * Returns 0 with *out set, or a negative errno with *out untouched.
 */
static int map_new(const char *path, size_t size, int excl, void **out)
{
    void *mem;
    long fd;
    int err;

    /* Raw syscalls: libc's open/close are our own interposers in the preload. */
    fd = syscall(SYS_openat, AT_FDCWD, path,
                 O_RDWR | O_CREAT | O_CLOEXEC | (excl ? O_EXCL : O_TRUNC), 0644);
    if (fd < 0)
        return failed_errno();
    if (syscall(SYS_ftruncate, (int)fd, (off_t)size) < 0)
        goto fail_fd;
    mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, (int)fd, 0);
    if (mem == MAP_FAILED)
        goto fail_fd;
    /* The mapping keeps the file; closing at once keeps us out of the program's fds. */
    syscall(SYS_close, (int)fd);
    *out = mem;
    return 0;

fail_fd:
    err = failed_errno();
    syscall(SYS_close, (int)fd);
    syscall(SYS_unlinkat, AT_FDCWD, path, 0);
    return err;
}

int weft__map_new_file(const char *path, size_t size, void **out)
{
    return map_new(path, size, 0, out);
}

/*
 * The collector's wake-up file (weft_ring.h, "Waking the collector"): its directory is
 * the one of the first ring made in this process; it is mapped on the first wake.
 */
static char wake_dir[1024];
static int wake_dir_state; /* 0: unset, 1: being set, 2: set */
static struct weft_wake_file *wake_map;
static int wake_gone; /* the collector's process is gone: nobody to wake or wait for */

static void wake_remember(const char *dir)
{
    int unset = 0;

    if (__atomic_load_n(&wake_dir_state, __ATOMIC_ACQUIRE) || strlen(dir) >= sizeof wake_dir ||
        !__atomic_compare_exchange_n(&wake_dir_state, &unset, 1, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_RELAXED))
        return;
    memcpy(wake_dir, dir, strlen(dir) + 1);
    __atomic_store_n(&wake_dir_state, 2, __ATOMIC_RELEASE);
}

/*
 * Maps the wake file; NULL while it does not exist (a program started before its collector)
 * or is not whole yet: tries again at a call a millisecond or more after the last try.  Calls
 * come at a ring's quarter-crossings, every 1024th drop and a full ring's wait; trying only
 * every 64th call left a drainer that sleeps up to 16 ms unwakeable for seconds, and rings
 * filling at 1.5 M events/s overflowed (bench/collector/run.sh starts the producer first).
 */
static uint64_t wake_next_try;

static struct weft_wake_file *wake_file(void)
{
    struct weft_wake_file *w = __atomic_load_n(&wake_map, __ATOMIC_ACQUIRE), *none = NULL;
    char path[1100];
    struct stat st;
    uint64_t now;
    long fd;

    if (w || __atomic_load_n(&wake_dir_state, __ATOMIC_ACQUIRE) != 2)
        return w;
    now = weft__now();
    if (now < __atomic_load_n(&wake_next_try, __ATOMIC_RELAXED))
        return NULL;
    __atomic_store_n(&wake_next_try, now + 1000000, __ATOMIC_RELAXED);
    snprintf(path, sizeof path, "%s/%s", wake_dir, WEFT_WAKE_FILE);
    fd = syscall(SYS_openat, AT_FDCWD, path, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    /* The collector makes it, then sizes it: a page not there yet would fault (SIGBUS). */
    if (syscall(SYS_fstat, (int)fd, &st) < 0 || st.st_size < 4096) {
        syscall(SYS_close, (int)fd);
        return NULL;
    }
    w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, (int)fd, 0);
    syscall(SYS_close, (int)fd);
    if (w == MAP_FAILED)
        return NULL;
    if (__atomic_load_n(&w->magic, __ATOMIC_ACQUIRE) != WEFT_WAKE_MAGIC ||
        !__atomic_compare_exchange_n(&wake_map, &none, w, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        munmap(w, 4096);
        return none; /* another thread mapped it first, or not ready */
    }
    return w;
}

/* A ring crossed a quarter of its capacity: wake the drainer if it sleeps. */
__attribute__((noinline, cold)) static void wake_collector(void)
{
    int saved = errno; /* emit is called between the program's call and its errno check */
    struct weft_wake_file *w = wake_file();

    /* Our head store before the load of sleeping; the drainer fences the other way round. */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (w && __atomic_load_n(&w->sleeping, __ATOMIC_SEQ_CST) &&
        !__atomic_load_n(&wake_gone, __ATOMIC_RELAXED)) {
        __atomic_fetch_add(&w->seq, 1, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, &w->seq, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    errno = saved;
}

int weft__ring_create(struct weft_ring *r, const char *dir, uint32_t capacity, int pid, int tid,
                      uint64_t proc_start_ns, uint64_t start_ns)
{
    char path[4096];
    void *mem;
    unsigned k;
    int n = -EEXIST;

    /*
     * O_EXCL: a file of this name may still be there when the kernel gave a new thread
     * the tid of an ended one whose ring is pooled or not yet collected; truncating it
     * would destroy events (and make its readers fault).  Such a thread takes "-<k>".
     */
    for (k = 0; n == -EEXIST && k < 1000; k++) {
        if (k == 0)
            n = snprintf(path, sizeof path, "%s/%d-%llu-%d.ring", dir, pid,
                         (unsigned long long)proc_start_ns, tid);
        else
            n = snprintf(path, sizeof path, "%s/%d-%llu-%d-%u.ring", dir, pid,
                         (unsigned long long)proc_start_ns, tid, k);
        if (n < 0 || (size_t)n >= sizeof path)
            return -ENAMETOOLONG;
        n = map_new(path, weft__ring_size(capacity), 1, &mem);
    }
    if (n < 0)
        return n;
    weft__ring_init(r, mem, capacity, pid, tid, proc_start_ns, start_ns);
    wake_remember(dir);
    return 0;
}

int weft__ring_reuse(struct weft_ring *r, void *mem, uint32_t capacity, int tid,
                     uint64_t start_ns)
{
    struct weft_ring_header *h = mem;
    uint32_t expect = WEFT_THREAD_FREE;

    if (h->capacity != capacity)
        return -EINVAL;
    /* The claim: the collector no longer touches a FREE ring, other threads race for it. */
    if (!__atomic_compare_exchange_n(&h->state, &expect, WEFT_THREAD_INIT, 0, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED))
        return -EBUSY;
    h->tid = tid;
    h->start_ns = start_ns;
    h->head = 0;
    h->tail = 0;
    h->dropped = 0;
    h->locks_overflow = 0;
    h->order_overflow = 0;
    h->end_ns = 0;
    h->cpu_ns = 0;
    h->inflight_call = 0;
    h->inflight_fd_kind = 0;
    h->inflight_aux = 0;
    h->inflight_coro = 0;
    h->inflight_ts = 0;
    h->inflight_obj = 0;
    h->inflight_obj2 = 0;
    h->inflight_site = 0;
    h->locks_used = 0;
    h->order_used = 0;
    h->generation++;
    /* features stay as weft__ring_init set them: this process made the file with this code. */
    /* Published last: the collector reads nothing of a ring before it is LIVE again. */
    __atomic_store_n(&h->state, WEFT_THREAD_LIVE, __ATOMIC_RELEASE);
    return weft__ring_attach(r, mem);
}

void weft__ring_finish(struct weft_ring *r, uint64_t end_ns, uint64_t cpu_ns)
{
    r->h->cpu_ns = cpu_ns;
    r->h->end_ns = end_ns;
    __atomic_store_n(&r->h->state, WEFT_THREAD_DONE, __ATOMIC_RELEASE);
}

void weft__ring_unmap(struct weft_ring *r)
{
    if (r->h)
        munmap(r->h, r->h->file_size);
    memset(r, 0, sizeof *r);
}

uint64_t weft__ring_block_ns = 8000000;

/*
 * Whether process pid is dead but not yet reaped: the state in /proc/PID/stat, the letter
 * after the last ')' (the command name may hold parens), is Z or X.  0 when the file cannot
 * be read.  Raw syscalls: open and read are our own interposers.  May change errno.
 */
static int pid_is_zombie(int pid)
{
    char path[32] = "/proc/", digits[12], buf[256], *p = NULL;
    size_t n = 0, len = sizeof "/proc/" - 1, i;
    ssize_t got;
    long fd;

    do
        digits[n++] = (char)('0' + pid % 10);
    while ((pid /= 10) > 0);
    while (n > 0)
        path[len++] = digits[--n];
    memcpy(path + len, "/stat", sizeof "/stat");
    fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    /* pid, (name of at most 16 bytes), state: all in the first 64 bytes or so. */
    got = syscall(SYS_read, (int)fd, buf, sizeof buf);
    syscall(SYS_close, (int)fd);
    for (i = 0; got > 0 && i < (size_t)got; i++)
        if (buf[i] == ')')
            p = buf + i;
    if (!p || p + 2 >= buf + got || p[1] != ' ')
        return 0;
    return p[2] == 'Z' || p[2] == 'X';
}

/*
 * Whether the collector's process is gone (weft run was killed): then nothing empties the
 * rings any more and a full ring must drop at once.  A zombie counts as gone (killed, its
 * parent has not reaped it yet: it drains nothing either).  Checked once per stall: one
 * kill(pid, 0) and, while the process is there, one read of /proc/PID/stat (a few us);
 * once gone, for good.  May change errno.
 */
static int collector_gone(const struct weft_wake_file *w)
{
    int pid = __atomic_load_n(&w->collector_pid, __ATOMIC_RELAXED);

    if (!__atomic_load_n(&wake_gone, __ATOMIC_RELAXED) && pid > 0 &&
        ((syscall(SYS_kill, pid, 0) < 0 && errno == ESRCH) || pid_is_zombie(pid)))
        __atomic_store_n(&wake_gone, 1, __ATOMIC_RELAXED);
    return __atomic_load_n(&wake_gone, __ATOMIC_RELAXED);
}

/*
 * The ring has no room for `need` more events.  If a collector is there to empty it, wake
 * it and wait for room, at most weft__ring_block_ns; but not again before the collector
 * has moved the tail since a wait that timed out (a collector that stopped draining costs
 * one wait, not one per event).  Returns the new tail when there is room, else
 * (uint64_t)-1.  Raw syscalls: nanosleep is one of our interposers.
 */
__attribute__((noinline, cold)) static uint64_t wait_for_room(struct weft_ring *r, uint64_t head,
                                                              uint64_t need)
{
    struct weft_ring_header *h = r->h;
    uint64_t tail = __atomic_load_n(&h->tail, __ATOMIC_ACQUIRE), t0, now;
    struct timespec nap = {0, 20000};
    int saved = errno;

    struct weft_wake_file *w = __atomic_load_n(&wake_map, __ATOMIC_ACQUIRE);

    if (!weft__ring_block_ns || !w || r->stalled_tail == tail + 1 ||
        __atomic_load_n(&w->backlog, __ATOMIC_RELAXED) || collector_gone(w)) {
        errno = saved;
        return (uint64_t)-1;
    }
    wake_collector();
    t0 = weft__now();
    do {
        syscall(SYS_nanosleep, &nap, NULL);
        /* Longer naps leave our CPU idle long enough for the scheduler to move a waiting drainer to it. */
        if (nap.tv_nsec < 320000)
            nap.tv_nsec *= 2;
        tail = __atomic_load_n(&h->tail, __ATOMIC_ACQUIRE);
        if (head - tail + need <= (uint64_t)r->mask + 1) {
            errno = saved;
            return tail;
        }
        now = weft__now();
    } while (now - t0 < weft__ring_block_ns && !__atomic_load_n(&w->backlog, __ATOMIC_RELAXED));
    r->stalled_tail = tail + 1;
    errno = saved;
    return (uint64_t)-1;
}

int weft__ring_emit(struct weft_ring *r, const struct weft_event *ev, const char *text,
                    size_t len)
{
    struct weft_ring_header *h = r->h;
    uint64_t head, tail;
    size_t nt, i;

    if (len > WEFT_TEXT_MAX)
        len = WEFT_TEXT_MAX;
    nt = (len + sizeof ev->u.text - 1) / sizeof ev->u.text;
again:
    head = h->head; /* we are the only writer of head (signal handlers aside) */
    tail = __atomic_load_n(&h->tail, __ATOMIC_ACQUIRE);
    if (head - tail + 1 + nt > (uint64_t)r->mask + 1) {
        uint64_t dropped;

        /* Room came: read head again, a signal handler may have emitted while we waited. */
        if (wait_for_room(r, head, 1 + nt) != (uint64_t)-1)
            goto again;
        dropped = h->dropped;

        __atomic_store_n(&h->dropped, dropped + 1, __ATOMIC_RELAXED);
        /* A full ring crosses no more quarters: wake again, at the first drop and every 1024th. */
        if ((dropped & 1023) == 0)
            wake_collector();
        return -ENOBUFS;
    }
    r->ev[head & r->mask] = *ev;
    for (i = 0; i < nt; i++) {
        struct weft_event *t = &r->ev[(head + 1 + i) & r->mask];
        size_t chunk = len - i * sizeof t->u.text;

        if (chunk > sizeof t->u.text)
            chunk = sizeof t->u.text;
        t->ts = ev->ts;
        t->call = WEFT_CALL_TEXT;
        t->fd_kind = 0;
        t->err = (int32_t)chunk;
        memset(t->u.text, 0, sizeof t->u.text);
        memcpy(t->u.text, text + i * sizeof t->u.text, chunk);
    }
    __atomic_store_n(&h->head, head + 1 + nt, __ATOMIC_RELEASE);
    /* Fill (against a tail that may be stale, so at most overestimated) crossed a quarter? */
    if (WEFT_RING_UNLIKELY(((head - tail) ^ (head + 1 + nt - tail)) & ~(uint64_t)(r->mask >> 2)))
        wake_collector();
    return 0;
}
