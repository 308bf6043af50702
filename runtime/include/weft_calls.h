/* The list of every call weft records, shared by the tracer and the collector (X-macro). */
#ifndef WEFT_CALLS_H
#define WEFT_CALLS_H

/*
 * Categories say which thread state a call's duration counts as.  For I/O calls
 * (WEFT_CAT_IO) the state is refined by the fd kind recorded with the event
 * (file, network, ipc).  Ids are stored in trace.db (table calls): never renumber,
 * only append.
 */
enum weft_category {
    WEFT_CAT_NONE = 0,  /* bookkeeping records, no duration */
    WEFT_CAT_IO = 1,    /* read/write/send/... refined by fd kind */
    WEFT_CAT_FILE = 2,  /* open, fsync: always file I/O */
    WEFT_CAT_POLL = 3,  /* poll, select, epoll: event-loop wait */
    WEFT_CAT_LOCK = 4,  /* mutex, rwlock, spin, sem, barrier waits */
    WEFT_CAT_COND = 5,  /* condition variable waits */
    WEFT_CAT_SLEEP = 6, /* nanosleep, usleep, sleep */
    WEFT_CAT_JOIN = 7,  /* pthread_join, thrd_join */
    WEFT_CAT_CHILD = 8, /* wait, waitpid, waitid */
    WEFT_CAT_CORO = 9,  /* coroutine create/switch/exit */
    WEFT_CAT_THREAD = 10, /* thread lifecycle records */
    WEFT_CAT_PROC = 11, /* fork, exec, spawn, exit */
    WEFT_CAT_ANNOT = 12, /* weft.h annotations: tasks, channels, marks */
    WEFT_CAT_SIGNAL = 13 /* cond signal/broadcast, unlock: instant records */
};

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
    X(90, WAIT4, "wait4", WEFT_CAT_CHILD)

enum weft_call {
#define WEFT__CALL_ENUM(id, sym, name, cat) WEFT_CALL_##sym = id,
    WEFT_CALLS(WEFT__CALL_ENUM)
#undef WEFT__CALL_ENUM
    WEFT_CALL_MAX = 128 /* size of per-thread call counter arrays */
};

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
