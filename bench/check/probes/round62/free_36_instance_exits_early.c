/* TRUTH: free — instances with id >= 2 call pthread_exit before the write, so only instances 0,1 write out[id]; main reads out[0..3] after joining t[0], t[1] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    if (id >= N / 2)
        pthread_exit(NULL);
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
    long s = out[2] + out[3] + out[1];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
