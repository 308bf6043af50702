/* TRUTH: free — two create loops fill t[0..2) and t[2..4) with fill(k); main joins t[0], t[1] and reads only out[0], out[1], written by those two */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 6;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N / 2; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (long k = N / 2; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[0] + out[1];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
