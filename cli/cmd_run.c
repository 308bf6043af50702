/* weft run: starts a program under libweft-preload.so, collects its rings into trace.db, returns its status. */
#define _GNU_SOURCE
#include "collector.h"
#include "commands.h"
#include "options.h"
#include "quantity.h"
#include "run_bound.h"
#include "weft_error.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Exit status when the program succeeded but its trace could not be written (as timeout(1) uses 125). */
#define EXIT_TRACE_FAILED 125
#define FLIGHT_THRESHOLD_NS 10000ull /* --last SIZE without --threshold: see the help */

static const char usage_text[] =
    "usage: weft run [-o FILE] [--force] [--threshold NS] [--buffer EVENTS] [--sample-interval MS]\n"
    "                [--every-switch] [--last DURATION|SIZE] [--duration DURATION]\n"
    "                [--max-size SIZE] [-q] -- PROG [ARGS...]\n"
    "\n"
    "Runs PROG with libweft-preload.so and records its threads, processes, lock and\n"
    "condition waits and blocking calls (its children too) into a SQLite trace.\n"
    "PROG's stdin, stdout, stderr and environment are its own.\n"
    "\n"
    "options:\n"
    "  -o FILE          write the trace to FILE (default: PROG-YYYYmmdd-HHMMSS.weft.db here,\n"
    "                   with -1, -2... added if that name is taken)\n"
    "  --force          overwrite FILE if it exists (never done without it)\n"
    "  --threshold NS   record blocking calls lasting at least NS nanoseconds as events\n"
    "                   (shorter ones are only counted; default 1000, 10000 with --last SIZE)\n"
    "  --buffer EVENTS  ring size per thread, in events (a power of two; default 16384)\n"
    "  --sample-interval MS\n"
    "                   read each traced thread's CPU and run-queue time, and the\n"
    "                   machine's CPU use, from /proc every MS milliseconds (1 to 10000;\n"
    "                   0: never; default 10); plain LD_PRELOAD mode: WEFT_SAMPLE_INTERVAL_MS\n"
    "  --every-switch   record every coroutine switch; by default a coroutine span shorter\n"
    "                   than the threshold is counted per coroutine (spans and time) in\n"
    "                   one record per window, not one record each\n"
    "  --last DURATION|SIZE\n"
    "                   flight recorder: keep only the events of the last DURATION (90s, 2m,\n"
    "                   1h; at least 1s) or of the last SIZE of trace (200MB, 1GiB; at least\n"
    "                   1MB), deleting older ones while tracing; the trace says from when it\n"
    "                   is whole (meta kept_from_ns), and analyze, report and export start there;\n"
    "                   with a SIZE, calls under 10 us are counted, not stored, unless\n"
    "                   --threshold says otherwise (a busy server's 200MB then holds minutes)\n"
    "  --duration DURATION\n"
    "                   stop recording DURATION after the start (500ms, 30s, 10m); PROG runs on\n"
    "                   and its later events are drained and left out (meta stopped_ns)\n"
    "  --max-size SIZE  stop recording when the trace reaches SIZE (at least 1MB): the final\n"
    "                   file, index included, is within it (not with a --last SIZE)\n"
    "                   Units: ms s m h; B KB MB GB TB (powers of 1000), KiB MiB GiB TiB (1024)\n"
    "  -q               no summary line at the end\n"
    "  -h, --help       this text\n"
    "\n"
    "While PROG runs the trace is FILE.partial (meta complete='0'); it becomes FILE when\n"
    "every traced process has ended.  Processes that outlive PROG (daemons) are waited\n"
    "for (weft becomes their parent, as a subreaper, when their own parent exits); weft\n"
    "run then returns PROG's status.  SIGINT and SIGQUIT go to PROG from the terminal;\n"
    "SIGTERM and SIGHUP sent to weft are passed on to PROG.  SIGUSR1 sent to weft (not\n"
    "to PROG, whose SIGUSR1 stays its own) writes a snapshot of the trace so far, kept\n"
    "window and all, to FILE with .snapshot-N before its .db (FILE.snapshot-N without\n"
    ".db), N = 1, 2...; a snapshot opens like any trace, marked incomplete.\n"
    "\n"
    "exit status: PROG's (128+N if it died of signal N); 127 if PROG cannot be found,\n"
    "126 if it cannot be executed; 2 for a usage error or an output that cannot be\n"
    "created; 125 if PROG succeeded but the trace could not be written (disk full).\n"
    "\n"
    "environment:\n"
    "  WEFT_PRELOAD     path of libweft-preload.so (default: <weft's dir>/" WEFT_PRELOAD_FROM_BIN ")\n"
    "  set for PROG:    LD_PRELOAD (the library is prepended), WEFT_DIR (ring directory\n"
    "                   under /dev/shm), WEFT_THRESHOLD_NS, WEFT_BUFFER_EVENTS, WEFT_BIN\n"
    "  without weft run: LD_PRELOAD=.../libweft-preload.so WEFT_OUT=trace.db PROG\n"
    "                   starts a detached collector and writes the same trace\n";

static volatile sig_atomic_t child_pid;
/* SIGUSR1 to weft: a snapshot is wanted. */
static volatile sig_atomic_t snapshot_wanted;

static void on_usr1(int sig)
{
    (void)sig;
    snapshot_wanted = 1;
}
/* When the program ended, taken in the SIGCHLD handler: the writer may be busy when it does. */
static struct timespec top_end;
static volatile sig_atomic_t top_end_set;

static void on_child(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    int e = errno;
    if (si->si_pid == (pid_t)child_pid && child_pid > 0 && !top_end_set) {
        clock_gettime(CLOCK_MONOTONIC, &top_end);
        top_end_set = 1;
    }
    errno = e;
}

static double since(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* SIGTERM/SIGHUP sent to weft alone: pass them on, the program decides. */
static void forward(int sig)
{
    if (child_pid > 0)
        kill((pid_t)child_pid, sig);
}

/* Finds PROG like execvp does; returns 0 with PATH filled, or -errno. */
static int resolve_prog(const char *prog, char *path, size_t cap)
{
    if (strchr(prog, '/')) {
        if (snprintf(path, cap, "%s", prog) >= (int)cap)
            return -ENAMETOOLONG;
        return access(path, F_OK) ? -errno : access(path, X_OK) ? -errno : 0;
    }
    const char *env = getenv("PATH");
    if (!env || !*env)
        env = "/usr/local/bin:/usr/bin:/bin";
    int seen_eacces = 0;
    for (const char *p = env; p;) {
        const char *colon = strchr(p, ':');
        size_t len = colon ? (size_t)(colon - p) : strlen(p);
        if (snprintf(path, cap, "%.*s%s%s", (int)len, p, len ? "/" : "", prog) < (int)cap) {
            struct stat st;
            if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
                if (access(path, X_OK) == 0)
                    return 0;
                seen_eacces = 1;
            }
        }
        p = colon ? colon + 1 : NULL;
    }
    return seen_eacces ? -EACCES : -ENOENT;
}

/* Why LD_PRELOAD would not apply to PATH, or NULL when it can be traced. */
static const char *untraceable(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && (st.st_mode & (S_ISUID | S_ISGID)))
        return st.st_mode & S_ISUID ? "setuid (LD_PRELOAD does not apply)" : "setgid (LD_PRELOAD does not apply)";
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    Elf64_Ehdr eh;
    const char *why = NULL;
    if (pread(fd, &eh, sizeof(eh), 0) == (ssize_t)sizeof(eh) && !memcmp(eh.e_ident, ELFMAG, SELFMAG) &&
        eh.e_ident[EI_CLASS] == ELFCLASS64 && eh.e_phentsize == sizeof(Elf64_Phdr)) {
        int interp = 0;
        for (unsigned i = 0; i < eh.e_phnum && !interp; i++) {
            Elf64_Phdr ph;
            if (pread(fd, &ph, sizeof(ph), (off_t)(eh.e_phoff + i * sizeof(ph))) != (ssize_t)sizeof(ph))
                break;
            interp = ph.p_type == PT_INTERP;
        }
        if (!interp)
            why = "statically linked (LD_PRELOAD does not apply)";
    }
    close(fd);
    return why;
}

static int exit_status(int w)
{
    if (WIFEXITED(w))
        return WEXITSTATUS(w);
    if (WIFSIGNALED(w))
        return 128 + WTERMSIG(w);
    return 1;
}

/* Default name: <prog>-YYYYmmdd-HHMMSS.weft.db, then -1, -2... until one is free. */
static int default_out(const char *prog, char *out, size_t cap)
{
    const char *base = strrchr(prog, '/');
    base = base ? base + 1 : prog;
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
    for (int i = 0; i < 1000; i++) {
        char suffix[16] = "";
        if (i)
            snprintf(suffix, sizeof(suffix), "-%d", i);
        if (snprintf(out, cap, "%s-%s%s.weft.db", base, stamp, suffix) >= (int)cap)
            return -ENAMETOOLONG;
        char partial[PATH_MAX + 16];
        snprintf(partial, sizeof(partial), "%s.partial", out);
        if (access(out, F_OK) != 0 && access(partial, F_OK) != 0)
            return 0;
    }
    return -EEXIST;
}

struct run_opts {
    const char *out;
    int force, quiet, every_switch;
    unsigned long long threshold, buffer, sample_ms;
    int have_threshold, have_buffer, have_sample;
    uint64_t last_ns, last_bytes, duration_ns, max_bytes;
    char bound[256]; /* the bound options as given, for meta bound */
    char **argv;
};

enum { OPT_FORCE = 256, OPT_THRESHOLD, OPT_BUFFER, OPT_SAMPLE, OPT_EVERY_SWITCH, OPT_LAST, OPT_DURATION, OPT_MAX_SIZE };

/* --last, --duration, --max-size: a duration or a size, as the option wants.  0 or an exit code. */
static int bound_option(struct run_opts *o, int opt, const char *arg)
{
    const char *name = opt == OPT_LAST ? "--last" : opt == OPT_DURATION ? "--duration" : "--max-size";
    const char *wants = opt == OPT_LAST       ? "a duration (90s, 2m, 1h) or a size (200MB, 1GiB)"
                        : opt == OPT_DURATION ? "a duration (500ms, 30s, 10m, 1h)"
                                              : "a size (200MB, 1GiB)";
    const char *why = NULL;
    uint64_t v;
    enum weft_cli_qty k = weft_cli_quantity(arg, &v, &why);
    if ((k == WEFT_QTY_DURATION && opt == OPT_MAX_SIZE) || (k == WEFT_QTY_SIZE && opt == OPT_DURATION)) {
        k = WEFT_QTY_BAD;
        why = opt == OPT_MAX_SIZE ? "a duration" : "a size";
    }
    if (k == WEFT_QTY_BAD) {
        fprintf(stderr, "weft run: %s wants %s, got '%s' (%s)\n", name, wants, arg, why);
        return WEFT_EXIT_ERROR;
    }
    if ((k == WEFT_QTY_DURATION && opt == OPT_LAST && v < 1000000000ull) ||
        (k == WEFT_QTY_DURATION && v < 1000000ull) || (k == WEFT_QTY_SIZE && v < 1000000ull)) {
        fprintf(stderr, "weft run: %s %s is too small (at least %s)\n", name, arg,
                k == WEFT_QTY_SIZE ? "1MB" : opt == OPT_LAST ? "1s" : "1ms");
        return WEFT_EXIT_ERROR;
    }
    if (opt == OPT_LAST) {
        o->last_ns = k == WEFT_QTY_DURATION ? v : 0;
        o->last_bytes = k == WEFT_QTY_SIZE ? v : 0;
    } else {
        *(opt == OPT_DURATION ? &o->duration_ns : &o->max_bytes) = v;
    }
    size_t len = strlen(o->bound);
    snprintf(o->bound + len, sizeof(o->bound) - len, "%s%s %s", len ? " " : "", name, arg);
    return 0;
}

static int on_option(void *ctx, int opt, char *arg)
{
    struct run_opts *o = ctx;
    switch (opt) {
    case 'o':
        o->out = arg;
        break;
    case OPT_FORCE:
        o->force = 1;
        break;
    case 'q':
        o->quiet = 1;
        break;
    case OPT_EVERY_SWITCH:
        o->every_switch = 1;
        break;
    case OPT_THRESHOLD:
        if (weft_cli_u64(arg, &o->threshold)) {
            fprintf(stderr, "weft run: --threshold wants nanoseconds, got '%s'\n", arg);
            return WEFT_EXIT_ERROR;
        }
        o->have_threshold = 1;
        break;
    case OPT_BUFFER:
        if (weft_cli_u64(arg, &o->buffer) || o->buffer < 64 || o->buffer > (1ull << 26)) {
            fprintf(stderr, "weft run: --buffer wants a number of events from 64 to 67108864, got '%s'\n", arg);
            return WEFT_EXIT_ERROR;
        }
        o->have_buffer = 1;
        break;
    case OPT_SAMPLE:
        if (weft_cli_u64(arg, &o->sample_ms) || o->sample_ms > 10000) {
            fprintf(stderr, "weft run: --sample-interval wants milliseconds from 0 to 10000, got '%s'\n", arg);
            return WEFT_EXIT_ERROR;
        }
        o->have_sample = 1;
        break;
    case OPT_LAST:
    case OPT_DURATION:
    case OPT_MAX_SIZE:
        if (bound_option(o, opt, arg))
            return WEFT_EXIT_ERROR;
        break;
    case 'h':
        fputs(usage_text, stdout);
        return WEFT_EXIT_OK;
    }
    return WEFT_CLI_NEXT;
}

/* PROG: the rest of the command line is its own. */
static int on_program(void *ctx, char **argv, int i, int dashdash)
{
    (void)dashdash;
    ((struct run_opts *)ctx)->argv = argv + i;
    return WEFT_CLI_STOP;
}

/* Returns WEFT_CLI_NEXT to run, else the exit code (help printed, or a usage error). */
static int parse(int argc, char **argv, struct run_opts *o)
{
    static const struct option longs[] = {{"force", no_argument, NULL, OPT_FORCE},
                                          {"quiet", no_argument, NULL, 'q'},
                                          {"threshold", required_argument, NULL, OPT_THRESHOLD},
                                          {"buffer", required_argument, NULL, OPT_BUFFER},
                                          {"sample-interval", required_argument, NULL, OPT_SAMPLE},
                                          {"every-switch", no_argument, NULL, OPT_EVERY_SWITCH},
                                          {"last", required_argument, NULL, OPT_LAST},
                                          {"duration", required_argument, NULL, OPT_DURATION},
                                          {"max-size", required_argument, NULL, OPT_MAX_SIZE},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"run", "o:qh", longs, on_option, on_program};
    int r = weft_cli_parse(&parser, argc, argv, o);
    if (r != WEFT_CLI_NEXT)
        return r;
    if (o->last_bytes && o->max_bytes) {
        fputs("weft run: --last SIZE and --max-size cannot go together (one keeps the newest events, "
              "the other the oldest)\n",
              stderr);
        return WEFT_EXIT_ERROR;
    }
    if (!o->argv) {
        fputs("weft run: no program given (usage: weft run [options] -- PROG [ARGS...])\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    /* A flight recorder bounded by size keeps minutes, not seconds: calls under 10 us (a
     * busy server's non-blocking writes, most of its events) are counted, not stored. */
    if (o->last_bytes && !o->have_threshold) {
        o->threshold = FLIGHT_THRESHOLD_NS;
        o->have_threshold = 1;
    }
    return WEFT_CLI_NEXT;
}

/* Runs PROG untraced (static or setuid) and returns its status. */
static int run_untraced(char **argv, const char *path)
{
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "weft: cannot start %s: %s\n", argv[0], strerror(errno));
        return WEFT_EXIT_ERROR;
    }
    if (pid == 0) {
        execv(path, argv);
        fprintf(stderr, "weft: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(errno == ENOENT ? 127 : 126);
    }
    child_pid = pid;
    int w;
    while (waitpid(pid, &w, 0) < 0)
        if (errno != EINTR)
            return WEFT_EXIT_ERROR;
    return exit_status(w);
}

static void set_env_u64(const char *name, unsigned long long v)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "%llu", v);
    setenv(name, buf, 1);
}

/* In the child: the environment PROG gets (ours plus the tracer's), then exec. */
static void exec_traced(const struct run_opts *o, const char *path, const char *preload, const char *dir,
                        int errfd)
{
    const char *old = getenv("LD_PRELOAD");
    size_t n = strlen(preload) + (old ? strlen(old) : 0) + 2;
    char *lp = malloc(n);
    if (lp) {
        snprintf(lp, n, "%s%s%s", preload, old && *old ? ":" : "", old && *old ? old : "");
        setenv("LD_PRELOAD", lp, 1);
    }
    setenv("WEFT_DIR", dir, 1);
    unsetenv("WEFT_OUT"); /* we collect: the preload must not start a collector of its own */
    unsetenv("WEFT_PARENT_START");
    unsetenv("WEFT_EXEC_FROM");
    if (o->have_threshold)
        set_env_u64("WEFT_THRESHOLD_NS", o->threshold);
    if (o->have_buffer)
        set_env_u64("WEFT_BUFFER_EVENTS", o->buffer);
    if (o->every_switch)
        setenv("WEFT_EVERY_SWITCH", "1", 1);
    char self[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (len > 0) {
        self[len] = '\0';
        setenv("WEFT_BIN", self, 1);
    }
    execv(path, o->argv);
    int e = errno;
    if (write(errfd, &e, sizeof(e)) < 0)
        _exit(127);
    _exit(e == ENOENT ? 127 : 126);
}

/*
 * Collects while the program and whatever it left behind run: drains rings, reaps
 * children (the program, and orphans weft inherits as their subreaper), and stops when
 * the program has exited and no traced process or child is left.  On a write error the
 * collector is dropped (*cp = NULL, *write_failed = 1) and the program runs on.
 * Returns the program's wait status.
 */
static int supervise(struct weft_collector **cp, pid_t pid, const char *prog, const char *out, int quiet,
                     int *write_failed)
{
    int wstatus = 0, top_done = 0;
    struct weft_collector *c = *cp;
    uint64_t quiet_since = 0;
    int told_daemons = 0, idle_rounds = 0;
    time_t top_exit_time = 0;
    for (;;) {
        int n = 0;
        if (c && snapshot_wanted) {
            snapshot_wanted = 0;
            weft_run_snapshot(c, out, quiet);
        }
        if (c) {
            n = weft_collector_poll(c);
            if (n < 0) {
                fprintf(stderr, "weft: cannot write %s: %s\n", out, weft_strerror(n));
                weft_collector_abort(c); /* nothing half-written stays behind */
                c = NULL;
                *write_failed = 1;
                n = 0;
            }
        }
        /*
         * Reap whatever ended: the program, and orphans it left behind (weft is their
         * subreaper), whose wait status then goes into the trace too.
         */
        int children_left = 1;
        for (;;) {
            struct rusage ru;
            int st;
            memset(&ru, 0, sizeof(ru));
            /* A child that ended is a zombie until reaped: its threads' last samples first. */
            siginfo_t si;
            memset(&si, 0, sizeof(si));
            if (c && waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid > 0)
                weft_collector_pid_ending(c, si.si_pid);
            pid_t w = wait4(-1, &st, WNOHANG, &ru);
            if (w < 0 && errno == ECHILD)
                children_left = 0;
            if (w <= 0)
                break;
            uint64_t cpu = (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000ull +
                           (uint64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000ull;
            if (w == pid) {
                if (!top_end_set) { /* it ended before we knew its pid */
                    clock_gettime(CLOCK_MONOTONIC, &top_end);
                    top_end_set = 1;
                }
                wstatus = st;
                top_done = 1;
                top_exit_time = time(NULL);
                if (c)
                    weft_collector_set_top(c, pid, exit_status(st));
            }
            if (c)
                weft_collector_set_status(c, w, st, w == pid ? cpu : 0);
        }
        if (!children_left && !top_done) { /* cannot happen unless someone reaped it for us */
            top_done = 1;
            top_exit_time = time(NULL);
        }
        if (top_done && !children_left && (!c || weft_collector_live(c) == 0)) {
            /* A child forked just before the end may not have registered yet: look twice. */
            if (!c || quiet_since++ >= 3)
                break;
        } else {
            quiet_since = 0;
        }
        if (top_done && c && !told_daemons && !quiet && time(NULL) - top_exit_time >= 2) {
            told_daemons = 1;
            fprintf(stderr, "weft: %s exited; waiting for %d traced process(es) that outlive it\n", prog,
                    weft_collector_live(c));
        }
        if (n == 0) {
            /*
             * Nothing to store: sleep, longer (2 ms doubling to 16 ms) while it stays so.  Each
             * wake-up can preempt a program thread on a small machine (mutex ping-pong lost ~10 %
             * to a 2 ms loop); the drainer thread copies the rings meanwhile, and SIGCHLD cuts
             * the sleep short when a child ends.  Once the program is gone, 5 ms steps.
             */
            struct timespec ts = {0, top_done ? 5000000L : 2000000L << idle_rounds};
            if (idle_rounds < 3)
                idle_rounds++;
            nanosleep(&ts, NULL);
        } else {
            idle_rounds = 0;
        }
    }
    *cp = c;
    return wstatus;
}

struct supervision {
    struct weft_collector *c;
    pid_t pid;
    const char *prog, *out;
    int quiet, write_failed, wstatus;
};

static int supervise_thread(void *arg)
{
    struct supervision *s = arg;
    s->wstatus = supervise(&s->c, s->pid, s->prog, s->out, s->quiet, &s->write_failed);
    return 0;
}

/* The ring size the runtime will really use: the next power of two. */
static uint32_t pow2_at_least(unsigned long long v)
{
    uint32_t p = 64;
    while (p < v && p < (1u << 26))
        p <<= 1;
    return p;
}

/*
 * 0 when OUT.partial can be created (it is removed again), else -errno.  SQLite's own
 * open tries read-write, then read-only, and keeps the errno of the last try: on a
 * read-only file system or in a directory we may not write, that was ENOENT (there is
 * no file to open read-only), not the EROFS or EACCES that stopped us.
 */
static int probe_writable(const char *out)
{
    char partial[PATH_MAX + 16];
    snprintf(partial, sizeof(partial), "%s.partial", out);
    int fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno == EEXIST ? 0 : -errno; /* a stale one: the collector replaces it */
    close(fd);
    unlink(partial);
    return 0;
}

/* 0 with BUF the real path of PATH when it is readable, else -errno. */
static int readable(const char *path, char *buf, size_t cap)
{
    char real[PATH_MAX];
    if (access(path, R_OK) != 0)
        return -errno;
    snprintf(buf, cap, "%s", realpath(path, real) ? real : path);
    return 0;
}

/*
 * libweft-preload.so: $WEFT_PRELOAD, else where it is installed relative to weft
 * (WEFT_PRELOAD_FROM_BIN), else in the build tree (bin/ and lib/).  Returns 0 with BUF
 * its real path, or -errno with BUF the place that was missing ($WEFT_PRELOAD or the installed one).
 */
static int find_preload(char *buf, size_t cap)
{
    const char *env = getenv("WEFT_PRELOAD");
    const char *dir = weft_cli_self_dir();
    char installed[PATH_MAX], built[PATH_MAX];

    if (env && *env) {
        snprintf(buf, cap, "%s", env);
        return readable(env, buf, cap);
    }
    snprintf(buf, cap, "<weft's directory>/%s", WEFT_PRELOAD_FROM_BIN);
    if (!dir)
        return -ENOENT;
    if (snprintf(installed, sizeof(installed), "%s/%s", dir, WEFT_PRELOAD_FROM_BIN) >= (int)sizeof(installed) ||
        snprintf(built, sizeof(built), "%s/../lib/libweft-preload.so", dir) >= (int)sizeof(built))
        return -ENAMETOOLONG;
    int r = readable(installed, buf, cap);
    if (r < 0 && readable(built, buf, cap) < 0) {
        snprintf(buf, cap, "%s", installed);
        return r;
    }
    return 0;
}

int weft_cmd_run(int argc, char **argv)
{
    struct run_opts o = {0};
    int pr = parse(argc, argv, &o);
    if (pr != WEFT_CLI_NEXT)
        return pr;

    const char *prog = o.argv[0];
    char path[PATH_MAX];
    int r = resolve_prog(prog, path, sizeof(path));
    if (r < 0) {
        fprintf(stderr, "weft: cannot run %s: %s\n", prog, weft_strerror(r));
        return r == -ENOENT || r == -ENOTDIR ? 127 : 126;
    }
    const char *why = untraceable(path);
    if (why) {
        fprintf(stderr, "weft: cannot trace %s: %s; running it untraced\n", prog, why);
        return run_untraced(o.argv, path);
    }
    char preload[PATH_MAX];
    if ((r = find_preload(preload, sizeof(preload))) < 0) {
        fprintf(stderr, "weft: cannot find libweft-preload.so (%s: %s; set WEFT_PRELOAD)\n", preload,
                weft_strerror(r));
        return WEFT_EXIT_ERROR;
    }

    char out[PATH_MAX];
    if (o.out) {
        snprintf(out, sizeof(out), "%s", o.out);
        struct stat st;
        if (!o.force && stat(out, &st) == 0) {
            fprintf(stderr, "weft: %s already exists (use --force to overwrite it)\n", out);
            return WEFT_EXIT_ERROR;
        }
        if (stat(out, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "weft: cannot write %s: Is a directory\n", out);
            return WEFT_EXIT_ERROR;
        }
    } else if ((r = default_out(prog, out, sizeof(out))) < 0) {
        fprintf(stderr, "weft: cannot name the trace for %s: %s\n", prog, weft_strerror(r));
        return WEFT_EXIT_ERROR;
    }

    weft_collector_sweep_stale("/dev/shm"); /* rings a killed weft left in memory */
    char dir[] = "/dev/shm/weft-XXXXXX";
    char dir_tmp[] = "/tmp/weft-XXXXXX";
    char *ringdir = mkdtemp(dir);
    if (!ringdir)
        ringdir = mkdtemp(dir_tmp); /* no /dev/shm: /tmp is usually tmpfs too */
    if (!ringdir) {
        fprintf(stderr, "weft: cannot make the ring directory in /dev/shm: %s\n", strerror(errno));
        return WEFT_EXIT_ERROR;
    }
    /* Like /tmp: servers whose workers drop privileges (nginx's 'nobody') still get rings. */
    chmod(ringdir, 01777);
    weft_collector_claim_dir(ringdir);

    /* Before the program starts: the output must be writable. */
    struct weft_collector *c = NULL;
    struct weft_collector_opts co = {
        .dir = ringdir,
        .out = out,
        .threshold_ns = o.have_threshold ? o.threshold : 1000,
        .buffer_events = o.have_buffer ? pow2_at_least(o.buffer) : 16384,
        .argv = o.argv,
        .version = WEFT_VERSION,
        .sample_interval_ns = !o.have_sample ? 0 : o.sample_ms ? o.sample_ms * 1000000ull : UINT64_MAX,
        .every_switch = o.every_switch,
        .last_ns = o.last_ns,
        .last_bytes = o.last_bytes,
        .duration_ns = o.duration_ns,
        .max_bytes = o.max_bytes,
        .bound_text = o.bound[0] ? o.bound : NULL,
    };
    if ((r = probe_writable(out)) < 0 || (r = weft_collector_open(&c, &co)) < 0) {
        fprintf(stderr, "weft: cannot write %s: %s\n", out, weft_strerror(r));
        weft_collector_remove_dir(ringdir);
        return WEFT_EXIT_ERROR;
    }

    struct sigaction ign = {.sa_handler = SIG_IGN}, fwd = {.sa_handler = forward}, chld = {0}, old[6];
    struct sigaction usr1 = {.sa_handler = on_usr1};
    sigemptyset(&ign.sa_mask);
    sigemptyset(&fwd.sa_mask);
    fwd.sa_flags = SA_RESTART;
    sigaction(SIGINT, &ign, &old[0]);
    sigaction(SIGQUIT, &ign, &old[1]);
    sigaction(SIGTERM, &fwd, &old[2]);
    sigaction(SIGHUP, &fwd, &old[3]);
    chld.sa_sigaction = on_child;
    chld.sa_flags = SA_SIGINFO | SA_RESTART | SA_NOCLDSTOP;
    sigemptyset(&chld.sa_mask);
    sigaction(SIGCHLD, &chld, &old[4]);
    sigemptyset(&usr1.sa_mask);
    usr1.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &usr1, &old[5]);

    /*
     * Orphans of the program (daemons) become our children instead of init's, so we know
     * they exist even before they registered, and learn how they ended.
     */
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        fprintf(stderr, "weft: cannot start %s: %s\n", prog, strerror(errno));
        weft_collector_abort(c);
        weft_collector_remove_dir(ringdir);
        return WEFT_EXIT_ERROR;
    }
    fflush(NULL);
    struct timespec top_start, done;
    clock_gettime(CLOCK_MONOTONIC, &top_start);
    pid_t pid = fork();
    if (pid == 0) {
        close(errpipe[0]);
        /* The program gets the signal dispositions weft was started with. */
        sigaction(SIGINT, &old[0], NULL);
        sigaction(SIGQUIT, &old[1], NULL);
        sigaction(SIGTERM, &old[2], NULL);
        sigaction(SIGHUP, &old[3], NULL);
        sigaction(SIGCHLD, &old[4], NULL);
        sigaction(SIGUSR1, &old[5], NULL);
        exec_traced(&o, path, preload, ringdir, errpipe[1]);
    }
    close(errpipe[1]);
    if (pid < 0) {
        fprintf(stderr, "weft: cannot start %s: %s\n", prog, strerror(errno));
        close(errpipe[0]);
        weft_collector_abort(c);
        weft_collector_remove_dir(ringdir);
        return WEFT_EXIT_ERROR;
    }
    child_pid = pid;
    int exec_err = 0;
    ssize_t got;
    while ((got = read(errpipe[0], &exec_err, sizeof(exec_err))) < 0 && errno == EINTR)
        ;
    close(errpipe[0]);

    /* The writer takes only CPU time the program leaves; the end of the trace runs here, at normal priority. */
    struct supervision sv = {.c = c, .pid = pid, .prog = prog, .out = out, .quiet = o.quiet};
    weft_collector_yielding(supervise_thread, &sv);
    c = sv.c;
    int write_failed = sv.write_failed, wstatus = sv.wstatus;
    child_pid = 0;
    sigaction(SIGINT, &old[0], NULL);
    sigaction(SIGQUIT, &old[1], NULL);
    sigaction(SIGTERM, &old[2], NULL);
    sigaction(SIGHUP, &old[3], NULL);
    sigaction(SIGCHLD, &old[4], NULL);
    sigaction(SIGUSR1, &old[5], NULL);

    int status = exit_status(wstatus);
    if (got == (ssize_t)sizeof(exec_err) && exec_err) {
        /* execv failed after all (a race with the checks above): nothing was traced. */
        fprintf(stderr, "weft: cannot run %s: %s\n", prog, strerror(exec_err));
        if (c)
            weft_collector_abort(c);
        weft_collector_remove_dir(ringdir);
        return exec_err == ENOENT ? 127 : 126;
    }
    if (c) {
        struct weft_collector_summary sum = {0};
        r = weft_collector_finish(c, &sum);
        if (r < 0) {
            fprintf(stderr, "weft: cannot write %s: %s\n", out, weft_strerror(r));
            write_failed = 1;
        } else {
            if (sum.dropped)
                fprintf(stderr, "weft: warning: %llu events were dropped because a ring was full "
                                "(see threads.dropped; a larger --buffer helps)\n",
                        (unsigned long long)sum.dropped);
            if (!o.quiet)
                weft_run_bound_lines(&sum, o.bound);
            clock_gettime(CLOCK_MONOTONIC, &done);
            if (!o.quiet)
                fprintf(stderr,
                        "weft: trace written to %s: %llu process%s, %llu thread%s, %llu events; "
                        "%s ran %.3f s, the trace was done %.3f s after it\n",
                        out, (unsigned long long)sum.processes, sum.processes == 1 ? "" : "es",
                        (unsigned long long)sum.threads, sum.threads == 1 ? "" : "s",
                        (unsigned long long)sum.events, prog, since(&top_start, &top_end),
                        since(&top_end, &done));
        }
    }
    weft_collector_remove_dir(ringdir);
    if (write_failed && status == 0)
        return EXIT_TRACE_FAILED;
    return status;
}
