/* A stand-in for libweft-preload.so in tests and benches: writes ring and process files per weft_ring.h. */
#include "fake_producer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define PROC_SIZE (1u << 20)
#define MAPS_OFF 8192u

uint64_t fp_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void *create_map(const char *path, size_t size)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return NULL;
    void *p = MAP_FAILED;
    if (ftruncate(fd, (off_t)size) == 0)
        p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    return p == MAP_FAILED ? NULL : p;
}

struct weft_proc_file *fp_proc_create(const char *dir, int pid, int ppid, uint64_t start_ns,
                                      uint64_t parent_start_ns, const char *argv, size_t argv_len)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%d-%llu.proc", dir, pid, (unsigned long long)start_ns);
    struct weft_proc_file *p = create_map(path, PROC_SIZE);
    if (!p)
        return NULL;
    p->version = WEFT_RING_VERSION;
    p->pid = pid;
    p->ppid = ppid;
    p->proc_start_ns = start_ns;
    p->parent_start_ns = parent_start_ns;
    if (readlink("/proc/self/exe", p->exe, sizeof(p->exe) - 1) < 0)
        p->exe[0] = '\0';
    if (argv_len > sizeof(p->argv) - 2)
        argv_len = sizeof(p->argv) - 2;
    memcpy(p->argv, argv, argv_len);
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t n, got = 0;
        while ((n = read(fd, (char *)p + MAPS_OFF + got, PROC_SIZE - MAPS_OFF - (size_t)got)) > 0)
            got += n;
        close(fd);
        p->maps_off = MAPS_OFF;
        p->maps_len = (uint64_t)got;
    }
    __atomic_store_n(&p->magic, WEFT_PROC_MAGIC, __ATOMIC_RELEASE);
    return p;
}

static size_t align64(size_t n)
{
    return (n + 63) & ~(size_t)63;
}

int fp_ring_create(struct fp_ring *r, const char *dir, int pid, uint64_t proc_start_ns, int tid, uint32_t capacity)
{
    size_t off = 4096;
    size_t calls_off = off;
    off += align64(sizeof(struct weft_call_counter) * WEFT_CALL_MAX);
    size_t locks_off = off;
    off += align64(sizeof(struct weft_lock_stat) * WEFT_LOCKS_CAP);
    size_t order_off = off;
    off += align64(sizeof(struct weft_order_edge) * WEFT_ORDER_CAP);
    size_t events_off = off;
    off += sizeof(struct weft_event) * capacity;
    size_t size = (off + 4095) & ~(size_t)4095;
    char path[4096];
    snprintf(path, sizeof(path), "%s/%d-%llu-%d.ring", dir, pid, (unsigned long long)proc_start_ns, tid);
    struct weft_ring_header *h = create_map(path, size);
    if (!h)
        return -errno;
    h->version = WEFT_RING_VERSION;
    h->pid = pid;
    h->tid = tid;
    h->capacity = capacity;
    h->proc_start_ns = proc_start_ns;
    h->start_ns = fp_now();
    h->calls_off = calls_off;
    h->locks_off = locks_off;
    h->order_off = order_off;
    h->events_off = events_off;
    h->locks_cap = WEFT_LOCKS_CAP;
    h->order_cap = WEFT_ORDER_CAP;
    h->file_size = size;
    h->state = WEFT_THREAD_LIVE;
    __atomic_store_n(&h->magic, WEFT_RING_MAGIC, __ATOMIC_RELEASE);
    r->h = h;
    r->size = size;
    r->calls = (void *)((char *)h + calls_off);
    r->locks = (void *)((char *)h + locks_off);
    r->order = (void *)((char *)h + order_off);
    r->ev = (void *)((char *)h + events_off);
    return 0;
}

int fp_emit(struct fp_ring *r, const struct weft_event *e, const char *text, size_t len)
{
    struct weft_ring_header *h = r->h;
    uint64_t head = h->head, tail = __atomic_load_n(&h->tail, __ATOMIC_ACQUIRE);
    size_t nt = (len + 47) / 48;
    if (head - tail + 1 + nt > h->capacity) {
        __atomic_store_n(&h->dropped, h->dropped + 1, __ATOMIC_RELAXED);
        return -ENOBUFS;
    }
    uint64_t mask = h->capacity - 1;
    r->ev[head & mask] = *e;
    for (size_t i = 0; i < nt; i++) {
        struct weft_event *t = &r->ev[(head + 1 + i) & mask];
        size_t chunk = len - i * 48 > 48 ? 48 : len - i * 48;
        memset(t, 0, sizeof(*t));
        t->ts = e->ts;
        t->call = WEFT_CALL_TEXT;
        t->err = (int32_t)chunk;
        memcpy(t->u.text, text + i * 48, chunk);
    }
    __atomic_store_n(&h->head, head + 1 + nt, __ATOMIC_RELEASE);
    return 0;
}

void fp_thread_done(struct fp_ring *r, uint64_t end_ns, uint64_t cpu_ns)
{
    r->h->end_ns = end_ns;
    r->h->cpu_ns = cpu_ns;
    __atomic_store_n(&r->h->state, WEFT_THREAD_DONE, __ATOMIC_RELEASE);
}

void fp_ring_unmap(struct fp_ring *r)
{
    if (r->h)
        munmap(r->h, r->size);
    r->h = NULL;
}
