/* Activation: the constructor reads the environment, writes the .proc file and resolves real symbols. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

struct weft__process weft__p;

/* A whole page of its own: MADV_WIPEONFORK works on pages, and must wipe nothing else. */
_Alignas(WEFT_ARMED_PAGE) struct weft__armed weft__armed;

#ifndef MADV_WIPEONFORK
#define MADV_WIPEONFORK 18 /* Linux 4.14; older headers lack it */
#endif

/*
 * Asks the kernel to hand fork children a zeroed weft__armed, then sets it.  When it
 * cannot (older kernel, other page size) the flag stays set in every child, which is
 * today's behaviour for children made without our handlers; weft__on() then reads
 * the same flag as ever.
 */
static void arm(void)
{
    if (sysconf(_SC_PAGESIZE) == WEFT_ARMED_PAGE)
        (void)madvise(&weft__armed, sizeof weft__armed, MADV_WIPEONFORK);
    __atomic_store_n(&weft__armed.on, 1, __ATOMIC_RELEASE);
}

/*
 * "WEFT_PARENT_START=<20 digits>", handed to putenv once: children started by paths
 * we do not wrap (system, popen) inherit it through environ.  A fork child rewrites
 * the digits in place, which needs no lock and no allocation.
 */
static char parent_env[] = "WEFT_PARENT_START=00000000000000000000";
#define PARENT_ENV_DIGITS (sizeof "WEFT_PARENT_START=" - 1)

static void set_parent_env(uint64_t start)
{
    char *d = parent_env + PARENT_ENV_DIGITS;
    int i;

    for (i = 19; i >= 0; i--, start /= 10)
        d[i] = (char)('0' + start % 10);
}

static uint64_t env_u64(const char *name, uint64_t dflt)
{
    const char *v = getenv(name);
    char *end;
    unsigned long long x;

    if (!v || !*v)
        return dflt;
    x = strtoull(v, &end, 10);
    return *end ? dflt : (uint64_t)x;
}

static uint32_t pow2_at_least(uint64_t n)
{
    uint32_t c = 64;

    while (c < n && c < (1u << 24))
        c <<= 1;
    return c;
}

/* The largest power of two <= n, within [1, 2^20]. */
static uint32_t pow2_floor(uint64_t n)
{
    uint32_t c = 1;

    while ((uint64_t)c * 2 <= n && c < (1u << 20))
        c <<= 1;
    return c;
}

static void resolve_all(void)
{
    weft__resolve_locks();
    weft__resolve_cond();
    weft__resolve_c11();
    weft__resolve_threads();
    weft__resolve_io();
    weft__resolve_poll();
    weft__resolve_sigwait();
    weft__resolve_transfer();
    weft__resolve_uring();
    weft__resolve_sleep();
    weft__resolve_process();
    weft__resolve_exec();
    weft__resolve_ucontext();
    weft__resolve_names();
    weft__resolve_fds();
}

static void find_self(void)
{
    Dl_info info;
    char buf[PATH_MAX];

    if (!dladdr((void *)&find_self, &info) || !info.dli_fname)
        return;
    if (!realpath(info.dli_fname, buf))
        snprintf(buf, sizeof buf, "%s", info.dli_fname);
    if (strlen(buf) < sizeof weft__p.self_path)
        memcpy(weft__p.self_path, buf, strlen(buf) + 1);
}

/* WEFT_OUT without WEFT_DIR: make the directory and start our own collector. */
static const char *make_dir(const char *out)
{
    static char dir[] = "/dev/shm/weft-XXXXXX";

    if (!mkdtemp(dir))
        return NULL;
    /* Like weft run's (and /tmp): workers that drop privileges (nginx's 'nobody') still
     * make rings for their threads; each file stays its creator's. */
    chmod(dir, 01777);
    if (weft__spawn_collector(dir, out) < 0) {
        rmdir(dir); /* no collector, no trace: leave nothing behind */
        return NULL;
    }
    setenv("WEFT_DIR", dir, 1);
    return dir;
}

static int ready;

__attribute__((constructor(101))) static void weft_init(void)
{
    const char *dir, *out;
    uint64_t exec_from;

    if (ready)
        return;
    ready = 1;
    weft__t.guard++;
    find_self();
    resolve_all();
    dir = getenv("WEFT_DIR");
    out = getenv("WEFT_OUT");
    if ((!dir || !*dir) && out && *out)
        dir = make_dir(out);
    if (!dir || !*dir || strlen(dir) >= sizeof weft__p.dir)
        goto out; /* pure pass-through */

    snprintf(weft__p.dir, sizeof weft__p.dir, "%s", dir);
    weft__p.pid = getpid();
    weft__p.start_ns = weft__now();
    weft__p.parent_start_ns = env_u64("WEFT_PARENT_START", 0);
    exec_from = env_u64("WEFT_EXEC_FROM", 0);
    unsetenv("WEFT_EXEC_FROM"); /* only this image replaced that one */
    weft__p.threshold_ns = env_u64("WEFT_THRESHOLD_NS", 1000);
    weft__p.every_switch = env_u64("WEFT_EVERY_SWITCH", 0) != 0;
    weft__p.hold_sample = pow2_floor(env_u64("WEFT_HOLD_SAMPLE", 16));
    weft__p.capacity = pow2_at_least(env_u64("WEFT_BUFFER_EVENTS", WEFT_RING_DEFAULT_CAPACITY));
    /* How long a thread whose ring is full waits for the collector before dropping. */
    weft__ring_block_ns = env_u64("WEFT_FULL_WAIT_US", weft__ring_block_ns / 1000) * 1000;
    if (weft__proc_create(&weft__p.proc, weft__p.dir, weft__p.pid, getppid(), weft__p.start_ns,
                          weft__p.parent_start_ns, exec_from) < 0)
        goto out; /* cannot trace here: run untraced */
    set_parent_env(weft__p.start_ns);
    putenv(parent_env);
    weft__thread_init_key();
    pthread_atfork(weft__atfork_prepare, weft__atfork_parent, weft__atfork_child);
    __atomic_store_n(&weft__p.active, 1, __ATOMIC_RELEASE);
    arm();
    /* The main thread's ring now: its time (and CPU) counts from the start even if it
     * never makes a traced call. */
    weft__thread_begin(weft__p.start_ns);
out:
    weft__t.guard--;
}

void weft__after_fork_child(uint64_t parent_start_ns)
{
    int parent_tid = weft__t.tid;

    weft__clock_after_fork();
    weft__thread_reset_after_fork();
    weft__t.creator_tid = (uint64_t)parent_tid;
    weft__p.pid = getpid();
    weft__p.parent_start_ns = parent_start_ns;
    weft__p.start_ns = weft__now();
    weft__p.exit_known = 0;
    if (weft__proc_create(&weft__p.proc, weft__p.dir, weft__p.pid, getppid(), weft__p.start_ns,
                          parent_start_ns, 0) < 0) {
        weft__p.active = 0;
        weft__armed.on = 0;
        return;
    }
    set_parent_env(weft__p.start_ns);
    weft__thread_begin(weft__p.start_ns); /* the child's thread starts at the fork */
    weft__armed.on = 1; /* wiped by the fork (if the kernel could): this process traces now */
}

void weft__process_exit(int exited, int code)
{
    if (!weft__p.active || !weft__p.proc)
        return;
    if (exited && !weft__p.exit_known) {
        weft__p.exit_known = 1;
        weft__p.exit_code = code;
    }
    weft__proc_finish(weft__p.proc, weft__now(), weft__p.exit_known, weft__p.exit_code);
}

/* Runs after the program's atexit handlers: final maps, this thread's end, the exit. */
__attribute__((destructor(101))) static void weft_fini(void)
{
    if (!weft__armed.on)
        weft__adopt(); /* a child made without our fork handlers that traced nothing yet */
    /* A vfork child calling exit() runs this in its parent's memory: the rings are the parent's. */
    if (!weft__p.active || !weft__own_image())
        return;
    weft__t.guard++;
    weft__proc_snapshot_maps(weft__p.proc);
    weft__t.guard--;
    weft__thread_finish(0);
    weft__process_exit(weft__p.exit_known, weft__p.exit_code);
}
