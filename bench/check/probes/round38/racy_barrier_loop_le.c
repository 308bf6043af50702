/* TRUTH: racy — for (i = 0; i <= N; i++) starts N + 1 threads (ids 0..N-1 plus id 0 again via i % N): N + 1 waits on a barrier of N; a generation without thread id 1 lets id 0 read a[1] while id 1 writes a[1] = 1 */
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
    for (long i = 0; i <= N; i++)
        pthread_create(&t[i], 0, step, (void *)(i % N));
    for (int i = 0; i <= N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
