/* TRUTH: free — join_range(t, 2, N) joins instances 2 and 3 before main reads out[2..3]; instances 0,1 joined in main first */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * id;
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
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    join_range(t, N / 2, N);
    for (int k = 0; k < N; k++)
        s += out[k];
    return (int)(s & 1);
}
