/* TRUTH: free — a[id] = id precedes the first sync_all() (generation 1 of all N threads); the reads a[(id + 1) % N] come after it; the second generation orders nothing new */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[N];
static void sync_all(void) { pthread_barrier_wait(&b); }
static void *step(void *arg)
{
    long id = (long)arg;
    a[id] = (int)id;
    sync_all();
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
