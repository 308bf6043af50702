/* TRUTH: free — jn points to pthread_join; jn(t[k]) for k = 2, 3 joins instances 2,3 before main reads out[2], out[3] */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 19;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int (*jn)(pthread_t, void **) = pthread_join;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        jn(t[k], NULL);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
