/* TRUTH: free — spawner, started once, starts N threads ids 0..N-1 on a barrier of N: one generation orders every a[id] write before every read */
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
static void *spawner(void *x)
{
    (void)x;
    pthread_t tt[N];
    for (long i = 0; i < N; i++)
        pthread_create(&tt[i], 0, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(tt[i], 0);
    return 0;
}
int main(void)
{
    pthread_t t[2 * N + 2];
    pthread_barrier_init(&b, NULL, N);
    pthread_t s1;
    pthread_create(&s1, 0, spawner, 0);
    pthread_join(s1, 0);
    return c[0];
}
