/* TRUTH: free — main joins t[0], then for each k >= 1 joins t[k] before reading out[k]; out[0] read after its join */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 11;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[0], NULL);
    for (int k = 1; k < N; k++) {
        pthread_join(t[k], NULL);
        s += out[k];
    }
    s += out[0];
    return (int)(s & 1);
}
