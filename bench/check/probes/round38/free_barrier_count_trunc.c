/* TRUTH: free — the count 0x100000004 converts to unsigned 4 = N: the counting loop's N threads form one generation; each a[id] = id precedes its wait, each read a[(id + 1) % N] follows it */
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
    pthread_barrier_init(&b, NULL, 0x100000004ULL);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
