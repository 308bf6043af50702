/* TRUTH: racy. main puts the address of its local hits into a global pointer table; the worker increments *table[0] while main increments hits before joining. */
#include <pthread.h>
#include <stdio.h>

static int *table[2];

static void *worker(void *arg)
{
    (void)arg;
    (*table[0])++;
    return NULL;
}

int main(void)
{
    int hits = 0, misses = 0;
    pthread_t t;
    table[0] = &hits;
    table[1] = &misses;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d %d\n", hits, misses);
    return 0;
}
