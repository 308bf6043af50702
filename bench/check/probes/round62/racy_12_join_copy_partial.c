/* TRUTH: racy — main joins t[0], t[1] and u[2] (a copy of t[2]) only; instance 3 is unjoined when main reads out[3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 3 + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N], u[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++)
        u[k] = t[k];
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    pthread_join(u[2], NULL);
    long s = out[3];
    pthread_join(u[3], NULL);
    return (int)(s & 1);
}
