/* TRUTH: free — each instance writes out[id] then does a release fetch_add on done; main's acquire load that reads N reads the end of the RMW release sequence, synchronizing with every instance, before it reads out[2], out[3] */
#include <pthread.h>
#include <stdatomic.h>
#define N 4
static long out[N];
static atomic_int done;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 9;
    atomic_fetch_add_explicit(&done, 1, memory_order_release);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    while (atomic_load_explicit(&done, memory_order_acquire) < N)
        ;
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
