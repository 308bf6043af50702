/* TRUTH: racy — main joins only t[0], then its loop reads out[1..3], written by unjoined instances 1..3 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[0], NULL);
    for (int k = 0; k < N; k++)
        s += out[k];
    for (int k = 1; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
