/* Counter, atomic: the same two threads, each increment one indivisible atomic add: correct, no lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define ITERATIONS 1000000

static atomic_long counter;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < ITERATIONS; i++)
        atomic_fetch_add(&counter, 1); /* read-add-write as one step no other thread can split */
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    long total = atomic_load(&counter);
    printf("counter = %ld (expected %d)\n", total, 2 * ITERATIONS);
    return total == 2 * ITERATIONS ? 0 : 1;
}
