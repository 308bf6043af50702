/* Which state a traced call's time counts as: call category refined by fd kind (docs/analysis.md). */
#include "analysis_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *const weft_state_names[WEFT_ST_COUNT] = {
    "running", "runnable", "file_io", "net_io", "ipc_io", "poll",
    "lock", "cond", "join", "child", "sleep", "unexplained",
};

const char *weft_verdict_name(enum weft_verdict v)
{
    static const char *const names[] = {"cpu-bound", "io-bound", "lock-bound", "idle", "mixed"};
    return (unsigned)v < sizeof(names) / sizeof(names[0]) ? names[v] : "mixed";
}

const char *weft_verdict_kind_name(enum weft_verdict_kind k)
{
    switch (k) {
    case WEFT_KIND_DISK: return "disk";
    case WEFT_KIND_NETWORK: return "network";
    case WEFT_KIND_IPC: return "ipc";
    default: return NULL;
    }
}

static const int builtin_category[WEFT_CALL_MAX] = {
#define WEFT__CAT(id, sym, name, cat) [id] = cat,
    WEFT_CALLS(WEFT__CAT)
#undef WEFT__CAT
};

/*
 * The collector stores calls.category as text; accept the category's short name in
 * any case ("io", "LOCK", "WEFT_CAT_POLL").  Unknown text falls back to this build's
 * table by call id, which is stable (ids are append-only).
 */
int weft__an_category_from_text(const char *text, int call)
{
    /* The names weft_calls.h gives, and the long forms older tools wrote. */
    static const struct {
        const char *name;
        int cat;
    } names[] = {
#define WEFT__CAT_TEXT(id, sym, name) {name, id},
        WEFT_CATEGORIES(WEFT__CAT_TEXT)
#undef WEFT__CAT_TEXT
        {"coroutine", WEFT_CAT_CORO}, {"process", WEFT_CAT_PROC}, {"annotation", WEFT_CAT_ANNOT},
    };
    if (text) {
        if (!strncasecmp(text, "WEFT_CAT_", 9))
            text += 9;
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
            if (!strcasecmp(text, names[i].name))
                return names[i].cat;
    }
    if (call >= 0 && call < WEFT_CALL_MAX)
        return builtin_category[call];
    return WEFT_CAT_NONE;
}

static int is_socket_call(int call)
{
    return call >= WEFT_CALL_RECV && call <= WEFT_CALL_CONNECT;
}

static int is_read_call(int call)
{
    return call == WEFT_CALL_READ || call == WEFT_CALL_READV || call == WEFT_CALL_PREAD ||
           call == WEFT_CALL_RECV || call == WEFT_CALL_RECVFROM || call == WEFT_CALL_RECVMSG;
}

static enum weft_state io_state(int call, int fd_kind)
{
    switch (fd_kind) {
    case WEFT_FD_FILE:
    case WEFT_FD_DIR:
        return WEFT_ST_FILE_IO;
    case WEFT_FD_TCP:
    case WEFT_FD_UDP:
    case WEFT_FD_SOCKET_OTHER:
        return WEFT_ST_NET_IO;
    case WEFT_FD_PIPE:
    case WEFT_FD_UNIX:
    case WEFT_FD_EVENTFD:
    case WEFT_FD_SIGNALFD:
    case WEFT_FD_EPOLL:
    case WEFT_FD_TTY:
    case WEFT_FD_CHARDEV:
        return WEFT_ST_IPC_IO;
    case WEFT_FD_TIMERFD:
        return WEFT_ST_SLEEP; /* reading a timerfd waits for time to pass */
    default:
        /* Unknown fd: socket-only calls are network, plain read/write most likely a file. */
        return is_socket_call(call) ? WEFT_ST_NET_IO : WEFT_ST_FILE_IO;
    }
}

enum weft_state weft__an_event_state(int category, int call, int fd_kind)
{
    switch (category) {
    case WEFT_CAT_IO: return io_state(call, fd_kind);
    case WEFT_CAT_FILE: return WEFT_ST_FILE_IO;
    case WEFT_CAT_POLL: return WEFT_ST_POLL;
    /* Waiting for a signal is waiting for an event, as a poll is: nginx's master. */
    case WEFT_CAT_SIGWAIT: return WEFT_ST_POLL;
    case WEFT_CAT_LOCK: return WEFT_ST_LOCK;
    case WEFT_CAT_COND: return WEFT_ST_COND;
    case WEFT_CAT_SLEEP: return WEFT_ST_SLEEP;
    case WEFT_CAT_JOIN: return WEFT_ST_JOIN;
    case WEFT_CAT_CHILD: return WEFT_ST_CHILD;
    case WEFT_CAT_PROC:
        /* system() returns when its child exits: a child wait. */
        return call == WEFT_CALL_SYSTEM ? WEFT_ST_CHILD : WEFT_ST_NONE;
    case WEFT_CAT_ANNOT:
        /* A blocking channel operation waits for another task, like a condvar. */
        return call == WEFT_CALL_CHAN_SEND || call == WEFT_CALL_CHAN_RECV ? WEFT_ST_COND
                                                                          : WEFT_ST_NONE;
    default:
        return WEFT_ST_NONE;
    }
}

/*
 * Whether a wait was for time or for input rather than for a device: sleeps, signal
 * waits, timers,
 * reads from a terminal or from standard input when it is a pipe, polls that timed
 * out or failed (nothing was ready), and
 * polls so long that the program was clearly waiting for someone to talk to it.
 */
int weft__an_waits_for_input(int category, int call, int fd_kind, int64_t dur, int64_t ret,
                             int64_t fd)
{
    if (category == WEFT_CAT_SLEEP || category == WEFT_CAT_SIGWAIT)
        return 1; /* for time, or for someone to send a signal */
    if (category == WEFT_CAT_IO)
        return fd_kind == WEFT_FD_TIMERFD ||
               (is_read_call(call) && (fd_kind == WEFT_FD_TTY ||
                                       (fd == 0 && fd_kind == WEFT_FD_PIPE))); /* stdin */
    /* io_uring_enter returns what it submitted, not what completed: only a failure
     * (a timeout: ETIME) says nothing came. */
    if (call == WEFT_CALL_IO_URING_ENTER)
        return ret < 0 || dur >= WEFT__LONG_POLL_NS;
    if (category == WEFT_CAT_POLL)
        return ret <= 0 || dur >= WEFT__LONG_POLL_NS;
    return 0;
}
