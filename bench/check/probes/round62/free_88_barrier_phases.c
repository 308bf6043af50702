/* TRUTH: free — in phase 1 each thread writes only its own cell[id]; after the barrier each reads the other's cell; the barrier orders all phase-1 writes before all phase-2 reads */
#include <pthread.h>
static int cell[2];
static long seen[2];
static pthread_barrier_t bar;
static void *work(void *arg)
{
    long id = (long)arg;
    cell[id] = (int)id + 1;
    pthread_barrier_wait(&bar);
    seen[id] = cell[1 - id];
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
