/* TRUTH: free — handle t[k] runs the instance given id N-1-k; joining t[0], t[1] ends ids 3 and 2, which alone write out[3], out[2]; main reads only those before joining the rest */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 5;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)(N - 1 - k));
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
