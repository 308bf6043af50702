/* A read on a pipe that blocks at least 50 ms until another thread writes. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static _Atomic long long read_starts_ns; /* set just before the read */

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

static void *writer(void *arg)
{
    (void)arg;
    /* Write 55 ms after the reader started reading, so the read surely blocks >= 50 ms. */
    while (read_starts_ns == 0 || now_ns() - read_starts_ns < 55 * 1000 * 1000)
        nanosleep(&(struct timespec){0, 1000 * 1000}, NULL);
    if (write(fds[1], "x", 1) != 1)
        return NULL;
    return NULL;
}

int main(void)
{
    pthread_t t;
    char c = 0;

    if (pipe(fds) != 0)
        return 1;
    pthread_create(&t, NULL, writer, NULL);
    read_starts_ns = now_ns();
    ssize_t n = read(fds[0], &c, 1);
    pthread_join(t, NULL);
    printf("read %zd %c fd=%d\n", n, c, fds[0]);
    return 0;
}
