/* TRUTH: free — z is argc < 0, never true, so main's read of out[3] never runs; every other read of out[] follows the join of its writer */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 7;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    int z = argc < 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[0];
    if (z)
        s += out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
