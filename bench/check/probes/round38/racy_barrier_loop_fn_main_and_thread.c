/* TRUTH: racy — start_all (a counting loop of N) is called by main and by thread h: 2N waits on a barrier of N; a second-batch thread writes a[id] while a first-batch one reads it after the first generation */
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
static void start_all(pthread_t *tt)
{
    for (long i = 0; i < N; i++)
        pthread_create(&tt[i], 0, step, (void *)i);
}
static void *helper(void *x)
{
    (void)x;
    pthread_t tt[N];
    start_all(tt);
    for (int i = 0; i < N; i++)
        pthread_join(tt[i], 0);
    return 0;
}
int main(void)
{
    pthread_t t[2 * N + 2];
    pthread_barrier_init(&b, NULL, N);
    pthread_t h;
    pthread_create(&h, 0, helper, 0);
    start_all(t);
    pthread_join(h, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return c[0];
}
