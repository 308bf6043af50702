/* TRUTH: free — a while loop joins t[2], t[3] (k from 2 while k < N) before main reads out[2], out[3]; t[0], t[1] joined first */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 12;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    int k = N / 2;
    while (k < N) {
        pthread_join(t[k], NULL);
        k++;
    }
    long s = out[2] + out[3];
    return (int)(s & 1);
}
