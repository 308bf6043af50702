/* TRUTH: racy — the join loop skips k == 3 (if), so instance 3 is still running when main reads out[3] */
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
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++)
        if (k != 3)
            pthread_join(t[k], NULL);
    long s = out[3];
    pthread_join(t[3], NULL);
    return (int)(s & 1);
}
