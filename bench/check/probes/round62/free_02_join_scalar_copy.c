/* TRUTH: free — the handles of instances 2 and 3 are copied into h2, h3 and joined through them before main reads out[2], out[3]; instances 0,1 joined through t[] first */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 7;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_t h2 = t[2], h3 = t[3];
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    pthread_join(h2, NULL);
    pthread_join(h3, NULL);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
