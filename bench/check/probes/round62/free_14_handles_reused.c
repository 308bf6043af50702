/* TRUTH: free — round 1 instances (fill, out[]) are all joined before round 2 reuses t[]; round 2 runs fill2 on out2[]; main reads out[3] (round 1, joined) and out2[0..1] after joining round-2 t[0], t[1] */
#include <pthread.h>
#define N 4
static long out[N], out2[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 1;
    return NULL;
}
static void *fill2(void *arg)
{
    long id = (long)arg;
    out2[id] = out[id] * 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++)
        pthread_join(t[k], NULL);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill2, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[3] + out2[0] + out2[1];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
