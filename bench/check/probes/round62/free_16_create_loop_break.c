/* TRUTH: free — the create loop breaks at k == 2, so only instances 0 and 1 exist; out[2], out[3] are never written by a thread; out[0] read after join of t[0] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 20;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++) {
        if (k == N / 2)
            break;
        pthread_create(&t[k], NULL, fill, (void *)k);
    }
    pthread_join(t[0], NULL);
    long s = out[0] + out[2] + out[3];
    pthread_join(t[1], NULL);
    return (int)(s & 1);
}
