/* TRUTH: racy — t[2], t[3] are detached and never waited for; main reads out[3] after joining only t[0], t[1] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 3;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = N / 2; k < N; k++)
        pthread_detach(t[k]);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[3];
    return (int)(s & 1);
}
