/* TRUTH: free — a down-counting loop joins instances 3 and 2 before main reads out[2], out[3]; out[0], out[1] are read only after t[0], t[1] are joined */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 5;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = N - 1; k >= N / 2; k--)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    s += out[0] + out[1];
    return (int)(s & 1);
}
