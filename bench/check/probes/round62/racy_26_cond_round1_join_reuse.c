/* TRUTH: racy — round 1 (fill, writes out[id]) is joined only when argc > 1; round 2 (fill2) reuses t[] and is joined; with argc == 1 round-1 instance 0 may still write out[0] when main reads it */
#include <pthread.h>
#define N 4
static long out[N], out2[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 1;
    return NULL;
}
static void *fill2(void *arg)
{
    long id = (long)arg;
    out2[id] = id + 2;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (argc > 1)
        for (int k = 0; k < N; k++)
            pthread_join(t[k], NULL);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill2, (void *)k);
    for (int k = 0; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(out[0] & 1);
}
