/* TRUTH: racy — the first loop joins t[k] only when k < argc; with argc == 1 t[1] is never joined before main reads out[1], which instance 1 writes */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 1;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    int joined[N] = {0};
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        if (k < argc) {
            pthread_join(t[k], NULL);
            joined[k] = 1;
        }
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    long s = out[1];
    for (int k = 0; k < N / 2; k++)
        if (!joined[k])
            pthread_join(t[k], NULL);
    return (int)(s & 1);
}
