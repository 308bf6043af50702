/* Reads ring and process files the way the collector would, for assertions in tests. */
#define _GNU_SOURCE
#include "ringread.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void *map_file(const char *dir, const char *name, size_t *size)
{
    char path[4096];
    struct stat st;
    void *m;
    int fd;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    if (fstat(fd, &st) < 0 || st.st_size == 0) {
        close(fd);
        return NULL;
    }
    m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    *size = (size_t)st.st_size;
    return m == MAP_FAILED ? NULL : m;
}

static int load_ring(const char *dir, const char *name, struct rr_ring *r)
{
    size_t size;
    const char *m = map_file(dir, name, &size);
    const struct weft_ring_header *h = (const void *)m;
    const struct weft_event *ev;
    uint64_t i, head;

    if (!m)
        return -errno;
    if (size < sizeof *h || h->magic != WEFT_RING_MAGIC || h->file_size > size) {
        munmap((void *)m, size);
        return -EINVAL;
    }
    memset(r, 0, sizeof *r);
    r->h = *h;
    memcpy(r->calls, m + h->calls_off, sizeof r->calls);
    r->locks = malloc(sizeof *r->locks * h->locks_cap);
    r->order = malloc(sizeof *r->order * h->order_cap);
    memcpy(r->locks, m + h->locks_off, sizeof *r->locks * h->locks_cap);
    memcpy(r->order, m + h->order_off, sizeof *r->order * h->order_cap);
    ev = (const void *)(m + h->events_off);
    head = __atomic_load_n(&h->head, __ATOMIC_ACQUIRE);
    r->ev = calloc(head - h->tail + 1, sizeof *r->ev);
    for (i = h->tail; i < head; i++) {
        const struct weft_event *e = &ev[i & (h->capacity - 1)];

        if (e->call == WEFT_CALL_TEXT) {
            struct rr_event *last = r->nev ? &r->ev[r->nev - 1] : NULL;
            size_t have, n = (size_t)e->err;

            if (!last || n > sizeof e->u.text) {
                r->ntext++;
                continue;
            }
            have = strlen(last->text);
            if (have + n < sizeof last->text)
                memcpy(last->text + have, e->u.text, n);
            continue;
        }
        r->ev[r->nev++].ev = *e;
    }
    munmap((void *)m, size);
    return 0;
}

static int load_proc(const char *dir, const char *name, struct rr_proc *p)
{
    size_t size;
    const char *m = map_file(dir, name, &size);
    const struct weft_proc_file *f = (const void *)m;

    if (!m)
        return -errno;
    if (size < sizeof *f || f->magic != WEFT_PROC_MAGIC) {
        munmap((void *)m, size);
        return -EINVAL;
    }
    p->f = *f;
    p->maps = NULL;
    if (f->maps_off && f->maps_len && f->maps_off + f->maps_len <= size) {
        p->maps = malloc(f->maps_len + 1);
        memcpy(p->maps, m + f->maps_off, f->maps_len);
        p->maps[f->maps_len] = 0;
    }
    munmap((void *)m, size);
    return 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

int rr_load(const char *dir, struct rr_dir *out)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    size_t cap_p = 0, cap_r = 0;

    memset(out, 0, sizeof *out);
    if (!d)
        return -errno;
    while ((de = readdir(d))) {
        if (ends_with(de->d_name, ".ring")) {
            if (out->nrings == cap_r) {
                cap_r = cap_r ? 2 * cap_r : 16;
                out->rings = realloc(out->rings, cap_r * sizeof *out->rings);
            }
            if (load_ring(dir, de->d_name, &out->rings[out->nrings]) == 0)
                out->nrings++;
        } else if (ends_with(de->d_name, ".proc")) {
            if (out->nprocs == cap_p) {
                cap_p = cap_p ? 2 * cap_p : 8;
                out->procs = realloc(out->procs, cap_p * sizeof *out->procs);
            }
            if (load_proc(dir, de->d_name, &out->procs[out->nprocs]) == 0)
                out->nprocs++;
        }
    }
    closedir(d);
    return 0;
}

void rr_free(struct rr_dir *d)
{
    size_t i;

    for (i = 0; i < d->nrings; i++) {
        free(d->rings[i].locks);
        free(d->rings[i].order);
        free(d->rings[i].ev);
    }
    for (i = 0; i < d->nprocs; i++)
        free(d->procs[i].maps);
    free(d->rings);
    free(d->procs);
    memset(d, 0, sizeof *d);
}

const struct rr_ring *rr_ring_by_tid(const struct rr_dir *d, int tid)
{
    for (size_t i = 0; i < d->nrings; i++)
        if (d->rings[i].h.tid == tid)
            return &d->rings[i];
    return NULL;
}

const struct rr_ring *rr_ring_by_name(const struct rr_dir *d, const char *name)
{
    for (size_t i = 0; i < d->nrings; i++)
        for (size_t j = 0; j < d->rings[i].nev; j++)
            if (d->rings[i].ev[j].ev.call == WEFT_CALL_THREAD_NAME &&
                strcmp(d->rings[i].ev[j].text, name) == 0)
                return &d->rings[i];
    return NULL;
}

const struct rr_proc *rr_proc_by_pid(const struct rr_dir *d, int pid)
{
    for (size_t i = 0; i < d->nprocs; i++)
        if (d->procs[i].f.pid == pid)
            return &d->procs[i];
    return NULL;
}

const struct weft_lock_stat *rr_lock(const struct rr_ring *r, uint64_t addr)
{
    for (uint32_t i = 0; i < r->h.locks_cap; i++)
        if (r->locks[i].addr == addr)
            return &r->locks[i];
    return NULL;
}

size_t rr_count(const struct rr_ring *r, unsigned call)
{
    size_t n = 0;

    for (size_t i = 0; i < r->nev; i++)
        n += r->ev[i].ev.call == call;
    return n;
}

const char *rr_call_name(unsigned call)
{
    switch (call) {
#define RR_CASE(id, sym, name, cat) \
    case id:                        \
        return name;
        WEFT_CALLS(RR_CASE)
#undef RR_CASE
    }
    return "?";
}
