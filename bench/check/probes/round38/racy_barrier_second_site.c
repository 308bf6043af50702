/* TRUTH: racy — N threads from the loop plus a second create site (id 0 again): N + 1 waits on a barrier of N; a generation without id 1 lets an id-0 thread read a[1] while id 1 writes it (and the two id-0 threads both write a[0], c[0]) */
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
        pthread_create(&t[i], 0, step, (void *)i);
    pthread_create(&t[N], 0, step, (void *)0);
    for (int i = 0; i <= N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
