/* TRUTH: free — in phase 1 each of the two threads writes only slot[id]; after pthread_barrier_wait each reads only the other's slot and writes its own got[id]; the barrier orders phase-1 writes before phase-2 reads. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int slot[2];
static int got[2];

static void *party(void *arg)
{
    int id = (int)(long)arg;
    slot[id] = 100 + id;
    pthread_barrier_wait(&bar);
    got[id] = slot[1 - id];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    pthread_barrier_init(&bar, NULL, 2);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, party, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
