/* TRUTH: racy — every thread calls sync_all() (one barrier wait) twice; between the two generations thread id writes a[id] = id while thread id - 1 reads a[id] (c[id - 1] = a[id]): same phase, unordered */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[N];
static void sync_all(void) { pthread_barrier_wait(&b); }
static void *step(void *arg)
{
    long id = (long)arg;
    sync_all();
    a[id] = (int)id;
    c[id] = a[(id + 1) % N];
    sync_all();
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
