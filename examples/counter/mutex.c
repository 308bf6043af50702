/* Counter, mutex: the same two threads, each increment under a lock: correct, and contended. */
#include <pthread.h>
#include <stdio.h>

#define ITERATIONS 1000000

static long counter;
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < ITERATIONS; i++) {
        pthread_mutex_lock(&counter_lock); /* the threads take turns here: weft shows the waits */
        counter = counter + 1;
        pthread_mutex_unlock(&counter_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("counter = %ld (expected %d)\n", counter, 2 * ITERATIONS);
    return counter == 2 * ITERATIONS ? 0 : 1;
}
