/* TRUTH: free — t[3] and t[2] are joined (constant indices) before main reads out[2], out[3]; t[0], t[1] joined before out[0] is read */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id ^ 5;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[3], NULL);
    pthread_join(t[2], NULL);
    long s = out[2] + out[3];
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    s += out[0];
    return (int)(s & 1);
}
