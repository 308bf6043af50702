/* Counter, racy: two threads do counter = counter + 1 with no lock, so updates get lost. */
#include <pthread.h>
#include <stdio.h>

#define ITERATIONS 1000000

static long counter;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < ITERATIONS; i++)
        counter = counter + 1; /* read, add, write: the other thread can write in between */
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    /* Reading after both joins is safe: join orders the threads' writes before this read. */
    printf("counter = %ld (expected %d)\n", counter, 2 * ITERATIONS);
    return 0;
}
