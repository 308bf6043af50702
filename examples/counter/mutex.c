/* Counter, mutex: the same two threads, each increment under a lock: correct, and contended. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sched.h>
#include <time.h>

#define ITERATIONS 1000000

static long counter;
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int started; /* workers that have reached their first lock */

static void *worker(void *arg)
{
    (void)arg;
    atomic_fetch_add(&started, 1);
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
    /* A start gate: main holds the lock until both workers are at it, so both start
     * together and wait for it even on a machine too busy to run them side by side. */
    pthread_mutex_lock(&counter_lock);
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    while (atomic_load(&started) < 2)
        sched_yield();
    nanosleep(&(struct timespec){.tv_nsec = 20 * 1000 * 1000}, NULL);
    pthread_mutex_unlock(&counter_lock);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("counter = %ld (expected %d)\n", counter, 2 * ITERATIONS);
    return counter == 2 * ITERATIONS ? 0 : 1;
}
