/* TRUTH: free — pt points to the whole array t, so pthread_join((*pt)[k]) for k = 2, 3 joins instances 2,3 before main reads out[2], out[3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 30;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    pthread_t (*pt)[N] = &t;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        pthread_join((*pt)[k], NULL);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
