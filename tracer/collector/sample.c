/* Samples the kernel's accounting of every traced thread (schedstat, stat) and of the machine (/proc/stat) from a collector thread. */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The sampler is a thread of its own at the collector's normal priority (the writer runs
 * under SCHED_IDLE and may get no CPU for long on a busy machine; a thread's last sample
 * must be taken before its tid disappears).  It keeps each thread's /proc files open and
 * re-reads them with pread, which costs a few microseconds per thread; /proc/PID/task/TID/stat
 * (the user/system split, in clock ticks) only every STAT_EVERY samples, and /proc/stat every
 * MACHINE_EVERY_NS.  Samples wait in memory until the writer stores them (weft__sampler_flush).
 *
 * The sampler finds new threads itself, by their ring files in the trace directory (read
 * again whenever its mtime changed): neither the writer nor the drainer, which may wait for
 * the writer's adopt_lock, is quick enough for a compiler living 50 ms on a full machine.
 * An entry is keyed by its ring's name (weft__name_hash); the writer binds the key to the
 * thread's row id when it registers the thread, and samples taken before that wait for the
 * binding.  A ring a process reused for a new thread is added by whoever sees it reused.
 */
#define STAT_EVERY 5
#define MACHINE_EVERY_NS 50000000ull

struct entry {
    uint64_t key;            /* weft__name_hash of the ring's file name */
    int64_t thread_id;       /* 0 until the writer gave the thread its row */
    int pid, tid;
    int fd_sched, fd_stat;
    unsigned n;              /* samples taken */
    struct weft__tsample last; /* the latest sample read */
    int have_last;
};

struct weft__sampler {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    pthread_t thread;
    int running, stop;
    uint64_t interval_ns;
    struct entry *e;
    size_t n, cap;
    struct weft__tsample *ts;  /* taken, not stored yet */
    size_t nts, tscap;
    struct weft__msample *ms;
    size_t nms, mscap;
    int fd_stat;               /* /proc/stat */
    char *dir;                 /* the trace directory, where rings appear */
    struct timespec dir_mtime; /* at the last read of it */
    struct weft__map seen;     /* ring name hashes with an entry once (0: deleted since) */
    uint64_t last_machine;
    long tick_ns;
};

/* Reads the whole of a small /proc file at FD into BUF (NUL-terminated).  Returns bytes or -errno. */
static ssize_t pread_text(int fd, char *buf, size_t n)
{
    ssize_t got = pread(fd, buf, n - 1, 0);
    if (got < 0)
        return -errno;
    buf[got] = '\0';
    return got;
}

/* schedstat: "on-cpu-ns runqueue-ns timeslices".  Returns 0 or -errno (-ESRCH: the thread is gone). */
static int read_sched(int fd, struct weft__tsample *s)
{
    char buf[128];
    ssize_t n = pread_text(fd, buf, sizeof(buf));
    if (n <= 0)
        return n < 0 ? (int)n : -ESRCH;
    unsigned long long a, b, c;
    if (sscanf(buf, "%llu %llu %llu", &a, &b, &c) != 3)
        return -EINVAL;
    s->cpu_ns = a;
    s->runnable_ns = b;
    s->timeslices = c;
    return 0;
}

/* utime and stime (fields 14 and 15) of a /proc stat file, in ns.  Returns 0 or -errno. */
static int read_stat(int fd, long tick_ns, struct weft__tsample *s)
{
    char buf[1024];
    ssize_t n = pread_text(fd, buf, sizeof(buf));
    if (n <= 0)
        return n < 0 ? (int)n : -ESRCH;
    char *p = strrchr(buf, ')'); /* the command name may hold spaces and parens */
    if (!p)
        return -EINVAL;
    p++;
    for (int field = 3; field <= 14 && p; field++)
        p = strchr(p + 1, ' ');
    unsigned long long ut, st;
    if (!p || sscanf(p, "%llu %llu", &ut, &st) != 2)
        return -EINVAL;
    s->user_ns = (int64_t)(ut * (unsigned long long)tick_ns);
    s->system_ns = (int64_t)(st * (unsigned long long)tick_ns);
    return 0;
}

static int open_task(int pid, int tid, const char *file)
{
    char path[96];
    snprintf(path, sizeof(path), "/proc/%d/task/%d/%s", pid, tid, file);
    return open(path, O_RDONLY | O_CLOEXEC);
}

static int push_tsample(struct weft__sampler *s, const struct weft__tsample *x)
{
    if (s->nts == s->tscap) {
        size_t ncap = s->tscap ? s->tscap * 2 : 256;
        struct weft__tsample *n = realloc(s->ts, ncap * sizeof(*n));
        if (!n)
            return -ENOMEM;
        s->ts = n;
        s->tscap = ncap;
    }
    s->ts[s->nts++] = *x;
    return 0;
}

/* Samples entry E now.  Caller holds s->lock.  Returns 0, or -errno when nothing could be read. */
static int sample_entry(struct weft__sampler *s, struct entry *e, int final, int force_stat)
{
    struct weft__tsample x = {.key = e->key, .thread_id = e->thread_id, .user_ns = -1, .system_ns = -1, .final = final};
    if (e->fd_sched < 0)
        return -ESRCH;
    int r = read_sched(e->fd_sched, &x);
    x.ts_ns = weft__now_ns();
    if (r)
        return r;
    if (e->fd_stat >= 0 && (force_stat || e->n % STAT_EVERY == 0) && read_stat(e->fd_stat, s->tick_ns, &x) < 0) {
        x.user_ns = x.system_ns = -1;
    }
    e->n++;
    int64_t lu = e->have_last ? e->last.user_ns : -1, ls = e->have_last ? e->last.system_ns : -1;
    e->last = x;
    if (x.user_ns < 0) {
        e->last.user_ns = lu;
        e->last.system_ns = ls;
    }
    e->have_last = 1;
    return push_tsample(s, &x);
}

/* /proc/stat's "cpu" line and the collector's own CPU time.  Caller holds s->lock. */
static void sample_machine(struct weft__sampler *s, uint64_t now)
{
    char buf[512];
    if (s->fd_stat < 0 || pread_text(s->fd_stat, buf, sizeof(buf)) <= 0)
        return;
    unsigned long long v[8] = {0};
    if (sscanf(buf, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4],
               &v[5], &v[6], &v[7]) < 4)
        return;
    if (s->nms == s->mscap) {
        size_t ncap = s->mscap ? s->mscap * 2 : 64;
        struct weft__msample *n = realloc(s->ms, ncap * sizeof(*n));
        if (!n)
            return;
        s->ms = n;
        s->mscap = ncap;
    }
    struct weft__msample *m = &s->ms[s->nms++];
    m->ts_ns = now;
    for (int i = 0; i < 8; i++)
        m->v[i] = (int64_t)(v[i] * (unsigned long long)s->tick_ns);
    struct rusage ru;
    m->collector_ns = 0;
    if (getrusage(RUSAGE_SELF, &ru) == 0)
        m->collector_ns = (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000ll +
                          (int64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000ll;
    s->last_machine = now;
}

static void discover(struct weft__sampler *s);

static void *sampler_main(void *arg)
{
    struct weft__sampler *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stop) {
        discover(s);
        uint64_t now = weft__now_ns();
        for (size_t i = 0; i < s->n; i++)
            sample_entry(s, &s->e[i], 0, 0);
        if (now - s->last_machine >= MACHINE_EVERY_NS)
            sample_machine(s, now);
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        uint64_t ns = (uint64_t)until.tv_nsec + s->interval_ns;
        until.tv_sec += (time_t)(ns / 1000000000ull);
        until.tv_nsec = (long)(ns % 1000000000ull);
        while (!s->stop && pthread_cond_timedwait(&s->cond, &s->lock, &until) != ETIMEDOUT)
            ;
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

int weft__sampler_start(struct weft_collector *c, const char *dir, uint64_t interval_ns)
{
    if (!interval_ns)
        return 0; /* sampling off */
    struct weft__sampler *s = calloc(1, sizeof(*s));
    if (!s)
        return -ENOMEM;
    pthread_mutex_init(&s->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->cond, &ca);
    pthread_condattr_destroy(&ca);
    s->interval_ns = interval_ns;
    long hz = sysconf(_SC_CLK_TCK);
    s->tick_ns = hz > 0 ? 1000000000l / hz : 10000000l;
    s->fd_stat = open("/proc/stat", O_RDONLY | O_CLOEXEC);
    s->dir = dir ? strdup(dir) : NULL; /* out of memory: the writer and drainer add threads */
    int r = pthread_create(&s->thread, NULL, sampler_main, s);
    if (r) {
        free(s->dir);
        if (s->fd_stat >= 0)
            close(s->fd_stat);
        pthread_cond_destroy(&s->cond);
        pthread_mutex_destroy(&s->lock);
        free(s);
        return -r;
    }
    s->running = 1;
    c->sampler = s;
    return 0;
}

void weft__sampler_stop(struct weft_collector *c)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return;
    pthread_mutex_lock(&s->lock);
    s->stop = 1;
    pthread_cond_signal(&s->cond);
    pthread_mutex_unlock(&s->lock);
    pthread_join(s->thread, NULL);
    for (size_t i = 0; i < s->n; i++) {
        if (s->e[i].fd_sched >= 0)
            close(s->e[i].fd_sched);
        if (s->e[i].fd_stat >= 0)
            close(s->e[i].fd_stat);
    }
    if (s->fd_stat >= 0)
        close(s->fd_stat);
    free(s->e);
    free(s->dir);
    weft__map_free(&s->seen);
    free(s->ts);
    free(s->ms);
    pthread_cond_destroy(&s->cond);
    pthread_mutex_destroy(&s->lock);
    free(s);
    c->sampler = NULL;
}

/* Adds an entry for FS/FT (owned from now on) and samples it once.  Caller holds s->lock. */
static int add_locked(struct weft__sampler *s, uint64_t key, int64_t thread_id, int pid, int tid, int fs, int ft)
{
    if (s->n == s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 64;
        struct entry *n = realloc(s->e, ncap * sizeof(*n));
        if (!n) {
            close(fs);
            if (ft >= 0)
                close(ft);
            return -ENOMEM;
        }
        s->e = n;
        s->cap = ncap;
    }
    weft__map_put(&s->seen, key, 1); /* out of memory: the directory may add it twice, harmless */
    struct entry *e = &s->e[s->n++];
    memset(e, 0, sizeof(*e));
    e->key = key;
    e->thread_id = thread_id;
    e->pid = pid;
    e->tid = tid;
    e->fd_sched = fs;
    e->fd_stat = ft;
    /* A first sample at once: the baseline of an image that exec'd (its counters carry over). */
    sample_entry(s, e, 0, 1);
    return 0;
}

/*
 * Adds the threads of ring files not seen yet, when the directory changed.  Caller holds
 * s->lock (an open of /proc per new thread: the writer may wait that long in a flush).
 */
static void discover(struct weft__sampler *s)
{
    struct stat st;
    if (!s->dir || stat(s->dir, &st) < 0 ||
        (st.st_mtim.tv_sec == s->dir_mtime.tv_sec && st.st_mtim.tv_nsec == s->dir_mtime.tv_nsec))
        return;
    DIR *d = opendir(s->dir);
    if (!d)
        return;
    s->dir_mtime = st.st_mtim;
    struct dirent *de;
    while ((de = readdir(d))) {
        int pid, tid;
        uint64_t seen, key = weft__name_hash(de->d_name);
        if ((weft__map_get(&s->seen, key, &seen) && seen) || weft__ring_name(de->d_name, &pid, NULL, &tid))
            continue;
        int fs = open_task(pid, tid, "schedstat"), ft = fs >= 0 ? open_task(pid, tid, "stat") : -1;
        if (fs < 0)
            weft__map_put(&s->seen, key, 1); /* already gone */
        else
            add_locked(s, key, 0, pid, tid, fs, ft);
    }
    closedir(d);
}

int weft__sampler_add(struct weft_collector *c, uint64_t key, int64_t thread_id, int pid, int tid)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return 0;
    /* Opened outside the lock: the sampler never waits on an open. */
    int fs = open_task(pid, tid, "schedstat"), ft = fs >= 0 ? open_task(pid, tid, "stat") : -1;
    if (fs < 0)
        return 0; /* already gone: its CPU time comes from the thread itself, or wait4 */
    pthread_mutex_lock(&s->lock);
    int r = add_locked(s, key, thread_id, pid, tid, fs, ft);
    pthread_mutex_unlock(&s->lock);
    return r;
}

void weft__sampler_forget(struct weft_collector *c, uint64_t key)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return;
    pthread_mutex_lock(&s->lock);
    weft__map_put(&s->seen, key, 0);
    pthread_mutex_unlock(&s->lock);
}

int weft__sampler_bind(struct weft_collector *c, uint64_t key, int64_t thread_id)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return 0;
    int found = 0;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->n && !found; i++)
        if (s->e[i].key == key && !s->e[i].thread_id) {
            s->e[i].thread_id = thread_id;
            found = 1;
        }
    for (size_t i = 0; found && i < s->nts; i++)
        if (s->ts[i].key == key && !s->ts[i].thread_id)
            s->ts[i].thread_id = thread_id;
    pthread_mutex_unlock(&s->lock);
    return found;
}

int weft__sampler_final(struct weft_collector *c, int64_t thread_id, struct weft__tsample *last)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return 0;
    int found = 0;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->n; i++) {
        struct entry *e = &s->e[i];
        if (e->thread_id != thread_id)
            continue;
        sample_entry(s, e, 1, 1); /* fails once the tid is gone: the last sample stands */
        if (e->have_last) {
            *last = e->last;
            found = 1;
        }
        if (e->fd_sched >= 0)
            close(e->fd_sched);
        if (e->fd_stat >= 0)
            close(e->fd_stat);
        s->e[i] = s->e[--s->n];
        break;
    }
    pthread_mutex_unlock(&s->lock);
    return found;
}

void weft__sampler_pid_ending(struct weft_collector *c, int pid)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->n; i++)
        if (s->e[i].pid == pid)
            sample_entry(s, &s->e[i], 1, 1);
    pthread_mutex_unlock(&s->lock);
}

int weft__sampler_flush(struct weft_collector *c)
{
    struct weft__sampler *s = c->sampler;
    if (!s)
        return c->err;
    pthread_mutex_lock(&s->lock);
    struct weft__tsample *ts = s->ts;
    size_t nts = s->nts;
    struct weft__msample *ms = s->ms;
    size_t nms = s->nms;
    s->ts = NULL;
    s->nts = s->tscap = 0;
    s->ms = NULL;
    s->nms = s->mscap = 0;
    pthread_mutex_unlock(&s->lock);
    size_t held = 0; /* samples of threads not registered yet, moved to the front of ts */
    for (size_t i = 0; i < nts && !c->err; i++) {
        if (!ts[i].thread_id) {
            ts[held++] = ts[i];
            continue;
        }
        if (weft__bound_stopped(c, ts[i].ts_ns))
            continue;
        weft__row_thread_sample(c, &ts[i]);
    }
    for (size_t i = 0; i < nms && !c->err; i++) {
        if (weft__bound_stopped(c, ms[i].ts_ns))
            continue;
        weft__row_machine_sample(c, &ms[i]);
    }
    if (held) {
        pthread_mutex_lock(&s->lock);
        for (size_t i = 0; i < held && !push_tsample(s, &ts[i]); i++)
            ;
        pthread_mutex_unlock(&s->lock);
    }
    free(ts);
    free(ms);
    return c->err;
}
