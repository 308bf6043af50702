/* TRUTH: racy — join_upto(t, 2) joins t[0], t[1] only; main then reads out[3], written by unjoined instance 3 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * id;
    return NULL;
}
static void join_upto(pthread_t *t, int n)
{
    for (int k = 0; k < n; k++)
        pthread_join(t[k], NULL);
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    join_upto(t, N / 2);
    long s = out[3];
    pthread_join(t[2], NULL);
    pthread_join(t[3], NULL);
    return (int)(s & 1);
}
