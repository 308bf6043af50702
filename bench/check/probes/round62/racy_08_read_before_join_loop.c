/* TRUTH: racy — each pass reads out[k] before joining t[k], so main's read races with instance k's write */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 6;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++) {
        s += out[k];
        pthread_join(t[k], NULL);
    }
    return (int)(s & 1);
}
