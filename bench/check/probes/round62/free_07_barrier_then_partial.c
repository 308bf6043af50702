/* TRUTH: free — each instance writes out[id] before pthread_barrier_wait on a barrier of N+1 parties; main passes the same barrier before reading out[2], out[3], so every write happens before the reads (partial join irrelevant) */
#include <pthread.h>
#define N 4
static long out[N];
static pthread_barrier_t bar;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 11;
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    pthread_barrier_init(&bar, NULL, N + 1);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_barrier_wait(&bar);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
