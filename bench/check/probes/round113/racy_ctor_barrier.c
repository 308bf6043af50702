/* TRUTH: racy — the constructor's worker tests g before the barrier, while it is still 0 (main stores 5 after it), and writes x as main does before the barrier */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t b;
static int g, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 0)
        x++;
    pthread_barrier_wait(&b);
    return 0;
}

__attribute__((constructor)) static void start(void)
{
    pthread_barrier_init(&b, 0, 2);
    pthread_create(&t, 0, worker, 0);
}

int main(void)
{
    x++;
    pthread_barrier_wait(&b);
    g = 5;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
