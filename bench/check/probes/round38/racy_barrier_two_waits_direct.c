/* TRUTH: racy — two direct waits per thread; between generation 1 and 2 thread id writes a[id] while thread id - 1 reads it: same phase, unordered */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[N];
static void sync_all(void) { pthread_barrier_wait(&b); }
static void *step(void *arg)
{
    long id = (long)arg;
    pthread_barrier_wait(&b);
    a[id] = (int)id;
    c[id] = a[(id + 1) % N];
    pthread_barrier_wait(&b);
    return 0;
}
int main(void)
{
    pthread_t t[N];
    pthread_barrier_init(&b, NULL, N);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
