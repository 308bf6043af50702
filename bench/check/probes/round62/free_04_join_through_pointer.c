/* TRUTH: free — tp points at t, so pthread_join(tp[k]) for k=2,3 joins instances 2,3 before main reads out[2], out[3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = 100 - id;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    pthread_t *tp = t;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    for (int k = 2; k < N; k++)
        pthread_join(tp[k], NULL);
    long s = out[2] + out[3] + out[0];
    return (int)(s & 1);
}
