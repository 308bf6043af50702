// worker spawns a child worker (depth-limited) before incrementing hits, so
// parent and child increment concurrently without a lock -> race.
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    long depth = (long)arg;
    pthread_t child;
    if (depth > 0)
        pthread_create(&child, NULL, worker, (void *)(depth - 1));
    hits++;
    if (depth > 0)
        pthread_join(child, NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)2L);
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
