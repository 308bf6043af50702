/* TRUTH: free — for k = 2, 3 main repeats pthread_tryjoin_np until it succeeds, a successful join of instance k, before reading out[2], out[3] */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        while (pthread_tryjoin_np(t[k], NULL) != 0)
            sched_yield();
    long s = out[2] + out[3];
    return (int)(s & 1);
}
