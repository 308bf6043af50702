/* TRUTH: racy — instance id writes out[id+1]; after joining t[0], t[1] main reads out[3], written by unjoined instance 2 */
#include <pthread.h>
#define N 4
static long out[N + 1];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id + 1] = id * 5;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
