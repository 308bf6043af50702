/* TRUTH: racy — all creates succeed or the process exits; main joins t[0], t[1] and reads out[3], written by unjoined instance 3 */
#include <pthread.h>
#include <stdlib.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 8;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        if (pthread_create(&t[k], NULL, fill, (void *)k) != 0)
            exit(1);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
