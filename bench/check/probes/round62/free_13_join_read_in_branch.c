/* TRUTH: free — in the then-arm main joins instances 2,3 before reading out[2], out[3]; the else-arm only joins; instances 0,1 joined before */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id - 9;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    if (argc > 1) {
        pthread_join(t[2], NULL);
        pthread_join(t[3], NULL);
        s = out[2] + out[3];
    } else {
        for (int k = 2; k < N; k++)
            pthread_join(t[k], NULL);
    }
    return (int)(s & 1);
}
