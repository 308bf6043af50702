/* A call still blocked when its thread ended (killed, or left behind by exit): one event that did not return. */
#define _GNU_SOURCE
#include "internal.h"
#include "weft_rt.h"

#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* An I/O call blocked this long on an fd the tracer had not classified gets classified here. */
#define WATCH_AFTER_NS 10000000ull

/* T's counter of CALL, or NULL when the ring has no valid table. */
static struct weft_call_counter *counter(struct weft__thread *t, uint32_t call)
{
    struct weft_ring_header *h = t->h;
    if (!h->calls_off || h->calls_off + WEFT_CALL_MAX * sizeof(struct weft_call_counter) > t->size)
        return NULL;
    return (struct weft_call_counter *)((char *)h + h->calls_off) + call;
}

/*
 * Counts an unreturned call in its thread's counter table, which finalize stores as
 * call_counts right after: call_counts holds every call, and this one's own update (made
 * when a call returns) never came.  It is one call and one event, lasting DUR; it moved
 * no bytes and reported no error.  The thread has ended, so the table is ours to write.
 */
static void count_unreturned(struct weft__thread *t, uint32_t call, uint64_t dur)
{
    struct weft_call_counter *cc = counter(t, call);
    if (!cc)
        return;
    cc->count++;
    cc->recorded++;
    cc->total_ns += dur;
    if (dur > cc->max_ns)
        cc->max_ns = dur;
}

int weft__inflight_store(struct weft_collector *c, struct weft__thread *t, uint64_t end)
{
    struct weft_ring_header *h = t->h;
    uint32_t call = __atomic_load_n(&h->inflight_call, __ATOMIC_ACQUIRE);
    if (!call || call >= WEFT_CALL_MAX || call == WEFT_CALL_TEXT)
        return c->err;
    uint64_t ts = h->inflight_ts;
    /* It returned and its event is in, but the thread died before clearing the slot. */
    if (t->last_call == call && t->last_call_ts == ts)
        return c->err;
    /*
     * It returned and was counted (too short for an event), the thread died before clearing.
     * Only a producer that sets WEFT_RING_F_INFLIGHT_COUNT keeps inflight_count; in an older
     * ring it reads 0, and every unreturned call after the first of its kind would be skipped.
     */
    const struct weft_call_counter *cc =
        (h->features & WEFT_RING_F_INFLIGHT_COUNT) ? counter(t, call) : NULL;
    if (cc && cc->count != h->inflight_count) {
        __atomic_store_n(&h->inflight_call, 0, __ATOMIC_RELEASE);
        return c->err;
    }
    int r = weft__flush_pending(c, t); /* keeps the ring's order; normally nothing is pending */
    if (r)
        return r;
    struct weft_event *e = &t->pending;
    *e = (struct weft_event){.ts = ts, .call = (uint16_t)call, .fd_kind = h->inflight_fd_kind};
    if (e->fd_kind == WEFT_FD_UNKNOWN && t->inflight_kind_ts == ts)
        e->fd_kind = t->inflight_kind; /* what the fd was while the process lived */
    e->u.e.dur = end > ts ? end - ts : 0;
    e->u.e.obj = h->inflight_obj;
    e->u.e.obj2 = h->inflight_obj2;
    e->u.e.site = h->inflight_site;
    e->u.e.aux = h->inflight_aux;
    e->u.e.coro = h->inflight_coro;
    t->text_len = 0;
    t->has_pending = 1;
    t->pending_unreturned = 1;
    uint64_t dur = e->u.e.dur;
    if ((r = weft__flush_pending(c, t)))
        return r;
    /* Stored and counted once: the slot is ours now, so a second finalize finds it empty. */
    count_unreturned(t, call, dur);
    __atomic_store_n(&h->inflight_call, 0, __ATOMIC_RELEASE);
    return c->err;
}

/* Kind of fd FD of process PID, seen from outside: a duplicate through pidfd_getfd, else its /proc link. */
static uint16_t classify_remote(int pid, int fd)
{
    uint16_t kind = WEFT_FD_UNKNOWN;
    long pidfd = syscall(SYS_pidfd_open, pid, 0);
    if (pidfd >= 0) {
        long dup = syscall(SYS_pidfd_getfd, (int)pidfd, fd, 0);
        if (dup >= 0) {
            kind = (uint16_t)weft__fd_classify((int)dup);
            close((int)dup); /* at once: we must not hold the program's pipe or socket open */
        }
        close((int)pidfd);
    }
    if (kind != WEFT_FD_UNKNOWN)
        return kind;
    char path[64];
    struct stat st;
    snprintf(path, sizeof(path), "/proc/%d/fd/%d", pid, fd);
    if (stat(path, &st) < 0)
        return WEFT_FD_UNKNOWN;
    switch (st.st_mode & S_IFMT) {
    case S_IFREG:
    case S_IFBLK: return WEFT_FD_FILE;
    case S_IFDIR: return WEFT_FD_DIR;
    case S_IFIFO: return WEFT_FD_PIPE;
    case S_IFSOCK: return WEFT_FD_SOCKET_OTHER;
    case S_IFCHR: return WEFT_FD_CHARDEV;
    default: return WEFT_FD_UNKNOWN;
    }
}

void weft__inflight_watch(struct weft__thread *t, uint64_t now)
{
    const struct weft_ring_header *h = t->h;
    uint32_t call = __atomic_load_n(&h->inflight_call, __ATOMIC_ACQUIRE);
    if (!call || call >= WEFT_CALL_MAX || weft__call_category[call] != WEFT_CAT_IO)
        return;
    uint64_t ts = __atomic_load_n(&h->inflight_ts, __ATOMIC_ACQUIRE);
    if (ts == t->inflight_kind_ts || now < ts + WATCH_AFTER_NS ||
        __atomic_load_n(&h->inflight_fd_kind, __ATOMIC_RELAXED) != WEFT_FD_UNKNOWN)
        return;
    int64_t fd = (int64_t)__atomic_load_n(&h->inflight_obj, __ATOMIC_ACQUIRE);
    /* Re-read: a new call writes its start before its object, so a torn read shows here. */
    if (fd < 0 || fd > INT32_MAX || __atomic_load_n(&h->inflight_call, __ATOMIC_ACQUIRE) != call ||
        __atomic_load_n(&h->inflight_ts, __ATOMIC_ACQUIRE) != ts)
        return;
    t->inflight_kind_ts = ts;
    t->inflight_kind = classify_remote(t->pid, (int)fd);
}
