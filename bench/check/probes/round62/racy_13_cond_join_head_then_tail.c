/* TRUTH: racy — t[0], t[1] are joined only when argc > 1; then main joins t[2], t[3] and reads out[0]: with argc <= 1 instance 0 is unjoined and writes out[0] concurrently */
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
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (argc > 1)
        for (int k = 0; k < N / 2; k++)
            pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    long s = out[0];
    if (argc <= 1)
        for (int k = 0; k < N / 2; k++)
            pthread_join(t[k], NULL);
    return (int)(s & 1);
}
