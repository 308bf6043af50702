/* Finds new ring and process files in WEFT_DIR, maps them, and tells whether a process is gone. */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

uint64_t weft__name_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h ? h : 1;
}

/* Maps DIR/NAME read-write (the collector stores the ring tail). Returns NULL if not ready. */
static void *map_file(const char *dir, const char *name, size_t min, size_t *size)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    int fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *p = MAP_FAILED;
    if (fstat(fd, &st) == 0 && (size_t)st.st_size >= min)
        p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return NULL;
    *size = (size_t)st.st_size;
    return p;
}

/* starttime (field 22) and state of /proc/PID/stat; returns 0 or -1. */
int weft__proc_stat(int pid, unsigned long long *start, char *state)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    char *p = strrchr(buf, ')'); /* the command name may contain spaces and parens */
    if (!p || p[1] != ' ')
        return -1;
    p += 2;
    *state = *p;
    /* after ')' come fields 3..: state is 3, starttime is 22 */
    for (int field = 3; field < 22; field++) {
        p = strchr(p, ' ');
        if (!p)
            return -1;
        p++;
    }
    *start = strtoull(p, NULL, 10);
    return 0;
}

int weft__proc_gone(struct weft__proc *p)
{
    if (p->done)
        return 1;
    if (kill(p->pid, 0) < 0 && errno == ESRCH)
        return 1;
    unsigned long long st;
    char state;
    if (weft__proc_stat(p->pid, &st, &state) < 0)
        return 1;
    if (state == 'Z' || state == 'X')
        return 1;
    return p->stat_start && st != p->stat_start; /* the pid was reused */
}

struct weft__proc *weft__proc_lookup(struct weft_collector *c, int pid, uint64_t start)
{
    for (size_t i = c->nprocs; i-- > 0;)
        if (c->procs[i]->pid == pid && c->procs[i]->start_ns == start)
            return c->procs[i];
    return NULL;
}

/* argv "a\0b\0\0" as a JSON array; returns malloc'd text. */
static char *argv_json(const char *a, size_t max)
{
    size_t cap = max * 6 + 16, len = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    out[len++] = '[';
    size_t i = 0;
    int first = 1;
    while (i < max && a[i]) {
        if (!first)
            out[len++] = ',';
        first = 0;
        out[len++] = '"';
        for (; i < max && a[i]; i++) {
            unsigned char ch = (unsigned char)a[i];
            if (ch == '"' || ch == '\\') {
                out[len++] = '\\';
                out[len++] = (char)ch;
            } else if (ch < 0x20) {
                len += (size_t)sprintf(out + len, "\\u%04x", ch);
            } else {
                out[len++] = (char)ch;
            }
        }
        out[len++] = '"';
        i++;
    }
    out[len++] = ']';
    out[len] = '\0';
    return out;
}

static int add_proc(struct weft_collector *c, struct weft__proc *p)
{
    if (c->nprocs == c->procs_cap) {
        size_t ncap = c->procs_cap ? c->procs_cap * 2 : 16;
        struct weft__proc **n = realloc(c->procs, ncap * sizeof(*n));
        if (!n)
            return -ENOMEM;
        c->procs = n;
        c->procs_cap = ncap;
    }
    c->procs[c->nprocs++] = p;
    unsigned long long st;
    char state;
    if (weft__proc_stat(p->pid, &st, &state) == 0)
        p->stat_start = st;
    struct weft__process_row row = {.pid = p->pid, .ppid = WEFT__NULL, .start_ns = p->start_ns};
    char *a = NULL;
    if (p->pf) {
        row.ppid = p->ppid;
        p->exe_real = p->pf->exe[0] ? strndup(p->pf->exe, sizeof(p->pf->exe)) : NULL;
        p->exe_run = p->pf->execfn[0] ? strndup(p->pf->execfn, sizeof(p->pf->execfn)) : NULL;
        /* The path it was run by: what the user typed, a symlink's own name. */
        row.exe = p->exe_run ? p->exe_run : p->exe_real;
        row.argv_json = a = argv_json(p->pf->argv, sizeof(p->pf->argv));
    }
    int r = weft__row_process(c, &row, &p->id);
    free(a);
    if (!c->min_ts || p->start_ns < c->min_ts)
        c->min_ts = p->start_ns;
    return r;
}

/* Registers a process from its .proc file, or a stand-in when the file never came. */
static struct weft__proc *new_proc(struct weft_collector *c, int pid, uint64_t start, const char *name)
{
    struct weft__proc *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->pid = pid;
    p->start_ns = start;
    snprintf(p->name, sizeof(p->name), "%s", name ? name : "");
    if (name) {
        size_t size;
        struct weft_proc_file *pf = map_file(c->dir, name, sizeof(*pf), &size);
        if (!pf || pf->magic != WEFT_PROC_MAGIC) {
            if (pf)
                munmap(pf, size);
            free(p);
            return NULL; /* not written yet: try again on the next scan */
        }
        p->pf = pf;
        p->pf_size = size;
        p->ppid = pf->ppid;
        p->parent_start_ns = pf->parent_start_ns;
        p->exec_from_start_ns = pf->exec_from_start_ns;
        weft__map_put(&c->files, weft__name_hash(name), 1);
    }
    if (add_proc(c, p) < 0 && !c->err) {
        free(p);
        return NULL;
    }
    return p;
}

/* A collector thread for the ring at H (SIZE bytes, file NAME); NULL without memory. */
static struct weft__thread *new_thread(struct weft_ring_header *h, size_t size, const char *name, int pid,
                                       uint64_t start, int tid)
{
    struct weft__thread *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    t->pid = pid;
    t->tid = tid;
    t->proc_start_ns = start;
    t->h = h;
    t->size = size;
    t->tail = __atomic_load_n(&h->tail, __ATOMIC_ACQUIRE);
    t->creator_tid = -1;
    if (snprintf(t->name, sizeof(t->name), "%s", name) >= (int)sizeof(t->name)) {
        free(t); /* not a name weft gives a ring (weft__ring_name bounds its numbers) */
        return NULL;
    }
    return t;
}

/* Appends T to c->fresh.  Caller holds c->lock.  Returns 0 or -ENOMEM. */
static int push_fresh(struct weft_collector *c, struct weft__thread *t)
{
    struct weft__thread **n = c->nfresh < c->fresh_cap ? c->fresh : weft__threads_grow(c->fresh, &c->fresh_cap);
    if (!n)
        return -ENOMEM;
    c->fresh = n;
    c->fresh[c->nfresh++] = t;
    return 0;
}

/*
 * Maps ring NAME and puts it on c->fresh, where the drainer empties it before the writer
 * has registered it: a thread's first events never wait for the writer, which may be
 * starved of CPU by the program.  Caller holds c->adopt_lock.  Returns 1 when adopted, 0 when
 * the file is not ready yet (look again later), or -ENOMEM.
 */
static int adopt_ring(struct weft_collector *c, const char *name, int pid, uint64_t start, int tid)
{
    size_t size;
    struct weft_ring_header *h = map_file(c->dir, name, sizeof(*h), &size);
    if (!h)
        return 0;
    /* Version 1 rings are read the same way; they are never recycled. */
    if (h->magic != WEFT_RING_MAGIC || h->version < 1 || h->version > WEFT_RING_VERSION || !h->capacity ||
        (h->capacity & (h->capacity - 1)) || h->file_size > size ||
        h->events_off + (uint64_t)h->capacity * sizeof(struct weft_event) > size) {
        munmap(h, size);
        return 0; /* being created: look again later */
    }
    struct weft__thread *t = new_thread(h, size, name, pid, start, tid);
    if (!t) {
        munmap(h, size);
        return -ENOMEM;
    }
    /* Only this push holds c->lock, which the drainer needs every round. */
    pthread_mutex_lock(&c->lock);
    int r = push_fresh(c, t);
    pthread_mutex_unlock(&c->lock);
    if (r < 0) {
        munmap(h, size);
        free(t);
        return r;
    }
    weft__map_put(&c->adopted, weft__name_hash(name), 1);
    return 1;
}

size_t weft__spares_adopt(struct weft_collector *c)
{
    size_t moved = 0;
    for (size_t i = 0; i < c->nspares;) {
        struct weft__spare *s = &c->spares[i];
        uint32_t st = __atomic_load_n(&s->h->state, __ATOMIC_ACQUIRE);
        if (st != WEFT_THREAD_LIVE && st != WEFT_THREAD_DONE) {
            i++; /* FREE, or INIT: being re-initialized, nothing published yet */
            continue;
        }
        /* Reused by a new thread of the same process: a thread like one from a new file. */
        struct weft__thread *t = new_thread(s->h, s->size, s->name, s->pid, s->proc_start_ns, s->h->tid);
        if (!t || push_fresh(c, t) < 0) {
            free(t);
            break; /* out of memory: try again next round */
        }
        c->spares[i] = c->spares[--c->nspares];
        moved++;
        /* Sampled from now, not from when the writer registers it (maybe after its end). */
        (void)weft__sampler_add(c, weft__name_hash(t->name), 0, t->pid, t->tid); /* failed: registering adds it */
    }
    return moved;
}

void weft__spares_drop(struct weft_collector *c, const struct weft__proc *p)
{
    struct weft__spare *gone = NULL;
    size_t ngone = 0;
    pthread_mutex_lock(&c->lock);
    weft__spares_adopt(c); /* reused just before the end: those hold events */
    for (size_t i = 0; i < c->nspares;) {
        struct weft__spare *s = &c->spares[i];
        if (s->pid != p->pid || s->proc_start_ns != p->start_ns) {
            i++;
            continue;
        }
        if (!gone && !(gone = malloc(c->nspares * sizeof(*gone))))
            break; /* they stay mapped until the end; weft run removes the directory */
        gone[ngone++] = *s;
        c->spares[i] = c->spares[--c->nspares];
    }
    pthread_mutex_unlock(&c->lock);
    /* munmap and unlink outside the lock: the drainer needs it every round. */
    for (size_t i = 0; i < ngone; i++) {
        char path[4096];
        munmap(gone[i].h, gone[i].size);
        snprintf(path, sizeof(path), "%s/%s", c->dir, gone[i].name);
        unlink(path);
    }
    free(gone);
}

/* Doubles an array of thread pointers (*cap 0: 32 slots); returns it, or NULL (old one kept). */
struct weft__thread **weft__threads_grow(struct weft__thread **a, size_t *cap)
{
    size_t ncap = *cap ? *cap * 2 : 32;
    struct weft__thread **n = realloc(a, ncap * sizeof(*n));
    if (n)
        *cap = ncap;
    return n;
}

int weft__ring_name(const char *name, int *pid, unsigned long long *start, int *tid)
{
    size_t len = strlen(name);
    int used = 0;
    unsigned k;
    unsigned long long st;
    /* "<pid>-<start>-<tid>.ring", or "...-<tid>-<k>.ring" when the kernel reused the tid. */
    if (len <= 5 || strcmp(name + len - 5, ".ring") ||
        !((sscanf(name, "%d-%llu-%d.ring%n", pid, &st, tid, &used) == 3 && (size_t)used == len) ||
          (sscanf(name, "%d-%llu-%d-%u.ring%n", pid, &st, tid, &k, &used) == 4 && (size_t)used == len)))
        return -1;
    if (start)
        *start = st;
    return 0;
}

int weft__adopt(struct weft_collector *c, int force)
{
    struct stat st;
    if (stat(c->dir, &st) < 0)
        return 0;
    /*
     * The drainer never waits here: the writer, which also adopts, may be preempted
     * for long while it reads the directory (it runs under SCHED_IDLE).
     */
    if (force)
        pthread_mutex_lock(&c->adopt_lock);
    else if (pthread_mutex_trylock(&c->adopt_lock))
        return 0;
    /* A new file changes the directory's mtime: no readdir of thousands of rings every 2 ms. */
    if (!force && st.st_mtim.tv_sec == c->adopt_mtime.tv_sec && st.st_mtim.tv_nsec == c->adopt_mtime.tv_nsec) {
        pthread_mutex_unlock(&c->adopt_lock);
        return 0;
    }
    DIR *d = opendir(c->dir);
    int r = 0, later = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) && r >= 0) {
        const char *n = e->d_name;
        int pid, tid;
        unsigned long long start;
        uint64_t seen = 0; /* 0: never adopted, or deleted since (weft__adopt_forget) */
        if (!weft__ring_name(n, &pid, &start, &tid) && !(weft__map_get(&c->adopted, weft__name_hash(n), &seen) && seen)) {
            r = adopt_ring(c, n, pid, start, tid);
            later |= r == 0;
        }
    }
    if (d)
        closedir(d);
    if (!later && r >= 0)
        c->adopt_mtime = st.st_mtim;
    pthread_mutex_unlock(&c->adopt_lock);
    return r < 0 ? r : 0;
}

void weft__adopt_forget(struct weft_collector *c, const char *name)
{
    pthread_mutex_lock(&c->adopt_lock);
    weft__map_put(&c->adopted, weft__name_hash(name), 0);
    pthread_mutex_unlock(&c->adopt_lock);
    weft__sampler_forget(c, weft__name_hash(name));
}

/* Gives adopted thread T its process and threads row and moves it to c->threads. */
static int register_thread(struct weft_collector *c, struct weft__thread *t)
{
    struct weft__proc *p = weft__proc_lookup(c, t->pid, t->proc_start_ns);
    if (!p) {
        char pname[64];
        snprintf(pname, sizeof(pname), "%d-%llu.proc", t->pid, (unsigned long long)t->proc_start_ns);
        p = new_proc(c, t->pid, t->proc_start_ns, pname);
        if (!p && kill(t->pid, 0) < 0 && errno == ESRCH)
            p = new_proc(c, t->pid, t->proc_start_ns, NULL); /* its process died before writing .proc */
        if (!p)
            return c->err ? c->err : 1; /* .proc not written yet: next scan */
    }
    pthread_mutex_lock(&c->lock); /* the drainer walks threads[] and fresh[] */
    if (c->nthreads == c->threads_cap) {
        struct weft__thread **n = weft__threads_grow(c->threads, &c->threads_cap);
        if (!n) {
            pthread_mutex_unlock(&c->lock);
            return -ENOMEM;
        }
        c->threads = n;
    }
    for (size_t i = 0; i < c->nfresh; i++)
        if (c->fresh[i] == t) {
            c->fresh[i] = c->fresh[--c->nfresh];
            break;
        }
    t->proc = p;
    c->threads[c->nthreads++] = t;
    pthread_mutex_unlock(&c->lock);
    p->nthreads_live++;
    p->nthreads_seen++;
    int r = weft__row_thread(c, p->id, t->pid, t->tid, t->h->start_ns, &t->id);
    /* Sampled since the sampler found its ring, unless it missed it (gone by then, or not looked yet). */
    uint64_t key = weft__name_hash(t->name);
    if (!r && !weft__sampler_bind(c, key, t->id) && weft__sampler_add(c, key, t->id, t->pid, t->tid) < 0)
        r = -ENOMEM;
    return r;
}

int weft__scan(struct weft_collector *c)
{
    DIR *d = opendir(c->dir);
    if (!d)
        return 0; /* not made yet (plain LD_PRELOAD mode) or already removed */
    struct dirent *e;
    int r = 0;
    /* Process files here; rings are adopted (by the drainer, or below) and then registered. */
    while ((e = readdir(d)) && !r) {
        const char *n = e->d_name;
        size_t len = strlen(n);
        if (len < 6 || weft__map_get(&c->files, weft__name_hash(n), NULL))
            continue;
        int pid, used = 0;
        unsigned long long start;
        if (len > 5 && !strcmp(n + len - 5, ".proc")) {
            if (sscanf(n, "%d-%llu.proc%n", &pid, &start, &used) == 2 && (size_t)used == len &&
                !weft__proc_lookup(c, pid, start)) {
                new_proc(c, pid, start, n);
                r = c->err;
            }
        }
    }
    closedir(d);
    if (!r)
        r = weft__adopt(c, 1);
    if (!r)
        r = weft__register_fresh(c);
    return r;
}

int weft__register_fresh(struct weft_collector *c)
{
    int r = 0;
    pthread_mutex_lock(&c->lock);
    weft__spares_adopt(c);
    pthread_mutex_unlock(&c->lock);
    /* Rings the drainer adopted: give them their process and threads row. */
    for (size_t i = 0; !r;) {
        pthread_mutex_lock(&c->lock);
        struct weft__thread *t = i < c->nfresh ? c->fresh[i] : NULL;
        pthread_mutex_unlock(&c->lock);
        if (!t)
            break;
        int x = register_thread(c, t);
        if (x > 0)
            i++; /* stays fresh for now */
        else
            r = x; /* 0: fresh[i] is now another thread */
    }
    return r;
}

int weft_collector_pid_gone(int pid)
{
    unsigned long long start;
    char state;
    if (kill(pid, 0) < 0 && errno == ESRCH)
        return 1;
    return weft__proc_stat(pid, &start, &state) < 0 || state == 'Z' || state == 'X';
}
