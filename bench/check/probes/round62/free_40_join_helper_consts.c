/* TRUTH: free — join_tail(t) joins t[2] and t[3] through its pointer parameter before main reads out[2], out[3]; t[0], t[1] joined in main */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 23;
    return NULL;
}
static void join_tail(pthread_t *h)
{
    pthread_join(h[2], NULL);
    pthread_join(h[3], NULL);
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    join_tail(t);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
