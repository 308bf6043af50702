/* TRUTH: free — a joiner thread joins instances 2,3 (handles in global t, stored before the joiner was created); main joins the joiner and t[0], t[1] before reading out[0..3], so every write happens before the reads */
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
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
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
    long s = 0;
    for (int k = 0; k < N; k++)
        s += out[k];
    return (int)(s & 1);
}
