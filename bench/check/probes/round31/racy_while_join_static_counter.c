/* TRUTH: racy. join_batch's counter is a static local initialised once: the second call starts at j == N and joins nothing, so main reads out[] while the second batch still writes it. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static pthread_t t[N];
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] += i + 1;
    return NULL;
}

static void start_batch(void)
{
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
}

static void join_batch(void)
{
    static int j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        j++;
    }
}

int main(void)
{
    start_batch();
    join_batch();
    start_batch();
    join_batch();
    printf("%ld %ld %ld\n", out[0], out[1], out[2]);
    return 0;
}
