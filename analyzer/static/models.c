/* API models: which library and thread API functions lock, unlock, touch memory, allocate, create or join threads. */
#include "models.h"

#include <stddef.h>
#include <string.h>

static int name_in(const char *n, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(n, *list))
            return 1;
    return 0;
}

static const char *const wr_lock[] = {"pthread_mutex_lock", "pthread_mutex_trylock", "pthread_mutex_timedlock",
                                      "pthread_spin_lock", "pthread_spin_trylock", "pthread_rwlock_wrlock",
                                      "pthread_rwlock_trywrlock", "pthread_rwlock_timedwrlock", "mtx_lock",
                                      "mtx_trylock", "mtx_timedlock", "pthread_mutex_clocklock",
                                      "pthread_rwlock_clockwrlock", "flockfile", "ftrylockfile", NULL};
static const char *const rd_lock[] = {"pthread_rwlock_rdlock", "pthread_rwlock_tryrdlock",
                                      "pthread_rwlock_timedrdlock", "pthread_rwlock_clockrdlock", NULL};
static const char *const unlock[] = {"pthread_mutex_unlock", "pthread_spin_unlock", "pthread_rwlock_unlock",
                                     "mtx_unlock", "funlockfile", NULL};
/* Functions writing through their first argument (and reading through the second). */
static const char *const writes_arg0[] = {"free", "realloc", "memset", "memcpy", "memmove", "strcpy", "strncpy", "strcat",
                                          "strncat", "bzero", "sprintf", "snprintf", "vsprintf", "vsnprintf",
                                          "__builtin_memset", "__builtin_memcpy", "__builtin_memmove",
                                          "explicit_bzero", "stpcpy", "pthread_key_create", "tss_create", NULL};
static const char *const reads_arg1[] = {"memcpy", "memmove", "strcpy", "strncpy", "strcat", "strncat",
                                         "__builtin_memcpy", "__builtin_memmove", "stpcpy", NULL};
static const char *const no_access[] = {"pthread_mutex_init", "pthread_mutex_destroy", "pthread_rwlock_init",
                                        "pthread_rwlock_destroy", "pthread_spin_init", "pthread_spin_destroy",
                                        "pthread_cond_init", "pthread_cond_destroy", "pthread_cond_wait",
                                        "pthread_cond_timedwait", "pthread_cond_signal", "pthread_cond_broadcast",
                                        "mtx_init", "mtx_destroy", "cnd_wait", "cnd_signal", "cnd_broadcast",
                                        "pthread_attr_init", "pthread_attr_destroy", "pthread_barrier_wait",
                                        "pthread_barrier_init", "sem_wait", "sem_post", "sem_init", NULL};

static const char *const sync_life[] = {
    "pthread_mutex_init", "pthread_mutex_destroy", "pthread_rwlock_init", "pthread_rwlock_destroy",
    "pthread_spin_init", "pthread_spin_destroy", "pthread_cond_init", "pthread_cond_destroy",
    "pthread_barrier_init", "pthread_barrier_destroy", "sem_init", "sem_destroy", "mtx_init", "mtx_destroy",
    "cnd_init", "cnd_destroy", NULL};
static const char *const sync_use[] = {
    "pthread_cond_wait", "pthread_cond_timedwait", "pthread_cond_clockwait", "pthread_cond_signal",
    "pthread_cond_broadcast", "pthread_barrier_wait", "sem_wait", "sem_trywait", "sem_timedwait",
    "sem_clockwait", "sem_post", "cnd_wait", "cnd_timedwait", "cnd_signal", "cnd_broadcast", NULL};

enum weft__sync_object weft__model_sync_object(const char *name)
{
    return name_in(name, sync_life)                                             ? WEFT__SYNC_OBJ_LIFE
           : name_in(name, sync_use) || weft__model_lock_kind(name) != WEFT__LOCK_NONE ? WEFT__SYNC_OBJ_USE
                                                                                  : WEFT__SYNC_OBJ_NONE;
}

enum weft__lock_kind weft__model_lock_kind(const char *name)
{
    return name_in(name, wr_lock) ? WEFT__LOCK_WRITE
           : name_in(name, rd_lock) ? WEFT__LOCK_READ
           : name_in(name, unlock) ? WEFT__LOCK_UNLOCK
                                   : WEFT__LOCK_NONE;
}

int weft__model_writes_arg0(const char *name)
{
    return name_in(name, writes_arg0);
}

int weft__model_reads_arg1(const char *name)
{
    return name_in(name, reads_arg1);
}

int weft__model_copies(const char *name)
{
    return !strcmp(name, "memcpy") || !strcmp(name, "memmove");
}

int weft__model_no_access(const char *name)
{
    return name_in(name, no_access);
}

int weft__model_unevaluated(const char *name)
{
    static const char *const names[] = {"__builtin_constant_p", "__builtin_classify_type", "__builtin_object_size",
                                        "__builtin_dynamic_object_size", "__builtin_assume", NULL};
    return name_in(name, names);
}

/* POSIX and C11 thread APIs: they synchronize on the objects they are given. */
int weft__model_sync_api(const char *name)
{
    static const char *const prefix[] = {"pthread_", "sem_", "mtx_", "cnd_", "thrd_", "call_once", NULL};
    for (const char *const *p = prefix; *p; p++)
        if (!strncmp(name, *p, strlen(*p)))
            return 1;
    return 0;
}

/* Library functions that never keep a pointer they are given. */
int weft__model_keeps_nothing(const char *n)
{
    static const char *const keep[] = {"free", "strlen", "strcmp", "strncmp", "memcmp", "printf", "fprintf",
                                       "puts", "fputs", "assert", "__assert_fail", "__goblint_check", NULL};
    /* Thread creation and thread-specific data hand it on; realloc returns it. */
    static const char *const hand_on[] = {"pthread_create", "thrd_create", "pthread_setspecific", "tss_set",
                                          "realloc", NULL};
    return !name_in(n, hand_on) &&
           (name_in(n, keep) || name_in(n, writes_arg0) || name_in(n, reads_arg1) || weft__model_sync_api(n));
}

/* C library functions that keep hidden static state (POSIX: not required to be thread-safe),
 * with the name of the state they share (localtime and gmtime one struct tm, ctime and
 * asctime one string: C11 7.27.3p1). */
static const char *const unsafe_libc[][2] = {
    {"rand", "rand"}, {"srand", "rand"}, {"random", "random"}, {"srandom", "random"}, {"drand48", "rand48"},
    {"lrand48", "rand48"}, {"mrand48", "rand48"}, {"srand48", "rand48"}, {"strtok", "strtok"},
    {"localtime", "localtime"}, {"gmtime", "localtime"}, {"ctime", "asctime"}, {"asctime", "asctime"},
    {"seed48", "rand48"}, {"lcong48", "rand48"}, {"getopt", "getopt"}, {"getopt_long", "getopt"},
    {"getopt_long_only", "getopt"}, {"lgamma", "signgam"}, {"lgammaf", "signgam"}, {"lgammal", "signgam"},
    {"clearenv", "environ"}, {"tzset", "tz"}, {"mktime", "tz"},
    {"strerror", "strerror"}, {"strsignal", "strsignal"}, {"readdir", "readdir"}, {"getpwnam", "getpw"},
    {"getpwuid", "getpw"}, {"getgrnam", "getgr"}, {"getgrgid", "getgr"}, {"gethostbyname", "gethostby"},
    {"gethostbyaddr", "gethostby"}, {"inet_ntoa", "inet_ntoa"}, {"setenv", "environ"}, {"unsetenv", "environ"},
    {"putenv", "environ"}, {"getenv", "environ"}, {"setlocale", "locale"}, {"tmpnam", "tmpnam"},
    {"getlogin", "getlogin"}, {"ttyname", "ttyname"}, {"crypt", "crypt"}, {"ecvt", "ecvt"}, {"fcvt", "ecvt"},
    {"localeconv", "locale"}, {"mblen", "mblen"}, {"mbtowc", "mbtowc"}, {"wctomb", "wctomb"},
    {"nl_langinfo", "locale"}, {"getdate", "getdate"}, {"ptsname", "ptsname"}, {"l64a", "l64a"},
    {"hsearch", "hsearch"}, {"hcreate", "hsearch"}, {"hdestroy", "hsearch"}, {"getpwent", "getpw"},
    {"getgrent", "getgr"}, {"getservbyname", "getserv"}, {"getprotobyname", "getproto"},
};

/* The restartable multibyte conversions keep a hidden state of their own only when their
 * state argument (its position here) is a null pointer (C11 7.29.6.3). */
int weft__model_null_state_arg(const char *name)
{
    static const struct {
        const char *name;
        int arg;
    } fns[] = {{"mbrlen", 2},    {"mbrtowc", 3},   {"wcrtomb", 2},   {"mbsrtowcs", 3}, {"wcsrtombs", 3},
               {"mbsnrtowcs", 4}, {"wcsnrtombs", 4}, {"mbrtoc16", 3}, {"mbrtoc32", 3},  {"c16rtomb", 2},
               {"c32rtomb", 2}};
    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
        if (!strcmp(name, fns[i].name))
            return fns[i].arg;
    return -1;
}

/* A call to such a function reads (getenv) or writes its hidden state. */
const char *weft__model_unsafe_libc(const char *name, int *reads)
{
    for (size_t i = 0; i < sizeof(unsafe_libc) / sizeof(unsafe_libc[0]); i++)
        if (!strcmp(name, unsafe_libc[i][0])) {
            *reads = !strcmp(name, "getenv");
            return unsafe_libc[i][1];
        }
    return NULL;
}

/* stdio's *_unlocked functions: they use their stream without its lock (the caller holds it
 * with flockfile, or races). Which argument is the stream; -2 stdout, -3 stdin implied. */
int weft__model_unlocked_stdio(const char *name, int *stream)
{
    static const struct {
        const char *name;
        int stream;
    } fns[] = {{"putchar_unlocked", -2}, {"getchar_unlocked", -3}, {"putc_unlocked", 1}, {"fputc_unlocked", 1},
               {"getc_unlocked", 0},     {"fgetc_unlocked", 0},    {"fputs_unlocked", 1}, {"fgets_unlocked", 2},
               {"fwrite_unlocked", 3},   {"fread_unlocked", 3},    {"fflush_unlocked", 0}, {"feof_unlocked", 0},
               {"ferror_unlocked", 0},   {"clearerr_unlocked", 0}};
    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
        if (!strcmp(name, fns[i].name)) {
            *stream = fns[i].stream;
            return 1;
        }
    return 0;
}

/* Functions with a void * parameter they write through (the buffer read(2) fills, the array
 * qsort sorts in place); a void * parameter of any other function with no body is taken as
 * read (malloc_usable_size(p)). */
int weft__model_writes_void(const char *name)
{
    static const char *const fns[] = {"read",  "pread", "fread", "fread_unlocked", "recv", "recvfrom", "qsort",
                                      "qsort_r", "getrandom", "getentropy", "readlink", "memccpy", NULL};
    return name_in(name, fns);
}

int weft__model_iovec(const char *name)
{
    static const char *const out[] = {"writev", "pwritev", "pwritev2", "sendmsg", "sendmmsg", "vmsplice", NULL};
    static const char *const in[] = {"readv", "preadv", "preadv2", "recvmsg", "recvmmsg", NULL};
    return name_in(name, out) ? 1 : name_in(name, in) ? 2 : 0;
}

int weft__model_allocates(const char *name)
{
    return !strcmp(name, "malloc") || !strcmp(name, "calloc") || !strcmp(name, "realloc") || !strcmp(name, "strdup") ||
           !strcmp(name, "alloca") || !strcmp(name, "__builtin_alloca");
}

int weft__model_atomic(const char *name)
{
    return !strncmp(name, "__atomic_", 9) || !strncmp(name, "__sync_", 7) || !strncmp(name, "__c11_atomic_", 13) ||
           !strncmp(name, "atomic_", 7);
}

int weft__model_thread_create(const char *name, struct weft__create_model *m)
{
    if (!strcmp(name, "pthread_create")) /* (thread, attributes, start, arg) */
        *m = (struct weft__create_model){4, 2, 3};
    else if (!strcmp(name, "thrd_create")) /* (thread, start, arg) */
        *m = (struct weft__create_model){3, 1, 2};
    else
        return 0;
    return 1;
}

int weft__model_thread_join(const char *name)
{
    return !strcmp(name, "pthread_join") || !strcmp(name, "thrd_join");
}

int weft__model_thread_self(const char *name)
{
    return !strcmp(name, "pthread_self");
}

int weft__model_thread_id_type(const char *type_name)
{
    return !strcmp(type_name, "pthread_t");
}

enum weft__barrier_kind weft__model_barrier(const char *name)
{
    return !strcmp(name, "pthread_barrier_init")   ? WEFT__BARRIER_INIT
           : !strcmp(name, "pthread_barrier_wait") ? WEFT__BARRIER_WAIT
                                                   : WEFT__BARRIER_NONE;
}

int weft__model_sync_object_type(const char *type_name)
{
    static const char *const types[] = {
        "pthread_mutex_t", "pthread_cond_t", "pthread_rwlock_t", "pthread_spinlock_t", "pthread_barrier_t",
        "pthread_once_t", "pthread_key_t", "pthread_t", "pthread_attr_t", "pthread_mutexattr_t",
        "pthread_condattr_t", "pthread_rwlockattr_t", "pthread_barrierattr_t", "sem_t", "mtx_t", "cnd_t",
        "once_flag", "tss_t", "thrd_t", NULL};
    return name_in(type_name, types);
}

int weft__model_setjmp(const char *name)
{
    return !strcmp(name, "setjmp") || !strcmp(name, "_setjmp") || !strcmp(name, "sigsetjmp") ||
           !strcmp(name, "__sigsetjmp");
}

int weft__model_longjmp(const char *name)
{
    return !strcmp(name, "longjmp") || !strcmp(name, "_longjmp") || !strcmp(name, "siglongjmp") ||
           !strcmp(name, "__longjmp_chk");
}

int weft__model_once(const char *name)
{
    return !strcmp(name, "pthread_once") || !strcmp(name, "call_once");
}

/* SV-COMP's atomic section markers, understood without configuration: {acquire, release}. */
static const char *const builtin_lock[][2] = {{"__VERIFIER_atomic_begin", "__VERIFIER_atomic_end"}};

const char *weft__model_builtin_lock(const char *name, int *acquire)
{
    for (size_t i = 0; i < sizeof(builtin_lock) / sizeof(builtin_lock[0]); i++)
        if (!strcmp(name, builtin_lock[i][0]) || !strcmp(name, builtin_lock[i][1])) {
            *acquire = !strcmp(name, builtin_lock[i][0]);
            return builtin_lock[i][0];
        }
    return NULL;
}

int weft__model_atomic_section(const char *name)
{
    return !strncmp(name, "__VERIFIER_atomic_", 18);
}

const char *weft__model_unmodeled_sync(const char *name)
{
    static const char *const fences[] = {"atomic_thread_fence", "atomic_signal_fence", "__atomic_thread_fence",
                                         "__atomic_signal_fence", "__sync_synchronize", "__c11_atomic_thread_fence",
                                         "__c11_atomic_signal_fence", NULL};
    static const char *const cond[] = {"pthread_cond_wait", "pthread_cond_timedwait", "pthread_cond_clockwait",
                                       "pthread_cond_signal", "pthread_cond_broadcast", "cnd_wait", "cnd_timedwait",
                                       "cnd_signal", "cnd_broadcast", NULL};
    static const char *const other[] = {"pthread_kill", "pthread_cancel", "pthread_sigqueue", "raise", "kill",
                                        "sigwait", "sigsuspend", "pause", "futex", "syscall", "sigwaitinfo",
                                        "sigtimedwait", "sigqueue", "tgkill", "tkill", NULL};
    static const char *const tjoin[] = {"pthread_timedjoin_np", "pthread_clockjoin_np", "pthread_tryjoin_np", NULL};
    /* A thread blocked reading a pipe, socket or eventfd waits for the one that writes it. */
    static const char *const fdwait[] = {"read", "pread", "readv", "preadv", "recv", "recvfrom", "recvmsg",
                                         "recvmmsg", "poll", "ppoll", "select", "pselect", "epoll_wait",
                                         "epoll_pwait", "eventfd_read", "mq_receive", "mq_timedreceive",
                                         "msgrcv", "semop", "semtimedop", "accept", "accept4", NULL};
    static const char *const flocks[] = {"flock", "lockf", "fcntl", NULL};
    static const char *const procs[] = {"fork", "vfork", "waitpid", "wait", "wait3", "wait4", "waitid", NULL};
    if (!strncmp(name, "sem_", 4) && strcmp(name, "sem_init") && strcmp(name, "sem_destroy"))
        return "a semaphore";
    if (name_in(name, cond))
        return "a condition variable";
    if (name_in(name, fences))
        return "a memory fence";
    if (!strcmp(name, "create?"))
        return "a thread created with attributes that may make its creation fail (a stack size, a scheduling "
               "policy): whether it runs is not known";
    if (!strcmp(name, "result?"))
        return "the result of a thread API call kept where the analysis does not follow it (a field, an element, a "
               "global, a local whose address is taken): what runs after it may depend on it";
    if (!strcmp(name, "mutex?"))
        return "the result of an error-checking, recursive or robust mutex's lock or unlock (it may fail on every run)";
    if (!strcmp(name, "asm") || !strcmp(name, "asm?"))
        return "inline assembly (a barrier, an atomic or a lock the analysis cannot read)";
    if (name_in(name, other))
        return "signals or system calls";
    if (name_in(name, tjoin))
        return "a join that may time out or find the thread running (a successful one orders it)";
    if (name_in(name, flocks))
        return "a file lock (flock, lockf, fcntl)";
    if (name_in(name, fdwait))
        return "a blocking read or wait on a file descriptor (a pipe, socket or eventfd another thread may write)";
    if (name_in(name, procs))
        return "a child process (fork, wait)";
    return NULL;
}

int weft__model_keeps_pointer(const char *name, int i)
{
    /* (the C library's calls that store a pointer they are given where later calls, any
     * thread's, reach it: a search tree's or a queue's element, a stream's buffer, the
     * environment's string, an asynchronous request, a thread's stack) */
    static const char *const first[] = {"tsearch", "insque", "putenv", "aio_read", "aio_write", "aio_read64",
                                        "aio_write64", "lio_listio", NULL};
    static const char *const second[] = {"setbuf", "setvbuf", "setbuffer", "aio_fsync", "pthread_attr_setstack",
                                         "on_exit", "pthread_attr_setstackaddr", NULL};
    return (i == 0 && name_in(name, first)) || (i == 1 && name_in(name, second)) ||
           (i == 1 && !strcmp(name, "lio_listio"));
}

int weft__model_atomic_value_arg(const char *name)
{
    if (!strstr(name, "atomic") && strncmp(name, "__sync", 6))
        return -1;
    if (strstr(name, "compare_exchange") || strstr(name, "compare_and_swap"))
        return 2;
    return strstr(name, "store") || strstr(name, "exchange") || strstr(name, "test_and_set") ? 1 : -1;
}

int weft__model_formats_into_buffer(const char *name)
{
    if (!strstr(name, "printf") || (name[0] != 's' && name[0] != 'v' && name[0] != 'a'))
        return 0;
    return strstr(name, "snprintf") ? 3 : 2;
}

int weft__model_calls_back_in_caller(const char *name)
{
    static const char *const sync_callers[] = {"qsort", "qsort_r", "bsearch", "lfind", "lsearch", "tsearch",
                                               "tfind", "tdelete", "twalk", "twalk_r", "tdestroy", "scandir",
                                               "scandirat", "ftw", "nftw", "glob", "pthread_once", "call_once",
                                               NULL};
    /* zlib's deflate and inflate families call the allocators a z_stream holds, and
     * inflateBack its in and out functions, from the calling thread, before they return */
    static const char *const zlib[] = {
        "deflate", "deflateInit_", "deflateInit2_", "deflateEnd", "deflateReset", "deflateResetKeep", "deflateParams",
        "deflatePrime", "deflatePending", "deflateSetDictionary", "deflateGetDictionary", "deflateCopy", "deflateTune",
        "deflateBound", "deflateSetHeader", "inflate", "inflateInit_", "inflateInit2_", "inflateEnd", "inflateReset",
        "inflateReset2", "inflateResetKeep", "inflateSetDictionary", "inflateGetDictionary", "inflateSync",
        "inflateSyncPoint", "inflateCopy", "inflatePrime", "inflateMark", "inflateGetHeader", "inflateBack",
        "inflateBackInit_", "inflateBackEnd", "inflateValidate", "inflateCodesUsed", "inflateUndermine", NULL};
    return name_in(name, sync_callers) || name_in(name, zlib);
}

int weft__model_event_api(const char *name)
{
    static const char *const libevent[] = {"event_", "evtimer_", "evsignal_", "bufferevent_", "evconnlistener_",
                                           "evhttp_", "evdns_", NULL};
    static const char *const uv_now[] = {"uv_queue_work", "uv_thread_create", "uv_thread_create_ex", "uv_once",
                                         "uv_walk", NULL};
    for (int i = 0; libevent[i]; i++)
        if (!strncmp(name, libevent[i], strlen(libevent[i])))
            return WEFT__EVENT_LIBEVENT;
    if (!strncmp(name, "uv_", 3) && !name_in(name, uv_now))
        return WEFT__EVENT_LIBUV;
    return WEFT__EVENT_NONE;
}

int weft__model_event_registers(const char *name)
{
    static const char *const regs[] = {
        /* libevent */
        "event_set", "event_assign", "event_new", "event_base_once", "event_once", "bufferevent_setcb",
        "evconnlistener_new", "evconnlistener_new_bind", "evconnlistener_set_cb", "evconnlistener_set_error_cb",
        "evhttp_set_cb", "evhttp_set_gencb", "evhttp_request_new", "evtimer_assign", "evsignal_assign",
        /* libuv */
        "uv_timer_start", "uv_read_start", "uv_listen", "uv_poll_start", "uv_signal_start", "uv_signal_start_oneshot",
        "uv_idle_start", "uv_prepare_start", "uv_check_start", "uv_async_init", "uv_fs_event_start",
        "uv_fs_poll_start", "uv_write", "uv_write2", "uv_shutdown", "uv_tcp_connect", "uv_pipe_connect",
        "uv_udp_send", "uv_udp_recv_start", "uv_close", NULL};
    return name_in(name, regs);
}

int weft__model_event_quiet(const char *name)
{
    static const char *const quiet[] = {
        /* libevent */
        "event_add", "event_del", "event_del_block", "event_del_noblock", "event_free", "event_base_set",
        "event_active", "event_pending", "event_initialized", "event_priority_set", "event_base_new", "event_init",
        "event_base_free", "event_base_loopexit", "event_base_loopbreak", "event_base_priority_init",
        "event_get_fd", "event_get_base", "event_get_events", "event_base_get_method", "bufferevent_socket_new",
        "bufferevent_setwatermark", "bufferevent_get_input", "bufferevent_get_output",
        "evconnlistener_free", "evconnlistener_enable", "evconnlistener_disable", "evhttp_new", "evhttp_free",
        "evhttp_bind_socket",
        /* libuv */
        "uv_loop_init", "uv_loop_close", "uv_default_loop", "uv_loop_new", "uv_loop_delete", "uv_loop_alive",
        "uv_stop", "uv_now", "uv_update_time", "uv_timer_init", "uv_tcp_init", "uv_pipe_init", "uv_udp_init",
        "uv_poll_init", "uv_idle_init", "uv_prepare_init", "uv_check_init", "uv_signal_init", "uv_fs_event_init",
        "uv_fs_poll_init", "uv_timer_stop", "uv_timer_again", "uv_read_stop", "uv_idle_stop", "uv_prepare_stop",
        "uv_check_stop", "uv_poll_stop", "uv_signal_stop", "uv_udp_recv_stop", "uv_fs_event_stop",
        "uv_fs_poll_stop", "uv_async_send", "uv_is_active", "uv_is_closing", "uv_tcp_bind", "uv_ip4_addr",
        "uv_ip6_addr", "uv_strerror", "uv_err_name", NULL};
    return name_in(name, quiet);
}

int weft__model_event_loop(const char *name)
{
    /* (bufferevent_trigger runs a bufferevent's callbacks at once, in the caller, and so may
     * a write, read, flush, enable or connect of one (a pair without deferred callbacks runs
     * the partner's read callback inside bufferevent_write): as a loop) */
    static const char *const libevent[] = {
        "event_base_loop", "event_base_dispatch", "event_loop", "event_dispatch", "bufferevent_trigger",
        "bufferevent_trigger_event", "bufferevent_write", "bufferevent_write_buffer", "bufferevent_read",
        "bufferevent_read_buffer", "bufferevent_flush", "bufferevent_enable", "bufferevent_disable",
        "bufferevent_free", "bufferevent_socket_connect", "bufferevent_socket_connect_hostname", NULL};
    return name_in(name, libevent)      ? WEFT__EVENT_LIBEVENT
           : !strcmp(name, "uv_run")    ? WEFT__EVENT_LIBUV
                                        : WEFT__EVENT_NONE;
}

int weft__model_event_base_arg(const char *name)
{
    static const char *const first[] = {"event_new", "event_base_once", "event_base_loop", "event_base_dispatch",
                                        "evconnlistener_new", "evconnlistener_new_bind", "uv_async_init", "uv_run",
                                        NULL};
    if (name_in(name, first))
        return 0;
    if (!strcmp(name, "event_assign"))
        return 1;
    if (!strcmp(name, "event_set"))
        return WEFT__EVENT_BASE_OF_EV;
    return -1;
}

int weft__model_runs_later(const char *name)
{
    static const char *const at_exit[] = {"atexit", "at_quick_exit", "on_exit", "pthread_key_create", "tss_create",
                                          NULL};
    static const char *const any_time[] = {"signal", "sigaction", "sigset", "bsd_signal", "sysv_signal", NULL};
    return name_in(name, at_exit) ? WEFT__RUNS_AT_EXIT : name_in(name, any_time) ? WEFT__RUNS_ANY_TIME : 0;
}

/* Thread API calls that return 0 whenever they succeed, and fail only on misuse or when
 * resources run out: their result is 0 on every run the program means to make (trylocks,
 * timed waits and barrier waits are not: either answer is a normal run). */
int weft__model_zero_on_success(const char *name)
{
    static const char *const names[] = {
        "pthread_mutex_lock", "pthread_mutex_unlock", "pthread_mutex_init", "pthread_mutex_destroy",
        "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_rwlock_unlock", "pthread_rwlock_init",
        "pthread_rwlock_destroy", "pthread_spin_lock", "pthread_spin_unlock", "pthread_spin_init",
        "pthread_spin_destroy", "pthread_cond_wait", "pthread_cond_signal", "pthread_cond_broadcast",
        "pthread_cond_init", "pthread_cond_destroy", "pthread_create", "pthread_join", "pthread_detach",
        "pthread_attr_init", "pthread_attr_destroy", "pthread_key_create", "pthread_setspecific",
        "pthread_once", "pthread_barrier_init", "pthread_barrier_destroy", "pthread_mutexattr_init",
        "pthread_mutexattr_settype", "pthread_mutexattr_destroy", "sem_init", "sem_wait", "sem_post",
        "sem_destroy", "mtx_lock", "mtx_unlock", "mtx_init", "thrd_create", "thrd_join", "cnd_wait",
        "cnd_signal", "cnd_broadcast", "cnd_init", NULL};
    return name_in(name, names);
}

/* Thread API calls either of whose answers is a normal run: a trylock that finds the lock
 * taken, a timed wait that times out, a thread-specific value not set, two thread ids
 * compared. */
int weft__model_either_outcome(const char *name)
{
    static const char *const names[] = {"pthread_equal", "thrd_equal", "pthread_getspecific", "tss_get",
                                        "sem_trywait", "sem_timedwait", "pthread_tryjoin_np",
                                        "pthread_timedjoin_np", "pthread_cond_timedwait", "cnd_timedwait",
                                        "pthread_barrier_wait", "mtx_trylock", "mtx_timedlock", NULL};
    return name_in(name, names) || (weft__model_lock_kind(name) != WEFT__LOCK_NONE &&
                                    (strstr(name, "try") || strstr(name, "timed") || strstr(name, "clock")));
}

int weft__model_noreturn(const char *name)
{
    static const char *const names[] = {"exit", "_exit", "_Exit", "quick_exit", "abort", "pthread_exit",
                                        "thrd_exit", "__assert_fail", "__assert_perror_fail", "__assert_rtn",
                                        "__assert", "__builtin_unreachable", "__builtin_trap", "__builtin_abort", "__builtin_exit", "err", "errx",
                                        "verr", "verrx", "__VERIFIER_error", NULL};
    return name_in(name, names);
}
