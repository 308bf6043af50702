/* TRUTH: racy — join_head(t) joins t[0], t[1] only when called (argc > 1); then t[2], t[3] are joined and main reads out[0], which unjoined instance 0 writes when argc == 1 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 2;
    return NULL;
}
static void join_head(pthread_t *t)
{
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (argc > 1)
        join_head(t);
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    long s = out[0];
    if (argc <= 1)
        join_head(t);
    return (int)(s & 1);
}
