/* TRUTH: racy — instance 3 reads in[3]; main writes in[3] after joining only t[0], t[1], while instance 3 may still run */
#include <pthread.h>
#define N 4
static long in[N], out[N];
static void *work(void *arg)
{
    long id = (long)arg;
    out[id] = in[id] * 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, work, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    in[3] = 42;
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(out[0] & 1);
}
