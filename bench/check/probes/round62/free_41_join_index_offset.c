/* TRUTH: free — the second loop joins t[k + 2] for k = 0, 1, i.e. instances 2 and 3, before main reads out[2], out[3]; t[0], t[1] joined first */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 50;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k + N / 2], NULL);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
