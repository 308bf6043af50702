/* TRUTH: racy — join_range(t, 1, N) joins t[1..3]; t[0] is still unjoined when main reads out[0] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 7;
    return NULL;
}
static void join_range(pthread_t *t, int lo, int hi)
{
    for (int k = lo; k < hi; k++)
        pthread_join(t[k], NULL);
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    join_range(t, 1, N);
    long s = out[0];
    pthread_join(t[0], NULL);
    return (int)(s & 1);
}
