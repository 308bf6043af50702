/* TRUTH: free — order[] = {3, 2}: the loop joins t[3] and t[2] before main reads out[2], out[3]; t[0], t[1] joined first */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 4 + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    static const int order[2] = {3, 2};
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = 0; k < 2; k++)
        pthread_join(t[order[k]], NULL);
    long s = 0;
    for (int k = 0; k < N; k++)
        s += out[k];
    return (int)(s & 1);
}
