/* TRUTH: racy — main joins t[3] only and reads out[0], written by unjoined instance 0 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id ^ 3;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[3], NULL);
    long s = out[0];
    for (int k = 0; k < N - 1; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
