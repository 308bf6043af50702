/* TRUTH: free — instance id writes out[2*id]; after joining instances 0,1 main reads out[0..3]: out[0], out[2] were written by the joined instances, out[1], out[3] by nobody; running instances 2,3 write out[4], out[6] */
#include <pthread.h>
#define N 4
static long out[2 * N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[2 * id] = id + 1;
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
