/* TRUTH: free — main's read loop breaks at k == 2, so it reads only out[0], out[1], whose writers were joined */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 3;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = 0; k < N; k++) {
        if (k == N / 2)
            break;
        s += out[k];
    }
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
