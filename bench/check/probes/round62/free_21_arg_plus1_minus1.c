/* TRUTH: free — handle t[k] gets value k+1 and writes out[id-1] = out[k]; after joining t[0], t[1], out[0], out[1] are complete; main reads only those */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id - 1] = id * 3;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)(k + 1));
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[0] + out[1];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
