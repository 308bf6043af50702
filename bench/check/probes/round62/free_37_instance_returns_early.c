/* TRUTH: free — instances with id >= 2 return before the write, so only instances 0,1 write out[id]; main reads out[2], out[3] (never written) and out[0] (joined) */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    if (id >= N / 2)
        return NULL;
    out[id] = id + 4;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = 0;
    for (int k = 0; k < N; k++)
        s += out[k];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
