/* TRUTH: racy — each pass starts two threads with the same id (comma operator): 2N waits on a barrier of N; two generations, so a[id] writes of a late thread race with reads of an early one (and same-id threads both write a[id], c[id]) */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[2 * N + 2];
static void *step(void *arg)
{
    long id = (long)arg;
    a[id] = (int)id;
    pthread_barrier_wait(&b);
    c[id] = a[(id + 1) % N];
    return 0;
}

int main(void)
{
    pthread_t t[2 * N + 2];
    pthread_barrier_init(&b, NULL, N);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, step, (void *)i), pthread_create(&t[N + i], 0, step, (void *)i);
    for (int i = 0; i < 2 * N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
