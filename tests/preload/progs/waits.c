/* Test program: the waits servers make (in-kernel copies, signal waits, epoll_pwait2, io_uring_enter, timed waits that time out), one line of results each. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <netinet/in.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pthread_t main_thread;
static volatile sig_atomic_t got;
static volatile int waiting_done;

static void on_usr1(int sig)
{
    got = sig;
}

static void nap_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

/* Sends sig to the main thread every 40 ms until it says it woke: no lost wake-up. */
static void *poke(void *arg)
{
    int sig = (int)(long)arg;

    while (!__atomic_load_n(&waiting_done, __ATOMIC_ACQUIRE)) {
        nap_ms(40);
        pthread_kill(main_thread, sig);
    }
    return NULL;
}

static void with_poker(int sig, pthread_t *t)
{
    __atomic_store_n(&waiting_done, 0, __ATOMIC_RELEASE);
    pthread_create(t, NULL, poke, (void *)(long)sig);
}

static void poker_done(pthread_t t)
{
    __atomic_store_n(&waiting_done, 1, __ATOMIC_RELEASE);
    pthread_join(t, NULL);
}

static void signal_waits(void)
{
    sigset_t usr1, usr2, none;
    struct sigaction sa = {0};
    pthread_t t;
    int r, sig = 0;

    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    sigemptyset(&none);
    pthread_sigmask(SIG_BLOCK, &usr1, NULL);
    pthread_sigmask(SIG_BLOCK, &usr2, NULL);

    with_poker(SIGUSR1, &t);
    r = sigsuspend(&none);
    int e = errno;
    poker_done(t);
    printf("sigsuspend %d %s %d\n", r, strerror(e), (int)got);

    /* pause: SIGUSR1 unblocked, as a handler-driven program would have it. */
    got = 0;
    pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
    with_poker(SIGUSR1, &t);
    r = pause();
    e = errno;
    poker_done(t);
    pthread_sigmask(SIG_BLOCK, &usr1, NULL);
    printf("pause %d %s %d\n", r, strerror(e), (int)got);

    with_poker(SIGUSR2, &t);
    r = sigwait(&usr2, &sig);
    poker_done(t);
    printf("sigwait %d %d\n", r, sig);
    while (sigtimedwait(&usr2, NULL, &(struct timespec){0, 0}) > 0) /* pokes sent since */
        ;

    with_poker(SIGUSR2, &t);
    r = sigwaitinfo(&usr2, NULL);
    poker_done(t);
    printf("sigwaitinfo %d\n", r);
    while (sigtimedwait(&usr2, NULL, &(struct timespec){0, 0}) > 0)
        ;

    r = sigtimedwait(&usr2, NULL, &(struct timespec){0, 50000000});
    printf("sigtimedwait %d %s\n", r, strerror(errno));
}

static int tcp_pair(int *a, int *b)
{
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof sa;
    int l = socket(AF_INET, SOCK_STREAM, 0);

    if (l < 0 || bind(l, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(l, 1) < 0 ||
        getsockname(l, (struct sockaddr *)&sa, &len) < 0)
        return -1;
    *a = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(*a, (struct sockaddr *)&sa, sizeof sa) < 0)
        return -1;
    *b = accept(l, NULL, NULL);
    close(l);
    return *b < 0 ? -1 : 0;
}

static void copies(const char *dir)
{
    char src[4096], dst[4200], buf[8192];
    int a, b, p[2], q[2];
    ssize_t n;

    snprintf(src, sizeof src, "%s/src", dir);
    snprintf(dst, sizeof dst, "%s/dst", dir);
    int fd = open(src, O_RDWR | O_CREAT | O_TRUNC, 0600);
    memset(buf, 'w', sizeof buf);
    if (write(fd, buf, 5000) != 5000 || tcp_pair(&a, &b) < 0 || pipe(p) < 0 || pipe(q) < 0) {
        printf("setup failed\n");
        exit(1);
    }
    off_t off = 0;
    n = sendfile(a, fd, &off, 5000);
    printf("sendfile %zd", n);
    printf(" recv %zd\n", recv(b, buf, 5000, MSG_WAITALL));

    loff_t lo = 0;
    n = splice(fd, &lo, p[1], NULL, 3000, 0); /* file -> pipe */
    printf("splice %zd", n);
    n = tee(p[0], q[1], 3000, 0);             /* pipe -> pipe */
    printf(" tee %zd", n);
    n = splice(p[0], NULL, a, NULL, 3000, 0); /* pipe -> tcp */
    printf(" splice %zd\n", n);
    if (recv(b, buf, 3000, MSG_WAITALL) != 3000 || read(q[0], buf, 3000) != 3000)
        printf("short copy\n");

    int out = open(dst, O_RDWR | O_CREAT | O_TRUNC, 0600);
    loff_t in_off = 0;
    n = copy_file_range(fd, &in_off, out, NULL, 5000, 0);
    printf("copy_file_range %zd\n", n);
    close(out);
    close(fd);
    close(a);
    close(b);
}

static void event_waits(void)
{
    int p[2], ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN}, got_ev;

    if (pipe(p) < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) < 0) {
        printf("setup failed\n");
        exit(1);
    }
    int r = epoll_pwait2(ep, &got_ev, 1, &(struct timespec){0, 50000000}, NULL);
    printf("epoll_pwait2 %d\n", r);

    struct io_uring_params prm = {0};
    int ring = (int)syscall(SYS_io_uring_setup, 4, &prm);
    if (ring < 0) {
        printf("io_uring unavailable\n");
        return;
    }
    struct __kernel_timespec ts = {0, 50000000};
    struct io_uring_getevents_arg arg = {.ts = (unsigned long long)(uintptr_t)&ts};
    long n = syscall(SYS_io_uring_enter, ring, 0, 1, IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG,
                     &arg, sizeof arg);
    printf("io_uring_enter %ld %s\n", n, n < 0 ? strerror(errno) : "");
    close(ring);
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;

static void *hold(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&held);
    nap_ms(150);
    pthread_mutex_unlock(&held);
    return NULL;
}

static void timeouts(void)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
    struct timespec abs;
    sem_t s;
    pthread_t t;

    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30000000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&m);
    int r1 = pthread_cond_timedwait(&cv, &m, &abs);
    pthread_mutex_unlock(&m);
    sem_init(&s, 0, 0);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30000000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    int r2 = sem_timedwait(&s, &abs) == 0 ? 0 : errno;
    pthread_create(&t, NULL, hold, NULL);
    nap_ms(30);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30000000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    int r3 = pthread_mutex_timedlock(&held, &abs);
    pthread_join(t, NULL);
    char c;
    int r4 = read(-1, &c, 1) < 0 ? errno : 0; /* a real error, still counted */
    printf("timeouts %s %s %s %s\n", strerror(r1), strerror(r2), strerror(r3), strerror(r4));
}

int main(int argc, char **argv)
{
    main_thread = pthread_self();
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc > 2 && !strcmp(argv[1], "copies"))
        copies(argv[2]);
    else if (argc > 1 && !strcmp(argv[1], "signals"))
        signal_waits();
    else if (argc > 1 && !strcmp(argv[1], "events"))
        event_waits();
    else if (argc > 1 && !strcmp(argv[1], "timeouts"))
        timeouts();
    else {
        fprintf(stderr, "usage: weft-test-waits copies DIR | signals | events | timeouts\n");
        return 2;
    }
    return 0;
}
