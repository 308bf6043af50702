/* TRUTH: racy — the cleanup handler is popped and run (releasing mu) before the increment: counter++ (line 15) runs with no lock in both workers. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void unlock_cb(void *m) { pthread_mutex_unlock((pthread_mutex_t *)m); }

static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    pthread_cleanup_push(unlock_cb, &mu);
    pthread_cleanup_pop(1);
    counter++; // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
