/* TRUTH: racy — when argc <= 1 main joins only t[2], t[3], so instance 0 may still be writing out[0] when main reads it */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 5;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    int lo, hi;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (argc > 1) {
        for (int k = 0; k < N / 2; k++)
            pthread_join(t[k], NULL);
        lo = N / 2, hi = N;
    } else {
        for (int k = N / 2; k < N; k++)
            pthread_join(t[k], NULL);
        lo = 0, hi = N / 2;
    }
    long s = out[0];
    for (int k = lo; k < hi; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
