/* TRUTH: racy. Phase 2 reads neighbours' a[] without waiting at the barrier first. */
#include <pthread.h>

#define N 4
static pthread_barrier_t bar;
static int a[N], b[N];

static void *step(void *arg)
{
    int id = (int)(long)arg;
    a[id] = id * 10;
    b[id] = a[(id + 1) % N] + a[(id + N - 1) % N];
    pthread_barrier_wait(&bar);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int s = 0;
    pthread_barrier_init(&bar, NULL, N);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        s += b[i];
    pthread_barrier_destroy(&bar);
    return s;
}
