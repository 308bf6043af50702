/* TRUTH: racy — a down loop joins t[3], t[2] only; main then reads out[1], written by unjoined instance 1 */
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
    long s = out[1];
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
