/* TRUTH: racy — the counting loop runs inside an outer loop of 2 passes: 2N waits on a barrier of N; a thread of the second batch writes a[id] while one of the first batch, past the first generation, reads it */
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
    for (int j = 0; j < 2; j++)
        for (long i = 0; i < N; i++)
            pthread_create(&t[j * N + i], 0, step, (void *)i);
    for (int i = 0; i < 2 * N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
