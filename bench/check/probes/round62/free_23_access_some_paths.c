/* TRUTH: free — only instances with id < 2 write out[id]; instances 2,3 write other[id]; main reads out[2], out[3] (never written by a thread) while 2,3 run */
#include <pthread.h>
#define N 4
static long out[N], other[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    if (id < N / 2)
        out[id] = id + 1;
    else
        other[id] = id + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
