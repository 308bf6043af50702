/* TRUTH: free — both arms of the if join instances 2 and 3 (one by loop, one by constants), so on every path they are joined before main reads out[2], out[3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 4;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    if (argc > 1) {
        for (int k = N / 2; k < N; k++)
            pthread_join(t[k], NULL);
    } else {
        pthread_join(t[2], NULL);
        pthread_join(t[3], NULL);
    }
    long s = out[2] + out[3];
    return (int)(s & 1);
}
