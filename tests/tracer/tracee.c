/* A program with one mode per process/thread/signal shape that weft run must trace correctly (integration tests). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

extern char **environ;

static void nap_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

/*
 * A thread-local buffer as the downloader example has: its symbol's value is an offset in
 * the TLS block (0), so its 64 KiB "cover" the addresses of this program's code.
 */
static __thread volatile char tls_scratch[1 << 16];

static void *exit_thread(void *arg)
{
    tls_scratch[0] = 1;
    nap_us(20000);
    exit((int)(long)arg); /* the whole process ends from a non-main thread */
}

/* Blocks forever reading the pipe whose read end ARG points to. */
static void *read_forever(void *arg)
{
    char c;
    return read(*(int *)arg, &c, 1) < 0 ? NULL : arg;
}

static pthread_mutex_t never_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;

/* Waits forever on a condition variable nobody signals; says "waiting" on fd ARG first. */
static void *wait_forever(void *arg)
{
    pthread_mutex_lock(&never_lock);
    if (write((int)(long)arg, "waiting\n", 8) != 8)
        return NULL;
    for (;;)
        pthread_cond_wait(&never, &never_lock);
}

/* 256 one-byte writes to /dev/null: more events than a 64-event ring holds. */
static void *writes_thread(void *arg)
{
    int fd = open("/dev/null", O_WRONLY);

    for (int i = 0; i < 256; i++)
        if (write(fd, "x", 1) != 1)
            break;
    close(fd);
    return arg;
}

static void *nap_thread(void *arg)
{
    nap_us((long)arg);
    return NULL;
}

static void on_alarm(int sig)
{
    (void)sig;
}

static sigjmp_buf jumped_out;

static void jump_out(int sig)
{
    (void)sig;
    siglongjmp(jumped_out, 1);
}

/* Leaves a blocked read by siglongjmp from a SIGUSR2 handler, then sleeps and returns. */
static void *longjmp_read(void *arg)
{
    static int pfd[2], ready; /* static: nothing of this frame is live across the longjmp */
    char c;
    ready = *(int *)arg;
    if (pipe(pfd) < 0)
        return NULL;
    if (sigsetjmp(jumped_out, 1) == 0) {
        if (write(ready, "r", 1) != 1 || read(pfd[0], &c, 1) < 0)
            return NULL;
    }
    nap_us(50000);
    return NULL;
}

static pthread_mutex_t churn_a = PTHREAD_MUTEX_INITIALIZER, churn_b = PTHREAD_MUTEX_INITIALIZER;

/* Thread I of "churn": odd ones name themselves "c<I>" and take churn_a I times, nesting churn_b. */
static void *churn_thread(void *arg)
{
    long i = (long)arg;
    char name[16];
    if (!(i & 1))
        return NULL;
    snprintf(name, sizeof name, "c%ld", i);
    pthread_setname_np(pthread_self(), name);
    for (long k = 0; k < i; k++) {
        pthread_mutex_lock(&churn_a);
        pthread_mutex_lock(&churn_b);
        pthread_mutex_unlock(&churn_b);
        pthread_mutex_unlock(&churn_a);
    }
    return NULL;
}

/* "coro-return": a coroutine that naps once and ends by returning (to its uc_link). */
static ucontext_t coro_main_ctx, coro_ctx;
static void coro_body(int naps)
{
    for (int i = 0; i < naps; i++)
        nap_us(2000);
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    int arg = argc > 2 ? atoi(argv[2]) : 0;
    if (!strcmp(mode, "churn")) { /* ARG threads one after another, pausing every 16; print the ring files made */
        for (long i = 1; i <= arg; i++) {
            pthread_t t;
            if (pthread_create(&t, NULL, churn_thread, (void *)i) || pthread_join(t, NULL))
                return 1;
            if (i % 16 == 0)
                nap_us(5000); /* time for the collector to hand rings back */
        }
        const char *dir = getenv("WEFT_DIR");
        char cmd[1200];
        snprintf(cmd, sizeof cmd, "ls '%s' | grep -c 'ring$'", dir ? dir : ".");
        return system(cmd) == 0 ? 0 : 1;
    }
    if (!strcmp(mode, "churn-kill")) { /* ARG threads as in churn, then one that naps 3 ms, then SIGKILL */
        for (long i = 1; i <= arg; i++) {
            pthread_t t;
            if (pthread_create(&t, NULL, churn_thread, (void *)(i * 2)) || pthread_join(t, NULL))
                return 1;
            if (i % 16 == 0)
                nap_us(5000);
        }
        pthread_t t;
        if (pthread_create(&t, NULL, nap_thread, (void *)3000L) || pthread_join(t, NULL))
            return 1;
        raise(SIGKILL); /* before the collector saw that thread's ring change hands */
        return 1;
    }
    if (!strcmp(mode, "names")) { /* main names 3 threads right after creating them; one renames itself later */
        static const char *names[3] = {"producer", "squarer", "printer"};
        pthread_t t[3];
        for (int i = 0; i < 3; i++) {
            pthread_create(&t[i], NULL, nap_thread, (void *)20000L);
            pthread_setname_np(t[i], names[i]);
        }
        for (int i = 0; i < 3; i++)
            pthread_join(t[i], NULL);
        return 0;
    }
    if (!strcmp(mode, "exit")) { /* exit with status ARG after a short sleep */
        nap_us(2000);
        return arg;
    }
    if (!strcmp(mode, "signal")) { /* die of signal ARG */
        nap_us(2000);
        signal(arg, SIG_DFL);
        raise(arg);
        return 1;
    }
    if (!strcmp(mode, "fork-killed")) { /* a forked child killed by SIGUSR1 */
        pid_t p = fork();
        if (p == 0) {
            nap_us(3000);
            raise(SIGUSR1);
            _exit(0);
        }
        int w;
        waitpid(p, &w, 0);
        return WIFSIGNALED(w) ? 0 : 1;
    }
    if (!strcmp(mode, "fork")) { /* fork without exec; the child exits 5 */
        pid_t p = fork();
        if (p == 0) {
            nap_us(3000);
            _exit(5);
        }
        int w;
        waitpid(p, &w, 0);
        printf("child %d\n", WEXITSTATUS(w));
        return 0;
    }
    if (!strcmp(mode, "vfork")) { /* vfork + exec of argv[2] */
        pid_t p = vfork();
        if (p == 0) {
            execv(argv[2], argv + 2);
            _exit(127);
        }
        int w;
        waitpid(p, &w, 0);
        return WEXITSTATUS(w);
    }
    if (!strcmp(mode, "coro-return")) { /* the coroutine naps ARG times and returns; then main naps once */
        static char stack[64 * 1024];
        getcontext(&coro_ctx);
        coro_ctx.uc_stack.ss_sp = stack;
        coro_ctx.uc_stack.ss_size = sizeof stack;
        coro_ctx.uc_link = &coro_main_ctx;
        makecontext(&coro_ctx, (void (*)(void))coro_body, 1, arg);
        if (swapcontext(&coro_main_ctx, &coro_ctx))
            return 1;
        nap_us(2000);
        return 0;
    }
    if (!strcmp(mode, "_Fork")) { /* a child made by _Fork (no atfork handlers) naps ARG times and exits 5 */
        pid_t p = _Fork();
        if (p == 0) {
            for (int i = 0; i < arg; i++)
                nap_us(2000);
            _exit(5);
        }
        int w;
        waitpid(p, &w, 0);
        return WEXITSTATUS(w) == 5 ? 0 : 1;
    }
    if (!strcmp(mode, "rawfork")) { /* 2 naps; a child made by the raw fork syscall (no atfork
                                      * handlers, nothing of libc's fork) naps ARG times and
                                      * exits 5 (ARG < 0: calls pthread_exit at once); the
                                      * parent waits and naps 3 times */
        nap_us(2000);
        nap_us(2000);
#ifdef SYS_fork
        pid_t p = (pid_t)syscall(SYS_fork);
#else
        pid_t p = (pid_t)syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
#endif
        if (p == 0) {
            if (arg < 0) /* ends at once through pthread_exit, before any traced call */
                pthread_exit(NULL);
            for (int i = 0; i < arg; i++)
                nap_us(2000);
            exit(5);
        }
        int w;
        if (p < 0 || waitpid(p, &w, 0) != p)
            return 1;
        for (int i = 0; i < 3; i++)
            nap_us(2000);
        return WEXITSTATUS(w) == (arg < 0 ? 0 : 5) ? 0 : 1;
    }
    if (!strcmp(mode, "vfork-exit")) { /* a vfork child that calls exit(), then ARG naps of 2 ms */
        pid_t p = vfork();
        if (p == 0)
            exit(3); /* wrong (it runs the parent's exit handlers), but programs do it */
        int w;
        waitpid(p, &w, 0);
        for (int i = 0; i < arg; i++)
            nap_us(2000);
        return WEXITSTATUS(w) == 3 ? 0 : 1;
    }
    if (!strcmp(mode, "spawn")) { /* posix_spawn of argv[2...] */
        pid_t p;
        if (posix_spawn(&p, argv[2], NULL, NULL, argv + 2, environ) != 0)
            return 99;
        int w;
        waitpid(p, &w, 0);
        return WEXITSTATUS(w);
    }
    if (!strcmp(mode, "system")) /* system(argv[2]) */
        return WEXITSTATUS(system(argv[2]));
    if (!strcmp(mode, "daemon")) { /* double fork, close every fd, outlive the parent, then touch argv[2] */
        pid_t p = fork();
        if (p == 0) {
            setsid();
            if (fork() != 0)
                _exit(0);
            struct rlimit rl;
            getrlimit(RLIMIT_NOFILE, &rl);
            for (int fd = 0; fd < (int)rl.rlim_cur && fd < 4096; fd++)
                close(fd);
            nap_us(400000);
            int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0) {
                if (write(fd, "done\n", 5) != 5)
                    _exit(1);
                close(fd);
            }
            _exit(0);
        }
        waitpid(p, NULL, 0);
        return 0;
    }
    if (!strcmp(mode, "thread-exit")) { /* exit(ARG) from a second thread */
        pthread_t t;
        pthread_create(&t, NULL, exit_thread, (void *)(long)arg);
        pause();
        return 1;
    }
    if (!strcmp(mode, "eintr")) { /* a blocking read interrupted by a signal handler */
        int pfd[2];
        if (pipe(pfd) < 0)
            return 1;
        struct sigaction sa = {.sa_handler = on_alarm}; /* no SA_RESTART */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, NULL);
        struct itimerval it = {{0, 0}, {0, 50000}};
        setitimer(ITIMER_REAL, &it, NULL);
        char c;
        ssize_t n = read(pfd[0], &c, 1);
        printf("read %zd %s\n", n, n < 0 ? strerror(errno) : "");
        return n < 0 && errno == EINTR ? 0 : 1;
    }
    if (!strcmp(mode, "count")) { /* nanosleep forever; after each, write the count to fd ARG */
        char line[32];
        int len = snprintf(line, sizeof(line), "pid %d\n", (int)getpid());
        if (write(arg, line, (size_t)len) < 0)
            return 1;
        for (long i = 1;; i++) {
            nap_us(200);
            len = snprintf(line, sizeof(line), "%ld\n", i);
            if (write(arg, line, (size_t)len) < 0)
                return 1;
        }
    }
    if (!strcmp(mode, "blocked-exit")) { /* a thread blocked in read when main returns after ARG ms */
        static int pfd[2];
        pthread_t t;
        if (pipe(pfd) < 0 || pthread_create(&t, NULL, read_forever, &pfd[0]) != 0)
            return 1;
        nap_us(arg * 1000L);
        return 0;
    }
    if (!strcmp(mode, "cond-wait")) { /* "pid N" on fd ARG, a thread in cond_wait, main joins it */
        char line[32];
        pthread_t t;
        int len = snprintf(line, sizeof(line), "pid %d\n", (int)getpid());
        if (write(arg, line, (size_t)len) < 0 ||
            pthread_create(&t, NULL, wait_forever, (void *)(long)arg) != 0)
            return 1;
        pthread_join(t, NULL);
        return 1;
    }
    if (!strcmp(mode, "drop-priv")) { /* a child that becomes nobody, then starts a thread */
        pid_t p = fork();
        if (p == 0) {
            pthread_t t;
            if (setgid(65534) < 0 || setuid(65534) < 0)
                _exit(3);
            if (pthread_create(&t, NULL, nap_thread, (void *)2000L) != 0)
                _exit(4);
            pthread_join(t, NULL);
            _exit(0);
        }
        int w;
        waitpid(p, &w, 0);
        return WIFEXITED(w) ? WEXITSTATUS(w) : 1;
    }
    if (!strcmp(mode, "longjmp-read")) { /* a thread longjmps out of a read, then ends normally */
        pthread_t t;
        int ready[2];
        char c;
        signal(SIGUSR2, jump_out);
        if (pipe(ready) < 0 || pthread_create(&t, NULL, longjmp_read, &ready[1]) != 0 ||
            read(ready[0], &c, 1) != 1)
            return 1;
        nap_us(50000); /* it is in its read by now */
        pthread_kill(t, SIGUSR2);
        pthread_join(t, NULL);
        nap_us(100000);
        return 0;
    }
    if (!strcmp(mode, "thread-batches")) { /* ARG threads, 300 at a time, each naps 200 us */
        static pthread_t batch[300];
        for (int done = 0; done < arg; done += 300) {
            int n = arg - done < 300 ? arg - done : 300;
            for (int i = 0; i < n; i++)
                if (pthread_create(&batch[i], NULL, nap_thread, (void *)200L) != 0)
                    return 1;
            for (int i = 0; i < n; i++)
                pthread_join(batch[i], NULL);
        }
        return 0;
    }
    if (!strcmp(mode, "fill-rings")) { /* "pid N" on fd ARG; after a byte on stdin, 150 threads
                                          * one after another, 256 writes each; "ms T" on fd ARG */
        char line[32];
        struct timespec t0, t1;
        pthread_t t;
        int len = snprintf(line, sizeof(line), "pid %d\n", (int)getpid());
        if (write(arg, line, (size_t)len) < 0 || read(0, line, 1) != 1)
            return 1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int i = 0; i < 150; i++) {
            if (pthread_create(&t, NULL, writes_thread, NULL) != 0)
                return 1;
            pthread_join(t, NULL);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        len = snprintf(line, sizeof(line), "ms %ld\n",
                       (long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000));
        return write(arg, line, (size_t)len) < 0;
    }
    if (!strcmp(mode, "writes")) { /* ARG small writes to /dev/null, then print "finished" */
        int fd = open("/dev/null", O_WRONLY);
        for (int i = 0; i < arg; i++)
            if (write(fd, "x", 1) != 1)
                return 1;
        close(fd);
        puts("finished");
        return 0;
    }
    if (!strcmp(mode, "tick")) { /* for ARG ms: naps of 50 us, each with a write to /dev/null; print "ticks N" */
        int fd = open("/dev/null", O_WRONLY);
        struct timespec t0, t1, nap = {0, 50000};
        long n = 0;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        do {
            nanosleep(&nap, NULL);
            if (write(fd, "x", 1) != 1)
                return 1;
            n++;
            clock_gettime(CLOCK_MONOTONIC, &t1);
        } while ((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000 < arg);
        close(fd);
        printf("ticks %ld\n", n);
        return 0;
    }
    fprintf(stderr, "usage: weft_tracee exit N|signal N|fork|_Fork N|rawfork N|vfork PROG..|spawn PROG..|system CMD|daemon FILE|"
                    "thread-exit N|eintr|count FD|fill-rings FD|thread-batches N|writes N|tick MS|blocked-exit MS|cond-wait FD|drop-priv|longjmp-read\n");
    return 2;
}
