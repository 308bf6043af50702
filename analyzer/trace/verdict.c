/* The verdict: which resource the program waited for, with the numbers that show it and one recommendation (docs/analysis.md). */
#include "analysis_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Thresholds, explained in docs/analysis.md. */
#define LOCK_SHARE 0.30      /* lock waits of thread time, and more than any I/O or idle */
#define CPU_SHARE 0.60       /* running of thread time */
#define CPU_SATURATED 0.85   /* busy cores of available cores */
#define IDLE_SHARE 0.50
#define IO_SHARE 0.50
#define DOMINANT_SHARE 0.40  /* otherwise: a class this large and 1.5x the next one */
#define UNEXPLAINED_NOTE 0.10
#define CLOSE_MARGIN 0.05    /* a share this close to its threshold is called a close call */
/* The machine was saturated by others: this busy, this much of it outside the trace... */
#define MACHINE_BUSY 0.90
#define MACHINE_OTHERS 0.25
/* ... and the traced threads waited for a CPU this much of their time. */
#define STARVED_RUNNABLE 0.10

enum cls { C_CPU, C_LOCK, C_DISK, C_NET, C_IPC, C_IDLE, C_N };
static const char *const cls_words[C_N] = {
    "running on a CPU", "waiting for locks", "waiting for the disk",
    "waiting for the network", "waiting on pipes and local sockets", "sleeping or waiting for input",
};

struct tally {
    double cls[C_N];
    double root;        /* sum of cls: thread time not spent waiting on each other */
    double others;      /* cond, join, child: waits on other threads/processes */
    double unexplained;
    double total;       /* all thread time */
    double cores_busy;
    double ncpus;
    double runnable;    /* measured run-queue time */
    /* Per call, what it gave each class (the evidence's call shares are parts of these). */
    double call[C_N][WEFT_CALL_MAX];
};

static void tally(struct weft__an_ctx *c, struct tally *t)
{
    const struct weft_analysis *a = c->a;
    double st[WEFT_ST_COUNT] = {0};
    for (size_t i = 0; i < a->nthreads; i++)
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            st[s] += (double)a->threads[i].states[s];
    memset(t, 0, sizeof(*t));
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        t->total += st[s];
    t->ncpus = a->ncpus != WEFT_AN_NULL ? (double)a->ncpus : (a->par.max > 1 ? a->par.max : 1);
    t->cores_busy = a->wall_ns > 0 ? st[WEFT_ST_RUNNING] / (double)a->wall_ns : 0;

    double poll_idle = (double)c->idle_state_ns[WEFT_ST_POLL];
    double ipc_idle = (double)c->idle_state_ns[WEFT_ST_IPC_IO];
    t->cls[C_CPU] = st[WEFT_ST_RUNNING] + st[WEFT_ST_RUNNABLE];
    t->cls[C_LOCK] = st[WEFT_ST_LOCK];
    t->cls[C_DISK] = st[WEFT_ST_FILE_IO];
    t->cls[C_NET] = st[WEFT_ST_NET_IO];
    t->cls[C_IPC] = st[WEFT_ST_IPC_IO] - ipc_idle;
    t->cls[C_IDLE] = st[WEFT_ST_SLEEP] + poll_idle + ipc_idle;
    /* A poll that found something ready waited for the I/O the program does. */
    double poll_rest = st[WEFT_ST_POLL] - poll_idle;
    /*
     * In the proportions of the I/O calls' own time, recorded: with samples, a send or recv
     * that ran on a CPU is no wait, but it says what the polls were waiting for.
     */
    double raw[C_N] = {0};
    raw[C_DISK] = (double)c->io_raw_ns[WEFT_ST_FILE_IO];
    raw[C_NET] = (double)c->io_raw_ns[WEFT_ST_NET_IO];
    raw[C_IPC] = (double)c->io_raw_ns[WEFT_ST_IPC_IO] - ipc_idle;
    if (raw[C_IPC] < 0)
        raw[C_IPC] = 0;
    double io = raw[C_DISK] + raw[C_NET] + raw[C_IPC];
    if (poll_rest < 0)
        poll_rest = 0;
    if (poll_rest > 0) {
        if (io > 0)
            for (int k = C_DISK; k <= C_IPC; k++)
                t->cls[k] += poll_rest * raw[k] / io;
        else
            t->cls[C_IDLE] += poll_rest;
    }
    t->unexplained = st[WEFT_ST_UNEXPLAINED];
    t->runnable = st[WEFT_ST_RUNNABLE];
    /*
     * With every core busy, off-CPU time no call explains is most likely a wait for a CPU;
     * only said of a trace without samples (with them, runnable time is measured).
     */
    if (!a->sampled_threads && t->cores_busy >= CPU_SATURATED * t->ncpus)
        t->cls[C_CPU] += t->unexplained;
    /* The same sums per call, so that an evidence line's call shares add up to its class. */
    for (int k = 0; k < WEFT_CALL_MAX; k++) {
        double pr = (double)c->state_call_ns[WEFT_ST_POLL][k] - (double)c->idle_sc_ns[WEFT_ST_POLL][k];
        if (pr < 0)
            pr = 0;
        t->call[C_CPU][k] = (double)c->cpu_call_ns[k];
        t->call[C_DISK][k] = (double)c->state_call_ns[WEFT_ST_FILE_IO][k];
        t->call[C_NET][k] = (double)c->state_call_ns[WEFT_ST_NET_IO][k];
        t->call[C_IPC][k] = (double)c->state_call_ns[WEFT_ST_IPC_IO][k] - (double)c->idle_sc_ns[WEFT_ST_IPC_IO][k];
        t->call[C_IDLE][k] = (double)c->state_call_ns[WEFT_ST_SLEEP][k] + (double)c->idle_sc_ns[WEFT_ST_POLL][k] +
                             (double)c->idle_sc_ns[WEFT_ST_IPC_IO][k];
        t->call[C_LOCK][k] = (double)c->state_call_ns[WEFT_ST_LOCK][k];
        if (pr > 0 && io > 0)
            for (int j = C_DISK; j <= C_IPC; j++)
                t->call[j][k] += pr * raw[j] / io;
        else if (pr > 0)
            t->call[C_IDLE][k] += pr;
    }
    t->others = st[WEFT_ST_COND] + st[WEFT_ST_JOIN] + st[WEFT_ST_CHILD];
    for (int k = 0; k < C_N; k++)
        t->root += t->cls[k];
}

static double share(const struct tally *t, int k)
{
    return t->root > 0 ? t->cls[k] / t->root : 0;
}

static int push(struct weft_analysis *a, char *s)
{
    return weft__an_strv_push(&a->evidence, &a->nevidence, s);
}

/*
 * "recv() 30%, epoll_wait() 10%": the calls that took most of class K, as shares of thread
 * time that are parts of the class's own share (they never add up to more than it).
 */
static void top_calls(const struct tally *t, int k, double whole, char *buf, size_t len)
{
    double per[WEFT_CALL_MAX], sum = 0;
    for (int call = 0; call < WEFT_CALL_MAX; call++) {
        per[call] = t->call[k][call] > 0 ? t->call[k][call] : 0;
        sum += per[call];
    }
    buf[0] = '\0';
    size_t off = 0;
    for (int rank = 0; rank < 3 && sum > 0; rank++) {
        int best = -1;
        for (int call = 0; call < WEFT_CALL_MAX; call++)
            if (per[call] > 0 && (best < 0 || per[call] > per[best]))
                best = call;
        double part = best < 0 ? 0 : whole * per[best] / sum;
        if (best < 0 || part < 0.01)
            break;
        static const char *const names[WEFT_CALL_MAX] = {
#define WEFT__NAME(id, sym, name, cat) [id] = name,
            WEFT_CALLS(WEFT__NAME)
#undef WEFT__NAME
        };
        char pct[16];
        weft__an_fmt_pct(pct, sizeof(pct), part);
        int w = snprintf(buf + off, len - off, "%s%s() %s", off ? ", " : "",
                         names[best] ? names[best] : "?", pct);
        if (w < 0 || (size_t)w >= len - off)
            break;
        off += (size_t)w;
        per[best] = 0;
    }
}

/* " on 3 TCP sockets and 1 UDP socket": the distinct fds of state s, by kind. */
static void fd_phrase(struct weft__an_ctx *c, enum weft_state s, char *buf, size_t len)
{
    static const char *const kind_words[WEFT_FD_MAX] = {
        [WEFT_FD_FILE] = "file",      [WEFT_FD_DIR] = "directory", [WEFT_FD_TCP] = "TCP socket",
        [WEFT_FD_UDP] = "UDP socket", [WEFT_FD_PIPE] = "pipe",     [WEFT_FD_UNIX] = "unix socket",
        [WEFT_FD_TTY] = "terminal",   [WEFT_FD_EVENTFD] = "eventfd", [WEFT_FD_CHARDEV] = "device",
        [WEFT_FD_SIGNALFD] = "signalfd", [WEFT_FD_EPOLL] = "epoll fd",
        [WEFT_FD_SOCKET_OTHER] = "socket",
    };
    size_t n[WEFT_FD_MAX] = {0};
    for (size_t i = 0; i < c->fds.cap; i++) {
        const struct weft__an_map_entry *e = &c->fds.e[i];
        if (e->used && e->k1 / WEFT_FD_MAX == s)
            n[e->k1 % WEFT_FD_MAX]++;
    }
    size_t off = 0, parts = 0;
    buf[0] = '\0';
    for (int k = 0; k < WEFT_FD_MAX; k++) {
        if (!n[k])
            continue;
        const char *word = kind_words[k] ? kind_words[k] : s == WEFT_ST_NET_IO ? "socket" : "fd";
        int w = snprintf(buf + off, len - off, "%s%zu %s%s", parts ? " and " : " on ", n[k], word,
                         n[k] == 1 ? "" : "s");
        if (w < 0 || (size_t)w >= len - off)
            break;
        off += (size_t)w;
        parts++;
    }
}

static int io_evidence(struct weft__an_ctx *c, const struct tally *t, int k)
{
    static const enum weft_state st[] = {[C_DISK] = WEFT_ST_FILE_IO, [C_NET] = WEFT_ST_NET_IO,
                                         [C_IPC] = WEFT_ST_IPC_IO};
    char calls[160], pct[16], fds[160];
    top_calls(t, k, share(t, k), calls, sizeof(calls));
    weft__an_fmt_pct(pct, sizeof(pct), share(t, k));
    fd_phrase(c, st[k], fds, sizeof(fds));
    return push(c->a, weft__an_asprintf("%s of thread time %s%s%s%s%s", pct, cls_words[k], fds,
                                        calls[0] ? " (" : "", calls, calls[0] ? ")" : ""));
}

static int lock_evidence(struct weft__an_ctx *c, const struct tally *t)
{
    const struct weft_analysis *a = c->a;
    char pct[16];
    weft__an_fmt_pct(pct, sizeof(pct), share(t, C_LOCK));
    if (!a->nlocks)
        return push(c->a, weft__an_asprintf("%s of thread time waiting for locks", pct));
    const struct weft_an_lock *l = &a->locks[0];
    char *name = weft__an_lock_name(c, l->process_id, l->addr);
    const char *site = l->nsites ? l->sites[0].site : NULL;
    int rc = push(c->a, weft__an_asprintf("%s of thread time waiting for locks; most on %s%s%s "
                                       "(%lld contended of %lld acquisitions, %.3f s waited)",
                                       pct, name ? name : "?", site ? " at " : "", site ? site : "",
                                       (long long)l->contended,
                                       (long long)(l->acquisitions == WEFT_AN_NULL ? l->contended
                                                                                  : l->acquisitions),
                                       (double)l->wait_total_ns / 1e9));
    free(name);
    return rc;
}

static int verdict_evidence(struct weft__an_ctx *c, const struct tally *t, int k)
{
    struct weft_analysis *a = c->a;
    char pct[16], pct2[16], calls[160];
    switch (k) {
    case C_CPU:
        weft__an_fmt_pct(pct, sizeof(pct), share(t, C_CPU));
        if (share(t, C_CPU) < CPU_SHARE && t->cores_busy >= CPU_SATURATED * t->ncpus) {
            /* Chosen because the machine was full, not by the share: say that. */
            if (push(a, weft__an_asprintf("every core was busy (%.2f of %.0f on average) while "
                                          "only %s of thread time was running: threads waited "
                                          "for a CPU",
                                          t->cores_busy, t->ncpus, pct)))
                return -ENOMEM;
        } else if (push(a, weft__an_asprintf("%s of thread time running on a CPU or waiting for one", pct)))
            return -ENOMEM;
        if (a->sampled_threads && t->root > 0) {
            /* The kernel's split: on a CPU (in user code, in traced calls), ready for one. */
            double run = 0, calls_ns = 0;
            for (size_t i = 0; i < a->nthreads; i++) {
                run += (double)a->threads[i].states[WEFT_ST_RUNNING];
                calls_ns += (double)a->threads[i].running_calls_ns;
            }
            char p_run[16], p_calls[16], p_rdy[16];
            weft__an_fmt_pct(p_run, sizeof(p_run), run / t->root);
            weft__an_fmt_pct(p_calls, sizeof(p_calls), calls_ns / t->root);
            weft__an_fmt_pct(p_rdy, sizeof(p_rdy), t->runnable / t->root);
            top_calls(t, C_CPU, calls_ns / t->root, calls, sizeof(calls));
            if (push(a, weft__an_asprintf("%s on a CPU (%s of it inside traced calls%s%s%s), %s runnable "
                                          "(ready, waiting for a CPU), as the kernel counted them",
                                          p_run, p_calls, calls[0] ? ": " : "", calls, "", p_rdy)))
                return -ENOMEM;
        }
        if (t->ncpus > 1 && a->par.serial_share >= 0.5) {
            weft__an_fmt_pct(pct2, sizeof(pct2), a->par.serial_share);
            return push(a, weft__an_asprintf("only one thread was running for %s of the busy time", pct2));
        }
        return 0;
    case C_LOCK:
        return lock_evidence(c, t);
    case C_IDLE: {
        top_calls(t, C_IDLE, share(t, C_IDLE), calls, sizeof(calls));
        weft__an_fmt_pct(pct, sizeof(pct), share(t, C_IDLE));
        return push(a, weft__an_asprintf("%s of thread time %s%s%s%s", pct, cls_words[C_IDLE],
                                      calls[0] ? " (" : "", calls, calls[0] ? ")" : ""));
    }
    default:
        return io_evidence(c, t, k);
    }
}

static const char *recommendation(const struct weft_analysis *a, const struct tally *t, int k)
{
    switch (k) {
    case C_CPU:
        if (t->ncpus > 1 && t->cores_busy < 0.75 * t->ncpus)
            return "The CPU is the bottleneck but the cores are not all used: split the work "
                   "across cores with threads or processes (parallelism); more I/O concurrency "
                   "will not help.";
        return "Every core is busy: more threads will not help; make each unit of work cheaper "
               "(a better algorithm, less copying) or run on more cores.";
    case C_LOCK:
        return "Threads queue on one lock: shrink the critical section named above (move work "
               "out of it), split the lock or the data it protects, or use atomics for "
               "counters.";
    case C_DISK:
        return "Threads wait for the disk: overlap the waits (more requests in flight with "
               "threads or asynchronous I/O), batch small writes, and avoid a sync per write.";
    case C_NET:
        return "Threads wait for the network: keep more requests in flight so the waits "
               "overlap (an event loop, more connections or threads, asynchronous I/O), and "
               "batch small messages.";
    case C_IPC:
        return "Threads wait on pipes or local sockets to other processes: that side is the "
               "bottleneck; overlap the waits (an event loop or more workers) and send "
               "bigger messages.";
    case C_IDLE:
        return "The program mostly waits for time or for input: it is not short of CPU, disk "
               "or network, so faster code will not make it finish sooner.";
    default:
        (void)a;
        return "No single resource dominates: read the per-thread table for the thread on "
               "the critical path and treat each of its waits on its own.";
    }
}

int weft__an_compute_verdict(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    struct tally t;
    tally(c, &t);
    char pct[16];

    int k = -1;
    if (share(&t, C_LOCK) >= LOCK_SHARE && t.cls[C_LOCK] >= t.cls[C_DISK] &&
        t.cls[C_LOCK] >= t.cls[C_NET] && t.cls[C_LOCK] >= t.cls[C_IPC] &&
        t.cls[C_LOCK] >= t.cls[C_IDLE])
        k = C_LOCK;
    else if (share(&t, C_CPU) >= CPU_SHARE || (t.root > 0 && t.cores_busy >= CPU_SATURATED * t.ncpus))
        k = C_CPU;
    else if (share(&t, C_IDLE) >= IDLE_SHARE)
        k = C_IDLE;
    else if (share(&t, C_DISK) + share(&t, C_NET) + share(&t, C_IPC) >= IO_SHARE) {
        k = C_DISK;
        if (t.cls[C_NET] > t.cls[k])
            k = C_NET;
        if (t.cls[C_IPC] > t.cls[k])
            k = C_IPC;
    } else {
        int first = 0, second = -1;
        for (int i = 1; i < C_N; i++)
            if (t.cls[i] > t.cls[first])
                first = i;
        for (int i = 0; i < C_N; i++)
            if (i != first && (second < 0 || t.cls[i] > t.cls[second]))
                second = i;
        if (share(&t, first) >= DOMINANT_SHARE && t.cls[first] >= 1.5 * t.cls[second])
            k = first;
    }

    /*
     * The machine around the program: saturated by other processes, a program's waits (for
     * a client that itself gets no CPU, for its own turn on one) are a lack of CPU.
     */
    const struct weft_an_machine *m = &a->machine;
    int starved = m->known && t.root > 0 && m->busy_share >= MACHINE_BUSY && m->others_share >= MACHINE_OTHERS &&
                  k != C_CPU && k != C_LOCK && t.total > 0 && t.runnable / t.total >= STARVED_RUNNABLE;
    if (starved)
        k = C_CPU;

    static const enum weft_verdict v_of[C_N] = {
        [C_CPU] = WEFT_VERDICT_CPU, [C_LOCK] = WEFT_VERDICT_LOCK, [C_DISK] = WEFT_VERDICT_IO,
        [C_NET] = WEFT_VERDICT_IO,  [C_IPC] = WEFT_VERDICT_IO,    [C_IDLE] = WEFT_VERDICT_IDLE,
    };
    static const enum weft_verdict_kind kind_of[C_N] = {
        [C_DISK] = WEFT_KIND_DISK, [C_NET] = WEFT_KIND_NETWORK, [C_IPC] = WEFT_KIND_IPC,
    };
    a->verdict = k < 0 ? WEFT_VERDICT_MIXED : v_of[k];
    a->verdict_kind = k < 0 ? WEFT_KIND_NONE : kind_of[k];

    if (t.root <= 0) {
        if (push(a, strdup("no thread time could be attributed (the trace has no threads or no time)")))
            return weft__an_err(c, -ENOMEM, "out of memory");
    } else if (starved) {
        char busy[16], others[16], coll[16], rdy[16];
        weft__an_fmt_pct(busy, sizeof(busy), m->busy_share);
        weft__an_fmt_pct(others, sizeof(others), m->others_share);
        weft__an_fmt_pct(coll, sizeof(coll), m->collector_share);
        weft__an_fmt_pct(rdy, sizeof(rdy), t.total > 0 ? t.runnable / t.total : 0);
        if (push(a, weft__an_asprintf("the machine was saturated: its %.0f CPUs were %s busy, %s of their "
                                      "time on processes outside the trace (and %s on weft's collector); "
                                      "the traced threads were runnable (waiting for a CPU) %s of their "
                                      "time, and their other waits are for peers short of CPU too",
                                      t.ncpus, busy, others, coll, rdy)))
            return weft__an_err(c, -ENOMEM, "out of memory");
        if (verdict_evidence(c, &t, C_CPU))
            return weft__an_err(c, -ENOMEM, "out of memory");
    } else if (k >= 0) {
        if (verdict_evidence(c, &t, k))
            return weft__an_err(c, -ENOMEM, "out of memory");
    } else {
        /* Mixed: name the three largest classes. */
        int order[C_N];
        for (int i = 0; i < C_N; i++)
            order[i] = i;
        for (int i = 0; i < C_N; i++)
            for (int j = i + 1; j < C_N; j++)
                if (t.cls[order[j]] > t.cls[order[i]]) {
                    int x = order[i];
                    order[i] = order[j];
                    order[j] = x;
                }
        char line[256] = "";
        size_t off = 0;
        for (int i = 0; i < 3 && t.cls[order[i]] > 0; i++) {
            weft__an_fmt_pct(pct, sizeof(pct), share(&t, order[i]));
            int w = snprintf(line + off, sizeof(line) - off, "%s%s %s", off ? ", " : "", pct,
                             cls_words[order[i]]);
            if (w < 0 || (size_t)w >= sizeof(line) - off)
                break;
            off += (size_t)w;
        }
        if (push(a, weft__an_asprintf("thread time: %s", line)))
            return weft__an_err(c, -ENOMEM, "out of memory");
    }

    /* A verdict taken by a hair: say so (the shares are continuous; the words are not). */
    {
        static const double thr[C_N] = {[C_CPU] = CPU_SHARE, [C_LOCK] = LOCK_SHARE, [C_IDLE] = IDLE_SHARE,
                                        [C_DISK] = IO_SHARE, [C_NET] = IO_SHARE, [C_IPC] = IO_SHARE};
        double io_sh = share(&t, C_DISK) + share(&t, C_NET) + share(&t, C_IPC);
        int near = -1;
        double near_sh = 0;
        for (int i = 0; i < C_N && t.root > 0 && !starved; i++) {
            double sh = i >= C_DISK && i <= C_IPC ? io_sh : share(&t, i);
            if (sh >= thr[i] - CLOSE_MARGIN && sh < thr[i] + CLOSE_MARGIN && (near < 0 || i == k)) {
                near = i;
                near_sh = sh;
            }
        }
        if (near >= 0) {
            char p1[16], p2[16];
            weft__an_fmt_pct(p1, sizeof(p1), near_sh);
            weft__an_fmt_pct(p2, sizeof(p2), thr[near]);
            if (push(a, weft__an_asprintf("a close call: %s of thread time %s, against the %s at which "
                                          "that class decides the verdict (docs/analysis.md)",
                                          p1, near >= C_DISK && near <= C_IPC ? "waiting for I/O" : cls_words[near],
                                          p2)))
                return weft__an_err(c, -ENOMEM, "out of memory");
        }
    }
    if (m->known && !starved) {
        char busy[16], others[16], coll[16];
        weft__an_fmt_pct(busy, sizeof(busy), m->busy_share);
        weft__an_fmt_pct(others, sizeof(others), m->others_share);
        weft__an_fmt_pct(coll, sizeof(coll), m->collector_share);
        if (push(a, weft__an_asprintf("the machine's CPUs were %s busy: %s of their time on processes "
                                      "outside the trace, %s on weft's collector",
                                      busy, others, coll)))
            return weft__an_err(c, -ENOMEM, "out of memory");
    }
    /* How busy the machine was, for every verdict. */
    char busy[16];
    weft__an_fmt_pct(busy, sizeof(busy), a->par.busy_share);
    if (push(a, weft__an_asprintf("%.2f of %.0f cores busy on average; at least one thread running "
                               "for %s of the run",
                               t.cores_busy, t.ncpus, busy)))
        return weft__an_err(c, -ENOMEM, "out of memory");
    if (t.total > 0 && t.others / t.total >= 0.05) {
        weft__an_fmt_pct(pct, sizeof(pct), t.others / t.total);
        if (push(a, weft__an_asprintf("%s of all thread time waited on other threads or children "
                                   "(condition variables, joins, wait) and is not counted above",
                                   pct)))
            return weft__an_err(c, -ENOMEM, "out of memory");
    }
    if (t.total > 0 && t.unexplained / t.total >= UNEXPLAINED_NOTE) {
        weft__an_fmt_pct(pct, sizeof(pct), t.unexplained / t.total);
        if (push(a, weft__an_asprintf(a->sampled_threads ? "%s of all thread time was off a CPU, not "
                                                           "runnable, in no traced call (untraced blocking "
                                                           "system calls, page faults from disk)"
                                                         : "%s of all thread time was off-CPU in no traced call "
                                                           "(untraced system calls, page faults, or waiting "
                                                           "for a CPU)",
                                   pct)))
            return weft__an_err(c, -ENOMEM, "out of memory");
    }
    a->recommendation = strdup(starved ? "The machine's CPUs were all busy, much of it with processes outside "
                                         "the trace (a load generator on the same machine?): the program "
                                         "was short of CPU, not of network or disk.  Measure it with CPUs of "
                                         "its own (another machine, or taskset/cgroups for the other "
                                         "processes) before tuning its waits."
                                       : recommendation(a, &t, k));
    return a->recommendation ? 0 : weft__an_err(c, -ENOMEM, "out of memory");
}
