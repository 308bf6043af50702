/* The list of every call weft records, shared by the tracer and the collector (X-macro). */
#ifndef WEFT_CALLS_H
#define WEFT_CALLS_H

#include <errno.h>

/*
 * Categories say which thread state a call's duration counts as.  For I/O calls
 * (WEFT_CAT_IO) the state is refined by the fd kind recorded with the event
 * (file, network, ipc).  Ids are stored in trace.db (table calls): never renumber,
 * only append.
 */
/* X(id, SYMBOL, "name"): enum weft_category has WEFT_CAT_SYMBOL = id; the name is
 * what trace.db's calls.category says. */
#define WEFT_CATEGORIES(X)                                                              \
    X(0, NONE, "none")      /* bookkeeping records, no duration */                     \
    X(1, IO, "io")          /* read/write/send/... refined by fd kind */               \
    X(2, FILE, "file")      /* open, fsync: always file I/O */                         \
    X(3, POLL, "poll")      /* poll, select, epoll, io_uring_enter: event-loop wait */ \
    X(4, LOCK, "lock")      /* mutex, rwlock, spin, sem, barrier waits */              \
    X(5, COND, "cond")      /* condition variable waits */                             \
    X(6, SLEEP, "sleep")    /* nanosleep, usleep, sleep */                             \
    X(7, JOIN, "join")      /* pthread_join, thrd_join */                              \
    X(8, CHILD, "child")    /* wait, waitpid, waitid */                                \
    X(9, CORO, "coro")      /* coroutine create/switch/exit */                         \
    X(10, THREAD, "thread") /* thread lifecycle records */                             \
    X(11, PROC, "proc")     /* fork, exec, spawn, exit */                              \
    X(12, ANNOT, "annot")   /* weft.h annotations: tasks, channels, marks */           \
    X(13, SIGNAL, "signal") /* cond signal/broadcast, unlock: instant records */       \
    X(14, SIGWAIT, "sigwait") /* sigsuspend, pause, sigwait*: waiting for a signal */

enum weft_category {
#define WEFT__CAT_ENUM(id, sym, name) WEFT_CAT_##sym = id,
    WEFT_CATEGORIES(WEFT__CAT_ENUM)
#undef WEFT__CAT_ENUM
    WEFT_CAT_MAX
};

/* The category's name as trace.db stores it; "none" for an unknown id. */
static inline const char *weft_category_name(unsigned cat)
{
    static const char *const names[WEFT_CAT_MAX] = {
#define WEFT__CAT_NAME(id, sym, name) [id] = name,
        WEFT_CATEGORIES(WEFT__CAT_NAME)
#undef WEFT__CAT_NAME
    };
    return cat < WEFT_CAT_MAX ? names[cat] : "none";
}

/* X(id, SYMBOL, "name", category): enum weft_call has WEFT_CALL_SYMBOL = id. */
#define WEFT_CALLS(X)                                   \
    X(1, TEXT, "text", WEFT_CAT_NONE)                         \
    X(2, THREAD_START, "thread_start", WEFT_CAT_THREAD)               \
    X(3, THREAD_END, "thread_end", WEFT_CAT_THREAD)                 \
    X(4, THREAD_NAME, "thread_name", WEFT_CAT_THREAD)                \
    X(5, PTHREAD_CREATE, "pthread_create", WEFT_CAT_THREAD)             \
    X(6, PTHREAD_JOIN, "pthread_join", WEFT_CAT_JOIN)                 \
    X(7, PTHREAD_MUTEX_LOCK, "pthread_mutex_lock", WEFT_CAT_LOCK)           \
    X(8, PTHREAD_MUTEX_TIMEDLOCK, "pthread_mutex_timedlock", WEFT_CAT_LOCK)      \
    X(9, PTHREAD_MUTEX_TRYLOCK, "pthread_mutex_trylock", WEFT_CAT_LOCK)        \
    X(10, PTHREAD_RWLOCK_RDLOCK, "pthread_rwlock_rdlock", WEFT_CAT_LOCK)       \
    X(11, PTHREAD_RWLOCK_WRLOCK, "pthread_rwlock_wrlock", WEFT_CAT_LOCK)       \
    X(12, PTHREAD_RWLOCK_TIMEDRDLOCK, "pthread_rwlock_timedrdlock", WEFT_CAT_LOCK)  \
    X(13, PTHREAD_RWLOCK_TIMEDWRLOCK, "pthread_rwlock_timedwrlock", WEFT_CAT_LOCK)  \
    X(14, PTHREAD_SPIN_LOCK, "pthread_spin_lock", WEFT_CAT_LOCK)           \
    X(15, SEM_WAIT, "sem_wait", WEFT_CAT_LOCK)                    \
    X(16, SEM_TIMEDWAIT, "sem_timedwait", WEFT_CAT_LOCK)               \
    X(17, PTHREAD_COND_WAIT, "pthread_cond_wait", WEFT_CAT_COND)           \
    X(18, PTHREAD_COND_TIMEDWAIT, "pthread_cond_timedwait", WEFT_CAT_COND)      \
    X(19, PTHREAD_COND_SIGNAL, "pthread_cond_signal", WEFT_CAT_SIGNAL)       \
    X(20, PTHREAD_COND_BROADCAST, "pthread_cond_broadcast", WEFT_CAT_SIGNAL)    \
    X(21, PTHREAD_BARRIER_WAIT, "pthread_barrier_wait", WEFT_CAT_LOCK)        \
    X(22, MTX_LOCK, "mtx_lock", WEFT_CAT_LOCK)                    \
    X(23, MTX_TIMEDLOCK, "mtx_timedlock", WEFT_CAT_LOCK)               \
    X(24, CND_WAIT, "cnd_wait", WEFT_CAT_COND)                    \
    X(25, CND_TIMEDWAIT, "cnd_timedwait", WEFT_CAT_COND)               \
    X(26, THRD_JOIN, "thrd_join", WEFT_CAT_JOIN)                   \
    X(27, THRD_CREATE, "thrd_create", WEFT_CAT_THREAD)               \
    X(28, READ, "read", WEFT_CAT_IO)                          \
    X(29, WRITE, "write", WEFT_CAT_IO)                         \
    X(30, PREAD, "pread", WEFT_CAT_IO)                         \
    X(31, PWRITE, "pwrite", WEFT_CAT_IO)                        \
    X(32, READV, "readv", WEFT_CAT_IO)                         \
    X(33, WRITEV, "writev", WEFT_CAT_IO)                        \
    X(34, RECV, "recv", WEFT_CAT_IO)                          \
    X(35, SEND, "send", WEFT_CAT_IO)                          \
    X(36, RECVFROM, "recvfrom", WEFT_CAT_IO)                      \
    X(37, SENDTO, "sendto", WEFT_CAT_IO)                        \
    X(38, RECVMSG, "recvmsg", WEFT_CAT_IO)                       \
    X(39, SENDMSG, "sendmsg", WEFT_CAT_IO)                       \
    X(40, ACCEPT, "accept", WEFT_CAT_IO)                        \
    X(41, ACCEPT4, "accept4", WEFT_CAT_IO)                       \
    X(42, CONNECT, "connect", WEFT_CAT_IO)                       \
    X(43, POLL, "poll", WEFT_CAT_POLL)                        \
    X(44, PPOLL, "ppoll", WEFT_CAT_POLL)                       \
    X(45, SELECT, "select", WEFT_CAT_POLL)                      \
    X(46, PSELECT, "pselect", WEFT_CAT_POLL)                     \
    X(47, EPOLL_WAIT, "epoll_wait", WEFT_CAT_POLL)                  \
    X(48, EPOLL_PWAIT, "epoll_pwait", WEFT_CAT_POLL)                 \
    X(49, NANOSLEEP, "nanosleep", WEFT_CAT_SLEEP)                  \
    X(50, CLOCK_NANOSLEEP, "clock_nanosleep", WEFT_CAT_SLEEP)            \
    X(51, USLEEP, "usleep", WEFT_CAT_SLEEP)                     \
    X(52, SLEEP, "sleep", WEFT_CAT_SLEEP)                      \
    X(53, FSYNC, "fsync", WEFT_CAT_FILE)                       \
    X(54, FDATASYNC, "fdatasync", WEFT_CAT_FILE)                   \
    X(55, OPEN, "open", WEFT_CAT_FILE)                        \
    X(56, OPENAT, "openat", WEFT_CAT_FILE)                      \
    X(57, WAIT, "wait", WEFT_CAT_CHILD)                       \
    X(58, WAITPID, "waitpid", WEFT_CAT_CHILD)                    \
    X(59, WAITID, "waitid", WEFT_CAT_CHILD)                     \
    X(60, FORK, "fork", WEFT_CAT_PROC)                        \
    X(61, VFORK, "vfork", WEFT_CAT_PROC)                       \
    X(62, EXECVE, "execve", WEFT_CAT_PROC)                      \
    X(63, POSIX_SPAWN, "posix_spawn", WEFT_CAT_PROC)                 \
    X(64, EXIT, "exit", WEFT_CAT_PROC)                        \
    X(65, MAKECONTEXT, "makecontext", WEFT_CAT_CORO)                 \
    X(66, SWAPCONTEXT, "swapcontext", WEFT_CAT_CORO)                 \
    X(67, SETCONTEXT, "setcontext", WEFT_CAT_CORO)                  \
    X(68, GETCONTEXT, "getcontext", WEFT_CAT_CORO)                  \
    X(69, CORO_CREATE, "coro_create", WEFT_CAT_CORO)                 \
    X(70, CORO_SWITCH, "coro_switch", WEFT_CAT_CORO)                 \
    X(71, CORO_EXIT, "coro_exit", WEFT_CAT_CORO)                   \
    X(72, TASK_BEGIN, "task_begin", WEFT_CAT_ANNOT)                 \
    X(73, TASK_END, "task_end", WEFT_CAT_ANNOT)                   \
    X(74, CHAN_SEND, "chan_send", WEFT_CAT_ANNOT)                  \
    X(75, CHAN_RECV, "chan_recv", WEFT_CAT_ANNOT)                  \
    X(76, MARK, "mark", WEFT_CAT_ANNOT)                       \
    X(77, MUTEX_UNLOCK, "mutex_unlock", WEFT_CAT_SIGNAL)              \
    X(78, CND_SIGNAL, "cnd_signal", WEFT_CAT_SIGNAL)                \
    X(79, CND_BROADCAST, "cnd_broadcast", WEFT_CAT_SIGNAL)             \
    X(80, PROCESS_START, "process_start", WEFT_CAT_PROC)               \
    X(81, THREAD_CPU, "thread_cpu", WEFT_CAT_THREAD)                \
    X(82, PTHREAD_RWLOCK_TRYRDLOCK, "pthread_rwlock_tryrdlock", WEFT_CAT_LOCK)    \
    X(83, PTHREAD_RWLOCK_TRYWRLOCK, "pthread_rwlock_trywrlock", WEFT_CAT_LOCK)    \
    X(84, PTHREAD_SPIN_TRYLOCK, "pthread_spin_trylock", WEFT_CAT_LOCK)        \
    X(85, SEM_TRYWAIT, "sem_trywait", WEFT_CAT_LOCK)                 \
    X(86, MTX_TRYLOCK, "mtx_trylock", WEFT_CAT_LOCK)                 \
    X(87, SYSTEM, "system", WEFT_CAT_PROC)                      \
    X(88, POPEN, "popen", WEFT_CAT_PROC)                       \
    X(89, WAIT3, "wait3", WEFT_CAT_CHILD)                      \
    X(90, WAIT4, "wait4", WEFT_CAT_CHILD)                      \
    X(91, SENDFILE, "sendfile", WEFT_CAT_IO)                   \
    X(92, SPLICE, "splice", WEFT_CAT_IO)                       \
    X(93, TEE, "tee", WEFT_CAT_IO)                             \
    X(94, COPY_FILE_RANGE, "copy_file_range", WEFT_CAT_IO)     \
    X(95, SIGSUSPEND, "sigsuspend", WEFT_CAT_SIGWAIT)          \
    X(96, PAUSE, "pause", WEFT_CAT_SIGWAIT)                    \
    X(97, SIGWAIT, "sigwait", WEFT_CAT_SIGWAIT)                \
    X(98, SIGWAITINFO, "sigwaitinfo", WEFT_CAT_SIGWAIT)        \
    X(99, SIGTIMEDWAIT, "sigtimedwait", WEFT_CAT_SIGWAIT)      \
    X(100, EPOLL_PWAIT2, "epoll_pwait2", WEFT_CAT_POLL)        \
    X(101, IO_URING_ENTER, "io_uring_enter", WEFT_CAT_POLL)   \
    X(102, CORO_SPANS, "coro_spans", WEFT_CAT_CORO)

enum weft_call {
#define WEFT__CALL_ENUM(id, sym, name, cat) WEFT_CALL_##sym = id,
    WEFT_CALLS(WEFT__CALL_ENUM)
#undef WEFT__CALL_ENUM
    WEFT_CALL_MAX = 128 /* size of per-thread call counter arrays */
};

/*
 * Whether a call that returned error number err failed.  A timed wait that ran out of
 * time (ETIMEDOUT from a timed lock, condvar, semaphore or join; EAGAIN from
 * sigtimedwait; ETIME from io_uring_enter) did what it was asked to do, and sigsuspend and pause always return
 * EINTR: none of these is an error (call_counts.errors), though the event keeps errno.
 */
static inline int weft_call_failed(unsigned call, int err)
{
    if (err == 0)
        return 0;
    switch (call) {
    case WEFT_CALL_PTHREAD_MUTEX_TIMEDLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TIMEDRDLOCK:
    case WEFT_CALL_PTHREAD_RWLOCK_TIMEDWRLOCK:
    case WEFT_CALL_SEM_TIMEDWAIT:
    case WEFT_CALL_PTHREAD_COND_TIMEDWAIT:
    case WEFT_CALL_MTX_TIMEDLOCK:
    case WEFT_CALL_CND_TIMEDWAIT:
    case WEFT_CALL_PTHREAD_JOIN: /* pthread_timedjoin_np, pthread_clockjoin_np */
        return err != ETIMEDOUT;
    case WEFT_CALL_SIGTIMEDWAIT:
        return err != EAGAIN;
    case WEFT_CALL_IO_URING_ENTER: /* waited for completions until its timeout */
        return err != ETIME;
    case WEFT_CALL_SIGSUSPEND:
    case WEFT_CALL_PAUSE:
        return err != EINTR;
    default:
        return 1;
    }
}

/* fd kinds, stored in events.fd_kind and table fd_kinds. Append only.
 * X(id, SYMBOL, "name"): enum weft_fd_kind has WEFT_FD_SYMBOL = id. */
#define WEFT_FD_KINDS(X)      \
    X(0, NONE, "none")              \
    X(1, FILE, "file")              \
    X(2, PIPE, "pipe")              \
    X(3, TCP, "tcp")               \
    X(4, UDP, "udp")               \
    X(5, UNIX, "unix")              \
    X(6, TTY, "tty")               \
    X(7, EVENTFD, "eventfd")           \
    X(8, TIMERFD, "timerfd")           \
    X(9, SIGNALFD, "signalfd")          \
    X(10, EPOLL, "epoll")            \
    X(11, CHARDEV, "chardev")          \
    X(12, SOCKET_OTHER, "socket_other")     \
    X(13, DIR, "dir")              \
    X(14, UNKNOWN, "unknown")

enum weft_fd_kind {
#define WEFT__FD_ENUM(id, sym, name) WEFT_FD_##sym = id,
    WEFT_FD_KINDS(WEFT__FD_ENUM)
#undef WEFT__FD_ENUM
    WEFT_FD_MAX
};

#endif
