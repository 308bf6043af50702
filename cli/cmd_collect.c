/* weft __collect: the detached collector that plain LD_PRELOAD mode (WEFT_OUT) starts; same trace as weft run. */
#include "collector.h"
#include "commands.h"
#include "options.h"
#include "weft_error.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: weft __collect --dir DIR --out FILE --wait-pid PID\n"
    "\n"
    "Internal: started by libweft-preload.so when a program runs with\n"
    "LD_PRELOAD=.../libweft-preload.so WEFT_OUT=FILE (without weft run).  Collects the\n"
    "rings in DIR into FILE (through FILE.partial, overwriting FILE) until PID and every\n"
    "traced process are gone, then removes DIR.  Exit status 0, or 2 if FILE could not\n"
    "be written.  WEFT_THRESHOLD_NS and WEFT_BUFFER_EVENTS, when set, are recorded in meta.\n";

/* PID's command line as an argv (malloc'd, NUL-separated in one buffer), or NULL. */
static char **read_cmdline(int pid, char **buf_out)
{
    char path[64];
    snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    size_t cap = 65536;
    char *buf = malloc(cap + 1);
    ssize_t n = buf ? read(fd, buf, cap) : -1;
    close(fd);
    if (n <= 0) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    size_t count = 0;
    for (ssize_t i = 0; i < n; i++)
        count += buf[i] == '\0';
    if (buf[n - 1] != '\0')
        count++;
    char **argv = calloc(count + 1, sizeof(*argv));
    if (!argv) {
        free(buf);
        return NULL;
    }
    size_t k = 0;
    for (ssize_t i = 0; i < n && k < count; i += (ssize_t)strlen(buf + i) + 1)
        argv[k++] = buf + i;
    *buf_out = buf;
    return argv;
}

struct collecting {
    struct weft_collector *c;
    int wait_pid;
    const char *out;
    int failed;
};

/* Polls until the traced processes are gone; on a write error aborts the trace (failed = 1). */
static int collect_loop(void *arg)
{
    struct collecting *cl = arg;
    int quiet_rounds = 0;
    for (;;) {
        int n = weft_collector_poll(cl->c);
        if (n < 0) {
            fprintf(stderr, "weft: cannot write %s: %s\n", cl->out, weft_strerror(n));
            weft_collector_abort(cl->c);
            cl->failed = 1;
            return n;
        }
        if (weft_collector_pid_gone(cl->wait_pid) && weft_collector_live(cl->c) == 0) {
            if (quiet_rounds++ >= 3)
                break;
        } else {
            quiet_rounds = 0;
        }
        if (n == 0) {
            struct timespec ts = {0, 3000000};
            nanosleep(&ts, NULL);
        }
    }
    return 0;
}

struct collect_opts {
    const char *dir, *out;
    long wait_pid;
};

enum { OPT_DIR = 256, OPT_OUT, OPT_WAIT_PID };

static int on_option(void *ctx, int opt, char *arg)
{
    struct collect_opts *o = ctx;
    switch (opt) {
    case 'h':
        fputs(usage_text, stdout);
        return WEFT_EXIT_OK;
    case OPT_DIR: o->dir = arg; break;
    case OPT_OUT: o->out = arg; break;
    case OPT_WAIT_PID: o->wait_pid = strtol(arg, NULL, 10); break;
    }
    return WEFT_CLI_NEXT;
}

int weft_cmd_collect(int argc, char **argv)
{
    static const struct option longs[] = {{"dir", required_argument, NULL, OPT_DIR},
                                          {"out", required_argument, NULL, OPT_OUT},
                                          {"wait-pid", required_argument, NULL, OPT_WAIT_PID},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"__collect", "h", longs, on_option, NULL};
    struct collect_opts o = {0};
    int r = weft_cli_parse(&parser, argc, argv, &o);
    if (r != WEFT_CLI_NEXT)
        return r;
    const char *dir = o.dir, *out = o.out;
    long wait_pid = o.wait_pid;
    if (!dir || !out || wait_pid <= 0) {
        fputs("weft __collect: --dir, --out and --wait-pid are required (see --help)\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    /* Detached from the terminal's signals: only the end of the traced processes ends us. */
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);

    weft_collector_sweep_stale("/dev/shm"); /* what killed runs (or collectors that never came) left */
    weft_collector_claim_dir(dir);
    char *cmd_buf = NULL;
    char **cmd = read_cmdline((int)wait_pid, &cmd_buf);
    const char *thr = getenv("WEFT_THRESHOLD_NS"), *buf = getenv("WEFT_BUFFER_EVENTS");
    const char *smp = getenv("WEFT_SAMPLE_INTERVAL_MS");
    unsigned long long sample_ms = 0;
    int have_sample = smp && !weft_cli_u64(smp, &sample_ms) && sample_ms <= 10000;
    struct weft_collector_opts co = {
        .dir = dir,
        .out = out,
        .threshold_ns = thr ? strtoull(thr, NULL, 10) : 1000,
        .buffer_events = buf ? (uint32_t)strtoul(buf, NULL, 10) : 16384,
        .argv = cmd,
        .version = WEFT_VERSION,
        .sample_interval_ns = !have_sample ? 0 : sample_ms ? sample_ms * 1000000ull : UINT64_MAX,
        .every_switch = getenv("WEFT_EVERY_SWITCH") && strcmp(getenv("WEFT_EVERY_SWITCH"), "0") != 0 &&
                        *getenv("WEFT_EVERY_SWITCH"),
    };
    struct weft_collector *c = NULL;
    r = weft_collector_open(&c, &co);
    free(cmd);
    free(cmd_buf);
    if (r < 0) {
        fprintf(stderr, "weft: cannot write %s: %s\n", out, weft_strerror(r));
        weft_collector_remove_dir(dir);
        return WEFT_EXIT_ERROR;
    }
    struct collecting cl = {.c = c, .wait_pid = (int)wait_pid, .out = out};
    /* The writer takes only CPU time the traced program leaves; the end of the trace runs here. */
    weft_collector_yielding(collect_loop, &cl);
    if (cl.failed) {
        weft_collector_remove_dir(dir);
        return WEFT_EXIT_ERROR;
    }
    struct weft_collector_summary sum;
    r = weft_collector_finish(c, &sum);
    weft_collector_remove_dir(dir);
    if (r < 0) {
        fprintf(stderr, "weft: cannot write %s: %s\n", out, weft_strerror(r));
        return WEFT_EXIT_ERROR;
    }
    if (sum.dropped)
        fprintf(stderr, "weft: warning: %llu events were dropped because a ring was full (trace %s)\n",
                (unsigned long long)sum.dropped, out);
    return WEFT_EXIT_OK;
}
