/* TRUTH: free — the even loop joins t[0], t[2], the odd loop t[1], t[3]; all are joined before main reads out[0..3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 8;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k += 2)
        pthread_join(t[k], NULL);
    for (int k = 1; k < N; k += 2)
        pthread_join(t[k], NULL);
    for (int k = 0; k < N; k++)
        s += out[k];
    return (int)(s & 1);
}
