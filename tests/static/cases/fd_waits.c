// A thread blocked in read() on a pipe waits for the thread that writes it: what the writer
// did before is ordered, which the analysis does not model, so such races are possible, not
// definite (round 21, 22). flockfile locks a FILE; an unchecked clocklock may have failed.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static int config, logged, timed;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *writer(void *a)
{
    (void)a;
    config = 8080; // RACE (possible): the reader reads it after read() returns, which the analysis does not model
    char c = 1;
    if (write(fds[1], &c, 1) != 1)
        abort();
    flockfile(stdout);
    logged++; // NORACE: under stdout's lock in both threads
    funlockfile(stdout);
    struct timespec ts = {0, 0};
    pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &ts);
    timed++; // RACE (possible): the clocklock may have timed out
    pthread_mutex_unlock(&m);
    return 0;
}

static void *reader(void *a)
{
    (void)a;
    char c;
    if (read(fds[0], &c, 1) != 1)
        abort();
    flockfile(stdout);
    logged++; // NORACE
    funlockfile(stdout);
    pthread_mutex_lock(&m);
    timed++;
    pthread_mutex_unlock(&m);
    return (void *)(long)config;
}

int main(void)
{
    if (pipe(fds))
        abort();
    pthread_t a, b;
    pthread_create(&a, 0, writer, 0);
    pthread_create(&b, 0, reader, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
