/* TRUTH: racy — the joiner thread joins only t[2]; main joins the joiner and t[0], t[1], then reads out[3], written by instance 3 which nobody joined yet */
#include <pthread.h>
#define N 4
static long out[N];
static pthread_t t[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 17;
    return NULL;
}
static void *joiner(void *arg)
{
    (void)arg;
    pthread_join(t[2], NULL);
    return NULL;
}
int main(void)
{
    pthread_t j;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_create(&j, NULL, joiner, NULL);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    pthread_join(j, NULL);
    long s = out[3];
    pthread_join(t[3], NULL);
    return (int)(s & 1);
}
