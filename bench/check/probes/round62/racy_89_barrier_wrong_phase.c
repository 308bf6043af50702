/* TRUTH: racy — each thread reads the other's cell before the barrier while the other may be writing it (the write is also before the barrier) */
#include <pthread.h>
static int cell[2];
static long seen[2];
static pthread_barrier_t bar;
static void *work(void *arg)
{
    long id = (long)arg;
    cell[id] = (int)id + 1;
    seen[id] = cell[1 - id];
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    pthread_barrier_init(&bar, NULL, 2);
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, work, (void *)k);
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    return (int)(seen[0] + seen[1]);
}
