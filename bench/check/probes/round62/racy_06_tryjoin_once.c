/* TRUTH: racy — pthread_tryjoin_np on t[2], t[3] is tried once and may fail (thread still running); main then reads out[3], written by instance 3 */
#define _GNU_SOURCE
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 4;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int joined[N] = {0};
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        joined[k] = pthread_tryjoin_np(t[k], NULL) == 0;
    long s = out[3];
    for (int k = N / 2; k < N; k++)
        if (!joined[k])
            pthread_join(t[k], NULL);
    return (int)(s & 1);
}
